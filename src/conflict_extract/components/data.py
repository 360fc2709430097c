"""DataComponent: how our components that read data/ load, save and restore it.

As spaCy's own rulers do: settings live in the factory's config; the data is loaded by
`initialize()` from a folder (the `data` setting of `[initialize.components.NAME]`, default
the package's data/), written by `to_disk()` into the component's folder of a saved pipeline
and read back by `from_disk()`, so `nlp.to_disk()` then `spacy.load()` restores it exactly.
A subclass names its files in `data_files` and builds its tables in `load()`.

A subclass whose tables are slow to build (the gazetteer's name index) also returns them as
plain data from `tables()` and restores them in `use_tables()`: `to_disk()` then saves them
beside the data files (tables.msgpack), stamped with a digest of those files and of our code,
and `from_disk()` restores them instead of building them again when the stamp still matches.
"""

# No `from __future__ import annotations` here: spaCy validates the settings of
# [initialize.components.NAME] against initialize()'s signature, which needs real types.
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Self

import srsly
from spacy.language import Language
from spacy.training import Example

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.paths import data_dir
from conflict_extract.provenance import code_digest

TABLES_FILE = "tables.msgpack"


class DataComponent:
    name: str
    data_files: tuple[str, ...] = ()
    files: DataFiles | None = None

    def load(self, files: DataFiles) -> None:
        """Build the component's tables from its data files."""
        raise NotImplementedError

    def tables(self) -> Any:
        """What `load()` built, as msgpack-able data worth saving (None: nothing)."""
        return None

    def use_tables(self, tables: Any, files: DataFiles) -> None:
        """Restore what `load(files)` builds, from what `tables()` returned."""
        raise NotImplementedError

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        data: str | Path | None = None,
    ) -> None:
        """Load the data files from `data` (a folder; None: the package's data/)."""
        folder = Path(data) if data is not None else data_dir()
        self._use(DataFiles.read(folder, self.data_files))

    def require_data(self) -> None:
        if self.files is None:
            raise ValueError(
                f"component '{self.name}' has no data: call its initialize() (or "
                "nlp.initialize()) before running it"
            )

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        if self.files is not None:
            self.files.write(folder)
            tables = self.tables()
            if tables is not None:
                saved = {"stamp": _stamp(self.files), "tables": tables}
                (folder / TABLES_FILE).write_bytes(srsly.msgpack_dumps(saved))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        folder = Path(path)
        if any((folder / name).exists() for name in self.data_files):
            files = DataFiles.read(folder, self.data_files)
            tables = _saved_tables(folder / TABLES_FILE, files)
            if tables is None:
                self._use(files)
            else:
                self.use_tables(tables, files)
                self.files = files
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return (self.files or DataFiles("<none>", {})).to_bytes()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        files = DataFiles.from_bytes(data)
        if files.contents:
            self._use(files)
        return self

    def _use(self, files: DataFiles) -> None:
        self.load(files)
        self.files = files


def _stamp(files: DataFiles) -> str:
    """A digest of the data files and of the code that builds tables from them."""
    digest = hashlib.sha256(code_digest().encode())
    for name in sorted(files.contents):
        digest.update(f"\0{name}\0".encode())
        digest.update(files.contents[name])
    return digest.hexdigest()


def _saved_tables(path: Path, files: DataFiles) -> Any:
    """The tables saved at `path` if they were built from `files` by this code, else None."""
    if not path.is_file():
        return None
    try:
        saved = srsly.msgpack_loads(path.read_bytes())
    except Exception:  # unreadable or truncated, whatever msgpack says: built again
        return None
    if not isinstance(saved, dict) or saved.get("stamp") != _stamp(files):
        return None
    return saved.get("tables")
