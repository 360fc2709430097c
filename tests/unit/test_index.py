"""NameIndex.may_extend: the pruning of the name matchers' windows."""

import pytest

from conflict_extract.knowledge.index import NameIndex
from conflict_extract.knowledge.normalize import collapse, name_key, word_key


def _index(*names: str) -> NameIndex:
    index = NameIndex(label="PLACE")
    for i, name in enumerate(names):
        index.add({"kb_id": f"p{i}"}, [name])
    return index


@pytest.mark.parametrize(
    ("names", "head"),
    [
        (["Deir ez-Zor"], "deir"),  # the start of a key
        (["Ras al-Aïn"], name_key("Ras al-Aïn")),  # a whole key
        (["Hamidiyé"], collapse(word_key("Hamidiyé"))),  # a key with its mute ending
        (["Khan Cheikhoun"], "khan"),
    ],
)
def test_a_window_that_may_still_become_a_name_extends(names: list[str], head: str) -> None:
    assert _index(*names).may_extend(head)


@pytest.mark.parametrize(
    ("names", "head"),
    [
        (["Deir ez-Zor"], "deirx"),
        (["Hamidiyé"], "hamidiek"),  # past the mute ending
        (["Khan Cheikhoun", "Alep"], "forces"),
    ],
)
def test_a_window_no_name_starts_with_stops(names: list[str], head: str) -> None:
    assert not _index(*names).may_extend(head)


def test_adding_a_name_extends_what_may_match() -> None:
    index = _index("Alep")
    assert not index.may_extend("homs")
    index.add({"kb_id": "p9"}, ["Homs"])
    assert index.may_extend("homs")
