"""The event layer on the phenomena of issue 8, each on sentences written for these tests
from several wars (none copied from the dev corpus): allies never the enemy, the side acted
upon, near misses, ACLED types and sub-types, tolls, scenes and dates, granularity.

Through the full pipeline (fr_core_news_md + our components), as a user runs it.
"""

from __future__ import annotations

from datetime import date

import pytest

from conflict_extract.api import extract
from conflict_extract.dispatches import Dispatch
from conflict_extract.records import Event


def _events(nlp, text: str, published: str = "2024-03-12") -> list[Event]:  # type: ignore[no-untyped-def]
    dispatch = Dispatch(id="t", text=text, published=date.fromisoformat(published))
    (document,) = extract([dispatch], nlp)
    return document.events


def _one(nlp, text: str, published: str = "2024-03-12") -> Event:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text, published)
    return event


def _place_text(event: Event) -> str | None:
    return event.location.text if event.location else None


_ROLES = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def _called(actor: object, needle: str) -> bool:
    """The actor is the one a reader calls `needle`: by its name, its words in the text or
    its knowledge-base id ('FARDC' is cd.fardc)."""
    forms = [getattr(actor, key, None) or "" for key in ("name", "text", "kb_id")]
    return any(needle.lower() in form.lower() for form in forms)


def _names(*actors: object) -> list[str | None]:
    return [getattr(a, "name", None) for a in actors]


# -- allies are never the enemy --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1", "ally", "actor2"),
    [
        (
            "Les Forces armées de la RDC, appuyées par des miliciens Wazalendo, ont repris "
            "mardi la localité de Kitshanga aux rebelles du M23.",
            "FARDC",
            "Wazalendo",
            "M23",
        ),
        (
            "L'armée malienne, aux côtés des paramilitaires de Wagner, a repris dimanche la "
            "ville d'Anefis aux rebelles du CSP.",
            "Forces armées maliennes",
            "Wagner",
            "CSP",
        ),
        (
            "Les rebelles du M23, soutenus par le Rwanda, se sont emparés lundi de la ville "
            "de Bunagana après de violents combats contre les FARDC.",
            "M23",
            "Rwanda",
            "FARDC",
        ),
        # An ally given by name and acronym, however far the acronym stands from the cue.
        (
            "Les soldats somaliens, appuyés par des forces de la Mission de l'Union africaine "
            "(AUSSOM), ont repris mardi le village de Sabiid aux shebab.",
            "somalienne",
            "AUSSOM",
            "Chebab",
        ),
        (
            "Les combattants du Conseil militaire de Manbij, aux côtés des forces kurdes des "
            "Unités de protection du peuple (YPG), ont attaqué jeudi des positions de l'Etat "
            "islamique près de Jarablous.",
            "Manbij",
            "YPG",
            "Etat islamique",
        ),
        (
            "L'armée nigériane, aux côtés des combattants de la Force d'intervention civile "
            "conjointe (CJTF), a repris lundi la ville de Marte aux jihadistes de l'Iswap.",
            "nigériane",
            "intervention civile",
            "Iswap",
        ),
        # "accompagnés de", "et de leurs alliés du": allies too.
        (
            "Les soldats burkinabè, accompagnés de VDP, ont repris mardi la ville de Djibo aux "
            "jihadistes du JNIM.",
            "burkinab",
            "VDP",
            "Groupe de soutien",
        ),
    ],
)
def test_an_ally_is_assoc_actor_1_never_actor2(
    nlp, text: str, actor1: str, ally: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _events(nlp, text)[0]
    assert event.event_type == "Battles"
    by_role = {role: [a for a in event.actors if a.role == role] for role in _ROLES}
    assert [_called(a, actor1) for a in by_role["actor1"]] == [True]
    assert any(_called(a, ally) for a in by_role["assoc_actor_1"])
    assert [_called(a, actor2) for a in by_role["actor2"]] == [True]
    assert not any(_called(a, ally) for a in by_role["actor2"] + by_role["assoc_actor_2"])


def test_the_same_actor_is_never_on_both_sides(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "L'armée soudanaise a bombardé samedi Nyala, tenue par l'armée soudanaise selon elle."
    for event in _events(nlp, text):
        if event.actor1 is not None and event.actor2 is not None:
            assert event.actor1.name != event.actor2.name


# -- the side acted upon ---------------------------------------------------------------------
def test_actor2_is_the_side_attacked(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les forces irakiennes ont lancé jeudi une offensive contre des positions de l'Etat "
        "islamique près de Tarmiyah, au nord de Bagdad.",
    )
    assert _names(event.actor1, event.actor2) == ["Armée irakienne", "Etat islamique"]


def test_actor2_is_the_defender_of_a_captured_town(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Les Chebab ont repris mardi aux forces somaliennes la ville de Ceel Buur.")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor2 is not None and event.actor2.inter == 1


def test_soldiers_killed_name_their_army_as_actor2(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "NIAMEY, 12 mars 2024 (AFP) - Douze soldats nigériens ont été tués lundi dans une "
        "embuscade tendue par des jihadistes près de Tillia, dans la région de Tahoua.",
    )
    assert event.actor2 is not None and event.actor2.country == "NE" and event.actor2.inter == 1
    assert event.actor2.text == "soldats nigériens"
    assert event.fatalities == 12


def test_civilians_are_named_by_the_dispatch_country(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "KHARTOUM, 12 mars 2024 (AFP) - Des hommes armés ont tué dimanche onze civils dans le "
        "village d'Um Kadada, au Darfour-Nord.",
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Sudan)"
    assert event.actor2.text == "civils" and event.actor2.inter == 7
    assert event.fatalities == 11


# -- near misses: a trigger fires only in a conflict reading ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Les pourparlers entre Kiev et Moscou ont repris lundi à Istanbul.",
        "Le président nigérien est entré mardi à Niamey sous les acclamations.",
        "Le gouvernement burkinabè a pris des mesures contre la vie chère à Ouagadougou.",
        "Les délégations se sont opposées mardi à Addis-Abeba sur le texte final.",
        "Une explosion de gaz a fait trois morts dimanche dans un immeuble de Kinshasa.",
        "La crise économique frappe durement les ménages de Beyrouth.",
        "L'offensive du Wydad n'a pas suffi samedi à Casablanca face au Raja.",
        "Le procès des auteurs de l'attentat s'est ouvert lundi à Paris.",
        "Des milliers de personnes ont commémoré jeudi à Kigali le début du génocide de 1994.",
        "Les Chebab menacent de lancer une offensive sur Mogadiscio.",
        "Si l'armée reprend Goma, les rebelles devront se replier vers le nord.",
        "L'armée israélienne a démenti avoir bombardé l'hôpital de Khan Younès.",
        "Les négociations entre le gouvernement et le M23 reprennent lundi à Doha.",
        "Les cours ont repris mardi à Gao après trois semaines de fermeture.",
        "La police a écarté la piste d'un attentat après l'explosion d'une citerne à Lagos.",
        "Le séisme a frappé dimanche la province de Herat.",
        "Les pompiers ont dispersé la foule après l'incendie d'un marché à Onitsha.",
    ],
)
def test_near_misses_give_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


# -- ACLED types and sub-types ---------------------------------------------------------------
def test_an_armed_group_killing_villagers_is_violence_against_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des assaillants ont attaqué samedi le village de Seytenga, dans la province du Séno, "
        "tuant au moins 22 villageois, selon des sources locales.",
    )
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities == 22


def test_a_toll_after_a_time_word_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Des jihadistes ont tué dimanche 22 civils à Barsalogho, au Burkina Faso.")
    assert event.event_type == "Violence against civilians" and event.fatalities == 22


@pytest.mark.parametrize(
    ("text", "event_type", "sub_type"),
    [
        (
            "Des centaines de manifestants ont défilé samedi à Niamey contre la présence de "
            "troupes étrangères.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "La police a dispersé à coups de gaz lacrymogène une manifestation d'étudiants "
            "contre la junte mardi à Conakry.",
            "Protests",
            "Protest with intervention",
        ),
        (
            "Trois manifestants ont été tués par balles lundi à Kinshasa lorsque les policiers "
            "ont ouvert le feu sur un cortège hostile au gouvernement.",
            "Protests",
            "Excessive force against protesters",
        ),
        (
            "Des manifestants en colère ont incendié mardi le siège du gouverneur et saccagé "
            "des commerces à Bukavu.",
            "Riots",
            "Violent demonstration",
        ),
        (
            "Un homme accusé de vol a été lynché par une foule en colère samedi à Port-au-Prince.",
            "Riots",
            "Mob violence",
        ),
    ],
)
def test_protests_and_riots_with_their_sub_types(
    nlp, text: str, event_type: str, sub_type: str
) -> None:  # type: ignore[no-untyped-def]
    event = _events(nlp, text)[0]
    assert (event.event_type, event.sub_event_type) == (event_type, sub_type)


def test_protesters_are_actor1_and_the_forces_actor2_of_a_crushed_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _events(
        nlp,
        "Trois manifestants ont été tués par balles lundi à Kinshasa lorsque les policiers "
        "ont ouvert le feu sur un cortège hostile au gouvernement.",
    )[0]
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "La police a arrêté samedi à Bamako trois opposants accusés de complot.",
            "Arrests",
        ),
        (
            "Des bandits armés ont pillé mardi le marché de Gusau et incendié des dizaines de "
            "boutiques, sans faire de victimes.",
            "Looting/property destruction",
        ),
        (
            "La défense antiaérienne ukrainienne a intercepté dans la nuit douze drones "
            "russes au-dessus de la région de Kiev.",
            "Disrupted weapons use",
        ),
        (
            "Le gouvernement et les rebelles du FACT ont signé samedi à Doha un accord de paix.",
            "Agreement",
        ),
        (
            "Les rebelles se sont retirés sans combat de la ville de Rutshuru, remise mardi aux "
            "FARDC.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_strategic_developments_with_their_sub_types(nlp, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert events, text
    assert events[0].event_type == "Strategic developments"
    assert events[0].sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Un chef coutumier a été assassiné dimanche par des hommes armés à Djibo.",
            "Violence against civilians",
        ),
        ("Les soldats ont chassé les jihadistes de la localité de Djibasso mardi.", "Battles"),
        ("De violents heurts ont opposé mardi l'armée aux Fano près de Gondar.", "Battles"),
        (
            "Des miliciens ont incendié samedi le village de Galgala, dans le Puntland.",
            "Strategic developments",
        ),
    ],
)
def test_words_that_fired_nothing_before(nlp, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert events and events[0].event_type == event_type


def test_a_drone_kamikaze_is_an_air_strike_not_a_suicide_bomb(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Un drone kamikaze russe a frappé mardi un immeuble d'Odessa.")
    assert event.sub_event_type == "Air/drone strike"


def test_a_ground_raid_on_villagers_is_violence_against_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Une dizaine de villageois ont été tués vendredi lors d'un raid des FSR sur Al-Sireha, "
        "dans l'Etat d'Al-Jazira.",
    )
    assert event.event_type == "Violence against civilians"


# -- tolls ----------------------------------------------------------------------------------
def test_a_strike_toll_told_with_a_weekday_is_the_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Des frappes israéliennes ont fait au moins 40 morts mardi à Rafah.")
    assert event.fatalities == 40


def test_a_year_elsewhere_in_the_sentence_does_not_make_a_toll_cumulative(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les Chebab, qui avaient perdu la ville en 2019, ont tué lundi cinq soldats lors "
        "d'une attaque contre une base de Jowhar.",
    )
    assert event.fatalities == 5


def test_a_war_toll_is_never_an_event_fatality(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Mardi, des combats ont opposé l'armée birmane aux rebelles de l'Armée d'Arakan à "
        "Sittwe.\n\nLe conflit a fait plus de 50 000 morts depuis le coup d'Etat de 2021.",
    )
    assert [e.fatalities for e in events] == [None]


def test_a_new_toll_updates_the_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Une voiture piégée a explosé lundi sur un marché de Mogadiscio, tuant au moins 12 "
        "personnes.\n\nUn nouveau bilan fait état de 30 morts, selon les secours.",
    )
    assert [e.fatalities for e in events] == [30]


# -- scenes and dates -----------------------------------------------------------------------
def test_the_dateline_city_is_not_a_scene(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "KINSHASA, 12 mars 2024 (AFP) - Les rebelles du M23 ont pris lundi le contrôle de la "
        "localité de Nyanzale, dans le Nord-Kivu.",
    )
    assert event.location is not None and event.location.text == "Nyanzale"


@pytest.mark.parametrize("word", ["Soudanais", "Douze", "Belga", "Xinhua"])
def test_demonyms_numbers_and_agencies_are_not_places(nlp, word: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        f"{word} a rapporté que les combats ont repris samedi à El-Obeid, au Kordofan, "
        "selon des habitants."
    )
    assert word not in [p.text for p in doc.spans["places"]]


def test_la_veille_counts_from_the_event_just_told(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Dimanche, des jihadistes ont attaqué un poste militaire à Dori, tuant quatre soldats."
        "\n\nLa veille, des hommes armés avaient enlevé trois enseignants à Gorom-Gorom.",
        published="2024-03-12",  # a Tuesday: dimanche is the 10th, la veille the 9th
    )
    dates = {e.location.text: str(e.event_date) for e in events if e.location}
    assert dates == {"Dori": "2024-03-10", "Gorom-Gorom": "2024-03-09"}


