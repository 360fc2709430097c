"""Loading the demonym table (data/demonyms.csv): French nationality words -> ISO2 country.

"soldats maliens", "civils soudanaises", "les Burkinabè": every form of a country's adjective
(masculine/feminine, singular/plural) and its capitalised noun, folded for lookup
(`knowledge.normalize.fold`: case and accents), so "burkinabe", "Burkinabé" and "burkinabè"
meet. Multi-word forms keep their hyphen ("sud-soudanais" is not "soudanais").
"""

from __future__ import annotations

import csv
from pathlib import Path

from conflict_extract.errors import DataError
from conflict_extract.knowledge.normalize import fold

COLUMNS = ("form", "country", "kind")
KINDS = frozenset({"adjective", "noun"})


def load_demonyms(data: Path, *, kinds: frozenset[str] = KINDS) -> dict[str, str]:
    """Folded demonym form -> ISO2 code, for the rows of the given `kinds`."""
    path = data / "demonyms.csv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(rows)
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise DataError(f"{path}: expected columns {', '.join(COLUMNS)}")
    table: dict[str, str] = {}
    for row in reader:
        form, country, kind = row["form"].strip(), row["country"].strip(), row["kind"].strip()
        if not form or len(country) != 2 or not country.isupper() or kind not in KINDS:
            raise DataError(f"{path}: malformed row {form},{country},{kind}")
        if kind not in kinds:
            continue
        key = fold(form)
        if table.get(key, country) != country:
            raise DataError(f"{path}: {form!r} names both {table[key]} and {country}")
        table[key] = country
    return table
