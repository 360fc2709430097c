"""Throughput of `batch` with 1 and 2 local workers and a 2-worker Dask LocalCluster, and the
memory of a worker over a long stream.

    python benchmarks/batch.py [--n 400] [--chunk-size 16] [--no-dask]
    python benchmarks/batch.py --long 10000          # peak RSS per worker over 10,000

Every engine gets the same generated dispatches (tests/synthetic.py), each into a fresh store,
in one run, so the ratios compare like with like. "steady" rates count from the first stored
chunk to the last, leaving out start-up (model loads); "wall" includes it.
Figures, not assertions: take them on a quiet machine (the target is 2 workers >= 1.7x one).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conflict_extract import pipeline  # noqa: E402
from conflict_extract.archive.runner import BatchOptions, InProcess, run_batch  # noqa: E402
from conflict_extract.archive.store import Store  # noqa: E402
from conflict_extract.provenance import pipeline_version  # noqa: E402
from synthetic import write_jsonl  # noqa: E402


class Clock:
    """Progress callback: when each chunk was stored, and the RSS of the worker processes."""

    def __init__(self, sample_every: int = 0) -> None:
        self.start = time.perf_counter()
        self.marks: list[tuple[float, int]] = []
        self.done = 0
        self.sample_every = sample_every
        self.samples: list[tuple[int, dict[int, float]]] = []

    def __call__(self, n: int) -> None:
        self.done += n
        self.marks.append((time.perf_counter(), self.done))
        due = self.sample_every and (len(self.samples) == 0 or self.done >= self._next_sample())
        if due:
            self.samples.append((self.done, _worker_rss()))

    def _next_sample(self) -> int:
        return self.samples[-1][0] + self.sample_every

    def wall(self) -> float:
        return self.marks[-1][0] - self.start

    def steady(self) -> float:
        (t0, n0), (t1, n1) = self.marks[0], self.marks[-1]
        return (n1 - n0) / (t1 - t0) if t1 > t0 else float("nan")


def _worker_rss() -> dict[int, float]:
    """RSS (MB) of each spawned worker process, or of this process when there is none."""
    me = psutil.Process()
    workers = []
    for child in me.children(recursive=True):
        try:
            if any("spawn_main" in part for part in child.cmdline()):
                workers.append(child)
        except psutil.Error:
            continue
    return {p.pid: p.memory_info().rss / 2**20 for p in (workers or [me])}


def _peak_rss(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run(
    name: str,
    engine: Callable[[], AbstractContextManager],
    paths: list[str],
    args,
    sample_every: int = 0,
) -> Clock:  # type: ignore[no-untyped-def, type-arg]
    clock = Clock(sample_every)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        options = BatchOptions(chunk_size=args.chunk_size)
        with engine() as ready:
            report = run_batch(paths, store, ready, options, pipeline_version(), on_progress=clock)
    assert report.processed == clock.done, (name, report.line())
    return clock


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="dispatches per engine")
    parser.add_argument("--chunk-size", type=int, default=16)
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask row")
    parser.add_argument(
        "--long", type=int, default=0, help="also stream this many dispatches through 2 workers"
    )
    args = parser.parse_args()

    from conflict_extract.archive.pool import LocalPool

    def in_process() -> AbstractContextManager:  # type: ignore[type-arg]
        return nullcontext(InProcess(lambda: pipeline.build_pipeline(), pipeline_version()))

    engines: list[tuple[str, Callable[[], AbstractContextManager]]] = [  # type: ignore[type-arg]
        ("local, 1 worker", in_process),
        ("local, 2 workers", lambda: LocalPool(2)),
    ]
    if not args.no_dask:
        from conflict_extract.archive.distributed import dask_engine

        engines.append(("Dask LocalCluster, 2 workers", lambda: dask_engine("local:2")))

    with tempfile.TemporaryDirectory() as tmp:
        feed = write_jsonl(Path(tmp) / "feed.jsonl", 0, args.n)
        clocks = {name: run(name, engine, [str(feed)], args) for name, engine in engines}
        cpus = psutil.cpu_count()
        print(f"dispatches: {args.n} generated, chunk size {args.chunk_size}, {cpus} CPUs")
        print(f"{'engine':32s} {'steady disp/s':>14s} {'wall s':>8s} {'ratio':>7s}")
        base = clocks["local, 1 worker"].steady()
        for name, clock in clocks.items():
            rate = clock.steady()
            print(f"{name:32s} {rate:14.1f} {clock.wall():8.1f} {rate / base:7.2f}")

        if args.long:
            long_feed = write_jsonl(Path(tmp) / "long.jsonl", 0, args.long)
            every = max(args.chunk_size, args.long // 10)
            holder: dict[str, dict[int, float]] = {}

            def pool() -> AbstractContextManager:  # type: ignore[type-arg]
                return _PeakOnExit(LocalPool(2), holder)

            clock = run("long", pool, [str(long_feed)], args, sample_every=every)
            print(
                f"\nlong stream: {args.long} dispatches through 2 workers, "
                f"{clock.steady():.1f} disp/s steady"
            )
            print(f"{'dispatches done':>16s}  RSS per worker (MB)")
            for done, rss in clock.samples:
                print(f"{done:16d}  " + "  ".join(f"{v:7.0f}" for v in rss.values()))
            peaks = holder.get("peak", {})
            print(
                "peak RSS per worker (MB, VmHWM): " + "  ".join(f"{v:.0f}" for v in peaks.values())
            )


class _PeakOnExit:
    """Reads each worker's peak RSS just before the pool shuts down."""

    def __init__(self, inner, holder: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
        self.inner = inner
        self.holder = holder

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self.inner.__enter__()

    def __exit__(self, *exc: object) -> None:
        pids = _worker_rss()
        self.holder["peak"] = {pid: _peak_rss(pid) or 0.0 for pid in pids}
        self.inner.__exit__(*exc)


if __name__ == "__main__":
    main()
