"""Cutting long dispatches into sections and putting their Documents back together."""

from __future__ import annotations

from itertools import pairwise

import pytest

from conflict_extract.provenance import content_hash, event_id
from conflict_extract.records import Casualty, Document, Entity, Event, FieldSpan, TextSpan
from conflict_extract.sections import SECTION_CHARS, WHOLE_CHARS, merge, section_bounds
from unit.examples import PROVENANCE

PARAGRAPH = "Des frappes ont visé Alep, tuant trois civils, selon l'OSDH.\nLes FDS avancent.\n\n"


def _assert_tiles(text: str, bounds: list[tuple[int, int]], limit: int) -> None:
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(bounds))
    assert all(0 < end - start <= limit for start, end in bounds)


def test_a_dispatch_up_to_the_whole_limit_is_one_section() -> None:
    text = "x" * WHOLE_CHARS
    assert section_bounds(text) == [(0, WHOLE_CHARS)]


def test_long_dispatches_are_cut_after_blank_lines() -> None:
    text = PARAGRAPH * 400
    bounds = section_bounds(text)
    _assert_tiles(text, bounds, SECTION_CHARS)
    assert all(text[:end].endswith("\n\n") for _, end in bounds[:-1])


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        ("Une phrase sans paragraphe.\n" * 1000, "\n"),
        ("Une phrase sans saut de ligne. " * 1000, ". "),
        ("mot " * 5000, " "),
    ],
)
def test_without_blank_lines_cuts_fall_back_to_lines_sentences_spaces(
    text: str, ending: str
) -> None:
    bounds = section_bounds(text)
    _assert_tiles(text, bounds, SECTION_CHARS)
    assert all(text[:end].endswith(ending) for _, end in bounds[:-1])


def test_text_without_any_space_is_cut_hard() -> None:
    text = "x" * 12_345
    assert section_bounds(text) == [(0, 5000), (5000, 10000), (10000, 12345)]


def test_the_pipeline_max_length_lowers_both_limits() -> None:
    text = PARAGRAPH * 40
    bounds = section_bounds(text, max_length=500)
    assert len(bounds) > 1
    _assert_tiles(text, bounds, 500)


def _span(text: str, start: int) -> dict[str, object]:
    return {"text": text, "start": start, "end": start + len(text)}


def test_merge_shifts_every_offset_and_the_breakdown_indexes() -> None:
    part = Document(
        id="d",
        provenance=PROVENANCE,
        country="SY",
        entities=[Entity(label="PLACE", **_span("Alep", 10))],  # type: ignore[arg-type]
        casualties=[
            Casualty(status="killed", count=5, **_span("5 morts", 0)),  # type: ignore[arg-type]
            Casualty(status="killed", count=2, part_of=0, **_span("2 enfants", 20)),  # type: ignore[arg-type]
        ],
        events=[
            Event(
                id="ev-0000000000000000",
                event_type="Battles",
                sub_event_type="Armed clash",
                evidence=TextSpan(**_span("Combats à Alep.", 5)),  # type: ignore[arg-type]
                spans=[FieldSpan(field="location", **_span("Alep", 15))],  # type: ignore[arg-type]
            )
        ],
    )
    whole = "x" * 2000
    merged = merge([(0, part), (1000, part)], ["note"], text=whole)
    assert [e.start for e in merged.entities] == [10, 1010]
    assert [(c.start, c.part_of) for c in merged.casualties] == [
        (0, None),
        (20, 0),
        (1000, None),
        (1020, 2),
    ]
    assert [(e.evidence.start, e.spans[0].end) for e in merged.events] == [(5, 19), (1005, 1019)]
    assert (merged.id, merged.country, merged.warnings) == ("d", "SY", ["note"])
    # Provenance and event ids are those of the whole text, as if analysed in one piece.
    assert merged.provenance.input_sha256 == content_hash(whole)
    assert [e.id for e in merged.events] == [
        event_id(content_hash(whole), (5, 20), None, (15, 19)),
        event_id(content_hash(whole), (1005, 1020), None, (1015, 1019)),
    ]
