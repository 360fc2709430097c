"""Provenance: versions that say what produced a record, and event ids that never renumber."""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from conflict_extract import __version__
from conflict_extract.api import extract
from conflict_extract.dispatches import Dispatch
from conflict_extract.pipeline import build_pipeline, load_config
from conflict_extract.provenance import event_id, knowledge_version, pipeline_version

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SAMPLES = sorted((DATA / "samples").glob("*.txt"))


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DATA, tmp_path / "data"))


def test_knowledge_version_is_a_stable_digest_of_data() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", knowledge_version())
    assert knowledge_version() == knowledge_version(DATA)


@pytest.mark.parametrize("name", ["triggers.jsonl", "places.tsv", "state_forces.json"])
def test_knowledge_version_changes_with_any_knowledge_file(data_copy: Path, name: str) -> None:
    before = knowledge_version(data_copy)
    with (data_copy / name).open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert knowledge_version(data_copy) != before


def test_knowledge_version_ignores_documentation_samples_and_line_ends(data_copy: Path) -> None:
    before = knowledge_version(data_copy)
    (data_copy / "README.md").write_text("rewritten", encoding="utf-8")
    (data_copy / "samples" / "new.txt").write_text("Une dépêche.", encoding="utf-8")
    events = data_copy / "casualties.json"
    events.write_bytes(events.read_bytes().replace(b"\n", b"\r\n"))
    assert knowledge_version(data_copy) == before


def test_pipeline_version_is_the_tool_version_and_a_digest() -> None:
    version = pipeline_version()
    assert re.fullmatch(rf"{re.escape(__version__)}\+[0-9a-f]{{8}}", version)
    assert pipeline_version() == version == pipeline_version(load_config())


def test_pipeline_version_follows_the_config_not_where_data_is_read(tmp_path: Path) -> None:
    assert pipeline_version(load_config(data=tmp_path)) == pipeline_version()
    changed = load_config()
    changed["components"]["place_finder"]["use_ner"] = False
    assert pipeline_version(changed) != pipeline_version()


def test_documents_carry_their_provenance(nlp: Language) -> None:
    text = SAMPLES[0].read_text(encoding="utf-8")
    (document,) = extract([Dispatch(id="d", text=text)], nlp)
    assert document.provenance.model_dump() == {
        "tool_version": __version__,
        "pipeline": "fr_conflict_extract",
        "pipeline_version": pipeline_version(),
        "knowledge_version": knowledge_version(),
        "input_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }


def test_event_ids_are_unique_and_do_not_depend_on_the_batch(nlp: Language) -> None:
    first, second = (Dispatch(id=p.stem, text=p.read_text(encoding="utf-8")) for p in SAMPLES)
    (alone,) = extract([second], nlp)
    _, batched = extract([first, second], nlp, include_unconfirmed=True)
    ids = [event.id for event in alone.events]
    assert ids and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"ev-[0-9a-f]{16}", i) for i in ids)
    assert set(ids) <= {event.id for event in batched.events}


def test_event_id_is_derived_from_the_content_and_the_offsets() -> None:
    one = event_id("a" * 64, (0, 10), (3, 5), None)
    assert one == event_id("a" * 64, (0, 10), (3, 5), None)
    assert one != event_id("b" * 64, (0, 10), (3, 5), None)
    assert one != event_id("a" * 64, (0, 10), (3, 5), (7, 9))


def test_event_ids_and_provenance_are_identical_across_two_runs() -> None:
    """Two runs of the CLI in fresh processes (different hash seeds): the first may build
    and cache the pipeline, the second loads it with spacy.load."""
    runs = []
    for seed in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "conflict_extract", "parse", *map(str, SAMPLES)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        documents = [json.loads(line) for line in proc.stdout.splitlines()]
        runs.append([([e["id"] for e in d["events"]], d["provenance"]) for d in documents])
    assert runs[0] == runs[1]
    assert all(ids for ids, _ in runs[0])


def test_a_pipeline_built_from_other_data_records_that_data_version(data_copy: Path) -> None:
    with (data_copy / "sources.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "x.agency", "name": "Agence X", "acronyms": ["AX"]}\n')
    nlp = build_pipeline(base=spacy.blank("fr"), data=data_copy)
    recorded = nlp.meta["conflict_extract"]["knowledge_version"]
    assert recorded == knowledge_version(data_copy) != knowledge_version()
    doc = nlp("Selon AX, Alep a été bombardée.")
    assert [s.id_ for s in doc.spans["sources"]] == ["x.agency"]