# -- granularity ----------------------------------------------------------------------------
def test_one_toll_for_a_list_of_villages_gives_one_event_each_and_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des miliciens ont attaqué lundi les villages de Djugu, Pimbo et Bule, en Ituri, "
        "faisant 33 morts au total.",
    )
    assert sorted(e.location.text for e in events if e.location) == ["Bule", "Djugu", "Pimbo"]
    assert {e.fatalities for e in events} == {None}


def test_a_scene_told_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Mardi, une frappe de drone a visé un véhicule transportant des combattants.\n"
        "La frappe a eu lieu près de Jilib, dans la région du Moyen-Djouba.",
    )
    assert [e.location.text for e in events if e.location] == ["Jilib"]


# -- sides, launchers and subordinate verbs ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Des affrontements entre les FSR et l'armée soudanaise ont fait lundi huit morts à "
            "Omdurman.",
            "FSR",
            "armée soudanaise",
        ),
        (
            "De violents combats ont opposé dimanche l'armée birmane à l'Armée d'Arakan près de "
            "Sittwe.",
            "armée birmane",
            "Arakan",
        ),
        (
            "Les talibans se sont emparés lundi du district de Dand après avoir repoussé les "
            "forces afghanes.",
            "talibans",
            "forces afghanes",
        ),
        (
            "Les rebelles du M23 ont pris mardi le contrôle de Kiwanja après des combats avec les "
            "FARDC.",
            "M23",
            "FARDC",
        ),
        (
            "L'armée ukrainienne a abattu dans la nuit de samedi à dimanche près d'Odessa onze "
            "drones lancés par les forces russes.",
            "armée ukrainienne",
            "forces russes",
        ),
        (
            "Les jihadistes se sont emparés mercredi du camp de l'armée malienne à Boulkessi.",
            "jihadistes",
            "armée malienne",
        ),
        (
            "L'armée nigérienne a repris samedi la localité de Tassia aux combattants du groupe "
            "Etat islamique au Sahel.",
            "armée nigérienne",
            "Etat islamique",
        ),
    ],
)
def test_the_other_side_in_a_phrase_a_pair_or_a_subordinate_verb(
    nlp, text: str, actor1: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _events(nlp, text)[0]
    by_role = {role: [a for a in event.actors if a.role == role] for role in _ROLES}
    assert [_called(a, actor1) for a in by_role["actor1"]] == [True]
    assert [_called(a, actor2) for a in by_role["actor2"]] == [True]


def test_a_dispersed_protest_is_a_protest_with_intervention(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "La police a dispersé jeudi à coups de gaz lacrymogène des étudiants qui manifestaient à Dacca.",
    )
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert event.actor2 is not None and "Police" in event.actor2.name


def test_stone_throwers_facing_troops_are_rioters(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des heurts ont opposé vendredi des lanceurs de pierres aux soldats israéliens à Jénine.",
    )
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 is not None and event.actor1.name.startswith("Rioters")


def test_an_armed_group_aiming_at_military_positions_is_a_remote_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Les Houthis ont dit avoir ciblé mercredi une base militaire à Marib.")
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 is not None and _called(event.actor1, "Houthis")


# -- nations, datelines and venues -----------------------------------------------------------
def test_a_nation_as_subject_stands_for_its_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Les Russes ont lancé mardi une offensive contre Koupiansk.")
    assert event.actor1 is not None and event.actor1.country == "RU"
    assert event.location is not None and event.location.text == "Koupiansk"


def test_a_nationality_names_that_nations_forces_not_the_occupier(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Des tirs de roquettes libanaises ont visé lundi Kiryat Shmona.")
    assert event.actor1 is not None and event.actor1.country == "LB"


def test_the_dateline_gives_neither_the_country_nor_a_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "NAIROBI, 18 juin 2024 (AFP) - Des hommes armés ont tué lundi quatre civils à "
        "Beledweyne, dans le centre de la Somalie."
    )
    (document,) = extract([Dispatch(id="t", text=text)], nlp)
    assert [c.count for c in document.casualties] == [4]
    (event,) = document.events
    assert event.fatalities == 4
    assert {a.country for a in event.actors} == {"SO"}


def test_a_venue_is_not_the_scene_its_town_is(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Un kamikaze s'est fait exploser mardi devant l'hôtel Sahafi à Mogadiscio, tuant six "
        "personnes.",
    )
    assert event.location is not None and event.location.text == "Mogadiscio"


# -- tolls that belong to someone else ----------------------------------------------------------
def test_a_verb_with_its_own_figure_does_not_lend_it_to_the_previous_one(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Des bandits ont enlevé samedi 40 élèves et tué deux gardiens à Kuriga.")
    assert event.fatalities == 2


def test_a_war_toll_over_a_range_of_years_is_no_fatality(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des miliciens ont incendié mercredi le marché de Bunia. La guerre en Ituri a fait des "
        "milliers de morts entre 1999 et 2003.",
    )
    assert [e.fatalities for e in events] == [None]


def test_a_figure_of_neutralised_fighters_is_no_death_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "L'armée affirme avoir « neutralisé » douze terroristes jeudi près de Diapaga."
    )
    assert event.fatalities is None


# -- how the dead died --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Deux civils ont été tués mardi par un drone ukrainien à Horlivka.",
            "Air/drone strike",
        ),
        (
            "Cinq enfants ont été tués samedi par des obus tirés sur un quartier de Tal Afar.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_killing_by_aircraft_or_shells_is_remote_violence(nlp, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", sub_type)


def test_shooting_at_protesters_who_die_is_excessive_force(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les policiers ont tiré mardi sur des manifestants à Conakry, tuant trois jeunes.",
    )
    assert (event.event_type, event.sub_event_type) == (
        "Protests",
        "Excessive force against protesters",
    )


def test_nationals_counted_as_victims_are_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Des hommes armés ont tué dimanche deux Chinois près d'une mine de Bambari.")
    assert event.event_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name == "Civilians (China)"
    assert event.fatalities == 2


def test_a_defused_device_is_disrupted_weapons_use(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Les démineurs ont désamorcé jeudi une bombe artisanale devant une église de Kaduna."
    )
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Disrupted weapons use",
    )


def test_the_dead_of_both_sides_are_no_allies(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Trois policiers et cinq bandits ont été tués lundi lors d'un échange de tirs à Gusau."
    )
    assert event.fatalities == 8
    assert event.assoc_actor_1 is None
    assert event.actor2 is not None


def test_an_attack_feared_in_case_of_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, "Kinshasa craint un massacre à Goma en cas d'offensive du M23.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Un garçon de 12 ans a été tué lundi par une balle perdue à Cité Soleil.", 1),
        ("Quatre civils ont été tués lundi à Taëz, ville assiégée depuis 2015.", 4),
        ("Six mineurs, dont une femme, ont été tués mardi par des bandits à Anka.", 6),
    ],
)
def test_ages_sieges_and_breakdowns_leave_the_toll_alone(nlp, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.fatalities == count


# -- blasts, history and breakdowns -------------------------------------------------------------
def test_a_mining_site_is_no_landmine(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Trois commerçants ont été tués lundi près de la mine de Tongon par des hommes armés."
    )
    assert event.event_type == "Violence against civilians"


def test_a_vehicle_that_hits_a_mine_is_the_side_hit(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Un camion de l'armée a sauté mardi sur une mine artisanale près de Boni, dans la région de Mopti, tuant six "
        "soldats.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is None
    assert event.actor2 is not None and event.actor2.kb_id == "ml.fama"


def test_an_attack_years_ago_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Les habitants de Solhan ont honoré lundi la mémoire des 160 villageois tués il y a trois "
        "ans par des jihadistes."
    )
    assert _events(nlp, text) == []


def test_an_attack_with_explosives_is_a_bombing(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des rebelles ont mené mardi une attaque à l'explosif contre un poste de police de Quetta.",
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_an_acronym_in_brackets_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des combattants de l'Etat islamique en Afrique de l'Ouest (ISWAP) ont attaqué lundi "
        "une base militaire à Monguno, tuant cinq soldats.",
    )
    assert event.location is not None and event.location.text == "Monguno"


def test_the_bomber_counted_among_the_dead_is_no_second_bombing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Un kamikaze s'est fait exploser mardi devant une mosquée de Maiduguri, tuant trois "
        "fidèles. Un nouveau bilan fait état de sept morts, dont le kamikaze.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 7)]


def test_a_long_name_between_a_figure_and_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Dix soldats et quatre Volontaires pour la défense de la patrie (VDP) ont été tués lundi "
        "lors d'une attaque à Djibo.",
    )
    assert event.fatalities == 14


def test_combat_aircraft_name_the_air_force_of_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des hélicoptères de combat ont mitraillé samedi un convoi de rebelles près de Kalehe, "
        "au Sud-Kivu.",
    )
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event.actor1 is not None and event.actor1.country == "CD"


# -- who acted, however the parser hung it -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # A participle that claims the deed: its agent acted.
        (
            "Vingt soldats burkinabè ont été tués lundi lors de l'attaque d'un détachement "
            "militaire à Djibo, revendiquée par le JNIM.",
            "JNIM",
            "burkinab",
        ),
        (
            "Trois soldats nigérians ont péri mardi dans une embuscade près de Damboa, "
            "revendiquée par l'ISWAP.",
            "ISWAP",
            "nigéria",
        ),
        # An object whose partitive article the parser takes for 'de': its owner is hit.
        (
            "Les drones turcs ont bombardé dimanche des dépôts du PKK près de Sinjar.",
            "turc",
            "PKK",
        ),
        (
            "L'armée israélienne a frappé des infrastructures du Hezbollah près de Tyr.",
            "israél",
            "Hezbollah",
        ),
        # What a weapon was aimed at.
        (
            "Des jihadistes ont fait exploser une bombe artisanale contre un convoi de l'armée "
            "nigérienne près de Diffa.",
            "jihadistes",
            "nigérien",
        ),
        # Who repelled an attack suffered it; the attackers acted.
        (
            "L'armée malienne a repoussé mardi une attaque des jihadistes du JNIM contre son camp "
            "de Boulkessi.",
            "JNIM",
            "malien",
        ),
        (
            "Les forces ukrainiennes ont repoussé une offensive de l'armée russe près d'Avdiïvka.",
            "russe",
            "ukrain",
        ),
    ],
)
def test_roles_read_through_participles_partitives_and_repelled_attacks(
    nlp, text: str, actor1: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1), _names(event.actor1, event.actor2)
    assert _called(event.actor2, actor2), _names(event.actor1, event.actor2)


def test_subjects_the_parser_did_not_coordinate_act_together(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les forces irakiennes et les peshmergas kurdes ont lancé lundi une offensive contre "
        "l'EI près de Mossoul.",
    )
    assert _called(event.actor1, "irak")
    assert [a.kb_id for a in event.actors if a.role == "assoc_actor_1"] == ["iq.peshmerga"]
    assert _called(event.actor2, "Etat islamique")


def test_a_witness_who_confirms_is_no_co_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les shebab se sont emparés mardi de la base de Leego, ont annoncé les islamistes, "
        "une information confirmée par des habitants.",
    )
    assert _called(event.actor1, "shebab")
    assert not event.assoc_actor_1


@pytest.mark.parametrize(
    ("text", "actor1", "background"),
    [
        (
            "Six policiers ont été tués lors de l'attaque d'un commissariat à Garissa, "
            "revendiquée par les shebab, liés à Al-Qaïda.",
            "shebab",
            "Al-Qaïda",
        ),
        (
            "Douze soldats nigériens ont été tués mardi lors de l'attaque d'un poste à Tahoua, "
            "revendiquée par l'Etat islamique au Sahel, branche sahélienne du groupe jihadiste, "
            "affiliée à l'Etat islamique.",
            "Etat islamique au Sahel",
            "intl.is",
        ),
    ],
)
def test_an_actor_in_a_description_of_another_is_no_party(
    nlp, text: str, actor1: str, background: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1)
    assert not any(_called(a, background) for a in event.actors if a.role != "actor1")


def test_a_list_with_articles_is_one_side(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Les FARDC, les Wazalendo et les soldats burundais ont repris Sake au M23 mardi."
    )
    assert _called(event.actor1, "FARDC")
    allies = [a for a in event.actors if a.role == "assoc_actor_1"]
    assert len(allies) == 2 and any(_called(a, "burundais") for a in allies)
    assert _called(event.actor2, "M23")


# -- held-out probe 3: breakdowns, beatings, victims described -----------------------------------
def test_a_breakdown_of_the_dead_is_no_background_and_names_them(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des frappes aériennes pakistanaises ont tué 46 personnes, pour la plupart des femmes "
        "et des enfants, mardi dans le district de Barmal.",
    )
    assert event.fatalities == 46
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")
    (again,) = _events(
        nlp, "Des obus russes ont tué onze personnes, parmi lesquelles six femmes, à Kherson."
    )
    assert again.actor2 is not None and again.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "event_type", "sub_type", "fatalities"),
    [
        (
            "Un voleur présumé a été battu à mort samedi par une foule en colère à Port-Harcourt.",
            "Riots",
            "Mob violence",
            1,
        ),
        (
            "Treize membres présumés de gangs ont été lynchés puis brûlés vifs lundi par une "
            "foule à Carrefour-Feuilles.",
            "Riots",
            "Mob violence",
            13,
        ),
        (
            "Deux hommes accusés de sorcellerie ont été brûlés vifs mardi par des miliciens près "
            "de Kananga.",
            "Violence against civilians",
            "Attack",
            2,
        ),
    ],
)
def test_beaten_or_burnt_to_death_is_coded_by_who_did_it(
    nlp, text: str, event_type: str, sub_type: str, fatalities: int
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        event_type,
        sub_type,
        fatalities,
    )
    assert event.modality == "asserted"


