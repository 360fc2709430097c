"""conflict_places: PLACE spans from the gazetteer, from context ("le village de X") and from
the base model's LOC entities, each geocoded (knowledge.geocode) in the dispatch's context."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflict_extract.components.event_scenes import is_near
from conflict_extract.components.names import NameMatcher
from conflict_extract.doc_views import (
    doc_parse,
    doc_text,
    doc_tokens,
    set_span_group,
    span_bounds,
    span_value,
)
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.geocode import Geocoder
from conflict_extract.knowledge.lexicons import demonyms, word_list_file, word_lists
from conflict_extract.knowledge.normalize import ARTICLES
from conflict_extract.knowledge.places import folded_words, place_stoplist
from conflict_extract.text import OF_WORDS, QUOTE_MARKS, fold, word_before
from conflict_extract.timewords import MONTH_BY_WORD, WEEKDAY_BY_WORD

_CALENDAR_WORDS = frozenset(MONTH_BY_WORD) | frozenset(WEEKDAY_BY_WORD)
_OF_ARTICLES = OF_WORDS | {"la", "le", "l'"}
# "sous le nom d'« Ambazonie »": the tokenizer splits the elision from "d"
_QUOTES_AND_APOSTROPHES = QUOTE_MARKS | {"'", "’"}


@Language.factory(
    "conflict_places",
    assigns=["doc.spans", "span._.kb", "span._.candidates", "doc._.conflict_country"],
    requires=["doc.ents", "token.pos"],
    default_config={
        "spans_key": "places",
        "blocked_by": ["sources", "factions"],
        "use_ner": True,
    },
)
def make_places(
    nlp: Language,
    name: str,
    *,
    spans_key: str,
    blocked_by: list[str],
    use_ner: bool,
) -> PlaceFinder:
    return PlaceFinder(name=name, spans_key=spans_key, blocked_by=blocked_by, use_ner=use_ner)


class PlaceFinder(NameMatcher):
    """The gazetteer's names, names after place nouns (data/place_nouns.json) and, with
    `use_ner`, the base model's LOC entities; all geocoded."""

    def __init__(
        self,
        *,
        name: str,
        spans_key: str,
        blocked_by: list[str],
        use_ner: bool,
    ) -> None:
        super().__init__(
            name=name,
            knowledge="places",
            spans_key=spans_key,
            label="PLACE",
            require_title=True,
            blocked_by=blocked_by,
        )
        self.data_files = (
            *self.data_files,
            "place_nouns.json",
            "demonyms.csv",
            word_list_file("person_cues"),
            word_list_file("admin_cues"),
            word_list_file("world_regions"),
            word_list_file("division_nouns"),
        )
        self.person_cues: tuple[str, ...] = ()
        self.context_nouns: frozenset[str] = frozenset()
        self.not_after: frozenset[str] = frozenset()
        self.not_of: frozenset[str] = frozenset()
        self.demonyms: frozenset[str] = frozenset()
        self.world_regions: frozenset[str] = frozenset()
        self.common_names: frozenset[str] = frozenset()
        self.use_ner = use_ner
        self.geocoder = Geocoder(self.index)

    def load(self, files: DataFiles) -> None:
        super().load(files)
        self._load_context(files)

    def use_tables(self, tables: Any, files: DataFiles) -> None:
        super().use_tables(tables, files)
        self._load_context(files)

    def _load_context(self, files: DataFiles) -> None:
        """What the place finder reads beside the gazetteer's index."""
        nouns = files.json("place_nouns.json")
        self.context_nouns = frozenset(noun.lower() for noun in nouns["context_nouns"])
        self.not_after = frozenset(fold(w) for w in nouns.get("not_places_after", []))
        self.not_of = frozenset(fold(w) for w in nouns.get("not_places_of", []))
        nationalities = demonyms(files)
        self.demonyms = frozenset(nationalities)
        lists = word_lists(files, ("person_cues", "admin_cues", "world_regions", "division_nouns"))
        self.lead_nouns = frozenset(lists["division_nouns"])
        self.common_names = place_stoplist(files)
        self.person_cues = tuple(lists["person_cues"])
        self.world_regions = frozenset(folded_words(w) for w in lists["world_regions"])
        self.geocoder = Geocoder(self.index, admin_cues=lists["admin_cues"], demonyms=nationalities)

    def _portfolio(self, doc: Doc, start: int) -> bool:
        """'le ministère de la Santé', 'le ministre de l'Intérieur', 'le ministère palestinien
        de la Santé': a portfolio, no place."""
        folded = doc_tokens(doc).folded
        k = start - 1
        while k >= 0 and start - k <= 3 and folded[k] in _OF_ARTICLES:
            k -= 1
        if k > 0 and k < start - 1 and doc[k].pos_ == "ADJ" and folded[k - 1] in self.not_of:
            k -= 1  # the office's country: "le ministre israélien de la Défense"
        return k >= 0 and k < start - 1 and folded[k] in self.not_of

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        blocked = self.blocked(doc)  # read once for the gazetteer's names and the others
        self._set_spans(doc, blocked)
        blocked |= _acronyms_after_names(doc, self.blocked_by)
        # "Rami Abdel Rahmane": a person's name holds no place ("Rami" is a village), but a
        # known place the base model reads as a person ("Maaret al-Noomane") stays a place.
        ents = doc.ents
        persons = [ent for ent in ents if ent.label_ == "PER" and len(ent) > 1]
        in_persons = _tokens(persons)
        folded = doc_tokens(doc).folded
        blocked_or_person = blocked | in_persons  # once per Doc, not per name
        known = [
            _extended(span, blocked_or_person)
            for span in doc.spans[self.spans_key]
            if not blocked.intersection(range(span.start, span.end))
            and not any(_strictly_inside(span, person) for person in persons)
            and not _tail_of_longer_name(span)
            and not self._named_not_placed(folded, span.start)
            # "le ministère de la Santé" is no place; "le département de l'Artibonite" is
            # one when the gazetteer knows it as a first-level division.
            and not (self._portfolio(doc, span.start) and not _a_division(span))
        ]
        taken = blocked | {i for span in known for i in range(span.start, span.end)}
        extra = [*self._after_context_nouns(doc, taken)]
        taken |= {i for span in extra for i in range(span.start, span.end)}
        if self.use_ner:
            extra.extend(self._from_ner(doc, ents, taken))
            taken |= {i for span in extra for i in range(span.start, span.end)}
        extra.extend(self._after_a(doc, taken | in_persons))
        taken |= {i for span in extra for i in range(span.start, span.end)}
        extra.extend(_again(doc, [*known, *extra], taken))
        regions, text = self.world_regions, doc_text(doc)
        spans = sorted(
            (
                span
                for span in [*known, *extra]
                # span.text, sliced from the Doc's text rather than joined from its Tokens
                if folded_words(text[span.start_char : span.end_char]) not in regions
                and not _counted_people(doc, span)
            ),
            key=lambda span: span.start,
        )
        self.geocoder.resolve(doc, spans)
        kept = self._in_its_country(doc, spans)
        if len(kept) < len(spans):
            self.geocoder.resolve(doc, kept)  # the dispatch's country without the stray one
        set_span_group(doc, self.spans_key, kept)  # read as bounds by convert, event_scenes
        return doc

    def _in_its_country(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A division named by a common word, found through its division noun ('la région
        du Centre'), is kept only in a country the dispatch's other places are in: in a
        dispatch from Bamako, 'la région du Centre' is no region of Burkina Faso."""
        text = doc_text(doc)
        led = [
            s
            for s in spans
            if folded_words(text[s.start_char : s.end_char]) in self.common_names
            and self._after_lead_noun(doc, s)
        ]
        if not led:
            return spans
        countries = {_kb_of(s).get("country") for s in spans if s not in led} - {None}
        if not countries:
            return spans
        return [s for s in spans if s not in led or _kb_of(s).get("country") in countries]

    def _after_lead_noun(self, doc: Doc, span: Span) -> bool:
        folded = doc_tokens(doc).folded
        k = word_before(folded, span.start, _OF_ARTICLES)
        return k >= 0 and doc[k].is_lower and folded[k] in self.lead_nouns

    def _named_not_placed(self, folded: list[str], start: int) -> bool:
        """The name follows a word after which it is a model, an operation, a venue or a
        nickname, never a place ('l'opération « Haskanite »', 'les manifestations dites
        « Saba Saba »', 'sous le nom d'« Ambazonie »'), quotation marks aside."""
        k = word_before(folded, start, _QUOTES_AND_APOSTROPHES)
        if k < 0:
            return False
        if folded[k] in {"de", "d'", "d"} and k > 0 and folded[k - 1] == "nom":
            return True
        return folded[k] in self.not_after

    def _after_context_nouns(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Capitalised names after a place noun ('village de X', 'villages A, B et C', 'une
        dizaine de villages à l'est de Y, dont A et B')."""
        spans: list[Span] = []
        nouns = self.context_nouns
        # the token arrays, not a Token per word read (Token.is_lower is str.islower)
        tokens, pos = doc_tokens(doc), doc_parse(doc).pos
        texts, lowers, n = tokens.texts, tokens.lowers, len(tokens.texts)
        # the place nouns' positions first, in one pass: few tokens are one
        for at in [k for k, lower in enumerate(lowers) if lower in nouns]:
            i = at + 1
            if i + 1 < n and pos[i] == "ADJ" and texts[i].islower():
                i += 1  # "le camp militaire de Tessit", "la base aérienne de Hmeimim"
            if (
                i + 2 < n
                and lowers[i] == "de"
                and texts[i + 1].islower()
                and pos[i + 1] in {"NOUN", "ADJ", "VERB"}
                and lowers[i + 2] in {"de", "d'", "d’", "du"}
            ):
                i += 2  # "le camp de déplacés d'Abou Chouk", "le site de réfugiés de Kakuma"
            while i < n and lowers[i] in {"de", "d'", "d’", "du", "des"}:
                i += 1
            plural = lowers[at].endswith(("s", "x")) and lowers[at] != "camp"
            if plural:
                i = _after_dont(doc, i)
            while i < n:
                end = _proper_name_end(doc, i)
                if end == i:
                    break
                if not any(j in taken for j in range(i, end)):
                    spans.append(Span(doc, i, end, label="PLACE"))
                    taken.update(range(i, end))
                elif i not in taken:
                    break
                if not plural:
                    break
                i = end
                if i < n and texts[i] == ",":
                    i += 1
                if i < n and lowers[i] == "et":
                    i += 1
                if i < n and lowers[i] in {"de", "d'", "d’"}:
                    i += 1
        return spans

    def _after_a(self, doc: Doc, taken: set[int]) -> list[Span]:
        """A proper noun the gazetteer and the base model missed, right after 'à' in a
        sentence's body: 'ont été tués samedi soir à Dargol par des hommes armés'."""
        spans = []
        lowers, sent_starts = doc_tokens(doc).lowers, doc_parse(doc).sent_starts
        for i in [k + 1 for k, lower in enumerate(lowers[:-1]) if lower == "à"]:
            if i in taken or sent_starts[i] == i:  # the name opens a sentence (is_sent_start)
                continue
            token = doc[i]
            if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and not _is_french_word(token)):
                continue
            if token.dep_ == "iobj":
                continue  # "a écrit à Ouattara": to whom, not where
            end = _proper_name_end(doc, i)
            if end == i or any(j in taken for j in range(i, end)):
                continue
            if fold(doc[i:end].text) in self.demonyms or fold(doc[i].text) in _CALENDAR_WORDS:
                continue
            spans.append(Span(doc, i, end, label="PLACE"))
        return spans

    def _from_ner(self, doc: Doc, ents: tuple[Span, ...], taken: set[int]) -> list[Span]:
        """The base model's LOC entities (`ents`: doc.ents) that are no other thing."""
        spans = []
        for ent in ents:
            if ent.label_ != "LOC" or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if not ent.text[:1].isupper() or "\n" in ent.text or len(ent) > 5:
                continue
            if fold(ent.text) in _CALENDAR_WORDS:
                continue  # "Vendredi, un missile..." read as a place
            if self._named_not_placed(doc_tokens(doc).folded, ent.start):
                continue  # "lance-roquettes multiples Grad", "l'opération Lafiya Dole"
            if self._portfolio(doc, ent.start):
                continue  # "le ministère de la Santé"
            if fold(ent.text) in self.demonyms or ent[0].like_num:
                continue  # "les Syriens", "Douze civils": a people or a number, not a place
            if (
                len(ent) == 1
                and ent[0].pos_ in {"NOUN", "ADJ"}
                and _is_french_word(ent[0])
                and not is_near(ent)
            ):
                # "la télévision d'Etat", "les Syriens": common words, not places; but "près
                # de Chai", "aux abords de Mars": a capital after "near" names a place
                continue
            if _after_person_cue(ent, self.person_cues):
                continue  # "le régime de Bachar al-Assad", "le président Erdogan"
            if _after_plural_article(doc, ent.start):
                continue  # "essentiellement des Tutsi", "des Haoussas et des Fulanis": a people
            spans.append(Span(doc, ent.start, ent.end, label="PLACE"))
        return spans


# "des milliers d'Amhara", "des dizaines de Yazidis": nouns that count people.
_COUNTING_NOUNS = frozenset(
    {"millier", "centaine", "dizaine", "vingtaine", "trentaine", "cinquantaine"}
)


def _after_plural_article(doc: Doc, start: int) -> bool:
    """A plural article before a name the gazetteer does not know ('essentiellement des
    Tutsi', 'des Haoussas et des Fulanis', 'les Hutu'): a people, not a place. Not 'des' after
    a noun, which is 'de' + 'les' ('la région des Grands Lacs'), nor an article after a
    preposition of place ('dans les Kivus')."""
    if start == 0:
        return False
    folded = doc_tokens(doc).folded
    if folded[start - 1] not in {"des", "les"}:
        return False
    if start == 1:
        return True
    before = start - 2
    if folded[before] in _CALENDAR_WORDS:
        return True  # "ont tué samedi des Banyamulenge": no noun the name is the 'de' of
    return (
        doc_parse(doc).pos[before] not in {"NOUN", "PROPN"}
        and folded[before] not in _PLACE_PREPOSITIONS
    )


# "dans les Kivus", "vers les Monts Nuba": an article after these opens a place.
_PLACE_PREPOSITIONS = frozenset(
    {"dans", "vers", "a", "sur", "depuis", "en", "pres", "hors", "entre", "autour"}
)


def _counted_people(doc: Doc, span: Span) -> bool:
    """The name is what a counting noun counts, right after its 'de' ('des milliers d'Amhara
    ont fui', 'des dizaines de Yazidis'): people of that name, not the place ('des dizaines de
    raids sur Idleb' counts raids)."""
    start = span.start
    if start < 2 or doc_tokens(doc).folded[start - 1] not in {"de", "d'"}:
        return False
    return fold(doc_parse(doc).lemmas[start - 2]) in _COUNTING_NOUNS


def _kb_of(span: Span) -> dict:
    return dict(span._.kb or {})


def _acronyms_after_names(doc: Doc, keys: list[str]) -> set[int]:
    """'l'Etat islamique au Sahel (EIS)': the capitals in brackets after a faction's or a
    source's name are its acronym, not a place (Al-Eis)."""
    out: set[int] = set()
    texts = doc_tokens(doc).texts
    for key in keys:
        for span in span_bounds(doc, key):
            k = span.end
            if k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")":
                text = texts[k + 1]
                if text.isupper() and len(text) >= 2:
                    out.add(k + 1)
    return out


def _again(doc: Doc, found: list[Span], taken: set[int]) -> list[Span]:
    """A name read as a place once ('le marché de Mota') is a place at its other mentions
    too ('ont pris le contrôle de Mota'): one sense per dispatch."""
    full = doc_text(doc)
    texts = doc_tokens(doc).texts
    names = {
        text: span
        for span in found
        for text in [full[span.start_char : span.end_char]]  # span.text, not rebuilt
        if len(text) >= 3 and text[:1].isupper()
    }
    # Where a place found starts: its name found there is itself (its tokens are taken),
    # told without building a Span per mention.
    found_at = {span.start_char for span in found}
    out: list[Span] = []
    for text, model in names.items():
        start = 0
        while (at := full.find(text, start)) >= 0:
            start = at + len(text)
            if at in found_at:
                continue
            span = doc.char_span(at, at + len(text), label="PLACE")
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            after = texts[span.end] if span.end < len(texts) else ""
            if after[:1].isupper() and after.isalpha():
                continue  # a longer name
            span._.candidates = list(model._.candidates or [])
            out.append(span)
            taken.update(range(span.start, span.end))
    return out


def _after_dont(doc: Doc, i: int) -> int:
    """Where the names of a plural place noun start: right away ('les villages A, B'), or
    after ', dont' a few words on ('une dizaine de villages à l'est de Y, dont A et B')."""
    tokens = doc_tokens(doc)
    texts, lowers = tokens.texts, tokens.lowers
    if i < len(texts) and texts[i][:1].isupper():
        return i
    for k in range(i, min(len(texts), i + 10)):
        if lowers[k] == "dont" and k > 0 and texts[k - 1] == ",":
            return k + 1
        if texts[k] in {".", ";", "\n"}:
            break
    return i


def _is_french_word(token: Token) -> bool:
    """A word of the base model's vocabulary (it has a vector): 'Etat', 'Syriens'; unlike
    the unknown name of a village ('Tessit')."""
    return token.vocab[token.lower_].has_vector


def _after_person_cue(span: Span, cues: tuple[str, ...]) -> bool:
    """'le régime de Bachar al-Assad', 'le président Erdogan' (data/lexicons/person_cues.txt)."""
    doc = span.doc
    before = " ".join(fold(t.text) for t in doc[max(0, span.start - 2) : span.start])
    return any(before.endswith(cue) for cue in cues)


def _a_division(span: Span) -> bool:
    """The gazetteer knows the name as a first-level division ('Artibonite', 'Alibori')."""
    return any(str(c).startswith("adm1:") for c in span_value(span, "candidates") or [])


def _tokens(spans: list[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def _strictly_inside(span: Span, other: Span) -> bool:
    return other.start <= span.start and span.end <= other.end and len(span) < len(other)


def _tail_of_longer_name(span: Span) -> bool:
    """'al-Assad' in 'Bachar al-Assad': a one-word match preceded, inside one named entity
    of the base model, by a capitalised word the gazetteer does not know."""
    doc = span.doc
    tokens = doc_tokens(doc)
    texts, folded = tokens.texts, tokens.folded
    words = [
        k for k in range(span.start, span.end) if texts[k].isalpha() and folded[k] not in ARTICLES
    ]
    if len(words) != 1:
        return False
    i = span.start - 1
    while i >= 0 and (texts[i] in {"-", "'"} or folded[i] in ARTICLES):
        i -= 1
    if i < 0 or not texts[i][:1].isupper() or not texts[i].isalpha():
        return False
    return doc[i].ent_iob_ in {"B", "I"} and span[0].ent_iob_ == "I"


def _extended(span: Span, blocked: set[int]) -> Span:
    """'Tal' known, 'Tal Nar' meant: a one-word match followed by more capitalised words is
    a longer name the gazetteer lacks; it is then located by context, not by 'Tal'."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or span.end in blocked:
        return span
    end = _proper_name_end(doc, span.start)
    if end <= span.end or any(i in blocked for i in range(span.end, end)):
        return span
    longer = Span(doc, span.start, end, label=span.label_)
    longer._.candidates = []
    return longer


def _proper_name_end(doc: Doc, start: int) -> int:
    """End of the capitalised name starting at `start` ('Houwayjat-Saker', 'al-Jafrat',
    'Bouwayda al-Charqiya'), or `start` when there is none."""
    tokens = doc_tokens(doc)  # Token.is_alpha is str.isalpha of its text
    texts, lowers, spaces = tokens.texts, tokens.lowers, tokens.spaces
    n = len(texts)
    i = start
    if i + 1 < n and lowers[i] in {"al", "el"} and texts[i + 1] == "-":
        i += 2
    if i >= n or not texts[i][:1].isupper() or not texts[i].isalpha():
        return start
    end = i + 1
    while end + 1 < n:
        text = texts[end]
        if text == "-" and not spaces[end - 1] and texts[end + 1].isalpha():
            end += 2
            continue
        if lowers[end] in {"al", "el"} and end + 2 < n and texts[end + 1] == "-":
            end += 3
            continue
        if text[:1].isupper() and text.isalpha() and spaces[end - 1] == " ":
            end += 1
            continue
        break
    return end
