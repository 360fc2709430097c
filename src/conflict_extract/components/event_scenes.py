"""Where and when: the places each trigger governs, the scenes a sentence borrows from its
neighbours, the date of an event, and the shape of the text (headlines, datelines,
paragraphs) that tells a scene from a mention. Used by components.events."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span

from conflict_extract.components.event_lexicon import EventLexicon
from conflict_extract.components.event_values import When
from conflict_extract.doc_views import (
    doc_parse,
    doc_text,
    doc_tokens,
    doc_value,
    root_node,
    span_bounds,
    span_value,
)
from conflict_extract.text import DEFINITE_ARTICLES, OF_WORDS, PARAGRAPH_BREAK, fold, word_before

_TERMINAL = frozenset('.!?»"…')
_REFERENCE = re.compile(
    r"(?:\b(?:au|a l'|a la|dans le|dans l')\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?|\bpres|"
    r"\bnon loin|\bkm|\bkilometres|\baux abords|\ba proximite|\bentre|\bperipherie|\bportes"
    r"|\bbanlieue|\breliant|\broute|\baxe|\bvers)"
    r"\s*(?:de|d'|du|des)?\s*$"
)
_NEAR = re.compile(
    r"(?:\bpres|\bnon loin|\baux abords|\ba proximite|\bperipherie|\bportes|\benvirons)"
    r"\s*(?:de|d'|du|des)?\s*$"
)
_LIST_MARKS = frozenset(
    {
        ",",
        "et",
        "de",
        "d'",
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
        "ainsi",
        "que",
        "a",
        "dans",
        "les",
        "localites",
        "villages",
        "villes",
    }
)
# A place that acts or speaks is a state, not a scene: "Ankara a prévenu", "selon Moscou".
_METONYMY_BEFORE = frozenset({"par", "selon", "pour", "contre"})
_LOCATIVE = frozenset({"a", "au", "aux", "dans", "en", "pres", "vers", "sur", "de", "d'"})
_SPECIFIC_KINDS = frozenset({"city", "site"})


def same_paragraph(doc: Doc, start: int, end: int) -> bool:
    return PARAGRAPH_BREAK.search(doc_text(doc), start, end) is None


def paragraphs_between(doc: Doc, start: int, end: int) -> int:
    return len(PARAGRAPH_BREAK.findall(doc_text(doc), start, end))


def is_headline(sent: Span) -> bool:
    """A line of its own without a closing full stop: a title, a dateline, a crosshead."""
    doc = sent.doc
    text = doc_text(doc)[sent.start_char : sent.end_char].strip()  # sent.text, not rebuilt
    if not text or text[-1] in _TERMINAL:
        return False
    tokens = doc_tokens(doc)
    tail = sent.end - 1
    ends_line = (
        sent.end >= len(doc)
        or "\n" in tokens.texts[tail]
        or "\n" in tokens.spaces[tail]
        or "\n" in tokens.texts[sent.end]
    )
    return ends_line and len(text) < 200


def is_country(span: Span) -> bool:
    return str(_kb(span).get("kb_id") or "").startswith("cc:")


def _kb(span: Span) -> dict[str, Any]:
    """`span._.kb or {}`."""
    return span_value(span, "kb") or {}  # type: ignore[return-value]


class SceneReader:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        # Words that tell an attack: "un assaut contre El-Facher" names the scene.
        self.attack_words = frozenset(
            fold(seq[0])
            for entry in lexicon.entries
            if entry.event_type != "Strategic developments"
            for seq in entry.sequences
        )

    def candidates(self, doc: Doc, sent: Span, places: list[Span], dateline: int) -> list[Span]:
        """The places of a sentence that may be the scene of its events: not a country, not a
        place standing for a state, not in the dateline or the attribution."""
        out = []
        for place in places:
            if (
                is_country(place)
                or place.start_char < dateline
                or names_an_actor(place, self.attack_words)
                or self.in_attribution(place)
                or self._addressed(place)
                or self.is_destination(place)
                or self.is_home(place)
            ):
                continue
            out.append(place)
        return out

    def _addressed(self, place: Span) -> bool:
        """'un groupe qui accuse Islamabad de piller la province', 'ont dénoncé Kinshasa': the
        place one accuses or denounces stands for its government; it is not a scene."""
        root = root_node(place)
        return (
            root.dep_ in {"obj", "xcomp", "iobj"}
            and not any(c.dep_ == "case" for c in root.children)
            and root.head.pos_ == "VERB"
            and (
                self.lexicon.has("accusation_verbs", fold(root.head.lemma_))
                or self.lexicon.has("commentary_verbs", fold(root.head.lemma_))
            )
        )

    def is_destination(self, place: Span) -> bool:
        """'contraignant les soldats à se replier vers Mondoro', 'à fuir vers Goma': where a
        side withdrew or fled to is not where the event happened."""
        folded = doc_tokens(place.doc).folded  # fold(t.text)
        k = word_before(folded, place.start, DEFINITE_ARTICLES)
        if k < 0 or folded[k] != "vers":
            return False
        verb = root_node(place).head
        for _ in range(2):
            if verb.pos_ == "VERB":
                return self.lexicon.has("flight_verbs", fold(verb.lemma_))
            verb = verb.head
        return False

    def reported_day(self, date: Span) -> bool:
        """'..., a indiqué lundi l'armée', 'l'attaque a été revendiquée mardi': the day a verb
        of saying governs is when the news was told, not when the event happened."""
        root = root_node(date)
        head = root.head
        return (
            head.i != root.i
            and head.pos_ in {"VERB", "AUX"}
            and self.lexicon.has("reporting_verbs", fold(head.lemma_))
        )

    def is_home(self, place: Span) -> bool:
        """'des ouvriers originaires du Pendjab', 'des commerçants venus de Kano': where people
        come from is not where the event happened to them (lexicons/home_cues.txt)."""
        folded = doc_tokens(place.doc).folded  # fold(t.text)
        k = word_before(folded, place.start, DEFINITE_ARTICLES)
        if k < 1 or folded[k] not in OF_WORDS:
            return False
        return self.lexicon.has("home_cues", folded[k - 1])

    def is_division(self, place: Span) -> bool:
        """The text calls the place an administrative division: 'dans la province du Soum',
        'l'Etat de Kachin', 'le territoire de Beni' (lexicons/division_nouns.txt)."""
        folded = doc_tokens(place.doc).folded  # fold(t.text)
        k = word_before(folded, place.start, OF_WORDS)
        if k > 0 and folded[k] in _NEIGHBOUR_WORDS:
            k -= 1  # "dans le district voisin de Macomia", "la province voisine du Soum"
        return k >= 0 and self.lexicon.has("division_nouns", folded[k])

    def in_attribution(self, place: Span) -> bool:
        """'..., a annoncé le centre russe basé à Hmeimim', 'selon l'ONG basée à Londres': a
        place in the attribution tells where the speaker is, not where the event was."""
        doc = place.doc
        parse = doc_parse(doc)
        tokens = doc_tokens(doc)
        folded = tokens.folded
        sent_start = parse.sent_starts[place.start]
        root = root_node(place).i
        for i in range(sent_start, place.start):
            word = folded[i]
            start: int | None = None
            if word == "selon" or (word == "apres" and i > 0 and folded[i - 1] in {"d'", "d"}):
                start = i
            elif parse.pos[i] in {"VERB", "AUX"} and self.lexicon.has(
                "reporting_verbs", fold(parse.lemmas[i])
            ):
                children = parse.children[i]
                first = min([i, *(c for c in children if parse.deps[c].startswith("aux"))])
                told = any(
                    parse.deps[c] in {"xcomp", "ccomp"} and root in parse.subtree(c)
                    for c in children
                )  # "l'AA a affirmé avoir pris Mrauk-U": the place of what it tells
                # "Les Brigades al-Qassam, branche armée du Hamas, ont revendiqué ...": a
                # subject before the verb, so no inverted attribution
                subject = any(parse.deps[c].startswith("nsubj") and c < i for c in children)
                if (
                    first > sent_start
                    and tokens.texts[first - 1] in {",", "»"}
                    and not told
                    and not subject
                ):
                    start = i
            if start is not None and _attribution_reaches(doc[start : place.start]):
                return True
        return False


