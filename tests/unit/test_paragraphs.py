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


def test_sentence_starts_are_set_in_one_pass_on_long_documents() -> None:
    """Thousands of paragraphs: every line break starts a sentence, no word ever does (the
    component writes all starts at once instead of one token at a time)."""
    nlp = spacy.blank("fr")
    text = "Titre\nLes rebelles, selon l'OSDH, ont pris Idleb.\n\n" * 2_000
    doc = paragraphs(nlp.make_doc(text))
    after_break = [t for t in doc if t.i and "\n" in doc[t.i - 1].text + doc[t.i - 1].whitespace_]
    assert len(after_break) == 2 * 2_000 - 1  # "Les" and every "Titre" but the first
    assert all(t.is_sent_start for t in after_break)
    assert all(t.is_sent_start is False for t in doc if t.text in {"rebelles", "selon", "Idleb"})
