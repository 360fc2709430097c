"""Which tool, pipeline and knowledge produced a record, and ids that do not change on reruns.

- `knowledge_version(data)`: a digest of the knowledge files of data/.
- `pipeline_version()`: the tool's version plus a digest of everything else that shapes the
  pipeline besides the knowledge (our code, models/pipeline.cfg, the base model's version,
  spaCy's version): a changed line of code gives a new pipeline version.
- `content_hash(text)` and `event_id(...)`: an event's id is derived from the input's content
  and the offsets of its evidence, so a rerun or a merge of two runs never renumbers it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from confection import Config

from conflict_extract import __version__
from conflict_extract.paths import data_dir, models_dir

_PACKAGE = Path(__file__).resolve().parent
_DIGITS = 16  # hex digits kept of a sha256 digest: 64 bits
# Not knowledge: documentation and the sample dispatches.
_NOT_KNOWLEDGE = ("samples",)


def knowledge_version(data: Path | None = None) -> str:
    """A digest of every file below `data` (default: the package's data/, or
    $CONFLICT_EXTRACT_DATA) except documentation (*.md), hidden files and samples/."""
    folder = data if data is not None else data_dir()
    digest = hashlib.sha256()
    for path in sorted(_knowledge_files(folder)):
        name = path.relative_to(folder).as_posix()
        content = path.read_bytes().replace(b"\r\n", b"\n")  # a Windows checkout is the same
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()[:_DIGITS]


def _knowledge_files(folder: Path) -> Iterable[Path]:
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if not path.is_file() or path.suffix == ".md" or parts[0] in _NOT_KNOWLEDGE:
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in parts):
            continue
        yield path


def pipeline_version(config: Config | None = None) -> str:
    """'0.1.0+1a2b3c4d': the tool's version and a digest of our code, the pipeline config
    (`config`, default models/pipeline.cfg; its [paths] and [initialize] sections, which say
    where data is read, excluded), the base model's name and version and spaCy's version."""
    config = config if config is not None else Config().from_disk(models_dir() / "pipeline.cfg")
    shape = Config({k: v for k, v in config.items() if k not in ("paths", "initialize")})
    base = str(config["base"].get("model") or "")
    digest = hashlib.sha256()
    spacy = _installed_version("spacy")
    for part in (code_digest(), shape.to_str(), base, _installed_version(base), spacy):
        digest.update(part.encode())
        digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:8]}"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of our Python code (every module of the package)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _installed_version(package: str) -> str:
    try:
        return metadata.version(package) if package else ""
    except metadata.PackageNotFoundError:
        return ""


def content_hash(text: str) -> str:
    """The sha256 of the input text (UTF-8), in hex: the text every offset refers to."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_id(input_hash: str, evidence: tuple[int, int], *anchors: tuple[int, int] | None) -> str:
    """'ev-' and 16 hex digits from the input's hash, the evidence sentence's offsets and the
    offsets of the spans that single the event out in it (trigger, location)."""
    key = ";".join(f"{a[0]}:{a[1]}" if a else "-" for a in (evidence, *anchors))
    digest = hashlib.sha256(f"{input_hash};{key}".encode()).hexdigest()
    return f"ev-{digest[:_DIGITS]}"


def pipeline_provenance(meta: Mapping[str, Any]) -> dict[str, str | None]:
    """The tool's version and the pipeline's name, version and knowledge version, read from
    a pipeline's `nlp.meta` (knowledge version None for a pipeline that does not record it)."""
    name, lang = str(meta.get("name", "pipeline")), str(meta.get("lang", ""))
    ours = meta.get("conflict_extract") or {}
    return {
        "tool_version": __version__,
        "pipeline": name if not lang or name.startswith(f"{lang}_") else f"{lang}_{name}",
        "pipeline_version": str(meta.get("version", "")),
        "knowledge_version": ours.get("knowledge_version"),
    }
