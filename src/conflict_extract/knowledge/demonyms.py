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
    """Folded demonym form -> ISO2 code, for the rows of the given `kinds`, from a data
    folder."""
    path = data / "demonyms.csv"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    return parse_demonyms(text, str(path), kinds=kinds)


def parse_demonyms(text: str, origin: str, *, kinds: frozenset[str] = KINDS) -> dict[str, str]:
    """The demonym table read from the text of demonyms.csv (`origin` names it in errors)."""
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(rows)
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise DataError(f"{origin}: expected columns {', '.join(COLUMNS)}")
    table: dict[str, str] = {}
    for row in reader:
        form, country, kind = row["form"].strip(), row["country"].strip(), row["kind"].strip()
        if not form or len(country) != 2 or not country.isupper() or kind not in KINDS:
            raise DataError(f"{origin}: malformed row {form},{country},{kind}")
        if kind not in kinds:
            continue
        key = fold(form)
        if table.get(key, country) != country:
            raise DataError(f"{origin}: {form!r} names both {table[key]} and {country}")
        table[key] = country
    return table
