"""Armed actors (data/actors.jsonl, data/generic_actors.jsonl) and reporting sources
(data/sources.jsonl) as NameIndexes."""

from __future__ import annotations

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.index import NameIndex

ACTOR_FILES = ("actors.jsonl", "generic_actors.jsonl")
SOURCE_FILES = ("sources.jsonl",)


def actor_index(files: DataFiles) -> NameIndex:
    """FACTION names: the curated actors plus generic, country-dependent mentions."""
    index = NameIndex(label="FACTION")
    for actor in files.jsonl("actors.jsonl"):
        record = {
            "kb_id": actor["id"],
            "name": actor["name"],
            "country": actor.get("country"),
            "affiliation": actor.get("affiliation"),
            "inter": actor.get("inter"),
            "parent": actor.get("parent"),
        }
        if actor.get("branches"):
            record["branches"] = actor["branches"]
        index.add(record, [actor["name"], *actor.get("aliases", [])], actor.get("acronyms", []))
    for generic in files.jsonl("generic_actors.jsonl"):
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


def source_index(files: DataFiles) -> NameIndex:
    index = NameIndex(label="SOURCE")
    for source in files.jsonl("sources.jsonl"):
        record = {"kb_id": source["id"], "name": source["name"], "country": source.get("country")}
        index.add(record, [source["name"], *source.get("aliases", [])], source.get("acronyms", []))
    return index
