"""doc_views: per-Doc views that equal what spaCy computes, and never keep a Doc alive."""

import gc
import weakref

import pytest
import spacy
from spacy.tokens import Span

import conflict_extract.components.extensions  # noqa: F401  (registers span._.kb)
from conflict_extract.doc_views import (
    bounds_value,
    doc_nodes,
    doc_parse,
    doc_text,
    doc_tokens,
    folded_lemmas,
    root_node,
    set_span_group,
    span_bounds,
    span_value,
)
from conflict_extract.text import fold

NLP = spacy.blank("fr")


@pytest.mark.parametrize(
    "text",
    [
        "BEYROUTH, 12 mars 2016 (AFP) -  Les forces du régime ont repris Palmyre.\n\nSelon l'OSDH",
        "  Deux soldats tués à Gao\tdimanche. ",
        "Œuvre d’Ahrar esh-Cham à Maaret al-Noomane\n",
    ],
)
def test_views_are_what_spacy_gives(text: str) -> None:
    doc = NLP(text)
    tokens = doc_tokens(doc)
    assert doc_text(doc) == doc.text == text
    assert tokens.texts == [t.text for t in doc]
    assert tokens.lowers == [t.lower_ for t in doc]
    assert tokens.spaces == [t.whitespace_ for t in doc]
    assert tokens.folded == [fold(t.text) for t in doc]


def test_folded_lemmas_are_the_lemmas_folded_or_the_folded_text() -> None:
    doc = NLP("Deux soldats ont été tués à Maaret al-Noomane.")
    for token, lemma in zip(doc, ["deux", "soldat", "avoir", "être", "tuer"], strict=False):
        token.lemma_ = lemma
    doc[5].lemma_ = "À"  # folded like any lemma; the tokens after it have none
    expected = [fold(t.lemma_) if t.lemma_ else fold(t.text) for t in doc]
    assert folded_lemmas(doc) == expected
    assert expected[3] == "etre" and expected[5] == "a" and expected[6] == "maaret"


def test_views_follow_a_retokenized_doc() -> None:
    doc = NLP("Deir ez-Zor est tombée.")
    assert doc_tokens(doc).texts[0] == "Deir"
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:4])
    assert doc_tokens(doc).texts == [t.text for t in doc]
    assert doc_text(doc) == doc.text


