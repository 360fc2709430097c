"""Loading armed actors (data/actors.jsonl, data/generic_actors.jsonl) and reporting sources
(data/sources.jsonl) into NameIndexes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conflict_extract.errors import DataError
from conflict_extract.knowledge.index import NameIndex


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{path}:{number}: malformed JSON ({error.msg})") from None


def load_actor_index(data: Path) -> NameIndex:
    """FACTION names: the curated actors plus generic, country-dependent mentions."""
    index = NameIndex(label="FACTION")
    for actor in read_jsonl(data / "actors.jsonl"):
        record = {
            "kb_id": actor["id"],
            "name": actor["name"],
            "country": actor.get("country"),
            "affiliation": actor.get("affiliation"),
            "inter": actor.get("inter"),
            "parent": actor.get("parent"),
        }
        index.add(record, [actor["name"], *actor.get("aliases", [])], actor.get("acronyms", []))
    for generic in read_jsonl(data / "generic_actors.jsonl"):
        record = {
            "kb_id": generic["id"],
            "name": generic["name"],
            "country": None,
            "affiliation": generic.get("affiliation"),
            "inter": generic.get("inter"),
            "role": generic["role"],
        }
        index.add(record, generic["aliases"])
    return index


def load_source_index(data: Path) -> NameIndex:
    index = NameIndex(label="SOURCE")
    for source in read_jsonl(data / "sources.jsonl"):
        record = {"kb_id": source["id"], "name": source["name"], "country": source.get("country")}
        index.add(record, [source["name"], *source.get("aliases", [])], source.get("acronyms", []))
    return index
