"""The library entry point: long dispatches in sections, one failing dispatch isolated."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.api import extract, extract_each
from conflict_extract.dispatches import Dispatch
from conflict_extract.errors import DispatchError
from conflict_extract.records import Document, check_offsets
from conflict_extract.sections import WHOLE_CHARS

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "data" / "samples").glob("*.txt"))


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc: Doc) -> Doc:
    """A component with a bug that only some dispatches meet."""
    if "PANNE" in doc.text:
        raise KeyError("a bug met by this dispatch only")
    return doc


@pytest.fixture(scope="module")
def buggy_nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_fails_on_marker")
    return nlp


def _long_text(min_chars: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    paragraphs = []
    while sum(map(len, paragraphs)) < min_chars:
        paragraphs.append(texts[len(paragraphs) % len(texts)])
    return "\n\n".join(paragraphs)


def test_a_long_dispatch_is_analysed_in_sections_with_exact_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _long_text(WHOLE_CHARS + 3_000)
    (document,) = extract([Dispatch(id="long", text=text)], nlp)
    (alone,) = extract([Dispatch(id="one", text=SAMPLES[0].read_text(encoding="utf-8"))], nlp)
    assert check_offsets(text, document) == []
    assert "analysed in 3 sections" in document.warnings[-1]
    # Every section finds what the sample alone gives: the last copy too.
    assert len(document.events) >= 2 * len(alone.events) > 0
    assert max(e.end for e in document.entities) > len(text) - 1_000


def test_texts_over_spacy_max_length_are_accepted(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(nlp, "max_length", 2_000)
    text = _long_text(6_000)
    (document,) = extract([Dispatch(id="long", text=text)], nlp)
    assert check_offsets(text, document) == [] and document.events


def test_a_failing_dispatch_is_isolated_and_its_batch_mates_kept(buggy_nlp: Language) -> None:
    texts = ["Alep.", "Homs.", "PANNE à Hama.", "Idleb.", "Raqqa."]
    dispatches = [
        Dispatch(id=f"d{i}", text=t, origin=f"feed.jsonl:{i}") for i, t in enumerate(texts)
    ]
    results = list(extract_each(dispatches, buggy_nlp, batch_size=4))
    assert [type(r).__name__ for r in results] == ["Document"] * 2 + ["DispatchError"] + [
        "Document"
    ] * 2
    assert [r.id for r in results if isinstance(r, Document)] == ["d0", "d1", "d3", "d4"]
    failure = results[2]
    assert isinstance(failure, DispatchError) and isinstance(failure.error, KeyError)
    assert (
        str(failure)
        == "feed.jsonl:2: analysis failed (KeyError: 'a bug met by this dispatch only')"
    )


def test_a_failing_section_fails_its_dispatch_only(buggy_nlp: Language) -> None:
    text = ("Combats à Alep.\n\n" * 700) + "PANNE.\n\n" + ("Combats à Homs.\n\n" * 700)
    dispatches = [Dispatch(id="long", text=text), Dispatch(id="next", text="Alep.")]
    results = list(extract_each(dispatches, buggy_nlp, batch_size=2))
    assert [type(r).__name__ for r in results] == ["DispatchError", "Document"]


def test_text_the_tokenizer_refuses_is_isolated(nlp) -> None:  # type: ignore[no-untyped-def]
    dispatches = [
        Dispatch(id="bad", text="Trois morts \ud83d à Alep."),
        Dispatch(id="ok", text="Alep."),
    ]
    results = list(extract_each(dispatches, nlp))
    assert isinstance(results[0], DispatchError) and "UnicodeEncodeError" in str(results[0])
    assert isinstance(results[1], Document) and results[1].id == "ok"


def test_extract_raises_the_failure_after_the_documents_before_it(buggy_nlp: Language) -> None:
    results = extract([Dispatch(id="a", text="Alep."), Dispatch(id="b", text="PANNE.")], buggy_nlp)
    assert next(results).id == "a"
    with pytest.raises(KeyError, match="a bug met"):
        next(results)
