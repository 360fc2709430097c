"""Where the bundled data/ and models/ folders live, installed or in a checkout, and where
built pipelines are cached."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel carries the folders inside the package (see pyproject's force-include);
    # an editable install or a checkout finds them at the repository root.
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / name


def data_dir() -> Path:
    """The bundled data/, or the folder named by $CONFLICT_EXTRACT_DATA (a custom knowledge
    base with the same files)."""
    custom = os.environ.get("CONFLICT_EXTRACT_DATA")
    return Path(custom) if custom else _bundled("data")


def models_dir() -> Path:
    return _bundled("models")


def cache_dir() -> Path:
    """Where built pipelines are kept: $CONFLICT_EXTRACT_CACHE, else conflict-extract/ in
    $XDG_CACHE_HOME (default ~/.cache)."""
    custom = os.environ.get("CONFLICT_EXTRACT_CACHE")
    if custom:
        return Path(custom)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "conflict-extract"
