#!/usr/bin/env python3
"""Audit place resolution on a reviewed table of places French wires name in today's wars.

    python scripts/check_places.py [--table FILE] [--alone] [--all]

Each row of the table (default: tests/data/places_audit.tsv: country, at, place, admin1) is put
in a sentence, "Des affrontements ont fait plusieurs morts mercredi <at> <place>, selon une
source sécuritaire.", followed by one naming the country ("La situation reste tendue en
Afghanistan.") unless --alone is given; the sentences run through the full pipeline and the
place span that covers the start of <place> is compared with the expected country and
first-level division ("?": country only). Prints the rows resolved wrongly or not found
(--all: every row) and a tally. Exit status 0 whatever is found: the figures are for a
curator to read.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "places_audit.tsv"

# How a sentence names each country of the table.
COUNTRY_AT = {
    "AF": "en Afghanistan",
    "AM": "en Arménie",
    "AZ": "en Azerbaïdjan",
    "BD": "au Bangladesh",
    "BF": "au Burkina Faso",
    "BI": "au Burundi",
    "BJ": "au Bénin",
    "CD": "en RDC",
    "CF": "en Centrafrique",
    "CM": "au Cameroun",
    "CO": "en Colombie",
    "DZ": "en Algérie",
    "EC": "en Equateur",
    "EG": "en Egypte",
    "ET": "en Ethiopie",
    "HT": "en Haïti",
    "IL": "en Israël",
    "IN": "en Inde",
    "IQ": "en Irak",
    "IR": "en Iran",
    "KE": "au Kenya",
    "KH": "au Cambodge",
    "LB": "au Liban",
    "LY": "en Libye",
    "MG": "à Madagascar",
    "ML": "au Mali",
    "MM": "en Birmanie",
    "MX": "au Mexique",
    "MZ": "au Mozambique",
    "NE": "au Niger",
    "NG": "au Nigeria",
    "NP": "au Népal",
    "PE": "au Pérou",
    "PH": "aux Philippines",
    "PK": "au Pakistan",
    "PS": "dans les territoires palestiniens",
    "RU": "en Russie",
    "RW": "au Rwanda",
    "SD": "au Soudan",
    "SO": "en Somalie",
    "SS": "au Soudan du Sud",
    "SY": "en Syrie",
    "TD": "au Tchad",
    "TG": "au Togo",
    "TH": "en Thaïlande",
    "TN": "en Tunisie",
    "UA": "en Ukraine",
    "UG": "en Ouganda",
    "VE": "au Venezuela",
    "YE": "au Yémen",
}


@dataclass(frozen=True)
class Row:
    country: str
    at: str
    place: str
    admin1: str  # "?": only the country is checked

    def sentence(self, *, alone: bool = False) -> tuple[str, int]:
        """The sentence, and the character offset of the place in it."""
        head = "Des affrontements ont fait plusieurs morts mercredi "
        head += self.at if self.at.endswith("'") else self.at + " "
        text = f"{head}{self.place}, selon une source sécuritaire."
        if not alone:
            text += f" La situation reste tendue {COUNTRY_AT[self.country]}."
        return text, len(head)


@dataclass(frozen=True)
class Outcome:
    row: Row
    found: str | None  # the span's text, None when no place span covers the name's start
    country: str | None
    admin1: str | None
    name: str | None
    note: str | None

    @property
    def right(self) -> bool:
        if self.found is None or self.country != self.row.country:
            return False
        return self.row.admin1 == "?" or self.admin1 == self.row.admin1


def read_table(path: Path = TABLE) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Row(r["country"], r["at"], r["place"], r["admin1"]) for r in reader]


def resolve(nlp, rows: Iterable[Row], *, alone: bool = False) -> Iterator[Outcome]:  # type: ignore[no-untyped-def]
    rows = list(rows)
    texts = [row.sentence(alone=alone) for row in rows]
    for row, (_, at), doc in zip(rows, texts, nlp.pipe(t for t, _ in texts), strict=True):
        span = next((s for s in doc.spans["places"] if s.start_char <= at < s.end_char), None)
        kb = (span._.kb or {}) if span is not None else {}
        yield Outcome(
            row,
            None if span is None else span.text,
            kb.get("country"),
            kb.get("admin1"),
            kb.get("name"),
            kb.get("note"),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--alone", action="store_true", help="no sentence naming the country")
    parser.add_argument("--all", action="store_true", help="print every row, not only misses")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from conflict_extract.pipeline import load_pipeline

    nlp = load_pipeline()
    rows = read_table(args.table)
    right = missing = 0
    for out in resolve(nlp, rows, alone=args.alone):
        right += out.right
        missing += out.found is None
        if out.right and not args.all:
            continue
        got = "not found" if out.found is None else f"{out.name} {out.country}/{out.admin1}"
        mark = "ok " if out.right else "BAD"
        print(
            f"{mark} {out.row.place} ({out.row.country}/{out.row.admin1}) -> {got}"
            + (f"  [{out.note}]" if out.note and not out.right else "")
        )
    print(f"{right}/{len(rows)} right, {missing} not found, {len(rows) - right - missing} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
