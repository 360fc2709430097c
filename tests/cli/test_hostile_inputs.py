"""Hostile inputs through the real command line, in subprocesses: each case of issue 12, with
stdout (data) and stderr (people) checked apart.

Each run loads the model (seconds): the cases share two runs over one mixed batch, and all the
runs that load the model are started up front by one fixture, two at a time (2 cores).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from conflict_extract.records import Document, check_offsets

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "samples" / "idleb-offensive.txt"
GOLDEN = ROOT / "tests" / "golden" / "mossoul-offensive.txt"
FORMATS = ("json", "jsonl", "table", "csv")
CLI = [sys.executable, "-m", "conflict_extract"]
KILLING = "L'armée syrienne a bombardé Alep dimanche, tuant trois civils, selon l'OSDH."


def _start(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [*CLI, *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


def _finish(proc: subprocess.Popen, stdin: bytes | None = None):  # type: ignore[type-arg,no-untyped-def]
    out, err = proc.communicate(stdin, timeout=600)
    return proc.returncode, out or b"", err.decode("utf-8")


def _run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return _finish(_start(*args, stdin=stdin, env=env), stdin)


class Run(NamedTuple):
    args: tuple[str, ...]
    stdin: bytes | None = None
    env: dict[str, str] | None = None
    close_stdout: bool = False  # the reader goes away before anything is written


def _run_all(runs: dict[str, Run], at_once: int = 2) -> dict[str, tuple[int, bytes, str]]:
    """Each run's (exit code, stdout bytes, stderr text), `at_once` processes at a time."""
    results = {}
    names = list(runs)
    for group in (names[i : i + at_once] for i in range(0, len(names), at_once)):
        procs = {
            name: _start(*runs[name].args, stdin=runs[name].stdin, env=runs[name].env)
            for name in group
        }
        for name, proc in procs.items():
            if runs[name].close_stdout:
                assert proc.stdout is not None
                proc.stdout.close()
            results[name] = _finish(proc, runs[name].stdin)
    return results


