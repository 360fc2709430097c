"""The NameMatcher on a blank tokenizer with a tiny hand-made index."""

import pytest
import spacy

from conflict_extract.components.names import NameMatcher
from conflict_extract.knowledge.index import NameIndex

NLP = spacy.blank("fr")


def _matcher(require_title: bool = False) -> NameMatcher:
    index = NameIndex(label="FACTION")
    index.add(
        {"kb_id": "sy.nusra", "name": "Front al-Nosra"},
        ["Front al-Nosra", "al-Nosra", "Jabhat al-Nusra"],
    )
    index.add({"kb_id": "sy.ahrar", "name": "Ahrar al-Cham"}, ["Ahrar al-Cham"])
    index.add({"kb_id": "intl.is", "name": "Etat islamique"}, ["Etat islamique", "Daech"], ["EI"])
    index.add({"kb_id": "sy.army", "name": "Armée syrienne"}, ["armée syrienne"])
    index.add({"kb_id": "sy.air", "name": "Armée de l'air"}, ["armée de l'air"])
    matcher = NameMatcher(
        name="t", spans_key="factions", label="FACTION", require_title=require_title
    )
    matcher.set_index(index)
    return matcher


def _found(text: str, **kwargs) -> list[tuple[str, str]]:
    doc = _matcher(**kwargs)(NLP.make_doc(text))
    return [(span.text, span.id_) for span in doc.spans["factions"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Nosra et Ahrar esh-Cham ont pris la base.",
            [("Al-Nosra", "sy.nusra"), ("Ahrar esh-Cham", "sy.ahrar")],
        ),
        ("le front al-Nosra avance", [("front al-Nosra", "sy.nusra")]),
        ("Jabhat al Nusra", [("Jabhat al Nusra", "sy.nusra")]),
        (
            "la milice takfiriste Daesh (Etat Islamique-EI)",
            [("Daesh", "intl.is"), ("Etat Islamique", "intl.is"), ("EI", "intl.is")],
        ),
        (
            "l’armée syrienne et l'armée de l’air",
            [("armée syrienne", "sy.army"), ("armée de l’air", "sy.air")],
        ),
    ],
)
def test_aliases_and_variants_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["Ei", "ei", "Le mot EIGS n'est pas EI-x", "l'armée syrienne à"])
def test_acronyms_fire_only_as_exact_tokens(text: str) -> None:
    found = [t for t, _ in _found(text)]
    assert "Ei" not in found and "ei" not in found and "EIGS" not in found
    assert all(not t.endswith(" à") for t in found)


def test_titled_names_only_when_required() -> None:
    assert _found("daech", require_title=True) == []
    assert _found("Daech", require_title=True) == [("Daech", "intl.is")]


def test_blocked_spans_are_left_to_the_blocking_group() -> None:
    matcher = _matcher()
    matcher.blocked_by = ["sources"]
    doc = NLP.make_doc("selon Daech")
    doc.spans["sources"] = [doc[1:2]]
    assert list(matcher(doc).spans["factions"]) == []
