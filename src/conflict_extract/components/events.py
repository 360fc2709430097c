"""conflict_events: one ACLED-coded event per incident and location, in doc._.conflict_events.

Per sentence: the triggers that read as conflict (components.triggers, families from
data/triggers.jsonl), the places each governs (components.event_scenes), who acted on whom
(components.event_roles), the ACLED type and sub-type (components.event_kinds), the date, the
source and the toll (components.event_tolls). A killing told beside an attack in one
sentence is that attack's outcome, not an event of its own. Across sentences: an anaphoric
subject ('les assaillants') goes on with the actors just named, a sentence without a trigger
lends its toll to the event just told, and repeats of one incident (a lead and its detail, a
crosshead and its paragraph, a new toll) are merged. Events are `ConflictEvent` values.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from conflict_extract.components import extensions  # noqa: F401
from conflict_extract.components.casualties import toll_maker
from conflict_extract.components.circumstances import DURING, DURING_CASES, told_during, told_with
from conflict_extract.components.data import DataComponent
from conflict_extract.components.event_kinds import KindDecider, parties
from conflict_extract.components.event_lexicon import WORD_LISTS, EventLexicon, TriggerEntry
from conflict_extract.components.event_roles import RoleReader, Roles, holds_territory, same_actor
from conflict_extract.components.event_scenes import (
    SceneReader,
    SentenceDates,
    fallback_location,
    following_scene,
    is_country,
    is_headline,
    is_reference_point,
    paragraphs_between,
    places_for_triggers,
    same_paragraph,
)
from conflict_extract.components.event_tolls import incident_tolls, toll_owner
from conflict_extract.components.event_values import ConflictEvent, Ref, When
from conflict_extract.components.phrases import DocWords
from conflict_extract.components.triggers import (
    ARMED_KINDS,
    NON_STATE_INTER,
    Sentence,
    Trigger,
    TriggerFinder,
    actor_kb,
    actor_kind,
)
from conflict_extract.doc_views import (
    Node,
    doc_dateline_end,
    doc_nodes,
    doc_parse,
    doc_text,
    doc_tokens,
    doc_value,
    doc_view,
    folded_lemmas,
    root_node,
    span_value,
)
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.lexicons import word_list_file, word_lists
from conflict_extract.numbers import MAX_COUNT
from conflict_extract.text import BREAKDOWN_WORDS, OF_WORDS, fold, word_before
from conflict_extract.timewords import LAPSE_UNITS, LONG_LAPSE_UNITS, period_starts

_CROWDS = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}
# "civils" names people as opposed to combatants: a dispatch that counts them tells a conflict.
_CIVILIAN_WORDS = frozenset({"civil", "civils", "civile", "civiles"})
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod"})
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_RECALLED = timedelta(days=60)
_WEEKS = timedelta(days=10)
_UNARMED = frozenset({"civilians", "protesters", "rioters"})
_REMOTE = "Explosions/Remote violence"
_KILLS_NO_ONE = frozenset({"Arrests", "Agreement", "Non-violent transfer of territory"})
_AIR = "Air/drone strike"
_LOOTING = "Looting/property destruction"
_DEFINITE_DETERMINERS = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces"})
_ANAPHORIC_DETERMINERS = frozenset({"ces", "les", "des", "ce", "cet", "cette"})
_ANAPHORIC_PREPOSITIONS = frozenset({"dans", "lors", "pendant", "durant", "de", "par"})

# A protest's sub-types when no force is used, and when a force intervenes (ACLED); with
# the third, ranked by the force they tell, for merging two tellings of one protest.
_PEACEFUL, _INTERVENED = "Peaceful protest", "Protest with intervention"
_EXCESSIVE = "Excessive force against protesters"
_VIOLENT_DEMONSTRATION = "Violent demonstration"
_FORCE_ON_PROTEST = {_PEACEFUL: 0, _INTERVENED: 1, _EXCESSIVE: 2}


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
        "span._.actor",
        "span._.casualty",
        "span._.when",
    ],
)
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(name=name)


@dataclass(frozen=True)
class Draft:
    """An event under construction and what the later stages need to know of it."""

    event: ConflictEvent
    entry: TriggerEntry
    anchor: tuple[int, int]  # (trigger token, place token): the order events are told in
    roles: Roles
    trigger: Trigger
    update: bool = False  # its sentence updates an earlier toll ("nouveau bilan")

    @property
    def outcome(self) -> bool:
        return self.entry.outcome


class EventExtractor(DataComponent):
    """Its data: the trigger families of data/triggers.jsonl and the word lists of
    data/lexicons named in event_lexicon.WORD_LISTS (a new list is one more name there)."""

    data_files = ("triggers.jsonl", *(word_list_file(name) for name in WORD_LISTS))

    def __init__(self, *, name: str) -> None:
        self.name = name
        self._use_lexicon(EventLexicon.from_config([], {}))

    def load(self, files: DataFiles) -> None:
        self._use_lexicon(
            EventLexicon.from_config(files.jsonl("triggers.jsonl"), word_lists(files, WORD_LISTS))
        )

    def _use_lexicon(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        self.finder = TriggerFinder(lexicon)
        self.roles = RoleReader(lexicon)
        self.scenes = SceneReader(lexicon)
        self.kinds = KindDecider(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        words = DocWords.of(doc)
        dateline = doc_dateline_end(doc)
        spans = {
            key: list(doc.spans.get(key, []))
            for key in ("places", "factions", "actors", "casualties", "dates", "sources")
        }
        mentions = sorted(spans["factions"] + spans["actors"], key=lambda s: s.start)
        mentions = [m for m in mentions if not self.roles.is_speaker(m, words)]
        named = {
            i
            for key in ("factions", "places", "sources")
            for s in spans[key]
            for i in range(s.start, s.end)
        }
        cancelled = self._cancelled_by_headline(doc, words)
        rescue = self.lexicon.phrases("rescue_cues")
        parse = doc_parse(doc)  # m.sent's bounds: parse.sent_starts/sent_ends[m.start]
        armed_context = (
            any(
                actor_kind(m) in ARMED_KINDS
                # "Des soldats ont participé aux opérations de secours": relief, no conflict
                and not rescue.any_in(
                    words, range(parse.sent_starts[m.start], parse.sent_ends[m.start])
                )
                for m in mentions
            )
            or self.lexicon.phrases("weapon_words").any_in(words, range(len(doc)))
            or not _CIVILIAN_WORDS.isdisjoint(words.texts)
        )
        sents = list(doc.sents)
        mentions_in = _by_sentence(sents, mentions)
        places_in = _by_sentence(sents, spans["places"])
        casualties_in = _by_sentence(sents, spans["casualties"])
        told: list[Draft] = []
        for sent in sents:
            if is_headline(sent):
                continue  # headlines and datelines repeat the body
            sentence = Sentence(
                span=sent,
                words=words,
                mentions=mentions_in.get(sent.start, []),
                find_places=partial(
                    self.scenes.candidates, doc, sent, places_in.get(sent.start, []), dateline
                ),
                casualties=casualties_in.get(sent.start, []),
                named=named,
                armed_context=armed_context,
            )
            told = self._denied_after(doc, told, sent)
            found_here = self.finder.find(sentence)
            background = {
                t.root.i for t in found_here if self._background(t, sentence, spans["dates"])
            }
            # "une semaine après la frappe de missile russe qui avait tué 20 civils": a relative
            # clause right after a background deed's words tells of that deed, however the
            # parser hangs it
            background |= {t.root.i for t in found_here if _relative_after(t.root, background)}
            triggers = [
                t
                for t in found_here
                if t.root.i not in background
                # "tués en 2024 ... lors d'affrontements": what a background trigger governs
                # (most sentences have none: no ancestor to read)
                and not (background and any(a.i in background for a in t.root.ancestors[:4]))
                and not _historical(t, sentence, doc)
                and not _recalled(t, doc, spans["dates"])
                and t.entry.id not in cancelled
            ]
            if (
                triggers
                # "L'attaque a été revendiquée mercredi par le GSIM, principale alliance
                # jihadiste du Sahel": a region or a country is no scene of a new incident
                and all(_coarse(p) for p in sentence.places)
                and (
                    self._continues(doc, told, sent, triggers)
                    or (
                        not sentence.places
                        and self._restates(doc, told, sentence, triggers, spans["dates"])
                    )
                )
            ):
                # "L'attaque a été revendiquée par le GSIM", "Deux soldats ont été tués": no
                # scene of its own, the event just told goes on.
                told = self._fill_told(doc, told, sentence, triggers)
                continue
            found = self._sentence(doc, sentence, triggers, spans, dateline)
            if found and all(d.outcome for d in found) and _adds_to_told(doc, told, found):
                continue  # "Six civils ont été tués à Joura": the toll of the shelling just told
            if found:
                found = self._carry_actors(doc, told, found, sentence, mentions)
                found = self._dated_from_told(doc, told, found, sentence, spans["dates"])
                told.extend(found)
            else:
                told = self._lend_attribution(doc, told, sentence)
                told = _lend_toll(doc, sent, told, sentence, self.lexicon, self.scenes.reported_day)
        events = [
            _one_sided(_no_civilian_author(_no_crowd_battle(_plausible(d.event))))
            for d in _merge(doc, told)
        ]
        fired_from = self.lexicon.phrases("origin_cues")
        events = _same_campaign(
            events, lambda e: fired_from.any_in(words, _token_range(doc, e.evidence))
        )
        doc._.conflict_events = _retaken_from(doc, events)
        return doc

    # -- one sentence -------------------------------------------------------------------------
    def _sentence(
        self,
        doc: Doc,
        sentence: Sentence,
        triggers: list[Trigger],
        spans: dict[str, list[Span]],
        dateline: int,
    ) -> list[Draft]:
        if not triggers:
            return []
        sent = sentence.span
        scenes = sentence.places
        if not scenes and all(_refers_back(t.span) for t in triggers):
            return []  # "... ont été tués dans ces combats": the toll of the event just told
        groups = places_for_triggers(
            [t.span for t in triggers],
            scenes,
            confirmed=[t.confirmed for t in triggers],
            ranks=[t.rank for t in triggers],
            units=frozenset(p.start for p in scenes if self.scenes.is_division(p)),
        )
        if not any(groups):
            strongest = min(triggers, key=lambda t: (not t.confirmed, t.entry.outcome, t.rank))
            if _aimed_at_a_country(strongest, _within(sent, spans["places"])):
                return []  # "la Russie a lancé 103 drones contre l'Ukraine": no town to code
            scene = fallback_location(
                doc,
                sent,
                spans["places"],
                dateline=dateline,
                the_town=self._speaks_of_the_town(sentence),
                destination=self.scenes.is_destination,
            )
            if not scene:
                scene = following_scene(
                    doc,
                    sent,
                    spans["places"],
                    lambda s: self._tells_again(s, strongest),
                    destination=self.scenes.is_destination,
                )
            groups = [scene if t is strongest else [] for t in triggers]
        groups = _share_with_coordinated(triggers, groups)
        # Each trigger's roles are read when an event is made of them (`PendingRoles`): the
        # folds below decide which triggers and places remain from the triggers alone, and a
        # trigger left without a place makes no event.
        roles = [PendingRoles(partial(self.roles.roles, t, sentence)) for t in triggers]
        strongest = _strongest_by_type(triggers)  # before the folds: 'un kamikaze a fait exploser'
        triggers, groups, roles = _fold_dependents(triggers, groups, roles)
        triggers, groups, roles = _fold_circumstances(triggers, groups, roles)
        triggers, groups, roles = _fold_into_protests(triggers, groups, roles)
        triggers, groups, roles = _absorb_outcomes(triggers, groups, roles)
        roles = _lend_placeless(triggers, groups, roles)
        if not any(groups):
            return []  # no trigger kept a place: no event, nor its date, source or toll
        source = next(iter(_within(sent, spans["sources"])), None)
        update = _cue_in(self.lexicon, sentence, "toll_update_cues")
        sequel = _cue_in(self.lexicon, sentence, "sequel_cues") or self._names_a_told_deed(sentence)
        same_day = _cue_in(self.lexicon, sentence, "same_day_cues")
        published = _published(doc)
        dating = SentenceDates(
            doc,
            sent,
            spans["dates"],
            reported=self.scenes.reported_day,
            sequel=sequel,
            same_day=same_day,
            dateline=dateline,
        )
        drafts: list[Draft] = []
        for trigger, places, pending in zip(triggers, groups, roles, strict=True):
            if not places:
                continue  # no event: its roles, type and sides are not read
            role = pending.get()
            if role.actor2 is not None and not holds_territory(trigger, role.actor2):
                role = replace(role, actor2=None)
            # "un kamikaze a fait exploser une voiture piégée": one explosion, coded by the
            # strongest of its words (ACLED precedence).
            entry = strongest.get(trigger.entry.event_type, trigger).entry
            event_type, sub_type = self.kinds.decide(entry, trigger, role, sentence)
            role = parties(
                event_type,
                sub_type,
                entry,
                trigger,
                role,
                sentence,
                intervened=event_type == "Riots" and self.kinds.intervened(sentence, trigger),
            )
            crowd = _CROWDS.get(event_type)
            for place in places:
                when = dating.date_for(place)
                if _long_before(when, published):
                    continue  # "le 3 mars 2016, un camion piégé avait explosé": recalled
                event = ConflictEvent(
                    kind=entry.kind,
                    event_type=event_type,
                    sub_event_type=sub_type,
                    trigger=(trigger.span.start_char, trigger.span.end_char),
                    evidence=(sent.start_char, sent.end_char),
                    modality=trigger.mood,
                    actor1=_crowd_ref(role.actor1, *crowd) if crowd else _ref(role.actor1),
                    assoc_actor_1=tuple(_ref(a) for a in role.assoc1),  # type: ignore[misc]
                    actor2=_ref(role.actor2),
                    assoc_actor_2=tuple(_ref(a) for a in role.assoc2),  # type: ignore[misc]
                    location=_location_ref(place),
                    date=when,
                    source=_ref(source),
                )
                anchor = (trigger.span.start, place.start)
                drafts.append(Draft(event, trigger.entry, anchor, role, trigger, update))
        return _assign_tolls(drafts, sentence.casualties)

    def _denied_after(self, doc: Doc, told: list[Draft], sent: Span) -> list[Draft]:
        """'Le M23 a accusé l'armée d'avoir bombardé Sake. Les FARDC ont démenti toute frappe':
        a deed one side accuses another of, which the next sentence, led by a verb of denial,
        denies, is not told as having happened."""
        if not told:
            return told
        if not self._led_by_denial(sent):
            return told
        last = told[-1].event.evidence
        if doc_text(doc)[last[1] : sent.start_char].strip() or not same_paragraph(
            doc, last[0], sent.start_char
        ):
            return told  # only the sentence just before
        return [
            d
            for d in told
            # a deed with a toll happened, whoever did it ("Moscou a rejeté toute
            # responsabilité" after three civilians killed)
            if d.event.evidence != last
            or d.event.fatalities is not None
            or not self._accused(doc, d.event.trigger)
        ]

    def _accused(self, doc: Doc, trigger: tuple[int, int]) -> bool:
        span = doc.char_span(*trigger, alignment_mode="expand")
        return span is not None and _under_accusation(root_node(span), self.lexicon)

    def _dated_from_told(
        self,
        doc: Doc,
        told: list[Draft],
        found: list[Draft],
        sentence: Sentence,
        dates: list[Span],
    ) -> list[Draft]:
        """'La veille', 'le lendemain', 'la même nuit' count from the event just told, when no
        other day was told since: 'tués dimanche ..., selon un bilan fourni lundi. La veille,
        ...' is Saturday, not the day before the report."""
        last = told[-1].event if told else None
        if last is None or last.date is None or last.date.precision != 1 or not last.date.span:
            return found  # no day of its own: the publication date is no anchor
        sent = sentence.span
        if any(last.evidence[1] <= d.start_char < sent.start_char for d in dates):
            return found  # "Mardi, le président a visité Goma. La veille, ..."
        same_day = _cue_in(self.lexicon, sentence, "same_day_cues")
        dated = []
        for draft in found:
            when = draft.event.date
            own = when is not None and when.span is not None and when.span[0] >= sent.start_char
            step = _STEPS.get(when.kind) if when is not None and own else None
            if step is None and same_day and not (own and when and when.precision == 1):
                step = 0
            if when is None or step is None:
                dated.append(draft)
                continue
            day = date.fromisoformat(last.date.date) + timedelta(days=step)
            moved = When(day.isoformat(), 1, when.kind, when.span)
            dated.append(replace(draft, event=replace(draft.event, date=moved)))
        return dated

    def _names_a_told_deed(self, sentence: Sentence) -> bool:
        """'Les soldats ont repoussé l'assaut à Buulo Burte': a definite noun of a deed refers
        to the event just told."""
        words = sentence.words
        deeds = self.lexicon.words.get("deed_nouns", frozenset())
        lemmas, texts = words.lemmas, words.texts
        return any(
            i > 0 and lemmas[i] in deeds and texts[i - 1] in _DEFINITE_DETERMINERS
            for i in sentence.tokens
        )

    def _cancelled_by_headline(self, doc: Doc, words: DocWords) -> set[str]:
        """Trigger families the headline itself cancels ('cinq morts dans une explosion de
        gaz'): the dispatch is about an accident, and its other explosions are too."""
        first = next(iter(doc.sents), None)
        if first is None or not is_headline(first):
            return set()
        tokens = range(first.start, first.end)
        present = {words.texts[i] for i in tokens} | {words.lemmas[i] for i in tokens}
        return {
            entry.id
            for entry in self.lexicon.entries
            if entry.unless & present and any(seq[0] in present for seq in entry.sequences)
        }

    def _restates(
        self,
        doc: Doc,
        told: list[Draft],
        sentence: Sentence,
        triggers: list[Trigger],
        dates: list[Span],
    ) -> bool:
        """A sentence with neither a place nor a day of its own, whose every trigger is of the
        type just told and whose actor is one of its sides (or none), goes on with that event
        ('L'armée a assuré avoir « repoussé » l'attaque', '..., qui ont également mis le feu
        à deux véhicules', 'Les policiers ont été débordés par les émeutiers'): no new
        incident can be placed or dated from it."""
        sent = sentence.span
        reach = self._goes_on_by_distance(doc, told, sent, triggers)
        if reach is not None:
            return reach
        if any(sent.start <= d.start < sent.end for d in dates):
            return False
        # the events of the sentence just told, the last first: "ont pris Gajiram et enlevé
        # 23 civils. Les assaillants ont d'abord attaqué une base militaire" goes on with the
        # capture, not the abduction
        evidence = told[-1].event.evidence
        recent = [d.event for d in reversed(told) if d.event.evidence == evidence]
        last = next((e for e in recent if self._goes_on(e, triggers)), None)
        if last is None:
            return False
        main = min(triggers, key=lambda t: (t.entry.outcome, t.rank))
        roles = self.roles.roles(main, sentence)
        if _generic(roles.actor2):
            return False  # "Les assaillants ont été repoussés": the attackers told, see below
        actor = _ref(roles.actor1)
        sides = [r for r in (last.actor1, last.actor2) if r is not None]
        return actor is None or _generic_ref(actor) or any(_same_ref(actor, r) for r in sides)

    @staticmethod
    def _goes_on(last: ConflictEvent, triggers: list[Trigger]) -> bool:
        """Every trigger is of the event's type; what burns in an attack, and the shooting
        of it (a killing word, typed by its victims), are part of it ('ont ouvert le feu sur
        les fidèles, puis ont incendié le marché')."""
        violent = last.event_type in _VIOLENT_TYPES
        return all(
            t.entry.event_type == last.event_type
            or (violent and (t.entry.outcome or t.entry.sub_event_type == _LOOTING))
            for t in triggers
        )

    def _continues(self, doc: Doc, told: list[Draft], sent: Span, triggers: list[Trigger]) -> bool:
        """Every trigger of a sentence without a scene of its own is a killing or names an
        event already told ('l'attaque', 'ces combats'), and one was told just before."""
        reach = self._goes_on_by_distance(doc, told, sent, triggers)
        if reach is not None:
            return reach
        # "L'armée israélienne a dit avoir visé un dépôt d'armes": what the strike just told
        # aimed at, not a strike of its own.
        return all(
            t.entry.outcome or t.entry.continues or _refers_back(t.span) or _given(t.span)
            for t in triggers
        )

    def _goes_on_by_distance(
        self, doc: Doc, told: list[Draft], sent: Span, triggers: list[Trigger]
    ) -> bool | None:
        """Whether the sentence goes on with the last event told, when distance alone
        decides (None: it does not): not when none was told; paragraphs later, only when
        every trigger is a definite noun of a deed ("L'attaque a été revendiquée par le
        GSIM")."""
        if not told:
            return False
        if paragraphs_between(doc, told[-1].event.evidence[1], sent.start_char) > 1:
            return all(self._names_a_deed(t) for t in triggers)
        return None

    def _speaks_of_the_town(self, sentence: Sentence) -> bool:
        """'à l'entrée de la localité', 'autour de la ville': a definite settlement noun with
        no name after it."""
        words = sentence.words
        return any(
            self.lexicon.has("town_nouns", words.lemmas[i])
            and i > sentence.span.start
            and words.texts[i - 1] in {"la", "le", "l'", "l’", "du", "au"}
            and (i + 1 >= sentence.span.end or words.texts[i + 1] not in _OF_NAME)
            for i in sentence.tokens
        )

    def _names_a_deed(self, trigger: Trigger) -> bool:
        """'L'attaque', 'l'embuscade', 'l'enlèvement': a definite noun of a deed."""
        return _given(trigger.span) and self.lexicon.has("deed_nouns", fold(trigger.root.lemma_))

    def _fill_told(
        self, doc: Doc, told: list[Draft], sentence: Sentence, triggers: list[Trigger]
    ) -> list[Draft]:
        """The actors, victims and toll of a sentence that goes on with the event just told
        fill that event's gaps; a toll update ('nouveau bilan') replaces its figure."""
        main = min(triggers, key=lambda t: (t.entry.outcome, t.rank))
        roles = self.roles.roles(main, sentence)
        # "L'attaque a été revendiquée par ...": a definite noun of any deed names the event
        # just told, whatever its type (a suicide bombing, a massacre).
        any_deed = any(self._names_a_deed(t) for t in triggers)
        same_type = [
            k
            for k, d in enumerate(told)
            if main.entry.outcome
            or d.event.event_type == main.entry.event_type
            or (any_deed and d.event.event_type in _VIOLENT_TYPES)
        ]
        if not same_type:
            return _lend_toll(
                doc, sentence.span, told, sentence, self.lexicon, self.scenes.reported_day
            )
        k = same_type[-1]
        if paragraphs_between(doc, told[k].event.evidence[1], sentence.span.start_char) > 1 and (
            not any_deed or k != len(told) - 1
        ):
            return told
        event = told[k].event
        changes: dict[str, Any] = {}
        # "Le JNIM a démenti être l'auteur de ces attaques": no author told
        denied = self._led_by_denial(sentence.span)
        actor1 = event.actor1 or _ref(roles.actor1)
        # "L'attaque, attribuée au JNIM, a visé ...": the claimant is read from the definite
        # deed, whichever trigger of the sentence leads
        claimant = next(
            (
                ref
                for t in triggers
                if _given(t.span) and t.confirmed
                for ref in [_ref((roles if t is main else self.roles.roles(t, sentence)).actor1)]
                if ref is not None
            ),
            None,
        )
        if (
            event.actor1 is not None
            and claimant is not None
            and _names_the_nameless(claimant, event.actor1)
        ):
            # "Des hommes armés ont enlevé ... L'enlèvement a été revendiqué par le BLA": the
            # group that claims the deed is who the nameless attackers were.
            actor1 = claimant
        if actor1 is not None and actor1 != event.actor1 and not denied:
            changes["actor1"] = actor1
        if event.actor2 is None and roles.actor2 is not None:
            candidate = _ref(roles.actor2)
            if candidate is not None and not _own_side(candidate, replace(event, actor1=actor1)):
                changes["actor2"] = candidate
        retold = self._protest_retold(event, main, roles, sentence)
        if retold is not None:
            event_type, changes["sub_event_type"] = retold
            if event_type != event.event_type:
                changes["event_type"] = event_type  # a riot
            forces = _ref(roles.actor1) if roles.actor1 is not None else None
            current = changes.get("actor2", event.actor2)
            if (
                event_type == "Protests"
                and forces is not None
                and actor_kind(roles.actor1) in ARMED_KINDS
                and (current is None or current.kb.get("affiliation") in _UNARMED)
            ):
                changes["actor2"] = forces  # the force that met the protest
        if changes:
            told = [
                replace(d, event=replace(d.event, **changes)) if i == k else d
                for i, d in enumerate(told)
            ]
        if "actor1" in changes:
            # "Des drones ont frappé Port-Soudan et Kassala. L'armée a attribué ces frappes
            # aux FSR": each scene of the deed told; not "Le JNIM a démenti être l'auteur de
            # ces attaques".
            told = _give_actor1(told, _siblings(told, k), changes["actor1"])
        return _lend_toll(
            doc, sentence.span, told, sentence, self.lexicon, self.scenes.reported_day, target=k
        )

    def _protest_retold(
        self, event: ConflictEvent, main: Trigger, roles: Roles, sentence: Sentence
    ) -> tuple[str, str] | None:
        """The type and sub-type a protest just told takes from a sentence that goes on with
        it: a riot when the sentence tells its crowd's violence ('Deux policiers ont été tués
        par des manifestants', 'ont incendié des pneus'); more force than the protest has
        ('La police les a dispersés': with intervention; 'La police a tiré à balles réelles
        sur les manifestants, tuant deux personnes', 'a ouvert le feu sur la foule, faisant
        trois morts': excessive force). None: the protest stays as told."""
        if event.event_type != "Protests":
            return None
        event_type, sub_type = self.kinds.decide(main.entry, main, roles, sentence)
        if roles.actor1 is not None and actor_kind(roles.actor1) in {"protesters", "rioters"}:
            # "tués par des manifestants": the crowd's own violence, however the verb reads
            if event_type in {"Riots", "Battles", "Violence against civilians"}:
                return "Riots", _VIOLENT_DEMONSTRATION
        elif event_type == "Riots" and roles.actor1 is None:
            return "Riots", _VIOLENT_DEMONSTRATION
        if event_type == "Protests":
            told = sub_type
        elif roles.actor1 is not None and _state_side(roles.actor1) and sentence.harmed:
            told = _EXCESSIVE
        elif self.kinds.intervened(sentence):
            told = _INTERVENED
        else:
            return None
        stronger = _FORCE_ON_PROTEST.get(told, -1) > _FORCE_ON_PROTEST.get(event.sub_event_type, -1)
        return ("Protests", told) if stronger else None

    def _led_by_denial(self, sent: Span) -> bool:
        """The sentence's main verb denies ('Les FARDC ont démenti toute frappe', 'Le JNIM a
        démenti être l'auteur de ces attaques')."""
        root = sent.root
        return root.pos_ in {"VERB", "AUX"} and self.lexicon.has("denial_verbs", fold(root.lemma_))

    def _lend_attribution(self, doc: Doc, told: list[Draft], sentence: Sentence) -> list[Draft]:
        """'Un responsable a attribué la frappe à l'armée américaine': the actor a sentence
        attributes the event just told to is its actor1, when it has none."""
        if not told or told[-1].event.actor1 is not None:
            return told
        last = told[-1]
        if last.event.event_type not in _VIOLENT_TYPES:
            return told  # "L'opposition accuse le régime de violations" after a truce
        if paragraphs_between(doc, last.event.evidence[1], sentence.span.start_char) > 1:
            return told
        found = _ref(self.roles.attributed(last.trigger, sentence, exclude=None))
        if found is None or self._led_by_denial(sentence.span):
            return told
        # "... contre les villages de Kokola et de Mamove. Ces tueries sont attribuées aux
        # ADF": every scene of the deed told.
        return _give_actor1(told, _siblings(told, len(told) - 1), found)

    def _tells_again(self, sent: Span, trigger: Trigger) -> bool:
        """The sentence refers back to an event of the trigger's type ('la frappe', 'cette
        attaque', 'l'explosion')."""
        heads = {
            seq[0]
            for entry in self.lexicon.entries
            if entry.event_type == trigger.entry.event_type
            for seq in entry.sequences
        }
        nodes = doc_nodes(sent.doc)
        if fold(nodes[sent.start].text) in {"il", "elle", "ils", "elles"}:
            return True  # "Il s'est écrasé près du village de Yamadi"
        return any(
            token.i > sent.start
            and (fold(token.lemma_) in heads or fold(token.text) in heads)
            and fold(nodes[token.i - 1].text) in _DEFINITE_DETERMINERS
            for token in nodes[sent.start : sent.end]
        )

    def _background(self, trigger: Trigger, sentence: Sentence, dates: list[Span]) -> bool:
        """'pilonnée presque quotidiennement', 'en proie depuis 2015 aux violences', 'depuis
        la mi-mars, 46 000 combattants ont été évacués': a situation, not an incident. 'a
        dénoncé des attaques', 'condamne les frappes', 'le procès des auteurs de l'attentat': an
        event spoken of, not told."""
        root = trigger.root
        doc = sentence.span.doc
        if (
            root.pos_ == "NOUN"
            and root.dep_ in {"obj", "obl:arg"}
            and self.lexicon.has("commentary_verbs", fold(root.head.lemma_))
        ):
            return True
        if (
            root.pos_ == "VERB"
            and root.has_feature("VerbForm", "Inf")
            and not any(c.dep_.startswith("aux") for c in root.children)
            and root.head.i != root.i
            and any(
                self.lexicon.has("accusation_verbs", fold(verb.lemma_))
                for verb in (root.head, root.head.head)  # hung on the accused, or the verb
            )
        ):
            # "un groupe qui accuse Islamabad de piller la province": a charge of what one
            # does, not a deed told ("accuse l'armée d'avoir bombardé" tells one).
            return True
        if (
            (root.pos_ == "NOUN" or root.dep_ == "acl")
            and self._list_met(doc, "commentary_nouns")
            and any(
                t.pos_ == "NOUN" and self.lexicon.has("commentary_nouns", fold(t.lemma_))
                for t in root.ancestors[:3]
            )
        ):
            # "le procès des auteurs de l'attentat", "l'anniversaire de la frappe", "les
            # obsèques des soldats tués en février dans une embuscade"
            return True
        if self._in_tribute(root, dates):
            # "a commémoré les victimes du massacre de Halabja", "a rendu hommage aux soldats
            # morts au combat", "a décoré des officiers pour leur bravoure au combat"
            return True
        charge = self._charged_people(root)
        if charge is not None and not _names_day(charge, dates):
            # "des sanctions contre deux commandants des FSR accusés d'avoir orchestré des
            # massacres au Darfour": what people are said to have done, not the news; not
            # "trois hommes accusés d'avoir attaqué mardi un poste de police"
            return True
        if root.pos_ == "NOUN" and _reference_point(root):
            return True  # "une semaine après la frappe", "trois jours après des affrontements"
        if self._struck_by_nature(root):
            return True  # "un séisme qui a frappé la province": a disaster, no attack
        if self._ceremony(trigger, sentence) or self._accident(trigger, sentence):
            # "des salves d'artillerie tirées en hommage aux soldats", "un hélicoptère de
            # l'armée s'est écrasé en raison d'une panne technique, tuant ses occupants"
            return True
        if self._spared_by(root) and not _names_day(sentence.span, dates):
            return True  # "la région avait été épargnée par les attaques": none happened there
        if self._charged_with(root):
            return True  # "jugé pour le massacre de Bogoro": the charge of a trial
        if self._habit(root) and not _names_day(sentence.span, dates):
            return True  # "les shebab continuent de mener des attaques": a habit
        tolls = [c for c in sentence.casualties if root_node(c).i in trigger.clause]
        if (
            tolls
            and all(span_value(c, "casualty")["cumulative"] for c in tolls)  # type: ignore[index]
            and not _names_day(sentence.span, dates)
        ):
            # "Les combats ont fait plus de 20 000 morts depuis avril 2023": a war told by
            # its toll, not an incident ("ont bombardé samedi ..., tuant au total six civils"
            # is one).
            return True
        start = trigger.span.start
        texts = sentence.words.texts
        # The words of its clause within ten tokens of the trigger are read, asked of the
        # stretch of the Doc they lie in (a range: `openings` tells most hold no cue at once).
        lo, hi = max(0, start - 10), min(len(texts), start + 11)
        cues = self.lexicon.phrases("background_cues")
        if any(
            cues.match_at(sentence.words, i) and texts[i - 1] not in _BREAKDOWN_WORDS
            for i in cues.openings(sentence.words, range(lo, hi))
            if i in trigger.clause
        ):
            # Not "tuant 46 personnes, pour la plupart des femmes": a breakdown of the dead.
            return True
        if "depuis" not in texts[lo:hi] and "en" not in texts[lo:hi]:
            return False  # no period near the trigger (below): one look at its words
        near = sorted(trigger.clause.intersection(range(lo, hi)))
        parents = doc_parse(sentence.span.doc).heads
        # "ont été tués et 1 308 autres enlevés en 2024": what is said of the coordinated verb
        # is said of the trigger too.
        heads = {root.i, root.head.i} | {c.i for c in root.children if c.dep_ == "conj"}
        starts = self.lexicon.words["period_start_nouns"]
        return any(
            (
                (texts[i] == "depuis" and period_starts(texts, i, starts))
                or (texts[i] == "en" and i + 1 < len(texts) and _A_YEAR.match(texts[i + 1]))
            )
            and parents[parents[i]] in heads
            for i in near
        )

    def _list_met(self, doc: Doc, name: str) -> bool:
        """Some word of the list `name` is the folded lemma of a token of `doc` (or its folded
        text, for a token with no lemma): a check that needs one on a token's lemma can hold
        only then, and asks this first, one set test against the Doc's lemmas (`_lemma_set`)
        before any walk of the parse; most Docs lack most of the lists. Asked for every
        trigger, answered once per Doc and list (keyed by the list's words, so a Doc read by
        another lexicon is answered for its own lists)."""
        words = self.lexicon.words.get(name, frozenset())
        met: dict[frozenset[str], bool] = doc_view(doc, "lists_met", _no_lists_met)
        found = met.get(words)
        if found is None:
            found = met[words] = not words.isdisjoint(_lemma_set(doc))
        return found

    def _struck_by_nature(self, root: Node) -> bool:
        """'un séisme qui a frappé la province', 'des inondations ont frappé Uvira', 'frappé
        par un cyclone': the subject or agent of the trigger is a natural hazard."""
        if not self._list_met(root.doc, "hazard_nouns"):
            return False
        agents = [c for c in root.children if c.dep_ in _SUBJECTS or c.dep_ == "obl:agent"]
        if root.dep_ == "acl:relcl" and any(
            c.dep_ in _SUBJECTS and c.pos_ == "PRON" for c in root.children
        ):
            agents.append(root.head)  # "un séisme qui a frappé": the antecedent
        return any(self.lexicon.has("hazard_nouns", fold(a.lemma_)) for a in agents)

    def _spared_by(self, root: Node) -> bool:
        """'épargnée par les attaques jihadistes', 'préservée des bombardements', 'à l'abri des
        violences', 'à l'écart des affrontements': an event noun hung on a word of sparing
        (data/lexicons/spared_words.txt) as its agent or complement. Not its subject: 'les
        frappes ont épargné les civils' still tells strikes."""
        if not self._list_met(root.doc, "spared_words"):
            return False
        spared = root.head
        return (
            root.pos_ == "NOUN"
            and spared.i != root.i
            and (root.dep_.startswith("obl") or root.dep_ == "nmod")
            and self.lexicon.has("spared_words", fold(spared.lemma_))
            # "n'a pas été épargné par les frappes", "aucun quartier n'a été épargné": hit
            and not any(
                fold(t.text) in _NEGATIONS for c in spared.children for t in (c, *c.children)
            )
        )

    def _charged_with(self, root: Node) -> bool:
        """'jugé pour le massacre de Bogoro', 'inculpé pour l'attaque d'un hôpital', 'reconnu
        coupable de l'attentat': an event noun that is the charge of a trial or a verdict
        (data/lexicons/charge_words.txt, with 'pour', or 'de' after 'coupable'), however the
        parser hangs it on the sentence's words ('condamné par contumace pour le bombardement',
        'condamnés à vingt ans de prison pour le massacre')."""
        if root.pos_ != "NOUN" or not self._list_met(root.doc, "charge_words"):
            return False
        cases = {fold(c.text) for c in root.children if c.dep_ == "case"}
        for above in root.ancestors[:3]:
            word = fold(above.lemma_)
            if self.lexicon.has("charge_words", word):
                if self.lexicon.has("commentary_verbs", word) and not self._verdict(above):
                    # "condamner" also comments: "l'ONU a condamné les FSR pour le massacre"
                    return False
                return "pour" in cases or (word == "coupable" and not cases.isdisjoint(OF_WORDS))
            if above.pos_ in {"VERB", "AUX"}:
                return False  # another verb's complement
        return False

    def _in_tribute(self, root: Node, dates: list[Span]) -> bool:
        """The deed hangs, within a few words, on a verb of tribute or a verb whose object is
        one (data/lexicons/tribute_words.txt: 'commémorer', 'inhumer', 'décorer', 'rendre
        hommage', 'remettre des médailles'): remembered or honoured, not told. The participles
        that describe people on the way ('les soldats morts au combat', 'ayant combattu') are
        passed; the first other verb decides. A deed given its own day below the tribute
        ('décorés pour avoir repris vendredi Nyanzale', 'aux soldats qui avaient repoussé
        samedi une attaque') is told all the same."""
        if not self._list_met(root.doc, "tribute_words"):
            return False
        below = root
        for above in root.ancestors[:4]:
            if above.pos_ not in {"VERB", "AUX"} or above.dep_ in {"acl", "acl:relcl"}:
                below = above
                continue
            # the object, or what hangs on it when the parser took the day for the object
            # ("a remis dimanche des médailles")
            objects = [
                t
                for c in above.children
                if c.dep_ == "obj"
                for t in (c, *(g for g in c.children if g.dep_ == "nmod"))
            ]
            tribute = self.lexicon.has("tribute_words", fold(above.lemma_)) or any(
                self.lexicon.has("tribute_words", fold(t.lemma_)) for t in objects
            )
            if not tribute:
                return False
            told_on = set(doc_parse(root.doc).subtree(below.i))
            return not any(
                d.start in told_on and (_when(d) or {}).get("precision") == 1 for d in dates
            )
        return False

    def _ceremony(self, trigger: Trigger, sentence: Sentence) -> bool:
        """A firing or a weapon, named by a noun ('des salves tirées', 'ont exhibé des
        missiles'), at a ceremony or a display (ceremony_words in the clause of a trigger of
        Explosions/Remote violence), with no one killed or wounded in the sentence."""
        if (
            trigger.entry.event_type != "Explosions/Remote violence"
            or trigger.root.pos_ != "NOUN"  # "a bombardé une cérémonie" struck
            or sentence.harmed
        ):
            return False  # nor "ont manifesté en hommage aux victimes", a protest
        return self.lexicon.phrases("ceremony_words").any_in(sentence.words, sorted(trigger.clause))

    def _accident(self, trigger: Trigger, sentence: Sentence) -> bool:
        """A deed told with an accident as its cause (accident_words in the trigger's clause:
        'en raison d'une panne technique', 'à la suite d'une défaillance', 'accidentellement').
        Its sentence is read first, once (`_cue_in`): an entry starting in the clause starts in
        the sentence, and few sentences hold one."""
        return _cue_in(self.lexicon, sentence, "accident_words") and self.lexicon.phrases(
            "accident_words"
        ).any_in(sentence.words, trigger.clause)

    def _charged_people(self, root: Node) -> Span | None:
        """The trigger hangs (within three steps) on an accusation participle that describes
        people ('deux commandants accusés d'avoir orchestré des massacres', 'un chef de gang
        accusé d'avoir commandité le massacre'), not on a verb of accusing ('le M23 a accusé
        l'armée d'avoir bombardé Sake' tells a deed). The words of the charge, or None."""
        if not self._list_met(root.doc, "accusation_verbs"):
            return None
        for above in root.ancestors[:3]:
            accusing = self.lexicon.has("accusation_verbs", fold(above.lemma_))
            if above.dep_ == "acl" and accusing and above.head.pos_ in {"NOUN", "PROPN"}:
                subtree = doc_parse(root.doc).subtree(above.i)
                return root.doc[min(subtree) : max(subtree) + 1]
            if above.pos_ in {"VERB", "AUX"} and (accusing or above.dep_ != "xcomp"):
                return None  # a verb of its own, or the accusing verb of a sentence
        return None

    def _verdict(self, verb: Node) -> bool:
        """'condamner' as a court's verdict: passive ('a été condamné pour'), or told with
        a word of a court or a sentence ('le tribunal a condamné', 'par contumace', 'à vingt
        ans de prison'; data/lexicons/court_words.txt), not a denunciation."""
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return True
        parse = doc_parse(verb.doc)
        lemmas = parse.lemmas
        start, end = parse.sent_starts[verb.i], parse.sent_ends[verb.i]
        return any(self.lexicon.has("court_words", fold(lemmas[k])) for k in range(start, end))

    def _habit(self, root: Node) -> bool:
        """'continuent de mener des attaques', 'multiplient les attaques', 'poursuit ses
        attaques', 'les attaques se sont multipliées': plural attacks governed by a verb of
        habit, directly or through the verb they are the object of, or its subject when it
        is reflexive; 'des attaques répétées': qualified by an adjective of habit."""
        if root.pos_ != "NOUN" or not root.has_feature("Number", "Plur"):
            return False
        if any(
            c.dep_ in {"amod", "acl"} and self.lexicon.has("habitual_adjectives", fold(c.lemma_))
            for c in root.children
        ):
            return True  # "des attaques quasi quotidiennes", "des bombardements incessants"
        verb = root.head
        if root.dep_ == "nsubj" and any(c.lower_ in {"se", "s'", "s’"} for c in verb.children):
            # "les attaques se sont multipliées", "les frappes se sont intensifiées"
            return self.lexicon.has("habitual_verbs", fold(verb.lemma_))
        if root.dep_ != "obj":
            return False
        governors = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        return any(self.lexicon.has("habitual_verbs", fold(v.lemma_)) for v in governors)

    def _carry_actors(
        self,
        doc: Doc,
        told: list[Draft],
        new: list[Draft],
        sentence: Sentence,
        mentions: list[Span],
    ) -> list[Draft]:
        """'Les assaillants se sont emparés de Saraqeb', 'Ils ont ensuite incendié...': a
        subject that points back goes on with the actor of the event just told, in its
        paragraph or the one before. An event with no actor at all may go on with the
        actor of the same story (`_same_story`)."""
        anaphoric = self._anaphoric_subject(sentence)
        previous = next(
            (
                d
                for d in reversed(told)
                if d.roles.actor1 is not None and not _generic(d.roles.actor1)
            ),
            None,
        )
        if (
            previous is not None
            and paragraphs_between(doc, previous.event.evidence[1], new[0].event.evidence[0]) > 1
        ):
            previous = None
        out = []
        for draft in new:
            draft = self._attackers_again(draft, previous)
            actor1 = draft.roles.actor1
            points_back = (actor1 is None and anaphoric) or (
                actor1 is not None and _generic(actor1) and actor_kb(actor1).get("definite")
            )
            if not points_back:
                if actor1 is None:
                    draft = _same_story(doc, told, draft)
                if draft.event.actor1 is None:
                    draft = _previous_subject(doc, sentence, mentions, draft)
                out.append(draft)
                continue
            if previous is None or same_actor(previous.roles.actor1, draft.roles.actor2):
                out.append(draft)
                continue
            told_actor1, told_assoc1 = previous.roles.actor1, previous.roles.assoc1
            event_actor1, event_assoc1 = previous.event.actor1, previous.event.assoc_actor_1
            if actor1 is not None and _state_side(actor1) != _state_side(told_actor1):
                # "L'armée a lancé une offensive contre les ADF ... Dimanche, les rebelles
                # avaient tué douze civils": nameless rebels are not the army; they are the
                # side it fought, if that side is theirs.
                other = previous.roles.actor2
                if (
                    other is None
                    or actor_kind(other) not in ARMED_KINDS
                    or _state_side(other) != _state_side(actor1)
                    or same_actor(other, draft.roles.actor2)
                    # "Dans l'Etat Kachin, les rebelles ont pris Bhamo": rebels elsewhere
                    or not _same_region(previous.event, draft.event)
                ):
                    out.append(draft)
                    continue
                told_actor1, told_assoc1 = other, ()
                event_actor1, event_assoc1 = previous.event.actor2, ()
            roles = replace(draft.roles, actor1=told_actor1, assoc1=told_assoc1)
            event_type, sub_type = draft.event.event_type, draft.event.sub_event_type
            if draft.entry.kind == "capture":
                event_type, sub_type = self.kinds.decide(
                    draft.entry, draft.trigger, roles, sentence
                )
            event = replace(
                draft.event,
                actor1=event_actor1,
                assoc_actor_1=event_assoc1,
                event_type=event_type,
                sub_event_type=sub_type,
            )
            out.append(replace(draft, event=event, roles=roles))
        return out

    def _attackers_again(self, draft: Draft, previous: Draft | None) -> Draft:
        """'Les assaillants ont été repoussés' after 'des jihadistes du JNIM ont attaqué':
        a definite nameless armed group acted upon is the actor just told, not a new side."""
        actor2 = draft.roles.actor2
        if (
            previous is None
            or previous.roles.actor1 is None
            or actor2 is None
            or not _generic(actor2)
            or not actor_kb(actor2).get("definite")
            or actor_kind(actor2) != "armed"
            or not self.lexicon.has("anaphoric_subjects", fold(root_node(actor2).text))
            or same_actor(previous.roles.actor1, draft.roles.actor1)
            # "les troupes gouvernementales ont repris Tadamoun, où les insurgés résistaient"
            # after the air force's raids: the insurgents are not the state's own forces
            or _one_government(previous.roles.actor1, draft.roles.actor1)
        ):
            return draft
        if draft.roles.actor1 is None:
            # "Les assaillants ont été repoussés": the attack goes on, by the same actor.
            roles = replace(draft.roles, actor1=previous.roles.actor1, actor2=None)
            event = replace(draft.event, actor1=previous.event.actor1, actor2=None)
        else:
            # "Les soldats ont repoussé les assaillants": the attackers are the actor told.
            roles = replace(draft.roles, actor2=previous.roles.actor1)
            event = replace(draft.event, actor2=previous.event.actor1)
        return replace(draft, event=event, roles=roles)

    def _anaphoric_subject(self, sentence: Sentence) -> bool:
        words = sentence.words
        parse = doc_parse(sentence.span.doc)
        return any(
            parse.deps[i].startswith("nsubj")
            and (
                self.lexicon.has("anaphoric_subjects", words.texts[i])
                or (parse.pos[i] == "PRON" and words.texts[i] in {"ils", "elles"})
            )
            for i in sentence.tokens
        )


