"""Shared fixtures: the full pipeline is built once per session (it loads fr_core_news_md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from conflict_extract.pipeline import build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline: fr_core_news_md + our components + data/."""
    return build_pipeline()


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """Our components on a blank French tokenizer: fast, no parser (no sentences, no lemmas)."""
    return spacy.blank("fr")
