"""conflict_names: find the names of a NameIndex (factions, sources, places) in a Doc.

Why not spaCy's span_ruler: its PhraseMatcher compares token sequences, and the same name
tokenises differently across transliterations ("Ahrar esh-Cham" / "Ahrar al Sham",
"Deir ez-Zor" / "Deir Ezzor"); a gazetteer of 100k names would also have to be tokenised at
every start-up. Here every window of up to `max_words` words is reduced to one spelling-tolerant
key (knowledge.normalize) and looked up in a dict, which loads in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from conflict_extract.components import extensions  # noqa: F401  (registers Span._.kb)
from conflict_extract.components.data import DataComponent
from conflict_extract.doc_views import doc_tokens, doc_view, set_span_value, span_bounds
from conflict_extract.knowledge.actors import ACTOR_FILES, SOURCE_FILES, actor_index, source_index
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.normalize import ARTICLES, drop_mute, glue, token_part
from conflict_extract.knowledge.places import PLACE_FILES, place_index
from conflict_extract.text import DEFINITE_ARTICLES, OF_WORDS, fold

_JOINERS = frozenset({"-", "'", "’", "‐", "–"})
_DETERMINERS = frozenset({"des", "les", "la", "le", "du", "un", "une", "ces", "ce", "cette"})
# Arabic articles that are no French word: capitalised before a capitalised word, they start a
# name ("Ed Daein"); "En", "Et", "Es", "As", "An" open French sentences.
_ARTICLES_NOT_FRENCH = frozenset({"al", "el", "ed", "ad", "ez", "az", "ash", "ech", "esh", "ach"})
_ELISIONS = frozenset({"l'", "d'", "l’", "d’", "qu'", "qu’", "s'", "s’", "n'", "n’", "j'", "j’"})
# French function words never end a name: "armée à" must not reduce to "armée" + mute "a".
_NOT_LAST = frozenset(
    {
        "a",
        "à",
        "au",
        "aux",
        "de",
        "des",
        "du",
        "d",
        "l",
        "le",
        "la",
        "les",
        "et",
        "en",
        "ou",
        "un",
        "une",
        "sur",
        "par",
        "pour",
        "dans",
        "y",
        "se",
        "s",
        "ne",
        "n",
        "il",
        "ils",
        "elle",
        "elles",
        "qui",
        "que",
        "qu",
    }
)


@Language.factory(
    "conflict_names",
    assigns=["doc.spans", "span._.kb", "span._.candidates"],
    default_config={
        "knowledge": "actors",
        "spans_key": "factions",
        "label": "FACTION",
        "require_title": False,
        "blocked_by": [],
    },
)
def make_names(
    nlp: Language,
    name: str,
    *,
    knowledge: str,
    spans_key: str,
    label: str,
    require_title: bool,
    blocked_by: list[str],
) -> NameMatcher:
    return NameMatcher(
        name=name,
        knowledge=knowledge,
        spans_key=spans_key,
        label=label,
        require_title=require_title,
        blocked_by=blocked_by,
    )


# The knowledge a matcher can look up: its data files and how they become a NameIndex.
INDEXES: dict[str, tuple[tuple[str, ...], Callable[[DataFiles], NameIndex]]] = {
    "actors": (ACTOR_FILES, actor_index),
    "sources": (SOURCE_FILES, source_index),
    "places": (PLACE_FILES, place_index),
}


class NameMatcher(DataComponent):
    """Longest-match lookup of the names of one knowledge base ('actors', 'sources' or
    'places'), loaded from data/ by `initialize()`."""

    def __init__(
        self,
        *,
        name: str,
        knowledge: str,
        spans_key: str,
        label: str,
        require_title: bool = False,
        blocked_by: list[str] | None = None,
    ) -> None:
        if knowledge not in INDEXES:
            raise ValueError(f"knowledge must be one of {', '.join(INDEXES)}, not {knowledge!r}")
        self.name = name
        self.knowledge = knowledge
        self.data_files = INDEXES[knowledge][0]
        self.spans_key = spans_key
        self.label = label
        self.require_title = require_title
        self.blocked_by = list(blocked_by or [])
        self.index = NameIndex(label=label)
        # Folded nouns a name may open on in lower case, as the index spells some names
        # ('région du Nord', 'province du Centre'); the span found starts at the capital.
        self.lead_nouns: frozenset[str] = frozenset()

    def load(self, files: DataFiles) -> None:
        self.index = INDEXES[self.knowledge][1](files)

    def tables(self) -> dict[str, Any]:
        return self.index.to_tables()

    def use_tables(self, tables: Any, files: DataFiles) -> None:
        self.index = NameIndex.from_tables(tables)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        self._set_spans(doc, self.blocked(doc))
        return doc

    def blocked(self, doc: Doc) -> set[int]:
        """The tokens of the spans of `blocked_by` (a new set): no name found over them."""
        return {
            i
            for key in self.blocked_by
            for span in span_bounds(doc, key)  # read once per group, not once per matcher
            for i in range(span.start, span.end)
        }

    def _set_spans(self, doc: Doc, taken: set[int]) -> None:
        """doc.spans[spans_key]: the names `find` gives that do not overlap `taken`."""
        spans = []
        for start, end, ids in self.find(doc):
            if taken.intersection(range(start, end)):
                continue
            span = Span(doc, start, end, label=self.label, span_id=ids[0])
            set_span_value(span, "candidates", list(ids))  # span._.candidates, without an
            set_span_value(span, "kb", dict(self.index.records[ids[0]]))  # Underscore per write
            spans.append(span)
        doc.spans[self.spans_key] = spans

    def find(self, doc: Doc) -> Iterator[tuple[int, int, list[str]]]:
        """(start, end, candidate ids) of each longest match, left to right."""
        tokens = self.tokens(doc)
        i = 0
        for start in self._starts(tokens):
            if start < i:
                continue
            found = self._match_at(tokens, start)
            if found is None:
                continue
            end, ids = found
            if tokens.texts[start].islower() and tokens.folded[start] in self.lead_nouns:
                # "la région du Nord": the name is 'Nord', read as the region's
                start = next(
                    (k for k in range(start + 1, end) if tokens.texts[k][:1].isupper()), start
                )
            yield start, end, ids
            i = end

    def _starts(self, tokens: _Tokens) -> list[int]:
        """The tokens where `_match_at` may find a name; it finds none at the others (they
        cannot start one, or start no window the index knows and are no acronym; with
        `require_title`, they are lowercase words but for a lowercase article, which
        `_Tokens.titled` then refuses)."""
        # by_acronym's answer, without a Python call per token (None where it gives [])
        may_open, by_acronym = self.index.may_open, self.index.acronyms.get
        articles, parts, texts = tokens.articles, tokens.parts, tokens.texts
        starts = tokens.startable
        if self.require_title:
            capitalised, lowercase = tokens.capitalised, tokens.lowercase
            starts = [
                i
                for i in starts
                if capitalised[i]
                or (articles[i] and lowercase[i])
                or by_acronym(texts[i])
                or (lowercase[i] and tokens.folded[i] in self.lead_nouns)
            ]
        return [i for i in starts if articles[i] or may_open(parts[i]) or by_acronym(texts[i])]

    def tokens(self, doc: Doc) -> _Tokens:
        """What the matchers read of each token of `doc`, built once per Doc for all."""
        return doc_view(doc, "name_tokens", _Tokens)

    def _match_at(self, tokens: _Tokens, start: int) -> tuple[int, list[str]] | None:
        """The longest name at `start`, one of `_starts` (a token `_Tokens.can_start`
        accepts: `startable` holds no other)."""
        index = self.index
        texts, parts, articles, lowers = tokens.texts, tokens.parts, tokens.articles, tokens.lowers
        acronym_ids = index.acronyms.get(texts[start])  # by_acronym, None for []
        best: tuple[int, list[str]] | None = (start + 1, acronym_ids) if acronym_ids else None
        # The window: word tokens from `start` on, across spaces, hyphens and apostrophes,
        # stopping at other punctuation or a line break, at most `max_words` words.
        # heads[m]: the first m words glued (articles left out), as the key of every longer
        # window starts; the window stops growing where no key of the index starts so.
        window: list[int] = []
        heads = [""]
        links, spaces, may_extend, max_words = (
            tokens.links,
            tokens.spaces,
            index.may_extend,
            index.max_words,
        )
        for k in range(start, len(texts)):
            link = links[k]
            if link == _JOINER:
                continue
            if link == _STOP:
                break
            window.append(k)
            head = glue(heads[-1], "" if articles[k] else parts[k])
            if not may_extend(head):
                break
            heads.append(head)
            if len(window) >= max_words or "\n" in spaces[k]:
                break
        shortest = best[0] if best else start  # a window must end after it
        # common_phrase's first test, the same for every window from `start`
        determiner = bool(window) and lowers[window[0]] in _DETERMINERS
        keys = index.keys
        for n in range(min(len(window), len(heads)), 0, -1):
            last = window[n - 1]
            if last + 1 <= shortest:
                break
            if self.require_title and not tokens.titled(window[:n], self.lead_nouns):
                continue
            if n > 1:
                if lowers[last].rstrip("'’") in _NOT_LAST and not (
                    texts[last].isupper() and texts[last - 1] == "-"
                ):
                    continue  # not the capital letter after a hyphen: "SPLM-N", "SPLA-N"
                if determiner and tokens.common_phrase(window[:n]):
                    continue  # "Des armes ont été saisies" is no "Désarmes", "La source" no town
            # = join_keys of the words' keys, the last one kept even if it is an article
            key = drop_mute(glue(heads[n - 1], parts[last]))
            ids = keys.get(key)  # by_key, None for []
            if not ids:
                continue
            if n == 1 and tokens.lowercase[last] and not index.spelled(key, texts[last]):
                continue  # "à l'arme lourde": a common noun, not "l'armée"
            return last + 1, ids
        return best


_OF_OR_THE = OF_WORDS | DEFINITE_ARTICLES


class _TextFacts(NamedTuple):
    """What the matchers read of a token's text (_text_facts)."""

    part: str  # its key part (`token_part`)
    article: bool  # an Arabic article (its folded form in normalize.ARTICLES)
    alnum: bool  # holds a letter or digit
    # whether a name may start at it (`_Tokens.can_start`): True whatever its neighbours,
    # False never, None as its neighbours say (an article, "N'")
    opens: bool | None
    capitalised: bool  # its first character is a capital
    lowercase: bool  # str.islower
    link: int  # what it is in a name's window: _WORD, _JOINER (crossed) or _STOP