def _one_government(one: Span, other: Span | None) -> bool:
    """Both are the forces of the same state (its army, its air force, its police)."""
    if other is None:
        return False
    a, b = actor_kb(one), actor_kb(other)
    government = {"government", "pro_government"}
    return (
        a.get("affiliation") in government
        and b.get("affiliation") in government
        and bool(a.get("country"))
        and a.get("country") == b.get("country")
    )


def _same_story(doc: Doc, told: list[Draft], draft: Draft) -> Draft:
    """'Vers 03H30, un missile s'est abattu sur le quartier de Prymorsky, à Odessa' after the
    Russian strikes on Kharkiv: an event of the same type, in the same country, told next with
    no actor of its own, goes on with the actor of the one before."""
    event = draft.event
    previous = next(
        (
            d
            for d in reversed(told)
            if d.event.event_type == event.event_type and d.event.actor1 is not None
        ),
        None,
    )
    if (
        previous is None
        or not told
        or told[-1].event.event_type != event.event_type
        or paragraphs_between(doc, previous.event.evidence[1], event.evidence[0]) > 1
        or previous.event.actor1.kb.get("generic")
        or _country(previous.event) is None
        or _country(previous.event) != _country(event)
    ):
        return draft
    carried = replace(
        event, actor1=previous.event.actor1, assoc_actor_1=previous.event.assoc_actor_1
    )
    if event.actor2 is not None and _same_ref(carried.actor1, event.actor2):  # type: ignore[arg-type]
        return draft
    return replace(draft, event=carried)


