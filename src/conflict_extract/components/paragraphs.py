"""conflict_paragraphs: a line break always ends a sentence.

Runs before the parser, which respects sentence starts already set: the parser alone glues a
headline to its first paragraph, or a paragraph's last sentence to the next one's first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("conflict_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
