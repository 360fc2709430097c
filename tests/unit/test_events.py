"""Event extraction on sentences written for these tests, through the full pipeline."""

from __future__ import annotations

import pytest

from conflict_extract.api import extract
from conflict_extract.dispatches import Dispatch
from conflict_extract.records import Event


def _events(nlp, text: str, published: str = "2019-10-14", **kwargs) -> list[Event]:  # type: ignore[no-untyped-def]
    from datetime import date

    dispatch = Dispatch(id="t", text=text, published=date.fromisoformat(published))
    (document,) = extract([dispatch], nlp, **kwargs)
    return document.events


def test_capture_by_state_forces_is_government_regains_territory(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, "L'armée syrienne a repris dimanche la ville de Maaret al-Noomane.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Government regains territory")
    assert event.actor1 is not None and event.actor1.kb_id == "sy.army"
    assert event.location is not None and event.location.admin1 == "Idlib"
    assert str(event.event_date) == "2019-10-13" and event.time_precision == 1


def test_capture_by_coalition_of_rebels_lists_associated_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Al-Nosra, Jound al-Aqsa et Ahrar al-Cham ont pris samedi la base de Hamidiyé, près d'Idleb."
    (event,) = _events(nlp, text)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 is not None and event.actor1.text == "Al-Nosra"
    assert event.assoc_actor_1 and "Ahrar" in event.assoc_actor_1
    assert event.location is not None and event.location.text == "Hamidiyé"


def test_shelling_of_several_villages_gives_one_event_per_village(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dimanche, l'armée syrienne a bombardé les villages de Kafr Zita, Latamné et Morek."
    events = _events(nlp, text)
    assert [e.location.text for e in events if e.location] == ["Kafr Zita", "Latamné", "Morek"]
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}


def test_air_strike_with_fatalities_and_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Des raids aériens russes ont visé lundi la ville d'Ariha, tuant six civils, dont trois enfants, selon l'OSDH."
    (event,) = _events(nlp, text)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event.fatalities == 6
    assert event.source is not None and event.source.text == "OSDH"
    assert event.evidence.text == text


def test_car_bomb_is_remote_explosive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Une voiture piégée a explosé mardi à Jaramana, faisant quinze morts et 35 blessés."
    (event,) = _events(nlp, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.fatalities == 15


def test_killing_of_civilians_is_violence_against_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Quatorze villageois ont été tués dimanche par des hommes armés à Dioungani, dans la région de Mopti."
    (event,) = _events(nlp, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.inter == 7


@pytest.mark.parametrize(
    "text",
    [
        "Si l'armée syrienne s'empare de Saraqeb, la route d'Alep sera coupée.",
        "Le régime menace de lancer une offensive sur Idleb.",
        "Le Hezbollah prévoit d'attaquer ensuite les localités de Qalamoune.",
        "Moscou a démenti avoir bombardé des hôpitaux à Idleb.",
        "Les négociations doivent reprendre lundi à Genève.",
    ],
)
def test_hypotheticals_threats_plans_and_denials_are_not_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []
    flagged = _events(nlp, text, include_unconfirmed=True)
    assert all(e.unconfirmed and e.modality != "asserted" for e in flagged)


def test_reported_conditional_is_an_unconfirmed_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dix civils auraient été tués samedi dans un raid aérien sur Saraqeb."
    (event,) = _events(nlp, text)
    assert event.unconfirmed and event.modality == "reported"


def test_cumulative_toll_is_not_an_event_fatality(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Samedi, des combats ont opposé les FDS à l'EI à Hajine, faisant neuf morts.\n\n"
        "Le conflit a fait plus de 380.000 morts depuis 2011."
    )
    events = _events(nlp, text)
    assert [e.fatalities for e in events] == [9]


def test_no_publication_date_means_no_event_date(nlp) -> None:  # type: ignore[no-untyped-def]
    from conflict_extract.api import extract as run

    dispatch = Dispatch(id="t", text="Samedi, l'aviation russe a bombardé Saraqeb.")
    (document,) = run([dispatch], nlp)
    assert [e.event_date for e in document.events] == [None]


def test_anaphoric_subject_goes_on_with_the_actors_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dimanche, les FDS ont repris Tabqa à l'EI. Lundi, les assaillants se sont emparés "
        "de la ville de Mansoura.\n\nMardi, des raids aériens ont visé la ville de Raqqa."
    )
    events = _events(nlp, text)
    actors = {e.location.text: e.actor1.text if e.actor1 else None for e in events if e.location}
    assert actors == {"Tabqa": "FDS", "Mansoura": "FDS", "Raqqa": None}


def test_second_scene_of_one_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Les rebelles se sont emparés hier de la ville de Saraqeb, au carrefour des autoroutes, "
        "puis ce matin de Maaret al-Noomane, selon l'OSDH."
    )
    events = _events(nlp, text)
    assert [(e.location.text, str(e.event_date)) for e in events if e.location] == [
        ("Saraqeb", "2019-10-13"),
        ("Maaret al-Noomane", "2019-10-14"),
    ]


def test_a_toll_at_the_scene_just_told_adds_to_that_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vendredi, des obus se sont abattus sur le quartier de Joura, à Deir Ezzor. "
        "Six civils, dont deux enfants, ont été tués à Joura, selon Sana."
    )
    events = _events(nlp, text)
    assert [(e.sub_event_type, e.location.text, e.fatalities) for e in events if e.location] == [
        ("Shelling/artillery/missile attack", "Joura", 6)
    ]
