"""The sentences of models/event_textcat/ (training and held-out test set of the event-type
classifier measured by benchmarks/event_textcat.py): well formed, ACLED's vocabulary, the
test set apart from the training set, and none of them copied from the dev corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conflict_extract.records import ACLED_EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "models" / "event_textcat"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
FILES = ("train.jsonl", "test.jsonl")
LONGEST_SHARED_RUN = 15  # words: wire formulas and long names repeat, sentences do not


def _rows(name: str) -> list[dict]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("name", FILES)
def test_every_sentence_has_an_acled_type_or_none_and_a_matching_sub_type(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= 200
    for row in rows:
        if row["event_type"] == "NONE":
            assert row["sub_event_type"] is None, row["text"]
        else:
            assert row["sub_event_type"] in ACLED_EVENT_TYPES[row["event_type"]], row["text"]
    labels = {row["event_type"] for row in rows}
    assert labels == {*ACLED_EVENT_TYPES, "NONE"}


def test_the_test_set_shares_no_sentence_with_the_training_set() -> None:
    train = {row["text"] for row in _rows("train.jsonl")}
    assert not [row["text"] for row in _rows("test.jsonl") if row["text"] in train]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no dev corpus here")
def test_no_sentence_is_copied_from_the_dev_corpus() -> None:
    corpus: set[tuple[str, ...]] = set()
    for path in CORPUS.glob("*.txt"):
        corpus |= _runs(path.read_text(encoding="utf-8"), LONGEST_SHARED_RUN)
    copied = [
        row["text"]
        for name in FILES
        for row in _rows(name)
        if _runs(row["text"], LONGEST_SHARED_RUN) & corpus
    ]
    assert copied == []


def test_training_is_reproducible(tmp_path: Path) -> None:
    """The same data and config give the same model: two short trainings of the bag-of-words
    classifier score new sentences identically, and tell a strike from talks."""
    import sys

    import spacy

    sys.path.insert(0, str(ROOT / "scripts"))
    from train_event_textcat import train

    sentences = [
        "Une frappe de drone a tué mardi quatre combattants près de Kidal.",
        "Les négociations entre les deux camps ont repris lundi à Genève.",
    ]
    cats = []
    for run in ("a", "b"):
        model = spacy.load(
            train("bow", tmp_path / run, quiet=True, settings={"training.max_steps": 300})
        )
        cats.append([doc.cats for doc in model.pipe(sentences)])
    assert cats[0] == cats[1]
    strike, talks = cats[0]
    assert max(strike, key=strike.__getitem__) == "Explosions/Remote violence"
    assert max(talks, key=talks.__getitem__) == "NONE"
