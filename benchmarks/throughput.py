"""Throughput, start-up and memory of conflict-extract beside the bare fr_core_news_md model.

    python benchmarks/throughput.py [--repeat 3] [--rounds 7] [--stream 10000] [--novel 0]
                                    [--corpus DIR]

The input is the dev corpus (`--corpus`, default /work/shared/corpus/dev, read at run time and
never copied) when it is there, else the bundled samples (data/samples). Every figure compares
like with like in one run, each side measured the same way, best of `--repeat`:

1. Per component: the same documents go through each component of the full pipeline in turn
   (the base model's and ours, in pipeline order, as `nlp.pipe` batches them), then through
   the conversion to records; seconds and share of the total, base model vs ours.
2. Throughput: bare `fr_core_news_md` `nlp.pipe` vs the full pipeline's `nlp.pipe`, vs the
   full extraction (`api.extract`: pipeline plus records), and vs the full pipeline built
   without the base model's NER (`[base] exclude = ["ner"]`, place finder `use_ner = false`:
   the candidate fast mode, see the README for its quality), on the same texts; the ratios,
   of the best times and, per round (`--rounds`), their median and range. In a round, each
   batch goes through the four pipelines back to back: the passes compared are seconds
   apart, which a shared machine's changing load moves least.
3. Start-up: `conflict-extract parse` on one dispatch (pipeline cached) as a process, vs a
   process that only runs `spacy.load("fr_core_news_md")`; wall time from launch to exit and
   peak RSS of each, runs interleaved; the ratio. Also the first run, which builds the cache.
4. Memory over a long stream: `--stream` dispatches (the corpus cycled) through `api.extract`
   in a fresh process; RSS after the first 100, highest RSS sampled after every batch from
   there on, and their ratio. `--stream 0` leaves it out. `--novel K` ends every dispatch of the
   stream with K made-up names seen nowhere else (new strings for the vocab, as a real archive
   brings), since a cycled corpus repeats its words; `--zoned` runs each batch inside
   `nlp.memory_zone()`, as the archive worker does.

Figures, not assertions: speed targets live here, never in unit tests. Take them on a quiet
machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = Path("/work/shared/corpus/dev")
SAMPLES = ROOT / "data" / "samples"
BATCH = 16
BASE_MODEL = "fr_core_news_md"


def corpus_files(folder: Path | None) -> tuple[list[Path], str]:
    """The .txt dispatches of the corpus folder if it has any, else the bundled samples."""
    for candidate, label in ((folder, "corpus"), (SAMPLES, "bundled samples")):
        files = sorted(candidate.glob("*.txt")) if candidate and candidate.is_dir() else []
        if files:
            return files, f"{label} {candidate} ({len(files)} dispatches)"
    raise SystemExit("Error: no .txt dispatches in the corpus folder nor in data/samples")


def read_dispatches(files: list[Path]) -> list[Any]:
    """Dispatch objects read the way `parse` reads them (dateline, encoding)."""
    from conflict_extract.dispatches import read_inputs
    from conflict_extract.errors import InputError

    return [d for d in read_inputs([str(p) for p in files]) if not isinstance(d, InputError)]


def make_docs(nlp: Any, dispatches: list[Any]) -> list[Any]:
    """Docs prepared as api.extract prepares them: analysis text, publication date."""
    from conflict_extract.api import analysis_text

    docs = []
    for dispatch in dispatches:
        doc = nlp.make_doc(analysis_text(dispatch.text))
        doc._.published = dispatch.published.isoformat() if dispatch.published else None
        docs.append(doc)
    return docs


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# -- 1. per component ------------------------------------------------------------------------
def component_times(nlp: Any, dispatches: list[Any], repeat: int) -> dict[str, float]:
    """Best seconds of each component over all documents (components run in pipeline order,
    each over the whole list, batched like nlp.pipe), and of the conversion to records."""
    from conflict_extract.convert import to_document
    from conflict_extract.provenance import pipeline_provenance

    provenance = pipeline_provenance(nlp.meta)
    best: dict[str, float] = {}
    for _ in range(repeat):
        docs = make_docs(nlp, dispatches)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=BATCH))
            else:
                docs = [proc(doc) for doc in docs]
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
        start = time.perf_counter()
        for doc, dispatch in zip(docs, dispatches, strict=True):
            to_document(doc, dispatch, provenance=provenance)
        records = "records (convert.py)"
        best[records] = min(best.get(records, float("inf")), time.perf_counter() - start)
    return best


def print_components(times: dict[str, float], base_names: set[str]) -> None:
    total = sum(times.values())
    print(f"{'component':28s} {'owner':>6s} {'seconds':>8s} {'share':>7s}")
    for name, seconds in times.items():
        owner = "base" if name in base_names else "ours"
        print(f"{name:28s} {owner:>6s} {seconds:8.3f} {seconds / total:7.1%}")
    base = sum(s for n, s in times.items() if n in base_names)
    ours = total - base
    print(f"{'base model, together':28s} {'':6s} {base:8.3f} {base / total:7.1%}")
    print(f"{'ours, together':28s} {'':6s} {ours:8.3f} {ours / total:7.1%}")
    print(f"{'total':28s} {'':6s} {total:8.3f}")
    print(f"{'throughput ratio these imply':28s} {'':6s} {base / total:8.2f}  (base / total)")


# -- 2. throughput ---------------------------------------------------------------------------
def without_ner(folder: Path) -> Any:
    """The full pipeline built without the base model's NER (its config written to `folder`)."""
    from conflict_extract.pipeline import build_pipeline, load_config

    config = load_config()
    config["base"]["exclude"] = ["ner"]
    config["components"]["place_finder"]["use_ner"] = False
    path = folder / "without-ner.cfg"
    config.to_disk(path)
    return build_pipeline(config=path)


