"""The one place where tolls attach to events.

A killed figure of an incident (not cumulative, not a breakdown of another figure) goes to
the event told just before it in its sentence; a sentence that tells no event lends its toll
to the event just told; a toll that updates an incident ("le nouveau bilan s'établit à 40
morts") replaces that incident's figure instead of adding one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from conflict_extract.doc_views import span_value


def incident_tolls(casualties: Sequence[Span]) -> list[Span]:
    """Killed figures of an incident: not cumulative, not a breakdown of another figure."""
    return [s for s in casualties if _incident_toll(span_value(s, "casualty"))]


def _incident_toll(casualty: Any) -> bool:
    return bool(
        casualty
        and casualty["status"] == "killed"
        and not casualty["cumulative"]
        and casualty["part_of"] is None
        and casualty["count"] is not None
    )


def toll_owner(
    toll: Span,
    anchors: Sequence[tuple[int, int]],
    triggers: Sequence[tuple[int, int]],
    locations: Sequence[tuple[int, int] | None],
) -> int | None:
    """Index of the event a toll belongs to, among a sentence's events given by their anchors
    (trigger token, place token), trigger offsets and location offsets: the one told just
    before the figure. A figure between two places of one trigger is split between none of
    them ('à Apende, Ndimo et Kimautu, 33 morts': one toll, three scenes), unless it names
    its place ('Six civils ont été tués à Joura')."""
    if not anchors:
        return None
    before = [k for k, anchor in enumerate(anchors) if anchor[0] <= toll.start]
    owner = max(before, key=lambda k: anchors[k]) if before else 0
    siblings = [k for k, t in enumerate(triggers) if t == triggers[owner]]
    if len(siblings) > 1 and not names_place(toll, locations[owner]):
        return None
    return owner


def names_place(toll: Span, location: tuple[int, int] | None) -> bool:
    """'Six civils ont été tués à Joura': the toll says where."""
    return location is not None and 0 <= location[0] - toll.end_char <= 6
