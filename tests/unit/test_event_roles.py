"""event_roles: the case markers a role is read from."""

import pytest

from conflict_extract.components.event_roles import _cases
from conflict_extract.doc_views import doc_nodes


@pytest.mark.parametrize(
    ("text", "word", "cases"),
    [
        ("L'attaque a été revendiquée par le JNIM.", "JNIM", {"par"}),
        ("L'armée a mené des frappes contre les rebelles.", "rebelles", {"contre"}),
        ("Des combats ont opposé l'armée aux rebelles.", "armée", set()),
    ],
)
def test_cases_are_the_markers_of_a_word(nlp, text: str, word: str, cases: set[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    node = next(n for n in doc_nodes(doc) if n.text == word)
    assert _cases(node) == cases
    assert _cases(node) is _cases(node)  # found once per Doc and token
    other = nlp(text)  # another Doc of the same text: its own answers, equal
    assert _cases(next(n for n in doc_nodes(other) if n.text == word)) == cases
