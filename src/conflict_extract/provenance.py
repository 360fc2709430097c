"""Where a record comes from: the versions of the tool, its knowledge and its pipeline.

A stored document keeps the `pipeline_version` that produced it, so an archive can redo only
what an older pipeline made (`batch --reprocess-outdated`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from conflict_extract import __version__
from conflict_extract.paths import data_dir, models_dir

_SHORT = 12  # hex digits kept from a sha256


def knowledge_version(data: Path | None = None) -> str:
    """A short hash of every file under data/ (names and bytes): changes with the knowledge."""
    return _hash_files(data or data_dir())[:_SHORT]


def pipeline_version() -> str:
    """The tool version plus a short hash of data/ and models/pipeline.cfg, e.g. 0.1.0+3f2a..."""
    digest = hashlib.sha256()
    digest.update(_hash_files(data_dir()).encode())
    digest.update((models_dir() / "pipeline.cfg").read_bytes())
    return f"{__version__}+{digest.hexdigest()[:_SHORT]}"


def _hash_files(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
