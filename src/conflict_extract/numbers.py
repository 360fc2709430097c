"""French numbers in a Doc: digits with French separators and number words (via text2num).

A count above `MAX_COUNT` is not a count of people (a reference number, a sum of money, a
20-digit typo): `number_at` reads none there, nor inside it ("10 000 000 000" yields no
"000 000 000").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from text_to_num import text2num

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
    found = _number_at(doc, i)
    if found is None or found[0] > MAX_COUNT or _inside_earlier_number(doc, i):
        return None
    return found


def _number_at(doc: Doc, i: int) -> tuple[int, int] | None:
    token = doc[i]
    if _DIGITS.match(token.text):
        digits = re.sub(r"\D", "", token.text)
        end = i + 1
        # "1 200", "233 000": groups of three digits after a single space.
        while (
            end < len(doc)
            and end - i <= _MAX_GROUPS
            and _GROUP.match(doc[end].text)
            and doc[end - 1].whitespace_ == " "
            and len(digits) <= 3 + 3 * (end - i - 1)
            and "." not in token.text
        ):
            digits += doc[end].text
            end += 1
        if len(digits) > _MAX_DIGITS:
            return MAX_COUNT + 1, end
        return int(digits), end
    return _number_words_at(doc, i)


def _inside_earlier_number(doc: Doc, i: int) -> bool:
    """Token i continues a number read from an earlier token ('000' in '10 000 000 000')."""
    if i == 0 or not _is_numeric(doc[i - 1].text):
        return False
    for start in range(i - 1, max(-1, i - 1 - _MAX_WORDS), -1):
        if not _is_numeric(doc[start].text):
            return False
        found = _number_at(doc, start)
        if found is not None and found[1] > i:
            return True
    return False


def _is_numeric(text: str) -> bool:
    return bool(_DIGITS.match(text)) or _is_number_word(text)


def _number_words_at(doc: Doc, i: int) -> tuple[int, int] | None:
    end = i
    while end < len(doc) and end - i < _MAX_WORDS and _is_number_word(doc[end].text):
        end += 1
    # "et" only joins inside a number ("vingt et un"), never ends one.
    while end > i and fold(doc[end - 1].text) == "et":
        end -= 1
    if end == i:
        return None
    words = " ".join(doc[k].text for k in range(i, end)).lower()
    try:
        value = text2num(words, "fr")
    except ValueError:
        return None
    return value, end


def _is_number_word(text: str) -> bool:
    parts = fold(text).split("-")
    return all(part in _NUMBER_WORDS for part in parts) and any(parts)
