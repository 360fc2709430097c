"""Local worker processes: `batch --workers N`. Each process builds the pipeline once.

A worker process that dies (killed, out of memory) breaks the pool: a new pool takes over and
the chunks that were in flight run again, one at a time; a chunk that kills its worker again
is split into single dispatches, and a dispatch that does so is recorded as failed.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from conflict_extract.archive.rows import ChunkResult
from conflict_extract.archive.worker import Chunk, failed_chunk, run_chunk, warm_up

_WORKER_DIED = "processing failed: the worker process died on this dispatch"


class LocalPool:
    """An Engine over `workers` processes (spawned: nothing inherited from the writer)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start
        )
        return self._pool

    def run(self, chunks: Iterable[Chunk], include_unconfirmed: bool) -> Iterator[ChunkResult]:
        source = iter(chunks)
        retry: deque[tuple[Chunk, int]] = deque()  # (chunk, times it was in a broken pool)
        pending: dict[Future[ChunkResult], tuple[Chunk, int]] = {}
        pool = self._new_pool()
        exhausted = False
        while True:
            careful = bool(retry) or any(tries for _, tries in pending.values())
            limit = 1 if careful else 2 * self.workers  # a suspect chunk runs alone
            while len(pending) < limit:
                if retry:
                    chunk, tries = retry.popleft()
                elif not careful and not exhausted:
                    next_chunk = next(source, None)
                    if next_chunk is None:
                        exhausted = True
                        break
                    chunk, tries = next_chunk, 0
                else:
                    break
                pending[pool.submit(run_chunk, chunk, include_unconfirmed)] = (chunk, tries)
            if not pending:
                if exhausted and not retry:
                    return
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                pending.pop(future)
                yield result
            if broken:
                for future, (chunk, tries) in pending.items():
                    if future.done() and future.exception() is None:
                        yield future.result()  # finished before the pool broke
                    else:
                        yield from _after_break(chunk, tries, retry)
                pending.clear()
                pool = self._new_pool()


def _start() -> None:
    """A worker leaves Ctrl-C to the batch process, which stops the pool; then loads."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def _after_break(
    chunk: Chunk, tries: int, retry: deque[tuple[Chunk, int]]
) -> Iterator[ChunkResult]:
    if tries == 0:
        retry.append((chunk, 1))
    elif len(chunk) > 1:  # it ran alone and its worker died: find the dispatch
        retry.extend(([item], 1) for item in chunk)
    else:
        yield failed_chunk(chunk, _WORKER_DIED)