def test_then_is_no_form_of_can(nlp) -> None:  # type: ignore[no-untyped-def]
    """'puis' is lemmatized as 'pouvoir': it must not make what follows a plan."""
    events = _events(
        nlp, "Les rebelles ont pillé le marché puis incendié des maisons lundi à Kalehe."
    )
    assert events and all(e.modality == "asserted" for e in events)


def test_a_participle_describing_the_victims_keeps_the_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Trois civils soupçonnés de collaborer avec l'armée ont été exécutés jeudi par les "
        "shebab à Baidoa.",
    )
    assert event.fatalities == 3
    assert _called(event.actor1, "shebab")


def test_the_victims_of_violence_against_civilians_are_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Des hommes armés ont enlevé samedi une ressortissante autrichienne à Agadez."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Austria)"


def test_a_source_inside_an_according_to_phrase_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "L'attentat-suicide commis samedi dans la gare de Quetta a fait 32 morts selon un "
        "nouveau bilan communiqué dimanche par la police.",
    )
    assert event.actor1 is None and event.actor2 is None
    assert event.fatalities == 32


def test_who_was_killed_after_attacking_did_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Trois jihadistes ont été abattus samedi après avoir attaqué un poste de gendarmerie à "
        "Kpendjal.",
    )
    assert _called(event.actor1, "jihadistes")
    assert event.fatalities == 3


@pytest.mark.parametrize(
    ("tally", "fatalities"),
    [
        ("Le nombre de morts est passé lundi à 35, contre 34 la veille.", 35),
        ("Le nombre de victimes a atteint 20 lundi.", 20),
        ("Le nombre de tués s'élève désormais à 41.", 41),
    ],
)
def test_a_tally_that_rises_is_the_incident_toll(nlp, tally: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Un attentat à la voiture piégée a frappé dimanche un marché de Kaboul. " + tally
    )
    assert event.fatalities == fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Huit personnes ont été tuées dans un accident de la route mardi près de Kindia.",
        "Douze personnes ont été tuées samedi dans une inondation à Bukavu.",
        "Trois personnes ont été tuées jeudi dans l'explosion d'un camion chargé de bonbonnes "
        "de gaz à Embakasi.",
    ],
)
def test_the_dead_of_an_accident_or_a_disaster_are_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_tear_gas_does_not_make_protesters_killed_an_accident(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Deux manifestants ont été tués samedi à Conakry lorsque la police a tiré des gaz "
        "lacrymogènes et des balles réelles.",
    )
    assert event.sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Des insurgés se réclamant de l'Etat islamique ont décapité vendredi deux villageois à "
        "Mazeze.",
        "Des hommes armés se réclamant d'Al-Qaïda ont attaqué mardi un poste de police à Kpendjal.",
    ],
)
def test_claiming_allegiance_is_no_plan(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """'se réclamer de' tells an allegiance; 'réclamer' alone a demand, a plan."""
    event = _one(nlp, text)
    assert event.modality == "asserted"
    assert event.actor1 is not None and event.actor1.text in {"insurgés", "hommes armés"}


def test_an_arrest_of_people_counted_far_from_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "La police a arrêté mardi à Gao, dans le nord du pays, trois suspects liés à l'attaque.",
    )
    assert event.sub_event_type == "Arrests"
    assert _events(nlp, "Les forces de sécurité ont arrêté le trafic sur la route de Bamako.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Les shebab ont établi une nouvelle base mardi près de Jilib, selon des habitants.",
            "Headquarters or base established",
        ),
        (
            "Les FSR ont installé leur quartier général lundi à Nyala.",
            "Headquarters or base established",
        ),
        (
            "Les deux coalitions de gangs ont scellé jeudi un pacte de non-agression à "
            "Port-au-Prince.",
            "Agreement",
        ),
    ],
)
def test_bases_set_up_and_pacts_sealed(nlp, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == sub_type


def test_a_camp_set_up_by_no_armed_actor_is_no_base(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, "Le HCR a installé un camp de déplacés mardi à Goma.") == []


@pytest.mark.parametrize(
    "text",
    [
        "La police a tiré des grenades lacrymogènes mardi sur des manifestants à Dakar.",
        "Des gaz lacrymogènes ont été tirés jeudi par la police sur le cortège de milliers de "
        "partisans de l'opposition à Maputo.",
    ],
)
def test_tear_gas_on_a_protest_is_an_intervention_not_a_clash(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert _called(event.actor2, "police")


def test_a_claim_about_the_target_is_the_strike_told(nlp) -> None:  # type: ignore[no-untyped-def]
    """The army's word on what it aimed at, with no scene of its own, is no second strike."""
    events = _events(
        nlp,
        "Une frappe israélienne a tué lundi soir cinq membres d'une famille à Bodai, dans "
        "l'est du Liban, a indiqué le ministère de la Santé. L'armée israélienne a dit avoir "
        "visé un dépôt d'armes du Hezbollah.",
    )
    assert [(e.sub_event_type, e.location.text if e.location else None) for e in events] == [
        ("Air/drone strike", "Bodai")
    ]
    assert events[0].fatalities == 5


def test_a_toll_after_the_day_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Les jihadistes ont tué dans la nuit de samedi à dimanche 12 civils à Diapaga."
    )
    assert event.fatalities == 12


def test_a_deed_on_a_word_coordinated_with_the_trigger_shares_its_scene(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Une étudiante accusée de blasphème a été battue à mort puis son corps incendié jeudi par "
        "une foule à Sokoto.",
    )
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Riots",
        "Mob violence",
        1,
    )


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Des combats ont éclaté lundi à Rubaya entre l'armée et le M23.", "armée", "M23"),
        (
            "Des heurts ont eu lieu mardi à Khartoum entre les FSR et l'armée soudanaise.",
            "FSR",
            "soudan",
        ),
    ],
)
def test_the_pair_after_between_are_the_two_sides(nlp, text: str, actor1: str, actor2: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1) and _called(event.actor2, actor2)


def test_two_capitals_after_between_stand_for_their_states(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des soldats arméniens ont été tués mardi à Sotk, malgré l'accord conclu entre "
        "Erevan et Bakou.",
    )
    assert [e.location.text for e in events if e.location] == ["Sotk"]


def test_the_air_force_named_in_full_after_its_aircraft(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des avions de l'armée de l'air nigériane ont bombardé mardi des positions de l'ISWAP "
        "à Arege.",
    )
    assert event.actor1 is not None and event.actor1.text == "armée de l'air nigériane"
    assert event.sub_event_type == "Air/drone strike"


def test_an_ally_of_another_actor_is_not_actor1_s_ally(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "L'Armée d'indépendance kachin (KIA), appuyée par des combattants des Forces de défense "
        "du peuple (PDF), s'est emparée dimanche de la ville de Pangwa, dont les défenseurs, des "
        "miliciens de la Force de garde-frontières alliée à la junte, se sont rendus.",
    )
    allies = [a for a in event.actors if a.role == "assoc_actor_1"]
    assert [a.text for a in allies] == ["Forces de défense du peuple"]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "Trois soldats ont été tués lundi dans une embuscade à Djibo. Cinq assaillants ont "
            "également été tués, selon l'armée.",
            8,
        ),
        ("Une frappe a tué quatre civils mardi à Idleb. Deux enfants ont aussi péri.", 6),
        (
            "Une frappe a tué quatre civils mardi à Idleb. Le nouveau bilan fait état de six morts.",
            6,
        ),
    ],
)
def test_more_dead_of_the_same_incident_add_up_an_update_replaces(
    nlp, text: str, fatalities: int
) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).fatalities == fatalities


def test_the_holders_of_a_retaken_town_are_the_side_acted_upon_never_allies(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "L'armée russe, aux côtés de soldats nord-coréens, a repris jeudi Soudja, la principale "
        "ville de la région de Koursk tenue depuis août par les forces ukrainiennes.",
    )
    allies = [a.text for a in event.actors if a.role == "assoc_actor_1"]
    assert allies == ["soldats nord-coréens"]
    assert _called(event.actor2, "ukrain")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Une roquette est tombée lundi sur Sdérot, a indiqué l'armée israélienne, qui a "
            "attribué le tir au Jihad islamique.",
            "Jihad islamique",
        ),
        (
            "Une frappe de drone a visé dimanche un véhicule près de Kismayo, tuant deux "
            "responsables shebab. Un responsable somalien a attribué la frappe à l'armée "
            "américaine.",
            "américaine",
        ),
        (
            "Une explosion a tué trois soldats près de Gao, et l'armée a attribué l'attaque au "
            "JNIM.",
            "JNIM",
        ),
    ],
)
def test_who_a_deed_is_attributed_to_did_it(nlp, text: str, actor1: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)  # the attribution is no second event
    assert _called(event.actor1, actor1)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Au moins 1 561 civils ont été tués et 1 308 autres enlevés en 2024 dans des "
            "violences au Soudan du Sud, principalement lors d'affrontements dans les Etats de "
            "Warrap et de Jonglei, selon un rapport annuel de l'ONU.",
            "2025-02-20",
        ),
        (
            "Plus de 300 personnes ont été enlevées en 2023 dans l'Etat de Zamfara, selon Amnesty.",
            "2024-02-20",
        ),
    ],
)
def test_a_year_s_totals_are_no_incident(nlp, text: str, published: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text, published) == []


def test_a_year_in_a_background_clause_leaves_the_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "L'offensive lancée en 2023 par l'armée a repris mardi près de Kidal, où des combats "
        "ont opposé les soldats aux rebelles du CSP.",
        "2024-03-05",
    )
    assert [e.location.text for e in events if e.location] == ["Kidal"]


def test_the_attackers_named_again_are_not_the_side_acted_upon(nlp) -> None:  # type: ignore[no-untyped-def]
    """'Les assaillants ont été repoussés' after the attack told: the same actor, and the
    soldiers who died in the attack are the side it was made on."""
    (event,) = _events(
        nlp,
        "Des jihadistes du JNIM ont attaqué mardi le détachement militaire de Diapaga. Les "
        "assaillants ont été repoussés après plusieurs heures de combats. Neuf soldats ont péri "
        "dans l'attaque, selon une source sécuritaire.",
    )
    assert _called(event.actor1, "JNIM")
    assert _called(event.actor2, "soldats")
    assert event.fatalities == 9


# -- a new trigger kind is data -----------------------------------------------------------------
def test_a_new_trigger_family_in_data_works_without_editing_python(
    nlp, saved_pipeline, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """An analyst adds a family to triggers.jsonl (a kind the code has never seen, with its
    own reading and refinement) and the event layer codes it."""
    import json
    import shutil
    from pathlib import Path

    import spacy

    data = Path(shutil.copytree(Path(__file__).resolve().parents[2] / "data", tmp_path / "data"))
    family = {
        "id": "sabotage",
        "kind": "sabotage",
        "event_type": "Strategic developments",
        "sub_event_type": "Looting/property destruction",
        "precedence": 17,
        "lemmas": [["saboter"], ["sabotage"]],
        "needs": ["armed_actor"],
        "note": "written by a test",
    }
    with (data / "triggers.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(family, ensure_ascii=False) + "\n")
    tuned = spacy.load(saved_pipeline.folder)
    tuned.get_pipe("event_extractor").initialize(nlp=tuned, data=data)
    text = "Des rebelles ont saboté lundi l'oléoduc de Kirkouk."
    before = _events(nlp, text)
    (event,) = _events(tuned, text)
    assert before == []
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Looting/property destruction",
    )
    assert event.location is not None and event.location.text == "Kirkouk"


def test_an_actor_record_lists_every_name_the_dispatch_gives_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """'frappes aériennes russes' and 'l'aviation russe' are one actor: the record says both, and
    no bare noun ('l'armée') that would name any army."""
    events = _events(
        nlp,
        "Des frappes aériennes russes ont tué mardi sept civils à Kafranbel, dans la province "
        "d'Idleb. L'aviation russe a aussi bombardé Saraqeb, où l'armée a avancé, selon l'OSDH.",
    )
    russian = [e.actor1 for e in events if e.actor1 is not None and e.actor1.kb_id == "ru.army"]
    assert russian
    for actor in russian:
        assert actor.mentions[:2] == ["russes", "aviation russe"]
        assert "armée" not in actor.mentions


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        # The writer's acronym says which of two actors of one name is meant.
        (
            "Des combattants des Forces de défense du peuple (PDF) ont attaqué lundi un poste "
            "de l'armée birmane près de Kalay, dans la région de Sagaing.",
            "mm.pdf",
        ),
        (
            "Les Forces de défense du peuple (HPG), branche armée du PKK, ont revendiqué mardi "
            "une attaque contre une base turque dans la province de Duhok.",
            "tr.hpg",
        ),
        # No acronym: the actor of the dispatch's country.
        (
            "MANDALAY (Birmanie), 12 mars 2024 (AFP) - Les Forces de défense du peuple ont "
            "pris lundi un camp de l'armée près de Kalay, dans la région de Sagaing.",
            "mm.pdf",
        ),
    ],
)
def test_a_name_two_actors_bear_is_the_one_the_dispatch_means(nlp, text: str, kb_id: str) -> None:  # type: ignore[no-untyped-def]
    dispatch = Dispatch(id="t", text=text, published=date(2024, 3, 12))
    (document,) = extract([dispatch], nlp)
    named = [e for e in document.entities if e.text == "Forces de défense du peuple"]
    assert [e.kb_id for e in named] == [kb_id]


