"""Quality floor on the shared dev corpus: figures can only go up as issues land.

Runs ../shared/tools/score.py exactly as the README documents, when that folder exists
(it is not part of this repository); skips cleanly otherwise.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
CORPUS = SHARED / "corpus" / "dev"
CLI = f"{shlex.quote(sys.executable)} -m conflict_extract parse --format jsonl"

# Floors: the figures measured when they were last raised (see the closing notes).
FLOORS = {
    "factions": 0.98,
    "places": 0.98,
    "killed": 0.98,
    "events": 0.90,
}
ACCURACY_FLOORS = {
    "event_date_accuracy": 0.90,
    "event_admin1_accuracy": 0.85,
    "event_actor_accuracy": 0.84,
    "event_fatalities_accuracy": 0.85,
}

pytestmark = pytest.mark.skipif(
    not (SCORER.is_file() and CORPUS.is_dir()), reason="../shared corpus and scorer not present"
)


@pytest.fixture(scope="module", params=["txt", "jsonl"])
def summary(request: pytest.FixtureRequest) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(CORPUS),
            "--cmd",
            CLI,
            "--json",
            "--input",
            request.param,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def test_every_dispatch_has_an_output(summary: dict) -> None:
    assert summary["missing_outputs"] == []


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_f1_does_not_fall_below_floor(summary: dict, key: str) -> None:
    assert summary[key]["f1"] >= FLOORS[key], summary[key]


@pytest.mark.parametrize("key", sorted(ACCURACY_FLOORS))
def test_event_field_accuracy_does_not_fall_below_floor(summary: dict, key: str) -> None:
    assert summary[key] >= ACCURACY_FLOORS[key]


def test_no_hypothetical_reported_as_event(summary: dict) -> None:
    assert summary["hypothetical_leaks"] == 0
