"""conflict_generic_actors: name the actor behind generic mentions, by the dispatch's country.

"les forces gouvernementales", "l'armée", "l'armée de l'air" name a country's state forces;
which country is only known once places are geocoded (doc._.conflict_country). A foreign
army fighting at home is a state force there (ACLED inter 1), not an external one (8).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from conflict_extract.components import extensions  # noqa: F401  (Span._.kb)
from conflict_extract.components.data import DataComponent
from conflict_extract.knowledge.actors import ACTOR_FILES, actor_index
from conflict_extract.knowledge.files import DataFiles
from conflict_extract.knowledge.index import NameIndex

_STATE_FORCES_INTER = 1
_EXTERNAL_INTER = 8


@Language.factory(
    "conflict_generic_actors",
    assigns=["doc.spans", "span._.kb"],
    requires=["doc.spans", "span._.kb", "doc._.conflict_country"],
    default_config={"spans_key": "factions"},
)
def make_generic_actors(nlp: Language, name: str, *, spans_key: str) -> GenericActorResolver:
    return GenericActorResolver(name=name, spans_key=spans_key)


class GenericActorResolver(DataComponent):
    """Generic mentions resolved through data/state_forces.json to actors of
    data/actors.jsonl."""

    data_files = (*ACTOR_FILES, "state_forces.json")

    def __init__(self, *, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.table: dict[str, dict[str, str]] = {}
        self.index = NameIndex(label="FACTION")

    def load(self, files: DataFiles) -> None:
        self.index = actor_index(files)
        table = files.json("state_forces.json")
        self.table = {k: v for k, v in table.items() if not k.startswith("_")}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        country = doc._.conflict_country
        spans = list(doc.spans.get(self.spans_key, []))
        for span in spans:
            kb: dict[str, Any] = dict(span._.kb or {})
            role = kb.get("role")
            actor_id = self.table.get(str(role), {}).get(country or "") if role else None
            if actor_id and actor_id in self.index.records:
                kb = {**self.index.records[actor_id], "generic": True}
                span.id_ = actor_id
            elif role and country:
                kb["country"] = country
            if (
                kb.get("inter") == _EXTERNAL_INTER
                and kb.get("affiliation") == "foreign_state"
                and kb.get("country") == country
            ):
                kb["inter"] = _STATE_FORCES_INTER
            span._.kb = kb
        doc.spans[self.spans_key] = spans  # a span's id_ is kept only by a new group
        return doc