# -- who did it, told by an attribution ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Quarante et un soldats ont été tués mardi dans une attaque attribuée aux "
            "jihadistes du JNIM contre un camp militaire à Boulkessi.",
            "Groupe de soutien",
        ),
        (
            "Un kamikaze s'est fait exploser lundi dans un marché de Konduga, tuant douze "
            "personnes. L'attentat a été attribué par la police à l'Iswap.",
            "Afrique de l'Ouest",
        ),
        (
            "Au moins trente villageois ont été tués samedi à Mukakati, dans le territoire de "
            "Beni. L'attaque a été attribuée aux rebelles des ADF par l'armée.",
            "ADF",
        ),
        (
            "Une voiture piégée a explosé samedi au passage d'un convoi militaire près de "
            "Mir Ali, tuant seize soldats. L'attaque a été revendiquée par une faction des "
            "talibans pakistanais.",
            "Taliban",
        ),
    ],
)
def test_who_an_attack_is_attributed_to_did_it_not_who_says_so(nlp, text: str, actor1: str) -> None:  # type: ignore[no-untyped-def]
    event = _events(nlp, text)[0]
    assert _called(event.actor1, actor1) or _called(event.actor1, actor1.lower())


def test_who_launched_the_drones_shot_down_is_not_who_shot_them(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "La défense antiaérienne ukrainienne a abattu dans la nuit de lundi à mardi près de "
        "Kharkiv douze drones lancés par les forces russes.",
    )
    assert event.sub_event_type == "Disrupted weapons use"
    assert _called(event.actor2, "russes")


# -- a clash needs two armed sides -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Des membres du gang Grand Ravine ont attaqué lundi le quartier de Carrefour-Feuilles, "
        "incendiant des maisons. Les bandits ont tué au moins douze habitants, selon la mairie.",
        "Des hommes armés ont attaqué dimanche le village de Zike, dans l'Etat du Plateau. Ils "
        "ont tué quarante villageois, selon la police.",
        "Des jihadistes ont attaqué samedi le marché de Seytenga, dans le nord du Burkina Faso. "
        "Au moins vingt civils ont été tués, selon une source locale.",
    ],
)
def test_armed_men_who_attack_only_civilians_commit_violence_against_civilians(
    nlp, text: str
) -> None:  # type: ignore[no-untyped-def]
    event = _events(nlp, text)[0]
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.affiliation == "civilians"


def test_an_attack_on_soldiers_stays_a_clash(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _events(
        nlp,
        "Des jihadistes ont attaqué samedi un poste de l'armée à Seytenga. Au moins vingt "
        "soldats ont été tués.",
    )[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


# -- a change of territory: who came and who left --------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Les rebelles du M23 sont entrés mercredi dans Uvira, dans le Sud-Kivu, après le "
            "retrait des FARDC.",
            "M23",
            "FARDC",
        ),
        (
            "L'armée malienne a pris jeudi le contrôle d'Anefis, dans la région de Kidal, après "
            "le départ des rebelles du CSP.",
            "Forces armées maliennes",
            "CSP",
        ),
        (
            "Les FSR se sont emparées lundi de la ville d'En-Nahoud, dans le Kordofan-Occidental, "
            "après le repli de l'armée soudanaise.",
            "Forces de soutien rapide",
            "Forces armées soudanaises",
        ),
    ],
)
def test_who_withdrew_from_a_town_taken_is_actor2(nlp, text: str, actor1: str, actor2: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1) and _called(event.actor2, actor2)


# -- a strike told without its author, in a campaign already told ----------------------------
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Une frappe israélienne a tué deux personnes lundi à Tyr, dans le sud du Liban. Plus "
            "tard, un drone a visé une voiture à Nabatiyé, tuant son conducteur.",
            "israélien",
        ),
        (
            "Des drones des FSR ont frappé lundi l'aéroport de Port-Soudan. Mardi, une frappe de "
            "drone a touché un dépôt de carburant à Kosti.",
            "Forces de soutien rapide",
        ),
        (
            "L'aviation de la junte a bombardé lundi le village de Let Yet Kone, dans la région "
            "de Sagaing. Le lendemain, une frappe aérienne a tué cinq personnes à Tabayin.",
            "birmane",
        ),
    ],
)
def test_a_strike_without_author_in_a_campaign_already_told_is_the_campaign_s(
    nlp, text: str, actor1: str
) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert len(events) == 2
    assert all(_called(e.actor1, actor1) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # Across a border the other side fires.
        "Des frappes russes ont tué trois civils lundi à Kharkiv. En Russie, un drone a frappé "
        "une raffinerie à Touapsé.",
        # In a civil war both sides shell.
        "L'aviation du régime a bombardé lundi Idleb. Des obus sont tombés sur Alep, tuant deux "
        "civils.",
    ],
)
def test_no_author_is_lent_across_a_border_or_to_a_civil_war_s_shelling(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert len(events) == 2
    assert events[1].actor1 is None


# -- the victims: the whole, not the part; the named group, not the nameless men -------------
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Au moins neuf civils, dont trois enfants, ont été tués lundi dans une frappe "
            "aérienne de l'armée birmane sur le village de Mingin, dans la région de Sagaing.",
            "birmane",
            "civils",
        ),
        (
            "Au moins onze soldats, dont deux officiers, ont été tués mardi dans une embuscade "
            "du JNIM près de Dioura.",
            "Groupe de soutien",
            "soldats",
        ),
        (
            "Mardi soir, les forces de sécurité pakistanaises ont tué huit combattants lors "
            "d'une opération contre un repaire du TTP dans le district de Bannu.",
            "pakistanaise",
            "Taliban",
        ),
        (
            "Les FARDC ont neutralisé douze assaillants lors d'une contre-attaque contre une "
            "base des ADF à Mukakati.",
            "FARDC",
            "ADF",
        ),
    ],
)
def test_actor2_is_the_whole_of_the_victims_and_the_named_group(
    nlp, text: str, actor1: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1) and _called(event.actor2, actor2)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Des affrontements entre l'armée et les rebelles du M23 ont fait douze morts lundi "
            "à Rubaya.",
            {"cd.fardc", "cd.m23"},
        ),
        (
            "Des heurts entre des militants du Hamas et des combattants du Jihad islamique ont "
            "fait deux morts à Rafah.",
            {"ps.hamas", "ps.pij"},
        ),
        (
            "Au moins vingt combattants ont été tués lundi dans des affrontements entre les "
            "rebelles houthis et les forces progouvernementales dans le district de Harib.",
            {"ye.houthis", "ye.gov"},
        ),
    ],
)
def test_the_two_sides_after_between_are_never_allies(nlp, text: str, sides: set[str]) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == "Battles"
    assert {event.actor1.kb_id, event.actor2.kb_id} == sides  # type: ignore[union-attr]
    assert event.assoc_actor_1 is None


# -- a sentence with no place nor day of its own goes on with the event just told -------------
@pytest.mark.parametrize(
    "text",
    [
        "Au moins douze soldats ont été tués jeudi dans une attaque contre le camp de Tessit, "
        "dans la région de Gao. L'armée a assuré avoir repoussé l'attaque.",
        "Des séparatistes ont incendié dimanche une école de Kumbo, dans la région du "
        "Nord-Ouest. Les assaillants ont également mis le feu à deux voitures.",
        "Un homme accusé de vol a été battu à mort samedi par une foule à Kano. Les policiers "
        "ont été débordés par les émeutiers.",
        "Des jihadistes ont attaqué mardi le poste de Boulkessi, dans le nord du Burkina Faso, "
        "tuant cinq soldats. Plusieurs véhicules ont été incendiés.",
    ],
)
def test_a_sentence_without_place_or_day_restates_the_event_just_told(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_events(nlp, text)) == 1


def test_another_side_s_deed_without_place_is_not_a_restatement(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Une frappe israélienne a tué trois personnes mardi à Khan Younès. Le Hamas a tiré des "
        "roquettes vers Israël.",
    )
    assert events[0].actor1 is not None and events[0].actor1.kb_id != "ps.hamas"


@pytest.mark.parametrize(
    ("text", "actor1", "ally"),
    [
        (
            "Des militaires maliens, accompagnés de combattants russes de l'Africa Corps, ont "
            "tué dix civils jeudi à Diafarabé.",
            "maliennes",
            "Africa Corps",
        ),
        (
            "Sept civils ont été tués mardi par des tirs d'artillerie des FSR et de leurs alliés "
            "du SPLM-N à Kadougli.",
            "Forces de soutien rapide",
            "Soudan-Nord",
        ),
    ],
)
def test_an_ally_of_an_attack_on_civilians_is_its_assoc_actor(
    nlp, text: str, actor1: str, ally: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1)
    assert any(a.role == "assoc_actor_1" and _called(a, ally) for a in event.actors)
    assert event.actor2 is not None and event.actor2.affiliation == "civilians"


def test_a_strike_fired_from_elsewhere_gets_no_author_lent(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des frappes américaines ont visé samedi des positions houthies près de Sanaa. "
        "Vendredi soir, un missile tiré depuis le Yémen a touché un cargo au large de Mokha.",
    )
    assert [e.actor1 is None for e in events] == [False, True]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "L'armée américaine et la Royal Air Force britannique ont mené samedi soir une "
            "nouvelle vague de frappes contre les rebelles houthis au Yémen, visant notamment "
            "la base d'Al-Anad.",
            "américaine",
            "Houthis",
        ),
        (
            "L'aviation russe a effectué mardi matin une série de raids contre des positions de "
            "HTS près de Sarmada.",
            "russe",
            "HTS",
        ),
        (
            "Les FSR ont lancé jeudi soir un nouvel assaut contre la garnison de l'armée à "
            "Babanusa.",
            "Forces de soutien rapide",
            "Forces armées soudanaises",
        ),
    ],
)
def test_who_carried_out_the_strikes_after_a_day_phrase_is_actor1(
    nlp, text: str, actor1: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1) and _called(event.actor2, actor2)


# -- a past incident recalled in the pluperfect is no news ------------------------------------
def test_a_trial_for_an_old_bombing_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BAGDAD, 4 juin 2025 (AFP) - Le procès s'est ouvert lundi à Bagdad pour l'attentat du "
        "quartier de Karrada qui avait tué plus de 320 personnes en juillet 2016."
    )
    assert _events(nlp, text, "2025-06-04") == []


def test_an_old_attack_recalled_in_a_relative_clause_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Mardi, l'artillerie pakistanaise a pilonné des positions indiennes près de Poonch, en "
        "représailles à l'attentat de Pahalgam, qui avait fait 26 morts le 22 avril.",
        "2025-05-07",
    )
    # one event, the shelling; where it is placed is another matter (the scene reader still
    # takes Pahalgam here, a known miss)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    assert events[0].event_date == date(2025, 5, 6)


