"""Loading the gazetteer (data/places.tsv, built by scripts/build_gazetteer.py)."""

from __future__ import annotations

import csv
from pathlib import Path

from conflict_extract.errors import DataError
from conflict_extract.knowledge.index import NameIndex

COLUMNS = (
    "id",
    "name",
    "name_fr",
    "kind",
    "country",
    "admin1",
    "admin2",
    "lat",
    "lon",
    "population",
    "aliases",
)


def load_place_index(data: Path) -> NameIndex:
    path = data / "places.tsv"
    index = NameIndex(label="PLACE")
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    with handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise DataError(f"{path}: expected columns {', '.join(COLUMNS)}")
        for row in reader:
            record = {
                "kb_id": row["id"],
                "name": row["name"],
                "name_fr": row["name_fr"] or None,
                "kind": row["kind"],
                "country": row["country"] or None,
                "admin1": row["admin1"] or None,
                "admin2": row["admin2"] or None,
                "latitude": float(row["lat"]) if row["lat"] else None,
                "longitude": float(row["lon"]) if row["lon"] else None,
                "population": int(row["population"] or 0),
            }
            aliases = row["aliases"].split("|") if row["aliases"] else []
            index.add(record, [row["name"], row["name_fr"], *aliases])
    return index
