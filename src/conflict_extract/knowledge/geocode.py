"""Geocoding PLACE spans in the dispatch's context.

A name with several gazetteer candidates is resolved by the dispatch's main country, then by the
governorates the dispatch names near it, then by size; a city of 100,000 people or more spelt
exactly as the text writes it is not given up for a namesake of the dispatch's country that only
the spelling-tolerant key reaches ("Kaboul" in a dispatch from Pakistan is Kabul, not Qabula).
A name no gazetteer has ("le village de X") is located by a known place of its own sentence
(ACLED geo_precision 2 or 3), or by the division the paragraph names as such before it ("Dans
la province d'Idleb, ..."); otherwise it keeps no admin1 and its note says why.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy
from rapidfuzz import fuzz, process
from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from conflict_extract.doc_views import (
    bounds_value,
    doc_dateline_end,
    doc_parse,
    doc_text,
    doc_tokens,
    set_span_value,
    span_bounds,
    span_value,
)
from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.normalize import name_key, words
from conflict_extract.text import PARAGRAPH_BREAK, fold, strip_accents

# ACLED geo_precision by gazetteer kind: 1 the town itself, 3 a region or larger area.
_TIE_BREAK = 0.1  # a dateline's weight beside the body's places: less than any place's vote
_PRECISION = {"city": 1, "site": 1, "admin2": 2, "region": 3, "admin1": 3, "country": 3}
# Between homonyms (Alep the city, Alep the governorate): the town, unless the text says
# "province de", "gouvernorat de"... A country keeps its name against a town's.
_KIND_RANK = {"country": 3, "city": 2, "site": 2, "admin1": 1, "region": 1}
_NAME_MARKS = str.maketrans({"‘": None, "’": None, "ʿ": None, "ʾ": None, "`": None})
_FUZZY_CUTOFF = 90
_APPOSITION_REACH = 8  # tokens between a place and 'dans la province de Y' after it
_WELL_KNOWN_TOWN = 100_000  # people: a city this size is not a namesake in another division
_NEIGHBOUR_KM = 400  # a town abroad this close to a place the dispatch names may be across a border
_FUZZY_MIN_LENGTH = 6
_ADMIN_RANK = {"admin1": 3, "region": 2, "country": 1}
_QUARTER_NOUNS = frozenset(
    {"quartier", "quartiers", "faubourg", "faubourgs", "banlieue", "district"}
)
_IN_COUNTRY = frozenset({"au", "aux", "en"})
_LIST_WORDS = frozenset({"de", "d'", "du", "des", "et", ",", "la", "le", "les", "l'", "-"})


class Geocoder:
    def __init__(
        self,
        index: NameIndex,
        *,
        admin_cues: Iterable[str] = (),
        demonyms: Mapping[str, str] | None = None,
    ) -> None:
        """`admin_cues`: nouns before a name that make it the first-level division, not the
        town ('la province d'Idleb'; data/lexicons/admin_cues.txt). `demonyms`: nationality
        words, folded, and their country ('camerounais' -> 'CM'; data/demonyms.csv)."""
        self.index = index
        self.admin_cues = frozenset(admin_cues)
        self.demonyms = dict(demonyms or {})
        # Filled on first use: long keys by first letter, then by country and first letter.
        self._by_initial: dict[str, list[str]] | None = None
        self._groups: dict[tuple[str, str], dict[str, list[str]]] = {}

    def resolve(self, doc: Doc, spans: Sequence[Span]) -> None:
        """Set `span.id_` and `span._.kb` (a location dict) on every span, in place."""
        country = self.main_country(doc, spans)
        doc._.conflict_country = country
        admin1_near = _admin1_mentions(self.index, spans)
        resolved: list[Span] = []
        for span in spans:
            ids = _candidates(span)
            if ids:
                record = self._choose(ids, country, admin1_near, span)
                span.id_ = str(record["kb_id"])
                set_span_value(
                    span, "kb", _location(record, _PRECISION.get(str(record.get("kind")), 1))
                )
                resolved.append(span)
        elsewhere: dict[int, str] = {}
        named_divisions = {
            s.start
            for s in resolved
            if (_kb(s) or {}).get("kind") == "admin1" and _admin_cue(s, self.admin_cues)
        }
        # The named divisions still among `resolved`, in its order.
        divisions = [other for other in resolved if other.start in named_divisions]
        sentence_starts = _sentence_starts(doc)  # once, not per place
        for span in list(resolved):
            kb = _kb(span)
            stated = _stated_division(span, divisions)
            small = (
                kb.get("kind") in {"city", "site"}
                and int(kb.get("population") or 0) < _WELL_KNOWN_TOWN
            )
            if small and stated and stated != kb.get("admin1"):
                # "Dans la province d'Idleb, ... la base de Hamidiyé": the gazetteer's
                # Hamidiyé lies in Tartus, so this one is another, located by context.
                elsewhere[span.start] = f"{kb.get('name')!r} ({kb.get('admin1')})"
                resolved.remove(span)
                if span.start in named_divisions:
                    divisions.remove(span)
            elif _quarter_elsewhere(span, resolved, sentence_starts):
                # "A Deir Ezzor, ... les quartiers de Joura et de Qoussour": quarters of
                # the town just named, whatever namesakes the gazetteer has elsewhere.
                elsewhere[span.start] = (
                    f"{kb.get('name')!r} ({kb.get('admin1') or kb.get('country')})"
                )
                resolved.remove(span)
                if span.start in named_divisions:
                    divisions.remove(span)
        moved = {
            str((_kb(s) or {}).get("kb_id")): note
            for s in spans
            if s.start in elsewhere
            for note in [elsewhere[s.start]]
        }
        # The same name elsewhere in the dispatch is the same place (most dispatches move none).
        for span in list(resolved) if moved else []:
            note = moved.get(str(_kb(span).get("kb_id")))
            if note is not None:
                elsewhere[span.start] = note
                resolved.remove(span)
        divisions = [s for s in resolved if s.start in named_divisions]
        abroad: dict[int, str] = {}
        # Built at the first small town abroad, the only places it is asked for: before any
        # place is dropped below, as it was built before the loop.
        support: dict[str, set[str]] | None = None
        for span in list(resolved):
            kb = _kb(span)
            if not _small_town_abroad(kb, country):
                continue  # no namesake abroad (_namesake_abroad): most places
            if support is None:
                support = _country_support(doc, resolved)
            if _namesake_abroad(kb, country, support.get(kb.get("country"), set()), span, resolved):
                # "le quartier de Badou" in a dispatch from Raqqa: the gazetteer's Badou is a
                # town of Togo, a country nothing else in the dispatch points to.
                abroad[span.start] = f"{kb.get('name')!r} ({kb.get('country')})"
                resolved.remove(span)
        unknown: dict[str, dict[str, Any]] = {}  # unknown names located, by folded text
        for span in spans:
            if (
                _kb(span) is not None
                and span.start not in elsewhere
                and span.start not in abroad
                and _candidates(span)
            ):
                continue
            if span.start in elsewhere:
                if fold(span.text) in unknown:
                    set_span_value(span, "kb", dict(unknown[fold(span.text)]))
                    continue
                located = _nearest(span, resolved, country, divisions)
                located["note"] = (
                    f"the gazetteer's {elsewhere[span.start]} lies outside the division the "
                    f"text names; {located['note']}"
                )
                set_span_value(span, "kb", located)
                if located.get("admin1"):
                    unknown[fold(span.text)] = located
                continue
            fuzzy = self._fuzzy(span, country)
            if fuzzy is not None:
                record, score = fuzzy
                span.id_ = str(record["kb_id"])
                note = f"spelling matched to {record.get('name')!r} ({score:.0f}/100)"
                located = _location(record, _PRECISION.get(str(record.get("kind")), 1), note)
            elif span.start not in abroad and fold(span.text) in unknown:
                # "la ville d'Ulang, dans l'Etat du Haut-Nil" ... "le marché d'Ulang", told
                # by a source in Juba: a name the gazetteer lacks, named again, is the place
                # its first mention located.
                located = dict(unknown[fold(span.text)])
            else:
                located = _nearest(span, resolved, country, divisions)
                if span.start not in abroad and located.get("admin1"):
                    unknown[fold(span.text)] = located
            if span.start in abroad:
                located["note"] = (
                    f"the gazetteer's {abroad[span.start]} is a town of a country the dispatch "
                    f"does not otherwise name; {located['note']}"
                )
            set_span_value(span, "kb", located)

    def _fuzzy(self, span: Span, country: str | None) -> tuple[dict[str, Any], float] | None:
        """A close spelling among the places of the dispatch's country only ('Haritane' for
        'Hraytan'): world-wide, near-misses would be mostly wrong."""
        if country is None:
            return None
        key = name_key(_text(span))
        if len(key) < _FUZZY_MIN_LENGTH:
            return None
        # Transliterations vary in their vowels, rarely in their first letter.
        keys = self._fuzzy_keys(country, key[0])
        best = process.extractOne(key, list(keys), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best is None:
            return None
        found, score, _ = best
        # Homonyms of that spelling (N'Djamena the city and the province): the usual choice.
        return self._choose(keys[found], country, [], span), float(score)

    def _fuzzy_keys(self, country: str, initial: str) -> dict[str, list[str]]:
        """The keys fuzzy matching may reach for a country and a first letter, each with its
        ids of that country, in index order (rapidfuzz keeps the first of equal scores);
        built on first use."""
        group = self._groups.get((country, initial))
        if group is None:
            if self._by_initial is None:
                by_initial: dict[str, list[str]] = {}
                for key in self.index.keys:
                    if len(key) >= _FUZZY_MIN_LENGTH:
                        by_initial.setdefault(key[0], []).append(key)
                self._by_initial = by_initial
            group = {}
            records = self.index.records
            for key in self._by_initial.get(initial, []):
                ids = [i for i in self.index.keys[key] if records[i].get("country") == country]
                if ids:
                    group[key] = ids
            self._groups[(country, initial)] = group
        return group

    def main_country(self, doc: Doc, spans: Sequence[Span]) -> str | None:
        """The dispatch's main country: each distinct place name after the dateline shares one
        vote among the countries of its candidates (two when one candidate is a first-level
        division); each faction of a known country adds half a vote."""
        filed = doc_dateline_end(doc)
        body = [span for span in spans if span.start_char >= filed]
        # A dateline says where the wire was filed: it votes only when nothing else does, and
        # breaks a tie ("BAMAKO - ... près de Boni": Mali's Boni, not Nigeria's).
        votes = self._place_votes(body)
        filed_at = self._place_votes([span for span in spans if span.start_char < filed])
        if not votes:
            votes = filed_at
        for country, vote in filed_at.items():
            if country in votes:
                votes[country] += _TIE_BREAK * vote
        for bounds in span_bounds(doc, "factions"):
            kb = bounds_value(doc, bounds, "kb")
            if kb and kb.get("country"):
                votes[kb["country"]] += 0.5
        # Each distinct nationality word of the body ('quatre soldats camerounais'): half a
        # vote, as a faction's.
        if votes and self.demonyms:
            folded = doc_tokens(doc).folded
            # the first token at or after the dateline's end (token offsets increase)
            body_start = int(numpy.searchsorted(doc.to_array(IDX), filed))
            demonyms = self.demonyms
            said = {demonyms[word] for word in folded[body_start:] if word in demonyms}
            for country in said:
                votes[country] += 0.5
        return votes.most_common(1)[0][0] if votes else None

    def _place_votes(self, spans: Sequence[Span]) -> Counter[str]:
        votes: Counter[str] = Counter()
        seen: set[tuple[str, ...]] = set()
        for span in spans:
            ids = tuple(_candidates(span))
            if not ids or ids in seen:
                continue
            seen.add(ids)
            records = [self.index.records[i] for i in ids]
            weight = 2.0 if any(r.get("kind") == "admin1" for r in records) else 1.0
            if len(records) == 1:
                # one candidate takes the whole vote, famous or not (weight * share / share)
                if records[0].get("country"):
                    votes[records[0]["country"]] += weight
                continue
            # A city of 100,000 people spelt as written counts twice: "Kaboul" leans to
            # Afghanistan rather than to Qabula's Pakistan, but a nationality word of the
            # dispatch still tips "Bali" to Cameroon's town rather than India's city.
            known = _famous(records, _text(span))
            shares = [(r.get("country"), 2.0 if r["kb_id"] in known else 1.0) for r in records]
            total = sum(share for _, share in shares)
            for country, share in shares:
                if country:
                    votes[country] += weight * share / total
        return votes

    def _choose(
        self, ids: list[str], country: str | None, admin1_near: list[tuple[int, str]], span: Span
    ) -> dict[str, Any]:
        records = [self.index.records[i] for i in ids]
        if len(records) == 1:
            return dict(records[0])
        at = span.start
        text = _text(span)
        cued = _admin_cue(span, self.admin_cues)
        countries = [r for r in records if r.get("kind") == "country" and _spelt_french(r, text)]
        if countries and not cued:
            # "Irak" is Iraq, even in a dispatch about Iran, whose town Arak GeoNames also
            # spells "Irak"; "l'Etat du Niger" (an admin cue) stays Nigeria's division.
            return dict(countries[0])
        ranks = _ADMIN_RANK if cued else _KIND_RANK
        famous = _famous(records, text)
        named = {name for _, name in admin1_near}
        if any(
            r.get("country") == country and (_spelt(r, text) or r.get("admin1") in named)
            for r in records
        ):
            # The dispatch's own place keeps its name when spelt as written, or when the
            # dispatch names its division ("Saïda" of Deraa in a dispatch from Deraa).
            famous = set()

        def score(record: Any) -> tuple[float, ...]:
            in_country = float(record.get("country") == country or record["kb_id"] in famous)
            near = max(
                (
                    1.0 / (1 + abs(at - pos) / 50)
                    for pos, name in admin1_near
                    if name == record.get("admin1")
                ),
                default=0.0,
            )
            rank = ranks.get(str(record.get("kind")), 0)
            # "Mexico" in French copy is the city: the country is "Mexique"
            english = float(record.get("kind") == "country" and not _spelt_french(record, text))
            spelt = float(_spelt(record, text))  # 'Bagram' the base, not 'Bagrame'
            population = float(record.get("population") or 0)
            return (in_country, near, -english, rank, spelt, population)

        return dict(max(records, key=score))


def _spelt(record: Any, text: str) -> bool:
    """Whether `text` is the record's name or French name, up to case, accents, hyphens and
    apostrophes: the spelling itself, not only the spelling-tolerant key."""
    written = _words(text)
    return any(
        _words(str(name)) == written for name in (record.get("name"), record.get("name_fr")) if name
    )


def _spelt_french(record: Any, text: str) -> bool:
    """Whether `text` is not the record's English name only (a country reached through its
    English name, 'Mexico', is no match for a place whose French name it is)."""
    written = _words(text)
    name, name_fr = record.get("name"), record.get("name_fr")
    return not (name and name_fr and _words(str(name)) == written != _words(name_fr))


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    """`words(fold(text))`, kept: the same names are compared in every dispatch."""
    return tuple(words(fold(text)))


def _famous(records: Sequence[Any], text: str) -> set[str]:
    """kb ids of the candidates that are cities of 100,000 people or more spelt exactly
    as `text`: the place a reader takes the name for, wherever the dispatch is from."""
    return {
        str(r["kb_id"])
        for r in records
        if r.get("kind") == "city"
        and int(r.get("population") or 0) >= _WELL_KNOWN_TOWN
        and _spelt(r, text)
    }


def _country_support(doc: Doc, resolved: Sequence[Span]) -> dict[str, set[str]]:
    """For each country, the names that point to it: geocoded places and known factions."""
    support: dict[str, set[str]] = {}
    for span in resolved:
        place_country = (_kb(span) or {}).get("country")
        if place_country:
            support.setdefault(place_country, set()).add(fold(_text(span)))
    for span in doc.spans.get("factions", []):
        faction_country = (_kb(span) or {}).get("country")
        if faction_country:
            support.setdefault(faction_country, set()).add("faction:" + span.id_)
    return support


def _namesake_abroad(
    kb: dict[str, Any],
    country: str | None,
    support: set[str],
    span: Span,
    resolved: list[Span],
) -> bool:
    """A small town of a country other than the dispatch's, that no other name of the dispatch
    points to and that lies far from every other place the dispatch names: a namesake of a
    local place the gazetteer lacks ('Badou' in Raqqa is not the Togolese town), not a place
    across a border ('Akçakale' next to Tall Abyad)."""
    if (
        not _small_town_abroad(kb, country)
        or support - {fold(_text(span))}
        or kb.get("latitude") is None
    ):
        return False
    kbs = [_kb(o) for o in resolved]
    others = [other for other in kbs if other.get("kb_id") != kb.get("kb_id")]
    located = [other for other in others if other.get("latitude") is not None]
    return bool(located) and all(_km(kb, other) > _NEIGHBOUR_KM for other in located)


def _small_town_abroad(kb: dict[str, Any], country: str | None) -> bool:
    """A town or site of fewer than 100,000 people in a country the gazetteer gives, other
    than the dispatch's (`country`, known)."""
    return (
        country is not None
        and kb.get("country") not in (None, country)
        and kb.get("kind") in {"city", "site"}
        and int(kb.get("population") or 0) < _WELL_KNOWN_TOWN
    )


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Great-circle distance between two located records."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _stated_division(span: Span, divisions: list[Span]) -> str | None:
    """The governorate the text names for this place: in apposition right after it ('X, dans
    la province de Y'), else the last one named as such before it in its paragraph ('Dans la
    province d'Idleb, ... la base de Hamidiyé'). `divisions`: the geocoded first-level
    divisions named as such ('la province d'Idleb'), in text order."""
    doc = span.doc
    for other in divisions:
        if not 0 < other.start - span.end <= _APPOSITION_REACH:
            continue
        between = set(doc_tokens(doc).folded[span.end : other.start])
        if between & {"dans", "en", "("} and not between & {"et", "vers", "ou"}:
            return str(_kb(other)["admin1"])  # type: ignore[index]
    before = [
        other
        for other in divisions
        if other.end <= span.start
        and not PARAGRAPH_BREAK.search(doc_text(doc), other.end_char, span.start_char)
    ]
    return str(_kb(before[-1])["admin1"]) if before else None  # type: ignore[index]