def _previous_subject(doc: Doc, sentence: Sentence, mentions: list[Span], draft: Draft) -> Draft:
    """'Des agents de la PNH ... sont intervenus. Les échanges de tirs se sont poursuivis
    ... sur la route de Delmas 30': a fight told with no actor at all, right after a sentence
    whose subject is an armed actor, goes on with that actor."""
    if draft.event.event_type != "Battles":
        return draft
    sent = sentence.span
    previous = next((s for s in doc.sents if s.end == sent.start), None)
    if previous is None or not same_paragraph(doc, previous.start_char, sent.start_char):
        return draft
    subjects = [
        m
        for m in mentions
        if previous.start <= m.start < previous.end
        and actor_kind(m) in ARMED_KINDS
        and "nsubj"
        in {root_node(m).dep_, root_node(m).head.dep_}  # "Des agents de la PNH ... sont"
    ]
    if not subjects:
        return draft
    actor1 = _ref(subjects[0])
    if actor1 is None or (draft.event.actor2 is not None and _same_ref(actor1, draft.event.actor2)):
        return draft
    return replace(draft, event=replace(draft.event, actor1=actor1))


def _country(event: ConflictEvent) -> str | None:
    return event.location.kb.get("country") if event.location else None


# "ont été tués et enlevés en 2024": a year's total, not an incident.
_A_YEAR = re.compile(r"^(19|20)\d\d$")
_BREAKDOWN_WORDS = BREAKDOWN_WORDS | {"pour"}  # "pour la plupart des femmes"


