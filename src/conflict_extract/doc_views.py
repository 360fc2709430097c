"""Views of a Doc that our components share, built once per Doc: its text, and arrays of
what they read of every token.

spaCy rebuilds `doc.text` (one Token object per token) at every access, and a Token object at
every `doc[i]`; our components read them thousands of times per dispatch. A view is built on
first use and kept, keyed by its Doc's id, until the Doc goes (a weakref finalizer drops it; a
WeakKeyDictionary would build a weak reference at every look-up): nothing outlives a Doc, and a
view is what the same code would compute again: a Doc's text never changes; token views hold
what the tokens' texts give (and, for phrases.DocWords and DocParse, the lemmas and the parse,
which the base model sets before any component that reads them runs), and are built again
when the Doc's length changes, as a retokenizer's merge or split does (none of our components
retokenizes). Token views are read from one `Doc.to_array` call, not a Token per token. When
a Doc goes, its Nodes are unlinked from one another, so reference counting frees them at once
instead of leaving tens of thousands of cyclic objects to the garbage collector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import add, eq
from typing import NamedTuple, TypeVar
from weakref import finalize, ref

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, SpanGroup, Token

from conflict_extract.datelines import dateline_end
from conflict_extract.text import fold

T = TypeVar("T")

# id(Doc) -> (its length when the views were built, views by name); an entry goes with its
# Doc. A cache, not state: every value is a function of the Doc and is computed again when
# missing.
_VIEWS: dict[int, tuple[int, dict[str, object]]] = {}


def doc_view(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed once per Doc (and again if its tokens were merged or split)."""
    entry = _VIEWS.get(id(doc))
    if entry is not None and entry[0] == len(doc):
        try:
            return entry[1][name]  # type: ignore[return-value]  # the common case: two look-ups
        except KeyError:
            pass
    return _built(doc, name, build)


