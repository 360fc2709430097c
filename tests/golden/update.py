"""Regenerate the golden files: `python tests/golden/update.py`, then review the diff.

Golden files change only when someone runs this on purpose and commits the result; the
tests never write them.
"""

from __future__ import annotations

import json
from pathlib import Path

from conflict_extract.api import extract
from conflict_extract.dispatches import read_inputs
from conflict_extract.pipeline import build_pipeline

HERE = Path(__file__).resolve().parent
# Not compared: the path given, and the provenance, whose versions change with every change of
# code or data/ (tests/unit/test_provenance.py checks it).
EXCLUDED = {"path", "provenance"}


def golden_inputs() -> list[Path]:
    return sorted([*HERE.glob("*.txt"), *(HERE.parent.parent / "data" / "samples").glob("*.txt")])


def expected_path(source: Path) -> Path:
    return HERE / f"{source.stem}.expected.json"


def main() -> None:
    nlp = build_pipeline()
    dispatches = [d for d in read_inputs(map(str, golden_inputs()))]
    for source, document in zip(golden_inputs(), extract(dispatches, nlp), strict=True):
        payload = document.model_dump(mode="json", exclude=EXCLUDED)
        expected_path(source).write_text(
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {expected_path(source).name}")


if __name__ == "__main__":
    main()
