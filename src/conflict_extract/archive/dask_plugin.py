"""The Dask worker plugin that builds a worker's pipeline once, when the worker joins."""

from __future__ import annotations

import asyncio
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from conflict_extract.archive.worker import warm_up


class PipelinePlugin(WorkerPlugin):
    name = "conflict-extract-pipeline"

    async def setup(self, worker: Any) -> None:
        # Built off the event loop: the worker keeps answering the scheduler meanwhile.
        await asyncio.get_running_loop().run_in_executor(None, warm_up)
