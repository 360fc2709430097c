"""Factions, sources and places as the full pipeline sees them in context."""

from __future__ import annotations

import pytest


def _labelled(nlp, text: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {key: [s.text for s in doc.spans[key]] for key in ("factions", "sources", "places")}


@pytest.mark.parametrize(
    "noun", ["miliciens", "rebelles", "jihadistes", "terroristes", "insurgés", "combattants"]
)
def test_generic_nouns_are_never_factions(nlp, noun: str) -> None:  # type: ignore[no-untyped-def]
    assert _labelled(nlp, f"Les {noun} ont attaqué la ville de Saraqeb.")["factions"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dix civils ont été tués, selon l'OSDH.", "OSDH"),
        ("Dix civils ont été tués, a rapporté l'agence officielle Sana.", "agence officielle Sana"),
        ("Dix civils ont été tués, d'après al-Akhbar.", "al-Akhbar"),
        ("Dix civils ont été tués, a indiqué à l'AFP un responsable.", "AFP"),
        ("Dix civils ont été tués, de source militaire.", "source militaire"),
    ],
)
def test_media_and_monitors_are_sources_not_factions(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = _labelled(nlp, text)
    assert found["sources"] == [source]
    assert found["factions"] == []


def test_generic_state_forces_name_the_dispatch_country_army(nlp) -> None:  # type: ignore[no-untyped-def]
    syria = nlp("Les forces gouvernementales ont repris Saraqeb, près d'Idleb.")
    yemen = nlp("Les forces gouvernementales ont repris Marib aux Houthis.")
    assert [s.id_ for s in syria.spans["factions"]] == ["sy.army"]
    assert syria.spans["factions"][0]._.kb["inter"] == 1
    assert yemen.spans["factions"][0].id_ == "ye.gov"


def test_foreign_army_at_home_is_a_state_force(nlp) -> None:  # type: ignore[no-untyped-def]
    abroad = nlp("L'armée turque a bombardé Afrine, au nord d'Alep.")
    home = nlp("L'armée turque a bombardé des positions du PKK près de Diyarbakir et de Van.")
    assert abroad.spans["factions"][0]._.kb["inter"] == 8
    assert home.spans["factions"][0]._.kb["inter"] == 1


def test_a_namesake_elsewhere_yields_to_the_division_the_text_names(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Dans la province d'Idleb, les rebelles ont pris la base de Hamidiyé.")
    base = next(s for s in doc.spans["places"] if s.text == "Hamidiyé")
    assert base._.kb["admin1"] == "Idlib" and base._.kb["kb_id"] is None
    assert "outside the division" in base._.kb["note"]


def test_twin_towns_resolve_together(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les localités de Noubbol et Zahra, au nord d'Alep, sont assiégées.")
    places = {s.text: s._.kb for s in doc.spans["places"]}
    assert places["Zahra"]["country"] == "SY" and places["Zahra"]["admin1"] == "Aleppo"
    assert places["Noubbol"]["admin1"] == "Aleppo"
