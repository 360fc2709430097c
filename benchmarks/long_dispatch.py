"""Time and peak memory of one long dispatch: does the cost grow linearly with its length?

    python benchmarks/long_dispatch.py [--sizes 10000,100000,1000000]

For each size, one dispatch of that many characters (the bundled samples and the golden
dispatch written for this project, repeated as paragraphs) goes, in a fresh process, through
what `conflict-extract parse --max-chars 2000000` runs: the reader, `api.extract_each` and the
jsonl renderer (to /dev/null). Prints per size: pipeline load time, analysis time (reading,
analysing, rendering), characters per second of analysis, peak RSS after the load and at the
end, and the ratio of each size's chars/s to the smallest size's (1.0: linear; 0.1 at 10x the
length: quadratic).

Also, side by side in this process: the sentence-break component as it was (token by token,
spaCy rescans the Doc each time) and as it is (one pass through Doc.from_array).
Figures, not assertions: speed targets live here, never in unit tests.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "data" / "samples").glob("*.txt")),
    ROOT / "tests" / "golden" / "mossoul-offensive.txt",
]

_MEASURED = """
import os, resource, sys, time

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

start = time.perf_counter()
from conflict_extract.api import extract_each
from conflict_extract.dispatches import read_inputs
from conflict_extract.pipeline import build_pipeline
from conflict_extract.render import render_jsonl

nlp = build_pipeline()
loaded, loaded_mb = time.perf_counter(), peak_mb()
results = list(extract_each(read_inputs([{path!r}], max_chars=2_000_000), nlp))
assert [type(r).__name__ for r in results] == ["Document"], results
with open(os.devnull, "w") as out:
    render_jsonl(results, out)
done = time.perf_counter()
print(loaded - start, done - loaded, loaded_mb, peak_mb(), len(results[0].events), file=sys.stderr)
"""


def long_text(size: int) -> str:
    """`size` characters of dispatch paragraphs separated by blank lines."""
    texts = [p.read_text(encoding="utf-8").strip() for p in SOURCES]
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(texts[len(parts) % len(texts)])
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


def _measure(path: Path) -> tuple[float, float, float, float, int]:
    """Load seconds, analysis seconds, peak RSS (MB) after the load and at the end, and the
    number of events, from a fresh Python process."""
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURED.format(path=str(path))],
        capture_output=True,
        text=True,
        check=True,
    )
    load, analysis, loaded_mb, peak_mb, events = proc.stderr.strip().splitlines()[-1].split()
    return float(load), float(analysis), float(loaded_mb), float(peak_mb), int(events)


def _sentence_breaks(sizes: list[int]) -> None:
    import spacy

    from conflict_extract.components.paragraphs import _MAY_END, paragraphs

    def token_by_token(doc):  # type: ignore[no-untyped-def]
        """The component before the fix, kept here as the reference."""
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if "\n" in token.text or "\n" in token.whitespace_:
                following.is_sent_start = True
            elif token.text[-1:] not in _MAY_END and not following.is_space:
                following.is_sent_start = False
        return doc

    nlp = spacy.blank("fr")
    print(f"{'sentence breaks':<28}{'chars':>10}{'before (s)':>12}{'now (s)':>10}{'ratio':>8}")
    for size in sizes:
        text = long_text(size)
        timings = []
        for component in (token_by_token, paragraphs):
            doc = nlp.make_doc(text)
            start = time.perf_counter()
            component(doc)
            timings.append(time.perf_counter() - start)
        before, now = timings
        print(f"{'':<28}{size:>10,}{before:>12.2f}{now:>10.3f}{before / now:>8.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="characters, comma list")
    parser.add_argument(
        "--break-sizes", default="10000,25000", help="sizes for the sentence-break comparison"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    _sentence_breaks([int(s) for s in args.break_sizes.split(",")])
    print()
    print(
        f"{'chars':>10}{'load (s)':>10}{'analysis (s)':>14}{'chars/s':>10}"
        f"{'RSS loaded (MB)':>17}{'peak RSS (MB)':>15}{'events':>8}{'vs smallest':>13}"
    )
    first_rate = None
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"dispatch-{size}.txt"
            path.write_text(long_text(size), encoding="utf-8")
            load, analysis, loaded_mb, peak_mb, events = _measure(path)
            rate = size / analysis
            first_rate = first_rate or rate
            print(
                f"{size:>10,}{load:>10.1f}{analysis:>14.1f}{rate:>10,.0f}"
                f"{loaded_mb:>17.0f}{peak_mb:>15.0f}{events:>8}{rate / first_rate:>13.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
