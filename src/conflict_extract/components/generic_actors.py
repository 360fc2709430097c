"""conflict_generic_actors: name the actor behind generic mentions, by the dispatch's country.

Two kinds of mention, both known only once places are geocoded (doc._.conflict_country):

- FACTION spans that name a role, not an actor ("les forces gouvernementales", "l'armée",
  "l'armée de l'air"): resolved to the country's state forces (data/state_forces.json). A
  foreign army fighting at home is a state force there (ACLED inter 1), not an external one.
- Generic actor nouns (data/actor_nouns.jsonl: "hommes armés", "soldats maliens", "civils",
  "manifestants", "la foule"), and nationality adjectives on military nouns ("frappes
  russes"): they go to doc.spans["actors"], never to the FACTION entities, with an ACLED
  actor: "Unidentified Armed Group (Mali)", the state forces of the adjective's country or of
  the dispatch's ("Military Forces of Chad" when the knowledge base has none), "Civilians
  (Mali)", "Protesters (Chad)", "Rioters (Chad)".
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflict_extract.components import extensions  # noqa: F401  (Span._.kb, ._.actor)
from conflict_extract.components.data import DataComponent
from conflict_extract.components.phrases import DocWords, split_words
from conflict_extract.components.triggers import pronominal
from conflict_extract.doc_views import (
    SpanBounds,
    bounds_value,
    doc_parse,
    doc_tokens,
    set_span_group,
    set_span_value,
    span_bounds,
    span_value,
)
from conflict_extract.knowledge.actors import ACTOR_FILES, actor_index
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.lexicons import (
    ACTOR_NOUN_FILES,
    actor_nouns,
    country_names,
    demonyms,
    word_list_file,
    word_lists,
)
from conflict_extract.text import OF_WORDS, fold
from conflict_extract.timewords import WEEKDAY_BY_WORD

_STATE_FORCES_INTER = 1
_EXTERNAL_INTER = 8
_DEFINITE = frozenset({"les", "le", "la", "l'", "ces", "ce", "cet", "cette", "leurs", "ses"})
_FACTION_REACH = 4  # "gangs de la coalition Viv Ansanm": the named actor is the actor
_AGENT_MARKS = frozenset({"par", "contre"})
_NON_STATE_INTER = frozenset({2, 3, 4})
# The labels that may name a dispatch's one armed group, by its affiliation; "combattants",
# "assaillants" or "hommes armés" name any side and stay unidentified.
_LABELS = {
    "jihadistes": frozenset({"jihadist"}),
    "djihadistes": frozenset({"jihadist"}),
    "islamistes": frozenset({"jihadist"}),
    "terroristes": frozenset({"jihadist", "rebel"}),
    "rebelles": frozenset({"rebel", "separatist"}),
    "insurges": frozenset({"rebel", "jihadist", "separatist"}),
    "gangs": frozenset({"criminal"}),
    "bandits": frozenset({"criminal"}),
    # No affiliation of their own: the group the knowledge base calls so ("paramilitaires des
    # Forces de soutien rapide", "supplétifs civils de l'armée burkinabè").
    "paramilitaires": frozenset(),
    "suppletifs": frozenset(),
    "miliciens": frozenset(),
}
_SUPPORT_NOUNS = frozenset({"appui", "soutien", "aide", "concours", "cotes"})


@Language.factory(
    "conflict_generic_actors",
    assigns=["doc.spans", "span._.kb", "span._.actor"],
    requires=["doc.spans", "span._.kb", "doc._.conflict_country"],
    default_config={"spans_key": "factions", "actors_key": "actors"},
)
def make_generic_actors(
    nlp: Language, name: str, *, spans_key: str, actors_key: str
) -> GenericActorResolver:
    return GenericActorResolver(name=name, spans_key=spans_key, actors_key=actors_key)


class GenericActorResolver(DataComponent):
    """Generic mentions resolved through data/state_forces.json to actors of
    data/actors.jsonl."""

    data_files = (
        *ACTOR_FILES,
        "state_forces.json",
        *ACTOR_NOUN_FILES,
        "demonyms.csv",
        "places.tsv",
        "capitals.tsv",
        word_list_file("deed_nouns"),
        word_list_file("identification_verbs"),
        word_list_file("accusation_verbs"),
        word_list_file("installation_nouns"),
        word_list_file("stronghold_nouns"),
        word_list_file("member_nouns"),
        word_list_file("suffer_verbs"),
        word_list_file("defence_verbs"),
        word_list_file("attribution_verbs"),
        word_list_file("claim_verbs"),
        "triggers.jsonl",
    )

    def __init__(self, *, name: str, spans_key: str, actors_key: str = "actors") -> None:
        self.name = name
        self.spans_key = spans_key
        self.actors_key = actors_key
        self.table: dict[str, dict[str, str]] = {}
        self.index = NameIndex(label="FACTION")
        self.demonyms: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        self.entries: dict[str, dict[str, Any]] = {}
        self.nouns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.on_nouns: dict[str, str] = {}
        self.deed_nouns: frozenset[str] = frozenset()
        self.accusation_verbs: frozenset[str] = frozenset()
        self.holdings: frozenset[str] = frozenset()
        self.member_nouns: frozenset[str] = frozenset()
        self.called: dict[str, frozenset[str]] = {}
        self.capitals: frozenset[str] = frozenset()
        self.hit_verbs: frozenset[str] = frozenset()
        self.attribution_verbs: frozenset[str] = frozenset()
        self.state_deeds: frozenset[str] = frozenset()
        self.openers: frozenset[str] = frozenset()

    def load(self, files: DataFiles) -> None:
        self.index = actor_index(files)
        self.country_names = country_names(files)
        self._load_nouns(files)

    def tables(self) -> dict[str, Any]:
        return {"index": self.index.to_tables(), "country_names": self.country_names}

    def use_tables(self, tables: Any, files: DataFiles) -> None:
        self.index = NameIndex.from_tables(tables["index"])
        self.country_names = dict(tables["country_names"])
        self._load_nouns(files)

    def _load_nouns(self, files: DataFiles) -> None:
        """The state forces table, demonyms and generic actor nouns."""
        self.branches = _branches(self.index.records)
        lists = word_lists(
            files,
            (
                "deed_nouns",
                "identification_verbs",
                "accusation_verbs",
                "installation_nouns",
                "stronghold_nouns",
                "member_nouns",
                "suffer_verbs",
                "defence_verbs",
                "attribution_verbs",
                "claim_verbs",
            ),
        )
        # a capital that is the subject of these is the city hit ("Kiev a subi une attaque"),
        # not of those by which a side still acts ("Kiev a repoussé une offensive")
        self.hit_verbs = frozenset(lists["suffer_verbs"]) - frozenset(lists["defence_verbs"])
        self.attribution_verbs = frozenset(lists["attribution_verbs"])
        # what a capital as subject does as its state: a deed of the trigger lexicon ("Moscou
        # a frappé") or a claim of one ("Kiev a revendiqué")
        self.state_deeds = frozenset(
            fold(seq[0]) for entry in files.jsonl("triggers.jsonl") for seq in entry["lemmas"]
        ) | frozenset(lists["claim_verbs"])
        self.capitals = frozenset(row["id"] for row in files.tsv("capitals.tsv", ("id", "country")))
        self.member_nouns = frozenset(lists["member_nouns"])
        self.holdings = frozenset(lists["installation_nouns"]) | frozenset(
            lists["stronghold_nouns"]
        )
        self.deed_nouns = frozenset(lists["deed_nouns"])
        self.identification_verbs = frozenset(lists["identification_verbs"])
        self.accusation_verbs = frozenset(lists["accusation_verbs"])
        self.called = _called(files)
        table = files.json("state_forces.json")
        self.table = {k: v for k, v in table.items() if not k.startswith("_")}
        self.demonyms = demonyms(files)
        entries = actor_nouns(files)
        self.entries = {str(e["id"]): e for e in entries}
        self.nouns = {}
        self.on_nouns = {}
        for entry in entries:
            for noun in entry.get("nouns", []):
                seq = split_words(noun)
                self.nouns.setdefault(seq[0], []).append((seq, str(entry["id"])))
            for noun in entry.get("demonym_on", []):
                self.on_nouns[split_words(noun)[0]] = str(entry["id"])
        for candidates in self.nouns.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # the words a generic mention starts with, tested once per token
        self.openers = frozenset(self.nouns) | frozenset(self.demonyms)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        country = doc._.conflict_country
        spans = [
            span
            for span in doc.spans.get(self.spans_key, [])
            if not (_kb(span).get("role") and len(span) == 1 and span[0].pos_ in {"ADJ", "VERB"})
        ]  # "un drone armé" names no army
        _choose_candidates(spans, self.index.records, country)
        for span in spans:
            kb = self._resolved(dict(_kb(span)), country)
            set_span_value(span, "kb", kb)
            if kb.get("kb_id"):
                span.id_ = str(kb["kb_id"])
        # a span's id_ is kept only by a new group; its bounds are read by the readers after
        set_span_group(doc, self.spans_key, spans)
        # The places where they are (every read of doc.spans[key] builds its Spans anew).
        places = span_bounds(doc, "places")
        mentions = self._generic_mentions(doc, country, spans, places) + self._states(
            doc, country, places
        )
        _resolve_nameless(mentions, spans, self.called)
        _resolve_identified(mentions, spans, self.identification_verbs)
        mentions = self._possessed(doc, mentions, spans)
        set_span_group(doc, self.actors_key, sorted(mentions, key=lambda span: span.start))
        return doc

    def _possessed(self, doc: Doc, mentions: list[Span], factions: list[Span]) -> list[Span]:
        """'le Hezbollah a annoncé la mort de trois de ses combattants', 'un porte-parole de
        l'ELN a indiqué que trois de ses guérilleros ont péri': a member noun with a possessive
        whose owner, the subject of a clause above it, is an armed actor, names that actor
        (data/lexicons/member_nouns.txt). The mention keeps its own text; a generic mention
        already there ('ses soldats') takes the owner's name."""
        by_start = {m.start: m for m in mentions}
        owners = [f for f in factions if _kb(f).get("inter") in _ARMED_INTER] + [
            m for m in mentions if (span_value(m, "actor") or {}).get("kb_id")
        ]
        if not owners:
            return mentions
        added: list[Span] = []
        folded, deps = doc_tokens(doc).folded, doc_parse(doc).deps  # no Token per token
        for i in [k for k, word in enumerate(folded) if word in _POSSESSIVES]:
            if deps[i] != "det":
                continue
            token = doc[i]
            noun = token.head
            if noun.i <= token.i or fold(noun.lemma_) not in self.member_nouns:
                continue
            owner = _owner(noun, owners)
            if owner is None:
                continue
            kb = span_value(owner, "actor") or _kb(owner)
            actor = {**kb, "generic": True, "definite": True, "possessed": True}
            mention = by_start.get(noun.i)
            if mention is None:
                if any(f.start <= noun.i < f.end for f in factions):
                    continue
                mention = Span(doc, noun.i, noun.i + 1, label="ACTOR")
                added.append(mention)
            mention._.actor = actor
        return mentions + added

    def _states(self, doc: Doc, home: str | None, places: tuple[SpanBounds, ...]) -> list[Span]:
        """A country where an actor stands ('soutenus par le Rwanda', 'la Turquie a
        bombardé', 'contre la Russie') names its state forces, and so does a capital
        (data/capitals.tsv) that acts ('Moscou a frappé Odessa', 'des frappes menées par
        Washington'); a capital after 'contre' is a target ('une attaque contre Kiev')."""
        out = []
        words = DocWords.of(doc)
        for bounds in places:  # where the places are, a Span only for a country or a capital
            kb: dict[str, Any] = bounds_value(doc, bounds, "kb") or {}  # type: ignore[assignment]
            kb_id = str(kb.get("kb_id") or "")
            if kb_id.startswith("cc:"):
                place = doc[bounds.start : bounds.end]
                stands = _actor_position(place, words)
            elif kb_id in self.capitals:
                place = doc[bounds.start : bounds.end]
                stands = self._capital_acts(place, words)
            else:
                continue
            if not stands and not _accused(place, self.accusation_verbs):
                continue
            span = Span(doc, place.start, place.end, label="ACTOR")
            actor = self._actor(
                "generic.national_forces", kb.get("country"), home=home, from_demonym=True
            )
            span._.actor = {**actor, "definite": True, "metonymy": True}
            out.append(span)
        return out

    def _capital_acts(self, place: Span, words: DocWords) -> bool:
        """The capital is who acts: the subject of a deed of the trigger lexicon, of a verb
        that claims or tells one, or whose object names one ('Moscou a frappé', 'Kiev a
        revendiqué l'attaque', 'Moscou a affirmé avoir abattu', 'Washington a mené des
        frappes'), not of a verb of suffering, a pronominal one or any other ('Kiev a subi une
        attaque', 'Port-au-Prince a sombré dans le chaos', 'Tripoli a fermé son aéroport');
        or the agent after 'par' of a deed, not of an attribution ('un attentat attribué par
        Moscou aux services ukrainiens')."""
        root = place.root
        verb = root.head
        before = words.texts[max(0, place.start - 2) : place.start]
        while before and before[-1] in _DEFINITE:
            before.pop()
        if before and before[-1] == "par":
            return fold(verb.lemma_) not in self.attribution_verbs
        if root.dep_ != "nsubj" or verb.pos_ != "VERB":
            return False
        lemma = fold(verb.lemma_)
        if lemma in self.hit_verbs or pronominal(verb):
            return False  # "Kiev a subi une attaque": the city hit; "Kiev a repoussé": its forces
        # the object, or what hangs on the day the parser took for it ("a mené samedi des
        # frappes")
        told = [
            t
            for c in verb.children
            if c.dep_ in {"xcomp", "ccomp", "obj"} or fold(c.text) in WEEKDAY_BY_WORD
            for t in (c, *(g for g in c.children if g.dep_ == "nmod"))
        ]
        return lemma in self.state_deeds or any(fold(t.lemma_) in self.state_deeds for t in told)

    def _resolved(self, kb: dict[str, Any], country: str | None) -> dict[str, Any]:
        branch = self.branches.get((str(kb.get("kb_id")), country or ""))
        if branch is not None:
            # "le groupe Etat islamique a revendiqué l'attaque" in Cabo Delgado: its
            # Mozambican branch, as ACLED codes it
            return dict(self.index.records[branch])
        role = kb.get("role")
        actor_id = self.table.get(str(role), {}).get(country or "") if role else None
        if actor_id and actor_id in self.index.records:
            kb = {**self.index.records[actor_id], "generic": True}
        elif role and country:
            kb["country"] = country
        if (
            kb.get("inter") == _EXTERNAL_INTER
            and kb.get("affiliation") == "foreign_state"
            and kb.get("country") == country
        ):
            kb["inter"] = _STATE_FORCES_INTER
        return kb

    # -- generic nouns -----------------------------------------------------------------------
    def _generic_mentions(
        self,
        doc: Doc,
        country: str | None,
        factions: list[Span],
        places: tuple[SpanBounds, ...],
    ) -> list[Span]:
        """Actor nouns and nationality words outside the names found (`factions`: the
        group's spans as set; `places`: the bounds of doc.spans["places"])."""
        taken = {
            i
            for spans in (factions, places, span_bounds(doc, "sources"))
            for span in spans
            for i in range(span.start, span.end)
        }
        faction_starts = {span.start for span in factions}
        words = DocWords.of(doc)
        mentions: list[Span] = []
        i = 0
        # Only an actor noun or a nationality word starts a mention (_noun_at and
        # _nationality_at find nothing at other words).
        openers = [k for k, w in enumerate(words.texts) if w in self.openers]
        for at in openers:
            if at < i:
                continue
            i = at
            found = self._noun_at(doc, words, i, taken)
            if found is None:
                demonym = self._nationality_at(doc, words, i, taken, country)
                if demonym is not None:
                    mentions.append(demonym)
                i += 1
                continue
            end, entry_id = found
            nation = self.demonyms.get(words.texts[end]) if end < len(doc) else None
            if nation is not None:
                end += 1  # "soldats maliens", "civils soudanais"
            if (
                end < len(doc)
                and doc[end].lower_ in _ARMED
                and self.entries[entry_id]["kind"] in _UNARMED_KINDS
            ):
                # "des éleveurs armés", "des villageois armés": whoever bears arms is an armed
                # group, not the civilians the noun alone would name.
                entry_id, end = _ARMED_GROUP, end + 1
            after = end
            while (
                after < len(doc)
                and (_qualifies_noun(doc[after]) or self._allegiance(words.texts[after]))
                and after not in faction_starts
            ):
                after += 1
            if _named_after(words, end, faction_starts) or after in faction_starts:
                # "combattants de l'EI", "rebelles houthis", "les combattants kurdes
                # peshmergas": the faction is the actor.
                i = end
                continue
            span = Span(doc, i, end, label="ACTOR")
            kb = self._actor(entry_id, nation or country, home=country, from_demonym=bool(nation))
            kb["definite"] = i > 0 and words.texts[i - 1] in _DEFINITE
            set_span_value(span, "actor", kb)  # span._.actor, without an Underscore object
            mentions.append(span)
            i = end
        return mentions

    def _allegiance(self, word: str) -> bool:
        """'pro-iraniens', 'progouvernementaux', 'prorusses': which side a group is on, an
        adjective the tagger often takes for a verb or a noun."""
        if word.startswith("pro-"):
            return True
        rest = word[3:]
        return word.startswith("pro") and (
            rest in self.demonyms or rest.startswith(_ALLEGIANCE_STEMS)
        )

    def _noun_at(
        self, doc: Doc, words: DocWords, i: int, taken: set[int]
    ) -> tuple[int, str] | None:
        candidates = self.nouns.get(words.texts[i])
        if not candidates or i in taken:
            return None
        after_noun = (
            doc[i].pos_ == "ADJ"
            and i > 0
            and doc[i - 1].pos_ == "NOUN"
            and not doc[i - 1].like_num  # "Douze civils" tagged as a noun and its adjective
            # "une attaque jihadiste", "un attentat terroriste": the adjective of a deed names
            # who did it
            and fold(doc[i - 1].lemma_) not in self.deed_nouns
        )
        # "des positions jihadistes", "un camp rebelle": whose post it is, for an armed group
        held = after_noun and fold(doc[i - 1].lemma_) in self.holdings
        for seq, entry_id in candidates:
            end = i + len(seq)
            if (
                after_noun
                and len(seq) == 1
                and not (held and self.entries[entry_id]["kind"] == "armed")
            ):
                continue  # "le camp militaire" names no soldier
            if (
                end <= len(words.texts)
                and all(words.texts[i + k] == w for k, w in enumerate(seq))
                and not taken.intersection(range(i, end))
            ):
                return end, entry_id
        return None

    def _nationality_at(
        self, doc: Doc, words: DocWords, i: int, taken: set[int], home: str | None
    ) -> Span | None:
        """A nationality word that names an actor by itself: 'frappes russes', 'un drone
        ukrainien' (that country's forces); 'les Russes ont lancé' (its forces, the plural
        name as subject of a verb); 'un Palestinien a été tué', 'trois Afghans' (nationals
        counted as victims: civilians of their country)."""
        nation = self.demonyms.get(words.texts[i])
        if nation is None or i == 0 or i in taken:
            return None
        token = doc[i]
        if token.pos_ == "ADJ":
            k = i - 1
            while k > 0 and _qualifies(doc[k]) and k not in taken:
                k -= 1  # "des frappes aériennes russes", "deux bombes aériennes guidées russes"
            entry_id = self.on_nouns.get(words.lemmas[k]) or self.on_nouns.get(words.texts[k])
            if entry_id is not None:
                return self._national(doc, i, entry_id, nation, home, definite=False)
        if not token.text[:1].isupper():
            return None
        if (
            words.texts[i - 1] == "les"
            and token.text.endswith(("s", "x"))
            and token.dep_ == "nsubj"
            and token.head.pos_ == "VERB"
        ):
            return self._national(doc, i, "generic.national_forces", nation, home, definite=True)
        if doc[i - 1].like_num or words.texts[i - 1] in {"un", "une"}:
            return self._national(doc, i, "generic.civilians", nation, home, definite=False)
        return None

    def _national(
        self, doc: Doc, i: int, entry_id: str, nation: str, home: str | None, *, definite: bool
    ) -> Span:
        """The one-word ACTOR span of a nationality word."""
        span = Span(doc, i, i + 1, label="ACTOR")
        kb = self._actor(entry_id, nation, home=home, from_demonym=True)
        set_span_value(span, "actor", {**kb, "definite": definite})  # span._.actor
        return span

    def _actor(
        self, entry_id: str, country: str | None, *, home: str | None, from_demonym: bool
    ) -> dict[str, Any]:
        """The actor an entry names in `country`; `home` is the dispatch's country."""
        entry = self.entries[entry_id]
        kind = str(entry["kind"])
        role = entry.get("role")
        actor_id = self.table.get(str(role), {}).get(country or "") if role else None
        if (
            from_demonym
            and actor_id in self.index.records
            and self.index.records[actor_id].get("country") != country
        ):
            # The table names the force acting in a country ('PS' -> the Israeli army);
            # a nationality names that nation's own ('roquettes palestiniennes').
            actor_id = None
        country_name = self.country_names.get(country or "")
        if actor_id and actor_id in self.index.records:
            kb = dict(self.index.records[actor_id])
            if kb.get("inter") == _EXTERNAL_INTER and kb.get("country") == home:
                kb["inter"] = _STATE_FORCES_INTER
        else:
            template = str(entry["name"])
            if country_name:
                name = template.format(country=country_name)
            else:
                name = template.split(" ({country})")[0].replace(" of {country}", "")
            kb = {
                "kb_id": None,
                "name": name,
                "country": country,
                "affiliation": entry.get("affiliation"),
                "inter": entry.get("inter"),
            }
        return {
            **kb,
            "kind": kind,
            "generic": True,
            "from_demonym": from_demonym,
            "country_name": country_name,
        }


