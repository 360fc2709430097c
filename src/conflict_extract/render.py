"""Renderers: one function per output format, each writing Documents to a text stream."""

from __future__ import annotations

import codecs
import csv
import json
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from conflict_extract.records import Document, Event

FORMATS = ("json", "jsonl", "table", "csv")
# ACLED's export columns, in ACLED's order, for the fields we code.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def render_json(documents: Iterable[Document], out: TextIO, *, single: bool = False) -> None:
    """A pretty array; one pretty object when `single` (the command line named one text
    input), nothing if that one failed. The shape never depends on what succeeded."""
    items = [d.model_dump(mode="json") for d in documents]
    if single and not items:
        return
    payload = items[0] if single and len(items) == 1 else items
    out.write(json.dumps(payload, ensure_ascii=_ascii_only(out), indent=2) + "\n")


def render_jsonl(documents: Iterable[Document], out: TextIO) -> None:
    ascii_only = _ascii_only(out)
    for document in documents:
        if ascii_only:
            line = json.dumps(document.model_dump(mode="json"), separators=(",", ":"))
        else:
            line = document.model_dump_json()
        out.write(line + "\n")
        out.flush()


def _ascii_only(out: TextIO) -> bool:
    """True when `out` cannot encode all of Unicode: JSON then escapes (\\u00e9)."""
    try:
        return not codecs.lookup(getattr(out, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return True


def render_csv(documents: Iterable[Document], out: TextIO) -> None:
    """One row per event, `event_id_cnty` its stable id (the same dispatch given twice:
    '#2', '#3'... so that ids stay unique)."""
    write_acled_csv(((document, event) for document in documents for event in document.events), out)


def write_acled_csv(events: Iterable[tuple[Document, Event]], out: TextIO) -> None:
    """ACLED columns, one row per (document, event)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    seen: Counter[str] = Counter()
    for document, event in events:
        seen[event.id] += 1
        event_id = event.id if seen[event.id] == 1 else f"{event.id}#{seen[event.id]}"
        writer.writerow(_acled_row(document, event_id, event))


def acled_record(document: Document, event: Event) -> dict[str, object]:
    """One event under ACLED's column names (the values of a CSV row)."""
    return dict(zip(ACLED_COLUMNS, _acled_row(document, event.id, event), strict=True))


def _acled_row(document: Document, event_id: str, event: Event) -> list[object]:
    location = event.location
    values = {
        "event_id_cnty": event_id,
        "event_date": event.event_date.isoformat() if event.event_date else "",
        "year": event.event_date.year if event.event_date else "",
        "time_precision": event.time_precision or "",
        "disorder_type": _DISORDER[event.event_type],
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "",
        "assoc_actor_1": event.assoc_actor_1 or "",
        "inter1": event.actor1.inter if event.actor1 and event.actor1.inter else "",
        "actor2": event.actor2.name if event.actor2 else "",
        "assoc_actor_2": event.assoc_actor_2 or "",
        "inter2": event.actor2.inter if event.actor2 and event.actor2.inter else "",
        "interaction": event.interaction or "",
        "civilian_targeting": "Civilian targeting"
        if event.event_type == "Violence against civilians"
        else "",
        "iso": "",
        "region": "",
        "country": (location.country or "") if location else "",
        "admin1": (location.admin1 or "") if location else "",
        "admin2": (location.admin2 or "") if location else "",
        "admin3": "",
        "location": location.name if location else "",
        "latitude": location.latitude if location and location.latitude is not None else "",
        "longitude": location.longitude if location and location.longitude is not None else "",
        "geo_precision": (location.geo_precision or "") if location else "",
        "source": event.source.name if event.source else "",
        "source_scale": "",
        "notes": event.evidence.text,
        "fatalities": event.fatalities if event.fatalities is not None else "",
        "tags": "unconfirmed" if event.unconfirmed else "",
        "timestamp": "",
    }
    return [values[column] for column in ACLED_COLUMNS]


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """A closed pipe raises, as in every other format (rich would exit with status 1)."""
        raise BrokenPipeError


def render_table(documents: Iterable[Document], out: TextIO) -> None:
    # No markup: ids and dispatch text may hold '[/bold]'-like brackets, shown as they are.
    console = _Console(file=out, width=_width(out), soft_wrap=False, markup=False)
    for document in documents:
        console.print(_summary(document))
        if document.events:
            console.print(_events_table(document))
        if document.casualties:
            console.print(_casualties_table(document))
        if document.entities:
            console.print(_entities_table(document))


def _width(out: TextIO) -> int | None:
    """The terminal's width; 80 columns when writing to a file or a pipe."""
    return None if out.isatty() else 80


def _summary(document: Document) -> Text:
    killed = sum(e.fatalities or 0 for e in document.events)
    published = document.published.isoformat() if document.published else "date unknown"
    factions = len({e.name or e.text for e in document.entities if e.label == "FACTION"})
    places = len({e.name or e.text for e in document.entities if e.label == "PLACE"})
    return Text.assemble(
        (document.id, "bold"),
        f" ({published}): {len(document.events)} events, "
        f"{killed} killed in events, {factions} factions, {places} places",
    )


def _events_table(document: Document) -> Table:
    table = Table(title="Events", box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("type", ratio=3, overflow="fold")
    table.add_column("actors", ratio=3, overflow="fold")
    table.add_column("place", ratio=2)
    table.add_column("admin1", ratio=2)
    table.add_column("dead", no_wrap=True, justify="right", width=4)
    table.add_column("source", ratio=2)
    short_sources = _short_source_names(document)
    for event in document.events:
        actors = _who(event)
        flag = " (unconfirmed)" if event.unconfirmed else ""
        table.add_row(
            event.event_date.isoformat() if event.event_date else "-",
            f"{event.sub_event_type}{flag}",
            actors or "-",
            event.location.text if event.location else "-",
            (event.location.admin1 or "-") if event.location else "-",
            str(event.fatalities) if event.fatalities is not None else "-",
            short_sources.get(event.source.name, event.source.text) if event.source else "-",
        )
    return table


def _who(event: Event) -> str:
    """'forces gouvernementales + aviation russe → HTS': who acted, with whom, on whom ('?'
    for a side the dispatch does not name)."""

    def side(main: str, ally: str) -> str:
        names = [a.text for a in event.actors if a.role == main]
        allies = [a.text for a in event.actors if a.role == ally]
        return " + ".join(names[:1] + allies) if names else ""

    acted, upon = side("actor1", "assoc_actor_1"), side("actor2", "assoc_actor_2")
    if not acted and not upon:
        return ""
    return f"{acted or '?'} → {upon}" if upon else acted


def _short_source_names(document: Document) -> dict[str, str]:
    """Each source's shortest mention in the dispatch ('OSDH' for the Observatoire...)."""
    short: dict[str, str] = {}
    for entity in document.entities:
        if entity.label == "SOURCE" and entity.name:
            current = short.get(entity.name, entity.name)
            short[entity.name] = min(current, entity.text, key=len)
    return short


def _casualties_table(document: Document) -> Table:
    table = Table(title="Casualties", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("count", "status", "victims", "text"):
        table.add_column(column, overflow="fold")
    for casualty in document.casualties:
        count = "?" if casualty.count is None else str(casualty.count)
        if casualty.cumulative:
            count += " (cumul.)"
        table.add_row(count, casualty.status, casualty.victims or "-", casualty.text)
    return table


def _entities_table(document: Document) -> Table:
    """One row per distinct mention, with how often it occurs."""
    table = Table(title="Entities", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("label", "text", "n", "name", "where"):
        table.add_column(column, overflow="fold")
    counts = Counter((e.label, e.text) for e in document.entities)
    seen: set[tuple[str, str]] = set()
    for entity in document.entities:
        key = (entity.label, entity.text)
        if key in seen:
            continue
        seen.add(key)
        where = ""
        if entity.label == "PLACE":
            where = ", ".join(x for x in (entity.admin1, entity.country) if x) or "?"
        elif entity.label == "FACTION":
            where = entity.affiliation or ""
        table.add_row(entity.label, entity.text, str(counts[key]), entity.name or "-", where)
    return table


RENDERERS = {
    "json": render_json,
    "jsonl": render_jsonl,
    "table": render_table,
    "csv": render_csv,
}
