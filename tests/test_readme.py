"""The README's Python example runs as printed and prints what its comments say."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import spacy

README = Path(__file__).resolve().parent.parent / "README.md"
HEADING = "### Using the components in your own spaCy pipeline"


def _example() -> str:
    section = README.read_text(encoding="utf-8").split(HEADING, 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)  # type: ignore[union-attr]


def test_readme_example_is_ten_lines_that_print_what_they_say(tmp_path: Path) -> None:
    code = _example()
    assert len([line for line in code.splitlines() if line.strip()]) <= 10
    expected = [line.split("  # ", 1)[1] for line in code.splitlines() if line.startswith("print(")]
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.splitlines() == expected
    doc = spacy.load(tmp_path / "my_pipeline")("Les FDS ont repris Tabqa à l'EI, selon l'OSDH.")
    assert [s.id_ for s in doc.spans["factions"]] == ["sy.sdf", "intl.is"]
