"""Long dispatches in sections: where to cut them, and their Documents put back together.

Some components grow faster than linearly with a Doc's length, and spaCy refuses texts over
`nlp.max_length`: a dispatch longer than `WHOLE_CHARS` is analysed in sections of at most
`SECTION_CHARS`, cut at paragraph breaks (else line breaks, sentence ends, spaces), so time
grows linearly with its length. Context (anaphora, 'le lendemain', the governorate named
earlier in a paragraph) does not cross a cut; offsets in the merged Document are offsets in
the whole text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from conflict_extract.convert import unique_ids
from conflict_extract.provenance import content_hash, event_id
from conflict_extract.records import Document, Event, TextSpan
from conflict_extract.text import PARAGRAPH_BREAK

WHOLE_CHARS = 10_000
SECTION_CHARS = 5_000
# Preferred cuts, best first: after a blank line, a line break, a sentence end, a space.
_CUTS = (
    PARAGRAPH_BREAK,
    re.compile(r"\n"),
    re.compile(r"[.!?…»][\"')\]]*\s+"),
    re.compile(r"\s+"),
)
_Span = TypeVar("_Span", bound=TextSpan)


def section_bounds(text: str, max_length: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each section: consecutive and covering `text`. A text of at most
    WHOLE_CHARS is one section; a longer one is cut in sections of at most SECTION_CHARS.
    `max_length` (the pipeline's `nlp.max_length`) lowers both."""
    if len(text) <= min(WHOLE_CHARS, max_length or WHOLE_CHARS):
        return [(0, len(text))]
    limit = min(SECTION_CHARS, max_length or SECTION_CHARS)
    bounds = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start + max(1, limit // 2), start + limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, low: int, high: int) -> int:
    """The best place in text[low:high] to end a section (the last one of the best kind)."""
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, low, high):  # noqa: B007  (the last one counts)
            pass
        if last is not None:
            return last.end()
    return high


def merge(parts: Sequence[tuple[int, Document]], warnings: Sequence[str], *, text: str) -> Document:
    """One Document from the Documents of a dispatch's sections, each given with the offset
    of its section; `warnings` replaces the Document's warnings. Provenance and event ids
    are those of the whole `text`, as if it had been analysed in one piece."""
    entities, casualties, events = [], [], []
    for offset, part in parts:
        entities.extend(_shifted(entity, offset) for entity in part.entities)
        first = len(casualties)  # `part_of` indexes the whole list now
        for casualty in part.casualties:
            index = None if casualty.part_of is None else casualty.part_of + first
            casualties.append(_shifted(casualty, offset).model_copy(update={"part_of": index}))
        events.extend(
            event.model_copy(
                update={
                    "evidence": _shifted(event.evidence, offset),
                    "spans": [_shifted(span, offset) for span in event.spans],
                }
            )
            for event in part.events
        )
    whole = content_hash(text)
    first_part = parts[0][1]
    provenance = first_part.provenance.model_copy(update={"input_sha256": whole})
    return first_part.model_copy(
        update={
            "provenance": provenance,
            "country": _main_country([part for _, part in parts]),
            "entities": entities,
            "casualties": casualties,
            "events": unique_ids([_reidentified(event, whole) for event in events]),
            "warnings": list(warnings),
        }
    )


def _reidentified(event: Event, input_hash: str) -> Event:
    """The event's id from the whole text's hash and its offsets in the whole text."""
    spans = {span.field: (span.start, span.end) for span in event.spans}
    evidence = (event.evidence.start, event.evidence.end)
    new_id = event_id(input_hash, evidence, spans.get("event_type"), spans.get("location"))
    return event.model_copy(update={"id": new_id})


def _shifted(span: _Span, offset: int) -> _Span:
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def _main_country(parts: Sequence[Document]) -> str | None:
    """The sections' main countries, each weighted by its number of places."""
    votes: Counter[str] = Counter()
    for part in parts:
        if part.country:
            votes[part.country] += 1 + sum(e.label == "PLACE" for e in part.entities)
    return votes.most_common(1)[0][0] if votes else None
