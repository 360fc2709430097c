"""One normaliser for every name we look up, so spelling variants of a name meet.

Wire copy drops accents, and Arabic names reach French in many transliterations:
"Hamidiyé"/"Hamidiyah", "Ahrar esh-Cham"/"Ahrar al-Sham", "Azzaz"/"Aazaz". A name's key is
built from its words: accents and case folded, apostrophes and hyphens ignored, Arabic
articles dropped, common digraph variants (ou/u, ch/sh, dj/j, q/k, ph/f) merged, doubled
letters collapsed and a final mute h, e or a dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflict_extract.text import fold

# Arabic article spellings met before a hyphen or inside a name ("esh-Cham", "an-Nu'man").
ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "as",
        "ash",
        "ach",
        "ech",
        "esh",
        "es",
        "ad",
        "ed",
        "an",
        "en",
        "ar",
        "er",
        "at",
        "et",
        "az",
        "ez",
        "ath",
        "adh",
        "dh",
    }
)
_APOSTROPHES = "'’‘`´ʿʾʼ"
_DIGRAPHS = (
    ("sch", "sh"),
    ("ch", "sh"),
    ("dj", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("w", "u"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")
MUTE_ENDINGS = ("h", "e", "a")  # dropped in this order from a name key's end
_ELISION = re.compile(r"\b([ldjmnstc]|qu)['’‘`´ʿʾʼ]", re.IGNORECASE)
_NO_APOSTROPHES = str.maketrans(dict.fromkeys(_APOSTROPHES))
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum() plus '_


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The key of one word, articles excluded (see `name_key`)."""
    key = _NOT_ALNUM.sub("", fold(word))
    for old, new in _DIGRAPHS:
        key = key.replace(old, new)
    return key


@lru_cache(maxsize=1 << 14)
def word_part(word: str) -> str:
    """The key of one word as it enters a name key: `word_key` with doubled letters collapsed."""
    return collapse(word_key(word))


@lru_cache(maxsize=1 << 16)
def token_part(text: str) -> str:
    """The key of one token as it enters a name key: its words glued as `words_key` glues
    them, without the mute ending. A token the tokenizer kept whole ("Cap-Haïtien") meets the
    index's key of its words ("Cap" + "Haïtien"), not that of its letters run together, where
    'p-h' would read as the digraph 'ph'."""
    parts = words(text)
    if len(parts) <= 1:
        return word_part(text)
    glued = ""
    for i, part in enumerate(parts):
        if not is_article(parts, i):
            glued = glue(glued, word_part(part))
    return glued


def words(text: str) -> list[str]:
    """The words of a name. Hyphens and French elisions separate words ("d'Alep"); an
    apostrophe inside a word is a transliterated ayn or hamza and joins ("Qal‘at", "Nu'man")."""
    text = _ELISION.sub(r"\1 ", text)
    return _WORD.findall(text.translate(_NO_APOSTROPHES))


def join_keys(parts: list[str], *, articles: list[bool]) -> str:
    """Glue word keys into a name key, leaving out the parts marked as Arabic articles."""
    glued = "".join(part for part, article in zip(parts, articles, strict=False) if not article)
    return drop_mute(collapse(glued))


def collapse(key: str) -> str:
    """Doubled letters collapsed: 'azzaz' -> 'azaz'. collapse(a + b) is collapse(a) glued to
    collapse(b), one letter dropped where both meet on the same letter (see glue)."""
    return _DOUBLE.sub(r"\1", key)


def glue(collapsed: str, part: str) -> str:
    """collapse(x + y), given collapsed = collapse(x) and part = collapse(y)."""
    if collapsed and part and collapsed[-1] == part[0]:
        return collapsed + part[1:]
    return collapsed + part


def drop_mute(key: str) -> str:
    """A final mute h, then e, then a dropped, leaving at least four letters."""
    for mute in MUTE_ENDINGS:
        if len(key) > 4 and key.endswith(mute):
            key = key[:-1]
    return key


def name_key(name: str) -> str:
    """The lookup key of a whole name: 'Ahrar esh-Cham' and 'Ahrar al-Sham' give one key."""
    return words_key(words(name))


def words_key(parts: list[str]) -> str:
    """The key of a name already split into `words`."""
    keys = [word_key(part) for part in parts]
    return join_keys(keys, articles=[is_article(parts, i) for i in range(len(parts))])


def is_article(parts: list[str], index: int) -> bool:
    """An Arabic article ('al', 'esh', 'an'...) that is not the name's last word: dropped, so
    'Wadi al-Deif' meets 'Wadi Deif' and 'Ahrar esh-Cham' meets 'Ahrar al-Sham'."""
    return index < len(parts) - 1 and fold(parts[index]) in ARTICLES