def _quarter_elsewhere(span: Span, resolved: list[Span], starts: list[int] | None) -> bool:
    """The place is a quarter ('le quartier de X', 'les quartiers de A et de B') of a town
    named in its sentence, but the gazetteer's place of that name lies in another division.
    `starts`: _sentence_starts of the span's Doc."""
    if starts is None:
        return False
    town = _quarter_town(span, resolved, starts)
    if town is None:
        return False
    kb, town_kb = _kb(span) or {}, _kb(town) or {}
    return (kb.get("country"), kb.get("admin1")) != (town_kb.get("country"), town_kb.get("admin1"))


def _quarter_town(span: Span, resolved: list[Span], starts: list[int]) -> Span | None:
    tokens = doc_tokens(span.doc)
    sent_start = starts[span.start]
    reach = max(sent_start, span.start - 12)
    if _QUARTER_NOUNS.isdisjoint(tokens.folded[reach : span.start]):
        return None  # as the walk back below would end: most places follow no quarter noun
    k = span.start - 1
    while k >= reach:
        word = tokens.folded[k]
        if word in _QUARTER_NOUNS:
            break
        if (
            word not in _LIST_WORDS
            and not tokens.texts[k][:1].isupper()
            and not any(other.start <= k < other.end for other in resolved)
        ):
            return None  # a lowercase word outside the places named before
        k -= 1
    else:
        return None
    towns = [
        other
        for other in resolved
        if other is not span
        and starts[other.start] == sent_start
        and (_kb(other) or {}).get("kind") == "city"
        and (other.end <= k or other.start > span.end)
    ]
    before = [t for t in towns if t.end <= k]
    return before[-1] if before else (towns[0] if towns else None)


