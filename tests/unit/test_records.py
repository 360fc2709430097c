import pytest
from pydantic import ValidationError

from conflict_extract.records import (
    ACLED_EVENT_TYPES,
    Document,
    Entity,
    Event,
    TextSpan,
    check_offsets,
)
from unit.examples import PROVENANCE

EVIDENCE = {"text": "Les FDS ont repris Tabqa.", "start": 0, "end": 25}


def test_acled_vocabulary_has_six_types_and_twenty_five_sub_types() -> None:
    assert len(ACLED_EVENT_TYPES) == 6
    assert sum(len(subs) for subs in ACLED_EVENT_TYPES.values()) == 25


def test_event_rejects_sub_type_of_another_type() -> None:
    with pytest.raises(ValidationError, match="not a sub-type"):
        Event(id="ev-1", event_type="Battles", sub_event_type="Air/drone strike", evidence=EVIDENCE)


def test_event_rejects_unknown_type() -> None:
    with pytest.raises(ValidationError):
        Event(id="ev-1", event_type="Skirmish", sub_event_type="Armed clash", evidence=EVIDENCE)


def test_records_are_frozen_and_forbid_extra_fields() -> None:
    span = TextSpan(text="FDS", start=4, end=7)
    with pytest.raises(ValidationError):
        TextSpan(text="FDS", start=4, end=7, confidence=1.0)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        span.start = 1  # type: ignore[misc]


def test_span_end_cannot_precede_start() -> None:
    with pytest.raises(ValidationError, match="before start"):
        TextSpan(text="", start=5, end=2)


def test_document_round_trips_through_json() -> None:
    document = Document(
        id="d1",
        entities=[Entity(label="FACTION", text="FDS", start=4, end=7, inter=2)],
        events=[
            Event(
                id="ev-1",
                event_type="Battles",
                sub_event_type="Non-state actor overtakes territory",
                evidence=EVIDENCE,
                event_date="2017-06-06",
            )
        ],
        provenance=PROVENANCE,
    )
    assert Document.model_validate_json(document.model_dump_json()) == document


def test_check_offsets_reports_spans_that_do_not_slice_the_text() -> None:
    text = "Les FDS ont repris Tabqa."
    good = Document(
        id="d",
        entities=[Entity(label="FACTION", text="FDS", start=4, end=7)],
        provenance=PROVENANCE,
    )
    bad = Document(
        id="d",
        entities=[Entity(label="PLACE", text="Tabqa", start=0, end=5)],
        provenance=PROVENANCE,
    )
    assert check_offsets(text, good) == []
    assert check_offsets(text, bad) == ["0:5 'Tabqa'"]


def test_document_requires_its_provenance() -> None:
    with pytest.raises(ValidationError, match="provenance"):
        Document(id="d")  # type: ignore[call-arg]
