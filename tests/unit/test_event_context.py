"""What the sentences around an incident say of it, and what they say of something else: a
toll told of another day, of a war or of an earthquake is no toll of the incident just told.
Sentences written for these tests from several wars (none copied from the dev corpus),
through the full pipeline as a user runs it.
"""

from __future__ import annotations

from datetime import date

import pytest

from conflict_extract.api import extract
from conflict_extract.dispatches import Dispatch
from conflict_extract.records import Event


def _events(nlp, text: str, published: str = "2025-09-04") -> list[Event]:  # type: ignore[no-untyped-def]
    dispatch = Dispatch(id="t", text=text, published=date.fromisoformat(published))
    (document,) = extract([dispatch], nlp)
    return document.events


# -- tolls that belong to something else ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a war's toll, its subject far from the verb
        "Des frappes aériennes ont visé mardi le port de Hodeïda, selon des sources locales. "
        "La guerre entre les rebelles houthis et le gouvernement, soutenu par une coalition "
        "menée par l'Arabie saoudite, a fait des centaines de milliers de morts.",
        "Des soldats ont affronté mardi des miliciens nuer à Ulang, selon un responsable local. "
        "La guerre civile de 2013-2018 entre les partisans du président et ceux de son rival "
        "avait fait près de 400.000 morts.",
        "L'aviation russe a bombardé mardi la périphérie de Soumy. La guerre déclenchée par "
        "l'invasion russe de février 2022, la plus meurtrière en Europe depuis 1945, a fait "
        "des dizaines de milliers de morts.",
        # an earthquake's toll
        "Des combats ont opposé mardi l'armée aux rebelles de l'Armée d'Arakan près de "
        "Kyaukphyu. Le séisme, qui a fait plus de 3.700 morts, n'a pas interrompu les combats.",
        "Des talibans ont attaqué mardi un poste frontière près de Torkham. Le tremblement de "
        "terre qui a frappé l'est du pays avait fait plus de 2.200 morts.",
        # a toll told of another day
        "Les rebelles du M23 ont pris mardi le contrôle de Nyabiondo, dans le territoire de "
        "Masisi. Le 12 janvier, des combats dans la même zone avaient fait quinze morts.",
        "Des manifestants ont défilé mardi dans le calme à Mombasa. Le 25 juin, des "
        "manifestations dans la ville avaient fait dix-neuf morts.",
    ],
)
def test_a_toll_of_something_else_is_not_lent_to_the_incident(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert events
    assert events[0].fatalities is None


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the toll of the incident, told next with the day of its report
        (
            "Des hommes armés ont attaqué dimanche le village de Kpéré, dans le nord du Bénin. "
            "Six personnes ont été tuées, a annoncé mardi la police.",
            6,
        ),
        # ... or with the incident's own day
        (
            "Des jihadistes ont attaqué mardi un poste militaire à Tassia. L'attaque de mardi "
            "a fait neuf morts parmi les soldats, selon une source sécuritaire.",
            9,
        ),
        # a tally told on a later day
        (
            "Une frappe de drone a touché lundi un marché d'El-Obeid. Mercredi, le bilan "
            "s'est alourdi à quinze morts, selon des médecins.",
            15,
        ),
        (
            "Des obus sont tombés mardi sur le marché de Kadugli. Le bombardement a fait "
            "douze morts, selon des médecins.",
            12,
        ),
    ],
)
def test_the_incidents_own_toll_is_still_lent(nlp, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert events[0].fatalities == fatalities


# -- days counted from the event just told ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Au moins huit personnes ont été tuées dimanche dans une frappe sur un marché de "
            "Saada, selon un bilan fourni lundi par les rebelles houthis. La veille, des "
            "affrontements avaient opposé les forces gouvernementales aux Houthis près de Marib.",
            "2025-08-30",
        ),
        (
            "Des combats ont opposé samedi des milices rivales à Tripoli, faisant six morts, "
            "a-t-on appris lundi auprès des secours. Le lendemain, un drone a frappé un dépôt "
            "d'armes à Zaouïa.",
            "2025-08-31",
        ),
        (
            "Un attentat-suicide a tué mardi onze policiers à Bannu, a annoncé mercredi la "
            "police. La veille, des hommes armés avaient enlevé deux ingénieurs près de Dera "
            "Ismail Khan.",
            "2025-09-01",
        ),
        (
            "Des drones ukrainiens ont frappé dans la nuit de lundi à mardi une raffinerie à "
            "Saratov, a annoncé mercredi le gouverneur. Au cours de la même nuit, la défense "
            "antiaérienne russe a abattu vingt drones au-dessus de la région de Briansk.",
            "2025-09-01",
        ),
        (
            "Une frappe israélienne a tué dimanche soir trois membres du Hezbollah à Nabatiyé, "
            "a indiqué lundi l'armée israélienne. Dans la même nuit, une autre frappe a visé un "
            "dépôt d'armes près de Tyr.",
            "2025-08-31",
        ),
        (
            "Des obus tirés par les FSR ont tué vendredi six civils à El-Facher, selon une "
            "source médicale citée samedi. La même nuit, l'armée a bombardé des positions des "
            "FSR à Nyala.",
            "2025-08-29",
        ),
    ],
)
def test_a_day_relative_to_the_event_just_told_counts_from_it(nlp, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    """Not from the day the first event was reported on (published Thursday 4 September)."""
    events = _events(nlp, text)
    assert len(events) == 2
    assert str(events[1].event_date) == day


def test_a_day_told_in_between_is_what_the_eve_counts_from(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "Des rebelles ont attaqué dimanche un poste de l'armée à Rutshuru. Mardi, le président "
        "s'est rendu à Goma. La veille, des miliciens avaient attaqué un convoi près de Sake.",
    )
    assert [str(e.event_date) for e in events] == ["2025-08-31", "2025-09-01"]


# -- a past deed recalled in a pluperfect or a participle ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # its noun is the subject of a pluperfect dated weeks before
        "Le ministre a limogé lundi le chef d'état-major. Début septembre, une attaque des "
        "jihadistes contre la base de Boulkessi avait tué des dizaines de soldats.",
        "Les pourparlers ont repris lundi à Nairobi. Le cessez-le-feu avait été conclu le 2 "
        "septembre à Addis-Abeba.",
        "Le gouverneur a décrété lundi un couvre-feu. Le 28 septembre, des affrontements entre "
        "éleveurs et agriculteurs avaient fait onze morts à Kafanchan.",
        # it is described by a participle dated weeks before
        "Les délégations ont repris lundi à Doha leurs pourparlers visant à consolider le "
        "fragile cessez-le-feu conclu le mois dernier à Kigali.",
        "Le JNIM a revendiqué lundi l'attaque menée le 2 octobre contre la base de Boulkessi.",
        "Les habitants ont enterré lundi les victimes du massacre commis le 4 octobre à Solhan.",
    ],
)
def test_a_deed_recalled_from_weeks_before_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text, published="2025-10-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a limogé lundi le chef d'état-major. Samedi, des affrontements avaient "
        "fait douze morts près de Djibo, a-t-on appris lundi.",
        "Des rebelles ont attaqué lundi la base de Boulkessi, reprise le mois dernier par l'armée.",
        "Des jihadistes ont attaqué lundi le convoi escorté depuis le 2 octobre par l'armée "
        "près de Tillia.",
    ],
)
def test_a_deed_of_the_days_before_is_still_an_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_events(nlp, text, published="2025-10-20")) == 1