def test_the_news_beside_an_old_abduction_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(
        nlp,
        "Des hommes armés ont enlevé mardi douze élèves à Kuriga, dans l'Etat de Kaduna, où "
        "287 écoliers avaient été enlevés en mars 2024.",
        "2025-06-04",
    )
    assert event.event_date == date(2025, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Deux femmes kamikazes se sont fait exploser samedi lors d'un mariage à Gwoza, tuant "
        "dix-huit personnes.",
        "Quatre civils, dont un passant, ont été tués lundi à Zliten par l'explosion d'une "
        "voiture piégée.",
        "Des villageois ont été tués mardi à Kwall lorsque des hommes armés ont ouvert le feu.",
    ],
)
def test_civilians_never_carry_out_violence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for event in _events(nlp, text):
        assert event.actor1 is None or event.actor1.affiliation != "civilians"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Samedi, des affrontements ont opposé l'armée nigérienne aux combattants de l'Etat "
            "islamique au Sahel près de Tillabéri.",
            "nigérien",
            "Etat islamique au Sahel",
        ),
        (
            "Des combats ont opposé dimanche des Wazalendo aux rebelles du M23 dans le "
            "territoire de Masisi.",
            "Wazalendo",
            "M23",
        ),
        (
            "Des heurts ont opposé lundi des militaires tchadiens aux hommes de Boko Haram près "
            "de Bol.",
            "Tchad",
            "Boko Haram",
        ),
    ],
)
def test_the_side_after_a_in_opposer_x_a_y_is_actor2_however_it_is_hung(
    nlp, text: str, actor1: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == "Battles"
    sides = [event.actor1, event.actor2]
    assert all(side is not None for side in sides)
    assert any(_called(side, actor1) for side in sides)
    assert _called(event.actor2, actor2) or _called(event.actor1, actor2)
    assert not _called(event.actor1, actor2) or not _called(event.actor2, actor2)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "L'armée soudanaise a repris samedi Wad Madani, bastion des Forces de soutien "
            "rapide (FSR) dans l'Etat d'Al-Jazira.",
            "Forces de soutien rapide",
        ),
        (
            "L'armée birmane a repris mercredi Lashio, fief de l'Armée de l'alliance "
            "démocratique nationale du Myanmar (MNDAA), dans l'Etat Shan.",
            "MNDAA",
        ),
        (
            "L'armée malienne et ses alliés russes sont entrés mardi dans Anéfis, bastion des "
            "rebelles touareg du Cadre stratégique permanent (CSP).",
            "Cadre stratégique permanent",
        ),
    ],
)
def test_whose_stronghold_a_captured_town_was_is_actor2(nlp, text: str, actor2: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == "Battles"
    assert _called(event.actor2, actor2) or actor2 in (
        event.actor2.mentions if event.actor2 else []
    )


def test_a_stronghold_hit_by_rockets_names_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Deux roquettes se sont abattues dimanche sur Hermel, fief du Hezbollah.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        "Deux missiles se sont abattus lundi sur Kharkiv, tuant trois civils.",
        "Trois obus se sont abattus mardi sur le camp de Zamzam.",
        "Plusieurs roquettes se sont abattues mercredi sur Sdérot sans faire de victimes.",
    ],
)
def test_projectiles_that_fell_were_not_shot_down(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Au moins douze villageois ont été tués dimanche à Kwall, dans l'Etat du Plateau, "
            "lorsque des hommes armés ont ouvert le feu sur un marché.",
            "Unidentified Armed Group",
            "Civilians",
        ),
        (
            "Trois policiers ont été tués lundi à Bannu lorsque des insurgés du TTP ont tiré sur "
            "leur véhicule.",
            "TTP",
            "police",
        ),
        (
            "Deux miliciens ont été abattus jeudi à Djugu lorsque des soldats ont ouvert le feu "
            "sur leur campement.",
            "FARDC",
            "Unidentified Armed Group",
        ),
    ],
)
def test_who_opened_fire_in_a_when_clause_is_the_killer(
    nlp, text: str, actor1: str, actor2: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text, "2024-03-12")
    assert _called(event.actor1, actor1)
    assert _called(event.actor2, actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Neuf civils ont été tués samedi à Bilopillia, dans la région de Soumy, lorsqu'un bus "
            "a été visé par une frappe de drone russe.",
            "russe",
        ),
        (
            "Six civils ont été tués mardi à Kramatorsk lorsqu'un immeuble a été touché par un "
            "missile russe.",
            "russe",
        ),
        (
            "Quatre villageois ont été tués dimanche près de Sittwe lorsque leur bateau a été visé "
            "par une frappe aérienne de l'armée birmane.",
            "armée birmane",
        ),
    ],
)
def test_the_victims_of_one_reading_are_not_the_actor_the_strike_names(
    nlp, text: str, actor1: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == "Explosions/Remote violence"
    assert _called(event.actor1, actor1)
    assert event.actor2 is not None and event.actor2.affiliation == "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Le M23 accuse les FARDC de massacrer des civils dans le Masisi.",
        "Les rebelles accusent l'armée de bombarder les villages du Kachin.",
        "Un groupe séparatiste qui accuse Islamabad de piller les ressources du Baloutchistan a "
        "tenu une conférence de presse.",
    ],
)
def test_a_charge_of_what_one_does_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_a_charge_of_a_deed_done_tells_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Le JNIM accuse l'armée d'avoir tué dix civils lundi à Diafarabé.")
    assert event.fatalities == 10
    assert _called(event.actor1, "armée")


def test_the_claim_of_an_attack_by_a_group_that_accuses_a_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Neuf passagers d'un autocar ont été abattus jeudi près de Kalat, dans la province du "
        "Baloutchistan. L'attaque a été revendiquée par l'Armée de libération du Baloutchistan "
        "(BLA), un groupe séparatiste qui accuse Islamabad de piller les ressources de la "
        "province.",
        "2025-07-25",
    )
    assert [e.location.name for e in events if e.location] == ["Kalat"]
    assert _called(events[0].actor1, "Baloutchistan")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Un kamikaze s'est fait exploser samedi à Beledweyne, tuant sept recrues. Aucune "
            "revendication n'a été diffusée, mais les autorités ont accusé les shebab.",
            "shebab",
        ),
        (
            "Une bombe a explosé mardi au marché de Maiduguri, tuant six personnes. La police a "
            "accusé Boko Haram.",
            "Boko Haram",
        ),
        (
            "Au moins quinze civils ont été tués vendredi près de Gayéri, selon des sources "
            "locales, qui accusent des Volontaires pour la défense de la patrie (VDP).",
            "Volontaires pour la défense de la patrie",
        ),
    ],
)
def test_whom_the_authorities_accuse_is_actor1(nlp, text: str, actor1: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, actor1)


def test_an_accusation_after_a_truce_names_no_party_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Un cessez-le-feu est entré en vigueur samedi à Tripoli. L'opposition accuse toutefois "
        "les milices de violations répétées.",
    )
    assert event.event_type == "Strategic developments"
    assert event.actor1 is None


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 43 personnes ont péri mardi lorsque des drones des FSR ont frappé une mosquée à "
        "Al-Daraja.",
        "Une frappe de drone a tué six personnes mardi sur un marché de Kobo.",
        "L'explosion d'une voiture piégée a tué onze personnes lundi à Mogadiscio.",
    ],
)
def test_people_of_no_stated_side_name_no_victims_group(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the dev corpus's guideline: a role the text does not name stays null, not guessed
    event = _one(nlp, text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor2 is None


def test_crew_members_killed_by_a_missile_are_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Trois membres d'équipage d'un vraquier ont été tués mardi au large d'Al-Khokha par un "
        "missile tiré par les houthis.",
    )
    assert event.actor2 is not None and event.actor2.affiliation == "civilians"


def test_people_killed_in_a_fight_are_not_taken_for_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Des combats ont fait vingt morts lundi à El-Obeid, selon des sources locales."
    )
    assert event.event_type == "Battles"
    assert event.actor2 is None or event.actor2.affiliation != "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Un Palestinien a été tué mardi lors d'une attaque de colons israéliens contre le village "
        "de Turmus Ayya.",
        "Des dizaines de colons juifs ont attaqué lundi le village de Sinjil, blessant trois "
        "Palestiniens.",
        "Des colons ont incendié des maisons et des voitures dimanche à Huwara, en Cisjordanie.",
    ],
)
def test_settlers_are_the_actor_of_their_attacks(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.actor1 is not None and event.actor1.kb_id == "il.settlers"
    assert event.actor1.inter == 4


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Au moins vingt civils ont été tués dimanche près de Baye, ont affirmé des élus "
            "locaux, qui accusent des chasseurs traditionnels dozos de la milice Dan Na "
            "Ambassagou.",
            "ml.",  # the dozos, or the militia they belong to
        ),
        (
            "Douze villageois ont été tués lundi près de Djugu, selon la société civile, qui "
            "accuse des miliciens de la Codeco.",
            "cd.codeco",
        ),
    ],
)
def test_the_militia_the_witnesses_accuse_is_actor1(nlp, text: str, actor1: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.actor1 is not None and (event.actor1.kb_id or "").startswith(actor1)
    assert event.actor1.inter == 4


@pytest.mark.parametrize(
    ("text", "attackers", "defenders"),
    [
        (
            "OUAGADOUGOU, 10 mars 2024 (AFP) - Samedi, l'armée a affirmé avoir repoussé une "
            "attaque contre son détachement de Dori, « neutralisant plusieurs dizaines de "
            "terroristes ».",
            "Unidentified Armed Group",
            "burkinab",
        ),
        (
            "BAMAKO, 12 mars 2024 (AFP) - Les soldats ont repoussé mardi une attaque contre le "
            "poste de Tessit, tuant douze assaillants.",
            "Unidentified Armed Group",
            "Mali",
        ),
        (
            "La police a assuré avoir repoussé dimanche un assaut des shebab contre un "
            "commissariat de Mogadiscio.",
            "shebab",
            "police",
        ),
    ],
)
def test_who_repelled_an_attack_is_the_side_attacked(
    nlp, text: str, attackers: str, defenders: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == "Battles"
    assert _called(event.actor1, attackers)
    assert _called(event.actor2, defenders)


def test_the_dead_of_a_deed_are_not_the_target_of_the_next_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "L'armée a repoussé lundi une attaque contre le village de Kerenga, tué douze miliciens "
        "et bombardé les villages de Ngoboko et de Bassa.",
    )
    shelled = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert shelled
    assert all(e.actor2 is None for e in shelled)
    fights = [e for e in events if e.event_type == "Battles"]
    assert fights and fights[0].fatalities == 12


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Les Forces démocratiques syriennes (FDS), appuyées par la coalition, combattent le "
            "groupe Etat islamique près de Hajine. Mardi, des frappes de l'aviation russe ont "
            "visé Boukamal, tuant une quarantaine de jihadistes.",
            "Etat islamique",
        ),
        (
            "Des miliciens dozos et l'armée malienne tiennent la région face au JNIM. Dimanche, "
            "des jihadistes ont attaqué le camp militaire de Boulkessi, tuant douze soldats.",
            "JNIM",
        ),
        (
            "Les Wazalendo et la Codeco se disputent l'Ituri, où sévissent les ADF. Lundi, des "
            "jihadistes ont tué neuf villageois à Mangina.",
            "ADF",
        ),
    ],
)
def test_jihadists_in_a_dispatch_naming_one_jihadist_group_are_that_group(
    nlp, text: str, group: str
) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    named = [
        a
        for e in events
        for a in (e.actor1, e.actor2)
        if a is not None and a.text in {"jihadistes"}
    ]
    assert named
    assert all(_called(a, group) or group in (a.name or "") for a in named)


@pytest.mark.parametrize(
    "text",
    [
        "Le M23 s'est emparé mardi de Rubaya et tué six civils.",
        "Des combattants de l'ISWAP ont pris lundi le contrôle de Gajiram et enlevé 23 civils.",
        "Les shebab ont pris dimanche la localité de Bulo Burde et exécuté quatre villageois.",
    ],
)
def test_territory_is_never_taken_from_civilians(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    captures = [e for e in _events(nlp, text) if e.event_type == "Battles"]
    assert captures
    for event in captures:
        assert event.actor2 is None or event.actor2.affiliation != "civilians"


@pytest.mark.parametrize(
    ("text", "scene", "not_scene"),
    [
        (
            "Les FSR ont pris d'assaut mardi la garnison de Babanusa, obligeant l'armée à se "
            "retirer vers El-Obeid.",
            "Babanusa",
            "El-Obeid",
        ),
        (
            "Les rebelles ont attaqué lundi Minova, forçant des milliers d'habitants à fuir vers "
            "Goma.",
            "Minova",
            "Goma",
        ),
        (
            "Les jihadistes ont attaqué dimanche le camp de Boulkessi, contraignant les soldats à "
            "se replier vers Mondoro.",
            "Boulkessi",
            "Mondoro",
        ),
    ],
)
def test_where_a_side_withdrew_or_fled_to_is_no_scene(
    nlp, text: str, scene: str, not_scene: str
) -> None:  # type: ignore[no-untyped-def]
    places = [e.location.name for e in _events(nlp, text) if e.location]
    assert any(scene in (p or "") for p in places)
    assert not any(not_scene in (p or "") for p in places)


def test_who_was_forced_to_withdraw_lost_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les shebab ont repris lundi la ville de Moqokori, contraignant les soldats à se replier.",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor2 is not None and event.actor2.affiliation == "government"


def test_a_sentence_without_scene_goes_on_with_the_matching_event_just_told(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des combattants de l'ISWAP ont pris lundi le contrôle de Damasak et enlevé 23 civils. "
        "Les assaillants ont d'abord attaqué une base militaire à la périphérie de la ville, "
        "contraignant les soldats à se replier vers Monguno.",
    )
    assert not any("Monguno" in (e.location.name or "") for e in events if e.location)
    (capture,) = [e for e in events if e.event_type == "Battles"]
    assert capture.actor2 is not None and capture.actor2.affiliation == "government"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Les FARDC ont repris jeudi Kitshanga, où les rebelles du M23 s'étaient barricadés.",
            "M23",
        ),
        (
            "L'armée russe a repris dimanche la ville d'Avdiïvka, où les forces ukrainiennes "
            "résistaient.",
            "ukrain",
        ),
        (
            "Des frappes ont visé mardi le quartier de Zouhour, où des détenus de l'EI se sont "
            "retranchés.",
            "Etat islamique",
        ),
    ],
)
def test_who_held_out_where_the_event_took_place_is_actor2(nlp, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor2, holder)


def test_nameless_insurgents_are_not_the_state_forces_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "L'aviation gouvernementale a bombardé lundi le quartier de Sakhour, à Alep. Les troupes "
        "gouvernementales ont repris mardi le quartier de Qaboun, où les insurgés résistaient "
        "encore.",
    )
    (capture,) = [e for e in events if e.event_type == "Battles"]
    assert capture.actor2 is not None
    assert capture.actor2.affiliation != "government"