# A civilian noun followed by one of these words names armed men ("des éleveurs armés").
_ARMED = frozenset({"armé", "armés", "armée", "armées"})
_UNARMED_KINDS = frozenset({"civilians", "people"})
_ARMED_GROUP = "generic.armed_group"


def _kb(span: Span) -> dict[str, Any]:
    """`span._.kb or {}`, read without an Underscore object per read."""
    return span_value(span, "kb") or {}  # type: ignore[return-value]


def _branches(records: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(movement, country) -> its one branch there, for the movements whose name, in a
    dispatch about a country where they have a branch, means the branch (data/actors.jsonl,
    `branches`: "by_country"). Not in the movement's own country, nor where it has several."""
    found: dict[tuple[str, str], list[str]] = {}
    for kb_id, record in records.items():
        parent = records.get(str(record.get("parent")))
        if parent is None or parent.get("branches") != "by_country" or not record.get("country"):
            continue
        if record["country"] != parent.get("country"):
            found.setdefault((str(record["parent"]), record["country"]), []).append(kb_id)
    return {key: ids[0] for key, ids in found.items() if len(ids) == 1}


def _choose_candidates(spans: list[Span], records: dict[str, Any], country: str | None) -> None:
    """A name several actors bear ('Forces de défense du peuple': Myanmar's PDF and the PKK's
    HPG) is the one its bracketed acronym names ('... du peuple (PDF)'), else the one of the
    dispatch's country, else the first, as matched. A bracketed acronym names the actor even
    when the name alone would be another's."""
    by_start = {span.start: span for span in spans}
    for span in spans:
        ids = [i for i in span_value(span, "candidates") or [] if i in records]  # type: ignore[attr-defined]
        doc = span.doc
        acronym = by_start.get(span.end + 1) if span.end < len(doc) else None
        if acronym is not None and doc[span.end].text == "(" and acronym.id_ in records:
            chosen = acronym.id_  # the writer says which: "... du peuple (PDF)"
        elif len(ids) > 1:
            chosen = next((i for i in ids if records[i].get("country") == country), ids[0])
        else:
            continue
        if chosen != span.id_:
            span.id_ = chosen
            span._.kb = dict(records[chosen])


def _qualifies(token: Token) -> bool:
    """An adjective or a participle used as one ('aériennes', 'guidées')."""
    return (
        token.pos_ == "ADJ"
        or token.dep_ == "amod"
        or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))
    )