# -- a lead told at a region, its detail at a village --------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "day", "fatalities"),
    [
        (
            "OUAGADOUGOU, 2 septembre 2025 (AFP) - Douze soldats ont été tués samedi dans une "
            "embuscade tendue par des jihadistes dans la région du Centre-Nord, a annoncé "
            "l'armée lundi.\n\nUn convoi de ravitaillement a été attaqué près de Kaya par des "
            "dizaines d'assaillants à moto, selon une source sécuritaire.",
            "Kaya",
            "2025-08-30",
            12,
        ),
        (
            "NIAMEY, 2 septembre 2025 (AFP) - Dix soldats nigériens ont été tués jeudi dans une "
            "embuscade dans la région de Tillabéri, a indiqué l'armée.\n\nUne patrouille a été "
            "prise à partie près de Téra par des dizaines de terroristes à moto, selon le "
            "communiqué.",
            "Téra",
            "2025-08-28",
            10,
        ),
        (
            "BAGDAD, 2 septembre 2025 (AFP) - Quatre soldats irakiens ont été tués dimanche dans "
            "une attaque de jihadistes de l'EI dans la province de Kirkouk, selon une source "
            "sécuritaire.\n\nLes jihadistes ont attaqué un poste de l'armée près de Hawija, "
            "a précisé cette source.",
            "Hawija",
            "2025-08-31",
            4,
        ),
    ],
)
def test_a_detail_with_no_day_of_its_own_is_the_leads_incident(  # type: ignore[no-untyped-def]
    nlp, text: str, place: str, day: str, fatalities: int
) -> None:
    """One event, at the place the detail names, on the lead's day, with the lead's toll."""
    (event,) = _events(nlp, text, published="2025-09-02")
    assert event.event_type == "Battles" and event.sub_event_type == "Armed clash"
    assert event.location is not None and event.location.text == place
    assert (str(event.event_date), event.fatalities) == (day, fatalities)


