"""A chunk whose processing raises is retried dispatch by dispatch: one failure costs one
dispatch, recorded with its source; the store keeps the others."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.archive import worker
from conflict_extract.archive.inputs import dispatch_key
from conflict_extract.archive.store import Store
from conflict_extract.archive.worker import process_chunk
from conflict_extract.dispatches import Dispatch
from conflict_extract.pipeline import build_pipeline
from synthetic import dispatch_text

MARKER = "DÉPÊCHE PIÉGÉE"


@Language.component("test_archive_fails_on_marker")
def _fails_on_marker(doc: Doc) -> Doc:
    """A component with a bug that only one dispatch of the chunk triggers."""
    if MARKER in doc.text:
        raise RuntimeError("component bug on this text")
    return doc


def test_a_failing_dispatch_costs_only_itself(tmp_path: Path) -> None:
    nlp = build_pipeline(base=spacy.blank("fr"))
    nlp.add_pipe("test_archive_fails_on_marker", first=True)
    texts = [dispatch_text(i) for i in range(5)]
    texts[2] = f"{MARKER} {texts[2]}"
    chunk = [
        (dispatch_key(d), d)
        for d in (Dispatch(id=f"d{i}", text=t, path=f"in/d{i}.txt") for i, t in enumerate(texts))
    ]
    result = process_chunk(chunk, nlp, "test-version")
    assert [d.id for d in result.documents] == ["d0", "d1", "d3", "d4"]
    (error,) = result.errors
    assert (error.source, error.document_key) == ("in/d2.txt", chunk[2][0])
    assert error.message == "processing failed: RuntimeError: component bug on this text"

    with Store.open(tmp_path / "store.db") as store:
        store.write(result)
        assert (store.count("documents"), store.count("errors")) == (4, 1)
        fixed = process_chunk([chunk[2]], build_pipeline(base=spacy.blank("fr")), "v2")
        store.write(fixed)  # the dispatch now succeeds: its error is cleared
        assert (store.count("documents"), store.count("errors")) == (5, 0)


def test_a_worker_freezes_its_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's pipeline serves until the process ends: like load_pipeline's, it is frozen
    out of the cycle collector's full collections (gc.freeze)."""
    blank = build_pipeline(base=spacy.blank("fr"))
    monkeypatch.setattr("conflict_extract.pipeline.build_pipeline", lambda: blank)
    worker._build.cache_clear()
    try:
        before = gc.get_freeze_count()
        nlp, _ = worker.shared_pipeline()
        assert nlp is blank
        assert gc.get_freeze_count() > before
    finally:
        worker._build.cache_clear()
