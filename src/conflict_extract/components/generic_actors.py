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
from conflict_extract.knowledge.index import NameIndex

_STATE_FORCES_INTER = 1
_EXTERNAL_INTER = 8


@Language.factory(
    "conflict_generic_actors",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"spans_key": "factions", "table": {}},
)
def make_generic_actors(
    nlp: Language, name: str, *, spans_key: str, table: dict[str, dict[str, str]]
) -> GenericActorResolver:
    return GenericActorResolver(name=name, spans_key=spans_key, table=table)


class GenericActorResolver:
    label = "FACTION"  # receives the actor index (see pipeline._hand_over_indexes)

    def __init__(self, *, name: str, spans_key: str, table: dict[str, dict[str, str]]) -> None:
        self.name = name
        self.spans_key = spans_key
        self.table = table
        self.index = NameIndex(label=self.label)

    def set_index(self, index: NameIndex) -> None:
        self.index = index

    def __call__(self, doc: Doc) -> Doc:
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