def test_a_detail_told_on_another_day_is_another_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "NIAMEY, 2 septembre 2025 (AFP) - Dix soldats nigériens ont été tués jeudi dans une "
        "embuscade dans la région de Tillabéri, a indiqué l'armée.\n\nDimanche, une patrouille "
        "avait été prise à partie près de Téra par des terroristes, selon le communiqué.",
        published="2025-09-02",
    )
    assert len(events) == 2
    assert [e.sub_event_type for e in events] == ["Armed clash", "Armed clash"]


# -- a detail paragraph with no day takes the lead's ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NAIROBI, 2 septembre 2025 (AFP) - Au moins neuf personnes ont été tuées lundi au "
            "Kenya lors de manifestations contre le gouvernement, selon la commission des droits "
            "humains.\n\nÀ Nakuru, la police a tiré à balles réelles sur des manifestants.\n\n"
            "À Kisumu, des manifestants ont incendié un commissariat.",
            "Kisumu",
        ),
        (
            "PORT-AU-PRINCE, 2 septembre 2025 (AFP) - Des gangs ont attaqué lundi plusieurs "
            "quartiers de la capitale haïtienne, faisant au moins six morts, selon la police."
            "\n\nÀ Carrefour-Feuilles, des bandits ont pillé et incendié des maisons, ont raconté "
            "des habitants.",
            "Carrefour-Feuilles",
        ),
        (
            "KIEV, 2 septembre 2025 (AFP) - Deux civils ont été tués lundi par des frappes "
            "russes sur la région de Kharkiv, selon le gouverneur.\n\nÀ Soumy, un drone russe "
            "a touché un immeuble d'habitation, blessant trois personnes, a indiqué la mairie.",
            "Soumy",
        ),
    ],
)
def test_a_detail_paragraph_with_no_day_takes_the_leads_day(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text, published="2025-09-02")
    (event,) = [e for e in events if e.location is not None and e.location.text == place]
    assert str(event.event_date) == "2025-09-01"


def test_a_lead_dated_only_by_its_report_lends_no_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "KIEV, 2 septembre 2025 (AFP) - Les autorités ont annoncé lundi un nouveau bilan des "
        "frappes russes.\n\nÀ Soumy, un drone russe a touché un immeuble d'habitation, blessant "
        "trois personnes, a indiqué la mairie.",
        published="2025-09-02",
    )
    (event,) = [e for e in events if e.location is not None and e.location.text == "Soumy"]
    assert str(event.event_date) == "2025-09-02"


