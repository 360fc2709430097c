"""NameIndex: every name of every knowledge-base record, by normalised key."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from conflict_extract.knowledge.normalize import (
    MUTE_ENDINGS,
    drop_mute,
    word_key,
    words,
    words_key,
)

Record = Mapping[str, Any]
_OPENS_KEPT = 1 << 16  # words (windows) whose `may_open` (`may_extend`) is remembered, then
# forgotten all at once


@dataclass
class NameIndex:
    """Names and acronyms -> record ids, and ids -> records.

    Names are matched through `name_key` (spelling-tolerant); acronyms only as whole tokens
    in the exact case they were given ("EI" is a faction, "ei" is nothing). The names of one
    word also keep their spelling (`spelled`): a lowercase word is a common noun first, and
    "l'arme lourde" is no "armée" however close their keys.
    """

    label: str
    records: dict[str, Record] = field(default_factory=dict)
    keys: dict[str, list[str]] = field(default_factory=dict)
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    spellings: dict[str, list[str]] = field(default_factory=dict)
    max_words: int = 1
    _sorted_keys: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _opens: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _extends: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def add(self, record: Record, names: Iterable[str], acronyms: Iterable[str] = ()) -> None:
        kb_id = str(record["kb_id"])
        self._sorted_keys = None
        self._opens.clear()
        self._extends.clear()
        self.records[kb_id] = record
        for name in names:
            parts = words(name)
            key = words_key(parts)
            if len(key) < 3:
                continue
            ids = self.keys.setdefault(key, [])
            if kb_id not in ids:
                ids.append(kb_id)
            if len(parts) == 1:
                forms = self.spellings.setdefault(key, [])
                if word_key(name) not in forms:
                    forms.append(word_key(name))
            self.max_words = max(self.max_words, len(parts))
        for acronym in acronyms:
            ids = self.acronyms.setdefault(acronym, [])
            if kb_id not in ids:
                ids.append(kb_id)

    def by_key(self, key: str) -> list[str]:
        return self.keys.get(key, [])

    def spelled(self, key: str, word: str) -> bool:
        """`word`, whose key is `key`, is spelled as a one-word name of that key (accents,
        case and transliteration digraphs aside: no doubled letter or mute ending dropped)."""
        return word_key(word) in self.spellings.get(key, ())

    def may_extend(self, glued: str) -> bool:
        """Whether a name key can still be reached by adding words to a window whose glued
        parts (articles left out, doubled letters collapsed: `normalize.join_keys` before it
        drops mute endings) are `glued`: it is the start of a key, or a key plus mute endings.
        False means no longer window can match, whatever its words. Remembered per window,
        as `may_open` remembers."""
        known = self._extends.get(glued)
        if known is None:
            if len(self._extends) >= _OPENS_KEPT:
                self._extends.clear()
            known = self._extends[glued] = self._may_extend(glued)
        return known

    def _may_extend(self, glued: str) -> bool:
        keys = self._keys_in_order()
        at = bisect_left(keys, glued)
        if at < len(keys) and keys[at].startswith(glued):
            return True
        for cut in range(1, min(len(MUTE_ENDINGS), len(glued)) + 1):
            if glued[-cut] not in MUTE_ENDINGS:
                return False  # and no longer cut is all mute endings either
            if glued[:-cut] in self.keys:
                return True
        return False

    def may_open(self, part: str) -> bool:
        """Whether a window whose first word (no article) has the key `part` can match: a
        name key starts so (`may_extend`) or the word alone is one. False for most words of
        a text; remembered per word, as a text repeats its words."""
        known = self._opens.get(part)
        if known is None:
            if len(self._opens) >= _OPENS_KEPT:
                self._opens.clear()
            known = self.may_extend(part) or bool(self.by_key(drop_mute(part)))
            self._opens[part] = known
        return known

    def to_tables(self) -> dict[str, Any]:
        """The index as plain data (msgpack-able), for `from_tables`."""
        return {
            "label": self.label,
            "records": self.records,
            "keys": self.keys,
            "acronyms": self.acronyms,
            "spellings": self.spellings,
            "max_words": self.max_words,
            "sorted_keys": self._keys_in_order(),
        }

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any]) -> NameIndex:
        """The index `to_tables` gave, in the same order."""
        index = cls(
            label=str(tables["label"]),
            records=dict(tables["records"]),
            keys=dict(tables["keys"]),
            acronyms=dict(tables["acronyms"]),
            spellings=dict(tables["spellings"]),
            max_words=int(tables["max_words"]),
        )
        index._sorted_keys = list(tables["sorted_keys"])
        return index

    def _keys_in_order(self) -> list[str]:
        """The keys sorted, for prefix search; sorted once."""
        if self._sorted_keys is None:
            self._sorted_keys = sorted(self.keys)
        return self._sorted_keys

    def by_acronym(self, token_text: str) -> list[str]:
        return self.acronyms.get(token_text, [])

    def __len__(self) -> int:
        return len(self.records)
