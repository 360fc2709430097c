"""French numbers in a Doc: digits with French separators and number words (via text2num).

A count above `MAX_COUNT` is not a count of people (a reference number, a sum of money, a
20-digit typo): `number_at` reads none there, nor inside it ("10 000 000 000" yields no
"000 000 000").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc
from text_to_num import text2num

from conflict_extract.doc_views import DocTokens, doc_tokens
from conflict_extract.text import fold

MAX_COUNT = 10_000_000
# Longest spellings read: "1 234 567 890" is four groups after its head, "deux cent
# quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf" a dozen words. Longer runs are
# not counts, and bounding them keeps reading linear on hostile input.
_MAX_GROUPS = 4
_MAX_WORDS = 12
_MAX_DIGITS = 15  # beyond MAX_COUNT anyway; int() of thousands of digits is refused
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
    """(value, end) of the number starting at token i, or None (no number there, a number
    above MAX_COUNT, or the middle of a number that starts before i)."""
    tokens = doc_tokens(doc)
    found = _number_at(tokens, i)
    if found is None or found[0] > MAX_COUNT or _inside_earlier_number(tokens, i):
        return None
    return found


def _number_at(tokens: DocTokens, i: int) -> tuple[int, int] | None:
    texts = tokens.texts
    text = texts[i]
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        end = i + 1
        # "1 200", "233 000": groups of three digits after a single space.
        while (
            end < len(texts)
            and end - i <= _MAX_GROUPS
            and _GROUP.match(texts[end])
            and tokens.spaces[end - 1] == " "
            and len(digits) <= 3 + 3 * (end - i - 1)
            and "." not in text
        ):
            digits += texts[end]
            end += 1
        if len(digits) > _MAX_DIGITS:
            return MAX_COUNT + 1, end
        return int(digits), end
    return _number_words_at(tokens, i)


def _inside_earlier_number(tokens: DocTokens, i: int) -> bool:
    """Token i continues a number read from an earlier token ('000' in '10 000 000 000')."""
    texts = tokens.texts
    if i >= 2 and _joining_hyphen(tokens, i - 1) and _is_numeric(texts[i - 2]):
        return True  # "sept" of "Quarante-sept"
    if i == 0 or not _is_numeric(texts[i - 1]):
        return False
    for start in range(i - 1, max(-1, i - 1 - _MAX_WORDS), -1):
        if not _is_numeric(texts[start]):
            return False
        found = _number_at(tokens, start)
        if found is not None and found[1] > i:
            return True
    return False


@lru_cache(maxsize=1 << 14)
def may_start_number(text: str) -> bool:
    """Whether a token with this text may start a number: `number_at` finds none at the
    others."""
    return _is_numeric(text)


@lru_cache(maxsize=1 << 14)
def _is_numeric(text: str) -> bool:
    return bool(_DIGITS.match(text)) or _is_number_word(text)


def _number_words_at(tokens: DocTokens, i: int) -> tuple[int, int] | None:
    texts = tokens.texts
    end = i
    while end < len(texts) and end - i < _MAX_WORDS:
        if _is_number_word(texts[end]):
            end += 1
        elif _joining_hyphen(tokens, end):
            end += 2  # "Quarante-sept", which the tokenizer split at its hyphen
        else:
            break
    # "et" only joins inside a number ("vingt et un"), never ends one.
    while end > i and tokens.folded[end - 1] == "et":
        end -= 1
    if end == i:
        return None
    words = " ".join(texts[i:end]).lower().replace(" - ", "-")
    try:
        value = text2num(words, "fr")
    except ValueError:
        return None
    return value, end


def _joining_hyphen(tokens: DocTokens, k: int) -> bool:
    """Token k is a hyphen written without spaces between two number words."""
    return (
        0 < k < len(tokens.texts) - 1
        and tokens.texts[k] == "-"
        and not tokens.spaces[k - 1]
        and not tokens.spaces[k]
        and _is_number_word(tokens.texts[k - 1])
        and _is_number_word(tokens.texts[k + 1])
    )


@lru_cache(maxsize=1 << 14)
def _is_number_word(text: str) -> bool:
    parts = fold(text).split("-")
    return all(part in _NUMBER_WORDS for part in parts) and any(parts)
