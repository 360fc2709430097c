"""`conflict-extract batch` as a library call: inputs -> store, with an engine and progress."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from conflict_extract.archive.inputs import expand_inputs
from conflict_extract.archive.progress import reporter
from conflict_extract.archive.rows import ErrorRow
from conflict_extract.archive.runner import (
    BatchOptions,
    BatchReport,
    Engine,
    InProcess,
    count_todo,
    run_batch,
)
from conflict_extract.archive.store import Store


def run(
    args: Sequence[str],
    db: str,
    options: BatchOptions,
    *,
    workers: int = 1,
    cluster: str | None = None,
    quiet: bool = False,
    stdin: TextIO | None = None,
) -> BatchReport:
    """Process `args` (files, directories, globs, '-') into the store at `db`. `cluster` is a
    Dask address ('local:N' or 'tcp://...'), else `workers` local processes do the work."""
    from conflict_extract.provenance import pipeline_version

    paths = list(expand_inputs(args, stdin))
    version = pipeline_version()
    with Store.open(db) as store:
        total = count_todo(paths, store, options, version)
        with (
            _engine(total, workers, cluster, version) as engine,
            reporter(total, quiet=quiet) as ui,
        ):

            def on_error(row: ErrorRow) -> None:
                ui.message(f"Error: {row.source}: {row.message}")

            return run_batch(
                paths, store, engine, options, version, on_progress=ui.advance, on_error=on_error
            )


@contextmanager
def _engine(total: int, workers: int, cluster: str | None, version: str) -> Iterator[Engine]:
    from conflict_extract import pipeline

    if total and cluster is not None:
        from conflict_extract.archive.distributed import dask_engine

        with dask_engine(cluster) as engine:
            yield engine
    elif total and workers > 1:
        from conflict_extract.archive.pool import LocalPool

        with LocalPool(workers) as engine:
            yield engine
    else:  # one worker, or nothing to do (then nothing is built)
        yield InProcess(lambda: pipeline.kept(pipeline.build_pipeline()), version)