_NEIGHBOUR_WORDS = frozenset({"voisin", "voisine", "voisins", "voisines", "limitrophe"})


def _attribution_reaches(between: Span) -> bool:
    """No comma between the attribution's start and the place, or only commas before
    participles ('selon un communiqué des RDF, déployées ... à la demande de Maputo') or
    before the division of a place of the attribution ('basé à Hmeimim, dans la province de
    Lattaquié')."""
    doc = between.doc
    texts = doc_tokens(doc).texts
    place_ends: set[int] | None = None  # read at the first comma: most spans have none
    for i in range(between.start, between.end):
        if texts[i] == "," and i + 1 < len(doc):
            following = doc[i + 1]
            if place_ends is None:
                place_ends = {p.end for p in span_bounds(doc, "places")}
            if i in place_ends and fold(following.text) in {"dans", "a", "au", "en"}:
                continue  # "basé à Hmeimim, dans la province de Lattaquié": still the speaker's
            if "Part" not in following.morph.get("VerbForm") and following.dep_ != "acl":
                return False
    return True


def names_an_actor(place: Span, attack_words: frozenset[str] = frozenset()) -> bool:
    """'la coalition menée par Washington', 'selon Moscou', 'Ankara a prévenu': a place
    standing for a state or its government, not the scene of an event. A place after a
    locative preposition ('A Khan Cheikhoun, ...') is a scene whatever the parse says, and
    so is the target of an attack ('un assaut contre El-Facher'), unlike the side taken up
    arms against ('ont pris les armes contre Addis Abeba')."""
    previous = doc_tokens(place.doc).folded[place.start - 1] if place.start > 0 else ""
    root = root_node(place)
    head = root.head
    if previous == "contre" and head.pos_ == "NOUN" and fold(head.lemma_) in attack_words:
        return False
    if previous in _METONYMY_BEFORE:
        return True
    if _between_two_states(place):
        return True
    if previous in _LOCATIVE:
        return False
    # "Ankara a bombardé" speaks of a state; "Bakhmout a été pilonnée" of a scene.
    return root.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"}


