"""How we compare French words and find paragraphs: the one home of these text helpers.

Two folds, for two needs: `fold` compares words (wire copy drops accents, 'œ' may be spelt
'oe'), `fold_aligned` keeps the text's length so offsets found in the folded text are
offsets in the original (regular expressions run over a whole dispatch); `strip_accents`
keeps the case, for names shown to people.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l"})
# "se sont emparés", "s'affrontent": the reflexive clitic of a pronominal verb, folded.
REFLEXIVE_CLITICS = frozenset({"se", "s'"})
# "la province de", "du groupe", "des rebelles": the forms of "de", folded.
OF_WORDS = frozenset({"de", "du", "des", "d'"})
# "dont trois enfants", "parmi les victimes": words that open a breakdown of a count.
BREAKDOWN_WORDS = frozenset({"dont", "parmi"})
# "le", "la", "les", "l'": the definite articles, folded.
DEFINITE_ARTICLES = frozenset({"le", "la", "les", "l'"})
# Quotation marks a name or a word may stand between ("« neutralisé »", "« La Mayiza »").
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
# A blank line (possibly holding spaces, tabs or the CR of a CRLF line end) ends a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case and accents folded, ligatures spelt out: 'Hamidiyé' -> 'hamidiye', 'Œuvre' ->
    'oeuvre'. The result may be longer than `text`."""
    return strip_accents(text.lower().translate(_SPECIAL))


def strip_accents(text: str) -> str:
    """Accents dropped, case kept: 'Ḩuraytān' -> 'Huraytan'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_aligned(text: str) -> str:
    """Case and accents folded character by character, keeping the length: 'Février' ->
    'fevrier'; a character that would not fold to one character ('œ') is kept as it is."""
    if text.isascii():
        return text.lower()  # what _fold_char does to each ASCII character
    return text.translate(_FOLDED_CHARS)


def _fold_char(ch: str) -> str:
    base = strip_accents(ch).lower()
    return base if len(base) == 1 else ch


class _FoldedChars(dict[int, str]):
    """Code point -> `_fold_char` of it, for str.translate; filled as characters are met (a
    cache: every value is computed again if missing), and forgotten all at once when it
    holds `_FOLDED_KEPT` characters."""

    def __missing__(self, code: int) -> str:
        if len(self) >= _FOLDED_KEPT:
            self.clear()
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED_KEPT = 1 << 12  # as many characters as the lru_cache of _fold_char kept before


_FOLDED_CHARS = _FoldedChars()


def word_before(folded: list[str], start: int, skipped: frozenset[str]) -> int:
    """The index of the last word before `start` that is not in `skipped` (-1: none)."""
    k = start - 1
    while k >= 0 and folded[k] in skipped:
        k -= 1
    return k
