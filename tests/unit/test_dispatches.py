import codecs
import io
import json
from datetime import date
from pathlib import Path

import pytest

from conflict_extract.dispatches import Dispatch, decode, input_format, read_inputs
from conflict_extract.errors import InputError

TEXT = "BEYROUTH, 12 mars 2016 (AFP) - L'aviation russe a bombardé Palmyre, tuant dix civils."


def _read(paths: list[str], **kwargs) -> list[Dispatch | InputError]:
    return list(read_inputs(paths, **kwargs))


def test_text_file_gives_dispatch_with_dateline(tmp_path: Path) -> None:
    path = tmp_path / "palmyre.txt"
    path.write_text(TEXT, encoding="utf-8")
    (item,) = _read([str(path)])
    assert isinstance(item, Dispatch)
    assert (item.id, item.text, item.path) == ("palmyre", TEXT, str(path))
    assert (item.published, item.published_from) == (date(2016, 3, 12), "dateline")


def test_date_option_is_used_only_without_dateline(tmp_path: Path) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text("L'armée a repris Palmyre.", encoding="utf-8")
    (item,) = _read([str(path)], default_date=date(2020, 1, 1))
    assert isinstance(item, Dispatch)
    assert (item.published, item.published_from) == (date(2020, 1, 1), "option")


def test_stdin_dash_reads_given_stream() -> None:
    (item,) = _read(["-"], stdin=io.BytesIO(TEXT.encode()))
    assert isinstance(item, Dispatch)
    assert (item.id, item.path) == ("stdin", "-")


@pytest.mark.parametrize("encoding", ["cp1252", "latin_1"])
def test_legacy_encodings_are_decoded_with_a_warning(encoding: str) -> None:
    text = "Des frappes ont visé Alep, tuant douze civils, a précisé l'ONG. « Été » à Hamidiyé."
    decoded, warnings = decode("f.txt", text.encode(encoding))
    assert decoded == text
    assert len(warnings) == 1 and "not UTF-8" in warnings[0]


def test_bom_is_kept_so_offsets_match_the_decoded_text() -> None:
    decoded, warnings = decode("f.txt", "\ufeffAlep".encode())
    assert decoded == "\ufeffAlep" and warnings == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(0x80, 0x100)) * 20, "cannot decode"),
    ],
)
def test_bad_bytes_raise_one_line_errors(content: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        decode("bad.txt", content)
    assert "\n" not in str(caught.value)


def test_missing_path_directory_and_oversize_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("a" * 2000, encoding="utf-8")
    items = _read(
        [str(tmp_path / "missing.txt"), str(tmp_path), str(big), str(good)], max_chars=1000
    )
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [("no such file" in errors[0]), ("directory" in errors[1]), ("limit" in errors[2])] == [
        True,
        True,
        True,
    ]
    assert isinstance(items[-1], Dispatch) and items[-1].id == "good"


def test_jsonl_records_keep_ids_and_report_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "L'armée a repris Alep.",
                "published": "2016-12-22",
                "title": "Alep",
                "url": "https://example.org/a1",
            }
        ),
        "{not json",
        json.dumps({"id": "a3"}),
        "",
        json.dumps({"id": 4, "text": "Les FDS ont repris Raqqa.", "published": "hier"}),
        json.dumps({"id": 5, "text": "Les FDS ont repris Raqqa."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read([str(path)])
    assert [type(i).__name__ for i in items] == [
        "Dispatch",
        "InputError",
        "InputError",
        "InputError",
        "Dispatch",
    ]
    first, last = items[0], items[-1]
    assert isinstance(first, Dispatch) and isinstance(last, Dispatch)
    assert (first.id, first.published, first.published_from, first.title) == (
        "a1",
        date(2016, 12, 22),
        "record",
        "Alep",
    )
    assert last.id == "5" and last.published is None
    assert str(items[1]).startswith(f"{path}:2: malformed JSON")


def _records(tmp_path: Path, *lines: str, name: str = "feed.jsonl") -> list[Dispatch | InputError]:
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return _read([str(path)])


# Unicode line separators that JSON leaves unescaped (str.splitlines() splits on them).
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_lines_end_at_newline_only(tmp_path: Path, separator: str) -> None:
    inner = f"Les FDS ont repris Raqqa.{separator}Trois morts."
    items = _records(tmp_path, json.dumps({"id": "a", "text": inner}, ensure_ascii=False), "")
    items += _records(tmp_path, "", json.dumps({"id": "b", "text": "Alep."}), name="b.jsonl")
    assert [i.text for i in items if isinstance(i, Dispatch)] == [inner, "Alep."]
    assert [i.origin for i in items if isinstance(i, Dispatch)][1].endswith("b.jsonl:2")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": {"a": 1}, "text": "Alep."}', "'id' must be a string or a number, not an object"),
        ('{"id": [1], "text": "Alep."}', "not an array"),
        ('{"id": true, "text": "Alep."}', "not a boolean"),
        ('{"id": NaN, "text": "Alep."}', "finite number"),
        ('{"id": " ", "text": "Alep."}', "'id' is an empty string"),
        ('{"id": ' + "9" * 5000 + ', "text": "Alep."}', "malformed JSON"),
        ("[" * 100_000 + "]" * 100_000, "malformed JSON"),
    ],
)
def test_bad_ids_and_hostile_json_are_one_line_errors(
    tmp_path: Path, line: str, message: str
) -> None:
    (item,) = _records(tmp_path, line)
    assert isinstance(item, InputError) and message in str(item)
    assert str(item).startswith(f"{tmp_path / 'feed.jsonl'}:1: ")


def test_numeric_ids_are_written_as_in_the_json(tmp_path: Path) -> None:
    items = _records(tmp_path, '{"id": 7, "text": "Alep."}', '{"id": 2.5, "text": "Alep."}')
    assert [i.id for i in items if isinstance(i, Dispatch)] == ["7", "2.5"]


def test_lone_surrogates_are_replaced_with_a_warning(tmp_path: Path) -> None:
    (item,) = _records(tmp_path, '{"id": "s\\udc00", "text": "Trois morts \\ud83d à Alep."}')
    assert isinstance(item, Dispatch)
    assert (item.id, item.text) == ("s\ufffd", "Trois morts \ufffd à Alep.")
    assert len(item.warnings) == 2 and all("lone surrogate" in w for w in item.warnings)
    item.text.encode("utf-8")  # valid Unicode now: no UnicodeEncodeError


def test_escaped_surrogate_pairs_are_one_emoji(tmp_path: Path) -> None:
    (item,) = _records(tmp_path, '{"id": "e", "text": "Alep \\ud83d\\ude00."}')
    assert isinstance(item, Dispatch) and item.text == "Alep 😀." and item.warnings == ()


def test_duplicate_ids_are_warned_across_inputs(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Alep."}\n{"id": "a", "text": "Homs."}\n{"id": "b", "text": "Hama."}\n',
        encoding="utf-8",
    )
    other = tmp_path / "a.txt"
    other.write_text("Idleb.", encoding="utf-8")
    items = _read([str(feed), str(other)])
    assert [i.id for i in items if isinstance(i, Dispatch)] == ["a", "a", "b", "a"]
    warnings = [i.warnings for i in items if isinstance(i, Dispatch)]
    assert warnings[0] == warnings[2] == ()
    assert "duplicate id 'a' (first at " in warnings[1][0] and "'#2'" in warnings[1][0]
    assert warnings[3][0].startswith(f"{other}: duplicate id 'a'") and "'#3'" in warnings[3][0]


@pytest.mark.parametrize(
    ("published", "dateline", "expected"),
    [
        ("0001-01-01T00:00:00Z", "", (None, None)),
        ("9999-12-31", "BEYROUTH, 12 mars 2016 (AFP) - ", (date(2016, 3, 12), "dateline")),
        ("", "PARIS, 01/01/0001 (AFP) - ", (None, None)),
        ("", "HASTINGS, 14 octobre 1066 - ", (None, None)),
    ],
)
def test_implausible_publication_dates_are_ignored_with_a_warning(
    tmp_path: Path, published: str, dateline: str, expected: tuple[date | None, str | None]
) -> None:
    line = json.dumps({"id": "x", "text": dateline + "Hier, trois morts.", "published": published})
    (item,) = _records(tmp_path, line)
    assert isinstance(item, Dispatch)
    assert (item.published, item.published_from) == expected
    assert len(item.warnings) == 1 and "is outside 1900-01-01.." in item.warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded_keeping_the_bom(encoding: str) -> None:
    text = "\ufeffBEYROUTH, 12 mars 2016 (AFP) - Des frappes à Alep 😀, 3 morts."
    assert decode("f.txt", text.encode(encoding)) == (text, [])


def test_a_bom_on_bytes_that_do_not_follow_it_is_an_error() -> None:
    with pytest.raises(InputError, match="UTF-16 byte-order mark but is not UTF-16"):
        decode("f.txt", codecs.BOM_UTF16_LE + b"A\x00\x00\xdc")  # a lone low surrogate


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'\n  {"id": "a", "text": "Alep."}\n{"id": "b", "text": "Homs."}\n', ["a", "b"]),
        ('\ufeff{"id": "a", "text": "Alep."}'.encode("utf-16-le"), ["a"]),
        (TEXT.encode(), ["stdin"]),
    ],
)
def test_stdin_is_sniffed_by_its_first_non_blank_character(
    content: bytes, expected: list[str]
) -> None:
    items = _read(["-"], stdin=io.BytesIO(content))
    assert [i.id for i in items if isinstance(i, Dispatch)] == expected


@pytest.mark.parametrize(
    ("raw", "requested", "expected"),
    [
        ("a.jsonl", "auto", "jsonl"),
        ("A.NDJSON", "auto", "jsonl"),
        ("a.txt", "auto", "txt"),
        ("a.json", "auto", "txt"),
        ("-", "auto", None),
        ("a.jsonl", "txt", "txt"),
        ("a.txt", "jsonl", "jsonl"),
        ("-", "jsonl", "jsonl"),
    ],
)
def test_input_format_by_option_then_extension(raw: str, requested: str, expected: str) -> None:
    assert input_format(raw, requested) == expected  # type: ignore[arg-type]


def test_requested_format_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_text('{"id": "a", "text": "Alep."}\n', encoding="utf-8")
    (as_text,) = _read([str(path)])
    (as_record,) = _read([str(path)], requested_format="jsonl")
    assert isinstance(as_text, Dispatch) and isinstance(as_record, Dispatch)
    assert (as_text.id, as_record.id) == ("feed", "a")


def test_a_text_file_too_large_for_the_limit_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "archive.txt"
    with huge.open("wb") as sparse:
        sparse.truncate(50 * 2**30)  # 50 GB that take no disk: reading them would not end well
    (item,) = _read([str(huge)], max_chars=1_000_000)
    assert isinstance(item, InputError)
    assert "is 53,687,091,200 bytes, more than 1,000,000 characters can take" in str(item)
