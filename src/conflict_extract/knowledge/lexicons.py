"""Closed French word lists an analyst tunes (data/lexicons/*.txt), and the small tables the
event layer reads beside them (data/actor_nouns.jsonl, data/demonyms.csv), parsed from a
component's DataFiles.

A word list is one entry per line, accent- and case-folded when read; `#` starts a comment;
the first line of each file says which component reads it. Multi-word entries are word
sequences separated by single spaces.
"""

from __future__ import annotations

from typing import Any

from conflict_extract.errors import DataError
from conflict_extract.knowledge.demonyms import KINDS, parse_demonyms
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.text import fold


def word_list_file(name: str) -> str:
    """The data file of word list `name` ('ally_cues' -> 'lexicons/ally_cues.txt')."""
    return f"lexicons/{name}.txt"


def parse_word_list(text: str) -> list[str]:
    """The entries of one word list, folded, in file order, without duplicates."""
    entries: dict[str, None] = {}
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries[" ".join(fold(entry).split())] = None
    return list(entries)


def word_lists(files: DataFiles, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Word lists by name, from their files among `files`."""
    return {name: parse_word_list(files.text(word_list_file(name))) for name in names}


ACTOR_NOUN_FILES = ("actor_nouns.jsonl", word_list_file("civilian_victims"))


def actor_nouns(files: DataFiles) -> list[dict[str, Any]]:
    """Generic actor nouns ('hommes armés', 'soldats', 'civils', 'manifestants') by kind;
    an entry may take its nouns from a word list ("nouns_file")."""
    entries = []
    for entry in files.jsonl("actor_nouns.jsonl"):
        nouns = list(entry.get("nouns", []))
        if entry.get("nouns_file"):
            nouns += parse_word_list(files.text(entry["nouns_file"]))
        entries.append({**entry, "nouns": [fold(n) for n in nouns]})
    return entries


def demonyms(files: DataFiles, *, kinds: frozenset[str] = KINDS) -> dict[str, str]:
    """French nationality words, every form folded -> ISO2 ('maliennes' -> 'ML')."""
    return parse_demonyms(files.text("demonyms.csv"), f"{files.origin}/demonyms.csv", kinds=kinds)


def country_names(files: DataFiles) -> dict[str, str]:
    """ISO2 -> the country's English name as ACLED writes it, from the gazetteer's rows."""
    names: dict[str, str] = {}
    for line in files.text("places.tsv").splitlines():
        if line.startswith("cc:"):
            fields = line.split("\t")
            names[fields[0][3:]] = fields[1]
    if not names:
        raise DataError("places.tsv: no country rows")
    return names
