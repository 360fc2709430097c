"""conflict_names: find the names of a NameIndex (factions, sources, places) in a Doc.

Why not spaCy's span_ruler: its PhraseMatcher compares token sequences, and the same name
tokenises differently across transliterations ("Ahrar esh-Cham" / "Ahrar al Sham",
"Deir ez-Zor" / "Deir Ezzor"); a gazetteer of 100k names would also have to be tokenised at
every start-up. Here every window of up to `max_words` words is reduced to one spelling-tolerant
key (knowledge.normalize) and looked up in a dict, which loads in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflict_extract.components import extensions  # noqa: F401  (registers Span._.kb)
from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.normalize import ARTICLES, fold, join_keys, word_key

_JOINERS = frozenset({"-", "'", "’", "‐", "–"})
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
    }
)


@Language.factory(
    "conflict_names",
    assigns=["doc.spans"],
    default_config={
        "spans_key": "names",
        "label": "NAME",
        "require_title": False,
        "blocked_by": [],
    },
)
def make_names(
    nlp: Language,
    name: str,
    *,
    spans_key: str,
    label: str,
    require_title: bool,
    blocked_by: list[str],
) -> NameMatcher:
    return NameMatcher(
        name=name,
        spans_key=spans_key,
        label=label,
        require_title=require_title,
        blocked_by=blocked_by,
    )


class NameMatcher:
    """Longest-match lookup of index names; the index is handed over with `set_index`."""

    def __init__(
        self,
        *,
        name: str,
        spans_key: str,
        label: str,
        require_title: bool = False,
        blocked_by: list[str] | None = None,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.label = label
        self.require_title = require_title
        self.blocked_by = list(blocked_by or [])
        self.index = NameIndex(label=label)

    def set_index(self, index: NameIndex) -> None:
        self.index = index

    def __call__(self, doc: Doc) -> Doc:
        taken = {
            i
            for key in self.blocked_by
            for span in doc.spans.get(key, [])
            for i in range(span.start, span.end)
        }
        spans = []
        for start, end, ids in self.find(doc):
            if taken.intersection(range(start, end)):
                continue
            span = Span(doc, start, end, label=self.label, span_id=ids[0])
            span._.candidates = list(ids)
            span._.kb = dict(self.index.records[ids[0]])
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def find(self, doc: Doc) -> Iterator[tuple[int, int, list[str]]]:
        """(start, end, candidate ids) of each longest match, left to right."""
        keys = [word_key(token.text) for token in doc]
        i = 0
        while i < len(doc):
            found = self._match_at(doc, keys, i)
            if found is None:
                i += 1
                continue
            end, ids = found
            yield i, end, ids
            i = end

    def _match_at(self, doc: Doc, keys: list[str], start: int) -> tuple[int, list[str]] | None:
        first = doc[start]
        acronym_ids = self.index.by_acronym(first.text)
        if not _can_start(first):
            return None
        best: tuple[int, list[str]] | None = (start + 1, acronym_ids) if acronym_ids else None
        window = list(_window(doc, start, self.index.max_words))
        for n in range(len(window), 0, -1):
            tokens = window[:n]
            if tokens[-1].i + 1 <= (best[0] if best else start):
                break
            if self.require_title and not _titled(tokens):
                continue
            if n > 1 and tokens[-1].lower_.rstrip("'’") in _NOT_LAST:
                continue
            parts = [keys[t.i] for t in tokens]
            flags = [fold(t.text) in ARTICLES and k < n - 1 for k, t in enumerate(tokens)]
            ids = self.index.by_key(join_keys(parts, articles=flags))
            if ids:
                return tokens[-1].i + 1, ids
        return best


def _can_start(token: Token) -> bool:
    if not any(ch.isalnum() for ch in token.text) or token.lower_ in _ELISIONS:
        return False
    if fold(token.text) in ARTICLES:
        # 'al-Jafrat' may start with its article; 'et Ahrar' may not start with 'et'.
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.text in _JOINERS and not token.whitespace_
    return True


def _window(doc: Doc, start: int, max_words: int) -> Iterator[Token]:
    """Word tokens from `start` on, across spaces, hyphens and apostrophes, stopping at other
    punctuation or a line break, at most `max_words` words."""
    n_words = 0
    for token in doc[start:]:
        if token.is_space or "\n" in token.text:
            return
        if token.text in _JOINERS:
            continue
        if not any(ch.isalnum() for ch in token.text):
            return
        yield token
        n_words += 1
        if n_words >= max_words:
            return
        if "\n" in token.whitespace_:
            return


def _titled(tokens: list[Token]) -> bool:
    """Proper-noun shape: the first word that is not an article starts with a capital."""
    for token in tokens:
        if fold(token.text) in ARTICLES and token.is_lower:
            continue
        return token.text[:1].isupper()
    return False
