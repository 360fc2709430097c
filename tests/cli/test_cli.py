"""The CLI through typer's CliRunner: stdout (data) and stderr (people) checked separately."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract import __version__, pipeline
from conflict_extract.cli import app
from conflict_extract.records import Document
from conflict_extract.render import ACLED_COLUMNS

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples" / "idleb-offensive.txt"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch: pytest.MonkeyPatch, nlp) -> None:  # type: ignore[no-untyped-def]
    """Every invocation without --model or --fast reuses the session's pipeline instead of
    loading the model again; --model loads what it names, --fast a pipeline of its own."""
    load = pipeline.load_pipeline
    monkeypatch.setattr(
        "conflict_extract.pipeline.load_pipeline",
        lambda model=None, fast=False: (
            nlp if model is None and not fast else load(model, fast=fast)
        ),
    )


def _invoke(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)


@pytest.mark.parametrize("command", [[], ["parse"], ["schema"], ["build-model"]])
def test_help_on_every_command(command: list[str]) -> None:
    for flag in ("-h", "--help"):
        result = _invoke(*command, flag)
        assert result.exit_code == 0
        assert "Usage" in result.stdout


def test_version() -> None:
    result = _invoke("--version")
    assert (result.exit_code, result.stdout.strip()) == (0, f"conflict-extract {__version__}")


def test_schema_prints_the_document_json_schema() -> None:
    result = _invoke("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"entities", "casualties", "events", "warnings"} <= set(schema["properties"])


def test_parse_jsonl_validates_back_into_records() -> None:
    result = _invoke("parse", str(SAMPLE), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    document = Document.model_validate_json(line)
    assert document.id == "idleb-offensive" and str(document.published) == "2019-10-14"
    assert document.events and document.casualties and document.entities
    assert result.stderr == ""


def test_parse_json_prints_one_pretty_document() -> None:
    result = _invoke("parse", str(SAMPLE), "--format", "json")
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n")
    Document.model_validate(json.loads(result.stdout))


def test_parse_csv_has_acled_columns_in_order() -> None:
    result = _invoke("parse", str(SAMPLE), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(csv.reader(io.StringIO(result.stdout)).__next__()) == ACLED_COLUMNS
    assert rows and all(row["event_type"] for row in rows)
    assert all(row["event_date"].startswith("2019-10") for row in rows)


def test_parse_table_fits_eighty_columns() -> None:
    result = _invoke("parse", str(SAMPLE), "--format", "table")
    assert result.exit_code == 0
    assert "Events" in result.stdout and "Casualties" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_parse_reads_stdin_with_date_option() -> None:
    text = "Samedi, l'aviation russe a bombardé Alep, tuant dix civils, selon l'OSDH."
    result = _invoke("parse", "-", "--date", "2016-10-03", stdin=text.encode())
    document = Document.model_validate_json(result.stdout)
    assert document.id == "stdin" and str(document.published) == "2016-10-03"
    assert [str(e.event_date) for e in document.events] == ["2016-10-01"]


def test_bad_date_option_is_a_usage_error() -> None:
    result = _invoke("parse", str(SAMPLE), "--date", "hier")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_bad_inputs_fail_one_by_one_and_the_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" * 10)
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes(bytes(range(0x80, 0x100)) * 20)
    big = tmp_path / "big.txt"
    big.write_text("Les combats continuent à Alep. " * 170_000, encoding="utf-8")  # ~5 MB
    bad_jsonl = tmp_path / "batch.jsonl"
    bad_jsonl.write_text(
        '{"id": "ok", "text": "L\'armée a repris Palmyre."}\n{oops\n', encoding="utf-8"
    )
    paths = [empty, binary, garbled, tmp_path, tmp_path / "missing.txt", big, bad_jsonl, SAMPLE]
    result = _invoke("parse", *map(str, paths), "--format", "jsonl")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 7 and all(line.startswith("Error: ") for line in errors)
    assert "Traceback" not in result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["ok", "idleb-offensive"]


def test_legacy_encoding_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1252"))
    result = _invoke("parse", str(path))
    assert result.exit_code == 0
    assert result.stderr.startswith("Warning: ") and "cp1252" in result.stderr
    document = Document.model_validate_json(result.stdout)
    assert document.warnings and document.events


def test_parse_with_a_saved_pipeline_gives_the_same_documents(saved_pipeline) -> None:  # type: ignore[no-untyped-def]
    default = _invoke("parse", str(SAMPLE))
    saved = _invoke("parse", str(SAMPLE), "--model", str(saved_pipeline.folder))
    assert saved.exit_code == 0, saved.stderr
    assert saved.stdout == default.stdout


def test_parse_with_a_missing_model_is_one_error_line(tmp_path: Path) -> None:
    result = _invoke("parse", str(SAMPLE), "--model", str(tmp_path / "nothing"))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: cannot load the pipeline: ")
    assert len(result.stderr.splitlines()) == 1


def test_build_model_writes_a_pipeline_spacy_can_load(tmp_path: Path) -> None:
    output = tmp_path / "fr_conflict_extract"
    result = _invoke("build-model", str(output))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("Saved fr_conflict_extract 0.") and str(output) in result.stderr
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    assert meta["pipeline"][-1] == "event_extractor"
    assert (output / "config.cfg").is_file() and (output / "place_finder" / "places.tsv").is_file()


def test_build_model_refuses_a_folder_that_holds_something(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = _invoke("build-model", str(tmp_path))
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Error: cannot build the pipeline: {tmp_path} is not an empty folder; remove it or choose another\n"
    )
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_fast_skips_the_base_ner_and_still_reads_the_dispatch() -> None:
    result = _invoke("parse", "--fast", "--format", "jsonl", str(SAMPLE))
    assert result.exit_code == 0, result.stderr
    document = Document.model_validate_json(result.stdout)
    assert document.events and document.entities
    fast = pipeline.load_pipeline(fast=True)
    assert "ner" in fast.disabled and "ner" not in fast.pipe_names
