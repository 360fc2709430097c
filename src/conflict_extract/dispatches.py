"""Reading inputs: .txt files, stdin ('-') and .jsonl files -> Dispatch objects.

A bad input never stops the batch: `read_inputs` yields an `InputError` in its place, and the
caller reports it and goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from conflict_extract.datelines import find_dateline
from conflict_extract.errors import InputError

DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default max_length
_LEGACY_ENCODINGS = ("cp1252", "latin_1")
# Control characters other than tab, LF, CR, FF; their presence marks binary data.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True)
class Dispatch:
    """One dispatch to analyse: its text exactly as decoded, plus what we know about it."""

    id: str
    text: str
    path: str | None = None
    published: date | None = None
    published_from: str | None = None
    title: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def read_inputs(
    paths: Iterable[str],
    *,
    default_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
) -> Iterator[Dispatch | InputError]:
    """Yield one Dispatch per text file or JSONL record, or an InputError in its place."""
    for raw in paths:
        try:
            if raw.endswith(".jsonl") and raw != "-":
                data = _read_bytes(raw, stdin)
                yield from _jsonl_dispatches(raw, data, default_date, max_chars)
            else:
                data = _read_bytes(raw, stdin)
                yield _text_dispatch(raw, data, default_date, max_chars)
        except InputError as error:
            yield error


def _read_bytes(raw: str, stdin: BinaryIO | None) -> bytes:
    if raw == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    path = Path(raw)
    if path.is_dir():
        raise InputError(raw, "is a directory; give the dispatch files inside it")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(raw, "no such file") from None
    except PermissionError:
        raise InputError(raw, "permission denied") from None
    except OSError as error:
        raise InputError(raw, f"cannot read ({error.strerror or error})") from None


def decode(source: str, data: bytes) -> tuple[str, list[str]]:
    """Bytes -> text. UTF-8 first; cp1252/latin-1 as a fallback, with a warning."""
    if not data.strip():
        raise InputError(source, "is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "looks like a binary file, not a text dispatch")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(source, data)
        warnings = [f"{source}: not UTF-8; decoded as {encoding}"]
    else:
        warnings = []
    sample = text[:8192]
    if sum(ord(ch) in _CONTROL for ch in sample) > max(2, len(sample) // 100):
        raise InputError(source, "looks like a binary file, not a text dispatch")
    return text, warnings


def _decode_legacy(source: str, data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only needed for legacy files

    best = from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)).best()
    if best is None or best.encoding not in _LEGACY_ENCODINGS:
        raise InputError(
            source, "cannot decode: the bytes are neither UTF-8 nor cp1252/latin-1 text"
        )
    return str(best), best.encoding


def _check_size(source: str, text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(
            source,
            f"is {len(text):,} characters long, over the {max_chars:,} limit "
            "(split it, or raise --max-chars)",
        )


def _text_dispatch(raw: str, data: bytes, default_date: date | None, max_chars: int) -> Dispatch:
    source = "<stdin>" if raw == "-" else raw
    text, warnings = decode(source, data)
    _check_size(source, text, max_chars)
    ident = "stdin" if raw == "-" else Path(raw).stem
    dateline = find_dateline(text)
    published, published_from = _published(None, dateline, default_date)
    return Dispatch(
        id=ident,
        text=text,
        path=raw,
        published=published,
        published_from=published_from,
        warnings=tuple(warnings),
    )


def _published(
    record_date: date | None, dateline: date | None, default_date: date | None
) -> tuple[date | None, str | None]:
    candidates = ((record_date, "record"), (dateline, "dateline"), (default_date, "option"))
    for value, origin in candidates:
        if value is not None:
            return value, origin
    return None, None


def _jsonl_dispatches(
    raw: str, data: bytes, default_date: date | None, max_chars: int
) -> Iterator[Dispatch | InputError]:
    text, warnings = decode(raw, data)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{raw}:{number}"
        try:
            yield _record_dispatch(where, line, raw, default_date, max_chars, warnings)
        except InputError as error:
            yield error


def _record_dispatch(
    where: str,
    line: str,
    raw: str,
    default_date: date | None,
    max_chars: int,
    warnings: list[str],
) -> Dispatch:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"malformed JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no non-empty 'text' string")
    _check_size(where, text, max_chars)
    ident = record.get("id")
    if ident is None:
        raise InputError(where, "record has no 'id'")
    record_date = _record_date(where, record.get("published"))
    published, published_from = _published(record_date, find_dateline(text), default_date)
    return Dispatch(
        id=str(ident),
        text=text,
        path=raw,
        published=published,
        published_from=published_from,
        title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")),
        warnings=tuple(warnings),
    )


def _record_date(where: str, value: object) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, "'published' must be a YYYY-MM-DD string")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(where, f"'published' is not a YYYY-MM-DD date: {value!r}") from None


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
