"""conflict_events: one ACLED-style event per incident and location, in doc._.conflict_events.

Per sentence: the trigger of highest ACLED precedence (lexicon: data/triggers.jsonl), its
modality (components.modality), actors from the FACTION spans and the parse, one event per
place the trigger governs, the date from doc.spans["dates"] or the publication date,
fatalities from the sentence's killed casualties, the source from its SOURCE spans.
Events are plain dicts of character offsets and knowledge-base attributes; convert.py turns
them into records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflict_extract.components import extensions  # noqa: F401
from conflict_extract.components.modality import modality
from conflict_extract.knowledge.normalize import fold

_VIOLENCE_AGAINST_CIVILIANS = {
    "id": "civilians_killed",
    "kind": "civilians",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_TERMINAL = frozenset('.!?»"…')
_ANAPHORIC = frozenset({"ces", "les", "des", "ce", "cet", "cette"})
_ANAPHORIC_PREPOSITIONS = frozenset({"dans", "lors", "pendant", "durant", "de", "par"})
# ACLED precedence: when two kinds co-occur, the first listed wins.
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
_STATE_INTER = 1
_AIR_WORDS = frozenset(
    {
        "aviation",
        "avion",
        "avions",
        "helicoptere",
        "helicopteres",
        "drone",
        "air",
        "aerien",
        "aeriens",
        "aerienne",
        "aeriennes",
        "raid",
        "raids",
        "chasseur",
        "chasseurs",
        "bombardier",
        "bombardiers",
    }
)


@Language.factory(
    "conflict_events",
    assigns=["doc._.conflict_events"],
    requires=["doc.spans", "token.dep", "token.lemma"],
    default_config={"triggers": [], "exclusions": [], "civilian_victims": []},
)
def make_events(
    nlp: Language,
    name: str,
    *,
    triggers: list[dict[str, Any]],
    exclusions: list[list[str]],
    civilian_victims: list[str],
) -> EventExtractor:
    return EventExtractor(
        name=name, triggers=triggers, exclusions=exclusions, civilian_victims=civilian_victims
    )


class EventExtractor:
    def __init__(
        self,
        *,
        name: str,
        triggers: list[dict[str, Any]],
        exclusions: list[list[str]],
        civilian_victims: list[str],
    ) -> None:
        self.name = name
        self.civilian_victims = frozenset(fold(w) for w in civilian_victims)
        self.triggers: list[tuple[tuple[str, ...], dict[str, Any]]] = sorted(
            ((tuple(fold(w) for w in seq), entry) for entry in triggers for seq in entry["lemmas"]),
            key=lambda item: -len(item[0]),
        )
        self.exclusions = [tuple(fold(w) for w in seq) for seq in exclusions]

    def __call__(self, doc: Doc) -> Doc:
        events: list[dict[str, Any]] = []
        places = list(doc.spans.get("places", []))
        factions = list(doc.spans.get("factions", []))
        casualties = list(doc.spans.get("casualties", []))
        dates = list(doc.spans.get("dates", []))
        sources = list(doc.spans.get("sources", []))
        lemmas = [fold(t.lemma_ or t.text) for t in doc]
        texts = [fold(t.text) for t in doc]
        previous: dict[str, Any] | None = None
        for sent in doc.sents:
            if _is_headline(sent):
                continue  # headlines and datelines repeat the body
            found = self._trigger(sent, lemmas, texts)
            in_sent = _within(sent)
            killed = _fatalities(in_sent(casualties))
            own_places = [
                p for p in in_sent(places) if not _is_country(p) and not _names_an_actor(p)
            ]
            if found is None or (
                _refers_back(found[0]) and previous is not None and not own_places
            ):
                # "... ont été tués dans ces combats": the toll of the event just told.
                if (
                    previous is not None
                    and killed
                    and previous.get("fatalities") is None
                    and _paragraphs_between(doc, previous["evidence"][1], sent.start_char) <= 1
                ):
                    previous["fatalities"] = killed
                continue
            trigger, entry = found
            actors = _actors(trigger, in_sent(factions))
            victims = self._civilians_killed(in_sent(casualties))
            if entry["kind"] == "clash" and victims is not None:
                entry = _VIOLENCE_AGAINST_CIVILIANS
            mood = modality(trigger[0])
            kind = entry["kind"]
            locations = (
                _locations(trigger, own_places)
                or _fallback_location(doc, sent, places)
                or _locations(trigger, in_sent(places))
            )
            if not locations:
                continue  # ACLED codes no event without a place: background, not an incident
            when = _date(doc, sent, trigger, dates)
            source = next(iter(in_sent(sources)), None)
            for location in locations:
                event = {
                    "kind": kind,
                    "event_type": entry["event_type"],
                    "sub_event_type": _sub_type(entry, kind, actors[0], trigger, doc),
                    "trigger": (trigger.start_char, trigger.end_char),
                    "actor1": _span_ref(actors[0]),
                    "assoc_actor_1": [_span_ref(a) for a in actors[1]],
                    "actor2": _civilians_ref(victims, doc)
                    if entry["kind"] == "civilians" and victims is not None
                    else _span_ref(actors[2]),
                    "location": _span_ref(location),
                    "date": when,
                    "fatalities": killed if len(locations) <= 1 else None,
                    "source": _span_ref(source),
                    "evidence": (sent.start_char, sent.end_char),
                    "modality": mood,
                }
                events.append(event)
                previous = event
        events = _merge_same_incident(doc, events)
        doc._.conflict_events = events
        return doc

    def _civilians_killed(self, casualties: list[Span]) -> dict[str, Any] | None:
        """The casualty data when the sentence's killed are civilians: ACLED codes the
        killing as Violence against civilians, with the victims as actor2."""
        for span in casualties:
            data = span._.casualty or {}
            victims = fold(data.get("victims") or "").split()
            if data.get("status") == "killed" and victims and victims[0] in self.civilian_victims:
                return data
        return None

    def _trigger(
        self, sent: Span, lemmas: list[str], texts: list[str]
    ) -> tuple[Span, dict[str, Any]] | None:
        """The trigger of highest precedence in the sentence, and its lexicon entry."""
        hits: list[tuple[int, int, Span, dict[str, Any]]] = []
        i = sent.start
        while i < sent.end:
            if any(_seq_at(seq, i, sent.end, lemmas, texts) for seq in self.exclusions):
                i += 1
                continue
            for seq, entry in self.triggers:
                if _seq_at(seq, i, sent.end, lemmas, texts):
                    span = sent.doc[i : i + len(seq)]
                    hits.append((PRECEDENCE.index(entry["kind"]), i, span, entry))
                    break
            i += 1
        asserted = [h for h in hits if modality(h[2][0]) in {"asserted", "reported"}]
        pool = asserted or hits
        if not pool:
            return None
        _, _, span, entry = min(pool, key=lambda h: (h[0], h[1]))
        return span, entry


def _seq_at(seq: tuple[str, ...], i: int, end: int, lemmas: list[str], texts: list[str]) -> bool:
    if i + len(seq) > end:
        return False
    return all(w in (lemmas[i + k], texts[i + k]) for k, w in enumerate(seq))


def _within(sent: Span):  # type: ignore[no-untyped-def]
    def select(spans: Iterable[Span]) -> list[Span]:
        return [s for s in spans if sent.start <= s.start < sent.end]

    return select


def _fatalities(casualties: list[Span]) -> int | None:
    figures = [
        s._.casualty["count"]
        for s in casualties
        if s._.casualty
        and s._.casualty["status"] == "killed"
        and not s._.casualty["cumulative"]
        and s._.casualty["part_of"] is None
        and s._.casualty["count"] is not None
    ]
    return sum(figures) if figures else None


def _same_paragraph(doc: Doc, start: int, end: int) -> bool:
    return _PARAGRAPH_BREAK.search(doc.text, start, end) is None


def _paragraphs_between(doc: Doc, start: int, end: int) -> int:
    return len(_PARAGRAPH_BREAK.findall(doc.text, start, end))


def _is_headline(sent: Span) -> bool:
    """A line of its own without a closing full stop: a title, a dateline, a crosshead."""
    text = sent.text.strip()
    if not text or text[-1] in _TERMINAL:
        return False
    doc = sent.doc
    ends_line = (
        sent.end >= len(doc)
        or "\n" in doc[sent.end - 1].whitespace_
        or ("\n" in doc[sent.end].text)
    )
    return ends_line and len(text) < 200


def _is_country(span: Span) -> bool:
    return str((span._.kb or {}).get("kb_id") or "").startswith("cc:")


def _names_an_actor(place: Span) -> bool:
    """'la coalition menée par Washington', 'soutenue par Ankara': a capital standing for a
    state, not the scene of the event."""
    doc = place.doc
    return place.start > 0 and fold(doc[place.start - 1].text) == "par"


def _refers_back(trigger: Span) -> bool:
    """'dans ces combats', 'lors des affrontements': a fight already told, not a new one."""
    doc = trigger.doc
    before = [fold(t.text) for t in doc[max(0, trigger.start - 2) : trigger.start]]
    return (
        bool(before)
        and before[-1] in _ANAPHORIC
        and (len(before) < 2 or before[-2] in _ANAPHORIC_PREPOSITIONS)
    )


def _merge_same_incident(doc: Doc, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ACLED's unit is one event per type, location and day: merge repeats (a crosshead and
    its paragraph), keeping the first and filling its gaps from the others."""
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in events:
        location = event["location"]
        where = (location["kb"] or {}).get("kb_id") if location else None
        if location and not where:
            where = fold(doc.text[location["start"] : location["end"]])
        key = (event["event_type"], where, (event["date"] or {}).get("date"), event["modality"])
        if where is None or key not in merged:
            merged[key if where is not None else (id(event),)] = event
            continue
        kept = merged[key]
        for field in ("actor1", "actor2", "fatalities", "source"):
            if kept.get(field) is None and event.get(field) is not None:
                kept[field] = event[field]
    return list(merged.values())


