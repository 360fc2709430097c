"""The gazetteer (data/places.tsv, built by scripts/build_gazetteer.py) as a NameIndex."""

from __future__ import annotations

import re

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.normalize import fold, name_key

PLACE_FILES = ("places.tsv", "place_stoplist.txt")
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


def place_index(files: DataFiles) -> NameIndex:
    index = NameIndex(label="PLACE")
    rows = list(files.tsv("places.tsv", COLUMNS))
    stoplist = place_stoplist(files)
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


def place_stoplist(files: DataFiles) -> frozenset[str]:
    """data/place_stoplist.txt, entries folded with hyphens and apostrophes as spaces."""
    entries = (line.split("#", 1)[0] for line in files.text("place_stoplist.txt").splitlines())
    return frozenset(folded_words(entry) for entry in entries if entry.strip())


def _generic_division_name(name: str, stoplist: frozenset[str], countries: set[str]) -> bool:
    """A first-level division named by an everyday word ('Nord', 'Centre', 'Littoral') or by a
    country's name ('Niger', the Nigerian state): indexed only through its aliases ('région du
    Nord', 'État du Niger'), so that 'le Nord' or 'le Niger' are not taken for it."""
    return bool(name) and (folded_words(name) in stoplist or name_key(name) in countries)


def folded_words(text: str) -> str:
    """Folded, with apostrophes, hyphens and dots as spaces: "Afrique de l'Est" -> 'afrique de
    l est'; how the place lists (stoplist, world regions) are compared."""
    return " ".join(_SEPARATORS.split(fold(text))).strip()
