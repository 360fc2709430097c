"""conflict_paragraphs: sentence boundaries the parser must respect.

Runs before the parser, which keeps sentence starts already set. A line break always ends a
sentence (the parser alone glues a headline to its first paragraph); a sentence never starts
right after a word or a comma (the parser alone splits "Al-Nosra, Jound al-Aqsa et ..." after
"Al"); after a full stop the parser decides ("M. Abdel Rahmane", "22 janv. 2022").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.datelines import dateline_end

_MAY_END = frozenset({".", "!", "?", "…", "»", '"', ":", ";", ")"})


@Language.component("conflict_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    body = doc.char_span(dateline_end(doc.text), len(doc.text), alignment_mode="expand")
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text or "\n" in token.whitespace_:
            following.is_sent_start = True
        elif body is not None and following.i == body.start and token.i < body.start:
            following.is_sent_start = True  # "BAMAKO (AFP) - Quatorze villageois..."
        elif token.text[-1:] not in _MAY_END and not following.is_space:
            following.is_sent_start = False
    return doc
