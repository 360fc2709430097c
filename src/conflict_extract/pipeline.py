"""The one place the pipeline is assembled, saved and loaded.

- `build_pipeline()`: the base model named in models/pipeline.cfg plus our components, each
  initialized from data/ with its `[initialize.components.NAME]` settings, as spaCy does.
- `save_pipeline(folder)`: that pipeline written with `nlp.to_disk`, for `spacy.load` and
  `spacy package`.
- `load_pipeline(model)`: `spacy.load(model)`; by default the pipeline this install builds,
  saved in the cache (paths.cache_dir) on first use and loaded from there afterwards. The
  cache entry is named by `pipeline_version()` and `knowledge_version()`, so a change of code,
  config, base model or data/ builds a new one.

Nothing is fetched: the base model is an installed package, the knowledge the bundled data/.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

from conflict_extract import __version__
from conflict_extract.errors import DataError
from conflict_extract.paths import cache_dir, models_dir
from conflict_extract.provenance import knowledge_version, pipeline_version

BASE_MODEL = "fr_core_news_md"
# kept(): new containers between two collections of the youngest generation
_YOUNG_OBJECTS = 50_000
_KEEP_CACHED = 3  # pipelines kept in the cache (most recently used); each holds the base model


def load_config(path: Path | None = None, *, data: Path | None = None) -> Config:
    """models/pipeline.cfg (or `path`); `data` replaces its [paths] data folder."""
    path = path or models_dir() / "pipeline.cfg"
    overrides = {"paths.data": str(data)} if data is not None else {}
    try:
        return Config().from_disk(path, overrides=overrides)
    except FileNotFoundError:
        raise DataError(f"missing pipeline config {path}") from None


def build_pipeline(
    *, base: str | Language | None = None, data: Path | None = None, config: Path | None = None
) -> Language:
    """The base model named in the config (or `base`: a name or a loaded Language, e.g.
    spacy.blank("fr") in fast tests) plus our components, initialized from `data` (default:
    the package's data/)."""
    settings = load_config(config, data=data)
    base = base or settings["base"].get("model", BASE_MODEL)
    nlp = (
        spacy.load(base, exclude=list(settings["base"].get("exclude", [])))
        if isinstance(base, str)
        else base
    )
    sources = [_source(nlp.meta)] if isinstance(base, str) else []
    ours = []
    for name in settings["pipeline"]["components"]:
        component: dict[str, Any] = dict(settings["components"][name])
        factory = component.pop("factory")
        before = component.pop("before", None)
        if before not in nlp.pipe_names:
            before = None  # e.g. no parser in a blank pipeline
        nlp.add_pipe(factory, name=name, config=component, before=before)
        nlp.config["initialize"]["components"][name] = dict(
            settings["initialize"]["components"].get(name, {})
        )
        ours.append(name)
    with nlp.select_pipes(enable=ours):
        nlp.initialize()  # ours only: the base model's components keep their weights
    nlp.meta.pop("performance", None)  # the base model's scores, not ours
    nlp.meta.update(
        {
            **settings["meta"],
            "version": pipeline_version(settings),
            "sources": sources,
            # The package `spacy package` makes needs our factories (the spacy_factories
            # entry points of conflict-extract).
            "requirements": [f"conflict-extract{spacy.util.get_minor_version_range(__version__)}"],
            "conflict_extract": {
                "tool_version": __version__,
                "knowledge_version": knowledge_version(_data_folder(settings)),
            },
        }
    )
    return nlp


def _data_folder(settings: Config) -> Path | None:
    """The folder the config's [paths] data names (None: the package's data/)."""
    folder = settings.get("paths", {}).get("data")
    return Path(folder) if folder else None


def _source(meta: dict[str, Any]) -> dict[str, str]:
    return {
        "name": f"{meta['lang']}_{meta['name']}",
        "version": str(meta.get("version", "")),
        "license": str(meta.get("license", "")),
        "url": str(meta.get("url", "")),
    }


def save_pipeline(folder: Path, *, data: Path | None = None) -> Language:
    """Build the pipeline and write it to `folder` (which must not hold anything yet)."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DataError(f"{folder} is not an empty folder; remove it or choose another")
    nlp = build_pipeline(data=data)
    folder.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(folder)
    return nlp


def load_pipeline(model: str | Path | None = None, *, fast: bool = False) -> Language:
    """`model` (a folder written by save_pipeline, or an installed pipeline package) loaded
    with spacy.load; by default the bundled pipeline, from the cache. `fast`: without the
    base model's NER (see `without_base_ner`).

    The objects loaded so far are then frozen (`gc.freeze()`): the pipeline's (vocab, tables,
    gazetteer: hundreds of thousands of containers) live as long as the process, and every
    full collection of Python's cycle collector would otherwise walk them all again (0.2 s
    each, every few dozen dispatches; benchmarks/throughput.py). Frozen objects are never
    collected: a process that loads pipelines again and again keeps the discarded ones."""
    nlp = kept(_load_pipeline(model))
    return without_base_ner(nlp) if fast else nlp


def kept(nlp: Language) -> Language:
    """`nlp`, with the objects loaded so far frozen (`gc.freeze()`) for the rest of the
    process: for a pipeline that serves until the process ends (load_pipeline, the archive's
    workers). See load_pipeline for why and what it costs.

    The youngest generation is also collected less often (every `_YOUNG_OBJECTS` new
    containers rather than Python's 700): a dispatch's analysis makes tens of thousands of
    small containers that live as long as its Doc (the parse views of doc_views, spans,
    records), and each collection walks those still alive again; fewer, larger collections
    walk them less often, for the same cyclic garbage freed a little later. Most of those
    containers go by reference counting with their Doc, so at 50,000 a batch of dispatches
    rarely reaches a collection at all (10,000: about 6 per pass over the 49 dev dispatches)."""
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS, middle, oldest)
    return nlp


def without_base_ner(nlp: Language) -> Language:
    """The pipeline with the base model's NER disabled: our matchers still find factions,
    sources and gazetteer places, but places only the NER knows are missed: faster, with
    fewer places and events found (README, Performance, has the figures)."""
    if "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    return nlp


def _load_pipeline(model: str | Path | None) -> Language:
    if model is not None:
        return _load(model)
    config = load_config()
    versions = f"{pipeline_version(config)}-{knowledge_version()}"
    entry = cache_dir() / f"{config['meta']['name']}-{versions}"
    if (entry / "meta.json").is_file():
        nlp = spacy.load(entry)
        os.utime(entry)  # most recently used: the last to be pruned
        return nlp
    nlp = build_pipeline()
    _save_in_cache(nlp, entry)
    return nlp


def _load(model: str | Path) -> Language:
    if not Path(model).exists() and not spacy.util.is_package(str(model)):
        raise DataError(f"{model}: neither a pipeline folder nor an installed pipeline package")
    try:
        return spacy.load(model)
    except (OSError, ValueError) as error:
        raise DataError(f"cannot load the pipeline {model}: {error}") from None


def _save_in_cache(nlp: Language, entry: Path) -> None:
    """Write the pipeline under its cache entry, atomically (a concurrent first run may be
    writing the same one), and prune the least recently used entries. A cache that cannot be
    written is no error: the pipeline then runs from memory and is built again next time."""
    partial: Path | None = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f".{entry.name}.", dir=entry.parent))
        nlp.to_disk(partial)
        partial.rename(entry)
        partial = None
        _prune(entry.parent)
    except OSError:
        pass
    finally:
        if partial is not None:
            shutil.rmtree(partial, ignore_errors=True)


def _prune(root: Path) -> None:
    entries = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[_KEEP_CACHED:]:
        shutil.rmtree(stale, ignore_errors=True)
