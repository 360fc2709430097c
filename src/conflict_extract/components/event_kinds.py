"""The one place where an event's ACLED type and sub-type are decided.

A trigger family gives a default type and a list of refinements (data/triggers.jsonl,
"refine"): named conditions on the event's actors, victims and clause, tried in order; the
first that holds gives the type. The conditions are the ones ACLED's codebook turns on: who
acted (state forces regain territory), with what (aircraft and drones, or artillery), on whom
(civilians only: violence against civilians; demonstrators: excessive force), how
(demonstrators turning violent, a crowd lynching someone, a handover without a fight).
"""

from __future__ import annotations

from spacy.tokens import Span

from conflict_extract.components.circumstances import told_during
from conflict_extract.components.event_lexicon import EventLexicon, TriggerEntry
from conflict_extract.components.event_roles import Roles, same_actor
from conflict_extract.components.triggers import (
    ARMED_KINDS,
    CROWD_KINDS,
    NON_STATE_INTER,
    Sentence,
    Trigger,
    actor_kb,
    actor_kind,
    direct_object,
    went_by_itself,
)
from conflict_extract.doc_views import doc_nodes, doc_tokens, root_node
from conflict_extract.text import DEFINITE_ARTICLES, fold, word_before

_STATE_INTER = 1


_UNARMED_KINDS = frozenset({"civilians", "people"})
# Nouns of a fight: a change of control told beside one was not without a fight
_FIGHT_LEMMAS = frozenset({"combat", "affrontement", "accrochage", "heurt", "bataille"})
# "ont tiré mardi sur la foule", "ont ouvert le feu": a trigger that is itself live fire
_FIRE_LEMMAS = frozenset({"tirer", "feu"})


