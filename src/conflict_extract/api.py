"""The library entry point: dispatches in, Document records out.

from conflict_extract.api import extract
from conflict_extract.pipeline import load_pipeline
for document in extract(dispatches, load_pipeline()):
    ...

`extract_each` goes on past a dispatch whose analysis fails and yields a DispatchError in
its place; `extract` raises the failure. Long dispatches are analysed in sections
(conflict_extract.sections), so time grows linearly with length and texts longer than
spaCy's `nlp.max_length` are accepted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components import extensions  # noqa: F401  (Doc._.published)
from conflict_extract.convert import to_document
from conflict_extract.dispatches import Dispatch
from conflict_extract.errors import DispatchError
from conflict_extract.provenance import pipeline_provenance
from conflict_extract.records import Document
from conflict_extract.sections import SECTION_CHARS, merge, section_bounds

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


@dataclass(frozen=True)
class _Section:
    """One stretch of a dispatch that goes through the pipeline as one Doc."""

    dispatch: Dispatch
    start: int
    end: int
    count: int  # sections of this dispatch
    last: bool


def extract(
    dispatches: Iterable[Dispatch],
    nlp: Language,
    *,
    batch_size: int = 16,
    include_unconfirmed: bool = False,
) -> Iterator[Document]:
    """One Document per dispatch, in order. Hypothetical, future and denied events are left
    out unless `include_unconfirmed`. A failing dispatch raises its exception (the Documents
    before it are yielded first)."""
    for result in extract_each(
        dispatches, nlp, batch_size=batch_size, include_unconfirmed=include_unconfirmed
    ):
        if isinstance(result, DispatchError):
            raise result.error
        yield result


def extract_each(
    dispatches: Iterable[Dispatch],
    nlp: Language,
    *,
    batch_size: int = 16,
    include_unconfirmed: bool = False,
) -> Iterator[Document | DispatchError]:
    """One Document per dispatch, in order, or a DispatchError in its place when anything
    inside its analysis fails (a bug included): the other dispatches are not affected."""
    parts: list[tuple[int, Document]] = []
    failure: DispatchError | None = None
    provenance = pipeline_provenance(nlp.meta)
    for section, result in _analysed(
        _sections(dispatches, nlp), nlp, batch_size, include_unconfirmed, provenance
    ):
        if isinstance(result, DispatchError):
            failure = failure or result
        else:
            parts.append((section.start, result))
        if not section.last:
            continue
        if failure is not None:
            yield failure
        elif section.count == 1:
            yield parts[0][1]
        else:
            yield merge(
                parts,
                [*section.dispatch.warnings, _sections_note(section)],
                text=section.dispatch.text,
            )
        parts, failure = [], None


def _sections(dispatches: Iterable[Dispatch], nlp: Language) -> Iterator[_Section]:
    for dispatch in dispatches:
        bounds = section_bounds(dispatch.text, nlp.max_length)
        for number, (start, end) in enumerate(bounds, start=1):
            yield _Section(dispatch, start, end, len(bounds), number == len(bounds))


def _sections_note(section: _Section) -> str:
    return (
        f"{len(section.dispatch.text):,} characters analysed in {section.count} sections of at "
        f"most {SECTION_CHARS:,}, cut at paragraph breaks: context does not cross a cut"
    )


def _analysed(
    sections: Iterator[_Section],
    nlp: Language,
    batch_size: int,
    include_unconfirmed: bool,
    provenance: Mapping[str, str | None],
) -> Iterator[tuple[_Section, Document | DispatchError]]:
    """Each section's Document, through `nlp.pipe` in batches. When a batch fails, its
    sections are analysed again one by one, so that only the failing one is lost."""
    while batch := list(islice(sections, batch_size)):
        try:
            docs: list[Doc | DispatchError] = list(
                nlp.pipe([_doc(nlp, section) for section in batch], batch_size=len(batch))
            )
        except Exception:
            docs = [_analysed_alone(nlp, section) for section in batch]
        for section, doc in zip(batch, docs, strict=True):
            yield section, _document(doc, section, include_unconfirmed, provenance)


def _analysed_alone(nlp: Language, section: _Section) -> Doc | DispatchError:
    try:
        (doc,) = nlp.pipe([_doc(nlp, section)])  # as in a batch (nlp() rewraps KeyErrors)
        return doc
    except Exception as error:
        return _failure(section, error)


def _doc(nlp: Language, section: _Section) -> Doc:
    dispatch = section.dispatch
    doc = nlp.make_doc(analysis_text(dispatch.text[section.start : section.end]))
    doc._.published = dispatch.published.isoformat() if dispatch.published else None
    return doc


def _document(
    doc: Doc | DispatchError,
    section: _Section,
    include_unconfirmed: bool,
    provenance: Mapping[str, str | None],
) -> Document | DispatchError:
    if isinstance(doc, DispatchError):
        return doc
    dispatch = section.dispatch
    if section.count > 1:
        dispatch = replace(dispatch, text=dispatch.text[section.start : section.end])
    try:
        return to_document(
            doc, dispatch, provenance=provenance, include_unconfirmed=include_unconfirmed
        )
    except Exception as error:
        return _failure(section, error)


def _failure(section: _Section, error: Exception) -> DispatchError:
    dispatch = section.dispatch
    return DispatchError(dispatch.origin or dispatch.id, error)