def _admin_cue(span: Span, cues: frozenset[str]) -> bool:
    """'la province d'Idleb', 'le gouvernorat de Deir Ezzor': the division, not the town."""
    before = doc_tokens(span.doc).folded[max(0, span.start - 3) : span.start]
    return any(word in cues for word in before)


def _admin1_mentions(index: NameIndex, spans: Sequence[Span]) -> list[tuple[int, str]]:
    """(token position, admin1 name) of every unambiguous mention, as context."""
    mentions = []
    for span in spans:
        admins = {index.records[i].get("admin1") for i in _candidates(span)}
        if len(admins) == 1:
            (only,) = admins
            if only:
                mentions.append((span.start, str(only)))
    return mentions


def _location(record: Any, precision: int, note: str | None = None) -> dict[str, Any]:
    if note is None and record.get("kind") == "country":
        note = "a country: no admin1; coordinates are those of its capital"
    elif note is None and record.get("latitude") is None:
        note = "in the gazetteer without coordinates"
    return {
        "kb_id": record.get("kb_id"),
        "name": plain_name(str(record.get("name") or "")),
        "country": record.get("country") or None,
        "admin1": record.get("admin1") or None,
        "admin2": record.get("admin2") or None,
        "latitude": record.get("latitude"),
        "longitude": record.get("longitude"),
        "geo_precision": precision,
        "kind": record.get("kind"),
        "population": int(record.get("population") or 0),
        "note": note,
    }


