"""Finding triggers in a sentence, each only in a conflict reading.

A word of the trigger lexicon is a trigger only when its clause reads as conflict, as its
family requires: an armed actor, a weapon, a military object, a casualty, a place it
governs, a person it acts on... ("les négociations ont repris à Genève" has no armed actor;
"la crise frappe" no weapon), when none of its family's cancelling words is near, and when it
is not quoted testimony. Each trigger carries its modality (components.modality).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from conflict_extract.components.event_lexicon import EventLexicon, TriggerEntry
from conflict_extract.components.modality import modality_at
from conflict_extract.components.phrases import DocWords, Phrases
from conflict_extract.doc_views import (
    DocParse,
    DocTokens,
    Node,
    doc_nodes,
    doc_parse,
    doc_text,
    doc_tokens,
    doc_view,
    root_node,
    span_bounds,
    span_value,
)
from conflict_extract.text import BREAKDOWN_WORDS, OF_WORDS, REFLEXIVE_CLITICS, fold
from conflict_extract.timewords import WEEKDAY_BY_WORD

_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "AUX"})
_SCARE_QUOTE_TOKENS = 4
_CLIMB = frozenset({"xcomp", "conj", "advcl", "acl", "acl:relcl", "ccomp", "csubj"})
_OBJECTS = frozenset({"obj", "nsubj:pass", "iobj", "nmod", "obl:arg", "obl", "obl:mod", "conj"})
# What a verb of demonstrating shows when it has one ("a manifesté son inquiétude", "a manifesté
# qu'il refusait"): no protest then.
_SHOWN = frozenset({"obj", "iobj", "ccomp", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# "ont cédé samedi Walikale": the day the parser may hang the object on.
_DAY_WORDS = frozenset(WEEKDAY_BY_WORD) | {"hier"}
# Who acts as a crowd, unarmed: their violence, or what they burn, is a riot.
CROWD_KINDS = frozenset({"civilians", "people", "protesters", "rioters"})
_COUNTED_REACH = 16
_PERSON_KINDS = frozenset(
    {"armed", "state", "faction", "civilians", "protesters", "rioters", "people"}
)
ARMED_KINDS = frozenset({"armed", "state", "faction"})
# ACLED inter codes of non-state armed groups: rebels, political and identity militias.
NON_STATE_INTER = frozenset({2, 3, 4})
_PREPOSITIONS = frozenset({"sur", "contre", "a", "aux", "dans", "vers"})
_BARE = frozenset({"obl:mod", "obl:arg"})
# The auxiliary of a perfect infinitive a quotation may open after ("a affirmé avoir « ... »")
_PERFECT_AUXILIARIES = frozenset({"avoir", "etre"})


def direct_object(node: Token | Node) -> bool:
    """The node (a Token or a Node) is its head's direct object, or a bare noun the parser
    hung as a modifier, with no preposition ("ont arrêté samedi un bus", "a mené lundi un
    raid")."""
    return node.dep_ == "obj" or (
        node.dep_ in _BARE and not any(c.dep_ == "case" for c in node.children)
    )


def actor_kb(span: Span) -> dict:
    """What the knowledge base says of the actor a mention names: a generic mention's
    `_.actor`, else the FACTION span's `_.kb`."""
    return span_value(span, "actor") or span_value(span, "kb") or {}  # type: ignore[return-value]


def actor_kind(span: Span) -> str:
    """'faction' (a named actor), or the generic kind of an actor noun ('armed', 'state',
    'civilians', 'protesters', 'rioters')."""
    kb = actor_kb(span)
    if kb.get("kind") in {"armed", "state", "civilians", "protesters", "rioters", "people"}:
        return str(kb["kind"])
    return "state" if kb.get("inter") == 1 else "faction"


@dataclass
class Sentence:
    """A sentence and the spans of the Doc that fall in it."""

    span: Span
    words: DocWords
    mentions: list[Span] = field(default_factory=list)  # actors, speakers left out
    # Its candidate scenes (`places`), found at the first read: most sentences tell no event.
    find_places: Callable[[], list[Span]] = list
    casualties: list[Span] = field(default_factory=list)
    named: set[int] = field(default_factory=set)  # tokens inside FACTION/PLACE/SOURCE names
    # The dispatch names an armed actor (not as a source) or a weapon somewhere: a death told
    # with nothing else of a conflict in its clause may be one of its incidents.
    armed_context: bool = True
    # What the readers compute once per sentence rather than once per trigger, by key.
    memo: dict[tuple[str, int], bool] = field(default_factory=dict, repr=False)

    @property
    def tokens(self) -> range:
        return range(self.span.start, self.span.end)

    @cached_property
    def places(self) -> list[Span]:
        """The places of the sentence that may be the scene of its events."""
        return self.find_places()

    @cached_property
    def harmed(self) -> bool:
        """Someone is killed or wounded in the sentence (one of its casualty figures)."""
        return any(
            (span_value(c, "casualty") or {}).get("status") in {"killed", "wounded"}  # type: ignore[union-attr]
            for c in self.casualties
        )


@dataclass
class Trigger:
    """A trigger found in a sentence: its span, family, modality and clause."""

    span: Span
    entry: TriggerEntry
    mood: str
    clause: frozenset[int]

    @cached_property
    def root(self) -> Node:
        """The Node of the trigger's root (`root_node`), found once: the filters and folds of
        its sentence ask for it again and again."""
        return root_node(self.span)

    @property
    def rank(self) -> int:
        return self.entry.precedence

    @property
    def confirmed(self) -> bool:
        return self.mood in {"asserted", "reported"}


@dataclass(frozen=True)
class Pattern:
    """A lexicon sequence as it is matched: its words; whether the verb is reflexive ('se
    retirer': 'ils se sont retirés'); the preposition its verb governs ('tomber sur': 'sont
    tombés vendredi sur les quartiers')."""

    words: tuple[str, ...]
    reflexive: bool = False
    preposition: str | None = None

    @classmethod
    def of(cls, seq: tuple[str, ...]) -> Pattern:
        reflexive = len(seq) > 1 and seq[0] in REFLEXIVE_CLITICS
        words = seq[1:] if reflexive else seq
        preposition = None
        if len(words) > 1 and words[-1] in _PREPOSITIONS:
            words, preposition = words[:-1], words[-1]
        return cls(words, reflexive, preposition)

    def match(self, doc: Doc, words: DocWords, i: int, end: int) -> int:
        """End of the match at token i (0: none). Hyphens between words are skipped
        ('attentat-suicide' is three tokens)."""
        k = _sequence_end(words, self.words, i, end)
        if not k or not (self.reflexive or self.preposition):
            return k  # most sequences need no more than their words
        verb = doc_nodes(doc)[k - 1]
        if self.reflexive and not any(
            c.lemma_ in REFLEXIVE_CLITICS or c.lower_ in REFLEXIVE_CLITICS for c in verb.children
        ):
            return 0
        if self.preposition and not (
            (k < end and words.texts[k] == self.preposition)
            or any(
                c.dep_.startswith("obl")
                and any(fold(g.text) == self.preposition for g in c.children if g.dep_ == "case")
                for c in verb.children
            )
        ):
            return 0
        return k


class TriggerFinder:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        self.by_word: dict[str, list[tuple[Pattern, TriggerEntry]]] = {}
        for entry in lexicon.entries:
            for seq in entry.sequences:
                pattern = Pattern.of(seq)
                self.by_word.setdefault(pattern.words[0], []).append((pattern, entry))
        for candidates in self.by_word.values():
            candidates.sort(key=lambda item: (-len(item[0].words), item[1].precedence))
        self.not_triggers = lexicon.phrases("not_triggers")
        # The words a trigger or a not-trigger starts with: nothing happens at other tokens.
        self.openers = frozenset(self.by_word) | frozenset(self.not_triggers.sequences)
        # Each family's readings in the order they are asked (_CHEAPEST_FIRST).
        self.needs = {entry.id: _cheapest_first(entry.needs) for entry in lexicon.entries}
        self.needs_all = {entry.id: _cheapest_first(entry.needs_all) for entry in lexicon.entries}

    def find(self, sentence: Sentence) -> list[Trigger]:
        """Every trigger of the sentence, left to right, longest lexicon entry first."""
        words = sentence.words
        doc = sentence.span.doc
        found: list[Trigger] = []
        start, end = sentence.span.start, sentence.span.end
        texts, lemmas, openers = words.texts, words.lemmas, self.openers
        # The Doc's arrays, read once for the sentence: every opening and candidate reads them.
        parse, tokens = doc_parse(doc), doc_tokens(doc)
        i = start  # the next token a trigger may start at
        # Nothing happens at a token that opens no trigger nor not-trigger: only these are read.
        for at in [k for k in range(start, end) if texts[k] in openers or lemmas[k] in openers]:
            if at < i:
                continue  # inside a trigger or a not-trigger found before
            i = at
            skip = self.not_triggers.match_at(words, i, end)
            if skip:
                i += skip
                continue
            by_lemma = self.by_word.get(words.lemmas[i])
            by_text = self.by_word.get(words.texts[i])
            if (
                (not by_lemma and not by_text)
                or i in sentence.named
                or _in_breakdown(doc, parse, tokens.folded, i)
            ):
                i += 1
                continue
            candidates = (by_lemma or []) + (by_text or [])
            # Longest first; at equal length a family whose `near` words must be what it acts on
            # ('a abattu 24 drones') before the general one ('a abattu deux soldats').
            candidates.sort(
                key=lambda item: (-len(item[0].words), not item[1].near, item[1].precedence)
            )
            taken = 0
            for pattern, entry in candidates:
                stop = pattern.match(doc, words, i, end)
                if not stop:
                    continue
                if not _can_trigger(parse, tokens, i, stop - i):
                    continue
                span = doc[i:stop]
                if entry.pos and parse.pos[i] not in entry.pos:
                    continue  # "la chute de Kidal", not "l'autocar a chuté dans un ravin"
                if entry.near and not _names_near(span, words, entry.near):
                    continue  # "abattre" is a downed aircraft only if it acts on one
                clause = clause_of(span, sentence)
                if not self._reads_as_conflict(entry, span, clause, sentence):
                    continue
                mood = modality_at(parse, tokens, i, self.lexicon)
                found.append(Trigger(span, entry, mood, clause))
                taken = stop - i
                break
            i += max(taken, 1)
        return [t for t in found if not _yields(t, found)]

    def _incises(self, span: Span, words: DocWords) -> frozenset[int]:
        """The tokens of an attribution hung on the trigger ('..., a dénoncé une ONG de
        défense des droits des femmes'): what the speaker is called says nothing of the
        deed."""
        parse = doc_parse(span.doc)
        root = root_node(span).i
        out = {
            k
            for c in parse.children[root]
            if c > root and self.lexicon.has("reporting_verbs", words.lemmas[c])
            for k in parse.subtree(c)
        }
        below, head = root, parse.heads[root]
        for _ in range(3):  # the verb of saying the trigger hangs on, however the parser hangs it
            if head == below:
                break
            if head > root and self.lexicon.has("reporting_verbs", words.lemmas[head]):
                out.update(set(parse.subtree(head)) - set(parse.subtree(below)))
                break
            below, head = head, parse.heads[head]
        return frozenset(out)

    def _reads_as_conflict(
        self, entry: TriggerEntry, span: Span, clause: frozenset[int], sentence: Sentence
    ) -> bool:
        words = sentence.words
        if entry.unless:
            scope = clause - self._incises(span, words)
            if not (
                entry.unless.isdisjoint(map(words.texts.__getitem__, scope))
                and entry.unless.isdisjoint(map(words.lemmas.__getitem__, scope))
            ):
                return False
        if not (entry.needs or entry.needs_all):
            return True
        reading = Reading(self.lexicon, span, clause, sentence)
        if entry.needs_all and not all(reading.has(need) for need in self.needs_all[entry.id]):
            return False
        # "71 personnes ont été tuées lorsqu'un camion a plongé dans une rivière": a family
        # whose words also tell accidents (it has `unless` words: a killing, an explosion)
        # needs more than the toll in a dispatch that names no armed actor, no weapon and no
        # civilians.
        if entry.needs and not any(
            reading.has(need) and (need != "casualty" or sentence.armed_context or not entry.unless)
            for need in self.needs[entry.id]
        ):
            return False
        # "a pris d'assaut la tête du championnat en écrasant Sfax (3-0)": asked last, as the
        # clause's cues above settle most triggers and a match report is rare.
        return not (
            _sports_report(self.lexicon, sentence)
            and not (reading.has("armed_actor") or reading.has("casualty"))
        )


# The readings (Reading.has) cheapest first: a family's readings are asked in this order, and
# `all`/`any` stop at the first that decides (each reading is a pure test of the clause, so the
# order changes no answer). The scene candidates and subtrees a place reading builds come last:
# the clause's tolls, actors and weapons settle most triggers before.
_CHEAPEST_FIRST = (
    "casualty",
    "armed_actor",
    "not_pronominal",
    "anaphoric",
    "agent_subject",
    "concluded",
    "weapon",
    "military_object",
    "ranged_weapon",
    "blast",
    "ranged_object",
    "armed_subject",
    "weapon_subject",
    "protest_cue",
    "demonstrated",
    "demonstrators",
    "crowd_on_public_property",
    "person",
    "handed_territory",
    "place",
    "place_near",
)


def _cheapest_first(readings: frozenset[str]) -> tuple[str, ...]:
    """`readings` in the order _CHEAPEST_FIRST gives (any reading it does not list last)."""
    rank = {reading: k for k, reading in enumerate(_CHEAPEST_FIRST)}
    return tuple(sorted(readings, key=lambda r: (rank.get(r, len(rank)), r)))


def pronominal(verb: Node | Token) -> bool:
    """The verb carries a reflexive clitic: 'se sont dispersés', 's'est arrêtée', 's'est
    manifesté', 's'est fait arrêter'."""
    return any(fold(c.text) in REFLEXIVE_CLITICS for c in verb.children)


def undergone(verb: Node | Token) -> bool:
    """'Se faire' + the verb ('s'est fait arrêter', 'se sont fait tuer'): its subject is who
    the deed is done to."""
    return pronominal(verb) and any(c.lemma_ == "faire" for c in verb.children)


def went_by_itself(node: Node, sentence: Sentence, protest_cues: Phrases) -> bool:
    """A verb of breaking a crowd up used pronominally, with no one doing it, in a sentence
    that names no state or armed actor who could have: 'se sont dispersés dans le calme',
    'avant de se disperser' tell the crowd left on its own; 'se sont fait disperser par la
    police', 'la police a forcé les manifestants à se disperser', 'se sont dispersés sous les
    tirs des soldats' do not. A force named as what the crowd protested ('contre la junte',
    'pour réclamer le départ de la junte': a protest cue just before it) is no force there."""
    if not (
        node.pos_ == "VERB"
        and pronominal(node)
        and not undergone(node)
        and not any(c.dep_ == "obl:agent" for c in node.children)
    ):
        return False
    words = sentence.words
    return not any(
        actor_kind(m) in ARMED_KINDS
        and not protest_cues.any_in(words, range(max(sentence.span.start, m.start - 4), m.start))
        for m in sentence.mentions
    )


def _subject_of(verb: Node) -> Node | None:
    """Who does what `verb` tells: its subject; the noun a relative 'qui' stands for ('des
    milliers de personnes qui ont manifesté'); for an infinitive or a verb coordinated to
    another with no subject of its own, the subject of the verb above it."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.pos_ == "PRON" and verb.dep_ == "acl:relcl" and verb.head is not verb:
                return verb.head
            return subject
        if verb.dep_ not in {"xcomp", "advcl", "conj"} or verb.head is verb:
            return None
        verb = verb.head
    return None


class Reading:
    """The conflict cues of one trigger's clause, computed on demand."""

    def __init__(
        self, lexicon: EventLexicon, span: Span, clause: frozenset[int], sentence: Sentence
    ) -> None:
        self.lexicon = lexicon
        self.span = span
        self.clause = clause
        self.sentence = sentence
        self._found: dict[str, bool] = {}

    def has(self, need: str) -> bool:
        """The cue `need` (a method `_<need>`) is in the clause; each asked once per trigger
        (the match-report check asks again for the armed actor and the casualty)."""
        found = self._found.get(need)
        if found is None:
            found = self._found[need] = bool(getattr(self, f"_{need}")())
        return found

    def _mentions(self) -> list[Span]:
        return [m for m in self.sentence.mentions if root_node(m).i in self.clause]

    def _armed_actor(self) -> bool:
        return any(actor_kind(m) in ARMED_KINDS for m in self._mentions())

    def _weapon(self) -> bool:
        """A weapon in the clause; a verb's own word does not count ('une frappe' is one,
        but 'la crise frappe les ménages' and 'le séisme a frappé' name none)."""
        root = root_node(self.span)
        verbal = root.pos_ in {"VERB", "AUX"} or any(c.dep_ == "nsubj" for c in root.children)
        own = set(range(self.span.start, self.span.end)) if verbal else set()
        return self.lexicon.phrases("weapon_words").any_in(self.sentence.words, self.clause - own)

    def _weapon_subject(self) -> bool:
        """The subject (or agent) of the trigger verb names a weapon or an aircraft ('un
        drone a visé', 'un missile a touché')."""
        root = root_node(self.span)
        holders = [
            c
            for c in root.children
            if c.dep_ in {"nsubj", "nsubj:pass", "obl:agent"}
            # "a été visé dimanche par un drone": the agent the parser hung as a modifier
            or (c.dep_.startswith("obl") and any(fold(g.text) == "par" for g in c.children))
        ]
        tokens = {t.i for c in holders for t in c.subtree}
        return self.lexicon.phrases("weapon_words").any_in(self.sentence.words, tokens) and not all(
            self.sentence.words.texts[i] in {"tir", "tirs", "frappe", "frappes", "raid", "raids"}
            for i in tokens
            if self.lexicon.phrases("weapon_words").match_at(self.sentence.words, i)
        )

    def _armed_subject(self) -> bool:
        """The verb's subject, or that of the verb it depends on ('le Hezbollah a dit avoir
        visé'), is an armed actor."""
        verbs = [root_node(self.span)]
        token = verbs[0]
        for _ in range(2):
            if token.dep_ not in {"xcomp", "conj", "ccomp"}:
                break
            token = token.head
            verbs.append(token)
        subjects = {
            t.i for verb in verbs for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
        }
        return any(
            actor_kind(m) in ARMED_KINDS and root_node(m).i in subjects
            for m in self.sentence.mentions
        )

    def _blast(self) -> bool:
        """The clause tells a blast besides the trigger's own words ('une mine a explosé'), or
        the trigger is what killed or wounded ('trois soldats ont été tués par une mine'; not
        'dans une mine', a mining accident)."""
        own = set(range(self.span.start, self.span.end))
        return (
            self.lexicon.phrases("blast_words").any_in(self.sentence.words, self.clause - own)
            or self._agent_of_harm()
        )

    def _agent_of_harm(self) -> bool:
        root = root_node(self.span)
        agent = root.dep_ == "obl:agent" or any(fold(c.text) == "par" for c in root.children)
        if not agent:
            return False
        heads = {a.i for a in root.ancestors[:2]}  # the verb, or a word the parser put above
        return any(
            any(c.start <= h < c.end for h in heads)
            and (c._.casualty or {}).get("status") in {"killed", "wounded"}
            for c in self.sentence.casualties
        )

    def _ranged_weapon(self) -> bool:
        """Artillery, rockets, missiles or aircraft in the clause ('le tir de roquettes')."""
        return self._ranged_in(self.clause)

    def _ranged_object(self) -> bool:
        """What the verb launches is a missile, a shell, a rocket or an aircraft ('a lancé
        mardi des drones sur Belgorod'), however the parser hung it."""
        return self._ranged_in(self._following(4))

    def _ranged_in(self, tokens: Iterable[int]) -> bool:
        words = self.sentence.words
        return self.lexicon.phrases("artillery_words").any_in(
            words, tokens
        ) or self.lexicon.phrases("air_words").any_in(words, tokens)

    def _following(self, reach: int) -> list[int]:
        """The tokens of the clause just after the trigger's root: its object, however the
        parser hung it ('a lancé mardi des drones', 'ont saccagé vendredi la mairie')."""
        root = root_node(self.span)
        end = min(root.i + 1 + reach, self.sentence.span.end)
        return [i for i in range(root.i + 1, end) if i in self.clause]

    def _military_object(self) -> bool:
        return self.lexicon.phrases("military_objects").any_in(self.sentence.words, self.clause)

    def _casualty(self) -> bool:
        return self.sentence.harmed  # someone killed or wounded, computed once per sentence

    def _place(self) -> bool:
        """A place the trigger governs, or one after it in its clause ('l'armée est entrée
        sans combattre dans une dizaine de localités, dont Saïda')."""
        places = self.sentence.places
        if not places:
            return False  # most sentences name no scene: the trigger's objects need no reading
        governed = governed_tokens(self.span, deps=_OBJECTS | {"nsubj"})
        return any(root_node(p).i in governed or p.start in governed for p in places)

    def _place_near(self) -> bool:
        """A place the trigger governs or one after it below it in the parse, for verbs of
        movement whose complement the parser often hangs elsewhere ('l'armée est entrée sans
        combattre dans une dizaine de localités, dont Saïda')."""
        if not self.sentence.places:
            return False  # both readings below look for one of the sentence's places
        if self._place():
            return True
        parse, root = doc_parse(self.span.doc), root_node(self.span).i
        if parse.pos[root] not in {"VERB", "AUX"}:
            return False
        below = {i for i in parse.subtree(root) if i > self.span.start}
        return any(root_node(p).i in below for p in self.sentence.places)

    def _person(self) -> bool:
        root = root_node(self.span)
        if (
            any(
                direct_object(c) and self.lexicon.has("vehicle_nouns", fold(c.lemma_))
                for c in root.children
            )
            and not self._another_arrest()
        ):
            # "ont arrêté un autocar ... et enlevé ses passagers": stopped; but "ont arrêté un
            # camion ... et interpellé ses occupants" tells an arrest, which the stop may carry
            return False
        # "dep": the parser's relation when it took the verb for an adverb ("ont violé
        # plusieurs femmes" with "violé" tagged ADV).
        governed = governed_tokens(self.span, deps=_OBJECTS | {"dep"})
        if undergone(root):
            # "le chef d'un groupe armé s'est fait arrêter": the subject of 'se faire' is who
            # the deed is done to
            parse = doc_parse(self.span.doc)
            governed = set(governed).union(
                *(parse.subtree(c.i) for c in root.children if c.dep_ in _SUBJECTS)
            )
        if any(
            actor_kind(m) in _PERSON_KINDS and root_node(m).i in governed
            for m in self.sentence.mentions
        ):
            return True
        if any(c.start in governed or root_node(c).i in governed for c in self.sentence.casualties):
            return True
        doc = self.span.doc
        places = {i for p in self.sentence.places for i in range(p.start, p.end)}
        if any(i not in places and self._person_word(i) for i in governed):
            return True
        # The parser hung a counted object elsewhere ('a interpellé samedi à Orlu, dans
        # l'Etat d'Imo, onze membres présumés de ...'): a number and a person noun after
        # the verb, before any other finite verb.
        end = min(self.sentence.span.end, self.span.end + _COUNTED_REACH)
        for i in range(self.span.end, end):
            token = doc[i]
            if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
                return False
            if i > 0 and doc[i - 1].like_num and self._person_word(i):
                return True
        return False

    def _another_arrest(self) -> bool:
        """Another word of the arrests family in the sentence than the trigger's."""
        lemmas = self.lexicon.one_word_triggers("arrests")
        words = self.sentence.words
        return any(
            words.lemmas[i] in lemmas
            for i in range(self.sentence.span.start, self.sentence.span.end)
            if not self.span.start <= i < self.span.end
        )

    def _person_word(self, i: int) -> bool:
        words = self.sentence.words
        return (
            self.lexicon.has("person_nouns", words.lemmas[i])
            or self.lexicon.has("person_nouns", words.texts[i])
            or self.lexicon.has("civilian_victims", words.texts[i])
            or self.span.doc[i].ent_type_ == "PER"
        )

    def _crowd_on_public_property(self) -> bool:
        """Unarmed people burn or ransack a seat of the state or the street ('des jeunes ont
        saccagé un commissariat', 'ont brûlé des pneus'): a riot, even with no protest
        named."""
        root = root_node(self.span)
        verbs = {root.i, root.head.i} if root.dep_ == "conj" else {root.i}  # "... et saccagé"
        crowd = any(
            actor_kind(m) in CROWD_KINDS
            and root_node(m).head.i in verbs
            and root_node(m).dep_ == "nsubj"
            for m in self.sentence.mentions
        )
        if not crowd:
            return False
        lemmas = self.sentence.words.lemmas
        return any(
            self.lexicon.has("public_property", lemmas[i]) and self.span.doc[i].pos_ == "NOUN"
            for i in self._following(5)
        )

    def _protest_cue(self) -> bool:
        if self._shown() and not self._shown_by_a_crowd():
            # "Washington a manifesté son soutien à Kiev": a state, a leader or a body showing
            # support or anger; its cue word ('soutien', 'solidarité') makes it no crowd.
            return False
        return self.lexicon.phrases("protest_cues").any_in(
            self.sentence.words, self.sentence.tokens
        ) or any(actor_kind(m) in {"protesters", "rioters"} for m in self.sentence.mentions)

    def _handed_territory(self) -> bool:
        """What the verb hands over is territory: a place, a post or a base (data/lexicons/
        installation_nouns.txt, town_nouns.txt), a site of a place ('le barrage de Tichrine',
        'la raffinerie d'al-Jaili'), or its control ('ont remis aux FACA leur base de
        Bambouti', 'ont cédé le contrôle de la raffinerie'); not people ('des otages de
        Diafarabé', data/lexicons/person_nouns.txt), a report, medals, nor 'son poste' (a
        job). The parser may take the day for the object ('ont cédé samedi Walikale', 'ont
        remis samedi aux FACA leur base'), hanging the object on the day or on the receiver:
        what hangs there is read too."""
        root = root_node(self.span)
        places = self.span.doc.spans.get("places", [])

        def a_place(t: Node) -> bool:
            return any(p.start <= t.i < p.end for p in places)

        def of_a_place(t: Node) -> bool:
            return any(
                g.dep_ == "nmod"
                and a_place(g)
                and any(fold(c.text) in OF_WORDS for c in g.children)
                for g in t.children
            )

        def territory(t: Node) -> bool:
            lemma = fold(t.lemma_ or t.text)
            if self.lexicon.has("person_nouns", lemma) or self.lexicon.has(
                "civilian_victims", lemma
            ):
                return False
            if self.lexicon.has("control_nouns", lemma) or of_a_place(t):
                return True
            owned = any(c.dep_ == "det" and c.has_feature("Poss", "Yes") for c in t.children)
            return not owned and (
                self.lexicon.has("installation_nouns", lemma)
                or self.lexicon.has("town_nouns", lemma)
            )

        for c in root.children:
            below = [g for g in c.children if g.dep_ == "nmod"]
            if fold(c.text) in _DAY_WORDS and (c.dep_ == "obj" or c.dep_.startswith("obl")):
                if any(territory(t) or a_place(t) for t in below):
                    return True  # "ont cédé samedi Walikale"
            elif c.dep_ == "obj" and (territory(c) or a_place(c)):
                return True
            elif c.dep_ == "obl:arg" and any(territory(t) for t in below):
                return True  # "ont cédé aux forces gouvernementales le barrage de Tichrine"
        return False

    def _not_pronominal(self) -> bool:
        """The verb is not used pronominally: 'les manifestants se sont arrêtés devant le
        Parlement', 'la marche s'est arrêtée' stopped; 'se sont fait arrêter' were arrested."""
        root = root_node(self.span)
        return not (root.pos_ == "VERB" and pronominal(root) and not undergone(root))

    def _demonstrating_verb(self) -> Node | None:
        """The trigger's verb when it is a verb of demonstrating (data/lexicons/
        demonstrate_verbs.txt) not used pronominally ('le M23 s'est manifesté à Sake', 'des
        témoins se sont manifestés' tell no protest)."""
        root = root_node(self.span)
        if root.pos_ != "VERB" or not self.lexicon.has("demonstrate_verbs", fold(root.lemma_)):
            return None
        return None if pronominal(root) else root

    def _shown(self) -> bool:
        """The verb of demonstrating has an object: 'a manifesté son soutien', 'ont manifesté
        leur colère' show something (the parser may take 'lundi' in 'ont manifesté lundi' for
        an object: a day is none)."""
        root = self._demonstrating_verb()
        if root is None:
            return False
        days = {i for d in span_bounds(self.span.doc, "dates") for i in range(d.start, d.end)}
        return any(c.dep_ in _SHOWN and c.i not in days for c in root.children)

    def _shown_by_a_crowd(self) -> bool:
        """Who shows it is people in numbers: a crowd noun ('la foule', 'des milliers de ...';
        data/lexicons/crowd_nouns.txt), or any plural that names no officials ('les
        dirigeants européens', data/lexicons/official_nouns.txt), no place standing for a
        state ('les Etats-Unis') and no state or armed actor: 'des Kinois', 'des déposants',
        'les partisans de la junte' demonstrate; 'Washington', 'le président', 'l'avocat de
        Bazoum' only show. With no subject to read ('pour manifester leur colère'), the
        sentence's cues decide."""
        subject = _subject_of(root_node(self.span))
        if subject is None:
            return True
        lemma = fold(subject.lemma_ or subject.text)
        if self.lexicon.has("crowd_nouns", lemma):
            return True
        if not subject.has_feature("Number", "Plur") or self.lexicon.has("official_nouns", lemma):
            return False
        doc = self.span.doc
        if any(p.start <= subject.i < p.end for p in span_bounds(doc, "places")):
            return False
        return not any(
            actor_kind(m) in ARMED_KINDS and m.start <= subject.i < m.end
            for m in self.sentence.mentions
        )

    def _demonstrated(self) -> bool:
        """'des étudiants ont manifesté lundi à Dacca': a verb of demonstrating with no object
        tells a protest by itself; 'a manifesté son inquiétude' does not (_shown)."""
        return self._demonstrating_verb() is not None and not self._shown()

    def _demonstrators(self) -> bool:
        """A protest is named, not just a crowd: 'des manifestants', 'un rassemblement contre',
        'des étudiants qui manifestaient', unlike 'les pompiers ont dispersé la foule'."""
        words = self.sentence.words
        own = range(self.span.start, self.span.end)
        sequences = [
            seq
            for entry in self.lexicon.entries
            if entry.event_type == "Protests"
            for seq in entry.sequences
            if seq != tuple(words.lemmas[i] for i in own)
        ]
        end = self.sentence.span.end
        return (
            self.lexicon.phrases("protest_cues").any_in(words, self.sentence.tokens)
            or any(actor_kind(m) == "protesters" for m in self.sentence.mentions)
            or any(
                _sequence_end(words, seq, i, end)
                for i in self.sentence.tokens
                if i not in own
                for seq in sequences
            )
        )

    def _concluded(self) -> bool:
        root = root_node(self.span)
        chain = [root, *root.ancestors[:4]]
        words = self.sentence.words
        # "Le cessez-le-feu conclu à Doha reste fragile", "l'accord signé à Bangui est resté
        # lettre morte": an agreement described by its conclusion while its clause says
        # something else of it is the background, not the news.
        described = root.dep_ in _SUBJECTS and not self.lexicon.has(
            "agreement_verbs", words.lemmas[root.head.i]
        )
        for token in chain:
            if self.lexicon.has("agreement_verbs", words.lemmas[token.i]):
                return True
            if (token is not root or not described) and any(
                self.lexicon.has("agreement_verbs", words.lemmas[c.i])
                for c in token.children
                if c.pos_ == "VERB"
            ):
                return True
        return False

    def _agent_subject(self) -> bool:
        """The verb's subject or object is no process or meeting: 'les pourparlers
        reprennent', 'les combats ont repris', 'les délégations ont repris leurs pourparlers'
        tell a resumption, not a capture."""
        words = self.sentence.words
        return not any(
            c.dep_ in {"nsubj", "obj"} and self.lexicon.has("process_nouns", words.lemmas[c.i])
            for c in root_node(self.span).children
        )

    def _anaphoric(self) -> bool:
        verb = root_node(self.span)
        words = self.sentence.words
        return any(
            c.dep_.startswith("nsubj")
            and (c.pos_ == "PRON" or self.lexicon.has("anaphoric_subjects", words.texts[c.i]))
            for c in verb.children
        )


def _in_breakdown(doc: Doc, parse: DocParse, folded: list[str], i: int) -> bool:
    """'neuf morts, dont les deux kamikazes', 'parmi les victimes, trois kamikazes': the
    word names some of the dead, not a new attack (`parse` and `folded`: the Doc's parse and
    folded forms, doc_parse and doc_tokens)."""
    if BREAKDOWN_WORDS.isdisjoint(folded[max(0, i - 4) : i]):
        return False  # none of the four words before is one: no walk back over them
    pos = parse.pos
    k = i - 1
    while k >= 0 and k >= i - 3 and (pos[k] in {"DET", "NUM"} or doc[k].like_num):
        k -= 1
    return k >= 0 and folded[k] in BREAKDOWN_WORDS


def _names_near(span: Span, words: DocWords, near: frozenset[str]) -> bool:
    """One of the family's `near` words is what the trigger acts on ('a abattu 24 des 29
    drones', 'quatorze drones ont été détruits'), also when the parser hung the object on a
    place phrase before it ('a abattu dans la nuit près de Kharkiv douze drones').
    A reflexive verb acts on nothing: 'deux roquettes se sont abattues sur Hermel' fell."""
    if any(words.lemmas[c.i] == "se" for c in span.root.children if c.dep_.startswith("expl")):
        return False
    if any(words.texts[i] in near or words.lemmas[i] in near for i in governed_tokens(span)):
        return True
    parse = doc_parse(span.doc)
    return any(
        (words.texts[i] in near or words.lemmas[i] in near)
        and any(parse.deps[c] == "nummod" for c in parse.children[i])
        for i in governed_tokens(span, {"advmod"})
    )  # counted: 'douze drones', not 'une opération menée avec un drone'


def _yields(trigger: Trigger, found: list[Trigger]) -> bool:
    """A missile that is shot down is no attack of its own: a trigger yields to a family it
    names in `yields_to` when it stands in that trigger's object, or in a coordination that
    goes on with it ('a abattu 24 drones, ainsi que deux missiles')."""
    return any(
        other is not trigger
        and other.entry.kind in trigger.entry.yields_to
        and (
            trigger.root.i in governed_tokens(other.span)
            or _continues_object(other.span, trigger.span)
        )
        for other in found
    )


def _continues_object(verb: Span, noun: Span) -> bool:
    """`noun` comes after `verb` with no other clause in between (participles that qualify
    a noun on the way do not count)."""
    if noun.start < verb.end:
        return False
    between = doc_nodes(verb.doc)[verb.end : noun.start]
    return not any(
        (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "acl:relcl"}) or t.text in {";", "."}
        for t in between
    )