def throughput(
    bare: Any, full: Any, fast: Any, dispatches: list[Any], rounds: int
) -> list[tuple[str, str]]:
    """Docs/s of each pipeline and the ratios to the bare model. Each of `rounds` rounds takes
    the dispatches batch by batch (BATCH, as nlp.pipe batches them) and runs each batch
    through the four pipelines back to back, so that the passes compared are seconds apart:
    on a shared machine the load changes from one minute to the next, and unpaired passes
    move a ratio by as much as the gap it measures. A round's time of a pipeline is the sum
    over the batches; its ratio, bare time over that time. Printed: docs/s and ratios of the
    best round times, and the median and range of the rounds' own ratios."""
    from statistics import median

    from conflict_extract.api import analysis_text, extract

    texts = [analysis_text(d.text) for d in dispatches]
    words = sum(len(doc) for doc in bare.pipe(texts, batch_size=BATCH))  # also a warm-up
    for nlp in (full, fast):
        list(nlp.pipe(make_docs(nlp, dispatches), batch_size=BATCH))
    list(extract(dispatches, full, batch_size=BATCH))
    passes: dict[str, Callable[[list[Any], list[str]], object]] = {
        "bare": lambda _, chunk_texts: list(bare.pipe(chunk_texts, batch_size=BATCH)),
        "full": lambda chunk, _: list(full.pipe(make_docs(full, chunk), batch_size=BATCH)),
        "extract": lambda chunk, _: list(extract(chunk, full, batch_size=BATCH)),
        "fast": lambda chunk, _: list(fast.pipe(make_docs(fast, chunk), batch_size=BATCH)),
    }
    runs: list[dict[str, float]] = []
    for _ in range(rounds):
        run = dict.fromkeys(passes, 0.0)
        for start in range(0, len(dispatches), BATCH):
            chunk, chunk_texts = dispatches[start : start + BATCH], texts[start : start + BATCH]
            for name, one_pass in passes.items():
                begin = time.perf_counter()
                one_pass(chunk, chunk_texts)
                run[name] += time.perf_counter() - begin
        runs.append(run)
    best = {k: min(run[k] for run in runs) for k in runs[0]}

    def ratios(side: str) -> str:
        each = sorted(run["bare"] / run[side] for run in runs)
        return f"{median(each):.2f} ({each[0]:.2f}-{each[-1]:.2f})"

    n = len(dispatches)
    return [
        ("bare nlp.pipe docs/s", f"{n / best['bare']:.1f}"),
        ("bare nlp.pipe words/s", f"{words / best['bare']:.0f}"),
        ("full nlp.pipe docs/s", f"{n / best['full']:.1f}"),
        ("full extract (with records) docs/s", f"{n / best['extract']:.1f}"),
        ("throughput ratio full nlp.pipe/bare, best times", f"{best['bare'] / best['full']:.2f}"),
        ("throughput ratio full extract/bare, best times", f"{best['bare'] / best['extract']:.2f}"),
        (f"full nlp.pipe/bare, median of {rounds} rounds (range)", ratios("full")),
        (f"full extract/bare, median of {rounds} rounds (range)", ratios("extract")),
        ("full without base NER nlp.pipe docs/s", f"{n / best['fast']:.1f}"),
        ("throughput ratio without NER/bare, best times", f"{best['bare'] / best['fast']:.2f}"),
    ]


