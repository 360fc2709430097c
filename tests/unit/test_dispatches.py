import io
import json
from datetime import date
from pathlib import Path

import pytest

from conflict_extract.dispatches import Dispatch, decode, read_inputs
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
