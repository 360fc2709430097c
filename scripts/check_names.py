#!/usr/bin/env python3
"""List knowledge-base names whose lookup key is that of a frequent French word.

    python scripts/check_names.py [--top N] [--countries SY,ML] [--new-since REV] [FILE ...]

Every name of data/ is matched through `knowledge.normalize.name_key` (actors and sources
without regard to case, places when capitalised), so a name whose key equals that of a
frequent French word ("Sour" = *sur*, "Moskou" = *mosquée*) turns up in every other dispatch.
The frequent words are the first N lower-case words of the fr_core_news_md vectors table
(the table lists words by frequency). FILE is one of actors, sources, places, demonyms
(default: all); --new-since REV reports only names absent from data/ at that git revision.

The output is for a curator to read (see data/README.md, "Stoplist"): a real place named like
a French word may stay (listed there as a known collision), an alias never does.
Exit status 0 whatever is found.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from conflict_extract.knowledge.normalize import name_key  # noqa: E402

FILES = ("actors", "sources", "places", "demonyms")


def frequent_keys(top: int) -> dict[str, str]:
    """name_key -> the most frequent lower-case French word with that key."""
    import spacy

    vocab = spacy.load(
        "fr_core_news_md",
        exclude=[
            "tok2vec",
            "morphologizer",
            "parser",
            "attribute_ruler",
            "lemmatizer",
            "ner",
            "senter",
        ],
    ).vocab
    keys: dict[str, str] = {}
    seen = 0
    for key in vocab.vectors.key2row:  # insertion order = frequency order
        word = vocab.strings[key]
        if not word.isalpha() or not word.islower() or len(word) < 3:
            continue
        keys.setdefault(name_key(word), word)
        seen += 1
        if seen >= top:
            break
    return keys


def actor_names(text: str) -> Iterator[tuple[str, str]]:
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            for name in [row["name"], *row.get("aliases", [])]:
                yield row["id"], name


def place_names(text: str, countries: set[str]) -> Iterator[tuple[str, str]]:
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if countries and row["country"] not in countries:
            continue
        names = [row["name"], row["name_fr"], *row["aliases"].split("|")]
        for name in names:
            if name:
                yield row["id"], name


def demonym_names(text: str) -> Iterator[tuple[str, str]]:
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(rows):
        yield row["country"], row["form"]


def names_of(kind: str, text: str, countries: set[str]) -> Iterator[tuple[str, str]]:
    if kind in ("actors", "sources"):
        return actor_names(text)
    if kind == "places":
        return place_names(text, countries)
    return demonym_names(text)


def data_text(kind: str, rev: str | None) -> str:
    name = {
        "actors": "actors.jsonl",
        "sources": "sources.jsonl",
        "places": "places.tsv",
        "demonyms": "demonyms.csv",
    }[kind]
    if rev is None:
        path = ROOT / "data" / name
        return path.read_text(encoding="utf-8") if path.exists() else ""
    shown = subprocess.run(
        ["git", "show", f"{rev}:data/{name}"], cwd=ROOT, capture_output=True, text=True
    )
    return shown.stdout if shown.returncode == 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", metavar="FILE", help=f"any of {', '.join(FILES)}")
    parser.add_argument("--top", type=int, default=30_000, help="frequent words compared")
    parser.add_argument("--countries", default="", help="places: only these ISO2 codes")
    parser.add_argument("--new-since", default=None, help="git revision to compare with")
    args = parser.parse_args(argv)
    unknown = set(args.files) - set(FILES)
    if unknown:
        parser.error(f"unknown FILE {', '.join(sorted(unknown))}; choose among {', '.join(FILES)}")
    countries = {cc for cc in args.countries.split(",") if cc}
    words = frequent_keys(args.top)
    for kind in args.files or FILES:
        old = set()
        if args.new_since:
            old = {name for _, name in names_of(kind, data_text(kind, args.new_since), countries)}
        for owner, name in names_of(kind, data_text(kind, None), countries):
            key = name_key(name)
            if name not in old and len(key) >= 3 and key in words:
                print(f"{kind}\t{owner}\t{name}\t= {words[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