# -- 3. start-up -----------------------------------------------------------------------------
def run_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from launch to exit, and peak RSS (MB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"Error: {' '.join(argv)} exited {proc.returncode}: {stderr.strip()}")
    return wall, usage.ru_maxrss / 1024


def start_up(dispatch: Path, repeat: int, cache: Path) -> list[tuple[str, str]]:
    env = {**os.environ, "CONFLICT_EXTRACT_CACHE": str(cache)}
    script = Path(sys.executable).parent / "conflict-extract"  # what a user runs
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "conflict_extract"]
    parse = [*command, "parse", str(dispatch), "--format", "jsonl"]
    bare = [sys.executable, "-c", f"import spacy; spacy.load({BASE_MODEL!r})"]
    first_wall, first_rss = run_process(parse, env)  # builds and caches the pipeline
    best = {"parse": (float("inf"), 0.0), "bare": (float("inf"), 0.0)}
    for _ in range(repeat):  # interleaved, same order each round
        for name, argv in (("bare", bare), ("parse", parse)):
            wall, rss = run_process(argv, env)
            if wall < best[name][0]:
                best[name] = (wall, rss)
    (parse_wall, parse_rss), (bare_wall, bare_rss) = best["parse"], best["bare"]
    return [
        ("parse 1 dispatch, first run: builds cache (s)", f"{first_wall:.2f}"),
        ("parse 1 dispatch, first run peak RSS (MB)", f"{first_rss:.0f}"),
        ("parse 1 dispatch, cached (s)", f"{parse_wall:.2f}"),
        ("parse 1 dispatch, cached peak RSS (MB)", f"{parse_rss:.0f}"),
        ("bare spacy.load process (s)", f"{bare_wall:.2f}"),
        ("bare spacy.load process peak RSS (MB)", f"{bare_rss:.0f}"),
        ("process-start ratio parse/bare", f"{parse_wall / bare_wall:.2f}"),
    ]


# -- 4. memory over a long stream ------------------------------------------------------------
_STREAM = """
import json, sys
sys.path.insert(0, {here!r})
from throughput import stream_rss
print(json.dumps(stream_rss({files!r}, {n}, {novel}, zoned={zoned})))
"""


