import pytest

from conflict_extract.text import PARAGRAPH_BREAK, fold, fold_aligned, strip_accents


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Hamidiyé", "hamidiye"), ("ÉTAT", "etat"), ("Œuvre", "oeuvre"), ("Jaïch", "jaich")],
)
def test_fold_compares_words_without_case_accents_or_ligatures(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["Le 1er février, à Alep", "Cœur de l'Œuvre", "Ḩuraytān ½"])
def test_fold_aligned_keeps_every_offset(text: str) -> None:
    folded = fold_aligned(text)
    assert len(folded) == len(text)
    assert folded == "".join(fold_aligned(ch) for ch in text)


def test_fold_aligned_finds_offsets_of_the_original() -> None:
    text = "Bombardé le 3 Février à l'aube"
    start = fold_aligned(text).index("fevrier")
    assert text[start : start + len("fevrier")] == "Février"


def test_strip_accents_keeps_the_case() -> None:
    assert strip_accents("Ḩuraytān, I‘zāz") == "Huraytan, I‘zaz"


@pytest.mark.parametrize(
    ("text", "breaks"), [("a\n\nb", 1), ("a\n \t\nb\n\nc", 2), ("a\nb", 0), ("a \n b", 0)]
)
def test_a_blank_line_is_a_paragraph_break(text: str, breaks: int) -> None:
    assert len(PARAGRAPH_BREAK.findall(text)) == breaks
