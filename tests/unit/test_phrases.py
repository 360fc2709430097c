"""phrases: word-sequence lexicons matched on a token's folded form or lemma."""

import pytest
import spacy

from conflict_extract.components.phrases import DocWords, Phrases

NLP = spacy.blank("fr")
CUES = Phrases(["selon", "a annoncé", "appuyés par", "aux côtés de"])


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'armée, les rebelles appuyés par le Rwanda ont attaqué, a annoncé le porte-parole.",
        "Les forces kurdes, aux côtés des FDS, ont repris Tabqa.",
        "Aucun mot de la liste ici.",
    ],
)
def test_openings_are_the_only_tokens_where_an_entry_matches(text: str) -> None:
    doc = NLP(text)
    words = DocWords.of(doc)
    everywhere = range(len(doc))
    openings = CUES.openings(words, everywhere)
    assert [i for i in everywhere if CUES.match_at(words, i)] == [
        i for i in openings if CUES.match_at(words, i)
    ]
    assert openings == [i for i in everywhere if words.texts[i] in CUES.sequences]


def test_openings_keep_the_order_and_the_subset_asked() -> None:
    doc = NLP("Selon l'armée, appuyés par le Rwanda.")
    words = DocWords.of(doc)
    assert CUES.openings(words, [4, 0]) == [4, 0]
    assert CUES.openings(words, range(1, 4)) == []
    assert CUES.any_in(words, [4]) and not CUES.any_in(words, range(1, 4))
