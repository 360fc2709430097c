"""DataFiles: the data files one component reads, kept as bytes and parsed on request.

A component reads its files once, from data/ (`initialize`) or from its folder in a saved
pipeline (`from_disk`), and writes the same bytes back (`to_disk`), so a saved pipeline
carries exactly the knowledge it was built with.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import srsly

from conflict_extract.errors import DataError


@dataclass(frozen=True)
class DataFiles:
    origin: str  # where the files were read: a folder, or "<bytes>"; for messages
    contents: Mapping[str, bytes]

    @classmethod
    def read(cls, folder: Path, names: Iterable[str]) -> DataFiles:
        contents = {}
        for name in names:
            path = folder / name
            try:
                contents[name] = path.read_bytes()
            except FileNotFoundError:
                raise DataError(f"missing data file {path}") from None
            except OSError as error:
                raise DataError(f"cannot read data file {path}: {error.strerror}") from None
        return cls(str(folder), contents)

    @classmethod
    def from_bytes(cls, data: bytes) -> DataFiles:
        return cls("<bytes>", dict(srsly.msgpack_loads(data)))

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps(dict(self.contents))

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in self.contents.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)  # "lexicons/ally_cues.txt"
            (folder / name).write_bytes(data)

    def text(self, name: str) -> str:
        try:
            return self.contents[name].decode("utf-8")
        except KeyError:
            raise DataError(f"{self.origin}: no data file {name}") from None
        except UnicodeDecodeError:
            raise DataError(f"{self._where(name)}: not UTF-8") from None

    def json(self, name: str) -> Any:
        try:
            return json.loads(self.text(name))
        except json.JSONDecodeError as error:
            raise DataError(f"{self._where(name)}: malformed JSON ({error.msg})") from None

    def jsonl(self, name: str) -> list[dict[str, Any]]:
        records = []
        for number, line in enumerate(self.text(name).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                where = self._where(name)
                raise DataError(f"{where}:{number}: malformed JSON ({error.msg})") from None
        return records

    def tsv(self, name: str, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
        rows = io.StringIO(self.text(name), newline="")
        reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != columns:
            raise DataError(f"{self._where(name)}: expected columns {', '.join(columns)}")
        yield from reader

    def parsed(self, name: str) -> Any:
        """A file parsed by its extension: .json, .jsonl (a list of records), else text."""
        if name.endswith(".jsonl"):
            return self.jsonl(name)
        if name.endswith(".json"):
            return self.json(name)
        return self.text(name)

    def _where(self, name: str) -> str:
        return f"{self.origin}/{name}"
