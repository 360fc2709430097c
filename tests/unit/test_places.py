"""PLACE spans: gazetteer names, context-found names, and geocoding in context."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [
        (s.text, (s._.kb or {}).get("admin1"), (s._.kb or {}).get("country"))
        for s in doc.spans["places"]
    ]


def test_french_exonyms_and_governorates_are_geocoded(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, "Des combats ont eu lieu à Alep, à Idleb et à Deir Ezzor, en Syrie.")
    assert found[:3] == [
        ("Alep", "Aleppo", "SY"),
        ("Idleb", "Idlib", "SY"),
        ("Deir Ezzor", "Deir ez-Zor", "SY"),
    ]
    assert found[3][0] == "Syrie" and found[3][2] == "SY"


def test_transliteration_variants_meet_the_gazetteer(nlp) -> None:  # type: ignore[no-untyped-def]
    for spelling in ("Maaret al-Noomane", "Kobané", "Aïn al-Arab", "Qousseir"):
        (text, admin1, country), *_ = _places(nlp, f"Les rebelles ont repris {spelling} samedi.")
        assert (text, country) == (spelling, "SY") and admin1 is not None


def test_unknown_village_named_by_context_is_located_by_its_neighbour(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("L'armée a repoussé une attaque contre le village de Zoubeidiyé, près de Saraqeb.")
    places = {s.text: s._.kb for s in doc.spans["places"]}
    village = places["Zoubeidiyé"]
    assert village["kb_id"] is None and village["geo_precision"] == 2
    assert village["admin1"] == places["Saraqeb"]["admin1"] == "Idlib"
    assert "nearest" in village["note"]


def test_list_after_a_plural_place_noun_gives_each_village(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les avions ont bombardé les villages Mzeiraa, Oumm Baten et Hawiyé.")
    assert [s.text for s in doc.spans["places"]] == ["Mzeiraa", "Oumm Baten", "Hawiyé"]


def test_factions_and_sources_are_never_places(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Selon l'OSDH et l'agence Sana, l'Etat islamique a attaqué Palmyre.")
    places = [s.text for s in doc.spans["places"]]
    assert places == ["Palmyre"]
    assert [s.text for s in doc.spans["factions"]] == ["Etat islamique"]


def test_misspelling_is_matched_only_within_the_dispatch_country(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les combats continuent à Hama. L'armée a repris la localité de Qalaat al-Madiz.")
    village = next(s for s in doc.spans["places"] if s.text == "Qalaat al-Madiz")
    assert village._.kb["admin1"] == "Hama" and "spelling" in village._.kb["note"]


def test_every_place_has_coordinates_and_admin1_or_says_why_not(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Des combats ont eu lieu en Syrie, à Alep, dans le village de Zoubeidiyé et à Oumm Tala."
    )
    for span in doc.spans["places"]:
        kb = span._.kb
        located = kb["latitude"] is not None and kb["admin1"] is not None
        assert located or kb["note"], span.text


def test_gazetteer_names_are_plain_ascii_like_acled(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("L'armée a pris Haritane et Azzaz, au nord d'Alep.")
    names = [s._.kb["name"] for s in doc.spans["places"]]
    assert len(names) == 3 and all(name.isascii() for name in names)


def test_place_noun_with_an_adjective_still_announces_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Les jihadistes ont attaqué le camp militaire de Tinzaouatène, dans la région de Kidal."
    )
    camp = next(s for s in doc.spans["places"] if s.text == "Tinzaouatène")
    assert camp._.kb["admin1"] == "Kidal" and camp._.kb["country"] == "ML"


def test_nationality_words_choose_the_country_of_an_ambiguous_town(nlp) -> None:  # type: ignore[no-untyped-def]
    """'Bali' names a town of Cameroon's North-West and one of India's West Bengal: the
    nationality words of the dispatch tell which one."""
    cameroon = _places(nlp, "Quatre soldats camerounais ont été tués dimanche près de Bali.")
    india = _places(nlp, "Deux policiers indiens ont été blessés samedi à Bali.")
    assert [(text, country) for text, _, country in cameroon] == [("Bali", "CM")]
    assert [(text, country) for text, _, country in india] == [("Bali", "IN")]


def test_a_ministry_s_portfolio_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, "Le ministère de la Santé a fait état de trente morts à Rafah.")
    assert [text for text, _, _ in found] == ["Rafah"]


@pytest.mark.parametrize(
    "text",
    [
        "Deux Palestiniens ont été tués par des soldats israéliens, selon le ministère "
        "palestinien de la Santé.",
        "Le ministère soudanais de la Santé a fait état de dix morts à Kassala.",
        "Le ministre israélien de la Défense a menacé le Hezbollah.",
    ],
)
def test_a_portfolio_with_its_country_is_no_place(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    places = [span.text for span in doc.spans["places"]]
    assert "Santé" not in places and "Défense" not in places
