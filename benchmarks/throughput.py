"""Throughput and footprint of conflict-extract beside the bare fr_core_news_md model.

    python benchmarks/throughput.py [--n 64] [--repeat 3]

Prints, for the same N dispatches (the bundled samples, repeated) in one run:
- load time of the bare model and of our full pipeline;
- bare `nlp.pipe` docs/s and words/s, full pipeline docs/s and words/s, and their ratio;
- wall time and peak RSS of `conflict-extract parse` on one dispatch beside a bare
  `spacy.load` process.
Figures, not assertions: speed targets live here, never in unit tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))


def _texts(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    return [texts[i % len(texts)] for i in range(n)]


def _best_rate(nlp, texts: list[str], repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    best = float("inf")
    words = 0
    for _ in range(repeat):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        best = min(best, time.perf_counter() - start)
        words = sum(len(doc) for doc in docs)
    return len(texts) / best, words / best


def _process(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"benchmark: {argv[0]} failed")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=64, help="dispatches per run")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is kept")
    args = parser.parse_args()

    import spacy

    from conflict_extract.api import analysis_text
    from conflict_extract.pipeline import build_pipeline

    texts = [analysis_text(t) for t in _texts(args.n)]
    start = time.perf_counter()
    bare = spacy.load("fr_core_news_md")
    bare_load = time.perf_counter() - start
    start = time.perf_counter()
    full = build_pipeline()
    full_load = time.perf_counter() - start

    bare_docs, bare_words = _best_rate(bare, texts, args.repeat)
    full_docs, full_words = _best_rate(full, texts, args.repeat)

    cli = shutil.which("conflict-extract") or str(
        Path(sys.executable).with_name("conflict-extract")
    )
    sample = str(SAMPLES[0])
    cli_wall, cli_rss = _process([cli, "parse", sample, "--format", "jsonl"])
    bare_wall, bare_rss = _process(
        [sys.executable, "-c", "import spacy; spacy.load('fr_core_news_md')"]
    )

    print(f"dispatches per run: {args.n} (bundled samples repeated), best of {args.repeat}")
    print(f"{'what':38s} {'value':>12s}")
    rows = [
        ("load: bare fr_core_news_md (s)", f"{bare_load:.2f}"),
        ("load: full pipeline (s)", f"{full_load:.2f}"),
        ("load ratio full/bare", f"{full_load / bare_load:.2f}"),
        ("bare nlp.pipe docs/s", f"{bare_docs:.1f}"),
        ("bare nlp.pipe words/s", f"{bare_words:.0f}"),
        ("full pipeline docs/s", f"{full_docs:.1f}"),
        ("full pipeline words/s", f"{full_words:.0f}"),
        ("throughput ratio full/bare", f"{full_docs / bare_docs:.2f}"),
        ("conflict-extract parse 1 dispatch (s)", f"{cli_wall:.2f}"),
        ("conflict-extract parse peak RSS (MB)", f"{cli_rss:.0f}"),
        ("bare spacy.load process (s)", f"{bare_wall:.2f}"),
        ("bare spacy.load peak RSS (MB)", f"{bare_rss:.0f}"),
    ]
    for name, value in rows:
        print(f"{name:38s} {value:>12s}")


if __name__ == "__main__":
    main()