@lru_cache(maxsize=1 << 14)
def plain_name(name: str) -> str:
    """ACLED-style spelling of a gazetteer name: 'Ḩuraytān' -> 'Huraytan', 'I‘zāz' -> 'Izaz'.
    Kept: every geocoded mention asks it, and dispatches name the same places."""
    return strip_accents(name).translate(_NAME_MARKS)


def _says_where(doc: Doc, end: int, start: int) -> bool:
    """The words from a place's `end` to a region's `start` say the place is in it: 'X, dans
    le Kurdistan d'Irak', 'X, au Kurdistan irakien', 'X, dans la région autonome du
    Kurdistan d'Irak', 'X, dans la région semi-autonome du Puntland': a comma, 'dans' or
    'au'/'en', then only lower-case words describing the region."""
    tokens = doc_tokens(doc)
    gap = list(range(end, start))
    if gap and tokens.texts[gap[0]] == ",":
        gap = gap[1:]
    if not gap or len(gap) > _DESCRIPTION_WORDS:
        return False
    first = tokens.folded[gap[0]]
    if first != "dans" and first not in _IN_COUNTRY:
        return False
    return all(tokens.texts[k].islower() or tokens.texts[k] in {"'", "-"} for k in gap[1:])


_DESCRIPTION_WORDS = 6


