"""Closed French word lists an analyst tunes (data/lexicons/*.txt), and the small tables the
event layer reads beside them (data/demonyms.csv, data/actor_nouns.jsonl).

A word list is one entry per line, accent- and case-folded when read; `#` starts a comment;
the first line of each file says which component reads it. Multi-word entries are word
sequences separated by single spaces.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from conflict_extract.errors import DataError
from conflict_extract.knowledge.actors import read_jsonl
from conflict_extract.knowledge.normalize import fold

LEXICON_DIR = "lexicons"


def read_word_list(path: Path) -> list[str]:
    """The entries of one word list, folded, in file order, without duplicates."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    entries: dict[str, None] = {}
    for line in lines:
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries[" ".join(fold(entry).split())] = None
    return list(entries)


def load_word_lists(data: Path) -> dict[str, list[str]]:
    """Every word list under data/lexicons/, by file stem ('ally_cues': [...])."""
    folder = data / LEXICON_DIR
    if not folder.is_dir():
        raise DataError(f"missing data folder {folder}")
    return {path.stem: read_word_list(path) for path in sorted(folder.glob("*.txt"))}


def load_actor_nouns(data: Path) -> list[dict[str, Any]]:
    """Generic actor nouns ('hommes armés', 'soldats', 'civils', 'manifestants') by kind;
    an entry may take its nouns from a word list ("nouns_file")."""
    entries = []
    for entry in read_jsonl(data / "actor_nouns.jsonl"):
        nouns = list(entry.get("nouns", []))
        if entry.get("nouns_file"):
            nouns += read_word_list(data / entry["nouns_file"])
        entries.append({**entry, "nouns": [fold(n) for n in nouns]})
    return entries


def load_demonyms(data: Path) -> dict[str, str]:
    """French nationality adjectives, every form folded -> ISO2 ('maliennes' -> 'ML')."""
    path = data / "demonyms.csv"
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    table: dict[str, str] = {}
    with handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            for form in _forms(fold(row["form"].strip())):
                table.setdefault(form, row["country"].strip())
    return table


def _forms(masculine: str) -> list[str]:
    """A masculine singular adjective and its feminine and plural forms."""
    if masculine.endswith("e"):
        return [masculine, masculine + "s"]
    if masculine.endswith("ien"):
        feminine = masculine + "ne"
    elif masculine.endswith(("s", "x")):
        return [masculine, masculine + "e", masculine + "es"]
    elif masculine.endswith("c"):
        feminine = masculine + "que"  # turc -> turque
    else:
        feminine = masculine + "e"
    return [masculine, masculine + "s", feminine, feminine + "s"]


def load_country_names(data: Path) -> dict[str, str]:
    """ISO2 -> the country's English name as ACLED writes it, from the gazetteer's rows."""
    path = data / "places.tsv"
    names: dict[str, str] = {}
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    with handle:
        for line in handle:
            if line.startswith("cc:"):
                fields = line.split("\t")
                names[fields[0][3:]] = fields[1]
    return names