# -- a claim by a group introduced by an apposition ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Les Brigades Ezzedine al-Qassam, branche armée du Hamas, ont revendiqué une "
            "embuscade samedi près de Khan Younès.",
            "Khan Younès",
        ),
        (
            "Les rebelles houthis, soutenus par l'Iran, ont revendiqué dimanche une attaque de "
            "drone contre le port d'Eilat.",
            "Eilat",
        ),
        (
            "Le JNIM, affilié à Al-Qaïda, a revendiqué une embuscade samedi près de Djibo.",
            "Djibo",
        ),
    ],
)
def test_a_claim_after_an_apposition_keeps_its_scene(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    """The comma closing the apposition does not make the claim an inverted attribution
    ('..., a annoncé l'armée basée à Gao'), whose places are the speaker's."""
    (event,) = _events(nlp, text, published="2025-06-16")
    assert event.location is not None and event.location.text == place


def test_the_lead_day_is_read_past_a_title_and_a_byline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tchad : un mort dans des heurts à N'Djamena\n\nPublié le 10 mai 2021 à 09h12\n\n"
        "Des heurts ont opposé samedi la police à des manifestants dans le quartier de Chagoua, "
        "selon des témoins.\n\nDans le quartier de Moursal, des jeunes ont incendié des pneus et "
        "érigé des barricades."
    )
    events = _events(nlp, text, published="2021-05-10")
    assert [str(e.event_date) for e in events] == ["2021-05-08", "2021-05-08"]


def test_two_strikes_of_a_day_on_a_town_and_its_camp_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PORT-SOUDAN, 3 février 2025 (AFP) - Au moins vingt civils ont été tués dimanche à "
        "El-Facher par des tirs des FSR, selon des sources médicales.\n\nEn fin de matinée, des "
        "obus se sont abattus sur le camp de déplacés d'Abou Chouk, au nord de la ville, tuant "
        "douze personnes. Quelques heures plus tard, un drone a frappé l'hôpital saoudien "
        "d'El-Facher, faisant huit morts."
    )
    events = _events(nlp, text, published="2025-02-03")
    kinds = {(e.location.text if e.location else None, e.sub_event_type) for e in events}
    assert ("Abou Chouk", "Shelling/artillery/missile attack") in kinds
    assert any(sub == "Air/drone strike" for _, sub in kinds)


@pytest.mark.parametrize(
    "opening",
    [
        "Mozambique : au moins sept morts lors des manifestations\n\nPublié le : 02/09/2025 - "
        "10:15\n\nMAPUTO (AFP) - ",
        "Sénégal : des heurts lors des manifestations\n\nPublié le 2 septembre 2025 à 11h02\n\n"
        "DAKAR (AFP) - ",
        "MAPUTO, 2 septembre 2025 (AFP) - ",
    ],
)
def test_the_lead_day_is_read_past_a_web_header(nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = opening + (
        "Au moins sept personnes ont été tuées lundi lors de manifestations contre le pouvoir, "
        "selon des ONG.\n\nÀ Nampula, des manifestants ont incendié un commissariat et pillé des "
        "commerces."
    )
    events = _events(nlp, text, published="2025-09-02")
    (event,) = [e for e in events if e.location is not None and e.location.text == "Nampula"]
    assert str(event.event_date) == "2025-09-01"


# -- an accusation denied in the next sentence -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Le M23 a accusé l'armée d'avoir bombardé dimanche des zones habitées de Sake avec des "
        "drones. Les FARDC ont démenti toute frappe dans ce secteur.",
        "Le Hamas a accusé Israël d'avoir bombardé dimanche l'hôpital Nasser de Khan Younès. "
        "L'armée israélienne a démenti.",
        "Erevan a accusé Bakou d'avoir tiré dimanche sur des positions arméniennes près de Sotk. "
        "Le ministère azerbaïdjanais de la Défense a nié ces accusations.",
    ],
)
def test_an_accusation_denied_next_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text, published="2025-09-02") == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Le M23 a accusé l'armée d'avoir bombardé dimanche Sake. Trois civils ont été tués, "
            "selon des sources locales.",
            "armée",
        ),
        (
            "Des drones ont frappé dimanche Sake, tuant trois civils. L'armée a démenti toute "
            "implication.",
            None,
        ),
    ],
)
def test_an_accusation_not_denied_or_a_deed_denied_stays(nlp, text: str, actor1) -> None:  # type: ignore[no-untyped-def]
    """The accused is who acted, never the accuser; a denial of involvement in a deed told as
    fact leaves the deed told."""
    (event,) = _events(nlp, text, published="2025-09-02")
    assert (event.actor1.text if event.actor1 else None) == actor1


