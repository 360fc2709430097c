"""Views of a Doc that our components share, built once per Doc: its text, and arrays of
what they read of every token.

spaCy rebuilds `doc.text` (one Token object per token) at every access, and a Token object at
every `doc[i]`; our components read them thousands of times per dispatch. A view is built on
first use and kept, weakly keyed by its Doc, until the Doc goes: nothing outlives a Doc, and a
view is what the same code would compute again: a Doc's text never changes; token views hold
what the tokens' texts give (and, for phrases.DocWords, the lemmas, which the base model sets
before any of our components runs), and are built again when the Doc's length changes, as a
retokenizer's merge or split does (none of our components retokenizes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import add
from typing import TypeVar
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA
from spacy.tokens import Doc

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
