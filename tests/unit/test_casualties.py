"""Casualty figures on sentences written for these tests, through the full pipeline."""

from __future__ import annotations

import pytest


def _tolls(nlp, text: str) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(s._.casualty["count"], s._.casualty["status"]) for s in doc.spans["casualties"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vingt-trois combattants rebelles ont été tués lundi.", [(23, "killed")]),
        (
            "Une voiture piégée a explosé, faisant quinze morts et 35 blessés.",
            [(15, "killed"), (35, "wounded")],
        ),
        ("Des frappes ont visé la ville, tuant au moins 26 membres de l'EI.", [(26, "killed")]),
        ("Sept soldats et miliciens prorégime ont péri dans ces combats.", [(7, "killed")]),
        ("L'armée a repoussé une attaque et tué 12 miliciens.", [(12, "killed")]),
        ("Des dizaines de soldats ont été capturés.", [(12, "captured")]),
        ("Les bombardements ont coûté la vie à 1 200 civils.", [(1200, "killed")]),
        ("Un obus a tué une fillette et blessé quatre personnes.", [(1, "killed"), (4, "wounded")]),
    ],
)
def test_figures_with_status(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 5.000 combattants ont pris part à l'assaut.",
        "Plus de 40 frappes ont visé la ville samedi.",
        "Les rebelles sont à 15 km de la ville depuis 48 heures.",
        "Un militant âgé de 23 ans a requis l'anonymat.",
        "Plus de 200.000 Syriens ont trouvé refuge en Turquie.",
        "La ville compte 350.000 habitants.",
    ],
)
def test_figures_that_are_not_casualties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(nlp, text) == []


def test_breakdown_is_linked_to_its_total(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Six civils, dont deux enfants, ont été tués à Joura.")
    total, part = (s._.casualty for s in doc.spans["casualties"])
    assert (total["count"], part["count"], part["part_of"], part["status"]) == (6, 2, 0, "killed")


def test_cumulative_toll_is_flagged(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le conflit a fait plus de 380.000 morts depuis 2011, selon l'OSDH.")
    (toll,) = (s._.casualty for s in doc.spans["casualties"])
    assert (toll["count"], toll["low"], toll["cumulative"]) == (380000, 380000, True)
    assert toll["source"] is not None


def test_vague_quantities_follow_acled(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Une dizaine de civils ont été tués et des centaines d'autres blessés.")
    figures = [(s._.casualty["count"], s._.casualty["vague"]) for s in doc.spans["casualties"]]
    assert figures[0] == (10, True)