# -- a launch aimed at a whole country borrows no town -------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Au cours de la nuit, la défense antiaérienne a abattu onze drones au-dessus de la "
            "ville de Poltava. Au total, la Russie a lancé 103 drones et deux missiles "
            "balistiques contre l'Ukraine, selon l'armée de l'air ukrainienne.",
            "Poltava",
        ),
        (
            "Des frappes américaines ont visé dimanche le port de Hodeïda. Les Houthis ont lancé "
            "dimanche soir deux missiles contre Israël.",
            "Hodeïda",
        ),
        (
            "Des frappes russes ont touché dimanche Kharkiv. La Russie a tiré dans la nuit douze "
            "missiles sur l'Ukraine.",
            "Kharkiv",
        ),
    ],
)
def test_a_launch_at_a_whole_country_is_not_coded_at_the_last_town(
    nlp, text: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    """One event, at the town the first sentence names, with that sentence's actors only."""
    (event,) = _events(nlp, text, published="2025-05-15")
    assert event.location is not None and event.location.text == place
    assert event.actor2 is None


# -- what the speaker is called says nothing of the deed --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Au moins sept femmes ont été violées jeudi par des miliciens de la Codeco près de Djugu, "
        "a dénoncé une ONG locale de défense des droits des femmes.",
        "Des soldats ont violé jeudi trois femmes près de Kidal, a dénoncé une association de "
        "défense des droits humains.",
        "Des hommes armés ont violé jeudi deux adolescentes près de Bambari, a affirmé la Ligue "
        "centrafricaine des droits de l'homme.",
    ],
)
def test_a_rights_group_telling_a_rape_does_not_make_it_a_breach_of_rights(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text, published="2025-07-21")
    assert event.sub_event_type == "Sexual violence"


@pytest.mark.parametrize(
    "text",
    [
        "Les rebelles ont violé le cessez-le-feu jeudi près de Goma, a affirmé l'armée.",
        "Huit personnes ont été tuées jeudi dans un accident de la route près de Kindia, a "
        "indiqué la police.",
    ],
)
def test_a_breach_of_a_truce_or_an_accident_stays_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text, published="2025-07-21") == []


# -- controls from a review of this file's rules --------------------------------------------------
def test_a_deadly_deed_denied_by_the_accused_stays_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(
        nlp,
        "KIEV, 2 septembre 2025 (AFP) - Kiev a accusé lundi la Russie d'avoir bombardé un hôpital "
        "de Kharkiv, tuant trois civils. Moscou a rejeté toute responsabilité.",
        published="2025-09-02",
    )
    assert event.fatalities == 3