@lru_cache(maxsize=1 << 16)
def _text_facts(text: str) -> _TextFacts:
    """What the matchers read of a token's text, worked out once per text (a text repeats its
    words) rather than once per token and array."""
    article = fold(text) in ARTICLES  # the token's folded form (DocTokens.folded)
    alnum = any(ch.isalnum() for ch in text)
    opens: bool | None
    if not alnum or text in _NOT_LAST:
        opens = False
    elif text.lower() in _ELISIONS:  # the token's lowercase form: spaCy's LOWER is str.lower
        opens = None if text in _NAME_INITIALS else False
    else:
        opens = None if article else True
    if "\n" in text or text.isspace():
        link = _STOP  # a line break
    elif text in _JOINERS:
        link = _JOINER
    else:
        link = _WORD if alnum else _STOP  # other punctuation
    return _TextFacts(
        token_part(text), article, alnum, opens, text[:1].isupper(), text.islower(), link
    )


_NAME_INITIALS = ("N'", "N’")
_WORD, _JOINER, _STOP = 0, 1, 2  # what a token is in a name's window (_text_facts)


class _Tokens:
    """What the matchers read of each token, computed once per Doc (doc_views) for all."""

    def __init__(self, doc: Doc) -> None:
        tokens = doc_tokens(doc)
        self.texts = tokens.texts
        self.lowers = tokens.lowers
        self.folded = tokens.folded
        self.spaces = tokens.spaces
        # _TextFacts by token, one look-up per token, not one pass per array
        self.parts: tuple[str, ...] = ()
        self.articles: tuple[bool, ...] = ()
        self.alnum: tuple[bool, ...] = ()
        self.capitalised: tuple[bool, ...] = ()
        self.lowercase: tuple[bool, ...] = ()
        self.links: tuple[int, ...] = ()
        opens: tuple[bool | None, ...] = ()
        if self.texts:
            columns = zip(*map(_text_facts, self.texts), strict=True)
            (
                self.parts,
                self.articles,
                self.alnum,
                opens,
                self.capitalised,
                self.lowercase,
                self.links,
            ) = columns
        self.startable = [i for i, o in enumerate(opens) if o or (o is None and self.can_start(i))]

    def can_start(self, i: int) -> bool:
        if not self.alnum[i] or (self.lowers[i] in _ELISIONS and not self._name_initial(i)):
            return False
        if self.texts[i] in _NOT_LAST:
            return False  # "à Rabia" is no "Al Arabiya"; "Le Caire" may start with "Le"
        if self.articles[i]:
            # 'al-Jafrat' may start with its article; 'et Ahrar' may not start with 'et', nor
            # 'En Syrie' with 'En'; 'Ed Daein', 'El Fasher' may.
            if i + 1 >= len(self.texts):
                return False
            if self.texts[i + 1] in _JOINERS and not self.spaces[i]:
                return True
            return (
                self.lowers[i] in _ARTICLES_NOT_FRENCH
                and self.texts[i][:1].isupper()
                and self.texts[i + 1][:1].isupper()
            )
        return True

    def _name_initial(self, i: int) -> bool:
        """A capital 'N'' glued to a capitalised word starts a name ("N'Djamena", "N'Guigmi",
        "N'Zérékoré"), not the elided negation."""
        return (
            self.texts[i] in _NAME_INITIALS
            and not self.spaces[i]
            and i + 1 < len(self.texts)
            and self.texts[i + 1][:1].isupper()
        )

    def common_phrase(self, words: list[int]) -> bool:
        """A French determiner, capitalised or not, then a word in lower case: 'Des armes',
        'La source', 'Les cayes de la côte' are words of the sentence, not the name their
        letters spell ('Désarmes', 'Les Cayes' are written with capitals)."""
        return self.lowers[words[0]] in _DETERMINERS and any(
            self.lowercase[k] and not self.articles[k] for k in words[1:]
        )

    def titled(self, words: list[int], lead_nouns: frozenset[str] = frozenset()) -> bool:
        """Proper-noun shape: the first word that is not an article (nor, first, one of
        `lead_nouns`: 'région du Nord') starts with a capital."""
        if len(words) > 1 and self.lowercase[words[0]] and self.folded[words[0]] in lead_nouns:
            rest = list(words[1:])
            while rest and self.folded[rest[0]] in _OF_OR_THE:
                rest.pop(0)
            return len(rest) < len(words) - 1 and self.titled(rest)
        for k in words:
            if self.articles[k] and self.lowercase[k]:
                continue
            return self.capitalised[k]
        return False
