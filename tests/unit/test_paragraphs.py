import spacy

from conflict_extract.components.paragraphs import paragraphs


def test_line_breaks_start_sentences_and_words_never_do() -> None:
    nlp = spacy.blank("fr")
    doc = paragraphs(
        nlp.make_doc("Titre sans point\n\nAl-Nosra, Jound al-Aqsa et Ahrar ont pris Idleb. Fin.")
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Al" in starts
    assert all(doc[t.i].is_sent_start is False for t in doc if t.text in {"-", "Nosra", "Jound"})
    assert doc[[t.text for t in doc].index("Fin")].is_sent_start is None  # the parser decides
