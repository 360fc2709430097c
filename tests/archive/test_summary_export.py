"""`summary` and `export` through the CLI, on a store filled by `batch`: figures checked
against the stored Documents, GeoJSON and CSV checked for shape."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflict_extract.records import Document, Event
from conflict_extract.render import ACLED_COLUMNS
from synthetic import write_text_files

from .conftest import invoke

# Written for these tests: a cumulative war toll beside an incident, and a village with no
# coordinates (no dateline, no region: the gazetteer cannot place it).
EXTRA = {
    "cumul.txt": "BEYROUTH, 3 mars 2021 (AFP) - Cinq civils ont été tués mardi dans un "
    "bombardement de l'armée syrienne sur Idleb, selon l'Observatoire syrien des droits de "
    "l'Homme (OSDH). Le conflit a fait plus de 387.000 morts depuis 2011.",
    "village.txt": "Onze soldats maliens ont été tués lundi dans une attaque jihadiste près du "
    "village de Tabarkoundé, a annoncé l'armée malienne.",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("summary") / "in"
    write_text_files(root, 0, 42)
    for name, text in EXTRA.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def db(inputs: Path, nlp) -> Path:  # type: ignore[no-untyped-def]
    path = inputs.parent / "store.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("conflict_extract.pipeline.build_pipeline", lambda: nlp)
        result = invoke("batch", str(inputs), "--db", str(path), "--date", "2021-03-10")
    assert result.exit_code == 0, result.stderr
    return path


def stored_documents(db: Path) -> list[Document]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT document FROM documents")
        return [Document.model_validate_json(d) for (d,) in rows]


def stored_events(db: Path) -> Iterator[Event]:
    for document in stored_documents(db):
        yield from document.events


def summary_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = invoke("summary", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_summary_figures_are_those_of_the_stored_documents(db: Path) -> None:
    events = list(stored_events(db))
    summary = summary_json("--db", str(db), "--top", "50")
    assert summary["dispatches"] == len(stored_documents(db)) == 44
    assert summary["events"] == len(events)
    assert summary["fatalities"] == sum(e.fatalities or 0 for e in events)
    by_type = Counter((e.event_type, e.sub_event_type) for e in events)
    assert {(r["event_type"], r["sub_event_type"]): r["events"] for r in summary["by_type"]} == (
        by_type
    )
    places = Counter((e.location.country, e.location.admin1) for e in events if e.location)
    assert {(r["country"], r["admin1"]): r["events"] for r in summary["by_place"]} == places
    months = Counter(e.event_date.isoformat()[:7] for e in events if e.event_date)
    assert {r["month"]: r["events"] for r in summary["by_month"] if r["events"]} == months
    as_actor1 = Counter(e.actor1.name for e in events if e.actor1)
    assert {r["actor"]: r["as_actor1"] for r in summary["by_actor"] if r["as_actor1"]} == (
        as_actor1
    )
    sources = {e.source.name for e in events if e.source}
    assert summary["sources"] == len(sources)


def test_fatalities_never_add_cumulative_tolls(db: Path) -> None:
    cumulative = [
        c.count for d in stored_documents(db) for c in d.casualties if c.cumulative and c.count
    ]
    assert 387_000 in cumulative  # the war toll is in the store, as a casualty figure
    summary = summary_json("--db", str(db))
    assert summary["fatalities"] < 387_000
    syria = summary_json("--db", str(db), "--country", "sy")
    incidents = [e for e in stored_events(db) if e.location and e.location.country == "SY"]
    assert syria["fatalities"] == sum(e.fatalities or 0 for e in incidents) > 0


@pytest.mark.parametrize(
    ("args", "keep"),
    [
        (("--country", "ML"), lambda e: e.location and e.location.country == "ML"),
        (("--admin1", "borno"), lambda e: e.location and e.location.admin1 == "Borno"),
        (("--type", "Battles"), lambda e: e.event_type == "Battles"),
        (
            ("--type", "remote explosive/landmine/IED"),
            lambda e: e.sub_event_type == "Remote explosive/landmine/IED",
        ),
        (
            ("--actor", "boko"),
            lambda e: any(a and "Boko" in a.name for a in (e.actor1, e.actor2)),
        ),
        (
            ("--since", "2021-03-01", "--until", "2021-04-30"),
            lambda e: e.event_date and "2021-03-01" <= e.event_date.isoformat() <= "2021-04-30",
        ),
    ],
)
def test_summary_filters(db: Path, args: tuple[str, ...], keep) -> None:  # type: ignore[no-untyped-def]
    kept = [e for e in stored_events(db) if keep(e)]
    summary = summary_json("--db", str(db), *args)
    assert kept and summary["events"] == len(kept)
    assert summary["fatalities"] == sum(e.fatalities or 0 for e in kept)


def test_summary_of_parse_output_on_stdin_equals_the_store_summary(db: Path, inputs: Path) -> None:
    parsed = invoke("parse", *sorted(map(str, inputs.iterdir())), "--date", "2021-03-10")
    from_stdin = invoke("summary", "-", "--format", "json", stdin=parsed.stdout)
    assert from_stdin.exit_code == 0, from_stdin.stderr
    assert json.loads(from_stdin.stdout) == summary_json("--db", str(db))
    broken = invoke("summary", "-", stdin=parsed.stdout + '{"id": 3}\n')
    assert broken.exit_code == 1
    assert broken.stderr.startswith("Error: <stdin>:45: not a Document record")


def test_summary_table_and_csv(db: Path) -> None:
    table = invoke("summary", "--db", str(db)).stdout
    for title in ("Events by type", "Events by place", "Top actors", "Events by month"):
        assert title in table
    assert "2021-01" in table and "█" in table
    rows = list(csv.DictReader(io.StringIO(invoke("summary", "--db", str(db), "-f", "csv").stdout)))
    summary = summary_json("--db", str(db))
    assert rows[0]["section"] == "total"
    assert (int(rows[0]["events"]), int(rows[0]["fatalities"])) == (
        summary["events"],
        summary["fatalities"],
    )
    assert sum(int(r["events"]) for r in rows if r["section"] == "by_month") == summary["events"]


def test_export_geojson_is_a_feature_collection_of_lon_lat_points(db: Path) -> None:
    result = invoke("export", "--db", str(db), "--format", "geojson")
    assert result.exit_code == 0
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    with sqlite3.connect(db) as connection:
        placed = connection.execute(
            "SELECT longitude, latitude FROM events WHERE latitude IS NOT NULL"
        ).fetchall()
        unplaced = connection.execute(
            "SELECT count(*) FROM events WHERE latitude IS NULL"
        ).fetchone()[0]
    features = collection["features"]
    assert len(features) == len(placed) and unplaced >= 1
    assert (
        result.stderr == f"Warning: {unplaced} events without coordinates left out of the GeoJSON\n"
    )
    assert sorted(tuple(f["geometry"]["coordinates"]) for f in features) == sorted(placed)
    for feature in features:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert (lon, lat) == (feature["properties"]["longitude"], feature["properties"]["latitude"])
        assert set(ACLED_COLUMNS) <= set(feature["properties"])
    sahel = [f for f in features if f["properties"]["country"] in ("ML", "NE", "BF")]
    assert sahel and all(f["geometry"]["coordinates"][0] < 5 for f in sahel)  # west of 5°E
    mosul = [f for f in features if f["properties"]["admin1"] == "Ninewa"]
    assert mosul and all(f["geometry"]["coordinates"][0] > 40 for f in mosul)  # lon first


def test_export_csv_is_parse_csv(db: Path, inputs: Path) -> None:
    exported = invoke("export", "--db", str(db), "--format", "csv", "--country", "NG").stdout
    header, *rows = list(csv.reader(io.StringIO(exported)))
    assert tuple(header) == ACLED_COLUMNS
    nigeria = sorted(
        str(p) for p in inputs.glob("depeche-*.txt") if "LAGOS" in p.read_text(encoding="utf-8")
    )
    parsed = invoke("parse", *nigeria, "--format", "csv", "--date", "2021-03-10").stdout
    assert rows and rows == list(csv.reader(io.StringIO(parsed)))[1:]


def test_export_jsonl_documents(db: Path) -> None:
    everything = invoke("export", "--db", str(db)).stdout.splitlines()
    assert len(everything) == 44
    documents = [Document.model_validate_json(line) for line in everything]
    assert {d.id for d in documents} == {d.id for d in stored_documents(db)}
    boko = invoke("export", "--db", str(db), "--actor", "Boko Haram").stdout.splitlines()
    assert boko and all("Boko Haram" in line for line in boko) and len(boko) < 44


@pytest.mark.parametrize("command", ["summary", "export"])
def test_missing_store_and_bad_dates(tmp_path: Path, command: str) -> None:
    missing = invoke(command, "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1
    assert (
        missing.stderr
        == f"Error: {tmp_path / 'none.db'}: no such database (create it with `conflict-extract batch`)\n"
    )
    assert not (tmp_path / "none.db").exists()
    bad = invoke(command, "--db", str(tmp_path / "none.db"), "--since", "mars")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


@pytest.mark.parametrize("command", ["batch", "summary", "export"])
def test_help(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
