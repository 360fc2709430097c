"""Every span of every output slices the original input, whatever its line ends or spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflict_extract.api import extract
from conflict_extract.dispatches import Dispatch
from conflict_extract.records import check_offsets

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "data" / "samples").glob("*.txt"))
VARIANTS = {
    "as-is": lambda t: t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "nbsp": lambda t: t.replace(" ", "\u00a0", 40).replace(" :", "\u202f:"),
    "curly": lambda t: t.replace("'", "\u2019"),
}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("variant", VARIANTS)
def test_offsets_slice_the_original_text(nlp, sample: Path, variant: str) -> None:  # type: ignore[no-untyped-def]
    text = VARIANTS[variant](sample.read_text(encoding="utf-8"))
    (document,) = extract([Dispatch(id=sample.stem, text=text)], nlp)
    assert document.entities and document.casualties
    assert check_offsets(text, document) == []
