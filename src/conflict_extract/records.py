"""The output contract: pydantic models for everything conflict-extract emits.

Every format (json, jsonl, table, csv) is a view of these records; `conflict-extract schema`
prints their JSON Schema. Offsets (`start`, `end`) are character offsets into the dispatch text
as it was decoded, so `text[start:end] == record.text` holds for every span-bearing record.
Unknown values are `null`, never guessed.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# ACLED's fixed vocabulary (ACLED Codebook): 6 event types, 25 sub-event types.
ACLED_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# The closed vocabularies as types, derived from the table above so the two cannot drift.
EventType = Literal[tuple(ACLED_EVENT_TYPES)]  # type: ignore[valid-type]
SubEventType = Literal[  # type: ignore[valid-type]
    tuple(sub for subs in ACLED_EVENT_TYPES.values() for sub in subs)
]
EntityLabel = Literal["FACTION", "PLACE", "SOURCE"]
CasualtyStatus = Literal["killed", "wounded", "captured", "missing"]
# ACLED inter codes: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias,
# 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces.
InterCode = Literal[1, 2, 3, 4, 5, 6, 7, 8]
GeoPrecision = Literal[1, 2, 3]
TimePrecision = Literal[1, 2, 3]
Modality = Literal["asserted", "reported", "hypothetical", "denied", "future"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextSpan(_Record):
    """A stretch of the input: `text == input[start:end]`."""

    text: str = Field(description="The characters of the input between start and end.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset just past the last character.")

    @model_validator(mode="after")
    def _ordered(self) -> TextSpan:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class Entity(TextSpan):
    """A mention of an armed actor (FACTION), a place (PLACE) or a reporting source (SOURCE)."""

    label: EntityLabel
    kb_id: str | None = Field(None, description="Knowledge-base id (actor, place or source).")
    name: str | None = Field(None, description="Canonical name from the knowledge base.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 country code.")
    affiliation: str | None = Field(None, description="FACTION: government, rebel, jihadist...")
    inter: InterCode | None = Field(None, description="FACTION: ACLED inter code.")
    admin1: str | None = Field(None, description="PLACE: first-level division (governorate).")
    admin2: str | None = Field(None, description="PLACE: second-level division.")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: GeoPrecision | None = Field(
        None, description="PLACE: ACLED geo-precision (1 exact town, 2 near/part of, 3 region)."
    )
    note: str | None = Field(None, description="Why a field is null (e.g. place not geocoded).")


class Casualty(TextSpan):
    """A toll: how many people were killed, wounded, captured or went missing."""

    count: int | None = Field(
        None, ge=0, description="ACLED-comparable figure: the lowest reported number."
    )
    low: int | None = Field(None, ge=0, description="Lower bound as reported ('au moins 44').")
    high: int | None = Field(None, ge=0, description="Upper bound as reported, if any.")
    vague: bool = Field(False, description="The figure is a vague quantity ('des dizaines').")
    status: CasualtyStatus
    victims: str | None = Field(None, description="Who: 'civils', 'soldats', 'membres de l'EI'.")
    victim_group: str | None = Field(None, description="Canonical faction of the victims.")
    cumulative: bool = Field(False, description="A war-wide or period toll, not one incident.")
    part_of: int | None = Field(
        None, ge=0, description="Index (in this list) of the total this figure breaks down."
    )
    source: str | None = Field(None, description="Who reports the figure ('OSDH').")


ActorRole = Literal["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"]


class Actor(_Record):
    """An actor of an event, normalised through the knowledge base when known."""

    role: ActorRole | None = Field(None, description="The actor's place in the event.")
    name: str = Field(description="Canonical name, or the surface form when unknown.")
    text: str = Field(description="The surface form in the dispatch.")
    kb_id: str | None = None
    affiliation: str | None = None
    country: str | None = None
    inter: InterCode | None = None
    mentions: list[str] = Field(
        default_factory=list,
        description="Every form the dispatch names this actor by (same knowledge-base id), "
        "in order of first use: 'russes', 'armée russe', 'aviation russe'.",
    )


class Location(_Record):
    name: str = Field(description="Canonical name, or the surface form when not geocoded.")
    text: str = Field(description="The surface form in the dispatch.")
    kb_id: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: GeoPrecision | None = None


class Source(_Record):
    name: str = Field(description="Canonical name of who reports the event.")
    text: str = Field(description="The surface form ('selon l'OSDH' gives 'OSDH').")


class FieldSpan(TextSpan):
    """Which span of the text fed which field of an event."""

    field: str = Field(description="event_type, actor1, actor2, location, event_date, ...")


class Event(_Record):
    """One incident at one location, coded with ACLED's vocabulary."""

    id: str = Field(
        description="Stable id: derived from the input's content hash and the offsets of the "
        "event's evidence, so reruns and merges never renumber it ('ev-' and 16 hex digits)."
    )
    event_type: EventType
    sub_event_type: SubEventType
    event_date: date | None = Field(None, description="Day of the incident; null if unknown.")
    time_precision: TimePrecision | None = Field(
        None, description="ACLED: 1 day known, 2 week/approximate, 3 month or vaguer."
    )
    actor1: Actor | None = None
    assoc_actor_1: str | None = Field(
        None, description="ACLED style: names of actor1's associated actors joined by '; '."
    )
    actor2: Actor | None = None
    assoc_actor_2: str | None = Field(
        None, description="ACLED style: names of actor2's associated actors joined by '; '."
    )
    actors: list[Actor] = Field(
        default_factory=list, description="Every actor of the event with its role and text."
    )
    interaction: int | None = Field(None, description="ACLED interaction code, e.g. 12.")
    location: Location | None = None
    fatalities: int | None = Field(None, ge=0, description="Killed in this incident, or null.")
    source: Source | None = None
    evidence: TextSpan = Field(description="The sentence that states the event.")
    spans: list[FieldSpan] = Field(default_factory=list, description="Spans feeding each field.")
    modality: Modality = Field("asserted", description="How the text presents the event.")
    unconfirmed: bool = Field(
        False, description="True for hypothetical, future, denied or unconfirmed reports."
    )

    @model_validator(mode="after")
    def _sub_type_belongs(self) -> Event:
        if self.sub_event_type not in ACLED_EVENT_TYPES[self.event_type]:
            raise ValueError(
                f"sub_event_type {self.sub_event_type!r} is not a sub-type of {self.event_type!r}"
            )
        return self