def _between_two_states(place: Span) -> bool:
    """'l'accord conclu entre Erevan et Bakou', 'les pourparlers entre Kinshasa et Kigali':
    two places of two countries after 'entre' stand for their states."""
    doc = place.doc
    root = root_node(place)
    first = place
    places: list[Span] | None = None  # read once, and only when needed: most places need none
    if root.dep_ == "conj":
        places = list(doc.spans.get("places", []))
        first = _span_at(places, root.head.i)
    if first is None or first.start == 0 or doc_tokens(doc).folded[first.start - 1] != "entre":
        return False
    if places is None:
        places = list(doc.spans.get("places", []))  # read past 'entre' only
    second = next(
        (
            other
            for other in places
            if root_node(other).dep_ == "conj"
            and first.start <= root_node(other).head.i < first.end
        ),
        None,
    )
    if second is None:
        return False
    countries = {_kb(s).get("country") for s in (first, second)}
    return None not in countries and len(countries) == 2


def _span_at(spans: list[Span], i: int) -> Span | None:
    return next((s for s in spans if s.start <= i < s.end), None)


def location_key(doc: Doc, place: Span) -> str:
    kb = _kb(place)
    return str(kb.get("kb_id") or fold(doc_text(doc)[place.start_char : place.end_char]))


def is_reference_point(place: Span) -> bool:
    """'à l'est de Mossoul', 'au nord d'Alep', 'près de Gao', 'à 50 km de Raqqa'."""
    folded = doc_tokens(place.doc).folded  # fold(t.text)
    before = " ".join(folded[max(0, place.start - 5) : place.start])
    return _REFERENCE.search(before) is not None


def is_near(place: Span) -> bool:
    """'près de Gao', 'aux abords de Goma', 'à proximité de Kidal': a reference point that
    locates the event at the town, unlike a direction or a distance from it."""
    folded = doc_tokens(place.doc).folded  # fold(t.text)
    before = " ".join(folded[max(0, place.start - 5) : place.start])
    return _NEAR.search(before) is not None


