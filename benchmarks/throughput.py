"""Throughput and footprint of conflict-extract beside the bare fr_core_news_md model.

    python benchmarks/throughput.py [--n 64] [--repeat 3]

Prints, for the same N dispatches (the bundled samples, repeated) in one run:
- load time of the bare model, assembly time of our full pipeline (build_pipeline) and load
  time of the saved pipeline (spacy.load of what nlp.to_disk wrote);
- bare `nlp.pipe` docs/s and words/s, full pipeline docs/s and words/s, and their ratio;
- wall time and peak RSS of `conflict-extract parse` on one dispatch, on its first run (it
  builds and caches the pipeline) and once cached, beside a bare `spacy.load` process (each
  in a fresh process, timed from its first import; the cache is a fresh temporary folder).
Figures, not assertions: speed targets live here, never in unit tests.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
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


_MEASURED = """
import resource, sys, time
start = time.perf_counter()
{body}
wall = time.perf_counter() - start
print(f"{{wall}} {{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}", file=sys.stderr)
"""
_BARE_LOAD = "import spacy; spacy.load('fr_core_news_md')"
_BUILD = "from conflict_extract.pipeline import build_pipeline; build_pipeline()"
_SAVED_LOAD = "import spacy; spacy.load({path!r})"
_CLI = """
from conflict_extract.cli import main
sys.argv = ["conflict-extract", "parse", {path!r}, "--format", "jsonl"]
try:
    main()
except SystemExit:
    pass
"""


def _process(body: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds (from interpreter start of the measured code) and peak RSS (MB) of a fresh
    Python process running `body`."""
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURED.format(body=body)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    wall, rss = proc.stderr.strip().splitlines()[-1].split()
    return float(wall), float(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=64, help="dispatches per run")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is kept")
    args = parser.parse_args()

    import spacy

    from conflict_extract.api import analysis_text
    from conflict_extract.pipeline import build_pipeline

    texts = [analysis_text(t) for t in _texts(args.n)]
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp) / "pipeline"
        build_pipeline().to_disk(saved)
        env = {**os.environ, "CONFLICT_EXTRACT_CACHE": str(Path(tmp) / "cache")}
        bare_load, _ = _process(_BARE_LOAD)  # each load in a fresh process: no warm caches
        build, _ = _process(_BUILD)
        saved_load, _ = _process(_SAVED_LOAD.format(path=str(saved)))
        bare = spacy.load("fr_core_news_md")
        full = spacy.load(saved)
        bare_docs, bare_words = _best_rate(bare, texts, args.repeat)
        full_docs, full_words = _best_rate(full, texts, args.repeat)
        cli = _CLI.format(path=str(SAMPLES[0]))
        first_wall, first_rss = _process(cli, env)  # builds and caches the pipeline
        cli_wall, cli_rss = _process(cli, env)
        bare_wall, bare_rss = _process(_BARE_LOAD)

    print(f"dispatches per run: {args.n} (bundled samples repeated), best of {args.repeat}")
    print(f"{'what':40s} {'value':>10s}")
    rows = [
        ("load: bare fr_core_news_md (s)", f"{bare_load:.2f}"),
        ("build: assemble full pipeline (s)", f"{build:.2f}"),
        ("load: saved full pipeline (s)", f"{saved_load:.2f}"),
        ("load ratio saved/bare", f"{saved_load / bare_load:.2f}"),
        ("bare nlp.pipe docs/s", f"{bare_docs:.1f}"),
        ("bare nlp.pipe words/s", f"{bare_words:.0f}"),
        ("full pipeline docs/s", f"{full_docs:.1f}"),
        ("full pipeline words/s", f"{full_words:.0f}"),
        ("throughput ratio full/bare", f"{full_docs / bare_docs:.2f}"),
        ("parse 1 dispatch, first run (s)", f"{first_wall:.2f}"),
        ("parse 1 dispatch, first run RSS (MB)", f"{first_rss:.0f}"),
        ("parse 1 dispatch, cached (s)", f"{cli_wall:.2f}"),
        ("parse 1 dispatch, cached RSS (MB)", f"{cli_rss:.0f}"),
        ("bare spacy.load process (s)", f"{bare_wall:.2f}"),
        ("bare spacy.load peak RSS (MB)", f"{bare_rss:.0f}"),
    ]
    for name, value in rows:
        print(f"{name:40s} {value:>10s}")


if __name__ == "__main__":
    main()