def test_a_toll_told_on_a_later_day_is_still_the_incidents(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(
        nlp,
        "BAMAKO, 2 septembre 2025 (AFP) - Des jihadistes ont attaqué dimanche le village de "
        "Dargol, près de Ménaka. Lundi, les autorités locales ont fait état de cinq morts.",
        published="2025-09-02",
    )
    assert event.fatalities == 5


def test_fleeing_towards_a_country_leaves_the_deed_where_it_was(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        nlp,
        "BAMAKO, 2 septembre 2025 (AFP) - Des jihadistes ont tué dimanche trois civils près de "
        "Ménaka. Mardi, les assaillants ont incendié un village avant de s'enfuir vers le Niger.",
        published="2025-09-02",
    )
    assert len(events) == 2


def test_a_region_named_by_a_common_word_is_not_taken_from_another_country(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "BAMAKO, 2 septembre 2025 (AFP) - Des hommes armés ont tué lundi cinq civils dans la "
        "région du Centre, selon des sources locales."
    )
    assert all((span._.kb or {}).get("country") != "BF" for span in doc.spans["places"])
    assert doc._.conflict_country == "ML"


# -- a claim or an attribution told next names the actor of every scene of the deed ---------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Des explosions ont frappé mardi les villes de Kidal et de Tessalit. Ces attaques ont "
            "été revendiquées par le JNIM.",
            "Groupe de soutien à l'islam et aux musulmans",
        ),
        (
            "Des roquettes sont tombées lundi sur Kiryat Shmona et Metoula. Ces tirs ont été "
            "revendiqués par le Hezbollah.",
            "Hezbollah",
        ),
        (
            "Des drones ont frappé dimanche Port-Soudan et Kassala. L'armée a attribué ces "
            "frappes aux FSR.",
            "Forces de soutien rapide",
        ),
        (
            "Au moins douze civils ont été tués lundi lors d'attaques contre les villages de "
            "Kalunguta et de Mutwanga. Ces tueries sont attribuées aux ADF.",
            "Forces démocratiques alliées",
        ),
    ],
)
def test_a_deed_attributed_next_has_its_actor_at_every_scene(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert len(events) == 2
    assert [e.actor1.name if e.actor1 else None for e in events] == [name, name]


# -- what a denied report says would have happened ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "EREVAN, 12 mars 2025 (AFP) - Bakou a de son côté démenti des informations selon "
        "lesquelles ses troupes auraient ouvert le feu la semaine dernière sur des positions "
        "arméniennes à la frontière, dans la province de Syunik.",
        "KHARTOUM, 12 mars 2025 (AFP) - Les FSR ont démenti mardi des informations selon "
        "lesquelles leurs combattants auraient tué des civils à Omdurman.",
        "BEYROUTH, 12 mars 2025 (AFP) - Le Hezbollah a démenti mardi des informations selon "
        "lesquelles ses combattants auraient tiré des roquettes sur Metoula.",
    ],
)
def test_a_denied_report_tells_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "BEYROUTH, 12 mars 2025 (AFP) - L'armée israélienne a démenti toute implication et a "
            "accusé le Hezbollah, dont les combattants auraient tué deux civils lundi à Tyr.",
            2,
        ),
        (
            "KHARTOUM, 12 mars 2025 (AFP) - Les FSR ont nié les faits, mais des témoins ont "
            "rapporté que leurs hommes auraient tué quinze villageois lundi à Wad Madani.",
            15,
        ),
        (
            "BEYROUTH, 12 mars 2025 (AFP) - Le Hezbollah a rejeté les accusations israéliennes et "
            "a affirmé que des soldats israéliens auraient tué trois civils lundi à Tyr.",
            3,
        ),
    ],
)
def test_a_denial_beside_a_report_denies_nothing_it_reports(
    nlp, text: str, fatalities: int
) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert event.fatalities == fatalities


