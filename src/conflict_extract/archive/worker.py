"""What a worker does with a chunk of dispatches: extract, convert to rows, isolate failures.

Runs in the batch process (1 worker), in worker processes (--workers N) and on Dask workers;
each process builds the pipeline once (`shared_pipeline`) and freezes it out of the cycle
collector's full collections, as load_pipeline does (`pipeline.kept`).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence

from spacy.language import Language

from conflict_extract.api import extract
from conflict_extract.archive.rows import ChunkResult, DocumentRows, ErrorRow, document_rows
from conflict_extract.dispatches import Dispatch

# A chunk: (key, dispatch) pairs; the key is the sha256 of the dispatch text.
Chunk = Sequence[tuple[str, Dispatch]]
_PIPELINE_LOCK = threading.Lock()  # a worker running several threads shares one pipeline
_BUILD_LOCK = threading.Lock()


def shared_pipeline() -> tuple[Language, str]:
    """This process's pipeline and its version, built on first use and then kept."""
    with _BUILD_LOCK:  # a warm-up thread and a first task never build it twice
        return _build()


@functools.cache
def _build() -> tuple[Language, str]:
    from conflict_extract import pipeline
    from conflict_extract.provenance import pipeline_version

    return pipeline.kept(pipeline.build_pipeline()), pipeline_version()


def warm_up() -> None:
    """Build this process's pipeline now (pool initializer, Dask worker plugin)."""
    shared_pipeline()


def run_chunk(chunk: Chunk, include_unconfirmed: bool = False) -> ChunkResult:
    """`process_chunk` with this process's shared pipeline."""
    nlp, version = shared_pipeline()
    with _PIPELINE_LOCK:
        return process_chunk(chunk, nlp, version, include_unconfirmed=include_unconfirmed)


def process_chunk(
    chunk: Chunk, nlp: Language, version: str, *, include_unconfirmed: bool = False
) -> ChunkResult:
    """The rows of every dispatch of the chunk. If the chunk fails as a whole, its dispatches
    are retried one by one and each one that fails is returned as an error: one bad dispatch
    never costs the others."""
    try:
        return ChunkResult(documents=_rows(chunk, nlp, version, include_unconfirmed))
    except Exception as error:  # isolated below, dispatch by dispatch
        if len(chunk) == 1:
            return failed_chunk(chunk, _message(error))
    documents: list[DocumentRows] = []
    errors: list[ErrorRow] = []
    for key, dispatch in chunk:
        try:
            documents.extend(_rows([(key, dispatch)], nlp, version, include_unconfirmed))
        except Exception as error:  # recorded in the store's errors table
            errors.append(ErrorRow(dispatch_source(dispatch), _message(error), key))
    return ChunkResult(documents=tuple(documents), errors=tuple(errors))


def failed_chunk(chunk: Chunk, message: str) -> ChunkResult:
    """Every dispatch of the chunk recorded as failed with `message`."""
    return ChunkResult(errors=tuple(ErrorRow(dispatch_source(d), message, k) for k, d in chunk))


def _rows(
    chunk: Chunk, nlp: Language, version: str, include_unconfirmed: bool
) -> tuple[DocumentRows, ...]:
    dispatches = [dispatch for _, dispatch in chunk]
    # Strings the chunk adds to the vocab are freed with it: memory stays flat over an archive.
    with nlp.memory_zone():
        documents = list(
            extract(
                dispatches,
                nlp,
                batch_size=max(1, len(chunk)),
                include_unconfirmed=include_unconfirmed,
            )
        )
    return tuple(
        document_rows(key, version, document)
        for (key, _), document in zip(chunk, documents, strict=True)
    )


def _message(error: Exception) -> str:
    return f"processing failed: {type(error).__name__}: {error}"


def dispatch_source(dispatch: Dispatch) -> str:
    """Where a dispatch comes from, for the errors table: its path, plus its id for JSONL."""
    path = dispatch.path or "<stdin>"
    return f"{path}#{dispatch.id}" if path.endswith(".jsonl") else path