def _actors(trigger: Span, factions: list[Span]) -> tuple[Span | None, list[Span], Span | None]:
    """(actor1, associated actors of actor1, actor2) from the parse, then from position."""
    if not factions:
        return None, [], None
    head = trigger.root
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    agents = [f for f in factions if _role(f, verb) == "agent"]
    subjects = [f for f in factions if _role(f, verb) == "subject"]
    actor1 = (agents or subjects or [None])[0]
    if actor1 is None:
        before = [f for f in factions if f.start < trigger.start]
        actor1 = before[0] if before else None
    group = _listed_with(actor1, factions) if actor1 is not None else []
    if group:
        actor1 = group[0]  # "Al-Nosra, Jound al-Aqsa et Ahrar al-Cham ont pris..."
    assoc = [
        f
        for f in factions
        if actor1 is not None and f is not actor1 and (f in group or _coordinated(f, actor1))
    ]
    others = [
        f
        for f in factions
        if f is not actor1 and f not in assoc and (actor1 is None or f.start > actor1.start)
    ]
    actor2 = others[0] if others else None
    if actor1 is None and actor2 is not None:
        actor1, actor2 = actor2, None
    return actor1, assoc, actor2


def _listed_with(actor: Span, factions: list[Span]) -> list[Span]:
    """The run of factions separated only by commas and 'et' that contains `actor`."""
    ordered = sorted(factions, key=lambda f: f.start)
    runs: list[list[Span]] = []
    for faction in ordered:
        if runs and _only_list_marks(faction.doc[runs[-1][-1].end : faction.start]):
            runs[-1].append(faction)
        else:
            runs.append([faction])
    return next((run for run in runs if actor in run and len(run) > 1), [])


