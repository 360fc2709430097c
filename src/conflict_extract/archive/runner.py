"""A batch: read the inputs, skip what the store already holds, send chunks to an engine
(in this process, a pool of worker processes, or Dask), write each result as it comes back.

The batch process alone reads the inputs and alone writes the store; engines only turn chunks
of dispatches into rows. Input errors never stop the run: they are recorded and counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Literal, Protocol

from spacy.language import Language

from conflict_extract.archive.inputs import dispatch_key
from conflict_extract.archive.rows import ChunkResult, ErrorRow
from conflict_extract.archive.store import Store
from conflict_extract.archive.worker import Chunk, process_chunk
from conflict_extract.dispatches import DEFAULT_MAX_CHARS, Dispatch, read_inputs
from conflict_extract.errors import InputError

_LOOKUP = 256  # dispatches whose stored versions are looked up in one query


class Engine(Protocol):
    """Turns chunks into results, in any order, keeping only a few chunks in flight."""

    def run(self, chunks: Iterable[Chunk], include_unconfirmed: bool) -> Iterator[ChunkResult]: ...


@dataclass(frozen=True)
class BatchOptions:
    chunk_size: int = 16
    force: bool = False
    reprocess_outdated: bool = False
    include_unconfirmed: bool = False
    default_date: date | None = None
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class BatchReport:
    processed: int = 0
    skipped: int = 0
    failed: int = 0

    def line(self) -> str:
        return (
            f"processed {self.processed:,}, skipped as done {self.skipped:,}, "
            f"failed {self.failed:,}"
        )


class InProcess:
    """One worker: this process, with a pipeline built when the first chunk arrives."""

    def __init__(self, build: Callable[[], Language], version: str) -> None:
        self._build = build
        self._version = version
        self._nlp: Language | None = None

    def run(self, chunks: Iterable[Chunk], include_unconfirmed: bool) -> Iterator[ChunkResult]:
        for chunk in chunks:
            if self._nlp is None:
                self._nlp = self._build()
            yield process_chunk(
                chunk, self._nlp, self._version, include_unconfirmed=include_unconfirmed
            )


Item = tuple[Literal["todo", "skip"], str, Dispatch] | tuple[Literal["error"], str, InputError]


def select(
    paths: Sequence[str | InputError], store: Store, options: BatchOptions, version: str
) -> Iterator[Item]:
    """Every input as 'todo' (to process), 'skip' (done, or the same text seen earlier in this
    run) or 'error' (unreadable). `version` is the pipeline version of this run."""
    seen: set[bytes] = set()
    items = _read(paths, options)
    while window := list(islice(items, _LOOKUP)):
        keys = [dispatch_key(item) for item in window if isinstance(item, Dispatch)]
        stored = store.versions(keys)
        for item in window:
            if isinstance(item, InputError):
                yield "error", item.source, item
                continue
            key = dispatch_key(item)
            digest = bytes.fromhex(key)
            done = key in stored and not options.force
            if done and options.reprocess_outdated:
                done = stored[key] == version
            yield ("skip" if done or digest in seen else "todo"), key, item
            seen.add(digest)


def count_todo(
    paths: Sequence[str | InputError], store: Store, options: BatchOptions, version: str
) -> int:
    """How many dispatches a batch will process (reads every input once)."""
    return sum(kind == "todo" for kind, _, _ in select(paths, store, options, version))


def run_batch(
    paths: Sequence[str | InputError],
    store: Store,
    engine: Engine,
    options: BatchOptions,
    version: str,
    *,
    on_progress: Callable[[int], None] = lambda n: None,
    on_error: Callable[[ErrorRow], None] = lambda e: None,
) -> BatchReport:
    """Process every input not yet in `store`; one transaction per chunk."""
    report = BatchReport()

    def input_error(error: InputError) -> None:
        row = ErrorRow(error.source, error.message)
        store.record_errors([row])
        report.failed += 1
        on_error(row)

    def chunks() -> Iterator[Chunk]:
        chunk: list[tuple[str, Dispatch]] = []
        for kind, key, item in select(paths, store, options, version):
            if isinstance(item, InputError):
                input_error(item)
            elif kind == "skip":
                report.skipped += 1
            else:
                chunk.append((key, item))
                if len(chunk) == options.chunk_size:
                    yield chunk
                    chunk = []
        if chunk:
            yield chunk

    for result in engine.run(chunks(), options.include_unconfirmed):
        store.write(result)
        report.processed += len(result.documents)
        report.failed += len(result.errors)
        for row in result.errors:
            on_error(row)
        on_progress(len(result.documents) + len(result.errors))
    return report


def _read(
    paths: Sequence[str | InputError], options: BatchOptions
) -> Iterator[Dispatch | InputError]:
    files = [p for p in paths if isinstance(p, str)]
    yield from (p for p in paths if isinstance(p, InputError))
    yield from read_inputs(files, default_date=options.default_date, max_chars=options.max_chars)
