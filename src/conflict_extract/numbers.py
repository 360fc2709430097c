"""French numbers in a Doc: digits with French separators and number words (via text2num)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc
from text_to_num import text2num

from conflict_extract.doc_views import DocTokens, doc_tokens
from conflict_extract.text import fold

_DIGITS = re.compile(r"^\d{1,3}(?:[.\u202f\u00a0]\d{3})+$|^\d+$")
_GROUP = re.compile(r"^\d{3}$")
_NUMBER_WORDS = frozenset(
    (
        "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize vingt vingts trente quarante cinquante soixante cent cents mille "
        "million millions et"
    ).split()
)


def number_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """(value, end) of the number starting at token i, or None."""
    tokens = doc_tokens(doc)
    texts = tokens.texts
    text = texts[i]
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        end = i + 1
        # "1 200", "233 000": groups of three digits after a single space.
        while (
            end < len(texts)
            and _GROUP.match(texts[end])
            and tokens.spaces[end - 1] == " "
            and len(digits) <= 3 + 3 * (end - i - 1)
            and "." not in text
        ):
            digits += texts[end]
            end += 1
        return int(digits), end
    return _number_words_at(tokens, i)


def _number_words_at(tokens: DocTokens, i: int) -> tuple[int, int] | None:
    texts = tokens.texts
    end = i
    while end < len(texts) and _is_number_word(texts[end]):
        end += 1
    # "et" only joins inside a number ("vingt et un"), never ends one.
    while end > i and tokens.folded[end - 1] == "et":
        end -= 1
    if end == i:
        return None
    words = " ".join(texts[i:end]).lower()
    try:
        value = text2num(words, "fr")
    except ValueError:
        return None
    return value, end


@lru_cache(maxsize=1 << 14)
def _is_number_word(text: str) -> bool:
    parts = fold(text).split("-")
    return all(part in _NUMBER_WORDS for part in parts) and any(parts)