def _plausible(event: ConflictEvent) -> ConflictEvent:
    """Figures that add up past MAX_COUNT (each one at most that) are no toll of one event."""
    if event.fatalities is not None and event.fatalities > MAX_COUNT:
        return replace(event, fatalities=None)
    return event


def _token_range(doc: Doc, chars: tuple[int, int]) -> range:
    span = doc.char_span(*chars, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _same_campaign(
    events: list[ConflictEvent], fired_from: Callable[[ConflictEvent], bool]
) -> list[ConflictEvent]:
    """A strike told without its author, after strikes in the same country by a known one,
    is theirs: another air strike after air strikes ('une frappe israélienne a tué deux
    personnes à Tyr. Plus tard, un drone a visé une voiture à Nabatiyé'), or any strike
    after a foreign army's ('des frappes russes sur Kharkiv ... un missile s'est abattu sur
    Odessa'). Not across a border, nor when the text says where it was fired from ('un
    missile tiré depuis le Yémen'), and never a shelling after a civil war's shelling, where
    both sides fire."""
    out: list[ConflictEvent] = []
    for event in events:
        if (
            event.event_type == _REMOTE
            and event.actor1 is None
            and _country(event)
            and not fired_from(event)
        ):
            earlier = next(
                (
                    e
                    for e in reversed(out)
                    if e.event_type == _REMOTE
                    and e.actor1 is not None
                    and _country(e) == _country(event)
                ),
                None,
            )
            if earlier is not None and earlier.actor1 is not None:
                both_air = event.sub_event_type == earlier.sub_event_type == _AIR
                foreign = earlier.actor1.kb.get("affiliation") == "foreign_state"
                victims = event.actor2
                if (both_air or foreign) and not (
                    victims is not None and _same_ref(victims, earlier.actor1)
                ):
                    event = replace(event, actor1=earlier.actor1)
        out.append(event)
    return out


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _retaken_from(doc: Doc, events: list[ConflictEvent]) -> list[ConflictEvent]:
    """A place taken back from nobody named was lost to whoever the dispatch says took it
    ('l'ISWAP a pris Gajiram lundi ... l'armée affirme avoir repris Gajiram mardi')."""
    out: list[ConflictEvent] = []
    for event in events:
        if event.sub_event_type in _TERRITORY and event.actor2 is None and event.actor1:
            key = _location_key(doc, event)
            taker = next(
                (
                    e.actor1
                    for e in reversed(out)
                    if e.sub_event_type in _TERRITORY
                    and e.actor1 is not None
                    and _location_key(doc, e) == key
                    and not _same_ref(e.actor1, event.actor1)
                ),
                None,
            )
            if taker is not None:
                event = replace(event, actor2=taker)
        out.append(event)
    return out


def _no_civilian_author(event: ConflictEvent) -> ConflictEvent:
    """Civilians suffer violence, they never carry it out in ACLED's terms (who does becomes
    a rioter, a mob or a militia): victims read as the actor ('Six civils ont été tués
    lorsque deux kamikazes se sont fait exploser') are the side acted upon."""
    one = event.actor1
    if event.event_type not in _VIOLENT_TYPES or one is None:
        return event
    if one.kb.get("affiliation") != "civilians":
        return event
    if event.sub_event_type == "Suicide bomb":
        # "deux femmes kamikazes se sont fait exploser": the bombers, no victims
        return replace(event, actor1=None)
    return replace(event, actor1=None, actor2=event.actor2 or one)


def _no_crowd_battle(event: ConflictEvent) -> ConflictEvent:
    """A battle is fought by armed, organised sides: demonstrators who attack or fight
    ('Les manifestants ont attaqué des postes de police et la police a ouvert le feu', once
    the sentence after a deadly incident has named them) riot."""
    one = event.actor1
    if event.event_type != "Battles" or one is None:
        return event
    if one.kb.get("kind") not in {"protesters", "rioters"}:
        return event
    country = one.kb.get("country_name")
    label, inter = _CROWDS["Riots"]
    kb = {**one.kb, "name": f"{label} ({country})" if country else label, "inter": inter}
    kb["kind"] = label.lower()
    return replace(
        event,
        event_type="Riots",
        sub_event_type="Violent demonstration",
        actor1=replace(one, kb=kb),
    )


def _one_sided(event: ConflictEvent) -> ConflictEvent:
    """A clash needs two armed sides: an armed actor whose only other side is civilians
    attacked them ('des gangs ont attaqué des quartiers de Kenscoff. Les bandits ont abattu
    neuf habitants'), once the sentences after the attack have named the victims."""
    if (event.event_type, event.sub_event_type) != ("Battles", "Armed clash"):
        return event
    one, other = event.actor1, event.actor2
    if one is None or other is None or event.assoc_actor_2:
        return event
    if other.kb.get("affiliation") != "civilians" or one.kb.get("affiliation") in _UNARMED:
        return event
    return replace(event, event_type="Violence against civilians", sub_event_type="Attack")


def _published(doc: Doc) -> str | None:
    """`doc._.published`, read without an Underscore object per read."""
    return doc_value(doc, "published")  # type: ignore[return-value]


def _lemma_set(doc: Doc) -> frozenset[str]:
    """The Doc's folded lemmas (`folded_lemmas`) as a set, built once per Doc."""
    return doc_view(doc, "folded_lemma_set", _build_lemma_set)


def _build_lemma_set(doc: Doc) -> frozenset[str]:
    return frozenset(folded_lemmas(doc))


def _no_lists_met(doc: Doc) -> dict[frozenset[str], bool]:
    return {}


def _cue_in(lexicon: EventLexicon, sentence: Sentence, name: str) -> bool:
    """A phrase of the word list `name` ('le même jour', 'nouveau bilan') is in the sentence:
    read once per sentence (`sentence.memo`), since the date, the day counted from the event
    told and the toll lent to it all ask, and lists opening on common words ('le', 'dans')
    are matched at many of its tokens."""
    key = (name, sentence.span.start)
    found = sentence.memo.get(key)
    if found is None:
        found = sentence.memo[key] = lexicon.phrases(name).any_in(sentence.words, sentence.tokens)
    return found


def _historical(trigger: Trigger, sentence: Sentence, doc: Doc) -> bool:
    """'le 3 mars 2016', 'en 2017', 'le 21 février 1916' in a dispatch published years
    later: a past event recalled, not the news."""
    published = _published(doc)
    if not published:
        return False
    year, month = int(published[:4]), int(published[5:7])
    start = trigger.span.start
    texts = sentence.words.texts
    # "tuées il y a dix ans par les shebab"; "Il y a dix ans, des combattants de Boko Haram
    # enlevaient 276 lycéennes": the lapse may open the sentence, set off by a comma
    opening = range(sentence.span.start, min(sentence.span.start + 2, start))
    # The words of its clause within twelve tokens of the trigger are read (`near`); most
    # triggers have neither 'il' nor a four-digit number there, which a look at the stretch
    # of the Doc they lie in tells.
    lo, hi = max(0, start - 12), min(len(texts), start + 13)
    window = texts[lo:hi]
    if (
        "il" not in window
        and all(texts[i] != "il" for i in opening)
        and all(len(word) != 4 for word in filter(str.isdigit, window))
    ):
        return False
    near = sorted(trigger.clause.intersection(range(lo, hi)))
    for i in sorted({*near, *opening}):
        if (
            texts[i] == "il"
            and texts[i + 1 : i + 3] == ["y", "a"]
            and i + 4 < len(texts)
            and texts[i + 4] in LONG_LAPSE_UNITS
            # not "Il y a six mois que la ville est assiégée, et mardi ...": how long, not when
            and (i + 5 >= len(texts) or texts[i + 5] not in {"que", "qu'"})
        ):
            return True
    for i in near:
        text = sentence.words.texts[i]
        if (
            len(text) == 4
            and text.isdigit()
            and (1900 <= int(text) < year - 1 or (int(text) == year - 1 and month > 2))
        ):
            before = sentence.words.texts[i - 1] if i > 0 else ""
            if before != "depuis" and not _in_relative_clause(doc_nodes(doc)[i], trigger):
                return True
    return False


def _recalled(trigger: Trigger, doc: Doc, dates: list[Span]) -> bool:
    """A pluperfect dated weeks before the dispatch tells a past incident recalled, not the
    news: 'l'attentat de Pahalgam, qui avait fait 26 morts le 22 avril', 'le procès de
    l'attentat qui avait tué 320 personnes en juillet 2016', 'le cessez-le-feu avait été
    conclu le 2 septembre'. Not 'avaient pris Mota deux
    jours plus tôt', nor 'la veille, la coalition avait mené des raids'."""
    published = _published(doc)
    if not published:
        return False
    root = trigger.root
    # a verb's own tense; a noun's relative clauses ("l'attentat du quartier X qui avait tué")
    verbs = [root] if root.pos_ == "VERB" else [t for t in root.subtree if t.dep_ == "acl:relcl"]
    if root.pos_ == "NOUN" and root.dep_ in _SUBJECTS and root.head.pos_ == "VERB":
        verbs.append(root.head)  # "une attaque contre la base avait tué, début septembre, ..."
    # "le fragile cessez-le-feu conclu le mois dernier": a deed described by its participle
    described = [
        c
        for c in root.children
        if root.pos_ == "NOUN" and c.dep_ == "acl" and c.has_feature("VerbForm", "Part")
    ]
    day = date.fromisoformat(published)
    for verb in verbs + described:
        if verb not in described and not _pluperfect(verb):
            continue
        token = verb.token
        tokens = range(token.left_edge.i, token.right_edge.i + 1)
        if any(
            span.start in tokens
            and (_when(span) or {}).get("date")
            and day - date.fromisoformat(_when(span)["date"]) > _WEEKS  # type: ignore[index]
            for span in dates
        ):
            return True
    return False


def _when(span: Span) -> dict | None:
    return span_value(span, "when")  # type: ignore[return-value]


def _pluperfect(verb: Node) -> bool:
    return verb.pos_ == "VERB" and any(
        c.dep_.startswith("aux") and c.has_feature("Tense", "Imp") for c in verb.children
    )


def _in_relative_clause(token: Node, trigger: Trigger) -> bool:
    """The token belongs to a relative clause the trigger is not in ('les Chebab, qui
    avaient perdu la ville en 2019, ont tué lundi cinq soldats')."""
    root = trigger.root
    for above in [token, *token.ancestors]:
        if above.i == root.i:
            return False
        if above.dep_ == "acl:relcl":
            return root not in above.subtree
    return False


def _generic(span: Span | None) -> bool:
    return span is not None and bool(actor_kb(span).get("generic")) and actor_kind(span) == "armed"


def _ref(span: Span | None) -> Ref | None:
    if span is None:
        return None
    return Ref(span.start_char, span.end_char, dict(actor_kb(span)))


def _crowd_ref(span: Span | None, label: str, inter: int) -> Ref | None:
    """Demonstrators as ACLED names them: 'Protesters (Chad)', 'Rioters (Chad)'."""
    if span is None:
        return None
    kb = dict(actor_kb(span))
    if actor_kind(span) in {"protesters", "rioters", "people", "civilians"}:
        country = kb.get("country_name")
        kb.update(
            name=f"{label} ({country})" if country else label, inter=inter, kind=label.lower()
        )
    return Ref(span.start_char, span.end_char, kb)


def _location_ref(place: Span) -> Ref:
    """The place as an event location: 'près d'Erbil' is near the town (ACLED precision 2)."""
    kb = dict(place._.kb or {})
    if kb and is_reference_point(place):
        kb["geo_precision"] = max(2, int(kb.get("geo_precision") or 1))
    return Ref(place.start_char, place.end_char, kb)


def _within(sent: Span, spans: Iterable[Span]) -> list[Span]:
    start, end = sent.start, sent.end
    return [s for s in spans if start <= s.start < end]


def _by_sentence(sents: list[Span], spans: list[Span]) -> dict[int, list[Span]]:
    """What `_within` gives each of `sents` (the Doc's sentences, in order), by the sentence's
    first token: the spans that start in it, in their order. One pass over the spans, not
    one per sentence."""
    starts = [sent.start for sent in sents]
    found: dict[int, list[Span]] = {}
    for span in spans:
        k = bisect_right(starts, span.start) - 1
        if k >= 0 and span.start < sents[k].end:
            found.setdefault(starts[k], []).append(span)
    return found


def _given(trigger: Span) -> bool:
    """'L'attaque a été revendiquée...', 'La frappe a visé...', 'Cette offensive...': a
    definite event noun names an event already told."""
    nodes = doc_nodes(trigger.doc)
    root = root_node(trigger)
    if root.pos_ != "NOUN" or trigger.start == 0:
        return False
    k = trigger.start - 1
    if nodes[k].pos_ == "ADJ" and k > 0:
        k -= 1  # "la nouvelle attaque"? no: "la même attaque"
    return fold(nodes[k].text) in _DEFINITE_DETERMINERS


def _long_before(when: When | None, published: str | None) -> bool:
    """An event dated more than two months before the dispatch is history it recalls."""
    if when is None or not published or when.kind == "published":
        return False
    try:
        return date.fromisoformat(when.date) < date.fromisoformat(published) - _RECALLED
    except OverflowError:  # published in the first two months of year 1: nothing before it
        return False


# Words that deny what the verb they hang on says ("n'a pas été épargné", "aucun quartier").
_NEGATIONS = frozenset({"pas", "jamais", "aucun", "aucune", "nul", "nulle", "ni"})


def _relative_after(verb: Node, background: set[int]) -> bool:
    """`verb` heads a relative clause ('qui avait tué ...') whose pronoun comes right after the
    words of a background trigger (the last token of its subtree)."""
    if verb.dep_ != "acl:relcl" or not background:
        return False
    parse = doc_parse(verb.doc)
    first = min(parse.subtree(verb.i))
    return any(max(parse.subtree(b)) == first - 1 for b in background)


def _reference_point(root: Node) -> bool:
    """'une semaine après la frappe qui avait tué 20 civils', 'trois jours après des
    affrontements meurtriers': an event noun after 'après' and a counted lapse of time is
    the earlier deed the news is dated from, recalled, not told."""
    folded = doc_tokens(root.doc).folded
    pos = doc_parse(root.doc).pos
    for case in root.children:
        k = case.i
        if case.dep_ == "case" and folded[k] == "apres" and k >= 2:
            return folded[k - 1] in LAPSE_UNITS and pos[k - 2] in {"NUM", "DET", "ADJ"}
    return False


def _same_region(a: ConflictEvent, b: ConflictEvent) -> bool:
    """Two events whose places lie in one country and first-level division, as far as the
    gazetteer tells (an unknown division is no difference)."""
    here = a.location.kb if a.location is not None else {}
    there = b.location.kb if b.location is not None else {}
    return all(
        here.get(key) is None or there.get(key) is None or here.get(key) == there.get(key)
        for key in ("country", "admin1")
    )


def _state_side(actor: Span) -> bool:
    """State forces (ACLED's interaction code 1: an army, a police), named or not."""
    return actor_kb(actor).get("inter") == 1


def _names_day(sent: Span, dates: list[Span]) -> bool:
    """The sentence names a day ('samedi', 'hier', 'le 12 mars')."""
    return any(
        sent.start <= d.start < sent.end and (_when(d) or {}).get("precision") == 1 for d in dates
    )


def _coarse(place: Span) -> bool:
    """A first-level division, a region or a country: no town."""
    return (span_value(place, "kb") or {}).get("kind") in {"admin1", "region", "country"}  # type: ignore[attr-defined]


def _refers_back(trigger: Span) -> bool:
    """'dans ces combats', 'lors des affrontements': a fight already told, not a new one."""
    nodes = doc_nodes(trigger.doc)
    before = [fold(t.text) for t in nodes[max(0, trigger.start - 2) : trigger.start]]
    return (
        bool(before)
        and before[-1] in _ANAPHORIC_DETERMINERS
        and (len(before) < 2 or before[-2] in _ANAPHORIC_PREPOSITIONS)
    )


def _share_with_coordinated(triggers: list[Trigger], groups: list[list[Span]]) -> list[list[Span]]:
    """'ont pris le contrôle de Gajiram ... et enlevé au moins 23 civils': a trigger without
    a place of its own, coordinated with one that has a place, happened there too."""
    out = [list(g) for g in groups]
    for k, trigger in enumerate(triggers):
        if out[k] or not trigger.confirmed:
            continue
        root = trigger.root
        for j, other in enumerate(triggers):
            if j == k or not groups[j]:
                continue
            head = other.root
            if _conjoined(root, head) or _conjoined(head, root):
                out[k] = list(groups[j])
                break
    return out


def _conjoined(one: Node, other: Node) -> bool:
    """`other` is coordinated with `one`, or hangs on a word coordinated with it ('a été
    battue à mort puis son corps incendié')."""
    token = other
    for _ in range(2):
        if token.dep_ == "conj" and token.head.i == one.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _fold_dependents(
    triggers: list[Trigger], groups: list[list[Span]], roles: list[PendingRoles]
) -> tuple[list[Trigger], list[list[Span]], list[PendingRoles]]:
    """'des obus ... se sont abattus sur Joura', 'des combats ont opposé X à Y': a trigger
    that is an argument of another of the same type names the same incident."""
    return _fold(triggers, groups, roles, _argument_of)


def _fold_circumstances(
    triggers: list[Trigger], groups: list[list[Span]], roles: list[PendingRoles]
) -> tuple[list[Trigger], list[list[Span]], list[PendingRoles]]:
    """'enlevés par les insurgés lors d'une attaque contre le village de Nanduli': the attack
    is when and where people were abducted or raped, not a second incident; the deed keeps
    its type and takes the attack's place."""
    return _fold(triggers, groups, roles, _circumstance_of)


def _fold(
    triggers: list[Trigger],
    groups: list[list[Span]],
    roles: list[PendingRoles],
    speaks_for: Callable[[Trigger, Trigger], bool],
) -> tuple[list[Trigger], list[list[Span]], list[PendingRoles]]:
    """Each trigger another one speaks for (`speaks_for(trigger, other)`) is folded into it:
    their roles joined, its places lent when the other has none."""
    keep = list(range(len(triggers)))
    for k, trigger in enumerate(triggers):
        governor = next(
            (j for j in keep if j != k and speaks_for(trigger, triggers[j])),
            None,
        )
        if governor is None:
            continue
        keep.remove(k)
        roles[governor] = roles[governor].joined(roles[k])
        if not groups[governor]:
            groups[governor] = groups[k]
    return [triggers[k] for k in keep], [groups[k] for k in keep], [roles[k] for k in keep]


def _argument_of(trigger: Trigger, other: Trigger) -> bool:
    root = trigger.root
    return (
        other.entry.event_type == trigger.entry.event_type
        and other.mood == trigger.mood
        and root.head.i in range(other.span.start, other.span.end)
        and root.dep_ in _ARGUMENTS
    )


def _circumstance_of(trigger: Trigger, other: Trigger) -> bool:
    during = trigger.root.head
    return (
        fold(during.text) in DURING
        and trigger.entry.event_type in {"Battles", "Explosions/Remote violence"}
        and other.entry.kind in _DEEDS_ON_PEOPLE
        and other.mood == trigger.mood
        and told_with(during, range(other.span.start, other.span.end))
    )


def _fold_into_protests(
    triggers: list[Trigger], groups: list[list[Span]], roles: list[PendingRoles]
) -> tuple[list[Trigger], list[list[Span]], list[PendingRoles]]:
    """'Un étudiant a été tué lors de la dispersion d'une manifestation', 'trois personnes
    ont été tuées pendant une manifestation': the killing is the harm done at the protest,
    one event, the protest's (the kind decider reads the harm)."""
    return _fold(triggers, groups, roles, _harm_at_protest)


def _harm_at_protest(trigger: Trigger, other: Trigger) -> bool:
    return (
        trigger.entry.outcome
        and other.entry.event_type == "Protests"
        and other.mood == trigger.mood
        and told_during(other.span, range(trigger.span.start, trigger.span.end))
    )


_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OF_NAME = frozenset({"de", "d'", "d’", "du"})  # "la localité de Liancourt": named
# abducted, raped or arrested during a raid: the raid is when and where it happened
_DEEDS_ON_PEOPLE = frozenset({"abduction", "sexual", "arrests"})


class PendingRoles:
    """A trigger's roles (`RoleReader.roles`, the costliest reading of a sentence), or two
    joined (`_joined`), read at the first `get` and kept: the folds of a sentence's triggers
    join them without reading them, and only a trigger left with a place makes an event of
    them (a sixth of the triggers keep none). Reading is a pure function of the trigger and
    its sentence, so when it happens changes nothing."""

    __slots__ = ("_read", "_roles")

    def __init__(self, read: Callable[[], Roles]) -> None:
        self._read = read
        self._roles: Roles | None = None

    def get(self) -> Roles:
        if self._roles is None:
            self._roles = self._read()
        return self._roles

    def joined(self, other: PendingRoles, *, fight: bool = False) -> PendingRoles:
        """`_joined` of these roles and `other`'s, read when asked."""
        return PendingRoles(lambda: _joined(self.get(), other.get(), fight=fight))


def _joined(main: Roles, other: Roles, *, fight: bool = False) -> Roles:
    """`main`'s roles, their gaps filled from `other`'s; never one actor on both sides. In a
    fight whose side acted upon is known, armed dead of the other reading who are not that
    side are the attackers ('ont repoussé une attaque contre le poste, tuant douze
    assaillants')."""
    actor1 = main.actor1
    actor2 = main.actor2
    if (
        fight
        and actor1 is None
        and actor2 is not None
        and other.actor1 is None
        and other.actor2 is not None
        and actor_kind(other.actor2) in ARMED_KINDS
        and not same_actor(other.actor2, actor2)
    ):
        return Roles(other.actor2, main.assoc1, actor2, main.assoc2)
    if (
        actor1 is not None
        and actor_kind(actor1) == "civilians"
        and other.actor1 is not None
        and actor_kind(other.actor1) in ARMED_KINDS
    ):
        # "neuf civils ont été tués lorsqu'un bus a été visé par une frappe de drone russe":
        # the victims one reading took for the actor are the side the other reading's actor hit.
        actor1, actor2 = None, actor2 if actor2 is not None else actor1
    if actor1 is None and not same_actor(other.actor1, actor2):
        actor1 = other.actor1  # not the side the main reading has hit ('un véhicule de l'armée')
    if actor2 is None and other.actor2 is not None and not same_actor(other.actor2, actor1):
        actor2 = other.actor2
    if actor1 is not None and same_actor(actor1, actor2):
        actor2 = None
    # An ally of one reading is never the enemy of the joined one; the allies the other
    # reading gave the side this one hit are that side's ("un assaut ..., repoussé par
    # l'armée et les VDP").
    other1, other2 = other.assoc1, other.assoc2
    if other.actor1 is not None and same_actor(other.actor1, actor2):
        other1, other2 = other.assoc2, other.assoc1
    assoc1 = tuple(a for a in main.assoc1 or other1 if not same_actor(a, actor2))
    return Roles(actor1, assoc1, actor2, main.assoc2 or other2)


def _absorb_outcomes(
    triggers: list[Trigger], groups: list[list[Span]], roles: list[PendingRoles]
) -> tuple[list[Trigger], list[list[Span]], list[PendingRoles]]:
    """A killing told beside an attack ('... ont été tués lorsque le drone a frappé le
    marché', 'a repoussé une attaque ..., tué 12 miliciens et bombardé...') is the outcome of
    the attack it hangs on, or else of the nearest one: its agent and victims fill that
    attack's gaps, its places go to it when it has none."""
    main = [
        k
        for k, t in enumerate(triggers)
        if not t.entry.outcome and t.confirmed and t.entry.event_type in _VIOLENT_TYPES
    ]
    if not main:
        return triggers, groups, roles
    keep = []
    for k, trigger in enumerate(triggers):
        candidates = [
            j
            for j in main
            if triggers[j].mood == trigger.mood
            # "a repoussé une attaque, tué 12 miliciens et bombardé les villages": not the
            # dead of a deed told after them
            and not _coordinated_after(triggers[j], trigger)
        ]
        if not trigger.entry.outcome or not candidates:
            keep.append(k)
            continue
        target = min(candidates, key=lambda j: _distance(trigger, triggers[j]))
        fight = triggers[target].entry.kind == "clash"
        roles[target] = roles[target].joined(roles[k], fight=fight)
        if not groups[target] and groups[k]:
            groups[target] = groups[k]
    return [triggers[k] for k in keep], [groups[k] for k in keep], [roles[k] for k in keep]


def _lend_placeless(
    triggers: list[Trigger], groups: list[list[Span]], roles: list[PendingRoles]
) -> list[PendingRoles]:
    """'Douze villageois ont été tués à Kwall lorsque des hommes armés ont ouvert le feu sur
    un marché': a word of the same type with no place of its own tells the same incident as
    the nearest one that has one; its actors fill that one's gaps."""
    placed = [k for k, places in enumerate(groups) if places]
    roles = list(roles)
    for k, trigger in enumerate(triggers):
        if groups[k]:
            continue
        same = [
            j
            for j in placed
            if triggers[j].entry.event_type == trigger.entry.event_type
            and triggers[j].mood == trigger.mood
        ]
        if same:
            target = min(same, key=lambda j: _distance(trigger, triggers[j]))
            roles[target] = roles[target].joined(roles[k])
    return roles


def _coordinated_after(deed: Trigger, outcome: Trigger) -> bool:
    """`deed` is a verb coordinated after `outcome` ('tué 12 miliciens et bombardé')."""
    root = deed.root
    after = root.i > outcome.span.end
    return root.dep_ == "conj" and root.head.i == outcome.root.i and after


def _distance(one: Trigger, other: Trigger) -> tuple[int, int]:
    """How far apart two triggers are: governed one by the other first, then in tokens,
    the one before first."""
    a, b = one.root, other.root
    linked = a.head.i == b.i or b.head.i == a.i
    gap = one.span.start - other.span.start
    return (0 if linked else 1, abs(gap) * 2 + (1 if gap < 0 else 0))


def _strongest_by_type(triggers: list[Trigger]) -> dict[str, Trigger]:
    """The confirmed trigger of highest precedence for each event type of a sentence."""
    best: dict[str, Trigger] = {}
    for trigger in triggers:
        if not trigger.confirmed:
            continue
        event_type = trigger.entry.event_type
        if event_type not in best or trigger.rank < best[event_type].rank:
            best[event_type] = trigger
    return best


def _assign_tolls(drafts: list[Draft], casualties: list[Span]) -> list[Draft]:
    anchors = [d.anchor for d in drafts]
    triggers = [d.event.trigger for d in drafts]
    locations = [
        (d.event.location.start, d.event.location.end) if d.event.location else None for d in drafts
    ]
    for toll in incident_tolls(casualties):
        owner = toll_owner(toll, anchors, triggers, locations)
        if owner is None:
            continue
        draft = drafts[owner]
        count = toll._.casualty["count"]
        if draft.update and draft.event.fatalities is not None and not _coordinated_toll(toll):
            # "Au moins 30 personnes ont été tuées, selon un nouveau bilan, qui faisait état la
            # veille de 20 morts": the new figure and the old one, not two groups of dead
            total = max(draft.event.fatalities, count)
        else:
            total = (draft.event.fatalities or 0) + count  # "six soldats et deux civils"
        drafts[owner] = replace(draft, event=replace(draft.event, fatalities=total))
    return drafts


def _coordinated_toll(toll: Span) -> bool:
    """The figure is coordinated with one before it ('12 soldats et 8 civils', 'ainsi que')."""
    folded = doc_tokens(toll.doc).folded
    before = folded[max(0, toll.start - 3) : toll.start]
    return "et" in before or "que" in before


def _adds_to_told(doc: Doc, told: list[Draft], new: list[Draft]) -> bool:
    """Give the toll of killings to the event just told at the same place, if there is one
    in this paragraph or the one before; True when done."""
    if (
        not told
        or paragraphs_between(doc, told[-1].event.evidence[1], new[0].event.evidence[0]) > 1
    ):
        return False
    recent = [k for k, d in enumerate(told) if d.event.evidence == told[-1].event.evidence]
    for draft in new:
        same = [k for k in recent if _same_location(doc, told[k].event, draft.event)]
        if not same:
            return False
        k = same[0]
        event = told[k].event
        if draft.event.fatalities is not None and (event.fatalities is None or draft.update):
            event = replace(event, fatalities=draft.event.fatalities)
        victims = draft.event.actor2
        if event.actor2 is None and victims is not None and not _own_side(victims, event):
            # "Des raids ont visé Al-Salif. Deux combattants houthis ont été tués à Al-Salif":
            # whose dead they were is the side the event struck.
            event = replace(event, actor2=victims)
        told[k] = replace(told[k], event=event)
    return True


def _lend_toll(
    doc: Doc,
    sent: Span,
    told: list[Draft],
    sentence: Sentence,
    lexicon: EventLexicon,
    reported: Callable[[Span], bool],
    *,
    target: int = -1,
) -> list[Draft]:
    """A sentence telling no event gives its toll to the event just told (or `target`), if
    that has none, or replaces it when the sentence updates it ('le nouveau bilan est de 40
    morts'). Not a toll a disaster made, nor one the sentence dates to another day than the
    event's (a day it was `reported` on aside)."""
    tolls = [
        t
        for t in incident_tolls(sentence.casualties)
        # "Ils sont accusés d'avoir tué des milliers de civils": a charge, not a toll told
        if not _under_accusation(root_node(t), lexicon)
        # "Le séisme, qui a fait plus de 3.700 morts, ...": a disaster's toll
        and not _made_by(doc, t, lexicon.words["hazard_nouns"])
    ]
    if not told or not tolls:
        return told
    last = told[target]
    if last.event.sub_event_type in _KILLS_NO_ONE and not any(
        w in DURING or w in DURING_CASES for w in sentence.words.texts[sent.start : sent.end]
    ):
        # "l'armée a annoncé l'arrestation d'un chef du cartel. ... Elle a fait plus de 900
        # morts": an arrest, a truce or a handover kills no one, and a toll told after it is
        # another's, unless the sentence says it fell during it ("Lors de l'opération, deux
        # soldats ont été tués"). Arson and looting do kill.
        return told
    if paragraphs_between(doc, last.event.evidence[1], sent.start_char) > 1:
        return told
    if _cue_in(lexicon, sentence, "nationwide_cues"):
        return told  # "huit morts par balles dans le pays, sans préciser les lieux"
    update = _cue_in(lexicon, sentence, "toll_update_cues")
    tally = update or any(w in _TALLY_NOUNS for w in sentence.words.texts[sent.start : sent.end])
    if not tally and _another_day(doc, sent, last.event, reported):
        # "Le 25 juin, des manifestations avaient fait 19 morts"; a tally is told on a later
        # day ("Dimanche, le bilan s'est alourdi à 32 morts", "le nombre de victimes a
        # atteint 20 lundi").
        return told
    more = _cue_in(lexicon, sentence, "toll_addition_cues")
    if last.event.fatalities is not None and more and not update:
        # "Dix-neuf membres du cartel ont également péri": more dead of the same incident.
        total = last.event.fatalities + sum(t._.casualty["count"] for t in tolls)
        return [
            replace(d, event=replace(d.event, fatalities=total)) if d is last else d for d in told
        ]
    if last.event.fatalities is not None and not update:
        return told
    siblings = [d for d in told if d.event.trigger == last.event.trigger]
    if len(siblings) > 1 and not update:
        return told
    total = sum(t._.casualty["count"] for t in tolls)
    if update:
        total = max(t._.casualty["count"] for t in tolls)
    changes: dict[str, Any] = {"fatalities": total}
    victims = None if last.event.actor2 is not None else _victims_of(tolls, sentence, last.event)
    if victims is not None:
        # "Un drone a frappé une voiture à Nabatiyé. Le Hezbollah a annoncé la mort de deux de
        # ses membres": whose dead the lent toll counts is the side the event struck.
        changes["actor2"] = victims
    return [replace(d, event=replace(d.event, **changes)) if d is last else d for d in told]


def _victims_of(tolls: list[Span], sentence: Sentence, event: ConflictEvent) -> Ref | None:
    """The group a lent toll's dead belong to, when the sentence names one ('trois soldats
    maliens', 'deux de ses combattants', 'cinq civils'): neither people of no stated side nor
    the event's actor1 or nameless men beside a named actor1 (its own losses)."""
    for toll in tolls:
        start, end = toll._.casualty.get("victims_span") or (0, 0)
        for mention in sentence.mentions:
            if not (start <= mention.start_char and mention.end_char <= end):
                continue
            ref = _ref(mention)
            if ref is None or actor_kind(mention) not in ARMED_KINDS | {"civilians"}:
                continue
            return None if _own_side(ref, event) else ref
    return None


def _siblings(told: list[Draft], k: int) -> list[int]:
    """The drafts one trigger of one sentence made, one per scene, `k`'s among them."""
    event = told[k].event
    return [
        j
        for j, d in enumerate(told)
        if d.event.trigger == event.trigger and d.event.evidence == event.evidence
    ]


def _give_actor1(told: list[Draft], indices: list[int], actor: Ref) -> list[Draft]:
    """`actor` as actor1 of the drafts at `indices` that have none, or only nameless
    attackers it names, and do not have it as actor2."""
    out = list(told)
    for j in indices:
        event = told[j].event
        if event.actor2 is not None and _same_ref(actor, event.actor2):
            continue
        if event.actor1 is None or _names_the_nameless(actor, event.actor1):
            out[j] = replace(told[j], event=replace(event, actor1=actor))
    return out


def _own_side(victims: Ref, event: ConflictEvent) -> bool:
    """The dead are of the side that acted: actor1 or its allies ('les soldats et les
    miliciens des FDN ont pris ...; sept soldats ont péri'), or nameless fighters beside a
    named armed group ('le JNIM a attaqué ... une vingtaine de combattants ont été tués')."""
    actor1 = event.actor1
    if actor1 is None:
        return False
    if any(_same_ref(victims, ally) for ally in event.assoc_actor_1):
        return True
    return _same_ref(victims, actor1) or (
        victims.kb.get("kind") == "armed"
        and not victims.kb.get("kb_id")
        and bool(actor1.kb.get("kb_id"))
        and actor1.kb.get("inter") in NON_STATE_INTER
    )


_TALLY_NOUNS = frozenset({"bilan", "nombre"})
# Days after the event just told that a relative date word counts ('la veille', 'le lendemain')
_STEPS = {"eve": -1, "next_day": 1}


_AIMING = frozenset({"contre", "sur"})


def _aimed_at_a_country(trigger: Trigger, places: list[Span]) -> bool:
    """The trigger's target is a whole country ('ont lancé deux missiles contre Israël', 'a
    tiré 50 roquettes sur Israël'): a town told before is not where it happened."""
    root = trigger.root
    return any(
        is_country(p)
        and p.start > trigger.span.start
        # on the trigger or on its object ('a lancé 103 drones contre l'Ukraine')
        and root.i in (root_node(p).head.i, root_node(p).head.head.i)
        and _word_before_article(p) in _AIMING
        for p in places
    )


def _word_before_article(span: Span) -> str:
    """The folded word before `span` and its article ('contre l'Ukraine': 'contre')."""
    folded = doc_tokens(span.doc).folded
    k = word_before(folded, span.start, _DEFINITE_DETERMINERS)
    return folded[k] if k >= 0 else ""


def _under_accusation(root: Node, lexicon: EventLexicon) -> bool:
    """A verb of accusation governs the word ('accusés d'avoir tué des milliers de civils',
    'a accusé l'armée d'avoir bombardé')."""
    return any(lexicon.has("accusation_verbs", fold(a.lemma_)) for a in root.ancestors[:3])


def _made_by(doc: Doc, toll: Span, makers: frozenset[str]) -> bool:
    maker = toll_maker(doc[root_node(toll).i])
    return maker is not None and fold(maker.lemma_) in makers


def _another_day(
    doc: Doc, sent: Span, event: ConflictEvent, reported: Callable[[Span], bool]
) -> bool:
    """The sentence tells its own day, and it is before the event's: 'Le 12 janvier, des
    combats avaient fait quinze morts' after an event of March. A later day is when the toll
    was told ('Lundi, les autorités ont fait état de cinq morts')."""
    if event.date is None:
        return False
    days = [
        str(when["date"])
        for d in doc.spans.get("dates", [])
        if sent.start <= d.start < sent.end
        and (when := _when(d) or {}).get("date")
        and not reported(d)
    ]
    return bool(days) and all(day < event.date.date for day in days)


def _same_location(doc: Doc, one: ConflictEvent, other: ConflictEvent) -> bool:
    return _location_key(doc, one) == _location_key(doc, other)


def _location_key(doc: Doc, event: ConflictEvent) -> str:
    location = event.location
    if location is None:
        return ""
    return str(location.kb.get("kb_id") or fold(doc_text(doc)[location.start : location.end]))


def _merge(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ACLED's unit is one event per type, location and day: merge repeats (a crosshead and
    its paragraph, a toll update), keeping the first and filling its gaps from the others;
    property destroyed during a fight at the same place and day is part of it; an event told
    at a city and again at a quarter or village of it is the one told more precisely."""
    merged: dict[tuple[Any, ...], Draft] = {}
    for draft in drafts:
        event = draft.event
        key = (
            event.event_type,
            # Strategic developments of different kinds are different events (a defection
            # and a downed drone); two words for one fight or one strike are not.
            event.sub_event_type if event.event_type == "Strategic developments" else "",
            _location_key(doc, event),
            _day(event),
            event.modality,
        )
        if key not in merged:
            merged[key] = draft
            continue
        kept = merged[key]
        merged[key] = replace(kept, event=_filled(kept.event, event, update=draft.update))
    kept_drafts = _merge_undated(doc, list(merged.values()))
    kept_drafts = [d for d in kept_drafts if not _absorbed(doc, d, kept_drafts)]
    return _merge_coarser(doc, kept_drafts)


def _merge_undated(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """'Le bilan de l'attaque menée mardi ... près de Banibangou' then 'La patrouille a été
    attaquée en fin d'après-midi ... au nord de Banibangou': an event that names no day of
    its own (dated by publication) and one of the same type at the same place that does are
    one incident."""
    out = list(drafts)
    for draft in drafts:
        when = draft.event.date
        if when is None or when.kind != "published" or draft not in out:
            continue
        key = (draft.event.event_type, _location_key(doc, draft.event), draft.event.modality)
        dated = [
            d
            for d in out
            if d is not draft
            and d.event.date is not None
            and d.event.date.kind != "published"
            and (d.event.event_type, _location_key(doc, d.event), d.event.modality) == key
        ]
        if dated:
            out.remove(draft)
            k = out.index(dated[0])
            out[k] = replace(dated[0], event=_filled(dated[0].event, draft.event, update=False))
    return out


def _filled(kept: ConflictEvent, other: ConflictEvent, *, update: bool) -> ConflictEvent:
    changes: dict[str, Any] = {}
    if (
        kept.actor1 is not None
        and kept.actor1.kb.get("affiliation") == "civilians"
        and other.actor1 is not None
        and other.actor1.kb.get("affiliation") not in _UNARMED
    ):
        # victims one word's reading took for the actor: the other word names who struck
        changes["actor1"] = other.actor1
        if kept.actor2 is None:
            changes["actor2"] = kept.actor1
    for name in ("actor1", "actor2", "source"):
        if name in changes:
            continue
        if getattr(kept, name) is None and getattr(other, name) is not None:
            changes[name] = getattr(other, name)
    if other.fatalities is not None and (kept.fatalities is None or update):
        changes["fatalities"] = other.fatalities
    if _FORCE_ON_PROTEST.get(other.sub_event_type, -1) > _FORCE_ON_PROTEST.get(
        kept.sub_event_type, -1
    ):
        # "Des opposants ont manifesté samedi à Conakry. La police les a dispersés": one
        # protest, met by force.
        changes["sub_event_type"] = other.sub_event_type
    actor1 = changes.get("actor1", kept.actor1)
    actor2 = changes.get("actor2", kept.actor2)
    if not kept.assoc_actor_1 and other.assoc_actor_1:
        # never an ally of one side that the kept event has as a side
        sides = [r for r in (actor1, actor2) if r is not None]
        allies = tuple(a for a in other.assoc_actor_1 if not any(_same_ref(a, r) for r in sides))
        if allies:
            changes["assoc_actor_1"] = allies
    if actor1 is not None and actor2 is not None and _same_ref(actor1, actor2):
        changes["actor2"] = None
    return replace(kept, **changes) if changes else kept


def _generic_ref(ref: Ref) -> bool:
    """'les assaillants', 'les émeutiers': nameless, so possibly the side just told; not
    'des chasseurs thaïlandais', a nation's forces."""
    return ref.kb.get("kb_id") is None and not ref.kb.get("from_demonym")


def _names_the_nameless(named: Ref, nameless: Ref) -> bool:
    """`named` is an armed group of the knowledge base and `nameless` an unnamed armed one
    ('des hommes armés', 'les assaillants')."""
    return (
        bool(nameless.kb.get("generic"))
        and nameless.kb.get("kind") == "armed"
        and not named.kb.get("generic")
        and named.kb.get("inter") in NON_STATE_INTER
    )


def _same_ref(one: Ref, other: Ref) -> bool:
    a, b = one.kb, other.kb
    if a.get("kb_id") and a.get("kb_id") == b.get("kb_id"):
        return True
    return bool(a.get("name")) and a.get("name") == b.get("name")


def _day(event: ConflictEvent) -> str | None:
    return event.date.date if event.date else None


def _absorbed(doc: Doc, draft: Draft, drafts: list[Draft]) -> bool:
    if not draft.entry.absorbed_by:
        return False
    key = (_location_key(doc, draft.event), _day(draft.event))
    return any(
        other is not draft
        and other.event.event_type in draft.entry.absorbed_by
        and (_location_key(doc, other.event), _day(other.event)) == key
        for other in drafts
    )


def _merge_coarser(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """An event told at a region and again at a place in it is the one told more precisely;
    a toll update told at the region ('le bilan d'une frappe sur un village de la région de
    Sagaing s'est alourdi à 27 morts, ont indiqué vendredi des secouristes') is that of the
    incident told at its village, however many days later it was told, and its figure is
    the newer one."""
    out = list(drafts)
    for coarse in drafts:
        finer = [
            d
            for d in out
            if d is not coarse
            and d.event.evidence != coarse.event.evidence  # a lead, then its detail
            and d.event.event_type == coarse.event.event_type
            # shells on a camp, then a drone on the town's hospital: two incidents
            and (d.event.sub_event_type == coarse.event.sub_event_type or coarse.update)
            and (
                _day(d.event) == _day(coarse.event)
                or (coarse.update and _told_later(coarse.event, d.event))
                or _detail_of(d.event, coarse.event)
            )
            and d.event.modality == coarse.event.modality
            and _inside(d.event.location, coarse.event.location)
        ]
        if finer and coarse in out:
            out.remove(coarse)
            k = out.index(finer[0])
            event = finer[0].event
            if _detail_of(event, coarse.event):
                event = replace(event, date=coarse.event.date)
            out[k] = replace(finer[0], event=_filled(event, coarse.event, update=coarse.update))
    return out


def _detail_of(detail: ConflictEvent, lead: ConflictEvent) -> bool:
    """'Douze soldats ont été tués samedi dans une embuscade dans la région du Centre-Nord.
    Un convoi a été attaqué près de Kaya ...': told after a dated lead, with no day of its
    own, the detail is the lead's incident, at the place it names."""
    return (
        detail.date is not None
        and detail.date.kind == "published"
        and lead.date is not None
        and lead.date.kind != "published"
        and detail.evidence[0] > lead.evidence[0]
    )


def _told_later(later: ConflictEvent, earlier: ConflictEvent) -> bool:
    """`later` is dated on, or up to a week after, the day of `earlier`."""
    if later.date is None or earlier.date is None:
        return False
    gap = date.fromisoformat(later.date.date) - date.fromisoformat(earlier.date.date)
    return 0 <= gap.days <= 7


def _inside(inner: Ref | None, outer: Ref | None) -> bool:
    """`inner` lies within `outer`: a quarter or village located by that very town, or a
    place of the division `outer` names."""
    if inner is None or outer is None or inner.kb.get("kb_id") == outer.kb.get("kb_id"):
        return False
    i, o = inner.kb, outer.kb
    if (
        o.get("kind") in {"admin1", "region"}
        and i.get("admin1")
        and i.get("admin1") == o.get("admin1")
    ):
        return i.get("kind") not in {"admin1", "region"}
    return (
        i.get("kb_id") is None
        and o.get("kind") == "city"
        and i.get("latitude") is not None
        and o.get("latitude") is not None
        and abs(float(i["latitude"]) - float(o["latitude"])) < 1e-3
        and abs(float(i["longitude"]) - float(o["longitude"])) < 1e-3
    )