def _only_list_marks(between: Span) -> bool:
    return len(between) <= 2 and all(t.text in {",", "et"} for t in between)


def _role(span: Span, verb: Token) -> str | None:
    root = span.root
    for token in [root, *list(root.ancestors)[:2]]:
        if token.head == verb or token == verb:
            if token.dep_.startswith("nsubj") and not token.dep_.endswith("pass"):
                return "subject"
            if token.dep_ in {"obl:agent", "obl"} and any(
                fold(c.lower_) == "par" for c in token.children
            ):
                return "agent"
    return None


def _coordinated(span: Span, actor: Span) -> bool:
    if (span.root.dep_ == "conj" and span.root.head in actor) or (
        actor.root.dep_ == "conj" and actor.root.head in span
    ):
        return True
    if span.start < actor.start:
        return False
    between = span.doc[actor.end : span.start]
    return len(between) <= 2 and all(t.text in {",", "et"} for t in between)


def _locations(trigger: Span, places: list[Span]) -> list[Span]:
    """Places the trigger governs; a list ('les villages A, B et C') gives one each."""
    if not places:
        return []
    specific = [p for p in places if (p._.kb or {}).get("geo_precision") != 3] or places
    after = [p for p in specific if p.start >= trigger.end]
    if after:
        first = after[0]
        group = [first]
        for place in after[1:]:
            between = place.doc[group[-1].end : place.start]
            if len(between) <= 2 and all(t.text in {",", "et", "de", "d'", "d’"} for t in between):
                group.append(place)
            else:
                break
        return group
    before = [p for p in specific if p.end <= trigger.start]
    return [before[-1]] if before else []


