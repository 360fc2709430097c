"""Datelines: the publication date in a dispatch's first lines ("BEYROUTH, 12 mars 2016
(AFP) -") and where a wire's dateline ends.

Date candidates are found with a few regular expressions and handed to python-dateutil with a
French `parserinfo`, day first, as French wires write dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil import parser as dateutil_parser

from conflict_extract.text import fold
from conflict_extract.timewords import MONTHS, WEEKDAYS

# Publication dates outside this window are exporters' "no date" values (0001-01-01,
# 9999-12-31) or typos (1066): ignored, with a warning where they are read.
EARLIEST_PUBLICATION = date(1900, 1, 1)
_LATEST_AHEAD = timedelta(days=366)
_HEAD_LINES = 6
_HEAD_CHARS = 600
_MONTH_WORD = "|".join(
    sorted({w for words in MONTHS.values() for w in words}, key=len, reverse=True)
)
_CANDIDATES = (
    # 12 mars 2016, 1er mars 2021, 22 janv. 2022 (on accent-folded text)
    re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_WORD})\.?\s+(\d{{4}})\b"),
    # 25-11-2024, 03/04/2018, 14.01.2020 (day first)
    re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b"),
    # 2024-11-25
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
)


# A wire's dateline: up to 120 characters, then an agency in brackets or a year, then a dash.
class FrenchParserInfo(dateutil_parser.parserinfo):
    """dateutil's parser, taught French month and weekday names."""

    MONTHS = [tuple(words) for _, words in sorted(MONTHS.items())]  # noqa: RUF012
    WEEKDAYS = [(name,) for _, name in sorted(WEEKDAYS.items())]  # noqa: RUF012
    JUMP = [*dateutil_parser.parserinfo.JUMP, "le", "er", "à", "a"]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


_PARSER_INFO = FrenchParserInfo()


def parse_french_date(text: str) -> date | None:
    """'22 janv. 2022' or '03/04/2018' -> date; None when it is not a valid date."""
    cleaned = re.sub(r"(\d)er\b", r"\1", fold(text)).replace(".", " ")
    try:
        parsed = dateutil_parser.parse(cleaned, parserinfo=_PARSER_INFO, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return parsed.date()


def publication_window(today: date | None = None) -> tuple[date, date]:
    """The first and last plausible publication dates: 1900-01-01 to a year after today."""
    return EARLIEST_PUBLICATION, (today or date.today()) + _LATEST_AHEAD


def plausible_publication(value: date, today: date | None = None) -> bool:
    earliest, latest = publication_window(today)
    return earliest <= value <= latest


def find_dateline(text: str) -> date | None:
    """The first date in the dispatch's first lines, or None."""
    head_lines = [line for line in text[:_HEAD_CHARS].splitlines() if line.strip()][:_HEAD_LINES]
    for line in head_lines:
        folded = fold(line)
        for pattern in _CANDIDATES:
            match = pattern.search(folded)
            if match:
                found = _from_match(pattern, match)
                if found is not None:
                    return found
    return None


def _from_match(pattern: re.Pattern[str], match: re.Match[str]) -> date | None:
    if pattern is _CANDIDATES[2]:
        try:
            return date.fromisoformat(match.group(0))
        except ValueError:
            return None
    if pattern is _CANDIDATES[1]:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return parse_french_date(match.group(0))


# Where a dispatch's dateline ends: "BAMAKO (AFP) - ", "ABUJA, 12 septembre (Xinhua) -- ",
# "Port-au-Prince, le 19 février 2025 - ", "KIEV, 23 juin 2024 (AFP) - ", at the start of a
# line near the top, after the headline if there is one.
_DATELINE_LEAD = re.compile(
    r"^[ \t]*(?:"
    r"[^\n]{0,120}?\([A-Za-zÀ-ÿ][\w .'’/-]{0,30}\)"  # an agency in brackets
    r"|[A-ZÀ-Þ][^\n.!?]{0,80}?\d{4}"  # a place and a date with its year
    r"|[A-ZÀ-Þ][A-ZÀ-Þ'’ /-]{2,40}"  # a place in capitals
    r")[ \t]*(?:-{1,2}|–|—)[ \t]"
    # or a line of its own: a place, a date and an agency in brackets, nothing else
    r"|^[ \t]*[A-ZÀ-Þ][^\n.!?]{0,80}?\d{4}[ \t]*\([A-Za-zÀ-ÿ][\w .'’/-]{0,30}\)[ \t]*$",
    re.MULTILINE,
)
_DATELINE_REACH = 800


def dateline_end(text: str) -> int:
    """Offset just past the dispatch's dateline, 0 when it has none. The places of a dateline
    say where the wire was filed, not where anything happened."""
    match = _DATELINE_LEAD.search(text, 0, _DATELINE_REACH)
    return match.end() if match else 0
