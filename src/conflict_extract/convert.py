"""Doc -> records: the only module that knows both spaCy's Doc and the pydantic records.

Text fields are always sliced from the original dispatch text (the Doc's text differs only by
one-for-one character replacements, see api.analysis_text), so offsets hold exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from spacy.tokens import Doc

from conflict_extract.components.event_values import ConflictEvent, Ref
from conflict_extract.dispatches import Dispatch
from conflict_extract.doc_views import SpanBounds, bounds_value, span_bounds
from conflict_extract.provenance import content_hash, event_id
from conflict_extract.records import (
    Actor,
    Casualty,
    Document,
    Entity,
    Event,
    FieldSpan,
    Location,
    Provenance,
    Source,
    TextSpan,
)

_ENTITY_KEYS = (("sources", "SOURCE"), ("factions", "FACTION"), ("places", "PLACE"))
# The fields of a Casualty record, read once: pydantic builds `Casualty.model_fields` anew
# at every access (about 1 µs), once per key of every casualty's data otherwise.
_CASUALTY_FIELDS = frozenset(Casualty.model_fields)


def to_document(
    doc: Doc,
    dispatch: Dispatch,
    *,
    provenance: Mapping[str, str | None],
    include_unconfirmed: bool = False,
) -> Document:
    """The Document of one dispatch; `provenance` says what produced it (see
    provenance.pipeline_provenance)."""
    text = dispatch.text
    input_hash = content_hash(text)
    forms = _forms_by_actor(doc, text)
    events = unique_ids([_event(e, input_hash, text, forms) for e in doc._.conflict_events or []])
    if not include_unconfirmed:
        events = [e for e in events if e.modality in {"asserted", "reported"}]
    return Document(
        id=dispatch.id,
        path=dispatch.path,
        published=dispatch.published,
        published_from=dispatch.published_from,  # type: ignore[arg-type]
        title=dispatch.title,
        url=dispatch.url,
        country=doc._.conflict_country,
        entities=_entities(doc, text),
        casualties=[_casualty(doc, span, text) for span in span_bounds(doc, "casualties")],
        events=events,
        warnings=list(dispatch.warnings),
        provenance=Provenance(**provenance, input_sha256=input_hash),
    )


def _entities(doc: Doc, text: str) -> list[Entity]:
    entities = []
    for key, label in _ENTITY_KEYS:
        for span in span_bounds(doc, key):  # where the spans are: no Span object needed
            kb: dict[str, Any] = bounds_value(doc, span, "kb") or {}  # type: ignore[assignment]
            entities.append(
                Entity(
                    label=label,  # type: ignore[arg-type]
                    text=text[span.start_char : span.end_char],
                    start=span.start_char,
                    end=span.end_char,
                    kb_id=kb.get("kb_id"),
                    name=kb.get("name"),
                    country=kb.get("country"),
                    affiliation=kb.get("affiliation"),
                    inter=kb.get("inter"),
                    admin1=kb.get("admin1"),
                    admin2=kb.get("admin2"),
                    latitude=kb.get("latitude"),
                    longitude=kb.get("longitude"),
                    geo_precision=kb.get("geo_precision"),
                    note=kb.get("note"),
                )
            )
    return sorted(entities, key=lambda e: (e.start, e.end))


def _forms_by_actor(doc: Doc, text: str) -> dict[str, list[str]]:
    """The distinct forms the dispatch names each known actor by, in order of first use; a bare
    common noun that stood for it ('armée', 'militaires') names no actor by itself and a country
    ('la Syrie' for its state) no armed force, so both are left out; a nationality ('soldats
    maliens', 'russes') is kept."""
    named = [(span, bounds_value(doc, span, "kb")) for span in span_bounds(doc, "factions")]
    generic = [(span, bounds_value(doc, span, "actor")) for span in span_bounds(doc, "actors")]
    forms: dict[str, dict[str, None]] = {}
    for span, kb in sorted(named + generic, key=lambda pair: pair[0].start_char):
        kb = kb or {}
        kb_id = kb.get("kb_id")
        if kb_id and not kb.get("metonymy") and (not kb.get("generic") or kb.get("from_demonym")):
            forms.setdefault(kb_id, {})[text[span.start_char : span.end_char]] = None
    return {kb_id: list(seen) for kb_id, seen in forms.items()}


def _casualty(doc: Doc, span: SpanBounds, text: str) -> Casualty:
    data: dict[str, Any] = bounds_value(doc, span, "casualty") or {}  # type: ignore[assignment]
    return Casualty(
        text=text[span.start_char : span.end_char],
        start=span.start_char,
        end=span.end_char,
        **{k: v for k, v in data.items() if k in _CASUALTY_FIELDS},
    )


def _event(
    event: ConflictEvent, input_hash: str, text: str, forms: Mapping[str, list[str]]
) -> Event:
    actor1 = _actor(event.actor1, text, "actor1", forms)
    actor2 = _actor(event.actor2, text, "actor2", forms)
    assoc1 = [a for r in event.assoc_actor_1 if (a := _actor(r, text, "assoc_actor_1", forms))]
    assoc2 = [a for r in event.assoc_actor_2 if (a := _actor(r, text, "assoc_actor_2", forms))]
    when = event.date
    fields = [("event_type", event.trigger)]
    for name, ref in (
        ("actor1", event.actor1),
        ("actor2", event.actor2),
        ("location", event.location),
        ("source", event.source),
    ):
        if ref is not None:
            fields.append((name, (ref.start, ref.end)))
    if when is not None and when.span:
        fields.append(("event_date", when.span))
    evidence = _evidence(text, *event.evidence)
    location = event.location
    return Event(
        id=event_id(
            input_hash,
            (evidence.start, evidence.end),
            event.trigger,
            (location.start, location.end) if location else None,
        ),
        event_type=event.event_type,  # type: ignore[arg-type]
        sub_event_type=event.sub_event_type,  # type: ignore[arg-type]
        event_date=date.fromisoformat(when.date) if when else None,
        time_precision=when.precision if when else None,  # type: ignore[arg-type]
        actor1=actor1,
        assoc_actor_1="; ".join(_unique(a.name for a in assoc1)) or None,
        actor2=actor2,
        assoc_actor_2="; ".join(_unique(a.name for a in assoc2)) or None,
        actors=[a for a in (actor1, *assoc1, actor2, *assoc2) if a is not None],
        interaction=_interaction(actor1, actor2),
        location=_location(event.location, text),
        fatalities=event.fatalities,
        source=_source(event.source, text),
        evidence=evidence,
        spans=[FieldSpan(field=f, text=text[s:e], start=s, end=e) for f, (s, e) in fields],
        modality=event.modality,  # type: ignore[arg-type]
        unconfirmed=event.modality != "asserted",
    )


def unique_ids(events: list[Event]) -> list[Event]:
    """Two events of one sentence, trigger and place (never seen so far) keep distinct ids:
    the second gets '-2', in document order."""
    seen: Counter[str] = Counter()
    unique = []
    for event in events:
        seen[event.id] += 1
        n = seen[event.id]
        unique.append(event if n == 1 else event.model_copy(update={"id": f"{event.id}-{n}"}))
    return unique


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _actor(ref: Ref | None, text: str, role: str, forms: Mapping[str, list[str]]) -> Actor | None:
    if ref is None:
        return None
    kb = ref.kb
    surface = text[ref.start : ref.end]
    return Actor(
        role=role,  # type: ignore[arg-type]
        name=kb.get("name") or surface,
        text=surface,
        kb_id=kb.get("kb_id"),
        affiliation=kb.get("affiliation"),
        country=kb.get("country"),
        inter=kb.get("inter"),
        mentions=forms.get(kb.get("kb_id") or "", []),
    )


def _location(ref: Ref | None, text: str) -> Location | None:
    if ref is None:
        return None
    kb = ref.kb
    surface = text[ref.start : ref.end]
    return Location(
        name=kb.get("name") or surface,
        text=surface,
        kb_id=kb.get("kb_id"),
        admin1=kb.get("admin1"),
        admin2=kb.get("admin2"),
        country=kb.get("country"),
        latitude=kb.get("latitude"),
        longitude=kb.get("longitude"),
        geo_precision=kb.get("geo_precision"),
    )


def _source(ref: Ref | None, text: str) -> Source | None:
    if ref is None:
        return None
    surface = text[ref.start : ref.end]
    return Source(name=ref.kb.get("name") or surface, text=surface)


def _interaction(actor1: Actor | None, actor2: Actor | None) -> int | None:
    """ACLED interaction: the two inter codes, lower first (12); a sole actor gives 10, 20..."""
    if actor1 is None or actor1.inter is None:
        return None
    if actor2 is None or actor2.inter is None:
        return actor1.inter * 10
    low, high = sorted((actor1.inter, actor2.inter))
    return low * 10 + high


def _evidence(text: str, start: int, end: int) -> TextSpan:
    """The sentence, without the white space around it."""
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    return TextSpan(text=text[start:end], start=start, end=end)
