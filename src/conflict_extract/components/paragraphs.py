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

from conflict_extract.datelines import dateline_end

_MAY_END = frozenset({".", "!", "?", "…", "»", '"', ":", ";", ")"})


@Language.component("conflict_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    # SENT_START values: 1 starts a sentence, -1 does not, 0 unknown (the parser decides).
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    body = doc.char_span(dateline_end(doc.text), len(doc.text), alignment_mode="expand")
    for token in doc[:-1]:
        following = token.i + 1
        if "\n" in token.text or "\n" in token.whitespace_:
            starts[following] = 1
        elif body is not None and following == body.start and token.i < body.start:
            starts[following] = 1  # "BAMAKO (AFP) - Quatorze villageois..."
        elif token.text[-1:] not in _MAY_END and not doc[following].is_space:
            starts[following] = -1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc
