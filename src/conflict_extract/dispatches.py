"""Reading inputs: .txt files, stdin ('-') and .jsonl files -> Dispatch objects.

A bad input never stops the batch: `read_inputs` yields an `InputError` in its place, and the
caller reports it and goes on. What can be repaired is repaired with a warning on the
Dispatch: lone surrogates, implausible publication dates, duplicate ids.
"""

from __future__ import annotations

import codecs
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

from conflict_extract.datelines import find_dateline, plausible_publication, publication_window
from conflict_extract.errors import InputError

DEFAULT_MAX_CHARS = 1_000_000
InputFormat = Literal["auto", "txt", "jsonl"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "txt", "jsonl")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_LEGACY_ENCODINGS = ("cp1252", "latin_1")
# Byte-order marks, longest first (UTF-32-LE starts like UTF-16-LE). The BOM is decoded as
# U+FEFF and kept, as it is in UTF-8 text: offsets count it in every encoding.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Control characters other than tab, LF, CR, FF; their presence marks binary data.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
# Half of a UTF-16 pair on its own: JSON can spell one ("\ud83d"), Unicode text cannot hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
    # How messages name this input: the path, '<stdin>', or 'path:line' for a JSONL record.
    origin: str | None = None


def input_format(raw: str, requested: InputFormat = "auto") -> Literal["txt", "jsonl"] | None:
    """How the input `raw` is read: 'txt' or 'jsonl'; None for stdin in auto mode, decided
    by its first non-blank character ('{': JSONL)."""
    if requested != "auto":
        return requested
    if raw == "-":
        return None
    return "jsonl" if raw.lower().endswith(JSONL_SUFFIXES) else "txt"


def read_inputs(
    paths: Iterable[str],
    *,
    default_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
    requested_format: InputFormat = "auto",
) -> Iterator[Dispatch | InputError]:
    """Yield one Dispatch per text file or JSONL record, or an InputError in its place.
    An id met again gets a warning (its derived ids are made unique by the renderers)."""
    first_origin: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for item in _read_all(paths, default_date, max_chars, stdin, requested_format):
        if isinstance(item, Dispatch):
            seen[item.id] += 1
            origin = item.origin or item.id
            if seen[item.id] == 1:
                first_origin[item.id] = origin
            else:
                warning = (
                    f"{origin}: duplicate id {item.id!r} (first at {first_origin[item.id]}); "
                    f"its CSV event ids get the suffix '#{seen[item.id]}'"
                )
                item = replace(item, warnings=(*item.warnings, warning))
        yield item


def _read_all(
    paths: Iterable[str],
    default_date: date | None,
    max_chars: int,
    stdin: BinaryIO | None,
    requested: InputFormat,
) -> Iterator[Dispatch | InputError]:
    for raw in paths:
        source = "<stdin>" if raw == "-" else raw
        try:
            if input_format(raw, requested) == "txt":
                _check_file_size(raw, max_chars)
            text, warnings = decode(source, _read_bytes(raw, stdin))
            kind = input_format(raw, requested) or _sniff(text)
            if kind == "jsonl":
                yield from _jsonl_dispatches(raw, text, warnings, default_date, max_chars)
            else:
                yield _text_dispatch(raw, text, warnings, default_date, max_chars)
        except InputError as error:
            yield error


def _check_file_size(raw: str, max_chars: int) -> None:
    """A text file too large to hold `max_chars` characters in any encoding (4 bytes each at
    most) is refused before it is read: a mistaken archive path must not fill the memory."""
    try:
        size = Path(raw).stat().st_size
    except OSError:
        return  # reading will say what is wrong
    if size > 4 * max_chars + 4:
        raise InputError(
            raw,
            f"is {size:,} bytes, more than {max_chars:,} characters can take "
            "(split it, or raise --max-chars)",
        )


def _sniff(text: str) -> Literal["txt", "jsonl"]:
    return "jsonl" if text.lstrip("\ufeff").lstrip()[:1] == "{" else "txt"


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
    """Bytes -> text. A UTF-16/32 byte-order mark decides; else UTF-8, with cp1252/latin-1
    as a fallback, with a warning."""
    if not data.strip():
        raise InputError(source, "is empty")
    warnings: list[str] = []
    bom = next((b for b in _BOMS if data.startswith(b[0])), None)
    if bom is not None:
        _, codec, name = bom
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise InputError(
                source, f"starts with a {name} byte-order mark but is not {name} text"
            ) from None
    elif b"\x00" in data[:8192]:
        raise InputError(source, "looks like a binary file, not a text dispatch")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(source, data)
            warnings.append(f"{source}: not UTF-8; decoded as {encoding}")
    if not text.lstrip("\ufeff").strip():
        raise InputError(source, "is empty")
    sample = text[:8192]
    if sum(ord(ch) in _CONTROL for ch in sample) > max(2, len(sample) // 100):
        raise InputError(source, "looks like a binary file, not a text dispatch")
    return text, warnings


def _decode_legacy(source: str, data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only needed for legacy files

    best = from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)).best()
    if best is None or best.encoding not in _LEGACY_ENCODINGS:
        raise InputError(
            source,
            "cannot decode: the bytes are neither UTF-8 (or UTF-16/32 with a byte-order mark) "
            "nor cp1252/latin-1 text",
        )
    return str(best), best.encoding


