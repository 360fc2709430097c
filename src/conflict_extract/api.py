"""The library entry point: dispatches in, Document records out.

from conflict_extract.api import extract
from conflict_extract.pipeline import load_pipeline
for document in extract(dispatches, load_pipeline()):
    ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components import extensions  # noqa: F401  (Doc._.published)
from conflict_extract.convert import to_document
from conflict_extract.dispatches import Dispatch
from conflict_extract.provenance import pipeline_provenance
from conflict_extract.records import Document

# Characters replaced, one for one, in the text the pipeline sees: offsets stay those of the
# original input (a BOM, CR of CRLF line ends, no-break spaces, curly apostrophes).
_ANALYSIS_MAP = str.maketrans(
    {
        "\ufeff": " ",
        "\r": " ",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2019": "'",
    }
)


def analysis_text(text: str) -> str:
    """The text handed to spaCy: same length as `text`, so offsets carry over unchanged."""
    return text.translate(_ANALYSIS_MAP)


def extract(
    dispatches: Iterable[Dispatch],
    nlp: Language,
    *,
    batch_size: int = 16,
    include_unconfirmed: bool = False,
) -> Iterator[Document]:
    """One Document per dispatch, in order, through `nlp.pipe` in batches. Hypothetical,
    future and denied events are left out unless `include_unconfirmed`."""

    def docs() -> Iterator[tuple[Doc, Dispatch]]:
        for dispatch in dispatches:
            doc = nlp.make_doc(analysis_text(dispatch.text))
            doc._.published = dispatch.published.isoformat() if dispatch.published else None
            yield doc, dispatch

    provenance = pipeline_provenance(nlp.meta)
    for doc, dispatch in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield to_document(
            doc, dispatch, provenance=provenance, include_unconfirmed=include_unconfirmed
        )
