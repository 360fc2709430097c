"""`batch --dask`: a real LocalCluster of 2 worker processes (one killed mid-run) stores the
rows of a local batch; a missing scheduler, a bad address and a missing Dask are one-line
errors; without --dask nothing of Dask is imported."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from synthetic import dispatch_text, write_text_files

from .conftest import final_line, invoke, snapshot, spawned_workers, stored_documents_count

TOTAL = 48


def _cli(*args: str, prelude: str = "") -> list[str]:
    """The CLI in a fresh interpreter, after `prelude` (Python statements)."""
    argv = ["conflict-extract", *args]
    code = (
        f"import sys\n{prelude}\nfrom conflict_extract.cli import main\nsys.argv = {argv!r}\nmain()"
    )
    return [sys.executable, "-c", code]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.usefixtures("shared_pipeline")
def test_local_cluster_stores_the_rows_of_a_local_batch_despite_a_killed_worker(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    write_text_files(inputs, 0, TOTAL)
    reference = tmp_path / "local.db"
    assert invoke("batch", str(inputs), "--db", str(reference)).exit_code == 0

    db = tmp_path / "dask.db"
    command = [sys.executable, "-m", "conflict_extract", "batch", str(inputs), "--db", str(db)]
    process = subprocess.Popen(
        [*command, "--dask", "local:2", "--chunk-size", "4"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    batch = psutil.Process(process.pid)
    killed_at = None
    try:
        deadline = time.monotonic() + 400
        while process.poll() is None and time.monotonic() < deadline:
            workers = spawned_workers(batch)
            if (
                killed_at is None
                and len(workers) == 2
                and (stored := stored_documents_count(db)) >= 8
            ):
                os.kill(workers[0].pid, signal.SIGKILL)  # the nanny restarts it, tasks rerun
                killed_at = stored
            time.sleep(0.05)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:  # a failed test leaves no cluster behind
            for child in batch.children(recursive=True):
                child.kill()
            process.kill()
            process.communicate()
    assert killed_at is not None and killed_at < TOTAL, "the kill must land mid-run"
    assert process.returncode == 0, stderr
    assert "Dask dashboard: http://" in stderr
    assert final_line(stderr) == f"processed {TOTAL}, skipped as done 0, failed 0"
    assert snapshot(db) == snapshot(reference)


def test_missing_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    dispatch = tmp_path / "d.txt"
    dispatch.write_text(dispatch_text(0), encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    result = subprocess.run(
        _cli("batch", str(dispatch), "--db", str(tmp_path / "s.db"), "--dask", address),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: cannot reach the Dask scheduler at {address}: ")


def test_without_dask_installed_the_option_is_a_one_line_error(tmp_path: Path) -> None:
    dispatch = tmp_path / "d.txt"
    dispatch.write_text(dispatch_text(0), encoding="utf-8")
    # A None entry in sys.modules makes `import distributed` fail as if it were not installed.
    result = subprocess.run(
        _cli(
            "batch", str(dispatch), "--db", str(tmp_path / "s.db"), "--dask", "local:2",
            prelude="sys.modules['distributed'] = None",
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "Error: --dask needs Dask installed: pip install 'conflict-extract[dask]'\n"
    )


def test_without_the_option_nothing_of_dask_is_imported(tmp_path: Path) -> None:
    (tmp_path / "vide.txt").write_bytes(b"")
    check = (
        "import atexit, conflict_extract.archive.pool, conflict_extract.archive.export\n"
        "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules}\n"
        "    & {'dask', 'distributed'})))"
    )
    result = subprocess.run(
        _cli("batch", str(tmp_path), "--db", str(tmp_path / "s.db"), prelude=check),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert final_line(result.stderr) == "processed 0, skipped as done 0, failed 1"
    assert result.stdout == "[]\n"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("--dask", "local:0"), "--dask"),
        (("--dask", "local:x"), "--dask"),
        (("--dask", "8786"), "--dask"),
        (("--dask", "http://host:8786"), "--dask"),
        (("--dask", "local:2", "--workers", "2"), "--workers"),
    ],
)
def test_a_bad_dask_value_is_a_usage_error(
    tmp_path: Path, args: tuple[str, ...], option: str
) -> None:
    result = invoke("batch", str(tmp_path), "--db", str(tmp_path / "s.db"), *args)
    assert result.exit_code == 2
    assert option in result.stderr and not (tmp_path / "s.db").exists()