def _nearest(
    span: Span, resolved: list[Span], country: str | None, divisions: Sequence[Span]
) -> dict[str, Any]:
    """Locate an unknown place by a known place the text ties it to: a town or division of its
    own sentence ("près de Mir Ali, dans le district du Waziristan du Nord"), the dispatch's
    country first, then the closest; else, in the country its sentence names (or, naming none,
    the dispatch's), the first-level division its paragraph names as such before it ("Dans la
    province d'Idleb, ... la base de X"), then the last place told before it, in its paragraph
    first ("... à Anzourou, plus au sud"); else the country its sentence names. A place of a
    later sentence, or of another country in another sentence, is no clue ("Mir Ali" is not in
    Islamabad because a later sentence quotes Islamabad): then the place keeps the dispatch's
    country and no admin1, and the note says why."""

    def distance(other: Span) -> tuple[int, int]:
        abroad = int(country is not None and _kb(other).get("country") != country)
        return (abroad, abs(other.start - span.start))

    text = doc_text(span.doc)
    filed = doc_dateline_end(span.doc)  # where the wire was filed locates nothing
    same_sentence = _sentence_of(span)
    # its sentence asked first: it rules out most places, and reads no span's kb
    in_sentence = [s for s in resolved if same_sentence(s) and _kb(s) and s.start_char >= filed]
    towns = [s for s in in_sentence if _kb(s).get("admin1")]
    # "la localité de X, au Tchad": the sentence says where; "les rives du lac Tchad" does not
    folded = doc_tokens(span.doc).folded
    countries = [
        s
        for s in in_sentence
        if s.start > 0
        and (
            (_kb(s).get("kind") == "country" and folded[s.start - 1] in _IN_COUNTRY)
            # "près de X, dans le Kurdistan d'Irak", "au Kurdistan irakien": a region of a
            # country right after the place says which country
            or (
                _kb(s).get("kind") == "region"
                and _kb(s).get("country")
                and s.start > span.end
                and _says_where(span.doc, span.end, s.start)
            )
        )
    ]
    named = min(countries, key=lambda s: abs(s.start - span.start)) if countries else None
    where = _kb(named).get("country") if named is not None else country
    if named is not None:
        # "Des obus sont tombés sur X, en RDC, a indiqué Kigali": not a town of another
        # country than the one the sentence names
        towns = [t for t in towns if _kb(t).get("country") == where]
    stated = [
        d
        for d in divisions
        if d.end <= span.start
        and d.start_char >= filed
        and _kb(d).get("country") == where
        and not PARAGRAPH_BREAK.search(text, d.end_char, span.start_char)
    ]
    told = [
        s
        for s in resolved
        if s.end <= span.start
        and s.start_char >= filed
        and (place := _kb(s))
        and place.get("admin1")
        and place.get("country") == where
    ]
    same_paragraph = [
        s for s in told if not PARAGRAPH_BREAK.search(text, s.end_char, span.start_char)
    ]
    if towns:
        anchor = min(towns, key=distance)
        how = f"located by the nearest known place {_text(anchor)!r} in its sentence"
    elif stated:
        anchor = stated[-1]
        how = f"located by the division its paragraph names before it, {_text(anchor)!r}"
    elif told:
        anchor = (same_paragraph or told)[-1]
        how = f"located by {_text(anchor)!r}, the last place of {where} told before it"
    else:
        reason = (
            f"in {_text(named)!r}, named in its sentence; no town or division there to locate it"
            if named is not None
            else "no known place in its sentence to locate it; country from the dispatch"
        )
        return {
            "kb_id": None,
            "name": _text(span),
            "country": where,
            "admin1": None,
            "admin2": None,
            "latitude": None,
            "longitude": None,
            "geo_precision": None,
            "note": f"not in the gazetteer; {reason}",
        }
    kb = _kb(anchor)
    return {
        "kb_id": None,
        "name": _text(span),
        "country": kb.get("country"),
        "admin1": kb.get("admin1"),
        "admin2": kb.get("admin2"),
        "latitude": kb.get("latitude"),
        "longitude": kb.get("longitude"),
        "geo_precision": 2 if kb.get("geo_precision") == 1 else 3,
        "note": f"not in the gazetteer; {how}",
    }


