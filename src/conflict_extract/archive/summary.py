"""What an archive says: events by type, place, actor and month, with fatality totals.

Fatalities are the events' own `fatalities` (killed in that incident); casualty figures, and
cumulative tolls above all, are never added up. Works on a store, or on `parse` JSON Lines
loaded into an in-memory store (`load_jsonl`), with the same queries.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pydantic import ValidationError

from conflict_extract.archive.filters import Filters
from conflict_extract.archive.rows import ChunkResult, document_rows
from conflict_extract.archive.store import Store
from conflict_extract.errors import InputError
from conflict_extract.records import Document

_MAX_FILLED_YEARS = 30


@dataclass(frozen=True)
class Count:
    """One row of a breakdown: its key(s), events and their fatalities."""

    key: tuple[str | None, ...]
    events: int
    fatalities: int
    as_actor1: int | None = None
    as_actor2: int | None = None


@dataclass(frozen=True)
class Summary:
    dispatches: int  # documents in the store
    dispatches_with_events: int  # documents with at least one event that passes the filters
    sources: int  # distinct reporting sources of those events
    events: int
    fatalities: int
    by_type: list[Count] = field(default_factory=list)  # (event_type, sub_event_type)
    by_place: list[Count] = field(default_factory=list)  # (country, admin1)
    by_actor: list[Count] = field(default_factory=list)  # (actor,), top N
    by_month: list[Count] = field(default_factory=list)  # (YYYY-MM or None,), gaps filled


def summarize(store: Store, filters: Filters, *, top: int = 10) -> Summary:
    where, params = filters.where("e")
    db = store.connection
    matched = f"SELECT * FROM events AS e WHERE {where}"

    def counts(keys: str, order: str) -> list[Count]:
        rows = db.execute(
            f"SELECT {keys}, count(*), coalesce(sum(fatalities), 0) FROM ({matched}) "
            f"GROUP BY {keys} ORDER BY {order}",
            params,
        )
        return [Count(tuple(row[:-2]), row[-2], row[-1]) for row in rows]

    events, fatalities, documents, sources = db.execute(
        "SELECT count(*), coalesce(sum(fatalities), 0), count(DISTINCT document_key), "
        f"count(DISTINCT source) FROM ({matched})",
        params,
    ).fetchone()
    actors = db.execute(
        f"""WITH matched AS ({matched}),
        roles AS (
            SELECT actor1 AS actor, 1 AS a1, 0 AS a2, fatalities FROM matched
            WHERE actor1 IS NOT NULL
            UNION ALL
            SELECT actor2, 0, 1, fatalities FROM matched WHERE actor2 IS NOT NULL)
        SELECT actor, count(*), coalesce(sum(fatalities), 0), sum(a1), sum(a2) FROM roles
        GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?""",
        [*params, top],
    )
    return Summary(
        dispatches=store.count("documents"),
        dispatches_with_events=documents,
        sources=sources,
        events=events,
        fatalities=fatalities,
        by_type=counts("event_type, sub_event_type", "count(*) DESC, 1, 2"),
        by_place=counts("country, admin1", "count(*) DESC, 1, 2"),
        by_actor=[Count((a,), n, f, a1, a2) for a, n, f, a1, a2 in actors],
        by_month=_fill_months(counts("month", "month IS NULL, month")),
    )


def load_jsonl(
    lines: Iterable[str], on_error: Callable[[InputError], None], source: str = "<stdin>"
) -> Store:
    """Documents printed by `parse --format jsonl`, in an in-memory store."""
    store = Store.open(":memory:")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            document = Document.model_validate_json(line)
        except ValidationError as error:
            first = error.errors()[0]["msg"]
            on_error(InputError(f"{source}:{number}", f"not a Document record ({first})"))
            continue
        key = hashlib.sha256(line.strip().encode("utf-8")).hexdigest()
        store.write(ChunkResult(documents=(document_rows(key, "jsonl", document),)))
    return store


def _fill_months(months: list[Count]) -> list[Count]:
    """Every month from the first to the last, those without events at zero; undated last."""
    dated = {c.key[0]: c for c in months if c.key[0]}
    undated = [c for c in months if not c.key[0]]
    if not dated:
        return undated
    first, last = min(dated), max(dated)
    if int(last[:4]) - int(first[:4]) > _MAX_FILLED_YEARS:  # a stray date: no 1,000 empty rows
        return [*dated.values(), *undated]
    year, month = int(first[:4]), int(first[5:7])
    filled = []
    while (label := f"{year:04d}-{month:02d}") <= last:
        filled.append(dated.get(label, Count((label,), 0, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled + undated