def places_for_triggers(
    triggers: list[Span],
    places: list[Span],
    *,
    confirmed: list[bool],
    ranks: list[int],
    units: frozenset[int] = frozenset(),
) -> list[list[Span]]:
    """The places each trigger governs, in order: those after it up to the next trigger (a
    list 'les villages A, B et C' gives one each). A trigger subordinate to a confirmed one
    ('la bataille ... pour s'emparer de X') leaves its places to it. Scene-setting places
    before the first trigger ('A Khan Cheikhoun, quatre civils ont été tués par une frappe')
    go to the strongest confirmed trigger left without a place. A reference point ('à l'est
    de Mossoul', 'près d'Erbil') or a whole region (or a division the text calls one: the
    places starting at `units`, 'la province du Soum') is the scene only when nothing more
    precise is named."""
    precise = [p for p in places if not _whole_region(p) and p.start not in units]
    specific = precise or places
    assigned: list[list[Span]] = [[] for _ in triggers]
    for place in places:
        before = [k for k, t in enumerate(triggers) if t.end <= place.start]
        if before:
            assigned[_governing(before[-1], triggers, confirmed)].append(place)
    for k, group in enumerate(assigned):
        # A town, then a place near one ('près d'Oicha, dans le territoire de Beni'), then a
        # local division ('le district de Sirwah, à l'ouest de Marib'), then a direction or
        # a distance from a town, then a first-level division or a country.
        towns = [p for p in group if p in precise]
        scenes = [p for p in towns if not is_reference_point(p)]
        close = [p for p in towns if is_near(p)]
        divisions = [p for p in group if p not in precise]
        # "à une quinzaine de kilomètres de Téra, dans la région de Tillabéri": a distance
        # from a town locates better than a first-level division or a country.
        local = [p for p in divisions if _kb(p).get("kind") not in _WIDE_KINDS]
        assigned[k] = _dedup(_first_run(scenes or close or local or towns or divisions or group))
    leading = [p for p in specific if triggers and p.end <= triggers[0].start]
    # "A Tabarre, en périphérie de Port-au-Prince, des gangs ont incendié...": the place the
    # sentence opens on, not the town it is located by
    leading = [p for p in leading if not is_reference_point(p)] or leading
    idle = [k for k in range(len(triggers)) if not assigned[k] and confirmed[k]]
    if leading and idle and not any(assigned):
        assigned[min(idle, key=lambda k: ranks[k])] = leading[-1:]
    elif leading and triggers and not assigned[0]:
        assigned[0] = leading[-1:]
    return assigned


_WIDE_KINDS = frozenset({"admin1", "country"})


def _whole_region(place: Span) -> bool:
    """A province, region or country the gazetteer knows; a village it does not know stays
    a scene even when only its region locates it ('Pimbo et Bule, en Ituri')."""
    kb = _kb(place)
    return kb.get("kb_id") is not None and kb.get("geo_precision") == 3


def _dedup(places: list[Span]) -> list[Span]:
    seen: set[str] = set()
    out = []
    for place in places:
        key = location_key(place.doc, place)
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out


def _governing(k: int, triggers: list[Span], confirmed: list[bool]) -> int:
    """The trigger that speaks for trigger k: itself, or the confirmed trigger it depends on."""
    if confirmed[k]:
        return k
    ancestors = set(triggers[k].root.ancestors)
    for j in range(k - 1, -1, -1):
        if confirmed[j] and triggers[j].root in ancestors:
            return j
    return k


def _first_run(places: list[Span]) -> list[Span]:
    """The first place and those listed right after it ('A, B et C', 'de A et de B'); a
    larger place in apposition ('Solino, à Port-au-Prince') is not a second scene."""
    if not places:
        return []
    run = [places[0]]
    for place in places[1:]:
        between = place.doc[run[-1].end : place.start]
        words = [fold(t.text) for t in between]
        listed = len(between) <= 6 and all(w in _LIST_MARKS for w in words)
        apposed = "et" not in words and any(w in {"a", "au", "dans"} for w in words)
        if (
            listed
            and not (apposed and _contains(place, run[-1]))
            and ("et" in words or "," in words)
        ) or _next_scene(between):
            run.append(place)
        else:
            break
    return run


