"""Views of a Doc that our components share, built once per Doc: its text, and arrays of
what they read of every token.

spaCy rebuilds `doc.text` (one Token object per token) at every access, and a Token object at
every `doc[i]`; our components read them thousands of times per dispatch. A view is built on
first use and kept, weakly keyed by its Doc, until the Doc goes: nothing outlives a Doc, and a
view is what the same code would compute again: a Doc's text never changes; token views hold
what the tokens' texts give (and, for phrases.DocWords and DocParse, the lemmas and the parse,
which the base model sets before any component that reads them runs), and are built again
when the Doc's length changes, as a retokenizer's merge or split does (none of our components
retokenizes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import add
from typing import TypeVar
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS
from spacy.tokens import Doc, Span

from conflict_extract.text import fold

T = TypeVar("T")

# Doc -> (its length when the views were built, views by name). A cache, not state: every
# value is a function of the Doc and is computed again when missing.
_VIEWS: WeakKeyDictionary[Doc, tuple[int, dict[str, object]]] = WeakKeyDictionary()


def doc_view(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed once per Doc (and again if its tokens were merged or split)."""
    entry = _VIEWS.get(doc)
    if entry is None or entry[0] != len(doc):
        entry = (len(doc), {})
        _VIEWS[doc] = entry
    views = entry[1]
    if name not in views:
        views[name] = build(doc)
    return views[name]  # type: ignore[return-value]


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc."""
    return doc_view(doc, "text", _text)


def _text(doc: Doc) -> str:
    tokens = doc_tokens(doc)  # what doc.text joins: each token's text and whitespace
    return "".join(map(add, tokens.texts, tokens.spaces))


@dataclass(frozen=True)
class DocTokens:
    """Each token's text, lowercase form, trailing whitespace and folded form (text.fold)."""

    texts: list[str]
    lowers: list[str]
    spaces: list[str]
    folded: list[str]


def doc_tokens(doc: Doc) -> DocTokens:
    """The token arrays of `doc`, built in one pass once per Doc."""
    return doc_view(doc, "tokens", _tokens)


def _tokens(doc: Doc) -> DocTokens:
    texts, lowers, spaces = [], [], []
    for token in doc:
        texts.append(token.text)
        lowers.append(token.lower_)
        spaces.append(token.whitespace_)
    return DocTokens(texts, lowers, spaces, [fold(text) for text in texts])


def folded_lemmas(doc: Doc) -> list[str]:
    """Each token's lemma folded (text.fold), or its folded text when it has no lemma; built
    once per Doc, by a component that runs after the lemmatizer."""
    return doc_view(doc, "folded_lemmas", _folded_lemmas)


def _folded_lemmas(doc: Doc) -> list[str]:
    strings = doc.vocab.strings  # what Token.lemma_ reads, without a Token per token
    lemmas = [strings[key] for key in doc.to_array(LEMMA).tolist()]
    return [
        fold(lemma) if lemma else f for lemma, f in zip(lemmas, doc_tokens(doc).folded, strict=True)
    ]


def span_value(span: Span, name: str) -> object:
    """`span._.<name>` for an attribute registered with a default of None (extensions.py),
    read where spaCy keeps it (`doc.user_data`, keyed by the span's character offsets)
    without building an `Underscore` object per read."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


@dataclass(frozen=True)
class DocParse:
    """The parse of every token as plain lists, built once per Doc by a component that runs
    after the parser: `heads[i]` is `doc[i].head.i`, `deps[i]` its `dep_`, `pos[i]` its `pos_`,
    `feats[i]` the features of its `morph` ("Mood=Cnd": `"Cnd" in token.morph.get("Mood")`),
    `children[i]` the indices of `doc[i].children`, `sent_starts[i]`/`sent_ends[i]` the
    bounds of `doc[i].sent`, `lemmas[i]` its `lemma_`."""

    heads: list[int]
    deps: list[str]
    pos: list[str]
    feats: list[frozenset[str]]
    children: list[list[int]]
    sent_starts: list[int]
    sent_ends: list[int]
    lemmas: list[str]
    _subtrees: dict[int, tuple[int, ...]]

    def ancestors(self, i: int) -> list[int]:
        """The indices of `doc[i].ancestors`, nearest first."""
        out = []
        heads = self.heads
        while heads[i] != i:
            i = heads[i]
            out.append(i)
        return out

    def subtree(self, i: int) -> tuple[int, ...]:
        """The indices of `doc[i].subtree`, in its order (left children's subtrees, the
        token, right children's); kept once computed. Iterative: a parse may be deep."""
        found = self._subtrees.get(i)
        if found is None:
            children, out = self.children, []
            stack = [(i, True)]
            while stack:
                k, expand = stack.pop()
                if not expand:
                    out.append(k)
                    continue
                stack.extend((c, True) for c in reversed(children[k]) if c > k)
                stack.append((k, False))
                stack.extend((c, True) for c in reversed(children[k]) if c < k)
            found = self._subtrees[i] = tuple(out)
        return found


def doc_parse(doc: Doc) -> DocParse:
    """The parse arrays of `doc`, built once per Doc (after the parser has run)."""
    return doc_view(doc, "parse", _parse)


def _parse(doc: Doc) -> DocParse:
    n = len(doc)
    array = doc.to_array([HEAD, DEP, POS, MORPH, LEMMA])
    offsets = array[:, 0].astype(numpy.int64).tolist()  # HEAD is relative, stored unsigned
    heads = [i + offset for i, offset in enumerate(offsets)]
    deps, pos, morphs, lemmas = (_strings(doc, array[:, k].tolist()) for k in range(1, 5))
    features = {morph: frozenset(morph.split("|")) for morph in set(morphs) - {"", "_"}}
    feats = [features.get(morph, frozenset()) for morph in morphs]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    sent_starts, sent_ends = [0] * n, [n] * n
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                sent_starts[i], sent_ends[i] = sent.start, sent.end
    return DocParse(heads, deps, pos, feats, children, sent_starts, sent_ends, lemmas, {})


def _strings(doc: Doc, keys: list[int]) -> list[str]:
    """The strings of a column of `Doc.to_array` (0: no value, ""), each looked up once."""
    strings = doc.vocab.strings
    found = {key: strings[key] if key else "" for key in set(keys)}
    return [found[key] for key in keys]