def _definite(mention: Span) -> bool:
    """A definite article, or 'aux' / 'du' (à / de + le), before the mention."""
    k = mention.start - 1
    return k >= 0 and fold(mention.doc[k].text) in _DEFINITE | {"aux", "du"}


def _called(files: DataFiles) -> dict[str, frozenset[str]]:
    """kb_id -> the label nouns its aliases start with ('paramilitaires des FSR')."""
    out = {}
    for actor in files.jsonl("actors.jsonl"):
        aliases = [a for a in actor.get("aliases", []) if a[:1].islower()]
        heads = {fold(a.split()[0]) for a in aliases} & _LABELS.keys()
        if heads:
            out[str(actor["id"])] = frozenset(heads)
    return out


def _resolve_nameless(
    mentions: list[Span], factions: list[Span], called: dict[str, frozenset[str]]
) -> None:
    """'les jihadistes', 'les rebelles', 'les paramilitaires' in a dispatch that names one
    non-state armed group the label fits, by its affiliation ('les jihadistes' beside the EI
    and Kurdish or pro-government forces) or by what the knowledge base calls it
    ('paramilitaires des Forces de soutien rapide'): that group (its name; the mention keeps
    its own text). With none or several, the attackers stay unidentified."""
    groups = {
        str(kb["kb_id"]): f
        for f in factions
        for kb in [_kb(f)]  # read once
        if kb.get("kb_id") and kb.get("inter") in _NON_STATE_INTER
    }
    if not groups:
        return  # no group a label could name
    for mention in mentions:
        word = doc_tokens(mention.doc).folded[mention.start]
        if word not in _LABELS:
            continue  # no label, no group it fits (`called` holds labels only)
        actor = span_value(mention, "actor") or {}
        labels = _LABELS[word]
        # "les paramilitaires", "aux miliciens": the group already told; "des miliciens" may
        # be any
        told = _definite(mention)
        fitting = [
            g
            for kb_id, g in groups.items()
            if _kb(g).get("affiliation") in labels or (told and word in called.get(kb_id, ()))
        ]
        if len(fitting) != 1:
            continue
        group = fitting[0]
        qualified = mention.end < len(mention.doc) and mention.doc[mention.end].pos_ == "ADJ"
        if (
            actor.get("kind") == "armed"
            and not actor.get("from_demonym")
            and not qualified  # "combattants kurdes", "rebelles turkmènes": another group
        ):
            mention._.actor = {
                **(group._.kb or {}),
                "kind": "armed",
                "generic": True,
                "definite": actor.get("definite"),
                "country_name": actor.get("country_name"),
            }