def clause_of(span: Span, sentence: Sentence) -> frozenset[int]:
    """The tokens of the trigger's clause: the subtree of the verb that governs it, climbing
    through infinitives, coordinated and subordinate verbs ('a lancé une opération pour
    reprendre X')."""
    parse = doc_parse(span.doc)
    heads, deps, pos = parse.heads, parse.deps, parse.pos
    head = root_node(span).i
    while pos[head] not in {"VERB", "AUX"} and deps[head] != "ROOT" and heads[head] != head:
        head = heads[head]
    for _ in range(3):
        if deps[head] in _CLIMB and heads[head] != head:
            head = heads[head]
        else:
            break
    lo, hi = sentence.span.start, sentence.span.end
    clauses: dict[tuple[int, int, int], frozenset[int]] = doc_view(span.doc, "clauses", _no_clauses)
    found = clauses.get((head, lo, hi))
    if found is None:
        if _tops(heads, lo, hi) == [head]:
            # Every token of the sentence but `head` hangs on another token of it: going up
            # from any, one reaches `head`, so its subtree holds the whole sentence (the main
            # verb's clause, most clauses), which the range gives without a walk down the tree.
            found = frozenset(range(lo, hi))
        else:
            subtree = parse.subtree(head)  # most lie within the sentence: no token to drop
            inside = lo <= min(subtree) and max(subtree) < hi
            found = frozenset(subtree if inside else (i for i in subtree if lo <= i < hi))
        clauses[head, lo, hi] = found
    return found