def _sentence_of(b: Span) -> Callable[[Span], bool]:
    """Whether a span shares a sentence with `b` (without a parser: no full stop or paragraph
    break between them)."""
    doc = b.doc
    starts = _sentence_starts(doc)
    if starts is not None:
        here = starts[b.start]
        return lambda a: starts[a.start] == here
    texts = doc_tokens(doc).texts

    def same(a: Span) -> bool:
        first, last = (a, b) if a.start <= b.start else (b, a)
        between = texts[first.end : last.start]
        return not any(t in {".", "!", "?"} or "\n" in t for t in between)

    return same


def _kb(span: Span) -> dict[str, Any] | None:
    """`span._.kb`, read where spaCy keeps it (no Underscore object per read)."""
    return span_value(span, "kb")  # type: ignore[return-value]


def _candidates(span: Span) -> list[str]:
    """`span._.candidates or []`, read as `_kb` reads."""
    return span_value(span, "candidates") or []  # type: ignore[return-value]


def _text(span: Span) -> str:
    """`span.text`, sliced from the Doc's text instead of joined from Token objects."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _sentence_starts(doc: Doc) -> list[int] | None:
    """`doc[i].sent.start` of every token i, as the parse view has them (doc_parse, built
    once per Doc and read by the components after this one); None when the Doc has no
    sentence boundaries (`Span.sent` would raise)."""
    if not doc.has_annotation("SENT_START"):
        return None  # a look at the second token's flag when the parser has run
    return doc_parse(doc).sent_starts
