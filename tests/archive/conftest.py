"""Fixtures for the archive tests: generated dispatches on disk, the CLI, store snapshots."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from conflict_extract.cli import app
from synthetic import write_jsonl, write_text_files

TABLES = ("documents", "entities", "casualties", "events", "errors")


@pytest.fixture
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, nlp) -> None:  # type: ignore[no-untyped-def]
    """In-process batches reuse the session's pipeline instead of loading the model again."""
    monkeypatch.setattr("conflict_extract.pipeline.build_pipeline", lambda: nlp)


def invoke(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


def final_line(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


@dataclass(frozen=True)
class Snapshot:
    counts: dict[str, int]
    documents: dict[str, str]  # key -> Document JSON

    def events_in_json(self) -> int:
        return sum(len(json.loads(d)["events"]) for d in self.documents.values())


def snapshot(db: Path) -> Snapshot:
    with sqlite3.connect(db) as connection:
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        documents = dict(connection.execute("SELECT key, document FROM documents"))
    return Snapshot(counts, documents)


def whole_documents(db: Path) -> bool:
    """Every stored document has exactly the entity, casualty and event rows of its JSON."""
    with sqlite3.connect(db) as connection:
        for key, document in connection.execute("SELECT key, document FROM documents"):
            parsed = json.loads(document)
            for table in ("entities", "casualties", "events"):
                (n,) = connection.execute(
                    f"SELECT count(*) FROM {table} WHERE document_key = ?", (key,)
                ).fetchone()
                if n != len(parsed[table]):
                    return False
        rows = connection.execute(
            "SELECT count(*) FROM events WHERE document_key NOT IN (SELECT key FROM documents)"
        ).fetchone()[0]
    return rows == 0


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A small archive: 36 text files in nested folders and a JSONL file of 24 records."""
    root = tmp_path / "archive"
    write_text_files(root / "2021" / "janvier", 0, 20)
    write_text_files(root / "2021" / "fevrier", 20, 16)
    write_jsonl(root / "fil" / "depeches.jsonl", 36, 24)
    return root


def spawned_workers(parent: psutil.Process) -> list[psutil.Process]:
    """The live processes started by multiprocessing's spawn under `parent` (pool workers,
    Dask workers), skipping those that exit or turn zombie while being looked at."""
    workers = []
    for child in parent.children(recursive=True):
        try:
            if child.status() != psutil.STATUS_ZOMBIE and any(
                "spawn_main" in part for part in child.cmdline()
            ):
                workers.append(child)
        except psutil.Error:
            continue
    return workers


def stored_documents_count(db: Path) -> int:
    """Documents committed so far (0 while the store does not exist yet)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
