"""The custom attributes our components read and write, registered once at import.

Values are plain JSON-like data (dicts, lists, strings, numbers) so a Doc keeps them through
`Doc.to_bytes` and multi-process `nlp.pipe`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Set on the Doc before the pipeline runs (see api.py).
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # ISO date string or None
if not Doc.has_extension("conflict_country"):
    Doc.set_extension("conflict_country", default=None)  # main country (ISO2) of the dispatch
# Written by conflict_events: a list of event dicts.
if not Doc.has_extension("conflict_events"):
    Doc.set_extension("conflict_events", default=None)
# Knowledge-base attributes of a FACTION/PLACE/SOURCE span (a dict), and all candidate ids.
if not Span.has_extension("kb"):
    Span.set_extension("kb", default=None)
# The ACLED actor a generic mention names (doc.spans["actors"]: "soldats maliens", "civils",
# "la Turquie" as an agent); FACTION spans carry theirs in `kb`.
if not Span.has_extension("actor"):
    Span.set_extension("actor", default=None)
if not Span.has_extension("candidates"):
    Span.set_extension("candidates", default=None)
# Casualty figure attributes (a dict) and resolved time expression (a dict).
if not Span.has_extension("casualty"):
    Span.set_extension("casualty", default=None)
if not Span.has_extension("when"):
    Span.set_extension("when", default=None)