def _resolve_identified(mentions: list[Span], factions: list[Span], verbs: frozenset[str]) -> None:
    """'des hommes armés, identifiés par des témoins comme des membres de la CODECO', 'des
    assaillants que la société civile identifie comme des rebelles des ADF': the armed group
    named after 'comme', in a description of nameless armed men, is who they were (the
    mention keeps its own text)."""
    if not factions:
        return
    doc = factions[0].doc
    for mention in mentions:
        actor = span_value(mention, "actor") or {}
        if actor.get("kind") != "armed" or actor.get("kb_id"):
            continue
        said = next(
            (
                t
                for t in doc[mention.end : mention.end + _DESCRIPTION_REACH]
                if t.head.i == mention.root.i
                and t.dep_ in {"acl", "acl:relcl"}
                and fold(t.lemma_) in verbs
            ),
            None,
        )
        if said is None:
            continue
        comme = next(
            (t.i for t in doc[said.i + 1 : said.i + _DESCRIPTION_REACH] if t.lower_ == "comme"),
            None,
        )
        group = next(
            (
                f
                for f in factions
                if comme is not None
                and comme < f.start <= comme + _DESCRIPTION_REACH
                and _kb(f).get("kb_id")
            ),
            None,
        )
        if group is not None:
            mention._.actor = {
                **(group._.kb or {}),
                "kind": "armed",
                "generic": True,
                "definite": actor.get("definite"),
                "country_name": actor.get("country_name"),
            }


