"""`batch --workers 2`: real worker processes, one writer; a worker killed mid-run costs
nothing (its chunks run again in a new pool)."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import psutil
import pytest

from synthetic import write_text_files

from .conftest import final_line, invoke, snapshot, spawned_workers, stored_documents_count

TOTAL = 48


def _kill_a_worker_once_some_are_stored(db: Path, seen: dict[str, int]) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        workers = spawned_workers(psutil.Process())
        stored = stored_documents_count(db)
        if workers and stored >= 8:
            seen["stored"] = stored
            os.kill(workers[0].pid, signal.SIGKILL)
            return
        time.sleep(0.02)


@pytest.mark.usefixtures("shared_pipeline")
def test_two_workers_store_the_rows_of_one_and_survive_a_killed_worker(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_text_files(inputs, 0, TOTAL)
    reference = tmp_path / "one-worker.db"
    assert invoke("batch", str(inputs), "--db", str(reference)).exit_code == 0

    db = tmp_path / "two-workers.db"
    seen: dict[str, int] = {}
    killer = threading.Thread(target=_kill_a_worker_once_some_are_stored, args=(db, seen))
    killer.start()
    result = invoke("batch", str(inputs), "--db", str(db), "--workers", "2", "--chunk-size", "4")
    killer.join()
    assert 8 <= seen["stored"] < TOTAL, "the kill must land mid-run"
    assert result.exit_code == 0, result.stderr
    assert final_line(result.stderr) == f"processed {TOTAL}, skipped as done 0, failed 0"
    assert snapshot(db) == snapshot(reference)