def _check_size(source: str, text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(
            source,
            f"is {len(text):,} characters long, over the {max_chars:,} limit "
            "(split it, or raise --max-chars)",
        )


def _text_dispatch(
    raw: str, text: str, warnings: list[str], default_date: date | None, max_chars: int
) -> Dispatch:
    source = "<stdin>" if raw == "-" else raw
    _check_size(source, text, max_chars)
    published, published_from = _published(
        source, warnings, None, find_dateline(text), default_date
    )
    return Dispatch(
        id="stdin" if raw == "-" else Path(raw).stem,
        text=text,
        path=raw,
        published=published,
        published_from=published_from,
        warnings=tuple(warnings),
        origin=source,
    )


def _published(
    where: str,
    warnings: list[str],
    record_date: date | None,
    dateline: date | None,
    default_date: date | None,
) -> tuple[date | None, str | None]:
    """The first plausible of the record's date, the dateline's and --date; an implausible
    one (year 1, 9999, 1066) is ignored with a warning."""
    candidates = ((record_date, "record"), (dateline, "dateline"), (default_date, "option"))
    for value, origin in candidates:
        if value is None:
            continue
        if plausible_publication(value):
            return value, origin
        earliest, latest = publication_window()
        warnings.append(
            f"{where}: publication date {value.isoformat()} from the {origin} is outside "
            f"{earliest.isoformat()}..{latest.isoformat()}; ignored"
        )
    return None, None


def _jsonl_dispatches(
    raw: str, text: str, warnings: list[str], default_date: date | None, max_chars: int
) -> Iterator[Dispatch | InputError]:
    # Records end at "\n" only: U+2028, U+2029, U+0085 may sit inside a JSON string.
    source = "<stdin>" if raw == "-" else raw
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.lstrip("\ufeff").strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _record_dispatch(where, line, raw, default_date, max_chars, list(warnings))
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
    record = _json_object(where, line.lstrip("\ufeff"))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no non-empty 'text' string")
    _check_size(where, text, max_chars)
    text = _repaired(where, "text", text, warnings)
    ident = _repaired(where, "id", _record_id(where, record), warnings)
    record_date = _record_date(where, record.get("published"))
    published, published_from = _published(
        where, warnings, record_date, find_dateline(text), default_date
    )
    title, url = (_optional_str(where, record, key, warnings) for key in ("title", "url"))
    return Dispatch(
        id=ident,
        text=text,
        path=raw,
        published=published,
        published_from=published_from,
        title=title,
        url=url,
        warnings=tuple(warnings),
        origin=where,
    )


def _json_object(where: str, line: str) -> dict[str, object]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"malformed JSON ({error.msg} at column {error.colno})") from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise InputError(where, f"malformed JSON ({error})") from None
    except RecursionError:
        raise InputError(where, "malformed JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with 'id' and 'text'")
    return record


def _record_id(where: str, record: dict[str, object]) -> str:
    """The record's id as a string: a string, or a number written as in the JSON."""
    value = record.get("id")
    if value is None:
        raise InputError(where, "record has no 'id'")
    if isinstance(value, str):
        if not value.strip():
            raise InputError(where, "'id' is an empty string")
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise InputError(where, f"'id' must be a string or a finite number, not {value}")
        try:
            return json.dumps(value)
        except ValueError:  # more digits than Python prints
            raise InputError(where, "'id' is a number too long to print; use a string") from None
    kind = {bool: "a boolean", dict: "an object", list: "an array"}.get(type(value), "invalid")
    raise InputError(where, f"'id' must be a string or a number, not {kind}")


def _repaired(where: str, key: str, value: str, warnings: list[str]) -> str:
    """`value` with lone surrogates replaced by U+FFFD, and a warning if there were any."""
    repaired, count = _LONE_SURROGATE.subn("\ufffd", value)
    if count:
        warnings.append(
            f"{where}: {count} lone surrogate(s) in {key!r} (not Unicode text) replaced with U+FFFD"
        )
    return repaired


def _record_date(where: str, value: object) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, "'published' must be a YYYY-MM-DD string")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(where, f"'published' is not a YYYY-MM-DD date: {value!r}") from None


def _optional_str(
    where: str, record: dict[str, object], key: str, warnings: list[str]
) -> str | None:
    value = record.get(key)
    return _repaired(where, key, value, warnings) if isinstance(value, str) and value else None
