"""The Dask worker plugin that builds a worker's pipeline once, when the worker joins."""

from __future__ import annotations

import asyncio
import signal
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from conflict_extract.archive.worker import warm_up


class PipelinePlugin(WorkerPlugin):
    name = "conflict-extract-pipeline"

    def __init__(self, *, leave_interrupts: bool = False) -> None:
        # LocalCluster workers share the terminal of the batch: Ctrl-C is for the batch process,
        # which closes the cluster. Workers of a real cluster keep their operator's Ctrl-C.
        self.leave_interrupts = leave_interrupts

    async def setup(self, worker: Any) -> None:
        if self.leave_interrupts:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # setup runs on the main thread
        # Built off the event loop: the worker keeps answering the scheduler meanwhile.
        await asyncio.get_running_loop().run_in_executor(None, warm_up)
