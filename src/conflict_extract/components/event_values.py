"""The typed values the event layer passes between its stages and leaves in
`doc._.conflict_events`: a `ConflictEvent` per incident, its actors and place as `Ref`s (a
stretch of the dispatch and what the knowledge base says of it) and its date as a `When`.

They are frozen: a stage that refines an event makes a new one (`dataclasses.replace`).
They survive `Doc.to_bytes` (and so multi-process `nlp.pipe`) through a msgpack encoder.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import srsly

_TAG = "__conflict_event__"


@dataclass(frozen=True)
class Ref:
    """Characters start:end of the dispatch, and their knowledge-base attributes."""

    start: int
    end: int
    kb: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class When:
    """A resolved date: ISO day, ACLED time precision, the kind of expression and where it is
    (None when the date is the publication date)."""

    date: str
    precision: int
    kind: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class ConflictEvent:
    """One incident at one place, in ACLED's terms."""

    kind: str
    event_type: str
    sub_event_type: str
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    modality: str = "asserted"
    actor1: Ref | None = None
    assoc_actor_1: tuple[Ref, ...] = ()
    actor2: Ref | None = None
    assoc_actor_2: tuple[Ref, ...] = ()
    location: Ref | None = None
    date: When | None = None
    fatalities: int | None = None
    source: Ref | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConflictEvent:
        def ref(value: dict[str, Any] | None) -> Ref | None:
            return Ref(value["start"], value["end"], value.get("kb") or {}) if value else None

        when = data.get("date")
        return cls(
            kind=data["kind"],
            event_type=data["event_type"],
            sub_event_type=data["sub_event_type"],
            trigger=tuple(data["trigger"]),  # type: ignore[arg-type]
            evidence=tuple(data["evidence"]),  # type: ignore[arg-type]
            modality=data.get("modality", "asserted"),
            actor1=ref(data.get("actor1")),
            assoc_actor_1=tuple(r for r in map(ref, data.get("assoc_actor_1") or []) if r),
            actor2=ref(data.get("actor2")),
            assoc_actor_2=tuple(r for r in map(ref, data.get("assoc_actor_2") or []) if r),
            location=ref(data.get("location")),
            date=When(
                when["date"],
                when["precision"],
                when["kind"],
                tuple(when["span"]) if when.get("span") else None,  # type: ignore[arg-type]
            )
            if when
            else None,
            fatalities=data.get("fatalities"),
            source=ref(data.get("source")),
        )


@srsly.msgpack_encoders("conflict_event")
def _encode(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, ConflictEvent):
        return {_TAG: obj.to_dict()}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("conflict_event")
def _decode(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and _TAG in obj:
        return ConflictEvent.from_dict(obj[_TAG])
    return obj if chain is None else chain(obj)
