"""DataComponent: how our components that read data/ load, save and restore it.

As spaCy's own rulers do: settings live in the factory's config; the data is loaded by
`initialize()` from a folder (the `data` setting of `[initialize.components.NAME]`, default
the package's data/), written by `to_disk()` into the component's folder of a saved pipeline
and read back by `from_disk()`, so `nlp.to_disk()` then `spacy.load()` restores it exactly.
A subclass names its files in `data_files` and builds its tables in `load()`.
"""

# No `from __future__ import annotations` here: spaCy validates the settings of
# [initialize.components.NAME] against initialize()'s signature, which needs real types.
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Self

from spacy.language import Language
from spacy.training import Example

from conflict_extract.knowledge.files import DataFiles
from conflict_extract.paths import data_dir


class DataComponent:
    name: str
    data_files: tuple[str, ...] = ()
    files: DataFiles | None = None

    def load(self, files: DataFiles) -> None:
        """Build the component's tables from its data files."""
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

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        folder = Path(path)
        if any((folder / name).exists() for name in self.data_files):
            self._use(DataFiles.read(folder, self.data_files))
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
