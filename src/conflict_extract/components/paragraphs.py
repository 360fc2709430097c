"""conflict_paragraphs: sentence boundaries the parser must respect.

Runs before the parser, which keeps sentence starts already set. A line break always ends a
sentence (the parser alone glues a headline to its first paragraph); a sentence never starts
right after a word or a comma (the parser alone splits "Al-Nosra, Jound al-Aqsa et ..." after
"Al"); after a full stop the parser decides ("M. Abdel Rahmane", "22 janv. 2022").

The starts are written in one pass through `Doc.from_array`: setting `token.is_sent_start`
token by token makes spaCy check the whole Doc for a parse each time (quadratic time).
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.doc_views import doc_dateline_end, doc_text, doc_tokens

_MAY_END = frozenset({".", "!", "?", "…", "»", '"', ":", ";", ")"})


@Language.component("conflict_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    # SENT_START values: 1 starts a sentence, -1 does not, 0 unknown (the parser decides).
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    text = doc_text(doc)
    body = doc.char_span(doc_dateline_end(doc), len(text), alignment_mode="expand")
    body_start = -1 if body is None else body.start
    tokens = doc_tokens(doc)  # read from arrays: a Token object per token costs more
    texts, spaces = tokens.texts, tokens.spaces
    for i in range(len(doc) - 1):
        following = i + 1
        if "\n" in texts[i] or "\n" in spaces[i]:
            starts[following] = 1
        elif following == body_start and i < body_start:
            starts[following] = 1  # "BAMAKO (AFP) - Quatorze villageois..."
        elif texts[i][-1:] not in _MAY_END and not texts[following].isspace():
            starts[following] = -1  # (Token.is_space is str.isspace of its text)
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc
