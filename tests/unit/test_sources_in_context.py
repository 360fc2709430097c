"""Agencies and media of the wars beyond Syria are SOURCE entities, never places or factions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("KINSHASA, 3 mars (Belga) - Des rebelles ont attaqué Beni.", "Belga"),
        ("Dix soldats ont été tués près de Diffa, selon l'ANP.", "ANP"),
        ("Des combats ont eu lieu à Goma, rapporte Radio Okapi.", "Radio Okapi"),
        ("Les gangs ont attaqué Mirebalais, selon Le Nouvelliste.", "Le Nouvelliste"),
        ("L'attaque a été revendiquée par l'agence Amaq.", "agence Amaq"),
        ("Aucun incident n'a été signalé, selon la préfecture de police.", "préfecture de police"),
        ("Trois soldats ont été tués, a indiqué l'ISPR.", "ISPR"),
    ],
)
def test_agencies_and_media_are_sources(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert source in [span.text for span in doc.spans["sources"]]
    assert source not in [span.text for span in doc.spans["places"]]
    assert source not in [span.text for span in doc.spans["factions"]]


def test_the_sudanese_state_al_jazira_is_a_place_and_the_channel_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    state = nlp("Les FSR ont pris Wad Madani, chef-lieu de l'Etat d'Al-Jazira.")
    channel = nlp("Un responsable a confirmé l'attaque à la chaîne qatarie Al-Jazira.")
    assert [s._.kb["admin1"] for s in state.spans["places"] if "Al-Jazira" in s.text] == [
        "Al Jazirah"
    ]
    assert [s.text for s in channel.spans["sources"]] == ["chaîne qatarie Al-Jazira"]
