"""Document records -> the rows of the store's tables (pure: no I/O, runs on the workers)."""

from __future__ import annotations

from dataclasses import dataclass

from conflict_extract.records import Document

# Column order of each table's rows as built here; store.py creates the tables with them.
ENTITY_COLUMNS = (
    "document_key",
    "idx",
    "label",
    "text",
    "start",
    "end",
    "kb_id",
    "name",
    "country",
    "affiliation",
    "admin1",
    "latitude",
    "longitude",
)
CASUALTY_COLUMNS = (
    "document_key",
    "idx",
    "status",
    "count",
    "low",
    "high",
    "vague",
    "victims",
    "victim_group",
    "cumulative",
    "source",
    "text",
    "start",
    "end",
)
EVENT_COLUMNS = (
    "document_key",
    "idx",
    "event_date",
    "month",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "interaction",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "source",
    "unconfirmed",
)


@dataclass(frozen=True)
class DocumentRows:
    """One processed dispatch, ready for the writer: its key, its Document as JSON, its rows."""

    key: str
    id: str
    path: str | None
    published: str | None
    country: str | None
    pipeline_version: str
    document_json: str
    entities: tuple[tuple[object, ...], ...]
    casualties: tuple[tuple[object, ...], ...]
    events: tuple[tuple[object, ...], ...]


def document_rows(key: str, pipeline_version: str, document: Document) -> DocumentRows:
    """The rows of one Document; `idx` counts from 1 within the document, as in ACLED ids."""
    entities = tuple(
        (
            *(key, n, e.label, e.text, e.start, e.end, e.kb_id, e.name, e.country),
            *(e.affiliation, e.admin1, e.latitude, e.longitude),
        )
        for n, e in enumerate(document.entities, start=1)
    )
    casualties = tuple(
        (
            *(key, n, c.status, c.count, c.low, c.high, c.vague, c.victims, c.victim_group),
            *(c.cumulative, c.source, c.text, c.start, c.end),
        )
        for n, c in enumerate(document.casualties, start=1)
    )
    events = []
    for n, event in enumerate(document.events, start=1):
        place = event.location
        day = event.event_date.isoformat() if event.event_date else None
        events.append(
            (
                key,
                n,
                day,
                day[:7] if day else None,
                event.event_type,
                event.sub_event_type,
                event.actor1.name if event.actor1 else None,
                event.actor2.name if event.actor2 else None,
                event.interaction,
                place.country if place else None,
                place.admin1 if place else None,
                place.admin2 if place else None,
                place.name if place else None,
                place.latitude if place else None,
                place.longitude if place else None,
                event.fatalities,
                event.source.name if event.source else None,
                event.unconfirmed,
            )
        )
    return DocumentRows(
        key=key,
        id=document.id,
        path=document.path,
        published=document.published.isoformat() if document.published else None,
        country=document.country,
        pipeline_version=pipeline_version,
        document_json=document.model_dump_json(),
        entities=entities,
        casualties=casualties,
        events=tuple(events),
    )


@dataclass(frozen=True)
class ErrorRow:
    """An input that could not be read or a dispatch that could not be processed."""

    source: str
    message: str
    document_key: str | None = None


@dataclass(frozen=True)
class ChunkResult:
    """What a worker sends back for one chunk: the documents it made and the dispatches that
    failed. The writer stores one ChunkResult in one transaction."""

    documents: tuple[DocumentRows, ...] = ()
    errors: tuple[ErrorRow, ...] = ()
