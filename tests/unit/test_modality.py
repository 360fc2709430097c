import pytest

from conflict_extract.components.modality import is_conditional, modality


class _Lists:
    """The plan and denial verbs of data/lexicons, as the events component reads them."""

    def __init__(self, nlp) -> None:  # type: ignore[no-untyped-def]
        self.lexicon = nlp.get_pipe("event_extractor").lexicon

    def has(self, name: str, word: str) -> bool:
        return self.lexicon.has(name, word)


def _token(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word), doc


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Les FDS ont repris le quartier.", "repris", "asserted"),
        ("Si l'armée s'empare de la ville, la route sera coupée.", "empare", "hypothetical"),
        ("L'armée menace de lancer une offensive sur Idleb.", "offensive", "future"),
        ("Le régime prévoit de lancer ensuite une offensive.", "offensive", "future"),
        ("Les négociations doivent reprendre lundi.", "reprendre", "future"),
        ("Moscou a démenti avoir bombardé des hôpitaux.", "bombardé", "denied"),
        ("Dix civils auraient été tués dans le raid.", "tués", "reported"),
        ("Ankara a prévenu qu'elle abattrait tout appareil.", "abattrait", "hypothetical"),
        ("Les rebelles ne considèrent pas Alep comme leur bataille.", "bataille", "denied"),
    ],
)
def test_modality_of_triggers(nlp, text: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    token, _doc = _token(nlp, text, word)
    assert modality(token, _Lists(nlp)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Il abattrait l'appareil.", "abattrait", True),
        ("Les rebelles tiraient sur les soldats.", "tiraient", False),
        ("Ils entraient dans la ville.", "entraient", False),
    ],
)
def test_conditional_forms_are_told_from_imperfects(
    nlp, text: str, word: str, expected: bool
) -> None:  # type: ignore[no-untyped-def]
    token, _doc = _token(nlp, text, word)
    assert is_conditional(token) is expected
