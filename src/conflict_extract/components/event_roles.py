"""Who did what to whom: ACLED's actor1 (who acted), actor2 (who was acted upon, or the
victims' group) and the allies of each side, for one trigger.

Read from the dependency parse first (subject, agent, object, 'contre X', 'X à Y' of a
capture, 'de X' of an attack noun, the subject of the verb that launches an attack noun),
then from the victims of the sentence's tolls, then from position. Allies come from the cues
of data/lexicons (ally_cues "appuyées par", "aux côtés de"; ally_verbs) and from
coordination ("X et Y ont attaqué"); an ally is never actor2. Speakers ("selon l'armée",
"a annoncé l'armée") are not actors. The same actor is never on both sides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span

from conflict_extract.components.event_lexicon import EventLexicon
from conflict_extract.components.phrases import DocWords
from conflict_extract.components.triggers import (
    ARMED_KINDS,
    Sentence,
    Trigger,
    actor_kb,
    actor_kind,
    pronominal,
    undergone,
)
from conflict_extract.doc_views import (
    Node,
    doc_nodes,
    doc_parse,
    doc_tokens,
    doc_view,
    root_node,
    span_value,
)
from conflict_extract.text import (
    BREAKDOWN_WORDS,
    DEFINITE_ARTICLES,
    OF_WORDS,
    QUOTE_MARKS,
    fold,
    word_before,
)
from conflict_extract.timewords import WEEKDAY_BY_WORD

_VERBAL = frozenset({"VERB", "AUX"})
_RELATIVE = frozenset({"acl:relcl", "acl"})
# Nouns of quantity between a verb and the attack it governs: "une série de raids".
_QUANTITIES = frozenset(
    {"dizaine", "centaine", "millier", "serie", "vague", "salve", "pluie", "multitude", "nombre"}
)
_DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "ses", "leurs", "ces"})
_PREPOSITIONS = frozenset(
    {"a", "au", "aux", "contre", "par", "sur", "vers", "avec", "entre", "dans", "selon", "pour"}
)
_AGAINST = frozenset({"contre", "sur", "vers", "visant", "ciblant"})
_TO = frozenset({"a", "au", "aux"})
_TO_OR_BY = _TO | {"par"}
_PARTITIVE = frozenset({"des", "du"})
_TERRITORIAL = frozenset({"capture", "transfer"})
_FIGHTS = frozenset({"clash"})
# The clitic of a reciprocal verb ("se sont affrontés"), and what may stand between its
# subjects and the verb ("se sont", "s'", "ont violemment").
_BEFORE_RECIPROCAL = frozenset({"PRON", "AUX", "ADV", "PUNCT"})
# "des combats entre l'armée et les FSR", "un accord signé entre le gouvernement et le TPLF":
# the two sides of 'entre X et Y' are actor1 and actor2
_PAIRED = _FIGHTS | {"agreement"}
_ARTICLES_BEFORE = frozenset({"le", "la", "les", "l'", "des", "du", "un", "une"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_BREAKDOWN_CUES = BREAKDOWN_WORDS | {"plupart", "notamment", "essentiellement"}
# Tokens from the victims to the verb that says who they were, and from "comme" to the group.
_IDENTIFIED_REACH = 6
# The words of a group's name after "parmi" ("parmi les combattants du M23").
_GROUP_WORDS = frozenset({"DET", "ADP", "NOUN", "PROPN", "ADJ"})
_DESCRIPTION_OPENERS = frozenset({"un", "une", "le", "la", "l'", "ce", "cette"})
# Words between "et" and the second side's name: "et des hommes de la faction « X »".
_PAIR_FILLERS = DEFINITE_ARTICLES | OF_WORDS | QUOTE_MARKS
_ALLY_GAP = 6  # "aux côtés des forces kurdes des YPG": cue, then the ally's noun phrase
_SPEAKER_GAP = 5
_BREAKS = frozenset({",", ";", ":", "(", ")", "«", "»", "."})


@dataclass(frozen=True)
class Roles:
    actor1: Span | None = None
    assoc1: tuple[Span, ...] = ()
    actor2: Span | None = None
    assoc2: tuple[Span, ...] = ()


def holds_territory(trigger: Trigger, side: Span) -> bool:
    """Territory is taken from an armed side: civilians killed or taken away where a town
    fell ('ont pris Gajiram et enlevé 23 civils') are the victims of another event."""
    return trigger.entry.kind not in _TERRITORIAL or actor_kind(side) in ARMED_KINDS


def same_actor(one: Span | None, other: Span | None) -> bool:
    if one is None or other is None:
        return False
    a, b = actor_kb(one), actor_kb(other)
    if a.get("kb_id") and a.get("kb_id") == b.get("kb_id"):
        return True
    return bool(a.get("name")) and a.get("name") == b.get("name")


class RoleReader:
    def __init__(self, lexicon: EventLexicon) -> None:
        self.lexicon = lexicon
        self.ally_cues = lexicon.phrases("ally_cues")
        self.speaker_cues = lexicon.phrases("speaker_cues")
        # the one-word cues, as the case marker of a mention's phrase ("par la police")
        self.speaker_words = lexicon.words.get("speaker_cues", frozenset())
        self.reporting_verbs = lexicon.words.get("reporting_verbs", frozenset())
        self.ally_verbs = lexicon.words.get("ally_verbs", frozenset())
        self.affiliation_cues = lexicon.words.get("affiliation_cues", frozenset())
        self.hostile_verbs = frozenset(
            fold(seq[0])
            for entry in lexicon.entries
            if entry.event_type in {"Battles", "Violence against civilians"}
            for seq in entry.sequences
            if len(seq) == 1
        )
        self.fight_words = frozenset(
            fold(seq[0])
            for entry in lexicon.entries
            if entry.kind in _FIGHTS
            for seq in entry.sequences
            if len(seq) == 1
        )
        # Every lemma one of the mention's first heads must have for _relation to read a
        # relation from it: the heads of most mentions have none, which one test tells.
        self.relating_lemmas = frozenset().union(
            *(
                lexicon.words.get(name, frozenset())
                for name in (
                    "agent_participles",
                    "suffer_verbs",
                    "accusation_verbs",
                    "target_verbs",
                    "holder_participles",
                )
            )
        )

    # -- who speaks ---------------------------------------------------------------------------
    def is_speaker(self, mention: Span, words: DocWords) -> bool:
        """'selon l'armée malienne', 'a annoncé l'armée', 'l'armée a indiqué que': who reports,
        not who acts."""
        # Read from the parse arrays, not Nodes: asked once per mention of every Doc, and
        # most mentions are no speaker, which the walk up their few heads tells.
        doc = mention.doc
        parse, tokens = doc_parse(doc), doc_tokens(doc)
        texts, pos = tokens.texts, parse.pos
        begin = mention.start
        start = max(parse.sent_starts[begin], begin - _SPEAKER_GAP)
        speaker_cues = self.speaker_cues
        for k in speaker_cues.openings(words, range(start, begin)):
            n = speaker_cues.match_at(words, k, begin)
            if n and not any(texts[j] in _BREAKS or pos[j] in _VERBAL for j in range(k + n, begin)):
                return True
        root = root_node(mention)
        cues = self.speaker_words
        heads, deps, children, folded = parse.heads, parse.deps, parse.children, tokens.folded
        # The walk below stays in the root's sentence (a parse tree): most sentences hold no
        # cue word at all.
        i = root.i
        if not cues.isdisjoint(folded[parse.sent_starts[i] : parse.sent_ends[i]]):
            for _ in range(5):  # the mention's root and its first four ancestors
                if pos[i] in _VERBAL:
                    break
                for c in children[i]:  # folded: fold(text)
                    if deps[c] == "case" and folded[c] in cues:
                        return True  # "selon un bilan communiqué dimanche par la police"
                if heads[i] == i:
                    break
                i = heads[i]
        verb = root.head
        if words.lemmas[verb.i] not in self.reporting_verbs:
            return False
        if root.dep_.startswith("nsubj") or "par" in _cases(root):
            # "le JNIM a revendiqué l'attaque", "l'attaque, revendiquée par le JNIM": who
            # claims a deed did it; who accuses another of it ("le M23 a accusé l'armée
            # d'avoir bombardé ...") did not.
            if self.lexicon.has("accusation_verbs", words.lemmas[verb.i]):
                return True
            return not (_governs_event(verb) or self._announces_own_deed(mention, verb))
        # Inverted subject of an incise: "..., a annoncé l'armée malienne."
        first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        return mention.start > verb.i and first > 0 and texts[first - 1] in {",", "«", "»"}

    # -- roles of one trigger -----------------------------------------------------------------
    def _announces_own_deed(self, mention: Span, verb: Node) -> bool:
        """'la police a annoncé l'arrestation de trois suspects': an armed actor announcing
        an arrest or a capture made it (data/lexicons/own_deed_nouns.txt), unless the text
        names who did ('l'arrestation de quatre passeurs par l'armée')."""
        if actor_kind(mention) not in ARMED_KINDS:
            return False  # "la famille d'un journaliste a annoncé l'arrestation de celui-ci"
        return any(
            c.dep_ == "obj"
            and self.lexicon.has("own_deed_nouns", _lemma(c))
            and not any(fold(t.text) == "par" for t in c.subtree)
            for c in verb.children
        )

    def roles(self, trigger: Trigger, sentence: Sentence) -> Roles:
        words = sentence.words
        memo = sentence.memo  # a mention's description and alliance are the same for all

        def is_party(m: Span) -> bool:
            """Who may take a side: not people of no stated side ('six personnes'), the
            cheap test, nor an actor described in an apposition."""
            return actor_kind(m) != "people" and not _described(
                m, sentence.mentions, self.affiliation_cues
            )

        mentions = [
            m
            for m in sentence.mentions
            if root_node(m).i in trigger.clause and _remembered(memo, "party", m, is_party)
        ]
        if not mentions:
            attributed = self.attributed(trigger, sentence, exclude=None)
            victims = self._victims(trigger, sentence, attributed)  # "a tué six personnes"
            return Roles(actor1=attributed, actor2=victims)
        allies = (
            [m for m in mentions if _remembered(memo, "ally", m, lambda m: self._is_ally(m, words))]
            if self._tells_allies(sentence)
            else []
        )
        # "aux côtés des Unités de protection du peuple (YPG)": the ally named again, by its
        # acronym or another name, is still the ally.
        named_allies = [a for a in allies if not actor_kb(a).get("generic")]
        if named_allies:  # most triggers have no ally named
            allies += [
                m
                for m in mentions
                if m not in allies
                and not actor_kb(m).get("generic")
                and any(same_actor(m, a) for a in named_allies)
            ]
        relations = {id(m): self._relation(m, trigger) for m in mentions if m not in allies}
        pair = (
            _between_pair(mentions, trigger) or _reciprocal_pair(mentions, trigger)
            if trigger.entry.kind in _PAIRED
            else {}
        )
        # "des combats ont éclaté lundi à Rubaya entre l'armée et le M23", however the
        # parser hung the pair: the first side acted, the second was acted upon.
        for m, side in pair.items():
            relations[id(m)] = side
        blamed = self.attributed(trigger, sentence, exclude=None, to_only=True)
        if blamed is not None and blamed in mentions:
            # "l'attaque a été attribuée aux ADF par l'armée": the ADF did it, the army says so
            relations[id(blamed)] = "agent"
            for m in mentions:
                if self._attributes(m):
                    relations[id(m)] = None
        agents = [m for m in mentions if relations.get(id(m)) == "agent"]
        agents = [a for a in agents if not _named_within(a, agents)]
        for m in mentions:
            whole = _whole_of(m, mentions, words) if relations.get(id(m)) == "patient" else None
            if whole is not None and relations.get(id(whole)) is None:
                # "neuf civils, dont trois enfants, ont été tués", however the parser hung
                # it: the whole the part belongs to was hit, as much as the part.
                relations[id(whole)] = "patient"
        patients = [m for m in mentions if relations.get(id(m)) == "patient"]
        # "ont tué huit combattants lors d'une opération contre un repaire du TTP": the TTP
        named = any(actor_kb(p).get("kb_id") and actor_kind(p) in ARMED_KINDS for p in patients)
        patients.sort(
            key=lambda m: (_in_breakdown(m, words), named and _nameless_armed(m), m.start)
        )
        actor1 = agents[0] if agents else None
        # "tués dans des affrontements entre les houthis et les forces progouvernementales":
        # the other side of the pair before the dead of the toll.
        opposite = [p for p in patients if actor1 is not None and self.opposed(actor1, p)]
        actor2 = next((p for p in opposite + patients if not same_actor(p, actor1)), None)
        if actor2 is None and actor1 is not None and "entre" in _cases(root_node(actor1)):
            # "des affrontements entre l'armée et les FSR": the second side is actor2.
            actor2 = next((m for m in mentions if _coordinated(m, actor1)), None)
        if actor2 is None:
            actor2 = self._victims(trigger, sentence, actor1)
        holders = [m for m in mentions if relations.get(id(m)) == "holder"]
        holders = [h for h in holders if not _named_within(h, holders)]
        holder = next((h for h in holders if not same_actor(h, actor1)), None)
        if actor2 is None:
            actor2 = holder
        elif (
            holder is not None
            and _nameless_armed(actor2)
            and actor_kb(holder).get("kb_id")
            and actor_kind(holder) in ARMED_KINDS
        ):
            # "ont tué dix-sept assaillants ... dans la forêt de Serma, sanctuaire de la
            # katiba Serma": the nameless dead are of the group named as holding the place
            actor2 = holder
        if actor2 is None and trigger.entry.kind in _TERRITORIAL:
            # "sont entrés dans Uvira après le retrait des FARDC": who left
            actor2 = next(
                (m for m in mentions if self._withdrew(m) and not same_actor(m, actor1)), None
            )
        if actor1 is None:
            actor1 = self.attributed(trigger, sentence, exclude=actor2)
        if actor1 is None:
            # Not one listed with the side acted upon ('les soldats tchadiens et les militaires
            # nigériens ont repoussé ...').
            beside = self._side(actor2, mentions, [], exclude=None) if actor2 is not None else ()
            actor1 = self._before(trigger, mentions, [*allies, *beside], actor2)
        if actor1 is None and actor2 is not None and trigger.entry.kind in _FIGHTS:
            # "l'armée a repoussé une attaque contre son détachement, neutralisant plusieurs
            # dizaines de terroristes": the other armed side the sentence names fought it.
            beside = self._side(actor2, mentions, [], exclude=None)
            dead_side = _among_dead(actor2, sentence)
            actor1 = next(
                (
                    m
                    for m in mentions
                    if (
                        relations.get(id(m)) is None
                        # "quatre soldats ont été tués lors de combats contre les
                        # jihadistes": the dead fought the side the fight was against
                        or (relations.get(id(m)) == "patient" and dead_side)
                    )
                    and m not in allies
                    and m not in beside
                    and actor_kind(m) in ARMED_KINDS
                    and not same_actor(m, actor2)
                ),
                None,
            )
        if actor1 is not None:
            actor1 = _head_of_list(actor1, mentions)  # "Al-Nosra, Jound al-Aqsa et Ahrar..."
        if actor1 is not None and same_actor(actor1, actor2):
            actor2 = None
        if actor2 is not None and not holds_territory(trigger, actor2):
            actor2 = None
        if (
            actor1 is not None
            and actor2 is not None
            and actor2 in self._side(actor1, mentions, allies, exclude=None)
            and not self.opposed(actor1, actor2)
            and not (actor1 in pair and actor2 in pair)
            # "six soldats et deux jihadistes ont été tués lors d'un accrochage": the dead of
            # both sides, not allies.
            and not relations.get(id(actor1)) == relations.get(id(actor2)) == "patient"
        ):
            actor2 = None  # listed with actor1 ("Al-Nosra, Jound al-Aqsa et ..."): its ally
        assoc1 = self._side(actor1, mentions, allies, exclude=actor2)
        # Two subjects the parser did not coordinate ('les forces irakiennes et les peshmergas
        # ont lancé'): each agent of the trigger acts with actor1.
        for agent in agents:
            if actor1 is None or not _co_subject(agent, actor1):
                continue
            if not (
                agent is actor1
                or agent in assoc1
                or same_actor(agent, actor1)
                or same_actor(agent, actor2)
                or agent is actor2
                or actor_kind(agent) not in ARMED_KINDS  # "confirmée par des habitants"
            ):
                assoc1 = tuple(sorted((*assoc1, agent), key=lambda m: m.start))
        assoc2 = self._side(actor2, mentions, [], exclude=actor1)
        # Allies cued for the defenders ("les positions des rebelles, soutenus par la Turquie").
        for ally in allies:
            if actor2 is not None and _modifies(ally, actor2) and ally not in assoc2:
                assoc2 = (*assoc2, ally)
            elif any(
                _modifies(ally, other) and other is not actor1 and other not in assoc1
                for other in sentence.mentions
                if other is not ally and other not in allies
            ):
                continue  # "des miliciens de la BGF alliée à la junte": another's ally
            elif not same_actor(ally, actor1) and not any(
                ally is a or same_actor(ally, a) for a in assoc1
            ):
                assoc1 = (*assoc1, ally)  # once: 'le Département ... (DSS)' is one ally
        if actor1 is None and assoc1:
            actor1, assoc1 = assoc1[0], assoc1[1:]
        return Roles(actor1, assoc1, actor2, assoc2)

    def _tells_allies(self, sentence: Sentence) -> bool:
        """The sentence holds an ally cue ('appuyées par', 'aux côtés de') or an ally verb,
        without which none of its mentions is an ally (_is_ally reads both inside the
        mention's sentence): asked once per sentence, as most hold neither."""
        key = ("tells allies", -1)  # the sentence itself, not one of its mentions
        found = sentence.memo.get(key)
        if found is None:
            words, tokens = sentence.words, sentence.tokens
            cued = self.ally_cues.any_in(words, tokens)
            found = sentence.memo[key] = cued or not self.ally_verbs.isdisjoint(
                words.lemmas[tokens.start : tokens.stop]
            )
        return found

    def _is_ally(self, mention: Span, words: DocWords) -> bool:
        # Read from the parse arrays, not Nodes: asked once per mention of a sentence that
        # tells an event, and most mentions are no ally.
        doc = mention.doc
        parse, texts = doc_parse(doc), doc_tokens(doc).texts
        pos, heads, deps = parse.pos, parse.heads, parse.deps
        root = root_node(mention)
        # "appuyés par des forces de la Mission de l'Union africaine (AUSSOM)": an acronym in
        # brackets stands where the name it abbreviates begins.
        begin = mention.start
        if begin > 0 and texts[begin - 1] == "(" and root.dep_ == "appos":
            begin = min(begin, root.head.token.left_edge.i)
        start = max(parse.sent_starts[mention.start], begin - _ALLY_GAP - 6)
        for k in self.ally_cues.openings(words, range(start, begin)):
            n = self.ally_cues.match_at(words, k, begin)
            # "aux côtés des forces kurdes des Unités de protection du peuple"
            if (
                n
                and begin - (k + n) <= _ALLY_GAP
                and all(
                    pos[t] in {"ADP", "DET", "NOUN", "ADJ"} or texts[t] in {"'", "-"}
                    for t in range(k + n, begin)
                )
            ):
                return True
        ally_verbs = self.ally_verbs
        i = root.i
        for _ in range(3):  # the mention's root and its first two ancestors
            head = heads[i]
            if (
                deps[i] in {"obl:agent", "obl", "obl:arg"}
                and words.lemmas[head] in ally_verbs
                and deps[head] in {"acl", "advcl", "amod", "conj"}
            ):
                return True
            if head == i:
                break
            i = head
        return False

    def attributed(
        self, trigger: Trigger, sentence: Sentence, *, exclude: Span | None, to_only: bool = False
    ) -> Span | None:
        """'..., a indiqué l'armée israélienne, qui a attribué le tir au Hezbollah', 'une attaque
        attribuée aux jihadistes du JNIM', 'l'attentat a été revendiqué par les shebab': the
        actor a deed is attributed to in the sentence, whichever clause says so."""
        for mention in sentence.mentions:
            if mention is exclude:
                continue
            noun = root_node(mention)
            if not to_only and actor_kind(mention) in ARMED_KINDS and self._accused(mention):
                # "Les autorités accusent le front Jaime Martínez", "..., selon des sources
                # locales, qui accusent des VDP": whom the deed is charged to.
                return mention
            if not to_only and self._claims(noun, trigger):
                return mention  # "Les shebab ont revendiqué ces tirs"
            # "attribuée aux jihadistes du JNIM": the name inside the noun the case governs
            if noun.dep_ == "nmod" and not _cases(noun) & _TO_OR_BY:
                noun = noun.head
            cases = _cases(noun)
            if cases & _TO:
                # "a attribué le tir au Hezbollah", hung on the verb or on the noun
                verbs, weapon = [noun.head, noun.head.head], True
            elif "par" in cases and noun.dep_ in {"obl:agent", "obl"} and not to_only:
                # "L'attaque a été revendiquée par une faction des TTP"; not "des drones
                # lancés par les forces russes", abattus by someone else.
                verbs, weapon = [noun.head], False
            else:
                continue
            for verb in verbs:
                if not self.lexicon.has("agent_participles", _lemma(verb)):
                    continue
                deeds = [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"}]
                if verb.dep_ == "acl":
                    deeds.append(verb.head)  # "une attaque attribuée aux shebab"
                if any(self._names_the_deed(c, trigger, weapon=weapon) for c in deeds):
                    return mention
        return None

    def _claims(self, noun: Node, trigger: Trigger) -> bool:
        """The mention is the subject of a claim whose object names the deed ('les shebab
        ont revendiqué ces tirs', 'le Hezbollah a revendiqué l'attaque')."""
        verb = noun.head
        return (
            noun.dep_ == "nsubj"
            and self.lexicon.has("claim_verbs", _lemma(verb))
            and any(
                c.dep_ == "obj" and self._names_the_deed(c, trigger, weapon=False)
                for c in verb.children
            )
        )

    def _accused(self, mention: Span) -> bool:
        """The mention is the object of an accusation ('accusent le front X', 'qui accusent
        des chasseurs dozos', the parser reading "des" as "de les"); its first word is read
        too when the parser broke the name apart."""
        for noun in (root_node(mention), _first_node(mention)):
            if (
                (noun.dep_ == "obj" or (noun.dep_ == "obl:arg" and _cases(noun) <= _PARTITIVE))
                and self.lexicon.has("accusation_verbs", _lemma(noun.head))
                and noun.head.i < noun.i
            ):
                return True
        return False

    def _withdrew(self, mention: Span) -> bool:
        """'après le retrait des FARDC', 'après le départ des rebelles du CSP', 'obligeant
        l'armée à se retirer', 'les soldats se sont repliés'."""
        root = root_node(mention)
        for token in (root, root.head):
            head = token.head
            if token.dep_ == "nmod" and self.lexicon.has("withdrawal_nouns", _lemma(head)):
                return True
        if root.dep_ == "nsubj" and self.lexicon.has("flight_verbs", _lemma(root.head)):
            return True
        return root.dep_ == "obj" and any(
            c.dep_ == "xcomp" and self.lexicon.has("flight_verbs", _lemma(c))
            for c in root.head.children
        )

    def _attributes(self, mention: Span) -> bool:
        """The mention is who attributes a deed ('attribuée aux ADF par l'armée')."""
        root = root_node(mention)
        return (
            root.dep_.startswith("obl")
            and "par" in _cases(root)
            and self.lexicon.has("attribution_verbs", _lemma(root.head))
        )

    def _names_the_deed(self, noun: Node, trigger: Trigger, *, weapon: bool = True) -> bool:
        """The object of an attribution names the event ('le tir', 'l'attaque', 'la frappe'):
        the trigger itself, a word of its family, or a weapon."""
        if noun.i in range(trigger.span.start, trigger.span.end):
            return True
        lemma = _lemma(noun)
        if any(lemma == seq[0] for seq in trigger.entry.sequences) or lemma in self.fight_words:
            return True
        if self.lexicon.has("deed_nouns", lemma):
            return True  # "a attribué l'attentat au TTP", whatever the event's type
        if not weapon:
            return False
        words = DocWords.of(trigger.span.doc)
        return self.lexicon.phrases("weapon_words").match_at(words, noun.i) > 0

    def _stronghold_of(self, chain: list[Node], trigger: Trigger) -> bool:
        """The mention names whose stronghold the place after the trigger is ('Kidal,
        bastion des rebelles touareg du CSP', 'Lashio, fief de la MNDAA')."""
        for token in chain[:3]:
            head = token.head
            if (
                token.dep_ == "nmod"
                and _cases(token) & OF_WORDS
                and head.i >= trigger.span.end
                and self.lexicon.has("stronghold_nouns", _lemma(head))
            ):
                return True
        return False

    def _holds_where(self, mention: Span, trigger: Trigger, root: Node) -> bool:
        """The mention is who held out where the event took place, in a relative clause
        after the trigger: 'Tadamoun, dernier secteur où les insurgés résistaient', 'Zouhour,
        où des détenus évadés se sont retranchés'. `root`: the mention's root."""
        noun = root
        if noun.dep_ in {"nmod", "amod"} and noun.head.dep_ in _SUBJECTS:
            noun = noun.head  # "où les rebelles du M23", "où des unités ukrainiennes"
        verb = noun.head
        if not (noun.dep_ in _SUBJECTS and verb.i > trigger.span.end):
            return False  # most mentions: the words before them need no reading
        nodes = doc_nodes(mention.doc)
        before = min(mention.start, noun.i) - 1
        while before > 0 and nodes[before].pos_ == "DET":
            before -= 1
        return (
            before > trigger.span.end
            and fold(nodes[before].text) == "ou"  # however the parser hung "où"
            and self.lexicon.has("holder_participles", _lemma(verb))
        )

    def _held_by_words(self, mention: Span, trigger: Trigger, root: Node) -> bool:
        """'la ville ... tenue depuis août par les forces ukrainiennes', when the parser read
        the participle as something else: a holder participle shortly before 'par X'.
        `root`: the mention's root."""
        if mention.start <= trigger.span.end or "par" not in _cases(root):
            return False  # nothing to read between the trigger and the mention, or no 'par'
        nodes = doc_nodes(mention.doc)
        for token in nodes[max(trigger.span.end, mention.start - 6) : mention.start]:
            if any(self.lexicon.has("holder_participles", form) for form in _verb_forms(token)):
                return True
        return False

    def _relation(self, mention: Span, trigger: Trigger) -> str | None:
        """'agent', 'patient' or None: how the mention relates to the trigger in the parse."""
        pred = root_node(trigger.span)
        words_lemma = self.lexicon
        root = root_node(mention)
        chain = [root, *root.ancestors]
        # Whether the trigger is undergone is asked last: few mentions are its subject.
        if any(t.dep_ == "nsubj" and t.head.i == pred.i for t in chain[:4]) and undergone(pred):
            return "patient"  # "le chef d'un groupe armé s'est fait arrêter par la police"
        # Attribution through a participle: "une frappe attribuée à l'armée", "l'attaque,
        # revendiquée par le JNIM", "des drones lancés par l'armée russe".
        for k, token in enumerate(chain[1:4], start=1):
            below, lemma = chain[k - 1], _lemma(token)
            if lemma not in self.relating_lemmas:
                continue  # none of the tests below holds
            if (
                words_lemma.has("agent_participles", lemma)
                and _cases(below) & {"par", "a"}
                and (pred in token.ancestors or token in pred.subtree or token.head == pred.head)
            ):
                # Who fired what was shot down is the side acted upon ('a intercepté un
                # missile tiré par les houthis').
                return "patient" if trigger.entry.kind == "disrupted" else "agent"
            if (
                words_lemma.has("suffer_verbs", lemma)
                and "par" in _cases(below)
                and token.i != pred.i
                and token.i > trigger.span.start
            ):
                # "ont attaqué El-Obeid avant d'être repoussées par l'armée": who repelled
                # the attack was attacked.
                return "patient"
            if words_lemma.has("accusation_verbs", lemma) and below.dep_ == "obj":
                return "agent"  # "Bakou a accusé les forces arméniennes d'avoir bombardé"
            if (
                words_lemma.has("target_verbs", lemma)
                and below.dep_ in {"obj", "obl:arg"}
                and token.i > trigger.span.start
                and token.i != pred.i
            ):
                return "patient"  # "des raids sur Idleb, ciblant des dépôts des groupes ..."
            if (
                words_lemma.has("holder_participles", lemma)
                and "par" in _cases(below)
                and token.i > trigger.span.start
            ):
                return "holder"  # "les localités ..., tenues par des rebelles"
        if self._held_by(mention, trigger):
            return "holder"  # "El-Facher, capitale du Darfour-Nord tenue par l'armée"
        if self._held_by_words(mention, trigger, root):
            return "holder"
        if self._holds_where(mention, trigger, root):
            return "holder"  # "le quartier de Tadamoun, où les insurgés résistaient"
        if self._owns_the_target(chain, trigger, pred):
            return "patient"  # "l'attaque d'un poste de police": whose post was hit
        if self._owns_the_object(chain, trigger, pred):
            # "s'est emparée d'une base militaire de la junte": whose base was taken or hit
            return "holder" if trigger.entry.kind in _TERRITORIAL else "patient"
        found = self._from_parse(mention, trigger, chain, pred)
        if found is not None:
            return found
        if trigger.entry.kind in _TERRITORIAL | _FIGHTS and self._stronghold_of(chain, trigger):
            return "holder"  # "ont repris Wad Madani, fief des FSR"
        return self._from_surface(mention, trigger, pred)

    def _owns_the_object(self, chain: list[Node], trigger: Trigger, pred: Node) -> bool:
        """The mention owns ('de') a post, base or camp (lexicons/installation_nouns.txt) that
        is an object or oblique of the trigger verb itself: 's'est emparée d'une base
        militaire de la junte', 'ont attaqué un poste de la police'. `pred`: the trigger's
        root."""
        return (
            pred.pos_ == "VERB"
            and len(chain) > 2
            and chain[2].i == pred.i
            and chain[1].pos_ == "NOUN"
            and chain[1].dep_ in {"obj", "obl", "obl:mod", "obl:arg"}
            and self.lexicon.has("installation_nouns", _lemma(chain[1]))
            and bool(_cases(chain[0]) & OF_WORDS)
        )

    def _owns_the_target(self, chain: list[Node], trigger: Trigger, pred: Node) -> bool:
        """Under an attack noun, the mention is the owner ('de') of a post, base or camp
        (lexicons/installation_nouns.txt) that hangs below the trigger: 'l'attaque au drone
        d'un poste de police', 'l'attaque d'une base de l'armée malienne'. `pred`: the
        trigger's root."""
        if pred.pos_ != "NOUN" or trigger.entry.kind in _TERRITORIAL:
            return False
        for k in range(1, min(len(chain), 4)):
            token = chain[k]
            if token.i == pred.i:
                return False
            if (
                token.pos_ == "NOUN"
                and self.lexicon.has("installation_nouns", _lemma(token))
                and _cases(chain[k - 1]) & OF_WORDS
                and pred in token.ancestors
            ):
                return True
        return False

    def _held_by(self, mention: Span, trigger: Trigger) -> bool:
        """'tenue par X', 'contrôlée par X' right before the mention, after the trigger,
        whatever the parser hung X on."""
        if mention.start - 2 < trigger.span.end:
            return False  # no room for 'tenue par' between the trigger and the mention
        nodes = doc_nodes(mention.doc)
        k = mention.start - 1
        while k > trigger.span.end and fold(nodes[k].text) in _DETERMINERS:
            k -= 1
        return (
            k - 1 >= trigger.span.end
            and fold(nodes[k].text) == "par"
            and self.lexicon.has("holder_participles", _lemma(nodes[k - 1]))
        )

    def _from_parse(
        self, mention: Span, trigger: Trigger, chain: list[Node], pred: Node
    ) -> str | None:
        """`chain`: the mention's root and its ancestors; `pred`: the trigger's root."""
        root = chain[0]
        if self._fought(chain, pred):
            return "patient"  # "se sont emparés de Rubaya après des combats avec l'armée"
        sides = self._sides_of(root, pred)
        if sides is not None:
            return sides  # "entre l'armée et les FSR", "ont opposé l'armée et les FSR"
        for verb in (pred, pred.head):
            opposing = self.lexicon.has("opposing_verbs", _lemma(verb))
            if not (opposing and root in verb.subtree):
                continue
            # "des affrontements ont opposé l'armée à la KIA", "... des rebelles aux
            # jihadistes de l'EI": the side after "à", named in the word hung on the verb.
            # The parser often hangs "aux jihadistes" on the first side rather than the verb,
            # and may break a long name apart ("Jaïch Khaled ben al-Walid"): its first word's
            # path is read too.
            first = _first_node(mention)
            for path in (chain, [first, *first.ancestors]):
                below = path[: next((k for k, t in enumerate(path) if t.i == verb.i), len(path))]
                if any(_cases(t) & _TO and t.i > verb.i for t in below):
                    return "patient"
        if any(
            self._object_of_hostile(chain[k - 1], chain[k])
            and pred in chain[k].ancestors
            # "ont pris Gajiram et enlevé 23 civils": who was taken away did not hold the town
            and not (trigger.entry.kind in _TERRITORIAL and chain[k].dep_ == "conj")
            for k in range(1, min(len(chain), 4))
        ):
            return "patient"  # "a pris Lalibela après avoir chassé les soldats de l'armée"
        for token in chain[:3]:
            if token.i == pred.i:
                break
            if pred.pos_ in _VERBAL and _cases(token) & _AGAINST and pred in token.ancestors:
                # "a fait exploser une voiture piégée contre un barrage des peshmergas": what
                # the weapon was aimed at, however the parser hung it; not what a clause set
                # off to describe someone tells ("un chef de guerre, recherché pour des
                # exactions contre des civils").
                ancestors = token.ancestors
                path = ancestors[: next(k for k, a in enumerate(ancestors) if a == pred)]
                if not any(_detached_clause(a) for a in path):
                    return "patient"
        for token in chain:
            if token.i == pred.i:
                return None  # the mention is inside the trigger phrase
            if token.head.i == pred.i and token.i != pred.i:
                if (
                    token.i != root.i
                    and self.lexicon.has("suffer_verbs", _lemma(pred))
                    and fold(token.lemma_) in self.fight_words
                    and _cases(chain[chain.index(token) - 1]) & OF_WORDS
                ):
                    return "agent"  # "ont repoussé une attaque de Boko Haram": the attackers
                if (
                    token.i != root.i
                    and trigger.entry.kind in _TERRITORIAL
                    and token.dep_ in {"obj", "obl:arg"}
                    # not the object of a verb hung there ("de Rubaya et tué six civils")
                    and not any(t.pos_ == "VERB" for t in chain[: chain.index(token)])
                ):
                    return "patient"  # "se sont emparées du quartier général de l'armée"
                return self._to_predicate(token, trigger, pred)
            if _after_a_day(token, pred):
                # "a attaqué samedi des positions du JNIM": the parser hung the object on
                # the day; it is the verb's.
                if self.lexicon.has("opposing_verbs", _lemma(pred)):
                    return "patient" if _cases(token) & _TO else "agent"
                if pred.pos_ in _VERBAL and not _cases(token) - OF_WORDS:
                    return "patient"
                return self._to_predicate(token, trigger, pred)
            if token.dep_ in _RELATIVE and token.head.i != pred.i:
                break  # "les villages ..., où s'entassent des familles": not the target
        controller = _controller(pred)
        if controller is not None:
            for token in chain:
                if token.head.i == controller.i and token.dep_ in _SUBJECTS:
                    # "l'armée a affirmé avoir repris", "a lancé ... pour reprendre", "dix
                    # insurgés ont été tués après avoir attaqué": who does the infinitive's deed;
                    # "l'armée a affirmé avoir repoussé une attaque": who suffered it.
                    return "patient" if self.lexicon.has("suffer_verbs", _lemma(pred)) else "agent"
        if pred.pos_ not in _VERBAL and pred.head.i != pred.i:
            top = pred
            while (
                top.head.i != top.i and top.head.pos_ == "NOUN" and _lemma(top.head) in _QUANTITIES
            ):
                top = top.head  # "ont mené des dizaines de raids"
            governor = top.head
            subject = _subject_of(governor)
            if subject is not None and subject.i in {t.i for t in chain}:
                # "l'armée a affirmé avoir tué ... en repoussant une attaque": the subject
                # of the verb that governs the attack noun.
                suffers = self.lexicon.has("suffer_verbs", _lemma(governor))
                if top.dep_ in {"obj", "obl:arg"} or suffers:
                    return "patient" if suffers else "agent"
            if top.dep_ == "nsubj" and self.lexicon.has("opposing_verbs", _lemma(governor)):
                token = next((t for t in chain if t.head.i == governor.i), None)
                if token is not None and token.dep_ == "obj":
                    return "agent"  # "des combats ont opposé l'armée aux FSR"
            for token in chain:
                if token.head.i == governor.i and token.i != top.i:
                    return self._to_governor(token, top, governor)
        return None

    def _sides_of(self, root: Node, pred: Node) -> str | None:
        """The two sides of 'entre X et Y' or 'opposer X et Y' said of the trigger `pred`
        (or the verb above it): X the agent, Y the patient."""
        first = root.head if root.dep_ == "conj" else root
        if first.head.i not in {pred.i, pred.head.i}:
            return None  # "malgré la trêve entre Israël et le Hezbollah": another noun's
        if "entre" in _cases(first) or (
            first.dep_ == "obj" and self.lexicon.has("opposing_verbs", _lemma(first.head))
        ):
            if first is root:
                return "agent" if "entre" in _cases(root) else None
            return "patient"
        return None

    def opposed(self, one: Span, other: Span) -> bool:
        """`one` and `other` are the two sides of 'entre X et Y' or 'opposer X et Y'."""
        a, b = sorted((root_node(one), root_node(other)), key=lambda t: t.i)
        return b.dep_ == "conj" and b.head.i == a.i and self._sides_of(b, a.head) == "patient"

    def _object_of_hostile(self, below: Node, verb: Node) -> bool:
        """`below` is the object of a hostile verb subordinate to the trigger ('après avoir
        chassé les soldats', 'en attaquant les positions de')."""
        return (
            verb.pos_ == "VERB"
            and below.dep_ == "obj"
            and fold(verb.lemma_) in self.hostile_verbs
            and fold(below.lemma_) not in self.fight_words  # "repoussé une attaque des X"
        )

    def _fought(self, chain: list[Node], pred: Node) -> bool:
        """The mention (chain[0] and its ancestors) is the other side of a fight noun below
        the trigger: 'se sont emparés de Rubaya après des combats avec l'armée', 'ont conquis
        le district après des combats acharnés contre les forces afghanes'."""
        for k, token in enumerate(chain[1:4], start=1):
            if token.i == pred.i:
                return self._fought_before(chain[0])
            if (
                token.pos_ == "NOUN"
                and fold(token.lemma_) in self.fight_words
                and pred in token.ancestors
                and any(_cases(below) & {"avec", "contre"} for below in chain[:k])
            ):
                return True
        return False

    def _fought_before(self, mention: Node) -> bool:
        """The parser hung the mention on the trigger, but the words before it say it fought:
        'après deux jours de combats avec les SSPDF'."""
        folded = doc_tokens(mention.token.doc).folded
        k = word_before(folded, mention.i, _ARTICLES_BEFORE)
        if k < 1 or folded[k] not in {"avec", "contre"}:
            return False
        return fold(doc_nodes(mention.token.doc)[k - 1].lemma_) in self.fight_words

    def _from_surface(self, mention: Span, trigger: Trigger, pred: Node) -> str | None:
        """The parse said nothing: the preposition before the mention does ('contre les
        rebelles', 'par des hommes armés', 'reprise aux jihadistes', 'l'attaque des gangs').
        `pred`: the trigger's root."""
        doc = mention.doc
        nodes = doc_nodes(doc)
        k = mention.start - 1
        while k > trigger.span.start and fold(nodes[k].text) in _DETERMINERS:
            k -= 1
        if k > trigger.span.end and nodes[k].pos_ == "NOUN" and doc[k].is_lower:
            k -= 1  # "du groupe Azande Ani Kpi Gbe", "de la milice Wagner"
            while k > trigger.span.end and nodes[k].pos_ == "DET":
                # "contre des chars syriens": the noun's article, not 'de' + 'les'
                k -= 1
        word = fold(nodes[k].text).replace("’", "'") if k >= 0 else ""
        for _ in range(2):
            if not (word in OF_WORDS and k - 1 >= trigger.span.end and nodes[k - 1].pos_ == "NOUN"):
                break
            # The name is the complement of a noun: "aux rebelles du CSP", "contre les
            # combattants du M23", "aux miliciens du groupe Azande": the noun's preposition.
            k -= 2
            while k > trigger.span.start and fold(nodes[k].text) in _DETERMINERS:
                k -= 1
            word = fold(nodes[k].text).replace("’", "'") if k >= 0 else ""
        kind = trigger.entry.kind
        after = mention.start >= trigger.span.end
        if any(
            self.lexicon.has("opposing_verbs", _lemma(verb)) and mention.start > verb.i
            for verb in (pred, pred.head)
        ):
            # "des combats ont opposé dimanche les FSR aux forces armées": the first side
            # follows the verb, the other comes after 'à'.
            return "patient" if word in _TO else "agent"
        if (
            word == "et"
            and after
            and any(
                fold(nodes[j].text) == "entre"
                for j in range(max(trigger.span.end, k - 8), min(k, trigger.span.end + 2))
            )
        ):
            return "patient"  # "des affrontements entre les FSR et l'armée"
        if (
            word == "contre"
            and after
            and trigger.entry.event_type != "Protests"
            and not _in_description(mention, pred)
        ):
            return "patient"
        if word == "par" and after:
            return "agent"
        if word in _TO and after and (kind in _TERRITORIAL or kind in _FIGHTS):
            return "patient"
        if (
            word in OF_WORDS
            and pred.pos_ not in _VERBAL
            and kind not in _TERRITORIAL
            and 0 <= k - trigger.span.end <= 1
        ):
            return "agent"  # "l'attaque des gangs", "les frappes de l'aviation russe"
        return None

    def _to_predicate(self, token: Node, trigger: Trigger, pred: Node) -> str | None:
        dep, cases = token.dep_, _cases(token)
        kind = trigger.entry.kind
        # "avoir « neutralisé » une trentaine de jihadistes": a participle in quotes the
        # tagger took for an adjective is a verb still, its auxiliary says so
        verbal = pred.pos_ in _VERBAL or any(c.dep_.startswith("aux") for c in pred.children)
        if verbal:
            if dep == "nsubj:pass":
                # "les FSR se sont emparées": a reflexive verb read as a passive.
                reflexive = pronominal(pred)
                # "les rebelles sont entrés dans Uvira": 'être' is the tense, not a passive.
                active = reflexive or self.lexicon.has("etre_verbs", _lemma(pred))
                if not active and self.lexicon.has("suffer_verbs", _lemma(pred)):
                    return "agent"  # "les assaillants ont été repoussés": they attacked
                return "agent" if active else "patient"
            if dep == "nsubj":
                # Not "passive" from an 'être' auxiliary: 'sont entrés', 'sont tombés'.
                return "patient" if self.lexicon.has("suffer_verbs", _lemma(pred)) else "agent"
            if dep == "obl:agent" or "par" in cases:
                # "repoussés par l'armée": who repelled the attack was attacked
                return "patient" if self.lexicon.has("suffer_verbs", _lemma(pred)) else "agent"
            if dep == "obj" and self.lexicon.has("opposing_verbs", _lemma(pred)):
                return "agent"  # "des combats ont opposé l'armée aux rebelles"
            if dep in {"obj", "iobj"}:
                return "patient"
            if (
                dep == "obl:mod"
                and not cases
                and token.i > pred.i
                and any(fold(c.text) in _DESCRIPTION_OPENERS for c in token.children)
            ):
                # "ont arrêté à Bossangoa, dans l'Ouham, un chef de guerre de la CPC": an
                # object the parser hung as a modifier after the place phrases
                return "patient"
            if cases & _AGAINST:
                return "patient"
            if cases & _TO and (kind in _TERRITORIAL or kind in _FIGHTS):
                return "patient"
            if "avec" in cases and kind in _FIGHTS:
                return "patient"
            if "entre" in cases:
                return "agent"
            if (
                dep == "obl:arg"
                and cases <= _PARTITIVE
                and token.i > pred.i
                and kind not in _TERRITORIAL
                and not self.lexicon.has("suffer_verbs", _lemma(pred))
            ):
                # "ont frappé mardi des positions des houthis": an object whose partitive
                # article the parser read as the preposition 'de'.
                return "patient"
            return None
        # A noun: "les frappes de l'aviation russe", "l'offensive contre l'EI", "frappes russes".
        if dep == "amod":
            return "agent"
        if cases & _AGAINST:
            return "patient"
        if "par" in cases or "entre" in cases:
            return "agent"
        if cases & OF_WORDS and kind not in _TERRITORIAL:
            return "agent"
        if "avec" in cases and kind in _FIGHTS:
            return "patient"
        return None

    def _to_governor(self, token: Node, top: Node, governor: Node) -> str | None:
        """The trigger is a noun governed by a verb: 'l'armée a lancé une offensive', 'les
        soldats sont tombés dans une embuscade', 'une frappe a touché des positions de X'.
        `top` is the trigger noun, or the noun of quantity above it ('des dizaines de
        raids')."""
        dep, cases = token.dep_, _cases(token)
        suffers = self.lexicon.has("suffer_verbs", _lemma(governor))
        if cases & _AGAINST and token.i > top.i:
            return "patient"  # "une vague de frappes contre les rebelles houthis"
        if top.dep_ in {"obj", "obl", "obl:arg", "obl:mod", "nmod"}:
            if dep == "nsubj":
                # "ont mené samedi soir une vague de frappes": the object the parser hung
                # elsewhere after a day; a verb of carrying out makes its subject the actor.
                conducts = self.lexicon.has("agent_participles", _lemma(governor))
                return "patient" if suffers or not (top.dep_ == "obj" or conducts) else "agent"
            if dep == "nsubj:pass":
                return "patient"
            if dep == "obl:agent" or "par" in cases:
                return "agent"
            return None
        if top.dep_ in {"nsubj", "nsubj:pass"}:
            if dep in {"obj", "iobj"} or cases & (_AGAINST | _TO):
                return "patient"
            if dep == "obl:agent" or "par" in cases:
                return "agent"
        return None

    def _victims(self, trigger: Trigger, sentence: Sentence, actor1: Span | None) -> Span | None:
        """The group of those killed, wounded or taken in the sentence ('onze soldats maliens
        ont été tués', 'quatorze villageois'), unless they are the actor's own losses. People
        of no stated side ('six personnes', 'un homme') name no group: the role stays empty
        rather than guessed."""
        for casualty in sentence.casualties:
            if _told_before(casualty, trigger):
                continue
            data: dict = span_value(casualty, "casualty") or {}  # type: ignore[assignment]
            if data.get("status") not in {"killed", "wounded"}:
                continue
            if not data.get("victims_span"):
                among = self._among(sentence, casualty, actor1)
                if among is not None:
                    return among
                continue
            start, end = data["victims_span"]
            inside = [
                m
                for m in sentence.mentions
                if start <= m.start_char
                and m.end_char <= end
                and not same_actor(m, actor1)
                and actor_kind(m) != "people"
                and not _own_losses(m, actor1)
            ]
            if inside:
                return inside[0]
            named = self._breakdown_civilians(sentence, end) or self._identified(
                sentence, casualty.doc.char_span(start, end, alignment_mode="expand"), actor1
            )
            if named is not None:
                return named
        return None

    def _identified(
        self, sentence: Sentence, victims: Span | None, actor1: Span | None
    ) -> Span | None:
        """'deux hommes présentés comme des membres du PKK', 'trois hommes décrits comme des
        jihadistes du JNIM': the armed group the victims are said to belong to, after a verb
        of identifying hung on them (data/lexicons/identification_verbs.txt) and 'comme'."""
        if victims is None:
            return None
        parse, words = doc_parse(victims.doc), sentence.words
        head = victims.root.i
        end = min(head + _IDENTIFIED_REACH, sentence.span.end)
        said = next(
            (
                k
                for k in range(head + 1, end)
                if parse.heads[k] == head
                and parse.deps[k].startswith("acl")
                and self.lexicon.has("identification_verbs", words.lemmas[k])
            ),
            None,
        )
        if said is None:
            return None
        comme = next((k for k in range(said + 1, end) if words.texts[k] == "comme"), None)
        if comme is None:
            return None
        return next(
            (
                m
                for m in sentence.mentions
                if comme < m.start <= comme + _IDENTIFIED_REACH
                and actor_kind(m) in ARMED_KINDS
                and not same_actor(m, actor1)
            ),
            None,
        )

    def _among(self, sentence: Sentence, casualty: Span, actor1: Span | None) -> Span | None:
        """'onze morts parmi les civils', 'douze morts parmi les soldats', 'huit morts parmi
        les combattants du M23': the group the dead were counted among, named in the few
        nouns after 'parmi'."""
        words, pos = sentence.words.texts, doc_parse(casualty.doc).pos
        start = casualty.end + 1
        if start >= sentence.span.end or words[start - 1] != "parmi":
            return None
        end = start
        while end < min(start + 5, sentence.span.end) and pos[end] in _GROUP_WORDS:
            end += 1
        return next(
            (
                m
                for m in sentence.mentions
                if start <= m.start < end
                and not same_actor(m, actor1)
                and actor_kind(m) != "people"
                and not _own_losses(m, actor1)
            ),
            None,
        )

    def _breakdown_civilians(self, sentence: Sentence, end: int) -> Span | None:
        """'46 personnes, pour la plupart des femmes et des enfants', 'neuf personnes, dont
        quatre enfants': people counted whose breakdown names civilians are civilians."""
        doc = sentence.span.doc
        for mention in sentence.mentions:
            if actor_kind(mention) != "civilians" or not 0 <= mention.start_char - end <= 40:
                continue
            between = doc.char_span(end, mention.start_char, alignment_mode="expand")
            words = {fold(t.text) for t in between} if between is not None else set()
            verbal = between is not None and any(t.pos_ in _VERBAL for t in between)
            if words & _BREAKDOWN_CUES and not verbal:
                return mention
        return None

    def _before(
        self, trigger: Trigger, mentions: list[Span], allies: list[Span], actor2: Span | None
    ) -> Span | None:
        """No agent in the parse: the first armed actor named before the trigger in its
        clause, as a subject is, not after a preposition ('Les jihadistes, arrivés à moto,
        ont ouvert le feu...')."""
        doc = trigger.span.doc
        nodes = doc_nodes(doc)
        for mention in mentions:
            if mention.start >= trigger.span.start or mention in allies or mention is actor2:
                continue
            if _in_breakdown(mention, DocWords.of(doc)):
                continue  # "onze soldats, dont deux officiers, ont été tués": the victims
            if actor_kind(mention) not in ARMED_KINDS:
                continue
            k = mention.start - 1
            while k >= 0 and fold(nodes[k].text) in _DETERMINERS | OF_WORDS:
                k -= 1
            word = fold(nodes[k].text) if k >= 0 else ""
            if word in _PREPOSITIONS:
                continue
            return mention
        return None

    def _side(
        self, actor: Span | None, mentions: list[Span], allies: list[Span], *, exclude: Span | None
    ) -> tuple[Span, ...]:
        """Actors listed or coordinated with `actor` ('Al-Nosra, Jound al-Aqsa et Ahrar
        al-Cham ont pris...'), the whole list."""
        if actor is None:
            return ()
        side: list[Span] = []
        frontier = [actor]
        while frontier:
            current = frontier.pop()
            for mention in mentions:
                if mention is actor or mention in side or mention is exclude or mention in allies:
                    continue
                # Listed with the current one first: most mentions are not, and then whether
                # they name the actor or the excluded one (the knowledge base read four
                # times) need not be asked.
                if not (_coordinated(mention, current) or _listed(mention, current)):
                    continue
                if not (same_actor(mention, actor) or same_actor(mention, exclude)):
                    side.append(mention)
                    frontier.append(mention)
        return tuple(sorted(side, key=lambda m: m.start))


def _among_dead(mention: Span, sentence: Sentence) -> bool:
    """The mention names the killed or wounded of a toll in the sentence (its victims' words
    may be part of it: 'miliciens' of 'miliciens wazalendo')."""
    for casualty in sentence.casualties:
        data: dict = span_value(casualty, "casualty") or {}  # type: ignore[assignment]
        start, end = data.get("victims_span") or (0, 0)
        if start < mention.end_char and mention.start_char < end:
            return True
    return False


def _first_node(mention: Span) -> Node:
    """The mention's first word: read beside its root when the parser broke a long name
    apart ("Jaïch Khaled ben al-Walid", "chasseurs traditionnels dozos")."""
    return doc_nodes(mention.doc)[mention.start]


def _detached_clause(node: Node) -> bool:
    """A relative or participial clause set off by a comma: ', recherché pour ...'."""
    return node.dep_ in _RELATIVE and node.i > 0 and node.at(node.i - 1).text == ","


def _in_description(mention: Span, pred: Node) -> bool:
    """The mention is inside a clause set off to describe someone else, below the trigger:
    'un chef de guerre, recherché pour des exactions contre des civils'."""
    for node in root_node(mention).ancestors:
        if node == pred:
            return False
        if _detached_clause(node):
            return True
    return False


def _told_before(casualty: Span, trigger: Trigger) -> bool:
    """The casualty's verb comes before the trigger, coordinated with it: the dead of the
    deed before ('a repoussé une attaque, tué 12 miliciens et bombardé les villages de X',
    'ont tué vingt civils à Wad Madani puis pilonné le camp de Zamzam')."""
    verb = root_node(casualty)
    pred = root_node(trigger.span)
    if verb.pos_ not in _VERBAL or verb.i >= trigger.span.start or pred.dep_ != "conj":
        return False
    return pred.head.i == verb.i or (verb.dep_ == "conj" and verb.head.i == pred.head.i)


def _verb_forms(token: Node) -> set[str]:
    """The lemma, and the infinitive a past participle points to when the tagger took it
    for a noun ('tenue' -> 'tenir', 'contrôlée' -> 'controler')."""
    text = fold(token.text)
    forms = {_lemma(token)}
    for ending, infinitive in (("ues", "ir"), ("us", "ir"), ("ue", "ir"), ("u", "ir")):
        if text.endswith(ending):
            forms.add(text[: -len(ending)] + infinitive)
            break
    for ending in ("ees", "es", "ee", "e"):
        if text.endswith(ending):
            forms.add(text[: -len(ending)] + "er")
            break
    return forms


def _co_subject(one: Span, other: Span) -> bool:
    """Both are subjects of the same verb ('les forces irakiennes et les peshmergas ont
    lancé', when the parser gives the verb two subjects)."""
    a, b = root_node(one), root_node(other)
    return a.dep_.startswith("nsubj") and b.dep_.startswith("nsubj") and a.head.i == b.head.i


def _between_pair(mentions: list[Span], trigger: Trigger) -> dict[Span, str]:
    """'entre X et Y' after the trigger in its clause: {X: 'agent', Y: 'patient'}."""
    nodes = doc_nodes(trigger.span.doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    # "entre les rebelles de l'AFC/M23 et ...", "entre le Hamas (Mouvement de la résistance
    # islamique) et ...": two names of one side are one side; the pair is read from the first
    # name to the second side.
    sides: list[tuple[Span, int]] = []
    for m in ordered:
        if sides and same_actor(sides[-1][0], m) and _only_marks(nodes, sides[-1][1], m.start):
            sides[-1] = (sides[-1][0], m.end)
        else:
            sides.append((m, m.end))
    for (first, first_end), (second, _) in pairwise(sides):
        if first.start <= trigger.span.start or root_node(first).i not in trigger.clause:
            continue
        k, nouns = first.start - 1, 0
        while k > trigger.span.end and (
            fold(nodes[k].text) in DEFINITE_ARTICLES | OF_WORDS
            or (nodes[k].pos_ in {"NOUN", "ADJ"} and nouns < 2)
        ):
            nouns += nodes[k].pos_ in {"NOUN", "ADJ"}
            k -= 1  # "entre des militants du Hamas et ..."
        if fold(nodes[k].text) != "entre":
            continue
        if _and_between(nodes, first_end, second):
            return {first: "agent", second: "patient"}
    return {}


def _reciprocal_pair(mentions: list[Span], trigger: Trigger) -> dict[Span, str]:
    """'L'armée et les FSR se sont affrontées', 'les talibans et les forces pakistanaises
    s'affrontent': the two subjects of a reciprocal verb are its two sides, {X: 'agent', Y:
    'patient'}, not allies."""
    nodes = doc_nodes(trigger.span.doc)
    pred = root_node(trigger.span)
    if pred.pos_ != "VERB" or not pronominal(pred):
        return {}
    before = [m for m in sorted(mentions, key=lambda m: m.start) if m.end <= trigger.span.start]
    if len(before) < 2:
        return {}
    first, second = before[-2], before[-1]
    rest = nodes[second.end : trigger.span.start]
    if any(t.pos_ not in _BEFORE_RECIPROCAL for t in rest):
        return {}  # "... et les FSR, qui contrôlent la ville, se sont affrontées": not read
    if not _and_between(nodes, first.end, second):
        return {}
    return {first: "agent", second: "patient"}


def _and_between(nodes: list[Node], first_end: int, second: Span) -> bool:
    """Only 'et' and a few nouns of the second side's name between two sides: 'l'armée et
    les FSR', 'l'armée et les rebelles du M23', '... et des hommes de la faction rivale de'."""
    between = nodes[first_end : second.start]
    while between and between[0].text in _NAME_MARKS:
        between = between[1:]  # "les Forces de soutien rapide (FSR) et l'armée"
    if not between or fold(between[0].text) != "et":
        return False
    words = [t for t in between[1:] if fold(t.text) not in _PAIR_FILLERS]
    return len(words) <= 4 and all(t.pos_ in {"NOUN", "ADJ"} for t in words)


def _only_marks(nodes: list[Node], start: int, end: int) -> bool:
    """Nothing but punctuation between two tokens ('AFC/M23', 'Hamas (Mouvement ...')."""
    return all(nodes[k].pos_ == "PUNCT" or nodes[k].text in _NAME_MARKS for k in range(start, end))


_NAME_MARKS = frozenset({"/", "(", ")", "-"})


def _nameless_armed(mention: Span) -> bool:
    """'combattants', 'assaillants': armed men no name tells, who may be a named group's."""
    kb = actor_kb(mention)
    return kb.get("kb_id") is None and actor_kind(mention) == "armed"


def _whole_of(part: Span, mentions: list[Span], words: DocWords) -> Span | None:
    """'neuf civils, dont trois enfants': for the part after 'dont', the whole just before it
    (the cue is looked for where _in_breakdown looks)."""
    cue = next(
        (
            k
            for k in range(part.start - 1, max(-1, part.start - 4), -1)
            if words.texts[k] in BREAKDOWN_WORDS
        ),
        None,
    )
    if cue is None:
        return None
    before = [m for m in mentions if m.end <= cue and cue - m.end <= 1]
    return before[-1] if before and actor_kind(before[-1]) == actor_kind(part) else None


def _in_breakdown(mention: Span, words: DocWords) -> bool:
    """'Quatorze villageois, dont trois enfants': the part, not the whole."""
    before = words.texts[max(0, mention.start - 3) : mention.start]
    return not BREAKDOWN_WORDS.isdisjoint(before)


def _described(mention: Span, mentions: list[Span], cues: frozenset[str]) -> bool:
    """Inside an apposition that describes another actor ('l'ISWAP, une faction dissidente
    de Boko Haram, a pris...', 'le JNIM, lié à Al-Qaïda', 'revendiquée par l'EIS, branche
    sahélienne du groupe, affiliée à l'Etat islamique'): background, not a party. `cues`:
    lemmas that open such a description (data/lexicons/affiliation_cues.txt)."""
    doc = mention.doc
    parse, texts = doc_parse(doc), doc_tokens(doc).texts
    heads = parse.heads
    # The first three ancestors of the mention's root, read from the parse arrays: asked
    # once per mention of a sentence that tells an event, and most have no apposition.
    i = root_node(mention).i
    for _ in range(3):
        if heads[i] == i:
            break
        i = heads[i]
        if parse.deps[i] == "appos":
            head = heads[i]  # an actor's name ends at its head, or just before it
            if any(m is not mention and head <= m.end <= head + 1 for m in mentions):
                return True
    sent_start, sent_end = parse.sent_starts[mention.start], parse.sent_ends[mention.end - 1]
    after = range(mention.end, min(sent_end, mention.end + 4))
    if not any(
        texts[i] == "," or parse.sent_ends[i] == i + 1 or texts[i] == "." for i in after
    ) and (mention.end < sent_end):
        return False  # a description closes with a comma or the sentence
    nodes = doc_nodes(doc)
    ends = {m.end for m in mentions if m is not mention}
    k = mention.start
    for step in range(3):  # up to three descriptions in a row
        comma = k - 1
        while comma > sent_start and nodes[comma].text != ",":
            comma -= 1
        if comma <= sent_start or comma + 1 >= k:
            return False
        segment = nodes[comma + 1 : k]
        if any(_finite(t) for t in segment) or any(fold(t.text) == "et" for t in segment):
            return False
        first = fold(segment[0].text)
        opens = first in _DESCRIPTION_OPENERS or any(_lemma(t) in cues for t in segment)
        if not opens and step == 0:
            return False  # the first (nearest) description must say it is one
        before = comma - 1
        if nodes[before].text == ")":
            # "le GSIM (ou JNIM selon son acronyme arabe), principale alliance ..., liée à
            # Al-Qaïda": the name before the brackets
            while before > sent_start and nodes[before].text != "(":
                before -= 1
            before -= 1
        if comma in ends or comma - 1 in ends or before + 1 in ends:
            return True
        k = comma
    return False


def _finite(token: Node) -> bool:
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and token.has_feature("VerbForm", "Fin"))


def _after_a_day(token: Node, pred: Node) -> bool:
    """The token hangs on a day name that follows the verb ('a attaqué samedi des
    positions', 'a repris dimanche la ville'), itself a dependent of the verb."""
    day = token.head
    return (
        day.i != token.i
        and day.head.i == pred.i
        and pred.i < day.i < token.i
        and fold(day.text) in WEEKDAY_BY_WORD
    )


def _lemma(token: Node) -> str:
    return fold(token.lemma_ or token.text)


def _cases(token: Node) -> frozenset[str]:
    """The prepositions and conjunctions marking `token` ('par', 'contre', 'à'), folded;
    found once per Doc and token, as the roles of every trigger ask them again."""
    known: dict[int, frozenset[str]] = doc_view(token.doc, "event_roles.cases", _no_cases)
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = frozenset(
            fold(c.text).replace("’", "'")
            for c in token.children
            if c.dep_ in {"case", "mark"} or (c.dep_ == "fixed" and c.i < token.i)
        )
    return found


def _no_cases(doc: Doc) -> dict[int, frozenset[str]]:
    return {}


def _governs_event(verb: Node) -> bool:
    """The speaker tells its own deed ('l'armée a affirmé avoir abattu', 'le JNIM a
    revendiqué l'attaque'): its subject is then the actor, not a mere speaker."""
    if fold(verb.lemma_) == "revendiquer":
        return True
    return any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)


def _own_losses(victims: Span, actor1: Span | None) -> bool:
    """'HTS a attaqué ..., une cinquantaine de terroristes ont été tués': nameless fighters
    killed beside a named armed group are its own losses, not its opponent."""
    return actor1 is not None and actor_kind(victims) == "armed" and actor_kind(actor1) == "faction"


def _named_within(agent: Span, agents: list[Span]) -> bool:
    """A generic agent that names its actor inside ('les groupes terroristes menés par HTS',
    'les combattants de l'UPC'): the named one is the agent."""
    if not actor_kb(agent).get("generic"):
        return False
    return any(
        other is not agent
        and not actor_kb(other).get("generic")
        and root_node(agent).i in {t.i for t in root_node(other).ancestors}
        for other in agents
    )


def _subject_of(verb: Node) -> Node | None:
    """The subject of a verb, or of the verb that controls it ('a affirmé ... en
    repoussant')."""
    token = verb
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if token.dep_ in {"xcomp", "advcl", "conj"} and token.head.i != token.i:
            token = token.head
        else:
            return None
    return None


def _controller(pred: Node) -> Node | None:
    """The verb whose subject is also the trigger's ('a affirmé avoir repris', 'a lancé une
    opération pour reprendre', 'ont attaqué ... et tué')."""
    token = pred
    for _ in range(3):
        if token.dep_ in {"xcomp", "conj"} or (token.dep_ == "advcl" and _infinitive(token)):
            token = token.head
            if any(c.dep_ in _SUBJECTS for c in token.children):
                return token
        else:
            return None
    return None


def _infinitive(verb: Node) -> bool:
    """'abattre', 'avoir repris': an infinitive, simple or compound."""
    if verb.has_feature("VerbForm", "Inf"):
        return True
    return any(c.dep_.startswith("aux") and c.has_feature("VerbForm", "Inf") for c in verb.children)


def _modifies(ally: Span, actor: Span) -> bool:
    """The ally's cue hangs on the actor's phrase."""
    return any(actor.start <= token.i < actor.end for token in root_node(ally).ancestors[:3])


def _coordinated(span: Span, actor: Span) -> bool:
    """'X et Y', 'X et les combattants kurdes Y': coordinated noun phrases."""
    for one, other in ((span, actor), (actor, span)):
        token = root_node(one)
        for _ in range(3):
            if token.dep_ == "conj" and other.start <= token.head.i < other.end:
                return True
            if token.pos_ in _VERBAL or token.head.i == token.i:
                break
            token = token.head
    return False


def _head_of_list(actor: Span, mentions: list[Span]) -> Span:
    """The first actor of the list 'X, Y et Z' that `actor` stands in."""
    head = actor
    for mention in sorted(mentions, key=lambda m: -m.start):
        if mention.start < head.start and _listed(mention, head):
            head = mention
    return head


def _listed(span: Span, actor: Span) -> bool:
    """'X, Y et Z', 'les FDS, les YPG et l'armée': separated only by commas, 'et' and
    articles."""
    first, second = (actor, span) if actor.start < span.start else (span, actor)
    if not 0 < second.start - first.end <= 3:
        return False  # most pairs of a sentence: adjacent, overlapping or far apart
    between = doc_nodes(span.doc)[first.end : second.start]
    return any(t.text in {",", "et"} for t in between) and all(
        t.text in {",", "et"} or fold(t.text) in DEFINITE_ARTICLES for t in between
    )


def _remembered(
    memo: dict[tuple[str, int], bool], name: str, mention: Span, compute: Callable[[Span], bool]
) -> bool:
    """`compute(mention)`, once per sentence (`memo`) and mention."""
    key = (name, id(mention))  # the sentence's mention list keeps its mentions alive
    found = memo.get(key)
    if found is None:
        found = memo[key] = compute(mention)
    return found


def _sent_start(span: Span) -> int:
    """`span.sent.start`, from the parse arrays."""
    return doc_parse(span.doc).sent_starts[span.start]
