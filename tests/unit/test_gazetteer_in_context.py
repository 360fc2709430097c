"""Places of wars beyond Syria, as the full pipeline finds and geocodes them."""

from __future__ import annotations

import pytest

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.normalize import name_key
from conflict_extract.knowledge.places import PLACE_FILES, place_index
from conflict_extract.paths import data_dir


def _places(nlp, text: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {span.text: dict(span._.kb or {}) for span in doc.spans["places"]}


@pytest.mark.parametrize(
    ("text", "place", "country", "admin1"),
    [
        (
            "Des insurgés ont attaqué Mocímboa da Praia, dans la province du Cabo Delgado.",
            "Mocímboa da Praia",
            "MZ",
            "Cabo Delgado",
        ),
        ("L'armée birmane a bombardé Lashio, dans l'Etat Shan.", "Lashio", "MM", "Shan"),
        ("Les FSR ont de nouveau pilonné El-Fasher.", "El-Fasher", "SD", "North Darfur"),
        (
            "Un drone a visé la base aérienne d'Engels, dans la région de Saratov.",
            "Engels",
            "RU",
            "Saratov",
        ),
        (
            "Des gangs ont attaqué Mirebalais, à l'est de Port-au-Prince.",
            "Mirebalais",
            "HT",
            "Centre",
        ),
        (
            "Trois policiers ont été tués à Bannu, dans le nord-ouest du Pakistan.",
            "Bannu",
            "PK",
            "Khyber Pakhtunkhwa",
        ),
        ("Des séparatistes ont attaqué Kumbo, au Cameroun.", "Kumbo", "CM", "North-West"),
        ("Des obus sont tombés sur Goris, dans le sud de l'Arménie.", "Goris", "AM", "Syunik"),
    ],
)
def test_towns_of_other_wars_carry_their_division(  # type: ignore[no-untyped-def]
    nlp, text: str, place: str, country: str, admin1: str
) -> None:
    kb = _places(nlp, text)[place]
    assert (kb["country"], kb["admin1"]) == (country, admin1)


def test_a_small_foreign_namesake_is_located_by_context(nlp) -> None:  # type: ignore[no-untyped-def]
    """Badou is a Togolese town; in a dispatch from Raqqa it is a local place the gazetteer lacks."""
    badou = _places(nlp, "Les FDS ont repris le quartier de Badou, à Raqqa.")["Badou"]
    assert badou["kb_id"] is None and badou["admin1"] == "Ar-Raqqa"
    assert (
        "Badou" in badou["note"] and "located by the nearest known place 'Raqqa'" in badou["note"]
    )


def test_a_town_across_the_border_keeps_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    places = _places(nlp, "Des obus tirés depuis Akçakale, en Turquie, ont touché Tall Abyad.")
    assert places["Akçakale"]["country"] == "TR"
    assert places["Tall Abyad"]["country"] == "SY"


@pytest.fixture(scope="module")
def places_index():  # type: ignore[no-untyped-def]
    return place_index(DataFiles.read(data_dir(), PLACE_FILES))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nord", []),
        ("Guéra", []),  # key of 'guerre'
        ("province du Guéra", ["adm1:TD:guera"]),
        ("Chin", ["cc:CN"]),  # key of 'Chine'
        ("Etat Chin", ["adm1:MM:chin"]),
        ("Niger", ["cc:NE"]),
        ("État du Niger", ["adm1:NG:niger"]),
        ("région du Sahel", ["adm1:BF:sahel"]),
        ("oblast de Belgorod", ["adm1:RU:belgorod"]),
        ("Darfour-Nord", ["adm1:SD:north-darfur"]),
    ],
)
def test_divisions_named_by_a_common_word_are_reached_through_their_aliases(  # type: ignore[no-untyped-def]
    places_index, name: str, expected: list[str]
) -> None:
    assert places_index.by_key(name_key(name)) == expected


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Douze soldats ont été tués samedi dans la région du Centre-Nord, au Burkina Faso.",
            "Centre-Nord",
            "Centre-Nord",
        ),
        (
            "Deux gendarmes ont été tués dans la région du Nord-Ouest, au Cameroun.",
            "Nord-Ouest",
            "North-West",
        ),
        ("Des bandits ont attaqué un village de la région du Nord, au Burkina.", "Nord", "Nord"),
        (
            "Des hommes armés ont enlevé trois commerçants dans la région de l'Est, au Burkina.",
            "Est",
            "Est",
        ),
    ],
)
def test_a_division_named_by_a_common_word_is_found_in_the_text(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, admin1: str
) -> None:
    """'la région du Nord' is the region, found through its alias; the span is its name."""
    assert _places(nlp, text)[name]["admin1"] == admin1


