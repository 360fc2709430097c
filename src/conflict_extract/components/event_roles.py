"""The parts of an event: actors from the parse, places and dates for each trigger, and the
shape of the text (headlines, paragraphs). Used by components.events."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from conflict_extract.text import PARAGRAPH_BREAK, fold

_STATE_INTER = 1
_CIVILIANS_INTER = 7
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
_TERMINAL = frozenset('.!?»"…')
_ANAPHORIC = frozenset({"ces", "les", "des", "ce", "cet", "cette"})
_ANAPHORIC_PREPOSITIONS = frozenset({"dans", "lors", "pendant", "durant", "de", "par"})
_REFERENCE = re.compile(
    r"(?:\b(?:au|a l'|a la)\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?|\bpres|\bnon loin|"
    r"\bkm|\bkilometres|\baux abords|\ba proximite|\bentre)\s*(?:de|d'|du|des)?\s*$"
)
_REPORTING_VERBS = frozenset(
    {
        "annoncer",
        "indiquer",
        "affirmer",
        "declarer",
        "preciser",
        "rapporter",
        "assurer",
        "expliquer",
        "ajouter",
        "souligner",
        "confirmer",
        "accuser",
        "revendiquer",
        "communiquer",
    }
)
_SPEAKER_MARKS = frozenset({"selon", "d'apres", "apres"})
_LIST_MARKS = frozenset(
    {
        ",",
        "et",
        "de",
        "d'",
        "d’",
        "puis",
        "ensuite",
        "enfin",
        "ce",
        "cet",
        "cette",
        "matin",
        "soir",
        "nuit",
        "hier",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    }
)
# A place that acts or speaks is a state, not a scene: "Ankara a prévenu", "selon Moscou".
_METONYMY_BEFORE = frozenset({"par", "selon", "pour"})
_LOCATIVE = frozenset({"a", "au", "aux", "dans", "en", "pres", "vers", "sur", "de", "d'"})


def same_paragraph(doc: Doc, start: int, end: int) -> bool:
    return PARAGRAPH_BREAK.search(doc.text, start, end) is None


def paragraphs_between(doc: Doc, start: int, end: int) -> int:
    return len(PARAGRAPH_BREAK.findall(doc.text, start, end))


def is_headline(sent: Span) -> bool:
    """A line of its own without a closing full stop: a title, a dateline, a crosshead."""
    text = sent.text.strip()
    if not text or text[-1] in _TERMINAL:
        return False
    doc = sent.doc
    tail = doc[sent.end - 1]
    ends_line = (
        sent.end >= len(doc)
        or "\n" in tail.text
        or "\n" in tail.whitespace_
        or "\n" in doc[sent.end].text
    )
    return ends_line and len(text) < 200


def is_country(span: Span) -> bool:
    return str((span._.kb or {}).get("kb_id") or "").startswith("cc:")


def names_an_actor(place: Span) -> bool:
    """'la coalition menée par Washington', 'selon Moscou', 'Ankara a prévenu': a place
    standing for a state or its government, not the scene of an event. A place after a
    locative preposition ('A Khan Cheikhoun, ...') is a scene whatever the parse says."""
    doc = place.doc
    previous = fold(doc[place.start - 1].text) if place.start > 0 else ""
    if previous in _METONYMY_BEFORE:
        return True
    if previous in _LOCATIVE:
        return False
    return place.root.dep_ in {"nsubj", "nsubj:pass"} and place.root.head.pos_ in {"VERB", "AUX"}


def refers_back(trigger: Span) -> bool:
    """'dans ces combats', 'lors des affrontements': a fight already told, not a new one."""
    doc = trigger.doc
    before = [fold(t.text) for t in doc[max(0, trigger.start - 2) : trigger.start]]
    return (
        bool(before)
        and before[-1] in _ANAPHORIC
        and (len(before) < 2 or before[-2] in _ANAPHORIC_PREPOSITIONS)
    )


def actors_of(trigger: Span, factions: list[Span]) -> tuple[Span | None, list[Span], Span | None]:
    """(actor1, associated actors of actor1, actor2) from the parse, then from position."""
    factions = [f for f in factions if not _is_speaker(f)] or []
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


def _is_speaker(faction: Span) -> bool:
    """'a annoncé l'armée malienne', 'selon l'armée israélienne': who reports, not who acts."""
    doc = faction.doc
    before = [fold(t.text) for t in doc[max(0, faction.start - 2) : faction.start]]
    if any(word in _SPEAKER_MARKS for word in before):
        return True
    root = faction.root
    verb = root.head
    if fold(verb.lemma_) not in _REPORTING_VERBS:
        return False
    if root.dep_.startswith("nsubj"):
        return True
    # Inverted subject of an incise: "..., a annoncé l'armée malienne."
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return faction.start > verb.i and first > 0 and doc[first - 1].text == ","


def in_attribution(place: Span) -> bool:
    """'..., a annoncé le centre russe basé à Hmeimim', 'selon l'ONG basée à Londres': a place
    in the attribution tells where the speaker is, not where the event was."""
    doc = place.doc
    sent = place.sent
    for token in doc[sent.start : place.start]:
        word = fold(token.text)
        start: int | None = None
        if word == "selon" or (
            word == "apres" and token.i > 0 and fold(doc[token.i - 1].text) in {"d'", "d"}
        ):
            start = token.i
        elif fold(token.lemma_) in _REPORTING_VERBS and token.pos_ in {"VERB", "AUX"}:
            first = min([token.i, *(c.i for c in token.children if c.dep_.startswith("aux"))])
            if first > sent.start and doc[first - 1].text == ",":
                start = token.i
        if start is not None and "," not in {t.text for t in doc[start : place.start]}:
            return True
    return False


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


def fallback_location(doc: Doc, sent: Span, places: list[Span]) -> list[Span]:
    """No town in the sentence: the last town told before it in its paragraph. (Reaching back
    into the previous paragraph found a few more scenes on the dev set but cost more
    precision: background paragraphs then turn into events.)"""
    earlier = [
        p
        for p in places
        if p.end <= sent.start
        and not is_country(p)
        and not names_an_actor(p)
        and same_paragraph(doc, p.start_char, sent.start_char)
    ]
    return earlier[-1:]


def sub_type(entry: dict[str, Any], kind: str, actor1: Span | None) -> str:
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


def civilians_ref(casualty: dict[str, Any], doc: Doc) -> dict[str, Any] | None:
    """ACLED's victim actor: 'Civilians (<country>)', inter 7."""
    if not casualty.get("victims_span"):
        return None
    start, end = casualty["victims_span"]
    country = doc._.conflict_country
    name = f"Civilians ({country})" if country else "Civilians"
    return {
        "start": start,
        "end": end,
        "kb": {
            "name": name,
            "inter": _CIVILIANS_INTER,
            "affiliation": "civilians",
            "country": country,
        },
    }


