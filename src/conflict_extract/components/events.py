"""conflict_events: one ACLED-style event per incident and location, in doc._.conflict_events.

Per sentence: every trigger of the lexicon (data/triggers.jsonl) with its modality
(components.modality); each trigger gets the places it governs (one event per place), actors
from the FACTION spans and the parse, its date, the sentence's killed casualties and source.
A sentence with no place of its own borrows the paragraph's scene for its strongest trigger
(ACLED precedence); one with no trigger lends its toll to the event just told. Events are plain
dicts of character offsets and knowledge-base attributes; convert.py turns them into records.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflict_extract.components import extensions  # noqa: F401
from conflict_extract.components.data import DataComponent
from conflict_extract.components.event_roles import (
    actors_of,
    civilians_ref,
    date_for,
    fallback_location,
    in_attribution,
    is_country,
    is_headline,
    is_reference_point,
    names_an_actor,
    paragraphs_between,
    places_for_triggers,
    refers_back,
    span_ref,
    sub_type,
)
from conflict_extract.components.modality import modality
from conflict_extract.datelines import dateline_end
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.text import fold

# ACLED precedence: when two kinds compete for one place, the first listed wins.
PRECEDENCE = (
    "suicide",
    "ied",
    "capture",
    "air",
    "shelling",
    "abduction",
    "civilians",
    "clash",
    "drone_down",
    "join",
    "agreement",
    "protest",
)
_CONFIRMED = frozenset({"asserted", "reported"})
_SCARE_QUOTE_TOKENS = 4
_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT"})
_VIOLENCE_AGAINST_CIVILIANS = {
    "id": "civilians_killed",
    "kind": "civilians",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
}


@Language.factory(
    "conflict_events",
    assigns=["doc._.conflict_events"],
    requires=[
        "doc.spans",
        "token.dep",
        "token.lemma",
        "token.pos",
        "token.is_sent_start",
        "span._.kb",
        "span._.casualty",
        "span._.when",
    ],
)
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(name=name)


# The lexicons of data/ this component reads, each parsed by its extension into
# `self.lexicons[file name]` (DataFiles.parsed): a new lexicon file is one more name here.
LEXICONS = ("triggers.jsonl", "events.json")


class Trigger:
    """A trigger found in a sentence: its span, lexicon entry and modality."""

    def __init__(self, span: Span, entry: dict[str, Any]) -> None:
        self.span = span
        self.entry = entry
        self.mood = modality(span[0])
        self.rank = PRECEDENCE.index(entry["kind"])


class EventExtractor(DataComponent):
    data_files = LEXICONS

    def __init__(self, *, name: str) -> None:
        self.name = name
        self.lexicons: dict[str, Any] = {}
        self.civilian_victims: frozenset[str] = frozenset()
        self.anaphoric_subjects: frozenset[str] = frozenset()
        self.triggers: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
        self.exclusions: list[tuple[str, ...]] = []

    def load(self, files: DataFiles) -> None:
        self.lexicons = {name: files.parsed(name) for name in LEXICONS}
        triggers = self.lexicons["triggers.jsonl"]
        lexicon = self.lexicons["events.json"]
        self.civilian_victims = frozenset(fold(w) for w in lexicon["civilian_victims"])
        self.anaphoric_subjects = frozenset(fold(w) for w in lexicon["anaphoric_subjects"])
        ordered = sorted(
            ((tuple(fold(w) for w in seq), entry) for entry in triggers for seq in entry["lemmas"]),
            key=lambda item: -len(item[0]),
        )
        # By first word, longest sequence first: a token is compared with its candidates only.
        self.triggers = {}
        for seq, entry in ordered:
            self.triggers.setdefault(seq[0], []).append((seq, entry))
        self.exclusions = [tuple(fold(w) for w in seq) for seq in lexicon["exclusions"]]

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        spans = {
            key: list(doc.spans.get(key, []))
            for key in ("places", "factions", "casualties", "dates", "sources")
        }
        lemmas = [fold(t.lemma_ or t.text) for t in doc]
        texts = [fold(t.text) for t in doc]
        events: list[dict[str, Any]] = []
        for sent in doc.sents:
            if is_headline(sent):
                continue  # headlines and datelines repeat the body
            found = self._sentence(doc, sent, self._find(sent, lemmas, texts), spans)
            if found and _only_outcomes(found) and _adds_to_told(doc, events, found):
                continue  # "Six civils ont été tués à Joura": the toll of the shelling just told
            if found:
                if not _within(sent, spans["factions"]) and self._refers_to_actors(sent):
                    _carry_actors(doc, events, found)
                events.extend(found)
            else:
                _lend_toll(doc, sent, events, _within(sent, spans["casualties"]))
        doc._.conflict_events = _merge_same_incident(doc, events)
        return doc

    def _sentence(
        self, doc: Doc, sent: Span, triggers: list[Trigger], spans: dict[str, list[Span]]
    ) -> list[dict[str, Any]]:
        """The events of one sentence (empty when it tells none)."""
        if not triggers:
            return []
        own_places = [
            p
            for p in _within(sent, spans["places"])
            if not is_country(p)
            and not names_an_actor(p)
            and not in_attribution(p)
            and p.start_char >= dateline_end(doc.text)
        ]
        if not own_places and all(refers_back(t.span) for t in triggers):
            return []  # "... ont été tués dans ces combats": the toll of the event just told
        groups = places_for_triggers(
            [t.span for t in triggers],
            own_places,
            confirmed=[t.mood in _CONFIRMED for t in triggers],
            ranks=[t.rank for t in triggers],
        )
        if not any(groups):
            scene = fallback_location(doc, sent, spans["places"])
            strongest = min(triggers, key=lambda t: (t.mood not in _CONFIRMED, t.rank))
            groups = [scene if t is strongest else [] for t in triggers]
        casualties = _within(sent, spans["casualties"])
        victims = self._civilians_killed(casualties)
        strongest = _strongest_by_type(triggers)
        factions = _within(sent, spans["factions"])
        source = next(iter(_within(sent, spans["sources"])), None)
        events = []
        for trigger, places in zip(triggers, groups, strict=True):
            # "un kamikaze a fait exploser une voiture piégée": one explosion, coded by the
            # strongest of its words (ACLED precedence).
            entry = strongest.get(trigger.entry["event_type"], trigger).entry
            if entry["kind"] == "clash" and victims is not None:
                entry = _VIOLENCE_AGAINST_CIVILIANS
            actor1, assoc, actor2 = actors_of(trigger.span, factions)
            for place in places:
                events.append(
                    {
                        "kind": entry["kind"],
                        "event_type": entry["event_type"],
                        "sub_event_type": sub_type(entry, entry["kind"], actor1),
                        "trigger": (trigger.span.start_char, trigger.span.end_char),
                        "actor1": span_ref(actor1),
                        "assoc_actor_1": [span_ref(a) for a in assoc],
                        "actor2": civilians_ref(victims, doc)
                        if entry["kind"] == "civilians" and victims is not None
                        else span_ref(actor2),
                        "location": _location_ref(place),
                        "date": date_for(doc, sent, place, spans["dates"]),
                        "fatalities": None,
                        "source": span_ref(source),
                        "evidence": (sent.start_char, sent.end_char),
                        "modality": trigger.mood,
                        "_anchor": (trigger.span.start, place.start),
                        "_outcome": bool(trigger.entry.get("outcome")),
                    }
                )
        _assign_tolls(events, casualties)
        return events

    def _find(self, sent: Span, lemmas: list[str], texts: list[str]) -> list[Trigger]:
        """Every trigger of the sentence, left to right, longest lexicon entry first."""
        found: list[Trigger] = []
        words = set(texts[sent.start : sent.end]) | set(lemmas[sent.start : sent.end])
        i = sent.start
        while i < sent.end:
            if any(_seq_at(seq, i, sent.end, lemmas, texts) for seq in self.exclusions):
                i += 1
                continue
            candidates = self.triggers.get(lemmas[i], []) + self.triggers.get(texts[i], [])
            for seq, entry in sorted(candidates, key=lambda item: -len(item[0])):
                near = entry.get("near")
                if near and not words.intersection(fold(w) for w in near):
                    continue  # "abattre" is a downed aircraft only if one is named
                if _seq_at(seq, i, sent.end, lemmas, texts) and _can_trigger(sent.doc[i], seq):
                    found.append(Trigger(sent.doc[i : i + len(seq)], entry))
                    i += len(seq) - 1
                    break
            i += 1
        return found

    def _refers_to_actors(self, sent: Span) -> bool:
        """The sentence's subject points back at actors already named ('les assaillants')."""
        return any(
            t.dep_.startswith("nsubj") and fold(t.text) in self.anaphoric_subjects for t in sent
        )

    def _civilians_killed(self, casualties: list[Span]) -> dict[str, Any] | None:
        """The casualty data when the sentence's killed are civilians: ACLED codes the
        killing as Violence against civilians, with the victims as actor2."""
        for span in casualties:
            data = span._.casualty or {}
            victims = fold(data.get("victims") or "").split()
            if data.get("status") == "killed" and victims and victims[0] in self.civilian_victims:
                return data
        return None


