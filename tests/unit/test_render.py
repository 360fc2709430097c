import csv
import io
import json

import pytest

from conflict_extract.records import Actor, Document, Event, Location
from conflict_extract.render import (
    ACLED_COLUMNS,
    _who,
    render_csv,
    render_json,
    render_jsonl,
    render_table,
)
from unit.examples import PROVENANCE

EVENT = Event(
    id="ev-0123456789abcdef",
    event_type="Battles",
    sub_event_type="Government regains territory",
    event_date="2016-03-27",
    time_precision=1,
    actor1=Actor(role="actor1", name="Armée syrienne", text="armée syrienne", inter=1),
    actors=[Actor(role="actor1", name="Armée syrienne", text="armée syrienne", inter=1)],
    interaction=10,
    location=Location(
        name="Tadmur",
        text="Palmyre",
        admin1="Homs",
        country="SY",
        latitude=34.56,
        longitude=38.28,
        geo_precision=1,
    ),
    fatalities=12,
    evidence={"text": "L'armée syrienne a repris Palmyre.", "start": 0, "end": 34},
)
DOC = Document(id="d1", published="2016-03-27", events=[EVENT], provenance=PROVENANCE)


def test_csv_writes_acled_columns_and_one_row_per_event() -> None:
    out = io.StringIO()
    render_csv([DOC, DOC], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    assert len(rows) == 2
    row = rows[0]
    assert (row["event_id_cnty"], row["event_date"], row["year"], row["disorder_type"]) == (
        "ev-0123456789abcdef",
        "2016-03-27",
        "2016",
        "Political violence",
    )
    assert (row["actor1"], row["inter1"], row["admin1"], row["location"], row["fatalities"]) == (
        "Armée syrienne",
        "1",
        "Homs",
        "Tadmur",
        "12",
    )


def test_jsonl_is_one_document_per_line() -> None:
    out = io.StringIO()
    render_jsonl([DOC, DOC], out)
    lines = out.getvalue().splitlines()
    assert [Document.model_validate_json(line) for line in lines] == [DOC, DOC]


@pytest.mark.parametrize(
    ("single", "documents", "expected"),
    [
        (True, [DOC], "object"),
        (True, [], ""),  # the one input failed: nothing
        (False, [DOC], "array of 1"),
        (False, [], "array of 0"),
        (False, [DOC, DOC], "array of 2"),
    ],
)
def test_json_shape_follows_the_command_line_not_the_successes(
    single: bool, documents: list[Document], expected: str
) -> None:
    out = io.StringIO()
    render_json(documents, out, single=single)
    if not expected:
        assert out.getvalue() == ""
        return
    payload = json.loads(out.getvalue())
    shape = "object" if isinstance(payload, dict) else f"array of {len(payload)}"
    assert shape == expected


@pytest.mark.parametrize("renderer", [render_json, render_jsonl])
def test_json_on_a_stream_that_cannot_encode_unicode_is_escaped(renderer) -> None:  # type: ignore[no-untyped-def]
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    document = DOC.model_copy(update={"title": "Palmyre — رقة 😀"})
    renderer([document], out)
    out.flush()
    text = raw.getvalue().decode("ascii")  # would raise on any byte over 127
    payload = json.loads(text) if renderer is render_json else [json.loads(text)]
    assert [Document.model_validate(item) for item in payload] == [document]


def test_csv_event_ids_stay_unique_when_document_ids_repeat() -> None:
    out = io.StringIO()
    render_csv([DOC, DOC, DOC], out)
    ids = [row["event_id_cnty"] for row in csv.DictReader(io.StringIO(out.getvalue()))]
    first = DOC.events[0].id
    assert ids == [first, f"{first}#2", f"{first}#3"]


def test_table_shows_summary_and_event_row() -> None:
    out = io.StringIO()
    render_table([DOC], out)
    text = out.getvalue()
    assert "d1 (2016-03-27): 1 events, 12 killed" in text
    assert "Palmyre" in text and "Homs" in text


def test_table_shows_brackets_as_they_are_never_as_markup() -> None:
    out = io.StringIO()
    render_table([DOC.model_copy(update={"id": "[/bold] [red]x"})], out)
    assert out.getvalue().startswith("[/bold] [red]x (2016-03-27)")


def test_table_reads_who_acted_with_whom_on_whom() -> None:
    actors = [
        Actor(role="actor1", name="Armée syrienne", text="armée", inter=1),
        Actor(role="assoc_actor_1", name="Forces armées russes", text="aviation russe", inter=8),
        Actor(role="actor2", name="Etat islamique", text="EI", inter=2),
    ]
    assert _who(EVENT.model_copy(update={"actors": actors})) == "armée + aviation russe → EI"


def test_table_marks_an_unnamed_side() -> None:
    victims = [Actor(role="actor2", name="Civilians (Syria)", text="civils", inter=7)]
    assert _who(EVENT.model_copy(update={"actors": victims})) == "? → civils"
    assert _who(EVENT.model_copy(update={"actors": []})) == ""
