"""Shared fixtures: the pipeline is assembled once per session and saved with nlp.to_disk;
tests run the saved one as spacy.load gives it back, the way the CLI runs it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import settings
from spacy.language import Language

from conflict_extract.api import extract
from conflict_extract.dispatches import read_inputs
from conflict_extract.pipeline import build_pipeline

# Property-based tests replay the same examples on every run, so CI cannot fail on a case
# no commit introduced; `HYPOTHESIS_PROFILE=explore pytest tests/test_fuzz.py` draws new ones
# (a failing one becomes an @example of its test).
settings.register_profile("replay", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "replay"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
# The sample dispatches: the bundled samples and the golden dispatches written for the project.
SAMPLE_DISPATCHES = sorted([*SAMPLES.glob("*.txt"), *GOLDEN.glob("*.txt")])


@dataclass(frozen=True)
class SavedPipeline:
    folder: Path  # written by nlp.to_disk
    inputs: list[Path]  # the sample dispatches
    outputs: list[dict[str, Any]]  # the assembled pipeline's Documents for them, as JSON


def documents(nlp: Language, paths: list[Path]) -> list[dict[str, Any]]:
    """The Documents of `paths` as JSON, through the library entry point."""
    return [
        document.model_dump(mode="json")
        for document in extract(list(read_inputs(map(str, paths))), nlp)
    ]


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """CLI runs in subprocesses build and cache the pipeline in a folder of this session,
    never in the user's cache."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONFLICT_EXTRACT_CACHE", str(cache))
        yield
    shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture(scope="session")
def saved_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SavedPipeline]:
    """build_pipeline() written with nlp.to_disk, with what it printed for the sample
    dispatches before it was saved (the assembled pipeline is then let go)."""
    built = build_pipeline()
    folder = tmp_path_factory.mktemp("pipeline") / "fr_conflict_extract"
    built.to_disk(folder)
    yield SavedPipeline(folder, SAMPLE_DISPATCHES, documents(built, SAMPLE_DISPATCHES))
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def nlp(saved_pipeline: SavedPipeline) -> Language:
    """The full pipeline (fr_core_news_md + our components + data/), loaded with spacy.load."""
    return spacy.load(saved_pipeline.folder)


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """Our components on a blank French tokenizer: fast, no parser (no sentences, no lemmas)."""
    return spacy.blank("fr")