def _location_ref(place: Span) -> dict[str, Any] | None:
    """The place as an event location: 'près d'Erbil' is near the town (ACLED precision 2)."""
    ref = span_ref(place)
    if ref is not None and is_reference_point(place) and ref["kb"]:
        precision = ref["kb"].get("geo_precision") or 1
        ref["kb"] = {**ref["kb"], "geo_precision": max(2, precision)}
    return ref


def _strongest_by_type(triggers: list[Trigger]) -> dict[str, Trigger]:
    """The confirmed trigger of highest precedence for each event type of a sentence."""
    best: dict[str, Trigger] = {}
    for trigger in triggers:
        if trigger.mood not in _CONFIRMED:
            continue
        event_type = trigger.entry["event_type"]
        if event_type not in best or trigger.rank < best[event_type].rank:
            best[event_type] = trigger
    return best


def _seq_at(seq: tuple[str, ...], i: int, end: int, lemmas: list[str], texts: list[str]) -> bool:
    if i + len(seq) > end:
        return False
    return all(w in (lemmas[i + k], texts[i + k]) for k, w in enumerate(seq))


def _can_trigger(token: Token, seq: tuple[str, ...]) -> bool:
    """A one-word trigger is never a function word ('entre' is a preposition, not 'entrer'),
    and nothing said inside « guillemets » triggers (testimony, not the wire's report)."""
    if len(seq) == 1 and token.pos_ in _FUNCTION_POS:
        return False
    return not _in_guillemets(token)


