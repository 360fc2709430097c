"""conflict_parse_repairs: a perfect infinitive the parser hung on a day is the complement of
the verb of saying, in the Doc every component reads. Sentences written for these tests (wars
of Yemen, the DRC, Myanmar, Nigeria), through the saved pipeline."""

from __future__ import annotations

import pytest

from conflict_extract.api import extract
from conflict_extract.dispatches import Dispatch


def _token(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "deed", "said"),
    [
        (
            "Les rebelles houthis ont affirmé dimanche avoir abattu un drone américain "
            "au-dessus de Marib.",
            "abattu",
            "affirmé",
        ),
        ("Le M23 a affirmé dimanche avoir pris le contrôle de Masisi.", "pris", "affirmé"),
        (
            "L'armée nigériane a annoncé dimanche avoir tué vingt jihadistes près de Bama.",
            "tué",
            "annoncé",
        ),
    ],
)
def test_a_perfect_infinitive_hangs_on_the_verb_of_saying(
    nlp, text: str, deed: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    verb = _token(doc, deed)
    assert (verb.head.text, verb.dep_) == (said, "xcomp")
    assert [s.text for s in doc.sents] == [text]  # the sentence is whole


def test_a_day_with_its_own_clause_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les soldats ont été tués dimanche lors d'une embuscade près de Kidal.")
    assert _token(doc, "tués").dep_ == "ROOT"


@pytest.mark.parametrize(
    ("text", "actor1", "sub_type"),
    [
        (
            "Le M23 a affirmé dimanche avoir pris le contrôle de Masisi.",
            "M23",
            "Non-state actor overtakes territory",
        ),
        (
            "L'Armée d'Arakan a affirmé dimanche avoir pris le contrôle d'une base militaire "
            "près de Toungoup.",
            "Armée d'Arakan",
            "Non-state actor overtakes territory",
        ),
        (
            "Les rebelles houthis ont affirmé dimanche avoir abattu un drone américain "
            "au-dessus de Marib.",
            "Houthis",
            "Disrupted weapons use",
        ),
    ],
)
def test_the_claimant_of_a_deed_told_with_its_day_is_actor1(
    nlp, text: str, actor1: str, sub_type: str
) -> None:  # type: ignore[no-untyped-def]
    (document,) = extract([Dispatch(id="t", text=text)], nlp)
    (event,) = document.events
    assert event.sub_event_type == sub_type
    assert event.actor1 is not None and event.actor1.name == actor1