class Provenance(_Record):
    """What produced a Document, to trace it and to know when to extract again."""

    tool_version: str = Field(description="conflict-extract's version.")
    pipeline: str = Field(description="The spaCy pipeline's name, e.g. 'fr_conflict_extract'.")
    pipeline_version: str = Field(
        description="The pipeline's version: the tool's, plus a digest of its code, config, "
        "base model and spaCy versions (e.g. '0.1.0+1a2b3c4d')."
    )
    knowledge_version: str | None = Field(
        description="Digest of the knowledge (data/) the pipeline was built with; null for a "
        "pipeline that does not record it."
    )
    input_sha256: str = Field(description="sha256 (hex) of the input text, UTF-8 encoded.")


class Document(_Record):
    """Everything extracted from one dispatch."""

    id: str = Field(description="The JSONL record's id, or the file name without extension.")
    path: str | None = Field(None, description="The path given on the command line; '-' stdin.")
    published: date | None = Field(None, description="Publication date (record, text, --date).")
    published_from: Literal["record", "dateline", "option"] | None = None
    title: str | None = None
    url: str | None = None
    country: str | None = Field(None, description="Main country of the dispatch (ISO2), if any.")
    entities: list[Entity] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    provenance: Provenance


def check_offsets(text: str, document: Document) -> list[str]:
    """Spans of `document` whose offsets do not slice `text` (empty list: all good)."""
    spans: list[TextSpan] = [*document.entities, *document.casualties]
    for event in document.events:
        spans.append(event.evidence)
        spans.extend(event.spans)
    return [
        f"{span.start}:{span.end} {span.text!r}"
        for span in spans
        if text[span.start : span.end] != span.text
    ]