_DESCRIPTION_REACH = 6
# "ses combattants" (one owner) and "leurs hommes" (several): the owner is who the clause is about.
_POSSESSIVES = frozenset({"ses", "son", "sa", "leurs", "leur"})
_ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_OWNER_REACH = 6  # clauses climbed from the noun to the subject that owns it


def _owner(noun: Token, owners: list[Span]) -> Span | None:
    """The armed actor a possessive on `noun` refers to: the subject of the nearest clause
    above the noun that has one, or an actor named inside that subject ('un porte-parole de
    l'ELN'). A subject that names no armed actor ('le ministère') owns nothing."""
    node = noun
    for _ in range(_OWNER_REACH):
        if node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.i == noun.i or subject.is_ancestor(noun):
            return None
        left, right = subject.left_edge.i, subject.right_edge.i
        return next((o for o in owners if left <= o.start and o.end - 1 <= right), None)
    return None


def _actor_position(place: Span, words: DocWords) -> bool:
    """The place is an agent, an ally or a target rather than a scene: subject of a verb,
    after 'par' or 'contre', or the complement of support ('avec l'appui de la Turquie')."""
    before = words.texts[max(0, place.start - 4) : place.start]
    while before and before[-1] in _DEFINITE:
        before.pop()
    if before and before[-1] in _AGENT_MARKS:
        return True
    if any(word in _SUPPORT_NOUNS for word in before):
        return True
    root = place.root
    return root.dep_ in {"nsubj", "nsubj:pass"} and root.head.pos_ in {"VERB", "AUX"}