def _tops(heads: list[int], lo: int, hi: int) -> list[int]:
    """The tokens of [lo, hi) that hang on no other token of it: the root, or a token whose
    head lies outside."""
    return [k for k in range(lo, hi) if heads[k] == k or not lo <= heads[k] < hi]


def _no_clauses(doc: Doc) -> dict[tuple[int, int, int], frozenset[int]]:
    return {}


def governed_tokens(span: Span, deps: Iterable[str] = _OBJECTS) -> frozenset[int]:
    """Tokens in the objects and complements of the trigger ('la ville de X' after 'ont
    repris', 'de X' after 'la prise')."""
    wanted = frozenset(deps)
    parse = doc_parse(span.doc)
    out: set[int] = set()
    for child in parse.children[root_node(span).i]:
        dep = parse.deps[child]
        if (dep in wanted and child >= span.start) or dep in {"obj", "nsubj:pass"}:
            out.update(parse.subtree(child))
    return frozenset(out - set(range(span.start, span.end)))


# A score, in brackets or after the teams ("(4-0)", "a écrasé Brest 5-0")
_SCORE = re.compile(r"\(\d{1,3}-\d{1,3}\)|(?<![\w/.-])\d{1,2}-\d{1,2}(?![\w/-])")


def _sports_report(lexicon: EventLexicon, sentence: Sentence) -> bool:
    """The sentence reports a match: a sports word (lexicons/sport_cues.txt) or a score in
    brackets ('(4-0)'); once per sentence."""
    key = ("sport", sentence.span.start)
    if key not in sentence.memo:
        span = sentence.span  # its text, searched in the Doc's (no Token object per token)
        start, end = span.start_char, span.end_char
        # The regular expression tries every character: it reads only a sentence where a
        # score may be.
        hyphens = doc_view(span.doc, "score_hyphens", _digit_hyphens)
        sentence.memo[key] = bool(
            lexicon.phrases("sport_cues").any_in(sentence.words, sentence.tokens)
            or (
                any(start < h < end - 1 for h in hyphens)
                and _SCORE.search(doc_text(span.doc), start, end)
            )
        )
    return sentence.memo[key]