def _contains(outer: Span, inner: Span) -> bool:
    """`outer` is a larger unit than `inner` (a city or division around a quarter or
    village): it locates it rather than naming a second scene."""
    o, i = outer._.kb or {}, inner._.kb or {}
    if o.get("kind") in {"admin1", "region", "country"}:
        return True
    if i.get("kb_id") is None and i.get("admin1") and i.get("admin1") == o.get("admin1"):
        return o.get("kind") in _SPECIFIC_KINDS and int(o.get("population") or 0) > 50_000
    return False


def _next_scene(between: Span) -> bool:
    """'de Saraqeb, au carrefour des autoroutes M4 et M5, puis ce matin de Maaret al-Noomane':
    one verb, a second scene after 'puis' or 'ensuite', with no other verb on the way."""
    words = [fold(t.text) for t in between]
    return (
        len(between) <= 15
        and bool(words)
        and any(w in {"puis", "ensuite"} for w in words)
        and words[-1] in {"de", "d'", "a", "au"}
        and not any(t.pos_ in {"VERB", "AUX"} for t in between)
    )


def fallback_location(
    doc: Doc,
    sent: Span,
    places: list[Span],
    *,
    dateline: int,
    the_town: bool = False,
    destination: Callable[[Span], bool] = lambda place: False,
) -> list[Span]:
    """No town in the sentence: the last town told before it in its paragraph. (Reaching
    back into the previous paragraph found a few more scenes on the dev set but cost more
    precision: background paragraphs then turn into events.) A sentence that speaks of
    'la localité', 'la ville' (`the_town`) reaches back to the last town told, in any
    paragraph. Where people fled or withdrew to (`destination`) is no scene; it is asked last,
    of the few places left."""
    earlier = [
        p
        for p in places
        if p.end <= sent.start
        and p.start_char >= dateline
        and (
            same_paragraph(doc, p.start_char, sent.start_char)
            or (the_town and _kb(p).get("kind") not in {"admin1", "region"})
        )
        and not is_country(p)
        and not names_an_actor(p)
        and not destination(p)
    ]
    if not earlier:
        return []
    # The scene of that sentence, not its reference point ('à Saraqeb, au sud d'Alep' goes
    # on at Saraqeb); of reference points only, the first ('près de Kissoué, au sud de
    # Damas').
    told_in = earlier[-1].sent
    last = [p for p in earlier if p.sent == told_in]
    scenes = [p for p in last if not is_reference_point(p)]
    return scenes[-1:] or last[:1]


def following_scene(
    doc: Doc,
    sent: Span,
    places: list[Span],
    refers_back: Any,
    *,
    destination: Callable[[Span], bool] = lambda place: False,
) -> list[Span]:
    """'... a frappé un véhicule. La frappe a eu lieu près de Sarai Naurang': the next
    sentence of the paragraph names the scene of the event just told when it refers back to
    it (`refers_back(sentence)`); not a place people fled or withdrew to (`destination`)."""
    following = next((s for s in doc.sents if s.start >= sent.end), None)
    if following is None or not same_paragraph(doc, sent.end_char, following.start_char):
        return []
    if not refers_back(following):
        return []
    return [
        p
        for p in places
        if following.start <= p.start < following.end
        and not is_country(p)
        and not names_an_actor(p)
        and not destination(p)
    ][:1]


