"""A batch killed with SIGKILL mid-run keeps whole documents only, and the next run completes
it: the same rows as an uninterrupted run, no duplicate."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from synthetic import write_text_files

from .conftest import (
    final_line,
    invoke,
    snapshot,
    stored_documents_count,
    whole_documents,
)

TOTAL = 120


@pytest.mark.usefixtures("shared_pipeline")
def test_killed_batch_resumes_to_the_rows_of_an_uninterrupted_run(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_text_files(inputs, 0, TOTAL)
    reference = tmp_path / "reference.db"
    assert invoke("batch", str(inputs), "--db", str(reference)).exit_code == 0

    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "conflict_extract", "batch", str(inputs), "--db", str(db)]
    process = subprocess.Popen(
        [*command, "--chunk-size", "4"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while (
        stored_documents_count(db) < 12 and process.poll() is None and time.monotonic() < deadline
    ):
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    at_kill = stored_documents_count(db)
    assert 12 <= at_kill < TOTAL, "the kill must land mid-run"
    assert whole_documents(db)

    resumed = invoke("batch", str(inputs), "--db", str(db))
    assert resumed.exit_code == 0
    assert final_line(resumed.stderr) == (
        f"processed {TOTAL - at_kill}, skipped as done {at_kill}, failed 0"
    )
    assert snapshot(db) == snapshot(reference)
    with sqlite3.connect(db) as connection:
        keys = connection.execute("SELECT count(*), count(DISTINCT key) FROM documents")
        assert keys.fetchone() == (TOTAL, TOTAL)