def _digit_hyphens(doc: Doc) -> list[int]:
    """Where the Doc's text has a hyphen between two digits ('3-0'), as every _SCORE match
    does (`str.isdigit` holds for every digit the expression matches); found once per Doc."""
    text = doc_text(doc)
    out = []
    h = text.find("-", 1)
    while h != -1:
        if text[h - 1].isdigit() and text[h + 1 : h + 2].isdigit():
            out.append(h)
        h = text.find("-", h + 1)
    return out


def _sequence_end(words: DocWords, seq: tuple[str, ...], i: int, end: int) -> int:
    """End of the whole lexicon sequence starting at token i (0: none): 'une marche de
    protestation', not 'le marché'. Hyphens between words are skipped ('attentat-suicide'
    is three tokens)."""
    k = i
    for n, word in enumerate(seq):
        while n and k < end and words.texts[k] == "-":
            k += 1
        if k >= end or not words.at(k, word):
            return 0
        k += 1
    return k


def _can_trigger(parse: DocParse, tokens: DocTokens, i: int, length: int) -> bool:
    """A one-word trigger is never a function word ('entre' is a preposition, not 'entrer'),
    and nothing said inside « guillemets » triggers (testimony, not the wire's report)."""
    if length == 1 and parse.pos[i] in _FUNCTION_POS:
        return False
    return not _in_guillemets(parse, tokens, i)


def _in_guillemets(parse: DocParse, tokens: DocTokens, i: int) -> bool:
    """Inside a quotation of several words; a word in scare quotes («neutralisé») counts."""
    start, end = parse.sent_starts[i], parse.sent_ends[i]
    texts = tokens.texts
    before = texts[start:i]
    if "«" not in before and "“" not in before:
        return False  # most sentences quote no one: their words are not read one by one
    opening = None
    for k in range(start, i):
        if texts[k] in {"«", "“"}:
            opening = k
        elif texts[k] in {"»", "”"}:
            opening = None
    if opening is None:
        return False
    if opening > start and tokens.folded[opening - 1] in _PERFECT_AUXILIARIES:
        # "l'armée a affirmé avoir « éliminé deux terroristes du Hezbollah »": the wire's own
        # sentence reporting a claim, with the claimant's words quoted; not testimony
        return False
    closing = next((k for k in range(i, end) if texts[k] in {"»", "”"}), end)
    return closing - opening > _SCARE_QUOTE_TOKENS