@pytest.mark.parametrize(
    ("text", "attackers", "defenders"),
    [
        (
            "Les FSR ont attaqué samedi El-Obeid, avant d'être repoussées par l'armée soudanaise.",
            "Forces de soutien rapide",
            "soudan",
        ),
        (
            "Les assaillants ont été repoussés mardi par les soldats près de Tessit.",
            "Unidentified Armed Group",
            "soldats",
        ),
        (
            "Des jihadistes ont lancé dimanche un assaut contre Djibo, repoussé par l'armée et les "
            "VDP.",
            "Unidentified Armed Group",
            "armée",
        ),
    ],
)
def test_who_repelled_is_the_side_attacked_in_the_passive_too(
    nlp, text: str, attackers: str, defenders: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, attackers)
    assert _called(event.actor2, defenders)
    assert "Volontaires" not in (event.assoc_actor_1 or "")  # the defenders' ally, not theirs


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, des combattants Lakurawa ont attaqué le village de Tangaza, tuant quatre membres "
        "d'un groupe d'autodéfense.",
        "Des miliciens d'autodéfense ont tué deux bandits dimanche près de Zurmi.",
        "Des jihadistes ont attaqué mardi un comité de vigilance à Torodi, tuant six de ses "
        "membres.",
    ],
)
def test_self_defence_groups_are_communal_militias(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    militia = [a for a in sides if (a.name or "").startswith("Communal Militia")]
    assert militia and militia[0].inter == 4


def test_whom_a_mob_attacked_is_actor2(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Douze voyageurs ont été tués vendredi lorsqu'une foule a attaqué leur bus près de Mangu.",
    )
    assert event.event_type == "Riots"
    assert event.actor2 is not None and event.actor2.affiliation == "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Les délégations soudanaises ont repris mardi à Djeddah leurs négociations sous l'égide de "
        "Riyad.",
        "Les élèves de Goma ont repris lundi les cours après trois semaines de fermeture.",
        "Le gouvernement et les rebelles du M23 ont repris jeudi à Doha leurs pourparlers.",
    ],
)
def test_resuming_talks_or_classes_is_no_capture(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in _events(nlp, text) if e.event_type == "Battles"] == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Six hommes ont été tués mardi à Navolato lors d'affrontements entre des membres des "
            "Chapitos et des hommes de la faction rivale de « La Mayiza ».",
            "Chapitos",
            "Mayiza",
        ),
        (
            "Des combats ont éclaté lundi près de Masisi entre des combattants du M23 et des "
            "miliciens de la coalition des Wazalendo.",
            "M23",
            "Wazalendo",
        ),
    ],
)
def test_the_pair_after_entre_with_long_descriptions_are_the_two_sides(
    nlp, text: str, first: str, second: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor1, first)
    assert _called(event.actor2, second)
    assert second not in (event.assoc_actor_1 or "")


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "La force Barkhane a annoncé lundi avoir « neutralisé » une trentaine de jihadistes "
            "samedi près de Gossi.",
            "jihadistes",
        ),
        ("La police dit avoir « abattu » trois bandits lundi près de Zurmi.", "bandits"),
        (
            "L'armée burkinabè affirme avoir « neutralisé » une vingtaine de terroristes mardi "
            "près de Djibo.",
            "terroristes",
        ),
    ],
)
def test_a_participle_in_quotes_still_has_its_object(nlp, text: str, victims: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.actor2 is not None and event.actor2.text == victims


@pytest.mark.parametrize(
    ("text", "victims", "parent"),
    [
        (
            "Onze policiers ont été tués lundi lors de l'attaque d'un poste à Bannu, revendiquée "
            "par le Tehrik-e-Taliban Pakistan (TTP, ou talibans pakistanais), principal mouvement "
            "insurgé du pays, lié aux talibans afghans.",
            "policiers",
            "afghan",
        ),
        (
            "Neuf soldats ont été tués mardi lors d'une embuscade près de Diffa, revendiquée par "
            "l'ISWAP (Etat islamique en Afrique de l'Ouest), faction dissidente de Boko Haram, "
            "affiliée à l'Etat islamique.",
            "soldats",
            "Etat islamique",
        ),
        (
            "Six soldats somaliens ont été tués samedi lors de l'attaque d'une base près de "
            "Jowhar, revendiquée par les shebab (Harakat al-Chabab), principal groupe islamiste "
            "du pays, liés à Al-Qaïda.",
            "soldats somaliens",
            "Al-Qaïda",
        ),
    ],
)
def test_the_parent_named_after_a_bracketed_description_is_no_party(
    nlp, text: str, victims: str, parent: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.actor2 is not None and event.actor2.text == victims
    assert not _called(event.actor2, parent)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "L'armée nigériane a tué dimanche une trentaine de combattants dans la forêt de "
            "Sambisa, bastion de Boko Haram.",
            "Boko Haram",
        ),
        ("Les FARDC ont tué lundi douze miliciens à Djugu, fief de la Codeco.", "Codeco"),
    ],
)
def test_nameless_dead_in_a_groups_stronghold_are_that_group(nlp, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor2, group)


def test_nameless_dead_with_no_stronghold_named_stay_nameless(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "Les soldats ont tué jeudi six assaillants près de Dori.")
    assert event.actor2 is not None and event.actor2.kb_id is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Les FACA ont arrêté lundi à Bria, dans la Haute-Kotto, un chef de guerre de l'UPC, "
            "recherché pour des exactions contre des civils.",
            "UPC",
        ),
        (
            "La police a arrêté mardi à Maiduguri, dans l'Etat de Borno, un commandant de "
            "l'ISWAP, recherché pour des attaques contre des villages.",
            "ISWAP",
        ),
        (
            "L'armée a arrêté jeudi à Goma, dans le Nord-Kivu, un officier du M23, soupçonné de "
            "violences contre des civils.",
            "M23",
        ),
    ],
)
def test_the_group_of_someone_arrested_is_actor2_not_those_his_charges_name(
    nlp, text: str, group: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.sub_event_type == "Arrests"
    assert _called(event.actor2, group)


@pytest.mark.parametrize(
    ("text", "loser"),
    [
        (
            "Les jihadistes de l'ISWAP ont pris lundi le contrôle de Damasak. L'armée nigériane "
            "affirme avoir repris mardi le contrôle de Damasak.",
            "ISWAP",
        ),
        ("Le M23 s'est emparé jeudi de Kitshanga. Les FARDC ont repris dimanche Kitshanga.", "M23"),
        ("Les FSR ont pris jeudi la ville de Singa. L'armée a repris samedi Singa.", "FSR"),
    ],
)
def test_a_town_taken_back_was_lost_by_who_took_it(nlp, text: str, loser: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    retaken = events[-1]
    assert retaken.sub_event_type == "Government regains territory"
    assert _called(retaken.actor2, loser)


# -- a province or a region as the scene, a war told by its toll ----------------------------
@pytest.mark.parametrize(
    ("text", "event_type", "admin1"),
    [
        (
            "Des avions de chasse de l'armée soudanaise ont bombardé des positions des FSR dans "
            "l'Etat du Kordofan-Nord, selon des sources locales.",
            "Explosions/Remote violence",
            "North Kordofan",
        ),
        (
            "Des affrontements entre l'armée birmane et l'Armée d'Arakan ont fait une vingtaine "
            "de morts dans l'Etat Rakhine, selon des habitants.",
            "Battles",
            "Rakhine",
        ),
        (
            "Des hommes armés ont enlevé une quinzaine d'élèves dans l'Etat de Zamfara, a "
            "indiqué la police.",
            "Violence against civilians",
            "Zamfara",
        ),
    ],
)
def test_a_province_is_the_scene_when_no_town_is_named_even_without_a_day(
    nlp, text: str, event_type: str, admin1: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == event_type
    assert event.location is not None and event.location.admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "Les combats entre l'armée et les FSR ont fait plus de 20 000 morts depuis avril 2023, "
        "selon l'ONU.",
        "Les violences jihadistes ont tué des milliers de civils dans l'Etat de Borno depuis 2009.",
        "Les frappes russes ont fait plus de 12 000 morts civils dans la région de Kharkiv depuis "
        "février 2022, selon l'ONU.",
    ],
)
def test_a_war_told_by_its_toll_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_a_running_total_told_with_an_incident_is_no_toll_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Une frappe a tué six civils mardi à Kharkiv, portant à plus de 400 le nombre de civils "
        "tués dans la ville depuis janvier.": 6,
        "Quatre soldats ont été tués lundi dans une embuscade près de Djibo, ce qui porte à 120 "
        "le nombre de militaires tués depuis le début de l'année.": 4,
        "Deux policiers ont été abattus jeudi à Port-au-Prince, ce qui porte à 38 le nombre de "
        "policiers tués depuis janvier, selon le syndicat.": 2,
        # A toll carried up for the same incident is its toll.
        "Trois blessés ont succombé mercredi, portant le bilan de l'attentat de Mogadiscio à 45 "
        "morts.": 45,
    }
    for text, toll in cases.items():
        assert [e.fatalities for e in _events(nlp, text)] == [toll], text


@pytest.mark.parametrize(
    "text",
    [
        "La junte dément avoir bombardé une école mardi dans la région de Sagaing.",
        "L'armée éthiopienne dément avoir mené des frappes de drones contre des civils en région "
        "Amhara.",
        "Le Hamas dément avoir tiré des roquettes lundi sur Ashkelon.",
    ],
)
def test_a_denial_in_the_present_tense_tells_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 60 personnes ont été tuées mardi dans l'explosion d'un camion-citerne à "
        "Cap-Haïtien, où des habitants tentaient de récupérer de l'essence.",
        "Trois personnes ont été tuées mardi dans l'explosion d'un camion de gaz dans le quartier "
        "d'Embakasi, à Nairobi.",
        "Une explosion de gaz a tué quatre personnes lundi dans un immeuble de Kiev.",
    ],
)
def test_the_dead_of_an_accidental_blast_are_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Un camion-citerne piégé a explosé mardi à l'entrée de Tal Afar, tuant six policiers.",
        "Une bonbonne de gaz piégée a explosé dimanche sur un marché de Konduga, tuant huit "
        "personnes.",
        "Une citerne piégée a explosé jeudi près d'un barrage de l'armée à Idleb, tuant trois "
        "soldats.",
    ],
)
def test_a_booby_trapped_tanker_or_cylinder_is_a_bombing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert event.fatalities is not None


@pytest.mark.parametrize(
    "text",
    [
        "Des habitants en colère ont incendié mardi un commissariat à Kisumu après la mort d'un "
        "jeune homme en garde à vue.",
        "Des jeunes ont saccagé lundi la mairie de Mbuji-Mayi pour protester contre les coupures "
        "d'électricité.",
        "Des partisans de l'opposition ont incendié dimanche des bus à Dhaka.",
    ],
)
def test_unarmed_people_who_burn_or_ransack_riot(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont incendié dimanche une dizaine de maisons à Djibo.",
        "Les shebab ont incendié lundi l'école du village de Bulo Burde.",
        "Des soldats ont pillé mardi des boutiques du marché de Bunia.",
    ],
)
def test_armed_men_who_burn_or_loot_destroy_property(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Les FARDC menacent de poursuivre les rebelles qui ont attaqué mardi le village de "
            "Kipupu.",
            "Armed clash",
        ),
        (
            "La police a tiré des gaz lacrymogènes pour disperser des centaines de manifestants "
            "qui protestaient lundi à Conakry contre la vie chère.",
            "Protest with intervention",
        ),
        (
            "L'armée ukrainienne a promis de reprendre les villages que les forces russes ont "
            "pris mardi près de Koupiansk.",
            None,  # a capture; ACLED's sub-type for a state's army abroad is left to the rules
        ),
    ],
)
def test_a_relative_clause_tells_its_own_fact_under_a_threat_or_a_purpose(
    nlp, text: str, sub_type: str | None
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert sub_type is None or event.sub_event_type == sub_type
    assert event.event_type in {"Battles", "Protests"}


@pytest.mark.parametrize(
    "text",
    [
        "Des centaines d'enseignants ont observé lundi un sit-in devant le ministère de "
        "l'Education à Bamako.",
        "Des milliers de personnes se sont rassemblées dimanche à Rabat en solidarité avec les "
        "Palestiniens de Gaza.",
        "Des centaines de femmes ont participé jeudi à une marche de protestation à Goma contre "
        "l'insécurité.",
        "Des centaines de partisans de l'opposition ont organisé lundi une marche pacifique à "
        "Bangui.",
    ],
)
def test_sit_ins_marches_and_solidarity_rallies_are_protests(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Des centaines d'étudiants ont manifesté lundi à Dacca.", "Dacca"),
        ("Des centaines d'opposants ont manifesté samedi à Conakry.", "Conakry"),
        ("Plusieurs milliers de personnes ont manifesté dimanche à Tbilissi.", "Tbilissi"),
        (
            "Des enseignants ont manifesté mardi devant le ministère de l'Education à Niamey.",
            "Niamey",
        ),
    ],
)
def test_manifester_with_no_object_is_a_protest(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.sub_event_type, event.location.text if event.location else None) == (
        "Peaceful protest",
        place,
    )