def stream_rss(
    files: list[str], n: int, novel: int = 0, *, zoned: bool = False
) -> dict[str, float]:
    """RSS (MB) of this process after the first 100 of `n` dispatches (the files cycled)
    through api.extract, the highest RSS sampled after each batch from there on, and the
    throughput of the stream. `zoned`: each batch inside `nlp.memory_zone()`, as the archive
    worker runs its chunks (strings a batch adds to the vocab are freed with it)."""
    import psutil

    from conflict_extract.api import extract
    from conflict_extract.pipeline import load_pipeline

    nlp = load_pipeline()
    dispatches = read_dispatches([Path(f) for f in files])
    me = psutil.Process()

    def cycled() -> Iterable[Any]:
        for i in range(n):
            dispatch = dispatches[i % len(dispatches)]
            if novel:
                names = " ".join(f"Zq{i:05d}x{k}" for k in range(novel))
                dispatch = replace(dispatch, text=f"{dispatch.text}\n\nNoms : {names}.\n")
            yield dispatch

    def documents() -> Iterable[Any]:
        if not zoned:
            yield from extract(cycled(), nlp, batch_size=BATCH)
            return
        stream = iter(cycled())
        while chunk := list(islice(stream, BATCH)):
            with nlp.memory_zone():
                records = list(extract(chunk, nlp, batch_size=BATCH))
            yield from records

    after_100 = peak = 0.0
    start = time.perf_counter()
    for done, _ in enumerate(documents(), start=1):
        if done % BATCH and done != n and done != 100:
            continue
        rss = me.memory_info().rss / 2**20
        if done == 100:
            after_100 = rss
        if done >= 100:
            peak = max(peak, rss)
    wall = time.perf_counter() - start
    return {"after_100": after_100, "peak": peak, "final": rss, "docs_per_s": n / wall}


def long_stream(files: list[Path], n: int, novel: int, zoned: bool) -> list[tuple[str, str]]:
    here = str(Path(__file__).parent)
    code = _STREAM.format(here=here, files=[str(f) for f in files], n=n, novel=novel, zoned=zoned)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"Error: the stream process failed: {out.stderr.strip()[-500:]}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return [
        (f"stream of {n} (+{novel} new names each{', memory zones' if zoned else ''})", ""),
        (f"stream of {n}: RSS after the first 100 (MB)", f"{figures['after_100']:.0f}"),
        (f"stream of {n}: highest RSS after that (MB)", f"{figures['peak']:.0f}"),
        (f"stream of {n}: RSS at the end (MB)", f"{figures['final']:.0f}"),
        ("stream peak / RSS after 100", f"{figures['peak'] / figures['after_100']:.3f}"),
        ("stream docs/s (with records)", f"{figures['docs_per_s']:.1f}"),
    ]


def print_rows(rows: list[tuple[str, str]]) -> None:
    for name, value in rows:
        print(f"{name:52s} {value:>16s}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of .txt files")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is kept")
    parser.add_argument(
        "--rounds", type=int, default=7, help="interleaved throughput rounds (median ratio)"
    )
    parser.add_argument(
        "--stream", type=int, default=10_000, help="dispatches, at least 100 (0: skip)"
    )
    parser.add_argument(
        "--novel", type=int, default=0, help="made-up names ending each streamed dispatch"
    )
    parser.add_argument(
        "--zoned", action="store_true", help="stream each batch inside nlp.memory_zone()"
    )
    parser.add_argument(
        "--only", choices=["components", "throughput", "startup", "stream"], action="append"
    )
    args = parser.parse_args()
    parts = set(args.only or ["components", "throughput", "startup", "stream"])
    if 0 < args.stream < 100:
        parser.error("--stream must be 0 or at least 100")

    import spacy

    from conflict_extract.pipeline import load_pipeline

    files, origin = corpus_files(args.corpus)
    dispatches = read_dispatches(files)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"input: {origin}; best of {args.repeat}; batch size {BATCH}; load average {load}")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        if "startup" in parts:
            print()
            print_rows(start_up(files[0], args.repeat, cache))
        if parts & {"components", "throughput"}:
            full = load_pipeline()
            bare = spacy.load(BASE_MODEL)
            if "components" in parts:
                print()
                print_components(
                    component_times(full, dispatches, args.repeat), set(bare.pipe_names)
                )
            if "throughput" in parts:
                fast = without_ner(Path(tmp))
                print()
                print_rows(throughput(bare, full, fast, dispatches, args.rounds))
        if "stream" in parts and args.stream:
            print()
            print_rows(long_stream(files, args.stream, args.novel, args.zoned))


if __name__ == "__main__":
    main()
