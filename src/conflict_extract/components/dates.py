"""conflict_dates: time expressions ("dimanche", "hier", "le 15 mai", "en septembre dernier")
as spans in doc.spans["dates"], resolved against the publication date (`doc._.published`).

Each span gets `span._.when = {"date": "YYYY-MM-DD", "precision": 1|2|3}` with ACLED's time
precision (1 the day, 2 the week or a few days, 3 the month or vaguer). Without a publication
date, relative expressions are left unresolved: no date is invented.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import chain
from typing import Any

from dateutil.relativedelta import relativedelta
from spacy.language import Language
from spacy.tokens import Doc, Span

from conflict_extract.components import extensions  # noqa: F401  (registers Span._.when)
from conflict_extract.datelines import find_dateline, plausible_publication
from conflict_extract.doc_views import doc_text, set_span_value, span_value
from conflict_extract.text import fold_aligned
from conflict_extract.timewords import MONTH_BY_WORD, WEEKDAY_BY_WORD

_MONTH = "|".join(sorted(MONTH_BY_WORD, key=len, reverse=True))
_DAY = "|".join(WEEKDAY_BY_WORD)
_SEASONS = {"printemps": 3, "ete": 6, "automne": 9, "hiver": 12}
# Patterns run on accent-folded, lower-cased text (same length as the original).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("night", re.compile(rf"\bnuit de ({_DAY}) (?:a|au) ({_DAY})\b")),
    ("full", re.compile(rf"\b(\d{{1,2}})(?:er)? ({_MONTH})\.? (\d{{4}})\b")),
    ("day_month", re.compile(rf"\b(?:le |du |au )(\d{{1,2}})(?:er)? ({_MONTH})\b")),
    # "en juillet 2016", "fin mars 2024"; not "depuis avril 2023", a duration
    # (the word boundary tested before the look-behind: it fails at most places, and sooner)
    ("month_year", re.compile(rf"\b(?<!depuis )(?:en |fin |debut |mi-)?({_MONTH}) (\d{{4}})\b")),
    ("month_last", re.compile(rf"\b(?:en |fin |debut |mi-)?({_MONTH}) dernier\b")),
    # "fin janvier", "en septembre", "mi-février": the last such month; not "depuis fin
    # janvier", a duration, nor a month with its year or 'dernier' (the patterns above)
    (
        "month_bare",
        re.compile(rf"\b(?<!depuis )(?:en |fin |debut |mi-)({_MONTH})\b(?! \d{{4}})(?! dernier)"),
    ),
    (
        "season_last",
        re.compile(r"\b(?:l'|l’)(ete|hiver|automne) dernier\b|\bau (printemps) dernier\b"),
    ),
    ("weekday_last", re.compile(rf"\b({_DAY}) dernier\b")),
    ("weekday", re.compile(rf"\b({_DAY})\b")),
    ("yesterday", re.compile(r"\bavant-hier\b|\bhier\b")),
    ("eve", re.compile(r"\bla veille\b")),
    (
        "today",
        re.compile(
            r"\baujourd['’]hui\b|\bce (?:matin|soir|midi)\b|\bcet apres-midi\b|\bcette nuit\b"
        ),
    ),
    ("last_week", re.compile(r"\bla semaine (?:derniere|passee)\b")),
    ("last_month", re.compile(r"\ble mois (?:dernier|passe)\b")),
    ("next_day", re.compile(r"\ble lendemain\b")),
]
# What a kind's pattern cannot match without: for each group, one of its strings is in the
# folded text. Most dispatches have no 'veille', 'lendemain' or month followed by 'dernier':
# their patterns are then not run over the whole text.
# (Whether a month or a weekday is written at all is told by _ANCHORS below.)
_MONTHS, _DAYS = tuple(MONTH_BY_WORD), tuple(WEEKDAY_BY_WORD)
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "night": (("nuit de ",),),
    "full": (),
    "day_month": (),
    "month_year": (),
    "month_last": (tuple(f"{month} dernier" for month in _MONTHS),),
    "month_bare": (),
    "season_last": (tuple(f"{season} dernier" for season in _SEASONS),),
    "weekday_last": (tuple(f"{day} dernier" for day in _DAYS),),
    "weekday": (),
    "yesterday": (("hier",),),
    "eve": (("la veille",),),
    "today": (("aujourd", "ce matin", "ce soir", "ce midi", "cet apres-midi", "cette nuit"),),
    "last_week": (("la semaine ",),),
    "last_month": (("le mois ",),),
    "next_day": (("le lendemain",),),
}
# The groups of _NEEDS whose every string is a word then ' dernier', with those words:
# _has_any looks for them where ' dernier' is.
_LAST = " dernier"
_BEFORE_LAST = {
    group: tuple(word.removesuffix(_LAST) for word in group)
    for groups in _NEEDS.values()
    for group in groups
    if group and all(word.endswith(_LAST) for word in group)
}
# The kinds whose every match holds a month ('month') or a weekday ('day') written as a whole
# word (each pattern puts a space, '-', '.' or a word boundary on both sides of it), and reads
# at most _REACH characters before that word's start and after its end, look-arounds included
# ('depuis debut ' before a month, ' dernier' or ' 2024' and the boundary after it). Their
# patterns run only over the stretches of text within _REACH of such a word, which one scan
# (_MONTH_OR_DAY) finds, instead of each scanning the whole text: they find the same matches
# in the same order (a search from `pos` still sees the text before it; the stretches, merged
# where they touch, end at least _REACH characters after any such word, and before a character
# that is no word character or at the text's end, so that no word is cut into a month).
_ANCHORS = {
    "night": "day",
    "full": "month",
    "day_month": "month",
    "month_year": "month",
    "month_last": "month",
    "month_bare": "month",
    "weekday_last": "day",
    "weekday": "day",
}
_REACH = 16
_MONTH_OR_DAY = re.compile(rf"\b(?:{_MONTH}|{_DAY})\b")
_WORD_RUN = re.compile(r"\w*")


@Language.factory(
    "conflict_dates",
    assigns=["doc.spans", "span._.when"],
    default_config={"spans_key": "dates"},
)
def make_dates(nlp: Language, name: str, *, spans_key: str) -> DateFinder:
    return DateFinder(name=name, spans_key=spans_key)


class DateFinder:
    def __init__(self, *, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        published = _published(doc)
        folded = fold_aligned(doc_text(doc))
        spans: list[Span] = []
        taken: set[int] = set()
        present: dict[tuple[str, ...], bool] = {}  # a group of _NEEDS -> one of it is in the text
        stretches = _stretches(folded)
        for kind, pattern in _PATTERNS:
            if not all(
                present[group]
                if group in present
                else present.setdefault(group, _has_any(folded, group))
                for group in _NEEDS[kind]
            ):
                continue  # the pattern cannot match
            anchor = _ANCHORS.get(kind)
            matches = (
                pattern.finditer(folded)
                if anchor is None
                else chain.from_iterable(
                    pattern.finditer(folded, start, end) for start, end in stretches[anchor]
                )
            )
            for match in matches:
                if taken.intersection(range(match.start(), match.end())):
                    continue
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None:
                    continue
                set_span_value(span, "when", resolve(kind, match, published))
                spans.append(span)
                taken.update(range(match.start(), match.end()))
        spans.sort(key=lambda s: s.start)
        _resolve_next_days(spans)
        doc.spans[self.spans_key] = spans
        return doc


def _has_any(folded: str, group: tuple[str, ...]) -> bool:
    """Whether one of the strings of `group` (_NEEDS) is in `folded`. The 'X dernier' groups
    (a month, a weekday or a season, then 'dernier': up to 27 strings) are told from the few
    places where ' dernier' is written, what is before each compared with all the X at once,
    rather than by a scan of the text per string; most texts have no ' dernier' at all."""
    befores = _BEFORE_LAST.get(group)
    if befores is None:
        return any(word in folded for word in group)
    at = folded.find(_LAST)
    while at >= 0:
        if folded.endswith(befores, 0, at):
            return True
        at = folded.find(_LAST, at + 1)
    return False


def _stretches(folded: str) -> dict[str, list[tuple[int, int]]]:
    """The stretches of `folded` within _REACH characters of a month ('month') or a weekday
    ('day') written as a whole word, in order, merged where they overlap or touch: where the
    patterns of _ANCHORS may match."""
    found: dict[str, list[tuple[int, int]]] = {"month": [], "day": []}
    size = len(folded)
    for word in _MONTH_OR_DAY.finditer(folded):
        kept = found["month" if word.group() in MONTH_BY_WORD else "day"]
        start = max(0, word.start() - _REACH)
        # a search ending inside a word would see a word boundary there ('en dec' of 'en deces')
        end = _word_end(folded, min(size, word.end() + _REACH))
        if kept and start <= kept[-1][1]:
            kept[-1] = (kept[-1][0], end)
        else:
            kept.append((start, end))
    return found


def _word_end(text: str, at: int) -> int:
    """`at`, or the end of the word `at` falls inside."""
    run = _WORD_RUN.match(text, at)
    return run.end() if run is not None else at


def _resolve_next_days(spans: list[Span]) -> None:
    """'le lendemain' is the day after the last date told before it (none: unknown); 'la
    veille' the day before it ('Dimanche, ... La veille, ...' is Saturday), or, with no date
    told before, the day before publication."""
    last: str | None = None
    for span in spans:
        when: dict[str, Any] = span_value(span, "when")  # type: ignore[assignment]
        step = {"next_day": 1, "eve": -1}.get(str(when["kind"]))
        if (
            step is not None
            and last is not None
            and date.min.isoformat() < last < date.max.isoformat()
        ):
            moved = date.fromisoformat(last) + timedelta(days=step)
            when = {**when, "date": moved.isoformat(), "precision": 1}
            set_span_value(span, "when", when)
        if when["date"]:
            last = when["date"]


def _published(doc: Doc) -> date | None:
    """The publication date relative expressions count from; an implausible one (year 1,
    9999) counts as none."""
    value = doc._.published
    found = date.fromisoformat(value) if value else find_dateline(doc_text(doc))
    return found if found is not None and plausible_publication(found) else None


def resolve(kind: str, match: re.Match[str], published: date | None) -> dict[str, object]:
    """The date (ISO string or None) and ACLED time precision of one expression."""
    try:
        found, precision = _resolve(kind, match, published)
    except (OverflowError, ValueError):  # before year 1 or after 9999: no such date
        found, precision = None, 1
    return {"date": found.isoformat() if found else None, "precision": precision, "kind": kind}


def _resolve(kind: str, match: re.Match[str], pub: date | None) -> tuple[date | None, int]:
    groups = match.groups()
    if kind == "full":
        try:
            return date(int(groups[2]), MONTH_BY_WORD[groups[1]], int(groups[0])), 1
        except ValueError:
            return None, 1
    if pub is None:
        return None, 1
    if kind == "night":
        # "dans la nuit de samedi à dimanche": coded on the evening the night begins, the day
        # the incident started (the dev corpus's guideline, 6 nights in 5 countries).
        morning = last_weekday(pub, WEEKDAY_BY_WORD[groups[1]])
        return morning - timedelta(days=1), 1
    if kind == "day_month":
        try:
            found = date(pub.year, MONTH_BY_WORD[groups[1]], int(groups[0]))
        except ValueError:
            return None, 1
        return (found - relativedelta(years=1) if found > pub else found), 1
    if kind == "month_year":
        return date(int(groups[1]), MONTH_BY_WORD[groups[0]], 1), 3
    if kind == "month_last":
        month = MONTH_BY_WORD[groups[0]]
        year = pub.year if month < pub.month else pub.year - 1
        return date(year, month, 1), 3
    if kind == "month_bare":
        month = MONTH_BY_WORD[groups[0]]
        return date(pub.year if month <= pub.month else pub.year - 1, month, 1), 3
    if kind == "season_last":
        season = next(g for g in groups if g)
        month = _SEASONS[season]
        year = pub.year if month + 3 <= pub.month else pub.year - 1
        return date(year, month, 1), 3
    if kind == "weekday_last":
        return last_weekday(pub - timedelta(days=1), WEEKDAY_BY_WORD[groups[0]]), 1
    if kind == "weekday":
        return last_weekday(pub, WEEKDAY_BY_WORD[groups[0]]), 1
    if kind == "yesterday":
        return pub - timedelta(days=2 if match.group(0).startswith("avant") else 1), 1
    if kind == "eve":
        return pub - timedelta(days=1), 2
    if kind == "today":
        return pub, 1
    if kind == "last_week":
        return pub - timedelta(days=7), 2
    if kind == "last_month":
        return pub.replace(day=1) - relativedelta(months=1), 3
    if kind == "next_day":
        return None, 1  # resolved against the previous date (_resolve_next_days)
    return None, 1


def last_weekday(reference: date, weekday: int) -> date:
    """The most recent `weekday` (Monday 0) on or before `reference`."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)
