"""doc_views: per-Doc views that equal what spaCy computes, and never keep a Doc alive."""

import gc
import weakref

import pytest
import spacy

from conflict_extract.doc_views import doc_text, doc_tokens, folded_lemmas
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
