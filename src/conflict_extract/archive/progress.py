"""The batch progress bar on stderr: dispatches done/total, dispatches per second, ETA.
Silent when stderr is not a terminal (or with --quiet); error lines are printed either way."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- dispatches/s" if speed is None else f"{speed:.1f} dispatches/s")


class Reporter:
    """What a batch tells people: progress, and one `Error: ...` line per failed input."""

    def __init__(self, progress: Progress | None, console: Console) -> None:
        self._progress = progress
        self._console = console

    def advance(self, n: int) -> None:
        if self._progress is not None:
            self._progress.advance(self._progress.task_ids[0], n)

    def message(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=sys.stderr, flush=True)


@contextmanager
def reporter(total: int, *, quiet: bool) -> Iterator[Reporter]:
    console = Console(stderr=True)
    if quiet or not console.is_terminal or total == 0:
        yield Reporter(None, console)
        return
    progress = Progress(
        TextColumn("batch"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    progress.add_task("batch", total=total)
    with progress:
        yield Reporter(progress, console)
