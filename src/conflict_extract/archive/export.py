"""Export from a store: Documents as JSON Lines, events as ACLED CSV or as GeoJSON.

The CSV is `parse --format csv`'s (render.write_acled_csv); GeoJSON features carry the same
ACLED fields as properties. Filters select events; JSON Lines keeps whole Documents that
have at least one selected event (all Documents when no filter is given).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from conflict_extract.archive.filters import Filters
from conflict_extract.archive.store import Store
from conflict_extract.records import Document, Event
from conflict_extract.render import acled_record, write_acled_csv

_ORDER = "d.path, d.id, d.key"


def selected_events(store: Store, filters: Filters) -> Iterator[tuple[Document, Event]]:
    """(document, event) for each event that passes the filters."""
    where, params = filters.where("e")
    rows = store.connection.execute(
        f"SELECT d.key, d.document, e.idx FROM events AS e JOIN documents AS d "
        f"ON d.key = e.document_key WHERE {where} ORDER BY {_ORDER}, e.idx",
        params,
    )
    current: tuple[str, Document] | None = None
    for key, document_json, idx in rows:
        if current is None or current[0] != key:
            current = (key, Document.model_validate_json(document_json))
        yield current[1], current[1].events[idx - 1]


def export_jsonl(store: Store, filters: Filters, out: TextIO) -> int:
    """Write the Documents; returns how many."""
    if filters.any():
        where, params = filters.where("e")
        query = (
            f"SELECT d.document FROM documents AS d WHERE EXISTS (SELECT 1 FROM events AS e "
            f"WHERE e.document_key = d.key AND {where}) ORDER BY {_ORDER}"
        )
    else:
        query, params = f"SELECT d.document FROM documents AS d ORDER BY {_ORDER}", []
    written = 0
    for (document_json,) in store.connection.execute(query, params):
        out.write(document_json + "\n")
        written += 1
    return written


def export_csv(store: Store, filters: Filters, out: TextIO) -> None:
    write_acled_csv(selected_events(store, filters), out)


def export_geojson(store: Store, filters: Filters, out: TextIO) -> tuple[int, int]:
    """An RFC 7946 FeatureCollection, one Point feature per event with coordinates, written
    as it goes. Returns (features written, events left out for want of coordinates)."""
    written = missing = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for document, event in selected_events(store, filters):
        place = event.location
        if place is None or place.latitude is None or place.longitude is None:
            missing += 1
            continue
        properties = {k: (None if v == "" else v) for k, v in acled_record(document, event).items()}
        properties["document_id"] = document.id
        feature = {
            "type": "Feature",
            "id": properties["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
            "properties": properties,
        }
        out.write(("\n" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written, missing