def span_ref(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start_char, "end": span.end_char, "kb": span._.kb}


def places_for_triggers(
    triggers: list[Span], places: list[Span], *, confirmed: list[bool], ranks: list[int]
) -> list[list[Span]]:
    """The places each trigger governs, in order: those after it up to the next trigger (a
    list 'les villages A, B et C' gives one each). A trigger subordinate to a confirmed one
    ('la bataille ... pour s'emparer de X') leaves its places to it. Scene-setting places
    before the first trigger ('A Khan Cheikhoun, quatre civils ont été tués par une frappe')
    go to the strongest confirmed trigger left without a place. A reference point ('à l'est
    de Mossoul', 'près d'Erbil') is the scene only when nothing more precise is named."""
    specific = [p for p in places if (p._.kb or {}).get("geo_precision") != 3] or places
    assigned: list[list[Span]] = [[] for _ in triggers]
    for place in specific:
        before = [k for k, t in enumerate(triggers) if t.end <= place.start]
        if before:
            assigned[_governing(before[-1], triggers, confirmed)].append(place)
    for k, group in enumerate(assigned):
        scenes = [p for p in group if not is_reference_point(p)]
        assigned[k] = _first_run(scenes or group)
    leading = [p for p in specific if triggers and p.end <= triggers[0].start]
    idle = [k for k in range(len(triggers)) if not assigned[k] and confirmed[k]]
    if leading and idle and not any(assigned):
        assigned[min(idle, key=lambda k: ranks[k])] = leading[-1:]
    elif leading and triggers and not assigned[0]:
        assigned[0] = leading[-1:]
    return assigned


def _governing(k: int, triggers: list[Span], confirmed: list[bool]) -> int:
    """The trigger that speaks for trigger k: itself, or the confirmed trigger it depends on."""
    if confirmed[k]:
        return k
    ancestors = set(triggers[k].root.ancestors)
    for j in range(k - 1, -1, -1):
        if confirmed[j] and triggers[j].root in ancestors:
            return j
    return k


def is_reference_point(place: Span) -> bool:
    """'à l'est de Mossoul', 'au nord d'Alep', 'près de Gao', 'à 50 km de Raqqa'."""
    doc = place.doc
    before = " ".join(fold(t.text) for t in doc[max(0, place.start - 5) : place.start])
    return _REFERENCE.search(before) is not None


def _first_run(places: list[Span]) -> list[Span]:
    """The first place and those listed right after it ('A, B et C', 'de A et de B')."""
    if not places:
        return []
    run = [places[0]]
    for place in places[1:]:
        between = place.doc[run[-1].end : place.start]
        listed = len(between) <= 6 and all(fold(t.text) in _LIST_MARKS for t in between)
        if listed or _next_scene(between):
            run.append(place)
        else:
            break
    return run


def _next_scene(between: Span) -> bool:
    """'de Saraqeb, au carrefour des autoroutes M4 et M5, puis ce matin de Maaret al-Noomane':
    one verb, a second scene after 'puis' or 'ensuite', with no other verb on the way."""
    words = [fold(t.text) for t in between]
    return (
        len(between) <= 15
        and any(w in {"puis", "ensuite"} for w in words)
        and words[-1] in {"de", "d'", "a", "au"}
        and not any(t.pos_ in {"VERB", "AUX"} for t in between)
    )


def date_for(doc: Doc, sent: Span, anchor: Span, dates: list[Span]) -> dict[str, Any] | None:
    """The date of an event at `anchor` (its place or trigger): the closest time expression
    before it in the sentence, else any in the sentence, else the last one earlier in the
    paragraph, else the publication date."""
    in_sent = [d for d in dates if sent.start <= d.start < sent.end and d._.when.get("date")]
    before = [d for d in in_sent if d.end <= anchor.start]
    if before or in_sent:
        best = before[-1] if before else min(in_sent, key=lambda d: abs(d.start - anchor.start))
        return {**best._.when, "span": (best.start_char, best.end_char)}
    earlier = [
        d
        for d in dates
        if d.end <= sent.start
        and d._.when.get("date")
        and same_paragraph(doc, d.start_char, sent.start_char)
    ]
    if earlier:
        best = earlier[-1]
        return {**best._.when, "span": (best.start_char, best.end_char)}
    if doc._.published:
        return {"date": doc._.published, "precision": 1, "kind": "published", "span": None}
    return None