def _accused(place: Span, verbs: frozenset[str]) -> bool:
    """The country a verb of accusation blames ('ont accusé le Pakistan d'avoir mené des
    frappes'): its forces are who acted."""
    root = place.root
    verb = root.head
    return (
        root.dep_ == "obj"
        and fold(verb.lemma_) in verbs
        # of a deed done ("d'avoir mené"), not of a stance ("de soutenir l'armée")
        and any(
            c.dep_ == "xcomp"
            and any(a.lemma_ == "avoir" and a.dep_.startswith("aux") for a in c.children)
            for c in verb.children
        )
    )


_ALLEGIANCE_STEMS = ("gouvernement", "regime", "pouvoir")


def _qualifies_noun(token: Token) -> bool:
    """An adjective of the noun before, also one the tagger takes for a noun
    ('miliciens progouvernementaux', 'miliciens pro-iraniens')."""
    return token.pos_ == "ADJ" or (token.dep_ == "amod" and token.pos_ == "NOUN")


def _named_after(words: DocWords, end: int, faction_starts: set[int]) -> bool:
    """A named actor follows the noun through 'de': 'jihadistes de HTS', 'gangs de la
    coalition Viv Ansanm', 'soldats de l'armée malienne'."""
    if end >= len(words.texts) or words.texts[end] not in OF_WORDS:
        return False
    return any(start in faction_starts for start in range(end + 1, end + 1 + _FACTION_REACH))