class SentenceDates:
    """The dates of the events of one sentence (`date_for`): what dates them is read at the
    first event and kept, since only where each is told (its anchor) differs between them."""

    def __init__(
        self,
        doc: Doc,
        sent: Span,
        dates: list[Span],
        *,
        reported: Callable[[Span], bool] = lambda date: False,
        sequel: bool = False,
        same_day: bool = False,
        dateline: int = 0,
    ) -> None:
        self.doc, self.sent, self.dates, self.dateline = doc, sent, dates, dateline
        self.reported, self.sequel, self.same_day = reported, sequel, same_day

    def date_for(self, anchor: Span) -> When | None:
        """The date of an event at `anchor` (its place or trigger): the closest time
        expression before it in the sentence, else any in the sentence, else the last one
        earlier in the paragraph, else the publication date. A day on which the event was
        only reported (`reported`: '..., tuant huit d'entre eux, a indiqué lundi l'armée')
        gives way, in a `sequel` of the event told just before in the paragraph ('ont ensuite
        affronté les assaillants'), to that event's day. A sentence told `same_day` as the one
        before ('Plus tôt dans la journée, un obus était tombé') takes the last date told, in
        any paragraph."""
        in_sent, fallback = self._dates
        if not in_sent:
            return fallback
        before = [d for d in in_sent if d.end <= anchor.start]
        best = before[-1] if before else min(in_sent, key=lambda d: abs(d.start - anchor.start))
        return _when(_when_of(best), (best.start_char, best.end_char))

    @cached_property
    def _dates(self) -> tuple[list[Span], When | None]:
        """The sentence's own dates to choose from by anchor, else the date of all its
        events; read at the first event and kept."""
        doc, sent, dates, dateline = self.doc, self.sent, self.dates, self.dateline
        in_sent = [d for d in dates if sent.start <= d.start < sent.end and _when_of(d).get("date")]
        told = [d for d in in_sent if not self.reported(d)]
        if _days(in_sent) and not _days(told):
            if self.sequel:  # only a report day here: the day of the event just told, if any
                earlier = self._earlier()
                in_sent = [d for d in earlier if d.start_char >= dateline][-1:] or in_sent
        else:
            in_sent = told or in_sent
        if in_sent:
            return in_sent, None
        earlier = self._earlier()
        if earlier:
            best = earlier[-1]
            return [], _when(_when_of(best), (best.start_char, best.end_char))
        lead = _lead_day(doc, dates, dateline, self.reported)
        if lead is not None and lead.end <= sent.start:
            return [], _when(_when_of(lead), (lead.start_char, lead.end_char))
        published = doc_value(doc, "published")
        if published:
            return [], When(str(published), 1, "published", None)
        return [], None

    def _earlier(self) -> list[Span]:
        """The dates before the sentence in its paragraph (or, `same_day`, past the
        dateline)."""
        doc, sent, dateline = self.doc, self.sent, self.dateline
        return [
            d
            for d in self.dates
            if d.end <= sent.start
            and _when_of(d).get("date")
            and (
                same_paragraph(doc, d.start_char, sent.start_char)
                or (self.same_day and d.start_char >= dateline)
            )
        ]


def _lead_day(
    doc: Doc, dates: list[Span], dateline: int, reported: Callable[[Span], bool]
) -> Span | None:
    """The day the dispatch's first sentence tells, if it tells one (titles, bylines and a
    dateline split off by the parser before it aside: 'Publié le 03 février 2025')."""
    pos = doc_parse(doc).pos  # each token's pos_, without a Token per token
    lead = next(
        (
            s
            for s in doc.sents
            if s.end_char > dateline
            and not is_headline(s)
            # not a bare "NAIROBI (AFP)"
            and any(pos[k] in {"VERB", "AUX"} for k in range(s.start, s.end))
        ),
        None,
    )
    if lead is None:
        return None
    first = next(
        (
            d
            for d in dates
            if lead.start <= d.start < lead.end
            and d.start_char >= dateline
            and _when_of(d).get("date")
        ),
        None,
    )
    if first is None or int(_when_of(first).get("precision") or 1) != 1 or reported(first):
        return None
    return first


def _days(dates: list[Span]) -> bool:
    """Some of `dates` names a day ("jeudi"), not a month or a year."""
    return any(int(_when_of(d).get("precision") or 1) == 1 for d in dates)


def _when_of(span: Span) -> dict[str, Any]:
    """`date._.when`, read without an Underscore object per read."""
    return span_value(span, "when")  # type: ignore[return-value]


def _when(data: dict[str, Any], span: tuple[int, int]) -> When:
    return When(str(data["date"]), int(data.get("precision") or 1), str(data.get("kind")), span)
