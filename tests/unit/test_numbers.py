import pytest
import spacy

from conflict_extract.numbers import MAX_COUNT, number_at

NLP = spacy.blank("fr")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12 miliciens", 12),
        ("1.500 blessés", 1500),
        ("40.000 morts", 40000),
        ("1 200 civils", 1200),
        ("233 000 morts", 233000),
        ("douze soldats", 12),
        ("Quinze morts", 15),
        ("vingt-trois combattants", 23),
        ("cent cinquante tués", 150),
        ("vingt et un morts", 21),
        ("une fillette", 1),
    ],
)
def test_number_at_reads_digits_and_french_words(text: str, value: int) -> None:
    found = number_at(NLP.make_doc(text), 0)
    assert found is not None and found[0] == value


@pytest.mark.parametrize("text", ["soldats tués", "et 35", "Alep"])
def test_number_at_returns_none_on_words(text: str) -> None:
    assert number_at(NLP.make_doc(text), 0) is None


def test_number_at_does_not_glue_separate_figures() -> None:
    doc = NLP.make_doc("2011 200 morts")
    assert number_at(doc, 0) == (2011, 1)


@pytest.mark.parametrize(
    "text",
    [
        "12345678901234567890 morts",  # 20 digits: a reference, not a toll
        "10 000 000 000 morts",
        "cent millions de morts",
        "9" * 5000 + " morts",  # longer than int() reads
    ],
)
def test_counts_above_the_bound_are_not_numbers_nor_are_their_tails(text: str) -> None:
    doc = NLP.make_doc(text)
    assert [number_at(doc, i) for i in range(len(doc))] == [None] * len(doc)


def test_the_bound_itself_is_a_number() -> None:
    assert number_at(NLP.make_doc("10 000 000 déplacés"), 0) == (MAX_COUNT, 3)
    assert number_at(NLP.make_doc("dix millions"), 0) == (MAX_COUNT, 2)


def test_a_figure_after_a_failed_range_is_still_read() -> None:
    doc = NLP.make_doc("entre deux et trois morts")
    assert number_at(doc, 3) == (3, 4)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        # the tokenizer splits some compounds at their hyphen: one number still
        (["Quarante", "-", "sept", "civils"], 47),
        (["soixante", "-", "dix", "soldats"], 70),
        (["Trente", "-", "deux", "morts"], 32),
    ],
)
def test_a_number_split_at_its_hyphen_is_one_number(words: list[str], value: int) -> None:
    doc = spacy.tokens.Doc(NLP.vocab, words=words, spaces=[False, False, True, False])
    assert number_at(doc, 0) == (value, 3)
    assert number_at(doc, 2) is None  # not a number of its own


def test_a_spaced_dash_joins_no_numbers() -> None:
    doc = spacy.tokens.Doc(NLP.vocab, words=["dix", "-", "sept"], spaces=[True, True, False])
    assert number_at(doc, 0) == (10, 1)
