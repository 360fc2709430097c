"""Whole dispatches written for this project against their reviewed expected output.

When behaviour changes on purpose: `python tests/golden/update.py`, review the diff, commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conflict_extract.api import extract
from conflict_extract.dispatches import read_inputs

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))
from update import EXCLUDED, expected_path, golden_inputs

SOURCES = golden_inputs()


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_output_matches_reviewed_golden_file(nlp, source: Path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(expected_path(source).read_text(encoding="utf-8"))
    (document,) = extract(list(read_inputs([str(source)])), nlp)
    actual = document.model_dump(mode="json", exclude=EXCLUDED)
    assert actual["events"] == expected["events"]
    assert actual == expected
