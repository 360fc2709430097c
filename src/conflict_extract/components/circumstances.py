"""A deed and the circumstance it was told in: 'enlevés lors d'un raid', 'tué lors de la
dispersion d'une manifestation', 'tuées pendant une manifestation'. Read on the parse; shared
by the event extractor (which folds the two words into one event) and the kind decider (a
protest during which someone was killed met excessive force)."""

from __future__ import annotations

from spacy.tokens import Span

from conflict_extract.doc_views import Node, root_node
from conflict_extract.text import fold

# "lors d'une attaque", "au cours d'un raid": the word the circumstance hangs on
DURING = frozenset({"lors", "cours"})
# "pendant une manifestation", "durant le rassemblement": the circumstance's own preposition
DURING_CASES = frozenset({"pendant", "durant"})


def during_word(span: Span) -> Node | None:
    """The 'lors' / 'au cours' / 'pendant' that makes `span` a circumstance, if any."""
    root = root_node(span)
    if fold(root.head.text) in DURING and root.head.i != root.i:
        return root.head
    return next((c for c in root.children if fold(c.text) in DURING_CASES), None)


def told_with(during: Node, deed: range) -> bool:
    """'lors d'...' hangs on the deed, or on the people it names ('ont enlevé 31 personnes,
    dont deux ressortissants chinois, lors d'un raid'), or, when the parser hangs it
    elsewhere, follows the deed with no finite verb in between."""
    for above in [during.head, *during.head.ancestors]:
        if above.i in deed:
            return True
        if above.pos_ in {"VERB", "AUX"} or above.head.i == above.i:
            break
    if during.i < deed.stop:
        return False
    doc = during.token.doc
    return not any(
        "Fin" in doc[k].morph.get("VerbForm") or doc[k].pos_ == "AUX"
        for k in range(deed.stop, during.i)
    )


def told_during(span: Span, deed: range) -> bool:
    """`span` is the circumstance the deed at `deed` was told in ('tué lors de la
    dispersion d'une manifestation')."""
    during = during_word(span)
    return during is not None and told_with(during, deed)
