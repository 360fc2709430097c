"""What the event layer knows of French conflict prose, from data/: trigger families
(data/triggers.jsonl) and the word lists beside them (data/lexicons/*.txt).

A trigger family carries everything Python needs to use it: its ACLED type and sub-type, its
precedence, the conflict reading it needs, the words that cancel it, the families it yields
to, and the refinements of its type ("refine": a named condition and the type it leads to).
A new family in triggers.jsonl works without editing Python, as long as it uses the named
conditions below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conflict_extract.components.phrases import Phrases, split_words
from conflict_extract.errors import DataError
from conflict_extract.records import ACLED_EVENT_TYPES
from conflict_extract.text import fold

# Conditions a trigger family may require ("needs": any of them; "needs_all": each of them).
READINGS = frozenset(
    {
        "armed_actor",
        "weapon",
        "military_object",
        "casualty",
        "place",
        "place_near",
        "weapon_subject",
        "ranged_weapon",
        "person",
        "protest_cue",
        "concluded",
        "anaphoric",
        "agent_subject",
        "demonstrators",
        "demonstrated",
        "not_pronominal",
        "handed_territory",
        "armed_subject",
        "blast",
        "crowd_on_public_property",
        "ranged_object",
    }
)
# Conditions a family may refine its type on ("refine": [{"when": ..., ...}]).
REFINEMENTS = frozenset(
    {
        "actor1_state",
        "nonstate_actor1",
        "nonstate_on_civilians",
        "air",
        "not_air",
        "ground",
        "civilian_target",
        "protesters_harmed",
        "dispersed_by_itself",
        "fired_on_protesters",
        "unarmed_target",
        "intervention",
        "rioting",
        "protest_party",
        "crowd_actor1",
        "no_fighting",
        "mob",
        "air_agent",
        "ranged_agent",
    }
)
# Word lists every pipeline needs (data/lexicons/<name>.txt).
WORD_LISTS = (
    "ally_cues",
    "ally_verbs",
    "agent_participles",
    "accusation_verbs",
    "holder_participles",
    "target_verbs",
    "suffer_verbs",
    "opposing_verbs",
    "reporting_verbs",
    "commentary_verbs",
    "commentary_nouns",
    "process_nouns",
    "blast_words",
    "division_nouns",
    "speaker_cues",
    "plan_verbs",
    "denial_verbs",
    "air_words",
    "artillery_words",
    "no_fighting_cues",
    "weapon_words",
    "sport_cues",
    "military_objects",
    "protest_cues",
    "intervention_cues",
    "excessive_force_cues",
    "riot_cues",
    "mob_cues",
    "background_cues",
    "toll_update_cues",
    "agreement_verbs",
    "not_triggers",
    "person_nouns",
    "vehicle_nouns",
    "civilian_victims",
    "anaphoric_subjects",
    "affiliation_cues",
    "toll_addition_cues",
    "nationwide_cues",
    "public_property",
    "deed_nouns",
    "attribution_verbs",
    "withdrawal_nouns",
    "etre_verbs",
    "origin_cues",
    "stronghold_nouns",
    "flight_verbs",
    "home_cues",
    "sequel_cues",
    "rescue_cues",
    "installation_nouns",
    "hazard_nouns",
    "spared_words",
    "charge_words",
    "court_words",
    "ceremony_words",
    "tribute_words",
    "accident_words",
    "demonstrate_verbs",
    "crowd_nouns",
    "official_nouns",
    "control_nouns",
    "identification_verbs",
    "habitual_verbs",
    "claim_verbs",
    "own_deed_nouns",
    "ground_words",
    "habitual_adjectives",
    "period_start_nouns",
    "town_nouns",
    "same_day_cues",
)


@dataclass(frozen=True)
class Refinement:
    when: str
    event_type: str | None
    sub_event_type: str


@dataclass(frozen=True)
class TriggerEntry:
    """One trigger family of data/triggers.jsonl."""

    id: str
    kind: str
    event_type: str
    sub_event_type: str
    precedence: int
    sequences: tuple[tuple[str, ...], ...]
    needs: frozenset[str] = frozenset()
    needs_all: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    near: frozenset[str] = frozenset()
    pos: frozenset[str] = frozenset()  # the parts of speech its first word may have; empty: any
    outcome: bool = False
    continues: bool = False
    yields_to: frozenset[str] = frozenset()
    absorbed_by: frozenset[str] = frozenset()
    refine: tuple[Refinement, ...] = ()
    patient_as: str = "actor2"
    agent_as: str = "actor1"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TriggerEntry:
        where = f"data/triggers.jsonl entry {data.get('id')!r}"
        event_type, sub_type = data.get("event_type"), data.get("sub_event_type")
        if sub_type not in ACLED_EVENT_TYPES.get(str(event_type), ()):
            raise DataError(f"{where}: {sub_type!r} is not a sub-type of {event_type!r}")
        needs, needs_all = frozenset(data.get("needs", [])), frozenset(data.get("needs_all", []))
        if not needs | needs_all <= READINGS:
            raise DataError(f"{where}: unknown reading in {sorted(needs | needs_all - READINGS)}")
        if data.get("patient_as", "actor2") not in {"actor2", "assoc_actor_1"}:
            raise DataError(f"{where}: patient_as must be 'actor2' or 'assoc_actor_1'")
        if data.get("agent_as", "actor1") not in {"actor1", "actor2"}:
            raise DataError(f"{where}: agent_as must be 'actor1' or 'actor2'")
        refine = []
        for item in data.get("refine", []):
            if item.get("when") not in REFINEMENTS:
                raise DataError(f"{where}: unknown refinement {item.get('when')!r}")
            refined_type = item.get("event_type") or event_type
            if item["sub_event_type"] not in ACLED_EVENT_TYPES.get(refined_type, ()):
                raise DataError(f"{where}: bad refinement {item!r}")
            refine.append(Refinement(item["when"], item.get("event_type"), item["sub_event_type"]))
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            event_type=str(event_type),
            sub_event_type=str(sub_type),
            precedence=int(data["precedence"]),
            sequences=tuple(split_words(" ".join(seq)) for seq in data["lemmas"]),
            needs=needs,
            needs_all=needs_all,
            unless=frozenset(fold(w) for w in data.get("unless", [])),
            near=frozenset(fold(w) for w in data.get("near", [])),
            pos=frozenset(data.get("pos", [])),
            outcome=bool(data.get("outcome", False)),
            continues=bool(data.get("continues", False)),
            yields_to=frozenset(data.get("yields_to", [])),
            absorbed_by=frozenset(data.get("absorbed_by", [])),
            refine=tuple(refine),
            patient_as=str(data.get("patient_as", "actor2")),
            agent_as=str(data.get("agent_as", "actor1")),
        )


@dataclass
class EventLexicon:
    """Trigger families and word lists, ready to match."""

    entries: list[TriggerEntry]
    lists: dict[str, Phrases] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    _one_word: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_config(
        cls, triggers: list[dict[str, Any]], word_lists: dict[str, list[str]]
    ) -> EventLexicon:
        missing = [name for name in WORD_LISTS if name not in word_lists] if triggers else []
        if missing:
            raise DataError(f"missing word lists in data/lexicons: {', '.join(missing)}")
        entries = sorted((TriggerEntry.from_json(t) for t in triggers), key=lambda e: e.precedence)
        return cls(
            entries=entries,
            lists={name: Phrases(items) for name, items in word_lists.items()},
            words={name: frozenset(items) for name, items in word_lists.items()},
        )

    def one_word_triggers(self, kind: str) -> frozenset[str]:
        """The one-word lemmas of the trigger families of `kind` ('arrests': 'arrêter',
        'interpeller', ...), computed once."""
        found = self._one_word.get(kind)
        if found is None:
            found = frozenset(
                seq[0]
                for entry in self.entries
                if entry.kind == kind
                for seq in entry.sequences
                if len(seq) == 1
            )
            self._one_word[kind] = found
        return found

    def phrases(self, name: str) -> Phrases:
        return self.lists.get(name) or Phrases([])

    def has(self, name: str, word: str) -> bool:
        return word in self.words.get(name, frozenset())