class KindDecider:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon

    def decide(
        self, entry: TriggerEntry, trigger: Trigger, roles: Roles, sentence: Sentence
    ) -> tuple[str, str]:
        """(event_type, sub_event_type) of an event of family `entry`."""
        for refinement in entry.refine:
            if self.holds(refinement.when, trigger, roles, sentence):
                return refinement.event_type or entry.event_type, refinement.sub_event_type
        return entry.event_type, entry.sub_event_type

    def holds(self, condition: str, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        return bool(getattr(self, f"_{condition}")(trigger, roles, sentence))

    # -- conditions ---------------------------------------------------------------------------
    def _actor1_state(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        return roles.actor1 is not None and actor_kb(roles.actor1).get("inter") == _STATE_INTER

    def _nonstate_actor1(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """A non-state armed group acts: on the ground, not from the air ('un raid des FSR',
        'un raid de jihadistes')."""
        if roles.actor1 is None or actor_kind(roles.actor1) not in ARMED_KINDS:
            return False
        return actor_kb(roles.actor1).get("inter") in NON_STATE_INTER

    def _nonstate_on_civilians(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        return self._nonstate_actor1(trigger, roles, sentence) and self._civilian_target(
            trigger, roles, sentence
        )

    def _air(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        air = self.lexicon.phrases("air_words")
        words = sentence.words
        actor_tokens = (
            range(roles.actor1.start, roles.actor1.end) if roles.actor1 is not None else range(0)
        )
        if air.any_in(words, actor_tokens):
            return True
        name = str(actor_kb(roles.actor1).get("name") or "") if roles.actor1 else ""
        if any(word in name.lower() for word in ("air", "aviation", "aérien")):
            return True
        near = [i for i in trigger.clause if abs(i - trigger.span.start) <= 8]
        return air.any_in(words, near) or air.any_in(
            words, range(trigger.span.start, trigger.span.end)
        )

    def _ground(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """A raid on the ground: its raiders are ground troops ('des forces spéciales
        américaines ont mené un raid', 'un commando de l'armée ukrainienne'), or it says so
        ('un raid terrestre'); data/lexicons/ground_words.txt. Never with an air word."""
        if self._air(trigger, roles, sentence):
            return False
        ground = self.lexicon.phrases("ground_words")
        raiders: set[int] = set()
        if roles.actor1 is not None:
            raiders.update(range(roles.actor1.start, roles.actor1.end))
        root = trigger.span.root
        if direct_object(root):  # "X a mené (lundi) un raid": the light verb's subject
            for child in root.head.children:
                if child.dep_ == "nsubj":
                    raiders.update(t.i for t in child.subtree)
        after = range(trigger.span.end, min(trigger.span.end + 2, sentence.span.end))
        return ground.any_in(sentence.words, sorted(raiders)) or ground.any_in(
            sentence.words, after
        )

    def _not_air(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        if self._air(trigger, roles, sentence):
            return False
        return self.lexicon.phrases("artillery_words").any_in(sentence.words, trigger.clause)

    def _agent_tokens(self, trigger: Trigger) -> list[int]:
        """The tokens of the trigger's 'par' complement ('tué par un drone russe') or of its
        active subject ('un drone russe a tué')."""
        root = trigger.span.root
        return [
            t.i
            for c in root.children
            if c.dep_ in {"obl:agent", "nsubj"} or any(fold(g.text) == "par" for g in c.children)
            for t in c.subtree
        ]

    def _air_agent(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """Killed by an aircraft or a drone: 'tué par un drone russe', 'par une frappe
        aérienne'."""
        return self.lexicon.phrases("air_words").any_in(sentence.words, self._agent_tokens(trigger))

    def _ranged_agent(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """Killed by shells, rockets or missiles: 'tués par des tirs d'artillerie'."""
        return self.lexicon.phrases("artillery_words").any_in(
            sentence.words, self._agent_tokens(trigger)
        )

    def _civilian_target(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """Only civilians suffered: the victims' group is civilian and nobody armed was on
        the other side."""
        if roles.actor2 is not None:
            return actor_kind(roles.actor2) == "civilians"
        victims = self._victim_mentions(sentence)
        return bool(victims) and all(actor_kind(v) == "civilians" for v in victims)

    def _unarmed_target(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """Armed men killed people no word says were armed, and no armed side stood against
        them ('des soldats ont abattu un homme', 'des hommes armés ont tué douze personnes'):
        one-sided violence, not a battle."""
        if roles.actor1 is None or actor_kind(roles.actor1) not in ARMED_KINDS:
            return False
        if roles.actor2 is not None and actor_kind(roles.actor2) not in _UNARMED_KINDS:
            return False
        actor = range(roles.actor1.start, roles.actor1.end)
        target = [i for i in trigger.clause if i not in actor and i > trigger.span.start]
        if self.lexicon.phrases("military_objects").any_in(sentence.words, target):
            return False  # "ont attaqué un poste militaire, tuant six personnes": a fight
        victims = self._victim_mentions(sentence)
        if not victims or any(actor_kind(v) not in _UNARMED_KINDS for v in victims):
            return False
        return not any(
            actor_kind(m) in ARMED_KINDS and not same_actor(m, roles.actor1)
            for m in sentence.mentions
        )

    def _protesters_harmed(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        victims = self._victim_mentions(sentence)
        if any(actor_kind(v) == "protesters" for v in victims):
            return True
        harmed = sentence.harmed
        if roles.actor2 is not None and actor_kind(roles.actor2) == "protesters" and harmed:
            return True  # "ont tiré sur des manifestants, tuant une cinquantaine de personnes"
        if harmed and self._harm_told_around(trigger, sentence):
            return True  # "un étudiant a été tué lors de la dispersion d'une manifestation"
        protesters = any(actor_kind(m) == "protesters" for m in sentence.mentions)
        force = self.lexicon.phrases("excessive_force_cues").any_in(sentence.words, sentence.tokens)
        return protesters and force and harmed

    def _fired_on_protesters(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """Live fire on demonstrators, whoever was hit ('la police a tiré à balles réelles sur
        des manifestants', 'ont ouvert le feu sur la foule des manifestants'): lethal force
        against a protest, not a fight (lexicons/excessive_force_cues.txt)."""
        target = roles.actor2
        if target is None or actor_kind(target) not in CROWD_KINDS:
            return False
        crowd = set(range(target.root.left_edge.i, target.root.right_edge.i + 1))
        if actor_kind(target) != "protesters" and not any(
            actor_kind(m) == "protesters" and m.root.i in crowd and m.root.head.i == target.root.i
            for m in sentence.mentions
        ):
            return False  # "la foule des manifestants", not "les funérailles de manifestants"
        words = sentence.words
        return self.lexicon.phrases("excessive_force_cues").any_in(words, trigger.clause) or any(
            words.lemmas[i] in _FIRE_LEMMAS for i in range(trigger.span.start, trigger.span.end)
        )

    @staticmethod
    def _harm_told_around(trigger: Trigger, sentence: Sentence) -> bool:
        """The protest is the circumstance of a killing or a wounding of its sentence ('tué
        lors de la dispersion d'une manifestation')."""
        return any(
            (c._.casualty or {}).get("status") in {"killed", "wounded"}
            and told_during(trigger.span, range(c.start, c.end))
            for c in sentence.casualties
        )

    def _intervention(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        return self.intervened(sentence)

    def intervened(self, sentence: Sentence, trigger: Trigger | None = None) -> bool:
        """The sentence (or the trigger's clause) tells the authorities broke a crowd up
        ('dispersés', 'gaz lacrymogène'; data/lexicons/intervention_cues.txt)."""
        scope = sentence.tokens if trigger is None else trigger.clause
        cues, words = self.lexicon.phrases("intervention_cues"), sentence.words
        protest_cues = self.lexicon.phrases("protest_cues")
        nodes = doc_nodes(sentence.span.doc)
        # "se sont dispersés dans le calme", "se sont arrêtés devant le parlement": the crowd
        # moved on its own, no one broke it up
        return any(
            cues.match_at(words, i) and not went_by_itself(nodes[i], sentence, protest_cues)
            for i in cues.openings(words, scope)
        )

    def _dispersed_by_itself(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """'Les manifestants se sont dispersés dans le calme': the protest told by its end,
        which no one forced (triggers.went_by_itself)."""
        return went_by_itself(
            root_node(trigger.span), sentence, self.lexicon.phrases("protest_cues")
        )

    def _rioting(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        return self.lexicon.phrases("riot_cues").any_in(sentence.words, trigger.clause)

    def _protest_party(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        parties = [roles.actor1, roles.actor2]
        if any(p is not None and actor_kind(p) in {"protesters", "rioters"} for p in parties):
            return True
        return roles.actor1 is None and any(
            actor_kind(m) in {"protesters", "rioters"} and m.root.i in trigger.clause
            for m in sentence.mentions
        )

    def _crowd_actor1(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """Unarmed people did it ('des habitants en colère ont incendié un commissariat', 'des
        jeunes ont saccagé la mairie'): a riot, not the looting of an armed group."""
        if roles.actor1 is not None:
            return actor_kind(roles.actor1) in CROWD_KINDS
        root = trigger.span.root
        return any(
            actor_kind(m) in CROWD_KINDS
            and m.root.dep_.startswith("nsubj")
            and m.root.head.i == root.i
            for m in sentence.mentions
        )

    def _no_fighting(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        """'sont entrés sans combattre dans Walikale'; not when the clause tells a fight too
        ('après de violents combats, tandis que les soldats se sont repliés sans combattre')."""
        words = sentence.words
        if any(
            words.lemmas[i] in _FIGHT_LEMMAS and (i == 0 or words.texts[i - 1] != "sans")
            for i in trigger.clause
        ):
            return False
        return self.lexicon.phrases("no_fighting_cues").any_in(words, trigger.clause)

    def _mob(self, trigger: Trigger, roles: Roles, sentence: Sentence) -> bool:
        return self.lexicon.phrases("mob_cues").any_in(sentence.words, trigger.clause)

    @staticmethod
    def _victim_mentions(sentence: Sentence) -> list[Span]:
        out = []
        for casualty in sentence.casualties:
            data = casualty._.casualty or {}
            if data.get("status") not in {"killed", "wounded"} or not data.get("victims_span"):
                continue
            start, end = data["victims_span"]
            out += [m for m in sentence.mentions if start <= m.start_char and m.end_char <= end]
        return out


def parties(
    event_type: str,
    sub_type: str,
    entry: TriggerEntry,
    trigger: Trigger,
    roles: Roles,
    sentence: Sentence,
    *,
    intervened: bool = False,
) -> Roles:
    """The actors in the places ACLED gives them for this type of event. Demonstrators are
    actor1 of a protest or a riot; the forces that broke a protest up, or fought or
    dispersed rioters (`intervened`: the sentence says so), are actor2; a group that joins
    another has it as an ally, not as an opponent."""
    if entry.patient_as == "assoc_actor_1" and roles.actor2 is not None:
        return Roles(roles.actor1, (*roles.assoc1, roles.actor2), None, roles.assoc2)
    if entry.agent_as == "actor2" and roles.actor2 is not None:
        # "les combattants de l'UPC ont remis aux FACA leur base": who gains is actor1;
        # with no receiver named, the side that leaves stays actor1.
        return Roles(roles.actor2, roles.assoc2, roles.actor1, roles.assoc1)
    if event_type == "Violence against civilians" and roles.actor2 is None:
        # Those it was done to are civilians by the event's definition ('deux hommes ont été
        # brûlés vifs', 'neuf personnes enlevées'): the people named in its clause.
        victims = sorted(
            (
                m
                for m in sentence.mentions
                if actor_kind(m) in {"civilians", "people"}
                and m.root.i in trigger.clause
                and m is not roles.actor1
            ),
            key=lambda m: abs(m.start - trigger.span.start),
        )
        if victims:
            return Roles(roles.actor1, roles.assoc1, victims[0], roles.assoc2)
    if event_type not in {"Protests", "Riots"}:
        return roles
    crowd_kinds = ("protesters", "rioters", "people", "civilians")
    crowd = [m for m in sentence.mentions if actor_kind(m) in crowd_kinds]
    crowd.sort(key=lambda m: (crowd_kinds.index(actor_kind(m)), abs(m.start - trigger.span.start)))
    forces = [
        r for r in (roles.actor1, roles.actor2) if r is not None and actor_kind(r) in ARMED_KINDS
    ]
    if not forces and sub_type in _MET_BY_FORCE:
        forces = [m for m in sentence.mentions if actor_kind(m) in ARMED_KINDS]
    # The crowd did the deed and was broken up; not mob violence, where whom the mob
    # attacked stays actor2 ("une foule a lynché un homme").
    dispersed = (
        event_type == "Riots"
        and sub_type == "Violent demonstration"
        and intervened
        and roles.actor1 is not None
        and actor_kind(roles.actor1) in crowd_kinds
    )
    if not forces and dispersed:
        # "des manifestants ont pillé des magasins avant d'être dispersés par la police": the
        # force named as the one that broke them up, not one they protested against
        forces = [m for m in sentence.mentions if actor_kind(m) == "state" and _by(m)]
    fought = (
        sub_type in _MET_BY_FORCE
        or dispersed
        or (event_type == "Riots" and trigger.entry.kind == "clash")
    )
    actor1 = crowd[0] if crowd else None
    # "douze voyageurs ont été tués lorsqu'une foule a attaqué leur bus": whom rioters
    # attacked, when no force met them.
    victims = roles.actor2
    if (
        event_type != "Riots"
        or victims is None
        or victims is actor1
        or actor_kind(victims) != "civilians"
    ):
        victims = None
    return Roles(actor1, (), forces[0] if forces and fought else victims, ())


def _by(mention: Span) -> bool:
    """The mention follows 'par' ('dispersés par les gendarmes', 'par la police')."""
    words = doc_tokens(mention.doc).folded
    k = word_before(words, mention.start, DEFINITE_ARTICLES)
    return k >= 0 and words[k] == "par"


_MET_BY_FORCE = frozenset({"Protest with intervention", "Excessive force against protesters"})


def is_armed(span: Span | None) -> bool:
    return span is not None and actor_kind(span) in ARMED_KINDS