def test_a_report_in_the_conditional_is_still_told(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(
        nlp,
        "KHARTOUM, 12 mars 2025 (AFP) - Selon des témoins, les FSR auraient tué mardi douze "
        "civils à Omdurman.",
    )
    assert event.fatalities == 12


# -- an arrest, a truce or a handover kills no one --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "MEXICO, 12 mars 2025 (AFP) - Lundi, l'armée a annoncé l'arrestation à Tijuana d'un chef "
        "de cellule du cartel. La guerre entre les factions a éclaté en 2024. Elle a fait plus "
        "de 900 morts dans l'État.",
        "DOHA, 12 mars 2025 (AFP) - Un accord de cessez-le-feu a été signé lundi à Doha entre "
        "Kinshasa et le M23. Les affrontements ont fait plus de 3.000 morts.",
        "BANGUI, 12 mars 2025 (AFP) - Les rebelles de l'UPC ont remis lundi leur base de "
        "Bambouti aux forces armées centrafricaines. Le conflit a fait des milliers de morts.",
    ],
)
def test_a_toll_told_after_a_strategic_development_is_not_its_own(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert event.event_type == "Strategic developments"
    assert event.fatalities is None


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # arson kills
        (
            "BUNIA, 12 mars 2025 (AFP) - Des miliciens ont incendié lundi le village de Djugu. "
            "Au moins douze habitants ont péri dans les flammes.",
            12,
        ),
        # the dead of the arrest operation itself
        (
            "BAMAKO, 12 mars 2025 (AFP) - L'armée malienne a arrêté lundi un chef jihadiste près "
            "de Mopti. Lors de l'opération, deux soldats ont été tués.",
            2,
        ),
    ],
)
def test_a_toll_of_the_deed_itself_is_still_lent(nlp, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert event.fatalities == fatalities


# -- a claim reported with the claimant's words in quotes -------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "BEYROUTH, 12 mars 2025 (AFP) - Deux hommes ont été tués dimanche par une frappe de "
            "drone israélienne à Tyr. Dans un communiqué, l'armée israélienne a affirmé avoir « "
            "éliminé deux terroristes du Hezbollah ».",
            "Hezbollah",
        ),
        (
            "BAMAKO, 12 mars 2025 (AFP) - L'armée malienne a affirmé avoir « neutralisé une "
            "trentaine de terroristes » lundi près de Boni.",
            "Unidentified Armed Group (Mali)",
        ),
        (
            "MOGADISCIO, 12 mars 2025 (AFP) - L'armée somalienne a affirmé avoir « tué douze "
            "combattants shebab » lundi près de Jilib.",
            "Chebab",
        ),
    ],
)
def test_a_claim_with_its_words_in_quotes_is_told(nlp, text: str, actor2: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text)
    assert event.actor2 is not None and event.actor2.name == actor2


def test_testimony_in_quotes_tells_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        _events(
            nlp,
            "OUAGADOUGOU, 12 mars 2025 (AFP) - « Ils ont tué mon frère et brûlé notre maison », a "
            "raconté un habitant de Kaya.",
        )
        == []
    )


# -- a new toll and the old one it replaces, in one sentence ------------------------------------------
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "ABUJA, 12 mars 2025 (AFP) - Au moins 30 personnes ont été tuées dans l'attaque d'un "
            "village de l'État de Zamfara, selon un nouveau bilan, qui faisait état la veille de "
            "20 morts.",
            30,
        ),
        (
            "MAIDUGURI, 12 mars 2025 (AFP) - Selon un nouveau bilan, 45 personnes ont été tuées "
            "lundi dans l'attaque de Konduga par des jihadistes, un précédent bilan faisant état "
            "de 37 morts.",
            45,
        ),
        (
            "GOMA, 12 mars 2025 (AFP) - Selon un nouveau bilan, 21 civils ont été tués dimanche "
            "par les ADF à Beni, après un premier bilan de 14 morts.",
            21,
        ),
        # two groups of dead in an updated toll still add up
        (
            "GOMA, 12 mars 2025 (AFP) - Selon un nouveau bilan, douze soldats et huit civils ont "
            "été tués dimanche par les ADF à Beni.",
            20,
        ),
    ],
)
def test_an_updated_toll_replaces_the_old_one_told_beside_it(
    nlp, text: str, fatalities: int
) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, text, published="2025-03-12")
    assert event.fatalities == fatalities
