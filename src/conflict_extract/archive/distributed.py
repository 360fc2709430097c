"""`batch --dask`: chunks of dispatches run on a Dask cluster, results come back to the batch
process, which alone writes the store (same guarantees as a local batch).

The batch process reads the inputs and ships each chunk's text with its task: workers need the
project installed, not the files. Each worker builds the pipeline once (a worker plugin at
registration, then a per-process cache). Dask is imported only here, and this module only
when --dask is given.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from conflict_extract.archive.rows import ChunkResult
from conflict_extract.archive.worker import Chunk, failed_chunk, run_chunk
from conflict_extract.errors import ConflictExtractError

_LOCAL = re.compile(r"local(?::(\d+))?")
_REMOTE = re.compile(r"(tcp|tls|ws|wss)://[^\s/:]+:\d+")
INSTALL_HINT = "pip install 'conflict-extract[dask]'"


def parse_address(value: str) -> str:
    """'local', 'local:N' or 'tcp://HOST:PORT' (also tls://, ws://); ValueError otherwise."""
    if match := _LOCAL.fullmatch(value):
        if match.group(1) is not None and int(match.group(1)) < 1:
            raise ValueError("local:N needs N >= 1 worker processes")
        return value
    if _REMOTE.fullmatch(value):
        return value
    raise ValueError(f"{value!r} is neither local[:N] nor a scheduler address like tcp://HOST:8786")


class DaskEngine:
    """An Engine over a Dask client: a few chunks per worker in flight, results as they come.
    A task whose worker dies is run again elsewhere by the scheduler; a chunk the cluster gives
    up on (it killed several workers) is recorded as failed, never lost silently."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def run(self, chunks: Iterable[Chunk], include_unconfirmed: bool) -> Iterator[ChunkResult]:
        from distributed import as_completed

        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        source = iter(chunks)
        pending: dict[Any, Chunk] = {}
        running = as_completed()

        def submit() -> bool:
            chunk = next(source, None)
            if chunk is None:
                return False
            future = self.client.submit(run_chunk, chunk, include_unconfirmed, pure=False)
            pending[future] = chunk
            running.add(future)
            return True

        for _ in range(2 * workers):
            if not submit():
                break
        for future in running:
            chunk = pending.pop(future)
            try:
                result = future.result()
            except Exception as error:  # e.g. KilledWorker: recorded, the batch goes on
                result = failed_chunk(chunk, f"processing failed on the cluster: {error!r}")
            future.release()
            yield result
            submit()


@contextmanager
def dask_engine(address: str) -> Iterator[DaskEngine]:
    """A client on a new LocalCluster ('local[:N]') or on a running scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConflictExtractError(f"--dask needs Dask installed: {INSTALL_HINT}") from None
    from conflict_extract.archive.dask_plugin import PipelinePlugin

    cluster = None
    if match := _LOCAL.fullmatch(address):
        workers = int(match.group(1) or 2)
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # one pipeline per process, used by one thread
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,  # failures are recorded in the store's errors
        )
        client = Client(cluster)
    else:
        try:
            client = Client(address)
        except OSError as error:
            raise ConflictExtractError(
                f"cannot reach the Dask scheduler at {address}: {error}"
            ) from None
    try:
        dashboard = client.scheduler_info().get("services", {}).get("dashboard")
        if dashboard:
            print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr, flush=True)
        # Every worker builds its pipeline now, and each worker that joins later.
        client.register_plugin(PipelinePlugin(leave_interrupts=cluster is not None))
        yield DaskEngine(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
