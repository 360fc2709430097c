"""The inputs of a batch: files, directories (recursive), glob patterns, and '-' for a list of
paths on standard input, expanded to the files to read; and the key of a dispatch."""

from __future__ import annotations

import glob
import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from conflict_extract.dispatches import Dispatch
from conflict_extract.errors import InputError

_GLOB_CHARS = frozenset("*?[")


def dispatch_key(dispatch: Dispatch) -> str:
    """A dispatch is known by the sha256 of its text: the same text is never processed twice."""
    return hashlib.sha256(dispatch.text.encode("utf-8")).hexdigest()


def expand_inputs(args: Iterable[str], stdin: TextIO | None = None) -> Iterator[str | InputError]:
    """Each file to read, once, in a stable order; an InputError for a pattern that matches
    nothing. A path that does not exist is passed on: reading it reports the error."""
    seen: set[str] = set()
    for item in _expand(args, stdin):
        if isinstance(item, InputError):
            yield item
            continue
        key = str(Path(item).resolve())
        if key not in seen:
            seen.add(key)
            yield item


def _expand(args: Iterable[str], stdin: TextIO | None) -> Iterator[str | InputError]:
    for arg in args:
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin
            for line in stream:
                if line.strip() and line.strip() != "-":
                    yield from _expand_one(line.rstrip("\r\n"))
        else:
            yield from _expand_one(arg)


def _expand_one(arg: str) -> Iterator[str | InputError]:
    path = Path(arg)
    if path.is_dir():
        yield from _directory(path)
    elif path.exists() or not _GLOB_CHARS & set(arg):
        yield arg
    else:
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield InputError(arg, "no file matches this pattern")
        for match in matches:
            if Path(match).is_dir():
                yield from _directory(Path(match))
            else:
                yield match


def _directory(root: Path) -> Iterator[str | InputError]:
    # .jsonl exactly as dispatches.read_inputs reads it; .txt in any case (.TXT from old archives)
    files = [
        path
        for path in sorted(root.rglob("*"))
        if (path.suffix == ".jsonl" or path.suffix.lower() == ".txt") and path.is_file()
    ]
    if not files:
        yield InputError(str(root), "no .txt or .jsonl file in this directory")
    for path in files:
        yield str(path)
