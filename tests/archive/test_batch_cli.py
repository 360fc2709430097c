"""`conflict-extract batch` through the real CLI on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conflict_extract.archive.store import APPLICATION_ID
from conflict_extract.records import Document
from synthetic import dispatch_text, write_jsonl, write_text_files

from .conftest import final_line, invoke, snapshot, whole_documents

pytestmark = pytest.mark.usefixtures("shared_pipeline")


def test_batch_of_hundreds_then_a_rerun_skips_everything(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    write_text_files(root / "a", 0, 150)
    write_jsonl(root / "b" / "fil.jsonl", 150, 150)
    db = tmp_path / "store.db"

    first = invoke("batch", str(root), "--db", str(db), "--chunk-size", "32")
    assert first.exit_code == 0, first.stderr
    assert final_line(first.stderr) == "processed 300, skipped as done 0, failed 0"
    stored = snapshot(db)
    assert stored.counts["documents"] == 300 and stored.counts["errors"] == 0
    assert stored.counts["events"] == stored.events_in_json() >= 300
    assert whole_documents(db)
    ids = {json.loads(d)["id"] for d in stored.documents.values()}
    assert {"depeche-00000", "depeche-00149", "fil-00150", "fil-00299"} <= ids

    again = invoke("batch", str(root), "--db", str(db))
    assert again.exit_code == 0
    assert final_line(again.stderr) == "processed 0, skipped as done 300, failed 0"
    assert snapshot(db) == stored


def test_store_holds_what_parse_prints(tmp_path: Path, archive: Path) -> None:
    db = tmp_path / "store.db"
    invoke("batch", str(archive), "--db", str(db))
    files = sorted(map(str, archive.rglob("*.txt")))[:5]
    parsed = invoke("parse", *files, "--format", "jsonl").stdout.splitlines()
    with sqlite3.connect(db) as connection:
        stored = {
            path: document
            for path, document in connection.execute("SELECT path, document FROM documents")
        }
    assert [Document.model_validate_json(stored[f]) for f in files] == [
        Document.model_validate_json(line) for line in parsed
    ]


def test_bad_file_inside_a_directory_is_recorded_and_the_rest_stored(
    tmp_path: Path, archive: Path
) -> None:
    (archive / "2021" / "janvier" / "vide.txt").write_bytes(b"")
    (archive / "2021" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 20)
    (archive / "fil" / "casse.jsonl").write_text('{"id": "x", "text": "ok"}\n{oops\n')
    db = tmp_path / "store.db"
    result = invoke("batch", str(archive), "--db", str(db))
    assert result.exit_code == 1
    assert final_line(result.stderr) == "processed 61, skipped as done 0, failed 3"
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 3 and "Traceback" not in result.stderr
    with sqlite3.connect(db) as connection:
        recorded = dict(connection.execute("SELECT source, message FROM errors"))
    assert recorded == {
        str(archive / "2021" / "janvier" / "vide.txt"): "is empty",
        str(archive / "2021" / "image.txt"): "looks like a binary file, not a text dispatch",
        f"{archive / 'fil' / 'casse.jsonl'}:2": "malformed JSON (Expecting property name "
        "enclosed in double quotes at column 2)",
    }
    rerun = invoke("batch", str(archive), "--db", str(db))
    assert final_line(rerun.stderr) == "processed 0, skipped as done 61, failed 3"
    assert snapshot(db).counts["errors"] == 3  # recorded once, not once per run


def test_inputs_from_globs_and_from_a_list_on_stdin(tmp_path: Path, archive: Path) -> None:
    db = tmp_path / "store.db"
    pattern = str(archive / "2021" / "*" / "depeche-0001*.txt")
    result = invoke("batch", pattern, "--db", str(db))
    assert final_line(result.stderr) == "processed 10, skipped as done 0, failed 0"
    january = sorted((archive / "2021" / "janvier").glob("*.txt"))
    listed = "\n".join(str(p) for p in january[6:20]) + "\n"  # 6..9 new, 10..19 done
    result = invoke("batch", "-", "--db", str(db), stdin=listed)
    assert final_line(result.stderr) == "processed 4, skipped as done 10, failed 0"
    result = invoke("batch", str(tmp_path / "nothing-*.txt"), "--db", str(db))
    assert result.exit_code == 1
    assert "no file matches this pattern" in result.stderr


def test_the_same_text_twice_is_processed_once(tmp_path: Path) -> None:
    for name in ("un.txt", "copie.txt"):
        (tmp_path / name).write_text(dispatch_text(7), encoding="utf-8")
    db = tmp_path / "store.db"
    result = invoke("batch", str(tmp_path / "un.txt"), str(tmp_path / "copie.txt"), "--db", str(db))
    assert final_line(result.stderr) == "processed 1, skipped as done 1, failed 0"
    assert snapshot(db).counts["documents"] == 1


def test_force_and_reprocess_outdated(tmp_path: Path, archive: Path) -> None:
    db = tmp_path / "store.db"
    invoke("batch", str(archive), "--db", str(db))
    before = snapshot(db)
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE documents SET pipeline_version = '0.0.1+old' WHERE id LIKE 'fil-%'"
        )
    outdated = invoke("batch", str(archive), "--db", str(db), "--reprocess-outdated")
    assert final_line(outdated.stderr) == "processed 24, skipped as done 36, failed 0"
    with sqlite3.connect(db) as connection:
        versions = {v for (v,) in connection.execute("SELECT pipeline_version FROM documents")}
    assert len(versions) == 1 and "+old" not in versions.pop()
    forced = invoke("batch", str(archive), "--db", str(db), "--force")
    assert final_line(forced.stderr) == "processed 60, skipped as done 0, failed 0"
    assert snapshot(db) == before


def test_a_store_of_another_schema_version_is_a_clear_error(tmp_path: Path, archive: Path) -> None:
    db = tmp_path / "store.db"
    invoke("batch", str(archive / "fil"), "--db", str(db))
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 99")
    result = invoke("batch", str(archive), "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert "schema version 99" in result.stderr


@pytest.mark.parametrize("kind", ["not sqlite", "another application"])
def test_a_file_that_is_not_our_store_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "other.db"
    if kind == "not sqlite":
        db.write_text("ceci n'est pas une base\n" * 100)
    else:
        with sqlite3.connect(db) as connection:
            connection.execute("CREATE TABLE notes (x)")
    sample = tmp_path / "d.txt"
    sample.write_text(dispatch_text(1), encoding="utf-8")
    result = invoke("batch", str(sample), "--db", str(db))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {db}: ")
    with sqlite3.connect(tmp_path / "fresh.db") as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0
    assert APPLICATION_ID  # the marker the store checks before trusting a file
