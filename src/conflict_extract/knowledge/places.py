"""Loading the gazetteer (data/places.tsv, built by scripts/build_gazetteer.py)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from conflict_extract.errors import DataError
from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.normalize import fold, name_key

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
_SEPARATORS = re.compile(r"[ʿʾʼʻ'’‘`´\-.\s]+")


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
        rows = list(reader)
    stoplist = load_place_stoplist(data)
    countries = {
        name_key(name)
        for row in rows
        if row["kind"] == "country"
        for name in (row["name"], row["name_fr"], *row["aliases"].split("|"))
        if name
    }
    for row in rows:
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
        names = [row["name"], row["name_fr"]]
        if row["kind"] == "admin1":
            names = [n for n in names if not _generic_division_name(n, stoplist, countries)]
        aliases = row["aliases"].split("|") if row["aliases"] else []
        index.add(record, [*names, *aliases])
    return index


def load_place_stoplist(data: Path) -> frozenset[str]:
    """data/place_stoplist.txt, entries folded with hyphens and apostrophes as spaces; empty
    when a custom knowledge base has no such file."""
    path = data / "place_stoplist.txt"
    if not path.exists():
        return frozenset()
    entries = (line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(_folded_words(entry) for entry in entries if entry.strip())


def _generic_division_name(name: str, stoplist: frozenset[str], countries: set[str]) -> bool:
    """A first-level division named by an everyday word ('Nord', 'Centre', 'Littoral') or by a
    country's name ('Niger', the Nigerian state): indexed only through its aliases ('région du
    Nord', 'État du Niger'), so that 'le Nord' or 'le Niger' are not taken for it."""
    return bool(name) and (_folded_words(name) in stoplist or name_key(name) in countries)


def _folded_words(text: str) -> str:
    return " ".join(_SEPARATORS.split(fold(text))).strip()