def _fallback_location(doc: Doc, sent: Span, places: list[Span]) -> list[Span]:
    """No town in the sentence: the last town told before it in its paragraph. (Reaching back
    into the previous paragraph found a few more scenes on the dev set but cost more
    precision: background paragraphs then turn into events.)"""
    earlier = [
        p
        for p in places
        if p.end <= sent.start
        and not _is_country(p)
        and not _names_an_actor(p)
        and _same_paragraph(doc, p.start_char, sent.start_char)
    ]
    return earlier[-1:]


def _date(doc: Doc, sent: Span, trigger: Span, dates: list[Span]) -> dict[str, Any] | None:
    in_sent = [d for d in dates if sent.start <= d.start < sent.end and d._.when.get("date")]
    if in_sent:
        best = min(in_sent, key=lambda d: abs(d.start - trigger.start))
        return {**best._.when, "span": (best.start_char, best.end_char)}
    earlier = [
        d
        for d in dates
        if d.end <= sent.start
        and d._.when.get("date")
        and _same_paragraph(doc, d.start_char, sent.start_char)
    ]
    if earlier:
        best = earlier[-1]
        return {**best._.when, "span": (best.start_char, best.end_char)}
    if doc._.published:
        return {"date": doc._.published, "precision": 1, "kind": "published", "span": None}
    return None


def _sub_type(
    entry: dict[str, Any], kind: str, actor1: Span | None, trigger: Span, doc: Doc
) -> str:
    if kind == "capture":
        kb = (actor1._.kb or {}) if actor1 is not None else {}
        return (
            "Government regains territory"
            if kb.get("inter") == _STATE_INTER
            else "Non-state actor overtakes territory"
        )
    if (
        kind == "shelling"
        and actor1 is not None
        and any(fold(t.text) in _AIR_WORDS for t in actor1)
    ):
        return "Air/drone strike"
    return str(entry["sub_event_type"])


def _civilians_ref(casualty: dict[str, Any], doc: Doc) -> dict[str, Any] | None:
    """ACLED's victim actor: 'Civilians (<country>)', inter 7."""
    if not casualty.get("victims_span"):
        return None
    start, end = casualty["victims_span"]
    country = doc._.conflict_country
    name = f"Civilians ({country})" if country else "Civilians"
    return {
        "start": start,
        "end": end,
        "kb": {"name": name, "inter": 7, "affiliation": "civilians", "country": country},
    }


def _span_ref(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start_char, "end": span.end_char, "kb": span._.kb}
