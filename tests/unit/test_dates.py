import pytest
import spacy

from conflict_extract.components.dates import _NEEDS, DateFinder, _has_any, last_weekday

NLP = spacy.blank("fr")
FINDER = DateFinder(name="dates", spans_key="dates")


def _when(text: str, published: str | None) -> list[tuple[str, str | None, int]]:
    doc = NLP.make_doc(text)
    doc._.published = published
    return [(s.text, s._.when["date"], s._.when["precision"]) for s in FINDER(doc).spans["dates"]]


# 2018-07-08 was a Sunday.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des raids ont visé samedi la ville.", ("samedi", "2018-07-07", 1)),
        ("Dimanche, l'armée est entrée.", ("Dimanche", "2018-07-08", 1)),
        ("Lundi, un obus.", ("Lundi", "2018-07-02", 1)),
        ("Des frappes hier soir.", ("hier", "2018-07-07", 1)),
        ("Il est arrivé avant-hier.", ("avant-hier", "2018-07-06", 1)),
        ("Ce matin, des tirs.", ("Ce matin", "2018-07-08", 1)),
        # A night is coded on the evening it begins.
        ("dans la nuit de samedi à dimanche", ("nuit de samedi à dimanche", "2018-07-07", 1)),
        ("Le 15 mai, un raid.", ("Le 15 mai", "2018-05-15", 1)),
        ("Le 15 août, un raid.", ("Le 15 août", "2017-08-15", 1)),
        ("Jeudi dernier, 20 soldats.", ("Jeudi dernier", "2018-07-05", 1)),
        ("En septembre dernier, un accord.", ("En septembre dernier", "2017-09-01", 3)),
        ("L'été dernier, des raids.", ("L'été dernier", "2017-06-01", 3)),
        ("Les pluies de l'hiver dernier.", ("l'hiver dernier", "2017-12-01", 3)),
        ("Au printemps dernier, un accord.", ("Au printemps dernier", "2018-03-01", 3)),
        ("Le 11 juillet 2017, une frappe.", ("11 juillet 2017", "2017-07-11", 1)),
        (
            "L'attentat avait tué 320 personnes en juillet 2016.",
            ("en juillet 2016", "2016-07-01", 3),
        ),
        ("La veille, des combats.", ("La veille", "2018-07-07", 2)),
        ("la trêve conclue le mois dernier", ("le mois dernier", "2018-06-01", 3)),
        ("les otages enlevés le mois passé", ("le mois passé", "2018-06-01", 3)),
    ],
)
def test_time_expressions_resolve_against_publication(text: str, expected: tuple) -> None:
    assert _when(text, "2018-07-08")[0] == expected


def test_a_duration_since_a_month_is_no_date() -> None:
    assert _when("Les combats, qui durent depuis avril 2023, ont repris mardi.", "2025-06-04") == [
        ("mardi", "2025-06-03", 1)
    ]


def test_dernier_after_no_time_word_is_no_date() -> None:
    assert _when("Le dernier bilan, publié mardi, fait état de morts.", "2025-06-04") == [
        ("mardi", "2025-06-03", 1)
    ]


def test_no_publication_date_means_no_invented_date() -> None:
    assert _when("Samedi, des raids ont visé la ville.", None) == [("Samedi", None, 1)]
    assert _when("Le 3 mars 2016, un raid.", None) == [("3 mars 2016", "2016-03-03", 1)]


def test_last_weekday_includes_the_reference_day() -> None:
    from datetime import date

    assert last_weekday(date(2018, 7, 8), 6) == date(2018, 7, 8)
    assert last_weekday(date(2018, 7, 8), 0) == date(2018, 7, 2)


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1066-10-14"])
def test_implausible_publication_dates_resolve_nothing_and_never_overflow(published: str) -> None:
    text = "Dimanche, hier, la veille, le 15 mai, en mai dernier, 31 décembre 9999 ; le lendemain."
    found = _when(text, published)
    assert [date for _, date, _ in found if date] == ["9999-12-31"]  # the one written in full


def test_the_day_after_the_last_date_there_is() -> None:
    assert _when("Le 31 décembre 9999, un raid ; le lendemain, un autre.", None)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Le M23 s'est emparé fin janvier de Goma.", "2025-01-01"),
        ("Les FSR ont pris en octobre la ville d'El-Fasher.", "2024-10-01"),
        ("L'armée a repris mi-février la localité de Kidal.", "2025-02-01"),
    ],
)
def test_a_month_with_no_year_is_the_last_such_month(nlp, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    """'fin janvier', 'en octobre', 'mi-février' before a dispatch of 21 March 2025."""
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-21"
    doc = nlp(doc)
    assert [(d._.when["date"], d._.when["precision"]) for d in doc.spans["dates"]] == [(day, 3)]


def test_since_a_month_is_a_duration_not_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Depuis fin janvier, les combats ont fait plus de 3.000 morts.")
    doc._.published = "2025-03-21"
    doc = nlp(doc)
    assert list(doc.spans["dates"]) == []


@pytest.mark.parametrize(
    "folded",
    [
        "le 3 mars dernier, des hommes armes",
        "l'ete dernier et samedi dernier",
        "samedi derniere",
        "le dernier samedi",
        "mars  dernier",
        " dernier",
        "",
    ],
)
def test_gates_of_the_last_month_weekday_or_season_are_the_strings_themselves(
    folded: str,
) -> None:
    """_has_any tells the 'X dernier' groups from where ' dernier' is: the same answer as
    looking for each string of the group."""
    for groups in _NEEDS.values():
        for group in groups:
            assert _has_any(folded, group) == any(word in folded for word in group)
