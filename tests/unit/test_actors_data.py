"""data/actors.jsonl holds together: one record per id, sorted, valid codes, and no name that two
actors (or an actor and a source) would both claim."""

from __future__ import annotations

from collections import defaultdict

import pytest

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.normalize import name_key
from conflict_extract.paths import data_dir

AFFILIATIONS = {
    "government",
    "pro_government",
    "rebel",
    "jihadist",
    "kurdish",
    "foreign_state",
    "tribal",
    "separatist",
    "peacekeeping",
    "coalition",
    "political_militia",
    "identity_militia",
    "criminal",
}


@pytest.fixture(scope="module")
def actors() -> list[dict]:
    return DataFiles.read(data_dir(), ["actors.jsonl"]).jsonl("actors.jsonl")


def test_actors_are_sorted_by_unique_id(actors: list[dict]) -> None:
    ids = [actor["id"] for actor in actors]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_actor_codes_are_valid(actors: list[dict]) -> None:
    ids = {actor["id"] for actor in actors}
    for actor in actors:
        assert actor["affiliation"] in AFFILIATIONS, actor["id"]
        assert actor["inter"] in {1, 2, 3, 4, 8}, actor["id"]
        assert actor["parent"] is None or actor["parent"] in ids, actor["id"]
        assert actor["country"] is None or len(actor["country"]) == 2, actor["id"]


def test_a_name_two_actors_bear_can_be_told_apart_by_country(actors: list[dict]) -> None:
    """French copy gives some actors of different wars one name ('Forces de défense du peuple':
    Myanmar's PDF, the PKK's HPG); the dispatch's country tells them apart, so two actors of
    one country never share a name."""
    owners: dict[str, set[str]] = defaultdict(set)
    country = {actor["id"]: actor["country"] for actor in actors}
    for actor in actors:
        for name in [actor["name"], *actor["aliases"]]:
            owners[name_key(name)].add(actor["id"])
    shared = {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1}
    same_country = {
        key: ids for key, ids in shared.items() if len({country[i] for i in ids}) < len(ids)
    }
    assert same_country == {}
    assert len(shared) <= 5, shared  # rare: a shared name is a fact of the press, not a habit


def test_no_actor_acronym_is_a_source_acronym(actors: list[dict]) -> None:
    """Sources are matched first and block factions: such an acronym could never name the actor."""
    sources = {
        a
        for s in DataFiles.read(data_dir(), ["sources.jsonl"]).jsonl("sources.jsonl")
        for a in s.get("acronyms", [])
    }
    clashing = {a: actor["id"] for actor in actors for a in actor["acronyms"] if a in sources}
    assert clashing == {}