def _in_guillemets(token: Token) -> bool:
    """Inside a quotation of several words; a word in scare quotes («neutralisé») counts."""
    sent = token.sent
    doc = sent.doc
    opening = None
    for t in doc[sent.start : token.i]:
        if t.text == "«":
            opening = t.i
        elif t.text == "»":
            opening = None
    if opening is None:
        return False
    closing = next((t.i for t in doc[token.i : sent.end] if t.text == "»"), sent.end)
    return closing - opening > _SCARE_QUOTE_TOKENS


def _within(sent: Span, spans: Iterable[Span]) -> list[Span]:
    return [s for s in spans if sent.start <= s.start < sent.end]


def _incident_tolls(casualties: list[Span]) -> list[Span]:
    """Killed figures of an incident: not cumulative, not a breakdown of another figure."""
    return [
        s
        for s in casualties
        if s._.casualty
        and s._.casualty["status"] == "killed"
        and not s._.casualty["cumulative"]
        and s._.casualty["part_of"] is None
        and s._.casualty["count"] is not None
    ]


def _assign_tolls(events: list[dict[str, Any]], casualties: list[Span]) -> None:
    """Each killed figure goes to the event told just before it (by trigger, then place);
    a figure between two places of one trigger is not split between them."""
    if not events:
        return
    for toll in _incident_tolls(casualties):
        before = [e for e in events if e["_anchor"][0] <= toll.start]
        event = max(before, key=lambda e: e["_anchor"]) if before else events[0]
        siblings = [e for e in events if e["trigger"] == event["trigger"]]
        if len(siblings) > 1 and not _names_place(toll, event):
            continue
        event["fatalities"] = (event["fatalities"] or 0) + toll._.casualty["count"]


