"""A learned event-type classifier against the rule-based event layer, measured side by side.

    python benchmarks/event_textcat.py [--configs ensemble,bow] [--corpus DIR] [--score PY]

Trains the sentence classifier of models/event_textcat/ (scripts/train_event_textcat.py: the
sentences of train.jsonl, fixed seed) with each config, then compares it with the rules:

1. Sentences: every sentence of models/event_textcat/test.jsonl (written apart from the
   training set, on other wars, a quarter of them near misses labelled NONE) is classified by
   each model, and by the rules, i.e. the full pipeline run on that sentence alone (its first
   event's type, or NONE when it makes none). Accuracy, macro-F1 over the seven labels, and
   precision and recall of "this sentence tells an incident".
2. Dispatches (when `--corpus` holds gold files and `--score` the scorer, by default the
   shared dev corpus and score.py): the pipeline's records scored as they are, then with each
   model as a veto (an event whose evidence sentence the model calls NONE is dropped) and as
   the judge of the type (the model's type replaces the rules' when it is confident).

Figures, not assertions. The README's "Event types: rules or a classifier" section shows a run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_event_textcat import FOLDER, LABELS, read_examples, train  # noqa: E402

from conflict_extract.api import extract  # noqa: E402
from conflict_extract.dispatches import Dispatch  # noqa: E402
from conflict_extract.pipeline import load_pipeline  # noqa: E402

NONE = "NONE"
CONFIDENT = 0.8  # the model's type replaces the rules' at this probability or above
SHARED = ROOT.parent / "shared"


def model_labels(model, texts: Sequence[str]) -> list[dict[str, float]]:
    return [doc.cats for doc in model.pipe(texts)]


def best(cats: dict[str, float]) -> str:
    return max(cats, key=cats.__getitem__)


def rule_labels(nlp, texts: Sequence[str]) -> list[str]:
    """The type of the first event the pipeline makes of each sentence alone, or NONE."""
    dispatches = [
        Dispatch(id=f"s{i}", text=t, published=date(2024, 6, 12)) for i, t in enumerate(texts)
    ]
    return [d.events[0].event_type if d.events else NONE for d in extract(dispatches, nlp)]


def sentence_figures(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    pairs = list(zip(gold, predicted, strict=True))
    f1s = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    told = [(g != NONE, p != NONE) for g, p in pairs]
    tp = sum(g and p for g, p in told)
    return {
        "accuracy": sum(g == p for g, p in pairs) / len(pairs),
        "macro_f1": sum(f1s) / len(f1s),
        "incident_precision": tp / max(1, sum(p for _, p in told)),
        "incident_recall": tp / max(1, sum(g for g, _ in told)),
    }


def corpus_dispatches(corpus: Path) -> list[Dispatch]:
    dispatches = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        dispatches.append(
            Dispatch(id=gold["id"], text=text_path.read_text(encoding="utf-8"), published=published)
        )
    return dispatches


Rewrite = Callable[[dict, dict[str, float]], dict | None]


def veto(event: dict, cats: dict[str, float]) -> dict | None:
    return None if best(cats) == NONE else event


def judge(event: dict, cats: dict[str, float]) -> dict | None:
    label = best(cats)
    if label == NONE or label == event["event_type"] or cats[label] < CONFIDENT:
        return event
    return {**event, "event_type": label, "sub_event_type": None}


def rewritten(records: list[dict], model, rewrite: Rewrite) -> list[dict]:
    out = []
    for record in records:
        events = record["events"]
        cats = model_labels(model, [e["evidence"]["text"] for e in events])
        kept = [
            new for e, c in zip(events, cats, strict=True) if (new := rewrite(e, c)) is not None
        ]
        out.append({**record, "events": kept})
    return out


def score(score_py: Path, corpus: Path, records: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    run = subprocess.run(
        [sys.executable, str(score_py), "--gold", str(corpus), "--pred", f.name, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(f.name).unlink()
    figures = json.loads(run.stdout)
    quiet = {
        p.name.replace(".gold.json", "")
        for p in corpus.glob("*.gold.json")
        if not json.loads(p.read_text(encoding="utf-8"))["events"]
    }
    figures["near_miss_events"] = sum(len(r["events"]) for r in records if r["id"] in quiet)
    return figures


SCORE_ROWS = (
    ("events F1", lambda s: s["events"]["f1"]),
    ("events precision", lambda s: s["events"]["precision"]),
    ("events recall", lambda s: s["events"]["recall"]),
    ("sub-type accuracy", lambda s: s["event_sub_type_accuracy"] or 0.0),
    ("events on near misses", lambda s: s["near_miss_events"]),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default="ensemble,bow")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("--score", type=Path, default=SHARED / "tools" / "score.py")
    args = parser.parse_args(argv)

    import spacy

    configs = args.configs.split(",")
    models = {name: spacy.load(train(name, quiet=True)) for name in configs}
    nlp = load_pipeline()
    tests = read_examples(FOLDER / "test.jsonl")
    texts = [t for t, _ in tests]
    gold = [label for _, label in tests]
    predicted = {"rules": rule_labels(nlp, texts)}
    for name, model in models.items():
        predicted[name] = [best(c) for c in model_labels(model, texts)]

    print(f"test sentences: {len(tests)}  {dict(Counter(gold))}")
    names = list(predicted)
    print(f"{'sentences':28}" + "".join(f"{n:>12}" for n in names))
    figures = {n: sentence_figures(gold, p) for n, p in predicted.items()}
    for key in figures["rules"]:
        print(f"{key:28}" + "".join(f"{figures[n][key]:12.3f}" for n in names))

    if not (args.corpus.is_dir() and args.score.is_file()):
        print(f"no gold corpus at {args.corpus} or no scorer at {args.score}: dispatches skipped")
        return 0
    records = [d.model_dump(mode="json") for d in extract(corpus_dispatches(args.corpus), nlp)]
    scores = {"rules": score(args.score, args.corpus, records)}
    for name, model in models.items():
        scores[f"{name} veto"] = score(args.score, args.corpus, rewritten(records, model, veto))
        scores[f"{name} type"] = score(args.score, args.corpus, rewritten(records, model, judge))
    names = list(scores)
    print(f"\ndispatches: {args.corpus}")
    print(f"{'':28}" + "".join(f"{n:>16}" for n in names))
    for label, get in SCORE_ROWS:
        print(f"{label:28}" + "".join(f"{get(scores[n]):16.3f}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
