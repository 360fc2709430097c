"""The one place the pipeline is assembled: fr_core_news_md plus our components.

Component order and settings are read from models/pipeline.cfg; knowledge and lexicons from
data/. Everything loads from the installed packages and the bundled files: nothing is fetched.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

from conflict_extract.errors import DataError
from conflict_extract.knowledge.actors import load_actor_index, load_source_index, read_jsonl
from conflict_extract.knowledge.lexicons import (
    load_actor_nouns,
    load_country_names,
    load_demonyms,
    load_word_lists,
)
from conflict_extract.knowledge.places import load_place_index
from conflict_extract.paths import data_dir, models_dir

BASE_MODEL = "fr_core_news_md"


def load_config(path: Path | None = None) -> Config:
    path = path or models_dir() / "pipeline.cfg"
    try:
        return Config().from_disk(path)
    except FileNotFoundError:
        raise DataError(f"missing pipeline config {path}") from None


def build_pipeline(
    *, base: str | Language | None = None, data: Path | None = None, config: Config | None = None
) -> Language:
    """The base model named in models/pipeline.cfg (or `base`: a name or a loaded Language,
    e.g. spacy.blank("fr") in fast tests) plus our components, fed from data/."""
    data = data or data_dir()
    config = config or load_config()
    base = base or config["base"].get("model", BASE_MODEL)
    nlp = (
        spacy.load(base, exclude=list(config["base"].get("exclude", [])))
        if isinstance(base, str)
        else base
    )
    for name in config["pipeline"]["components"]:
        settings: dict[str, Any] = dict(config["components"][name])
        factory = settings.pop("factory")
        before = settings.pop("before", None)
        if before not in nlp.pipe_names:
            before = None  # e.g. no parser in a blank pipeline
        settings.update(_data_settings(factory, data))
        nlp.add_pipe(factory, name=name, config=settings, before=before)
    _hand_over_indexes(nlp, data)
    return nlp


def _data_settings(factory: str, data: Path) -> dict[str, Any]:
    """Small lexicons travel in the component config (kept in nlp.config)."""
    if factory == "conflict_generic_actors":
        table = _read_json(data / "state_forces.json")
        return {
            "table": {k: v for k, v in table.items() if not k.startswith("_")},
            "actor_nouns": load_actor_nouns(data),
            "demonyms": load_demonyms(data),
            "country_names": load_country_names(data),
        }
    if factory == "conflict_places":
        nouns = _read_json(data / "place_nouns.json")
        return {
            "context_nouns": nouns["context_nouns"],
            "not_places_after": nouns.get("not_places_after", []),
            "demonyms": sorted(load_demonyms(data)),
        }
    if factory == "conflict_casualties":
        return {"lexicon": _read_json(data / "casualties.json")}
    if factory == "conflict_events":
        return {
            "triggers": list(read_jsonl(data / "triggers.jsonl")),
            "word_lists": load_word_lists(data),
        }
    return {}


def _hand_over_indexes(nlp: Language, data: Path) -> None:
    """Name indexes are too large for a config: components receive them after creation."""
    loaders = {"SOURCE": load_source_index, "FACTION": load_actor_index, "PLACE": load_place_index}
    for _, component in nlp.pipeline:
        label = getattr(component, "label", None)
        if label in loaders and hasattr(component, "set_index"):
            component.set_index(loaders[label](data))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(f"missing data file {path}") from None
    except json.JSONDecodeError as error:
        raise DataError(f"{path}: malformed JSON ({error.msg})") from None
