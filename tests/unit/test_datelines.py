from datetime import date

import pytest

from conflict_extract.datelines import (
    dateline_end,
    find_dateline,
    parse_french_date,
    plausible_publication,
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("25-11-2024 07:16 AM Jerusalem Timing", date(2024, 11, 25)),
        ("BEYROUTH, 12 mars 2016 (AFP) -", date(2016, 3, 12)),
        ("Publié le 03/04/2018 à 14h05", date(2018, 4, 3)),
        ("QAMICHLI (Syrie), 22 janv. 2022 (AFP) -", date(2022, 1, 22)),
        ("ADEN, 1er mars 2021 (Reuters) -", date(2021, 3, 1)),
        ("Publié le mercredi 22 mai 2019 à 21h34", date(2019, 5, 22)),
        ("Mis à jour le 14.01.2020 à 16:20", date(2020, 1, 14)),
        ("KABOUL, 7 FÉVRIER 2023 (AFP) -", date(2023, 2, 7)),
        ("2023-06-30 - Tripoli", date(2023, 6, 30)),
    ],
)
def test_find_dateline_reads_french_wire_headers(head: str, expected: date) -> None:
    assert find_dateline(head + "\n\nTitre\n\nCorps de la dépêche.") == expected


def test_find_dateline_looks_only_at_the_first_lines() -> None:
    body = "\n".join(["Une ligne."] * 10) + "\nLe 12 mars 2016, un raid."
    assert find_dateline("Titre\n" + body) is None


@pytest.mark.parametrize("text", ["31 février 2020", "Syrie : à Raqqa, les FDS avancent", ""])
def test_find_dateline_returns_none_without_a_valid_date(text: str) -> None:
    assert find_dateline(text) is None


def test_parse_french_date_handles_ordinals_and_abbreviations() -> None:
    assert parse_french_date("1er sept. 2015") == date(2015, 9, 1)
    assert parse_french_date("30 déc 2019") == date(2019, 12, 30)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "MOSCOU/ANKARA, 25 novembre 2015 (Reuters) - Ankara a abattu",
            "MOSCOU/ANKARA, 25 novembre 2015 (Reuters) - ",
        ),
        ("BEYROUTH, 12 mars 2016 (AFP) - Des raids", "BEYROUTH, 12 mars 2016 (AFP) - "),
        ("KABOUL, 7 février 2023 — Un attentat", "KABOUL, 7 février 2023 — "),
        ("Des raids ont frappé Alep dimanche.", ""),
    ],
)
def test_dateline_end_is_where_the_wire_dateline_stops(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize(
    ("value", "plausible"),
    [
        (date(1, 1, 1), False),
        (date(1066, 10, 14), False),
        (date(1899, 12, 31), False),
        (date(1900, 1, 1), True),
        (date(2024, 11, 25), True),
        (date(2025, 11, 25), True),  # a year after "today": a clock ahead, a dateline typo
        (date(2025, 11, 27), False),
        (date(9999, 12, 31), False),
    ],
)
def test_plausible_publication_window(value: date, plausible: bool) -> None:
    assert plausible_publication(value, today=date(2024, 11, 25)) is plausible