def _jsonl(*records: object) -> str:
    return "\n".join(
        r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A batch holding every hostile case of the issue, and the good inputs around them."""
    folder = tmp_path_factory.mktemp("hostile")
    year1 = folder / "year1.txt"
    year1.write_text(f"PARIS, 01/01/0001 (AFP) - Hier, {KILLING}", encoding="utf-8")
    year1066 = folder / "year1066.txt"
    year1066.write_text(f"HASTINGS, 14 octobre 1066 - {KILLING}", encoding="utf-8")
    feed = folder / "feed.jsonl"
    feed.write_text(
        _jsonl(
            {"id": "first", "text": KILLING, "published": "2016-10-03"},
            {"id": "zero", "text": f"Hier, {KILLING}", "published": "0001-01-01T00:00:00Z"},
            {"id": "max", "text": f"Lundi, {KILLING}", "published": "9999-12-31"},
            # A lone surrogate: valid JSON, not Unicode text (it crashed inside spaCy).
            '{"id": "surrogate", "text": "Trois morts \\ud83d à Alep. ' + KILLING + '"}',
            # Unicode line separators inside a string: one record, the line numbers hold.
            {"id": "separators", "text": f"Alep.\u2028{KILLING}\u2029Fin.\u0085"},
            {"id": {"nested": 1}, "text": KILLING},  # line 6: an id that is an object
            {"id": "first", "text": KILLING, "published": "2016-10-03"},  # a duplicate id
            {"id": 20, "text": "12345678901234567890 civils ont été tués à Alep dimanche."},
            "{oops",  # line 9
        )
        + "\n",
        encoding="utf-8",
    )
    utf16 = folder / "utf16.txt"
    utf16.write_bytes(("\ufeffBEYROUTH, 12 mars 2016 (AFP) - " + KILLING).encode("utf-16-le"))
    utf32 = folder / "utf32.txt"
    utf32.write_bytes(("\ufeff" + KILLING).encode("utf-32-be"))
    paths = [str(p) for p in (year1, year1066, feed, utf16, utf32, SAMPLE)]
    big = folder / "big.txt"
    big.write_text(KILLING * 30, encoding="utf-8")
    stdin_feed = _jsonl({"id": "a", "text": KILLING}, {"id": "b", "text": KILLING}) + "\n"
    two = (str(SAMPLE), str(GOLDEN))
    ascii_only = {"PYTHONIOENCODING": "ascii"}
    runs = {
        "jsonl": Run(("parse", *paths)),
        "csv": Run(("parse", *paths, "--format", "csv")),
        "stdin": Run(("parse", "-", "--format", "json"), stdin=stdin_feed.encode("utf-8")),
        "one of two": Run(("parse", str(SAMPLE), str(big), "-f", "json", "--max-chars", "1500")),
        **{f"ascii {f}": Run(("parse", str(SAMPLE), "-f", f), env=ascii_only) for f in FORMATS},
        **{f"closed {f}": Run(("parse", *two, "-f", f), close_stdout=True) for f in FORMATS},
    }
    return {"feed": str(feed), "big": str(big), **_run_all(runs)}


def test_hostile_batch_loses_nothing_and_prints_no_traceback(runs) -> None:  # type: ignore[no-untyped-def]
    code, out, err = runs["jsonl"]
    assert code == 1
    assert "Traceback" not in err
    documents = [Document.model_validate_json(line) for line in out.splitlines()]
    ids = ["year1", "year1066", "first", "zero", "max", "surrogate", "separators", "first", "20"]
    assert [d.id for d in documents] == [*ids, "utf16", "utf32", "idleb-offensive"]
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    feed = runs["feed"]
    assert errors == [
        f"Error: {feed}:6: 'id' must be a string or a number, not an object",
        f"Error: {feed}:9: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
    ]


def test_impossible_publication_years_are_ignored_with_a_warning(runs) -> None:  # type: ignore[no-untyped-def]
    _, out, err = runs["jsonl"]
    documents = {d.id: d for d in map(Document.model_validate_json, out.splitlines())}
    for ident in ("year1", "year1066", "zero", "max"):
        assert documents[ident].published is None and documents[ident].events
    for ident in ("year1", "zero", "max"):  # "hier", "Lundi", "dimanche": no date to count from
        assert all(e.event_date is None for e in documents[ident].events)
    for where, value in (
        ("year1.txt", "0001-01-01 from the dateline"),
        ("year1066.txt", "1066-10-14 from the dateline"),
        ("feed.jsonl:2", "0001-01-01 from the record"),
        ("feed.jsonl:3", "9999-12-31 from the record"),
    ):
        assert any(
            line.startswith("Warning: ") and where in line and value in line and "ignored" in line
            for line in err.splitlines()
        ), where
    assert str(documents["first"].published) == "2016-10-03"


def test_lone_surrogate_is_replaced_and_its_neighbours_kept(runs) -> None:  # type: ignore[no-untyped-def]
    _, out, err = runs["jsonl"]
    documents = {d.id: d for d in map(Document.model_validate_json, out.splitlines())}
    assert documents["surrogate"].entities
    assert f"{runs['feed']}:4: 1 lone surrogate(s) in 'text'" in err


def test_unicode_line_separators_stay_inside_their_record(runs) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = runs["jsonl"]
    (separators,) = [
        d for d in map(Document.model_validate_json, out.splitlines()) if d.id == "separators"
    ]
    text = f"Alep.\u2028{KILLING}\u2029Fin.\u0085"
    assert check_offsets(text, separators) == [] and separators.entities


def test_utf16_and_utf32_files_with_a_bom_are_read(runs) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = runs["jsonl"]
    documents = {d.id: d for d in map(Document.model_validate_json, out.splitlines())}
    assert str(documents["utf16"].published) == "2016-03-12" and documents["utf16"].entities
    assert documents["utf32"].entities
    assert check_offsets("\ufeff" + KILLING, documents["utf32"]) == []


def test_twenty_digit_numbers_are_not_fatalities(runs) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = runs["jsonl"]
    (document,) = [d for d in map(Document.model_validate_json, out.splitlines()) if d.id == "20"]
    assert all(c.count is None or c.count <= 10_000_000 for c in document.casualties)
    assert all(e.fatalities is None or e.fatalities <= 10_000_000 for e in document.events)


def test_duplicate_ids_are_warned_and_csv_event_ids_made_unique(runs) -> None:  # type: ignore[no-untyped-def]
    code, out, err = runs["csv"]
    assert code == 1
    assert f"Warning: {runs['feed']}:7: duplicate id 'first' (first at {runs['feed']}:1)" in err
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    event_ids = [row["event_id_cnty"] for row in rows]
    assert len(event_ids) == len(set(event_ids))
    assert any(i.endswith("#2") for i in event_ids)  # the same dispatch twice


def test_jsonl_on_stdin_is_read_as_records_and_json_is_an_array(runs) -> None:  # type: ignore[no-untyped-def]
    code, out, err = runs["stdin"]
    assert (code, err) == (0, "")
    assert [d["id"] for d in json.loads(out)] == ["a", "b"]


def test_json_is_an_array_for_several_inputs_even_if_one_succeeds(runs) -> None:  # type: ignore[no-untyped-def]
    code, out, err = runs["one of two"]
    assert code == 1
    assert [d["id"] for d in json.loads(out)] == ["idleb-offensive"]
    (line,) = err.splitlines()
    size = 30 * len(KILLING)
    assert line.startswith(f"Error: {runs['big']}: is {size:,} characters long, over the 1,500")
    assert "raise --max-chars" in line


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_works_on_an_ascii_stdout(runs, output_format: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = runs[f"ascii {output_format}"]
    assert (code, err) == (0, "")
    text = out.decode("ascii")  # not one byte over 127
    if output_format == "json":
        assert Document.model_validate(json.loads(text)).entities
        assert "é" in json.dumps(json.loads(text), ensure_ascii=False)  # escaped, not lost
    elif output_format == "jsonl":
        assert Document.model_validate_json(text).entities
    else:
        assert "\\xe9" in text  # é, escaped


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_closed_pipe_ends_quietly_with_status_0(runs, output_format: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = runs[f"closed {output_format}"]
    assert (code, err) == (0, "")


def test_table_piped_into_head_exits_0() -> None:
    shell = f"{' '.join(CLI)} parse {SAMPLE} {GOLDEN} --format table | head -1"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=600
    )
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.startswith("idleb-offensive (2019-10-14)")


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--date", "0001-01-01"], "'--date'"),
        (["--date", "hier"], "'--date'"),
        (["--max-chars", "0"], "'--max-chars'"),
        (["--batch-size", "0"], "'--batch-size'"),
        (["--input-format", "xml"], "'--input-format'"),
        (["--format", "xml"], "'--format'"),
    ],
)
def test_every_usage_error_names_its_option(args: list[str], option: str) -> None:
    code, out, err = _run("parse", str(SAMPLE), *args)
    assert (code, out) == (2, b"")
    assert f"Invalid value for {option}" in " ".join(err.split())  # rich may wrap the box


# A pipeline whose component has a bug that one dispatch meets; the real CLI entry point.
_BUGGY = """
import sys
import spacy
from spacy.language import Language
import conflict_extract.pipeline

@Language.component("fails_on_panne")
def fails_on_panne(doc):
    if "PANNE" in doc.text:
        raise KeyError("a bug met by one dispatch")
    return doc

def load_pipeline(model=None, fast=False):
    nlp = spacy.blank("fr")
    nlp.add_pipe("fails_on_panne")
    return nlp

conflict_extract.pipeline.load_pipeline = load_pipeline
if "--render-bug" in sys.argv:
    sys.argv.remove("--render-bug")
    import conflict_extract.render
    def broken(documents, out):
        raise RuntimeError("a bug in a renderer")
    conflict_extract.render.RENDERERS["jsonl"] = broken
from conflict_extract.cli import main
sys.argv[0] = "conflict-extract"
main()
"""


def _buggy(*args: str):  # type: ignore[no-untyped-def]
    proc = subprocess.run(
        [sys.executable, "-c", _BUGGY, *args], capture_output=True, text=True, timeout=600
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_a_bug_inside_one_dispatch_costs_that_dispatch_only(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"id": f"d{i}", "text": t} for i, t in enumerate(["Alep.", "PANNE.", "Homs."])]
    feed.write_text(_jsonl(*records), encoding="utf-8")
    code, out, err = _buggy("parse", str(feed))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["d0", "d2"]
    assert err.splitlines() == [
        f"Error: {feed}:2: analysis failed (KeyError: 'a bug met by one dispatch'); "
        "this is a bug: --debug shows the traceback"
    ]
    code, out, err = _buggy("parse", str(feed), "--debug")
    assert code == 1 and len(out.splitlines()) == 2
    assert err.startswith("Traceback (most recent call last):")
    assert err.splitlines()[-1].startswith(f"Error: {feed}:2: analysis failed (KeyError")


def test_a_bug_outside_any_dispatch_is_one_line_without_debug() -> None:
    code, out, err = _buggy("parse", str(SAMPLE), "--render-bug")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "Error: internal error (RuntimeError: a bug in a renderer); --debug shows the traceback"
    ]
    code, _, err = _buggy("parse", str(SAMPLE), "--render-bug", "--debug")
    assert code == 1 and "Traceback" in err and "RuntimeError: a bug in a renderer" in err