def test_a_common_word_without_its_division_noun_is_no_division(nlp) -> None:  # type: ignore[no-untyped-def]
    places = _places(nlp, "Les combats se sont déplacés vers le Nord, au Burkina.")
    assert places.get("Nord", {}).get("kb_id") is None


@pytest.mark.parametrize(
    "text",
    [
        "Des armes et des munitions ont été saisies lors de l'opération près de Diffa.",
        "Des salines ont été détruites par les combats dans le nord.",
        "La source du village a été empoisonnée, selon des habitants de Djugu.",
        "Les cayes de la côte ont été bombardées.",
    ],
)
def test_a_determiner_and_a_common_word_spell_no_town(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """'Des armes' folds to the letters of Désarmes, 'Des salines' to Dessalines, 'La source'
    to a Haitian village: words of the sentence, not the names their letters spell."""
    found = _places(nlp, text)
    assert not any(name.split()[0] in {"Des", "La", "Les"} for name in found)


def test_a_name_that_starts_with_a_determiner_is_still_found(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(nlp, "Des gangs ont attaqué Les Cayes et Le Kef a été bombardée.")
    assert {"Les Cayes", "Le Kef"} <= set(found)


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Les soldats ont tué quatre rebelles près de Chai, dans le district de Macomia.", "Chai"),
        ("Un drone a frappé un véhicule aux abords de Paille, dans la région de Ségou.", "Paille"),
        ("Les combats ont eu lieu non loin de Cercle, dans la région de Mopti.", "Cercle"),
    ],
)
def test_a_capitalised_word_after_near_is_a_place(nlp, text: str, village: str) -> None:  # type: ignore[no-untyped-def]
    """A village named like a French word ('Chai', a wine store) after 'près de', 'aux abords
    de', 'non loin de' is a place; 'la télévision d'Etat' stays none."""
    assert village in _places(nlp, text)
    assert "Etat" not in _places(nlp, "La télévision d'Etat a annoncé la mort de six soldats.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Au moins 27 personnes ont été tuées mardi dans une attaque de drone contre le camp "
            "de déplacés d'Abou Chouk, aux portes d'El-Facher.",
            "Abou Chouk",
        ),
        (
            "Sept femmes ont été violées jeudi par des miliciens près du site de déplacés de "
            "Plaine Savo, dans le territoire de Djugu.",
            "Plaine Savo",
        ),
        (
            "Une frappe israélienne a tué mardi cinq personnes dans le camp de réfugiés de Nour "
            "Chams, près de Tulkarem.",
            "Nour Chams",
        ),
    ],
)
def test_the_name_of_a_camp_of_displaced_people_is_a_place(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place in _places(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Quatre civils ont été tués samedi soir à Dargol par des hommes armés venus à moto.",
            "Dargol",
        ),
        (
            "Un membre du Hezbollah a été tué mardi par une frappe de drone israélienne à Yohmor, "
            "dans le sud du Liban.",
            "Yohmor",
        ),
        (
            "Trois villageois ont été enlevés dimanche à Kpendjal-Ouest par des jihadistes, selon "
            "des sources locales.",
            "Kpendjal-Ouest",
        ),
    ],
)
def test_an_unknown_proper_noun_after_a_is_a_place(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place in _places(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Des milliers de personnes ont rendu hommage mardi à Thomas Sankara.", "Thomas Sankara"),
        ("Le ministre a déclaré lundi à Jeune Afrique que l'armée avançait.", "Jeune Afrique"),
    ],
)
def test_a_person_or_a_newspaper_after_a_is_no_place(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(name in found or found in name for found in _places(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Au moins onze personnes ont été tuées lundi à Nairobi lors des manifestations dites "
            "« Saba Saba ».",
            "Saba Saba",
        ),
        (
            "L'armée a lancé lundi l'opération « Haskanite » contre les jihadistes dans la "
            "province du Lac.",
            "Haskanite",
        ),
        (
            "Les séparatistes réclament l'indépendance des régions anglophones sous le nom "
            "d'« Ambazonie ».",
            "Ambazonie",
        ),
    ],
)
def test_a_nickname_or_an_operation_in_quotes_is_no_place(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name not in _places(nlp, text)


def test_a_village_in_quotes_is_still_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Kpéré" in _places(nlp, "Des jihadistes ont attaqué lundi le village de « Kpéré ».")


# -- a dateline breaks a tie between namesakes ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "OUAGADOUGOU, 12 mars 2025 (AFP) - Quarante-sept civils ont été tués dimanche dans "
            "l'attaque du village de Solhan.",
            "Solhan",
            "BF",
        ),
        (
            "BAMAKO, 12 mars 2025 (AFP) - Six soldats ont été tués dimanche dans une embuscade "
            "près de Boni.",
            "Boni",
            "ML",
        ),
        (
            "YAOUNDE, 12 mars 2025 (AFP) - Six soldats ont été tués dimanche dans une embuscade "
            "près de Mora.",
            "Mora",
            "CM",
        ),
        (
            "NIAMEY, 12 mars 2025 (AFP) - Six soldats ont été tués dimanche dans une embuscade "
            "près de Téra.",
            "Téra",
            "NE",
        ),
    ],
)
def test_the_dateline_breaks_a_tie_between_namesakes(
    nlp, text: str, place: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    assert _places(nlp, text)[place].get("country") == country


def test_the_dateline_does_not_outvote_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    places = _places(
        nlp,
        "PARIS, 12 mars 2025 (AFP) - Des frappes ont visé dimanche Idleb et Alep, dans le "
        "nord-ouest de la Syrie.",
    )
    assert places["Idleb"].get("country") == "SY"


@pytest.mark.parametrize(
    ("text", "people", "places"),
    [
        (
            "Quelque 800.000 personnes, essentiellement des Tutsi, ont été tuées en 1994 au "
            "Rwanda.",
            "Tutsi",
            {"Rwanda"},
        ),
        ("Des Haoussas et des Fulanis se sont affrontés samedi à Jos.", "Fulanis", {"Jos"}),
        (
            "Des milliers d'Amhara ont fui samedi la région de l'Oromia après des attaques.",
            "Amhara",
            {"Oromia"},
        ),
        (
            "Des combattants de l'EI ont enlevé samedi des dizaines de Yazidis près de Sinjar.",
            "Yazidis",
            {"Sinjar"},
        ),
    ],
)
def test_a_people_named_with_a_plural_article_or_counted_is_no_place(  # type: ignore[no-untyped-def]
    nlp, text: str, people: str, places: set[str]
) -> None:
    """'des Tutsi', 'des milliers d'Amhara': a people, though the base model tags it a place
    or the gazetteer knows a region of that name."""
    found = _places(nlp, text)
    assert people not in found
    assert places <= set(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Des combats ont éclaté dans la région des Grands Lacs.", "Grands Lacs"),
        ("Les Comores et les Philippines ont voté la résolution.", "Philippines"),
        ("L'aviation a mené samedi des dizaines de raids sur Idleb.", "Idleb"),
    ],
)
def test_a_place_after_des_of_a_noun_or_counted_raids_stays_a_place(  # type: ignore[no-untyped-def]
    nlp, text: str, place: str
) -> None:
    assert place in _places(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Des bombardements ont détruit samedi la majorité de Khan Younès.", "Khan Younès"),
        (
            "Des combats ont éclaté samedi autour des Hauts-Plateaux de Minembwe.",
            "Hauts-Plateaux de Minembwe",
        ),
        ("Des hommes armés ont tué samedi des Banyamulenge à Minembwe.", "Minembwe"),
    ],
)
def test_a_place_counted_by_majority_or_after_autour_des_stays_a_place(  # type: ignore[no-untyped-def]
    nlp, text: str, place: str
) -> None:
    found = _places(nlp, text)
    assert place in found
    assert "Banyamulenge" not in found
