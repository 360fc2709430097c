"""The gazetteer (data/places.tsv, built by scripts/build_gazetteer.py) as a NameIndex."""

from __future__ import annotations

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.index import NameIndex

PLACE_FILES = ("places.tsv",)
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


def place_index(files: DataFiles) -> NameIndex:
    index = NameIndex(label="PLACE")
    for row in files.tsv("places.tsv", COLUMNS):
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