def test_views_do_not_keep_their_doc_alive() -> None:
    doc = NLP("Les FDS ont repris Tabqa.")
    doc_text(doc)
    doc_tokens(doc)
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize(
    "text",
    [
        "Les forces du régime ont repris Palmyre. Selon l'OSDH, dix civils auraient été tués.",
        "Si l'armée s'empare de la ville, la route sera coupée, a prévenu le ministre.",
    ],
)
def test_parse_view_is_what_spacy_gives(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    parse = doc_parse(doc)
    for token in doc:
        i = token.i
        assert parse.heads[i] == token.head.i
        assert parse.deps[i] == token.dep_
        assert parse.pos[i] == token.pos_
        assert parse.lemmas[i] == token.lemma_
        assert parse.children[i] == [c.i for c in token.children]
        assert list(parse.subtree(i)) == [t.i for t in token.subtree]
        assert parse.ancestors(i) == [t.i for t in token.ancestors]
        assert (parse.sent_starts[i], parse.sent_ends[i]) == (token.sent.start, token.sent.end)
        for field in ("Mood", "Tense", "VerbForm", "Number"):
            for value in token.morph.get(field):
                assert f"{field}={value}" in parse.feats[i]
        assert len(parse.feats[i]) == len(token.morph)


@pytest.mark.parametrize(
    "text",
    [
        "Les forces du régime ont repris Palmyre. Selon l'OSDH, dix civils auraient été tués.",
        "Des combats ont opposé lundi l'armée aux rebelles du M23, appuyés par le Rwanda.",
    ],
)
def test_nodes_read_as_spacy_tokens(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    nodes = doc_nodes(doc)
    assert len(nodes) == len(doc)
    for token, node in zip(doc, nodes, strict=True):
        assert (node.i, node.text, node.lower_, node.lemma_, node.dep_, node.pos_) == (
            token.i,
            token.text,
            token.lower_,
            token.lemma_,
            token.dep_,
            token.pos_,
        )
        assert node.head is nodes[token.head.i]
        assert [c.i for c in node.children] == [c.i for c in token.children]
        assert [a.i for a in node.ancestors] == [a.i for a in token.ancestors]
        assert [t.i for t in node.subtree] == [t.i for t in token.subtree]
        assert node.token == token
        assert node.doc is doc
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            assert root_node(doc[start:end]) is nodes[doc[start:end].root.i]


def test_nodes_do_not_keep_their_doc_alive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les FDS ont repris Tabqa.")
    root_node(doc[1:2])
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_nodes_go_with_their_doc_without_the_cycle_collector(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les FDS ont repris Tabqa.")
    root_node(doc[1:2])
    parse = weakref.ref(doc_parse(doc))  # each Node holds it: it goes when the last Node does
    gc.collect()
    gc.disable()
    try:
        del doc
        assert parse() is None
    finally:
        gc.enable()


def test_parse_features_are_each_value_of_the_morph() -> None:
    doc = NLP("qui les tués")
    doc[0].set_morph("PronType=Int,Rel")
    doc[1].set_morph("Number=Plur|Person=3")
    parse, nodes = doc_parse(doc), doc_nodes(doc)
    assert parse.feats == [
        frozenset({"PronType=Int", "PronType=Rel"}),
        frozenset({"Number=Plur", "Person=3"}),
        frozenset(),
    ]
    for token, node in zip(doc, nodes, strict=True):
        for field, value in (("PronType", "Rel"), ("PronType", "Ind"), ("Number", "Plur")):
            assert node.has_feature(field, value) == (value in token.morph.get(field))


def test_span_value_is_the_extension_value() -> None:
    doc = NLP("Les FDS ont repris Tabqa.")
    span = Span(doc, 1, 2, label="FACTION")
    assert span_value(span, "kb") is None
    span._.kb = {"kb_id": "sdf"}
    assert span_value(span, "kb") is span._.kb
    assert span_value(Span(doc, 1, 2, label="OTHER"), "kb") is span._.kb  # keyed by offsets
    assert span_value(Span(doc, 1, 3), "kb") is None


def test_span_bounds_are_where_the_group_spans_are() -> None:
    doc = NLP("Les FDS ont repris Tabqa hier.")
    assert span_bounds(doc, "factions") == ()
    doc.spans["factions"] = [Span(doc, 1, 2, label="FACTION"), Span(doc, 4, 5, label="PLACE")]
    bounds = span_bounds(doc, "factions")
    assert [tuple(b) for b in bounds] == [
        (s.start, s.end, s.start_char, s.end_char) for s in doc.spans["factions"]
    ]
    assert span_bounds(doc, "factions") is bounds  # read once per group


def test_span_bounds_follow_a_replaced_or_changed_group() -> None:
    doc = NLP("Les FDS ont repris Tabqa hier.")
    doc.spans["places"] = [Span(doc, 4, 5)]
    assert [b.start for b in span_bounds(doc, "places")] == [4]
    doc.spans["places"] = [Span(doc, 1, 2)]  # a new group, of the same length
    assert [b.start for b in span_bounds(doc, "places")] == [1]
    doc.spans["places"].append(Span(doc, 4, 5))
    assert [b.start for b in span_bounds(doc, "places")] == [1, 4]
    del doc.spans["places"]
    assert span_bounds(doc, "places") == ()


def test_span_group_set_with_its_bounds() -> None:
    doc = NLP("Les FDS ont repris Tabqa et Raqqa hier.")
    spans = [Span(doc, 4, 5), Span(doc, 6, 7)]
    set_span_group(doc, "places", spans)
    assert [(s.start, s.end) for s in doc.spans["places"]] == [(4, 5), (6, 7)]
    bounds = span_bounds(doc, "places")
    assert bounds == tuple((s.start, s.end, s.start_char, s.end_char) for s in doc.spans["places"])
    assert span_bounds(doc, "places") is bounds  # as written: not read from the group again
    doc.spans["places"].append(Span(doc, 1, 2))  # changed after it was written
    assert [b.start for b in span_bounds(doc, "places")] == [4, 6, 1]
    doc.spans["places"] = [Span(doc, 1, 2)]  # replaced without set_span_group
    assert [b.start for b in span_bounds(doc, "places")] == [1]


def test_span_bounds_do_not_keep_their_doc_alive() -> None:
    doc = NLP("Les FDS ont repris Tabqa.")
    doc.spans["factions"] = [Span(doc, 1, 2)]
    span_bounds(doc, "factions")
    gone = weakref.ref(doc)
    del doc
    assert gone() is None  # reference counting alone frees it: no cycle through the view


def test_bounds_value_is_the_extension_value() -> None:
    doc = NLP("Les FDS ont repris Tabqa.")
    span = Span(doc, 1, 2, label="FACTION")
    span._.kb = {"kb_id": "sdf"}
    doc.spans["factions"] = [span, Span(doc, 4, 5)]
    first, second = span_bounds(doc, "factions")
    assert bounds_value(doc, first, "kb") is span._.kb
    assert bounds_value(doc, second, "kb") is None
