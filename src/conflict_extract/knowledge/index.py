"""NameIndex: every name of every knowledge-base record, by normalised key."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from conflict_extract.knowledge.normalize import words, words_key

Record = Mapping[str, Any]


@dataclass
class NameIndex:
    """Names and acronyms -> record ids, and ids -> records.

    Names are matched through `name_key` (spelling-tolerant); acronyms only as whole tokens
    in the exact case they were given ("EI" is a faction, "ei" is nothing).
    """

    label: str
    records: dict[str, Record] = field(default_factory=dict)
    keys: dict[str, list[str]] = field(default_factory=dict)
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    max_words: int = 1

    def add(self, record: Record, names: Iterable[str], acronyms: Iterable[str] = ()) -> None:
        kb_id = str(record["kb_id"])
        self.records[kb_id] = record
        for name in names:
            parts = words(name)
            key = words_key(parts)
            if len(key) < 3:
                continue
            ids = self.keys.setdefault(key, [])
            if kb_id not in ids:
                ids.append(kb_id)
            self.max_words = max(self.max_words, len(parts))
        for acronym in acronyms:
            ids = self.acronyms.setdefault(acronym, [])
            if kb_id not in ids:
                ids.append(kb_id)

    def by_key(self, key: str) -> list[str]:
        return self.keys.get(key, [])

    def by_acronym(self, token_text: str) -> list[str]:
        return self.acronyms.get(token_text, [])

    def __len__(self) -> int:
        return len(self.records)
