"""NameIndex.may_extend and may_open: the pruning of the name matchers' windows."""

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


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("deir", True),  # the first word of a longer name
        ("hamidie", True),  # a one-word name, mute ending and all
        ("forces", False),
        ("zor", False),  # a later word of a name opens none
    ],
)
def test_a_first_word_opens_a_window_when_a_name_starts_with_it(word: str, opens: bool) -> None:
    index = _index("Deir ez-Zor", "Hamidiyé")
    assert index.may_open(word) is opens
    assert index.may_open(word) is opens  # remembered, same answer


def test_adding_a_name_opens_its_first_word() -> None:
    index = _index("Alep")
    assert not index.may_open("homs")
    index.add({"kb_id": "p9"}, ["Homs"])
    assert index.may_open("homs")
