"""Places French wires name in today's wars resolve to their country and first-level division.

The table (tests/data/places_audit.tsv) was written and reviewed by hand: capitals, big cities,
front-line towns and regions of some fifty countries, in French spelling. Each row runs through
the full pipeline in a sentence that also names the country, as `scripts/check_places.py` does
for the audit (which also tries each name alone).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_places", ROOT / "scripts" / "check_places.py")
assert _spec is not None and _spec.loader is not None
check_places = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = check_places  # dataclasses look their module up
_spec.loader.exec_module(check_places)

ROWS = check_places.read_table()
# Rows the pipeline is known to get wrong, with the reason; strict: fixing one fails the test
# until the row leaves this list.
KNOWN_GAPS = {
    ("YE", "Ibb"): "its key 'ib' is under the index's three-character minimum",
}


@pytest.fixture(scope="module")
def outcomes(nlp):  # type: ignore[no-untyped-def]
    return {(o.row.country, o.row.place): o for o in check_places.resolve(nlp, ROWS)}


def test_the_table_is_sound() -> None:
    assert len(ROWS) >= 300
    assert len({(row.country, row.place) for row in ROWS}) == len(ROWS)
    assert {row.country for row in ROWS} <= set(check_places.COUNTRY_AT)
    assert set(KNOWN_GAPS) <= {(row.country, row.place) for row in ROWS}


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            id=f"{row.country}-{row.place}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[(row.country, row.place)])]
            if (row.country, row.place) in KNOWN_GAPS
            else [],
        )
        for row in ROWS
    ],
)
def test_place_resolves_to_its_country_and_division(outcomes, row) -> None:  # type: ignore[no-untyped-def]
    out = outcomes[(row.country, row.place)]
    assert out.found is not None, f"no place found at {row.place!r}"
    assert out.country == row.country, out
    if row.admin1 != "?":
        assert out.admin1 == row.admin1, out