def _built(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """doc_view's first call for `name` on this Doc (or on its new tokens)."""
    key = id(doc)
    entry = _VIEWS.get(key)
    if entry is None or entry[0] != len(doc):
        if entry is None:  # a live Doc's id is its own: the entry goes before the id is reused
            finalize(doc, _drop, key)
        else:
            _unlink(entry[1])
        entry = (len(doc), {})
        _VIEWS[key] = entry
    found = entry[1][name] = build(doc)
    return found  # type: ignore[return-value]


def _drop(key: int) -> None:
    entry = _VIEWS.pop(key, None)
    if entry is not None:
        _unlink(entry[1])


def _unlink(views: dict[str, object]) -> None:
    """Break the cycles between the Nodes of dropped views (each Node holds the list of all,
    and its head), so that they go with their last reference."""
    nodes = views.get("nodes")
    if isinstance(nodes, list):
        for node in nodes:
            del node.head
        nodes.clear()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc."""
    return doc_view(doc, "text", _text)


def _text(doc: Doc) -> str:
    tokens = doc_tokens(doc)  # what doc.text joins: each token's text and whitespace
    return "".join(map(add, tokens.texts, tokens.spaces))


def doc_dateline_end(doc: Doc) -> int:
    """`datelines.dateline_end` of the Doc's text, computed once per Doc."""
    return doc_view(doc, "dateline_end", _dateline_end)


def _dateline_end(doc: Doc) -> int:
    return dateline_end(doc_text(doc))


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
    array = doc.to_array([ORTH, LOWER, SPACY])
    texts, lowers = _strings(doc, array[:, 0]), _strings(doc, array[:, 1])
    spaces = _SPACES[array[:, 2]].tolist()  # taken in numpy, not looked up per token
    return DocTokens(texts, lowers, spaces, list(map(fold, texts)))


# a token's SPACY flag (0 or 1) -> its trailing whitespace
_SPACES = numpy.array(["", " "], dtype=object)


def folded_lemmas(doc: Doc) -> list[str]:
    """Each token's lemma folded (text.fold), or its folded text when it has no lemma; built
    once per Doc, by a component that runs after the parser and the lemmatizer (the lemmas
    are those of `doc_parse`)."""
    return doc_view(doc, "folded_lemmas", _folded_lemmas)


def _folded_lemmas(doc: Doc) -> list[str]:
    lemmas = doc_parse(doc).lemmas  # what Token.lemma_ reads, read once for both views
    folded = list(map(fold, lemmas))  # one map over the lemmas, then the few without one
    if "" in lemmas:
        texts = doc_tokens(doc).folded
        for k in compress(count(), map(eq, lemmas, repeat(""))):
            folded[k] = texts[k]
    return folded


def span_value(span: Span, name: str) -> object:
    """`span._.<name>` for an attribute registered with a default of None (extensions.py),
    read where spaCy keeps it (`doc.user_data`, keyed by the span's character offsets)
    without building an `Underscore` object per read."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def doc_value(doc: Doc, name: str) -> object:
    """`doc._.<name>` for an attribute registered with a default of None (extensions.py),
    read where spaCy keeps it, as span_value reads a span's."""
    return doc.user_data.get(("._.", name, None, None))


def set_span_value(span: Span, name: str, value: object) -> None:
    """`span._.<name> = value` for an attribute registered without a setter (extensions.py),
    written where spaCy keeps it, as span_value reads it."""
    span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value


@dataclass(frozen=True)
class DocParse:
    """The parse of every token as plain lists, built once per Doc by a component that runs
    after the parser: `heads[i]` is `doc[i].head.i`, `deps[i]` its `dep_`, `pos[i]` its `pos_`,
    `feats[i]` the features of its `morph`, one per value ("Mood=Cnd" in it: `"Cnd" in
    token.morph.get("Mood")`, a field of several values "PronType=Int,Rel" giving two),
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
            append = out.append
            stack = [i]  # k: a token to expand; ~k (negative): token k itself, in its place
            pop, push = stack.pop, stack.append
            while stack:
                k = pop()
                if k < 0:
                    append(~k)
                    continue
                kids = children[k]
                if not kids:
                    append(k)
                    continue
                for c in reversed(kids):  # children are in order: right ones first off
                    if c > k:
                        push(c)
                push(~k)
                for c in reversed(kids):
                    if c < k:
                        push(c)
            found = self._subtrees[i] = tuple(out)
        return found


def doc_parse(doc: Doc) -> DocParse:
    """The parse arrays of `doc`, built once per Doc (after the parser has run)."""
    return doc_view(doc, "parse", _parse)


def _parse(doc: Doc) -> DocParse:
    n = len(doc)
    array = doc.to_array([HEAD, DEP, POS, MORPH, LEMMA])
    # HEAD is relative, stored unsigned
    heads = (numpy.arange(n, dtype=numpy.int64) + array[:, 0].astype(numpy.int64)).tolist()
    deps, pos, lemmas = (_strings(doc, array[:, k]) for k in (1, 2, 4))
    feats = _features(doc, array[:, 3])
    children: list[list[int]] = [[] for _ in range(n)]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    sent_starts, sent_ends = [0] * n, [n] * n
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            start, end = sent.start, sent.end
            sent_starts[start:end] = [start] * (end - start)
            sent_ends[start:end] = [end] * (end - start)
    return DocParse(heads, deps, pos, feats, children, sent_starts, sent_ends, lemmas, {})


def _features(doc: Doc, column: numpy.ndarray) -> list[frozenset[str]]:
    """The features of each analysis of a MORPH column of `Doc.to_array`, one per value
    ('Number=Plur|PronType=Int,Rel' -> {'Number=Plur', 'PronType=Int', 'PronType=Rel'}; no
    analysis, '' or '_' -> {}), each analysis split once (_ANALYSES), as _strings reads."""
    keys = column.tolist()
    try:
        return list(map(_ANALYSES.__getitem__, keys))
    except KeyError:  # an analysis not seen yet
        pass
    if len(_ANALYSES) > _KNOWN_KEPT:
        _ANALYSES.clear()
        _ANALYSES[0] = frozenset()
    strings = doc.vocab.strings
    for key in set(keys).difference(_ANALYSES):
        found = set()
        for feature in strings[key].split("|"):
            field, _, values = feature.partition("=")
            if values:
                found.update(f"{field}={value}" for value in values.split(","))
        _ANALYSES[key] = frozenset(found)
    return list(map(_ANALYSES.__getitem__, keys))


def _strings(doc: Doc, column: numpy.ndarray) -> list[str]:
    """The strings of a column of `Doc.to_array` (0: no value, ""), each looked up in the
    StringStore once (_KNOWN): decoding a StringStore entry builds a new str every time."""
    keys = column.tolist()
    try:
        return list(map(_KNOWN.__getitem__, keys))
    except KeyError:  # a string not seen yet
        pass
    missing = set(keys).difference(_KNOWN)
    if len(_KNOWN) + len(missing) > _KNOWN_KEPT:
        _KNOWN.clear()
        _KNOWN[0] = ""
        missing = set(keys).difference(_KNOWN)
    strings = doc.vocab.strings
    for key in missing:
        _KNOWN[key] = strings[key]
    return list(map(_KNOWN.__getitem__, keys))


# hash -> string, for _strings. A cache, not state: a spaCy hash is the hash of its string,
# the same in every StringStore, and a missing entry is looked up again; forgotten all at once
# when it holds _KNOWN_KEPT strings, so a long stream of new words cannot grow it.
_KNOWN_KEPT = 1 << 15
_KNOWN: dict[int, str] = {0: ""}
# MORPH hash -> its features, for _features; a cache as _KNOWN is (the hash of a morphological
# analysis is the hash of its string; 0: none).
_ANALYSES: dict[int, frozenset[str]] = {0: frozenset()}


class Node:
    """A token of a parsed Doc as plain values, read the way spaCy's `Token` is (same
    names: `i`, `text`, `lower_`, `lemma_`, `dep_`, `pos_`, `head`, `children`, `ancestors`,
    `subtree`; `has_feature` for `morph`) from the Doc's parse arrays (DocParse), without a
    Token object built at every access. There is one Node per token of a Doc (`doc_nodes`),
    so `is`, `==` and `in` compare positions in that Doc; a Node is never equal to a Token,
    nor inside a Span (test `span.start <= node.i < span.end`). `token` is the spaCy Token,
    for what a Node does not carry (like_num, left_edge...)."""

    __slots__ = ("_of", "dep_", "head", "i", "lemma_", "lower_", "pos_", "text")

    i: int
    text: str
    lower_: str
    lemma_: str
    dep_: str
    pos_: str
    head: Node
    _of: _DocNodes  # what every Node of the Doc shares

    @property
    def children(self) -> list[Node]:
        of = self._of
        nodes = of.nodes
        return [nodes[c] for c in of.parse.children[self.i]]

    @property
    def ancestors(self) -> list[Node]:
        """`Token.ancestors`, nearest first, as a list."""
        of = self._of
        nodes = of.nodes
        return [nodes[k] for k in of.parse.ancestors(self.i)]

    @property
    def subtree(self) -> list[Node]:
        of = self._of
        nodes = of.nodes
        return [nodes[k] for k in of.parse.subtree(self.i)]

    def has_feature(self, field: str, value: str) -> bool:
        """`value in token.morph.get(field)`, read from the parse arrays, without a Token."""
        return f"{field}={value}" in self._of.parse.feats[self.i]

    def at(self, k: int) -> Node:
        """The Node of token `k` of the same Doc."""
        return self._of.nodes[k]

    @property
    def doc(self) -> Doc:
        """The Doc the Node is a token of (`Token.doc`)."""
        doc = self._of.doc()
        assert doc is not None  # a Node is only reached through its live Doc
        return doc

    @property
    def token(self) -> Token:
        return self.doc[self.i]

    def __repr__(self) -> str:
        return self.text


def doc_nodes(doc: Doc) -> list[Node]:
    """One Node per token of `doc`, built once per Doc (after the parser has run)."""
    return doc_view(doc, "nodes", _nodes)


class _DocNodes:
    """What the Nodes of one Doc share: the list of them all, the parse arrays, and a weak
    reference to the Doc (the views live as long as the Doc, not longer)."""

    __slots__ = ("doc", "nodes", "parse")

    def __init__(self, doc: Doc, nodes: list[Node], parse: DocParse) -> None:
        self.doc, self.nodes, self.parse = ref(doc), nodes, parse


def _nodes(doc: Doc) -> list[Node]:
    parse = doc_parse(doc)
    tokens = doc_tokens(doc)
    nodes: list[Node] = []
    of = _DocNodes(doc, nodes, parse)
    append = nodes.append
    # one attribute set per statement: a tuple assignment builds and unpacks a tuple per Node
    for i, text, lower, lemma, dep, pos in zip(
        count(), tokens.texts, tokens.lowers, parse.lemmas, parse.deps, parse.pos
    ):
        node = Node()
        node.i = i
        node.text = text
        node.lower_ = lower
        node.lemma_ = lemma
        node.dep_ = dep
        node.pos_ = pos
        node._of = of
        append(node)
    for node, head in zip(nodes, parse.heads, strict=True):
        node.head = nodes[head]
    return nodes


class SpanBounds(NamedTuple):
    """Where a span of a span group is: its token and character offsets."""

    start: int
    end: int
    start_char: int
    end_char: int


def group_view(doc: Doc, key: str, name: str, build: Callable[[SpanGroup], T], missing: T) -> T:
    """`build(doc.spans[key])`, computed once per span group (`missing` if there is no such
    group), for what a component reads of another's group again and again.

    The value is kept with the group it was built from, which it keeps alive (a group holds
    its Doc weakly, so this keeps no Doc alive, and the group's id is never another's), and
    with that group's length: it is built again when a component replaces the group
    (`doc.spans[key] = spans`, as ours all do) or appends to it. Not seen: a span put in
    place of another with `group[i] = span`, which none of our components does."""
    group = doc.spans.get(key)
    if group is None:
        return missing
    views: dict[str, tuple[SpanGroup, int, T]] = doc_view(doc, name, _no_group_views)
    found = views.get(key)
    if found is None or found[0] is not group or found[1] != len(group):
        found = views[key] = (group, len(group), build(group))
    return found[2]


def _keep_group_view(doc: Doc, key: str, name: str, value: object) -> None:
    """What group_view(doc, key, name, ...) will give for the group now at `key`."""
    group = doc.spans[key]
    views: dict[str, tuple[SpanGroup, int, object]] = doc_view(doc, name, _no_group_views)
    views[key] = (group, len(group), value)


def _no_group_views(doc: Doc) -> dict[str, tuple[SpanGroup, int, object]]:
    return {}


def span_bounds(doc: Doc, key: str) -> tuple[SpanBounds, ...]:
    """The bounds of the spans of `doc.spans[key]`, in the group's order (none if there is no
    such group), read once per group (group_view).

    Every iteration of a SpanGroup builds a Span object per span (and three Tokens), while
    many readers only want where the spans are, again and again; a component that writes its
    group with set_span_group gives them as it writes it. A span's extension values are read
    from its bounds with `bounds_value`; Spans themselves come from `doc.spans`."""
    return group_view(doc, key, "span_bounds", _bounds_of, ())


def set_span_group(doc: Doc, key: str, spans: list[Span]) -> None:
    """`doc.spans[key] = spans`, the spans' bounds kept for span_bounds as they are written:
    read from the Spans the writer holds, where a later reader of span_bounds would build a
    Span per span again. They are kept with the new group and its length, as group_view
    keeps what it builds: a group replaced or appended to afterwards is read again."""
    doc.spans[key] = spans
    _keep_group_view(doc, key, "span_bounds", _bounds_of(spans))


def _bounds_of(spans: Iterable[Span]) -> tuple[SpanBounds, ...]:
    return tuple(SpanBounds(s.start, s.end, s.start_char, s.end_char) for s in spans)


def bounds_value(doc: Doc, bounds: SpanBounds, name: str) -> object:
    """`span._.<name>` of the span at `bounds` (span_bounds), as span_value reads it."""
    return doc.user_data.get(("._.", name, bounds.start_char, bounds.end_char))


def root_node(span: Span) -> Node:
    """The Node of `span.root`, found once per Doc and span bounds."""
    doc = span.doc
    roots: dict[tuple[int, int], Node] = doc_view(doc, "roots", _no_roots)
    key = (span.start, span.end)
    try:
        return roots[key]
    except KeyError:
        found = roots[key] = doc_nodes(doc)[span.root.i]
        return found


def _no_roots(doc: Doc) -> dict[tuple[int, int], Node]:
    return {}
