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
        # "la mort de N ...": the deaths announced, confirmed or caused
        ("L'armée israélienne a annoncé la mort de deux soldats à Rafah.", [(2, "killed")]),
        ("Kiev a confirmé la mort de trois secouristes à Kherson.", [(3, "killed")]),
        ("L'embuscade a entraîné la mort d'au moins onze gendarmes.", [(11, "killed")]),
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


@pytest.mark.parametrize(
    ("text", "count", "low", "high", "vague"),
    [
        ("Au moins 44 combattants ont été tués.", 44, 44, None, False),
        ("Plus de 200 soldats ont été tués.", 200, 200, None, False),
        ("Près de 70 civils ont péri.", 70, 70, None, True),
        ("Environ 30 rebelles ont été tués.", 30, 30, None, True),
        ("Jusqu'à 15 civils auraient été tués.", 15, None, 15, False),
        ("Une vingtaine de jihadistes ont été tués.", 20, 20, None, True),
        ("Une centaine de soldats ont péri.", 100, 100, None, True),
        ("Des centaines de civils ont été tués.", 100, 100, None, True),
        ("Plusieurs civils ont été tués.", 10, 10, None, True),
    ],
)
def test_qualifiers_and_vague_quantities(nlp, text, count, low, high, vague) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    (toll,) = (s._.casualty for s in doc.spans["casualties"])
    assert (toll["count"], toll["low"], toll["high"], toll["vague"]) == (count, low, high, vague)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Douze soldats sont morts dans l'embuscade.", "killed"),
        ("Cinq civils ont trouvé la mort dans l'explosion.", "killed"),
        ("L'attaque a coûté la vie à sept policiers.", "killed"),
        ("Le bilan s'élève à 14 morts.", "killed"),
        ("Trois otages ont été exécutés par les jihadistes.", "killed"),
        ("Quatre soldats ont été décapités.", "killed"),
        ("Onze civils ont été abattus.", "killed"),
        ("Six soldats ont été tués par l'aviation russe.", "killed"),
        ("Vingt civils ont été blessés.", "wounded"),
        ("Dix humanitaires ont été enlevés par des hommes armés.", "captured"),
        ("Trente soldats ont été faits prisonniers.", "captured"),
        ("Deux pêcheurs sont portés disparus.", "missing"),
    ],
)
def test_statuses(nlp, text: str, status: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    statuses = [s._.casualty["status"] for s in doc.spans["casualties"]]
    assert statuses[:1] == [status]


def test_neutralised_is_no_status(nlp) -> None:  # type: ignore[no-untyped-def]
    """Armies say 'neutralisés' of fighters killed and captured alike: no toll."""
    doc = nlp("Neuf jihadistes ont été neutralisés par l'armée près de Djibo.")
    assert list(doc.spans["casualties"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le régime a massé quelque 20.000 hommes autour d'Alep.",
        "Les combats durent depuis douze jours.",
        "L'offensive a permis de reprendre 95% de l'enclave.",
        "L'aide s'élève à 40 millions de dollars.",
        "Quelque 3.500 détenus sont toujours dans la prison.",
        "Plus de 320.000 déplacés campent près de la frontière.",
        "La révolte a éclaté en mars 2011.",
        "Le 15 mai, un raid a visé le marché.",
        "Douze postes d'observation ont été installés.",
    ],
)
def test_more_figures_that_are_not_casualties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(nlp, text) == []


def test_victims_and_their_group(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("L'aviation a tué au moins 26 membres de l'EI, selon l'OSDH.")
    (toll,) = (s._.casualty for s in doc.spans["casualties"])
    assert toll["victims"] == "membres de l'EI"
    assert toll["victim_group"] == "Etat islamique"
    assert toll["source"] == "Observatoire syrien des droits de l'homme"


def test_colon_breakdown_and_list_items(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les combats ont fait 89 morts : 28 soldats, cinq civils et 56 jihadistes.")
    tolls = [(s._.casualty["count"], s._.casualty["part_of"]) for s in doc.spans["casualties"]]
    assert tolls == [(89, None), (28, 0), (5, 0), (56, 0)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("La guerre a fait des dizaines de milliers de morts depuis 2023, selon l'ONU.", 12000),
        ("Des centaines de milliers de personnes ont été tuées au Darfour depuis 2003.", 100000),
        ("Des dizaines de milliers de civils ont été tués depuis le début de la guerre.", 12000),
    ],
)
def test_dozens_of_thousands_are_thousands(nlp, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    """'des dizaines de milliers': a dozen thousands (ACLED's dozen), never a dozen."""
    assert (count, "killed") in _tolls(nlp, text)
    assert (12, "killed") not in _tolls(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "L'armée affirme avoir abattu plusieurs autres drones au-dessus de Kidal.",
        "La défense aérienne ukrainienne a abattu deux autres missiles au-dessus de Kiev.",
        "Les Houthis ont lancé trois nouveaux missiles vers Eilat.",
    ],
)
def test_other_weapons_are_no_casualties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(nlp, text) == []


def test_other_people_killed_are_casualties(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(nlp, "Deux autres civils ont été tués à Goma.") == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Dimanche, deux civils qui circulaient à moto ont été tués par l'explosion d'un "
            "engin explosif improvisé près de Tanguiéta.",
            2,
        ),
        ("Trois soldats qui patrouillaient près de Kidal ont été tués par une mine.", 3),
        ("Quatre enfants qui jouaient dans la cour ont péri dans la frappe sur Khan Younès.", 4),
    ],
)
def test_a_relative_clause_on_the_victims_does_not_hide_the_verb(
    nlp, text: str, count: int
) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(nlp, text) == [(count, "killed")]