def test_manifester_a_feeling_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        _events(nlp, "Le président Tshisekedi a manifesté son inquiétude mardi à Kinshasa.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Washington a manifesté dimanche son soutien à Kiev face à l'offensive russe.",
        "Pékin a manifesté samedi sa solidarité avec Moscou lors d'un sommet à Astana.",
        "Les dirigeants européens ont manifesté lundi leur solidarité avec Israël à Bruxelles.",
        "Le gouvernement haïtien a manifesté mardi à Port-au-Prince son opposition à tout "
        "dialogue avec les gangs.",
        "Le président français a manifesté samedi son soutien à Kinshasa, au lendemain de la "
        "chute de Goma.",
        "L'avocat de Mohamed Bazoum a manifesté son opposition à la procédure, mardi à Niamey.",
        "Les Etats-Unis ont manifesté lundi leur soutien à Kiev.",
    ],
)
def test_a_state_or_a_leader_showing_support_is_no_protest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """'Manifester son soutien' with an object is to show it; a cue word of protests
    ('soutien', 'solidarité', 'opposition') does not make a capital or a leader a crowd."""
    assert [e for e in _events(nlp, text) if e.event_type == "Protests"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Des milliers de Nigériens ont manifesté leur soutien à la junte samedi à Niamey.",
            "Niamey",
        ),
        (
            "Des centaines d'étudiants ont manifesté leur colère lundi devant l'université de "
            "Khartoum.",
            "Khartoum",
        ),
        (
            "Les partisans de la junte ont manifesté samedi leur soutien aux militaires à Bamako.",
            "Bamako",
        ),
        ("Des habitants de Goma ont manifesté leur colère mardi contre la Monusco.", "Goma"),
        # a crowd is any plural that names no officials, not a list of nouns
        (
            "Les Kinois ont manifesté lundi leur colère contre le Rwanda devant plusieurs "
            "ambassades occidentales à Kinshasa.",
            "Kinshasa",
        ),
        (
            "Des proches des otages ont manifesté samedi leur colère devant le ministère de la "
            "Défense à Tel-Aviv pour exiger un accord.",
            "Tel-Aviv",
        ),
        (
            "Des conducteurs de taxi-moto ont manifesté lundi leur colère à Zinder contre la "
            "hausse du prix du carburant.",
            "Zinder",
        ),
        ("La foule a manifesté sa colère dimanche devant le commissariat de Kenscoff.", "Kenscoff"),
    ],
)
def test_a_crowd_showing_its_anger_or_support_is_a_protest(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.sub_event_type, _place_text(event)) == ("Peaceful protest", place)


@pytest.mark.parametrize(
    "text",
    [
        "Des milliers de personnes ont manifesté samedi à Tbilissi contre le gouvernement, avant "
        "de se disperser dans le calme.",
        "Les manifestants se sont dispersés dans le calme en fin de journée à Dacca, après un "
        "rassemblement contre la vie chère.",
        "Des centaines d'opposants ont défilé lundi à Conakry contre la junte, puis se sont "
        "dispersés sans incident.",
        # the end of a protest tells it
        "Les manifestants se sont dispersés dans le calme en fin de journée à Dacca.",
    ],
)
def test_a_crowd_that_disperses_by_itself_met_no_intervention(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """'Se disperser': the crowd went home; only a force that disperses it intervenes."""
    event = _one(nlp, text)
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        "Des milliers de personnes ont suivi samedi à Bamako le cortège funèbre de l'imam.",
        "Un cortège funéraire a accompagné dimanche les corps des soldats jusqu'au cimetière de "
        "Tillabéri.",
        "Le cortège funèbre du chef tribal a traversé lundi les rues de Deir Ezzor.",
        "Le cortège présidentiel a été visé par des tirs samedi à N'Djamena.",
        "Le cortège mortuaire du chef coutumier a traversé lundi Bukavu sous haute sécurité.",
        "Un kamikaze s'est fait exploser samedi au milieu d'un cortège de mariage à Baidoa, "
        "tuant six personnes.",
    ],
)
def test_a_funeral_procession_or_a_motorcade_is_no_protest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in _events(nlp, text) if e.event_type == "Protests"] == []


def test_a_crowd_made_to_disperse_met_an_intervention(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "La police a forcé les manifestants à se disperser dimanche soir devant le Parlement à "
        "Tbilissi.",
    )
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None


def test_a_crowd_dispersed_under_fire_keeps_its_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Les manifestants se sont dispersés sous les tirs des soldats à Mandalay, laissant trois "
        "morts sur le pavé.",
    )
    assert event.sub_event_type != "Peaceful protest"
    assert event.fatalities == 3


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Des milliers de personnes ont participé samedi au cortège funèbre des victimes à "
            "Ouagadougou, en scandant des slogans contre les militaires.",
            "Ouagadougou",
        ),
        (
            "Des manifestants ont bloqué le cortège présidentiel mardi à Nairobi en scandant des "
            "slogans hostiles au chef de l'Etat.",
            "Nairobi",
        ),
    ],
)
def test_a_procession_that_protests_is_a_protest(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.sub_event_type, _place_text(event)) == ("Peaceful protest", place)


@pytest.mark.parametrize(
    "text",
    [
        "Le cortège des manifestants a été dispersé par la police lundi à Nairobi.",
        "Les manifestants se sont fait disperser par la police lundi à Nairobi.",
    ],
)
def test_a_procession_broken_up_by_the_police_met_an_intervention(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Des centaines d'étudiants ont manifesté lundi à Dacca. Les forces de sécurité ont tiré "
        "des gaz lacrymogènes pour les disperser.",
        "Des centaines d'opposants ont manifesté samedi à Conakry. La police les a dispersés à "
        "coups de gaz lacrymogène.",
        "Des milliers de manifestants ont défilé lundi à Tbilissi contre le gouvernement. La "
        "police anti-émeute les a dispersés avec des canons à eau.",
        "Des enseignants ont manifesté mardi à Niamey pour réclamer leurs salaires. La "
        "manifestation a été dispersée par la police.",
    ],
)
def test_a_protest_dispersed_in_the_next_sentence_is_one_protest_with_intervention(
    nlp, text: str
) -> None:  # type: ignore[no-untyped-def]
    """The protesters stay actor1; the force that broke the protest up is actor2."""
    event = _one(nlp, text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert event.actor2 is not None


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "Des jeunes ont manifesté vendredi à Lomé contre la vie chère. La police a tiré à "
            "balles réelles sur les manifestants, tuant deux personnes.",
            2,
        ),
        (
            "Des opposants ont manifesté jeudi à Conakry contre la junte. Deux manifestants ont "
            "été tués par balles par les gendarmes.",
            2,
        ),
        (
            "Des milliers de personnes ont manifesté samedi à Nairobi contre la loi de finances. "
            "La police a ouvert le feu sur la foule, faisant trois morts.",
            3,
        ),
    ],
)
def test_a_protest_fired_on_in_the_next_sentence_is_met_with_excessive_force(
    nlp, text: str, fatalities: int
) -> None:  # type: ignore[no-untyped-def]
    """One protest event: its protesters actor1, the force that fired actor2, its dead."""
    event = _one(nlp, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1 is not None and event.actor1.name.startswith("Protesters")
    assert event.actor2 is not None and event.actor2.name.startswith(("Police", "Gendarmerie"))
    assert event.fatalities == fatalities


def test_armed_men_killing_after_a_protest_use_no_force_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des centaines de personnes ont manifesté lundi à Goma contre l'insécurité. Dans la "
        "nuit, des hommes armés ont tué trois personnes.",
    )
    assert all(e.sub_event_type != "Excessive force against protesters" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Les premiers cas de choléra se sont manifestés dans le camp de déplacés de Zamzam.",
        "Des témoins se sont manifestés auprès de la police de Port-au-Prince.",
    ],
)
def test_se_manifester_is_no_protest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_a_group_that_se_manifeste_by_an_attack_attacked(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp, "Le M23 s'est de nouveau manifesté à Sake en attaquant une position des FARDC."
    )
    assert event.event_type == "Battles"


def test_a_protest_whose_crowd_kills_next_is_a_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des milliers de Kényans ont manifesté mardi à Nairobi. Deux policiers ont été tués par "
        "des manifestants.",
    )
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Riots",
        "Violent demonstration",
        2,
    )


def test_protesters_killed_by_armed_men_name_the_killers(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des commerçants ont manifesté lundi à Conakry. Deux manifestants ont été tués par balles "
        "par des hommes armés non identifiés.",
    )
    assert event.actor2 is not None and event.actor2.name.startswith("Unidentified Armed Group")


def test_a_protest_told_calm_next_stays_peaceful(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des centaines de personnes ont manifesté dimanche à Bamako contre la junte. La "
        "manifestation s'est déroulée dans le calme.",
    )
    assert event.sub_event_type == "Peaceful protest"


def test_a_market_is_no_protest_march(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "La plupart des victimes sont des familles déplacées qui dormaient mardi sur la place du "
        "marché de Yelwata et ont été brûlées vives dans leurs abris.",
    )
    assert all(e.event_type != "Riots" for e in events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Des éleveurs armés ont attaqué mardi des agriculteurs à Yelwata, tuant une vingtaine "
            "de personnes.",
            "Violence against civilians",
        ),
        (
            "Des villageois armés ont attaqué lundi un convoi de l'armée près de Kalehe.",
            "Battles",
        ),
        (
            "Des civils armés ont ouvert le feu mardi sur une patrouille de police à Tabarre.",
            "Battles",
        ),
    ],
)
def test_people_who_bear_arms_are_an_armed_group(nlp, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.event_type == event_type
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1", "place"),
    [
        (
            "Une dizaine d'adolescents ont été enlevés par les insurgés lors d'une attaque "
            "nocturne contre le village de Nanduli, dans le district de Macomia.",
            "Abduction/forced disappearance",
            "insurgés",
            "Nanduli",
        ),
        (
            "Quinze élèves ont été enlevés jeudi par des hommes armés lors d'une attaque contre "
            "leur école à Kuriga.",
            "Abduction/forced disappearance",
            "hommes armés",
            "Kuriga",
        ),
        (
            "Des miliciens ont violé une adolescente mardi lors d'un raid dans un village de Djugu.",
            "Sexual violence",
            "miliciens",
            "Djugu",
        ),
        (
            "Des combattants des FSR ont violé plusieurs femmes au cours d'un raid contre le "
            "village de Wad al-Nourah, mardi.",
            "Sexual violence",
            "FSR",
            "Wad al-Nourah",
        ),
    ],
)
def test_an_attack_during_which_people_were_abducted_or_raped_is_that_deed(
    nlp, text: str, sub_type: str, actor1: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", sub_type)
    assert _called(event.actor1, actor1)
    assert event.location is not None and place in event.location.text


@pytest.mark.parametrize(
    "text",
    [
        "Un ancien ministre a été arrêté mardi à Conakry, soupçonné de détournement de fonds.",
        "Un député de l'opposition a été interpellé dimanche à Harare par la police.",
        "Le gouverneur de la province a été arrêté lundi à Bukavu.",
    ],
)
def test_an_official_arrested_is_an_arrest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Les forces de sécurité ont désamorcé jeudi une voiture piégée garée près du palais "
        "présidentiel à Mogadiscio.",
        "Les démineurs ont désamorcé mardi un engin piégé sur la route de Gao.",
        "Les forces de sécurité ont démantelé lundi un atelier de fabrication d'engins explosifs "
        "à Mocímboa da Praia.",
    ],
)
def test_a_defused_car_bomb_or_a_dismantled_bomb_workshop_is_disrupted_weapons_use(
    nlp, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == "Disrupted weapons use"


def test_a_strike_on_a_weapons_cache_is_a_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Une frappe israélienne a visé mardi une cache d'armes du Hezbollah à Nabatiyé, tuant "
        "trois personnes.",
    )
    assert (event.event_type, event.fatalities) == ("Explosions/Remote violence", 3)


@pytest.mark.parametrize(
    "text",
    [
        "L'Espérance de Tunis a pris d'assaut la tête du championnat en écrasant Sfax (3-0) "
        "samedi, grâce à une frappe meurtrière de son attaquant.",
        "Les Lakers ont bombardé le panier adverse en première période pour écraser Boston "
        "(120-98) samedi à Los Angeles.",
        "L'attaquant camerounais a signé un doublé dimanche à Yaoundé, et sa frappe a fait "
        "exploser la défense adverse.",
    ],
)
def test_a_match_report_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_violence_at_a_match_is_still_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp, "Les jihadistes ont attaqué mardi un match de football à Djibo, tuant six spectateurs."
    )
    assert [(e.location.text if e.location else None, e.fatalities) for e in events] == [
        ("Djibo", 6)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "L'aviation burkinabè a bombardé samedi des positions jihadistes dans la forêt de "
            "Kabonga.",
            "Kabonga",
        ),
        ("Des rebelles ADF ont tué six civils lundi dans la forêt de Mbau.", "Mbau"),
        ("Des rangers ont été tués mardi dans le parc des Virunga par des miliciens.", "Virunga"),
        (
            "Quatre militants du PKK ont été tués mardi par des commandos turcs dans les monts "
            "Gabar.",
            "Gabar",
        ),
    ],
)
def test_a_forest_a_park_or_mountains_the_gazetteer_lacks_are_the_scene(
    nlp, text: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.location is not None and event.location.text == place


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 40 personnes ont été tuées dimanche lorsqu'un bus a quitté la route près de "
        "Kisumu, a annoncé la police.",
        "Le bilan de l'explosion survenue samedi dans une usine chimique de Tianjin s'est alourdi "
        "à 50 morts, ont annoncé lundi les autorités.",
        "Huit personnes ont été tuées lundi lorsque leur pirogue a coulé sur le lac Kivu près de "
        "Goma.",
    ],
)
def test_deaths_in_a_dispatch_with_no_armed_actor_and_no_weapon_are_no_event(
    nlp, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_deaths_told_after_armed_men_are_their_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(
        nlp, "Des hommes armés ont attaqué le village. Six personnes ont été tuées mardi à Kwall."
    )
    assert event.fatalities == 6 and _called(event.actor1, "Unidentified Armed Group")


def test_a_lynching_needs_no_weapon(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Une étudiante accusée de blasphème a été battue à mort jeudi par une foule sur le campus "
        "d'une école de Maiduguri, a indiqué la police.",
    )
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "L'autocar a chuté mardi dans un ravin près de Ramban.",
        "Le cours de la livre a chuté lundi à Beyrouth.",
        "Un ouvrier a chuté d'un échafaudage mardi à Goma.",
    ],
)
def test_something_that_fell_is_no_town_that_fell(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_the_fall_of_a_town_is_a_capture(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, "La chute de Kidal aux mains de l'armée malienne a été annoncée mardi.")
    assert event.event_type == "Battles" and event.location is not None
    assert event.location.text == "Kidal"


# A day a verb of saying governs is when the news was told: the event told in the same breath
# keeps the day of the event just told; alone, the report day is all there is.
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Dimanche, des hommes armés ont attaqué le village de Kpari, dans le nord du Bénin, "
            "tuant quatre civils. Les soldats ont ensuite repoussé les assaillants près de "
            "Banikoara, tuant six d'entre eux, a indiqué mardi l'armée.",
            "Banikoara",
            "2024-03-10",
        ),
        (
            "Les shebab ont attaqué jeudi une base militaire à Beledweyne, dans le centre de la "
            "Somalie. Les soldats ont repoussé l'assaut à Buulo Burte, tuant douze insurgés, a "
            "affirmé vendredi un officier.",
            "Buulo Burte",
            "2024-03-07",
        ),
        (
            "Samedi, des drones russes ont frappé le port d'Izmaïl, tuant deux dockers. Peu "
            "après, une frappe a touché un entrepôt à Reni, a précisé lundi le gouverneur.",
            "Reni",
            "2024-03-09",
        ),
        (
            "Des jihadistes ont tué dix soldats près de Djibo, dans le nord du Burkina Faso, a "
            "annoncé lundi l'armée.",
            "Djibo",
            "2024-03-11",
        ),
    ],
)
def test_a_report_day_is_not_the_day_of_the_event(nlp, text: str, place: str, day: str) -> None:  # type: ignore[no-untyped-def]
    dates = {e.location.text: str(e.event_date) for e in _events(nlp, text) if e.location}
    assert dates[place] == day


