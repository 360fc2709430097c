#!/usr/bin/env python3
"""Train the sentence classifier for the ACLED event type from models/event_textcat/.

    python scripts/train_event_textcat.py [--config ensemble|bow] [--output DIR]

Reads `train.jsonl` (one sentence per line: `text`, `event_type` among ACLED's six or NONE),
keeps every seventh sentence aside as spaCy's dev split (the same ones on every run), writes
both as DocBin files in a temporary folder and runs `spacy train` with the config's fixed seed:
the same data and config give the same model. The model goes to `--output` (default
models/event_textcat/model-<config>/, which git ignores). See benchmarks/event_textcat.py for
how it compares with the rule-based event layer.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "models" / "event_textcat"
LABELS = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
    "NONE",
)
DEV_EVERY = 7


def read_examples(path: Path) -> list[tuple[str, str]]:
    """(sentence, label) pairs; a label outside LABELS is an error naming its line."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["event_type"] not in LABELS:
            raise ValueError(f"{path.name}:{number}: unknown event_type {row['event_type']!r}")
        examples.append((row["text"], row["event_type"]))
    return examples


def write_docbin(examples: list[tuple[str, str]], path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("fr")
    docs = DocBin()
    for doc, (_, label) in zip(nlp.pipe(text for text, _ in examples), examples, strict=True):
        doc.cats = {name: float(name == label) for name in LABELS}
        docs.add(doc)
    docs.to_disk(path)


def train(
    config: str = "ensemble",
    output: Path | None = None,
    *,
    quiet: bool = False,
    settings: dict[str, object] | None = None,
) -> Path:
    """Train on train.jsonl with the named config; the model folder written. `quiet`: without
    spaCy's training log; `settings`: config overrides ({"training.max_steps": 200})."""
    from spacy.cli.train import train as spacy_train

    examples = read_examples(FOLDER / "train.jsonl")
    dev = examples[DEV_EVERY - 1 :: DEV_EVERY]
    rest = [example for i, example in enumerate(examples, 1) if i % DEV_EVERY]
    output = output or FOLDER / f"model-{config}"
    with tempfile.TemporaryDirectory() as tmp:
        write_docbin(rest, Path(tmp) / "train.spacy")
        write_docbin(dev, Path(tmp) / "dev.spacy")
        overrides = {
            "paths.train": f"{tmp}/train.spacy",
            "paths.dev": f"{tmp}/dev.spacy",
            **(settings or {}),
        }
        with contextlib.redirect_stdout(io.StringIO()) if quiet else contextlib.nullcontext():
            spacy_train(FOLDER / f"{config}.cfg", output, overrides=overrides)
    return output / "model-best"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", choices=("ensemble", "bow"), default="ensemble")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    print(train(args.config, args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