def _names_place(toll: Span, event: dict[str, Any]) -> bool:
    """'Six civils ont été tués à Joura': the toll says where."""
    location = event["location"]
    return location is not None and 0 <= location["start"] - toll.end_char <= 6


def _carry_actors(doc: Doc, told: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
    """A sentence naming no faction ('les assaillants se sont emparés de Saraqeb') goes on
    with the actors of the event just told, in its paragraph or the one before."""
    previous = next((e for e in reversed(told) if e["actor1"] is not None), None)
    if (
        previous is None
        or paragraphs_between(doc, previous["evidence"][1], new[0]["evidence"][0]) > 1
    ):
        return
    for event in new:
        if event["actor1"] is None and event["kind"] not in {"civilians"}:
            event["actor1"] = previous["actor1"]
            event["assoc_actor_1"] = previous["assoc_actor_1"]
            if event["kind"] == "capture":
                state = (event["actor1"]["kb"] or {}).get("inter") == 1
                event["sub_event_type"] = (
                    "Government regains territory"
                    if state
                    else "Non-state actor overtakes territory"
                )


def _only_outcomes(events: list[dict[str, Any]]) -> bool:
    return all(e.get("_outcome") for e in events)


def _adds_to_told(doc: Doc, told: list[dict[str, Any]], new: list[dict[str, Any]]) -> bool:
    """Give the toll of killings to the event just told at the same place, if there is one
    in this paragraph or the one before; True when done."""
    if not told or paragraphs_between(doc, told[-1]["evidence"][1], new[0]["evidence"][0]) > 1:
        return False
    recent = [e for e in told if e["evidence"] == told[-1]["evidence"]]
    for event in new:
        same = [e for e in recent if _same_location(doc, e, event)]
        if not same:
            return False
        if same[0]["fatalities"] is None and event["fatalities"] is not None:
            same[0]["fatalities"] = event["fatalities"]
    return True


def _same_location(doc: Doc, one: dict[str, Any], other: dict[str, Any]) -> bool:
    return _location_key(doc, one) == _location_key(doc, other)


def _location_key(doc: Doc, event: dict[str, Any]) -> str:
    location = event["location"]
    return str(
        (location["kb"] or {}).get("kb_id") or fold(doc.text[location["start"] : location["end"]])
    )


def _lend_toll(doc: Doc, sent: Span, events: list[dict[str, Any]], casualties: list[Span]) -> None:
    """A sentence telling no event gives its toll to the event just told, if that has none."""
    if not events or events[-1]["fatalities"] is not None:
        return
    tolls = _incident_tolls(casualties)
    if tolls and paragraphs_between(doc, events[-1]["evidence"][1], sent.start_char) <= 1:
        for event in events:
            if (
                event["trigger"] == events[-1]["trigger"]
                and len([e for e in events if e["trigger"] == event["trigger"]]) == 1
            ):
                event["fatalities"] = sum(t._.casualty["count"] for t in tolls)


def _merge_same_incident(doc: Doc, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ACLED's unit is one event per type, location and day: merge repeats (a crosshead and
    its paragraph), keeping the first and filling its gaps from the others."""
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in events:
        event.pop("_anchor", None)
        event.pop("_outcome", None)
        where = _location_key(doc, event)
        key = (event["event_type"], where, (event["date"] or {}).get("date"), event["modality"])
        if key not in merged:
            merged[key] = event
            continue
        kept = merged[key]
        for field in ("actor1", "actor2", "fatalities", "source"):
            if kept.get(field) is None and event.get(field) is not None:
                kept[field] = event[field]
    return list(merged.values())