def test_a_day_inside_what_was_said_is_the_events(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "L'armée ukrainienne a annoncé mardi que la prise de Robotyne par ses troupes avait été "
        "achevée lundi soir.",
    )
    assert str(event.event_date) == "2024-03-11"


# The group that claims a deed told with nameless attackers is who the attackers were; a
# group that denies it is not.
@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Des hommes armés ont enlevé lundi cinq ingénieurs chinois près de Turbat, dans le "
            "Baloutchistan. L'enlèvement a été revendiqué par l'Armée de libération du "
            "Baloutchistan (BLA).",
            "Baloutchistan",
        ),
        (
            "Des assaillants ont attaqué samedi un poste militaire à Diapaga, dans l'est du "
            "Burkina Faso, tuant huit soldats. L'attaque a été revendiquée dimanche par le Groupe "
            "de soutien à l'islam et aux musulmans (GSIM).",
            "jnim",
        ),
        (
            "Des insurgés ont pris d'assaut mardi une base de l'armée à Ras Kamboni. L'assaut a "
            "été revendiqué par les shebab, liés à Al-Qaïda.",
            "Chebab",
        ),
        (
            "Des hommes armés ont tué vendredi six policiers à Dera Ismail Khan. L'attaque a été "
            "attribuée par les autorités au Tehreek-e-Taliban Pakistan (TTP).",
            "Tehreek-e-Taliban",
        ),
    ],
)
def test_a_claim_names_the_nameless_attackers(nlp, text: str, claimant: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert _called(event.actor1, claimant)


def test_a_group_that_denies_the_deed_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des hommes armés ont attaqué lundi un poste de gendarmerie à Diffa, tuant trois "
        "gendarmes. Boko Haram a démenti avoir mené cette attaque.",
    )
    assert _called(event.actor1, "Unidentified Armed Group")


# Where people come from ("originaires de", "venus de", "natifs de") is not a scene.
@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Des hommes armés ont enlevé lundi cinq ingénieurs près de Turbat, dans le "
            "Baloutchistan. Les otages, originaires du Sindh, ont été exécutés quelques heures "
            "plus tard.",
            "Sindh",
        ),
        (
            "Des bandits ont attaqué dimanche un car sur la route de Gusau, dans l'Etat de "
            "Zamfara. Les passagers, des commerçants venus de Kano, ont été enlevés.",
            "Kano",
        ),
        (
            "Des paramilitaires ont tué jeudi sept civils à Kutum, au Darfour-Nord. Les victimes, "
            "des déplacés natifs d'El-Geneina, ont été abattues alors qu'elles fuyaient.",
            "El-Geneina",
        ),
    ],
)
def test_where_victims_come_from_is_no_scene(nlp, text: str, home: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert events and home not in [e.location.text for e in events if e.location]


@pytest.mark.parametrize(
    "text",
    [
        "Des affrontements à l'arme lourde ont opposé mardi deux milices rivales à Zaouïa.",
        "Des tirs à l'arme automatique ont visé lundi un poste de police à Kirkouk.",
        "Les deux gangs se sont affrontés à l'arme lourde jeudi dans le quartier de Martissant.",
    ],
)
def test_a_weapon_is_no_army(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [s.text for s in doc.spans["factions"] if s.text.lower().startswith("arme")]


def test_a_report_day_of_an_unrelated_incident_stays_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Au moins dix civils ont été tués vendredi par des hommes armés près de Fada "
        "N'Gourma, selon des sources locales. Samedi, l'armée a affirmé avoir repoussé une "
        "attaque jihadiste contre son détachement de Djibo.",
    )
    dates = {e.location.text: str(e.event_date) for e in events if e.location}
    assert dates["Djibo"] == "2024-03-09"


# A toll update told at the region ('le bilan d'une frappe sur un village de la région de X
# s'est alourdi à N morts, ont indiqué lundi les secours') is the incident told at its village:
# one event there, on its own day, with the newer figure.
@pytest.mark.parametrize(
    ("text", "place", "day", "fatalities"),
    [
        (
            "Le bilan d'une frappe russe sur un immeuble de la région de Dnipropetrovsk s'est "
            "alourdi à 12 morts, ont indiqué lundi les secours. Un missile a frappé samedi un "
            "immeuble d'habitation de Pavlohrad, selon le gouverneur.",
            "Pavlohrad",
            "2024-03-09",
            12,
        ),
        (
            "Le bilan d'une attaque de drone contre un marché du Darfour-Nord s'est alourdi à "
            "31 morts, a annoncé lundi un groupe de médecins. Le drone des paramilitaires a "
            "frappé samedi le marché de Kabkabiya, selon des témoins. Un premier bilan faisait "
            "état de 19 morts.",
            "Kabkabiya",
            "2024-03-09",
            31,
        ),
        (
            "Le bilan de l'attentat suicide dans l'Etat de Borno s'est alourdi à 18 morts, a "
            "indiqué lundi la police. Une kamikaze s'est fait exploser samedi sur un marché de "
            "Konduga.",
            "Konduga",
            "2024-03-09",
            18,
        ),
    ],
)
def test_a_toll_update_told_at_the_region_is_the_village_incident(
    nlp, text: str, place: str, day: str, fatalities: int
) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert event.location is not None and event.location.text == place
    assert (str(event.event_date), event.fatalities) == (day, fatalities)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "La défense antiaérienne ukrainienne a abattu 84 des 112 drones lancés par la Russie "
            "dans la nuit, a indiqué l'armée de l'air.",
            None,
        ),
        ("L'armée soudanaise a abattu 12 des 15 drones lancés par les FSR sur Port-Soudan.", None),
        (
            "La défense aérienne russe a détruit 40 sur 45 drones ukrainiens au-dessus de "
            "Belgorod.",
            None,
        ),
        ("Les assaillants ont tué 5 des 12 passagers du bus près de Bunia.", 5),
    ],
)
def test_a_share_of_downed_drones_is_no_death_toll(nlp, text: str, count: int | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [s._.casualty["count"] for s in doc.spans["casualties"]] == ([count] if count else [])


# An aircraft or a drone that kills, as the subject as much as after 'par', is an air strike.
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Un drone russe a tué lundi deux femmes à Kherson.", "Air/drone strike"),
        ("Les avions du régime ont tué mardi onze civils à Saraqeb.", "Air/drone strike"),
        (
            "L'aviation soudanaise a tué dimanche vingt civils dans un marché de Kabkabiya.",
            "Air/drone strike",
        ),
        ("Des soldats ont tué lundi trois civils à Gao.", "Attack"),
    ],
)
def test_an_aircraft_that_kills_is_an_air_strike(nlp, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == sub_type


# Soldiers named only at the rescue give an accident or a disaster no armed context.
@pytest.mark.parametrize(
    "text",
    [
        "Au moins quatorze personnes ont été tuées samedi lorsqu'un car de pèlerins a basculé "
        "près de Doda. Des soldats de l'armée indienne ont participé aux opérations de secours.",
        "Au moins vingt personnes ont été tuées mardi dans l'effondrement d'une mine d'or près "
        "de Kenieba. Des militaires ont été déployés pour appuyer les sauveteurs.",
        "Onze personnes ont été tuées lundi lorsqu'un camion a percuté un minibus près de Mopti. "
        "Des soldats ont aidé les secours à dégager les rescapés.",
    ],
)
def test_soldiers_at_the_rescue_make_no_conflict(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


def test_an_attack_stays_an_event_when_soldiers_help_the_rescue(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _one(
        nlp,
        "Des hommes armés ont tué lundi six personnes près de Mopti. Des soldats ont aidé les "
        "secours.",
    )
    assert event.fatalities == 6


@pytest.mark.parametrize(
    "text",
    [
        "Des séparatistes anglophones ont enlevé jeudi douze élèves à Batibo, dans la région du "
        "Nord-Ouest.",
        "Des combattants séparatistes anglophones ont tué deux gendarmes mardi près de Kumba.",
        "Les sécessionnistes anglophones ont incendié lundi une école à Bamenda.",
    ],
)
def test_anglophone_separatists_are_the_ambazonian_separatists(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _called(_one(nlp, text).actor1, "cm.ambazonia")


# The owner of the post, base or camp attacked is the side attacked, not the attacker.
@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        (
            "L'attaque d'une base de l'armée malienne par des jihadistes a fait dix morts lundi "
            "à Boni.",
            "malienne",
        ),
        (
            "Le bombardement d'un camp des Forces de défense du peuple a tué six combattants "
            "mardi près de Kalay.",
            "Forces de défense du peuple",
        ),
        (
            "Deux policiers ont été tués dimanche dans l'attaque au drone d'un poste de police "
            "de Suárez.",
            "police",
        ),
    ],
)
def test_the_owner_of_the_post_attacked_is_actor2(nlp, text: str, attacked: str) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert _called(event.actor2, attacked) and not _called(event.actor1, attacked)


@pytest.mark.parametrize(
    "text",
    [
        "Une attaque au drone contre un marché de Khartoum-Nord a tué dix civils mardi.",
        "L'attaque au drone chargé d'explosifs d'un poste de police a tué deux policiers "
        "dimanche à Suárez.",
        "Une attaque par drone a visé lundi une raffinerie à Novoshakhtinsk.",
    ],
)
def test_an_attack_by_drone_is_an_air_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, text).sub_event_type == "Air/drone strike"


# How a killing was done may stand between the verb and the toll; workers, nationals and
# mayors are counted victims; 'des inconnus' and 'des hommes non identifiés' are unidentified.
@pytest.mark.parametrize(
    ("text", "fatalities", "actor1"),
    [
        ("Des hommes armés ont tué par balles un ouvrier mardi à Cotabato.", 1, "Unidentified"),
        (
            "Des inconnus ont abattu par balles un chef coutumier dimanche à Beni.",
            1,
            "Unidentified",
        ),
        (
            "Des miliciens ont tué à coups de machette trois villageois lundi près de Djugu.",
            3,
            None,
        ),
        (
            "Un ressortissant congolais a été tué par balles mercredi par des hommes non "
            "identifiés à Rugombo.",
            1,
            "Unidentified",
        ),
        ("Un maire a été abattu dimanche par des hommes armés à Ouahigouya.", 1, "Unidentified"),
    ],
)
def test_a_killing_told_with_its_manner_or_a_single_victim(
    nlp, text: str, fatalities: int, actor1: str | None
) -> None:  # type: ignore[no-untyped-def]
    event = _one(nlp, text)
    assert event.fatalities == fatalities
    assert actor1 is None or _called(event.actor1, actor1)


@pytest.mark.parametrize(
    "text",
    [
        "Les manifestants se sont arrêtés devant le Parlement à Tbilissi pour scander des slogans "
        "contre le gouvernement.",
        "La marche s'est arrêtée devant l'université de Téhéran, où les étudiants ont scandé des "
        "slogans.",
        "Les combattants se sont arrêtés samedi à l'entrée de Kidal, selon des témoins.",
    ],
)
def test_to_stop_is_no_arrest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """'S'arrêter' is to stop; only someone arresting others is an arrest."""
    assert [e for e in _events(nlp, text) if e.sub_event_type == "Arrests"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trois suspects se sont fait arrêter dimanche à Maiduguri par l'armée.",
        "La police a arrêté samedi douze manifestants à Dacca.",
    ],
)
def test_being_arrested_is_an_arrest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in _events(nlp, text)] == ["Arrests"]
