"""Property-based tests (hypothesis): generated hostile dispatches through the real reader,
the real pipeline and the real CLI. Whatever comes in, no exception escapes, every output
validates against the schema, every span slices the input, and every good input of a mixed
batch is printed.

Bounded to stay fast: the reader takes a few hundred examples (no model), the pipeline a few
dozen (the session's pipeline), the CLI a handful of subprocesses.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conflict_extract.api import extract_each
from conflict_extract.dispatches import Dispatch, read_inputs
from conflict_extract.errors import InputError
from conflict_extract.numbers import MAX_COUNT
from conflict_extract.records import Document, check_offsets
from conflict_extract.render import RENDERERS
from conflict_extract.sections import WHOLE_CHARS

# -- what hostile dispatches are made of ----------------------------------------------------
NUMBERS = st.one_of(
    st.integers(0, 200),
    st.integers(0, 10**25),
    st.sampled_from(["12345678901234567890", "1 200", "233 000", "10 000 000 000", "9" * 400]),
    st.sampled_from(["vingt et un", "cent millions", "deux cent mille", "dix millions"]),
)
DAYS = st.integers(0, 40)
MONTHS = st.sampled_from(["janvier", "février", "mars", "août", "déc.", "brumaire", "13"])
YEARS = st.one_of(st.integers(0, 10_000), st.sampled_from([1, 1066, 1899, 2016, 9999]))
ODD = st.sampled_from(
    [
        "😀💥🇸🇾👨‍👩‍👧",  # emoji, a flag, a ZWJ sequence
        "قُتل ثلاثة مدنيين في حلب",  # Arabic, right to left
        "\u200f\u200e\u202b\u202c\u2066\u2069",  # direction marks and isolates
        "e\u0301 İstanbul ß Œuvre ﬁ",  # combining accent; letters whose case changes length
        "\x00\x01\x07\x1b\x7f",  # control characters
        "\u2028\u2029\u0085\x0b\x0c\x1c\x1d\x1e",  # line and record separators
        "\r\n\t \u00a0\u202f\u2009\u3000",  # line ends and spaces
        "\ufeff\ufffd\uffff",
        "« » “ ” ’ … – —",
    ]
)
SENTENCES = st.one_of(
    st.builds("L'armée syrienne a bombardé Alep dimanche, tuant {} civils.".format, NUMBERS),
    st.builds("Hier, {} soldats ont été tués à Homs, selon l'OSDH.".format, NUMBERS),
    st.builds("Le {} {} {}, des combats ont fait {} morts.".format, DAYS, MONTHS, YEARS, NUMBERS),
    st.builds("PARIS, {:02d}/{:02d}/{:04d} (AFP) - ".format, DAYS, DAYS, YEARS),
    st.builds("Publié le {}-{}-{} - ".format, YEARS, DAYS, DAYS),
    st.just("La veille, le lendemain, samedi dernier, en septembre dernier, l'été dernier."),
    st.just("Al-Nosra, Jound al-Aqsa et Ahrar al-Cham ont pris la base de Hamidiyé, près d'Idleb."),
    ODD,
    st.text(max_size=40),  # any Unicode but surrogates (the reader never lets one through)
)
TEXTS = st.lists(st.one_of(SENTENCES, st.sampled_from(["\n", "\n\n", " "])), max_size=12).map(
    "".join
)
PUBLISHED = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31)]))


IDS = st.one_of(st.text(min_size=1), st.sampled_from(["[/bold]", "[red]x[/]", 'a,b\n"c"']))


def _assert_valid(document: Document, text: str) -> None:
    assert Document.model_validate_json(document.model_dump_json().encode("utf-8")) == document
    assert check_offsets(text, document) == []
    assert all(c.count is None or c.count <= MAX_COUNT for c in document.casualties)
    assert all(e.fatalities is None or e.fatalities <= MAX_COUNT for e in document.events)
    for render in RENDERERS.values():  # every format renders it, on a strict ASCII stream too
        render([document], io.StringIO())
        ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
        render([document], ascii_out)


# -- the pipeline, through the library --------------------------------------------------------
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(TEXTS.filter(str.strip), min_size=1, max_size=3),
    published=PUBLISHED,
    ident=IDS,
)
@example(  # a day word resolved against year 1: no date arithmetic may overflow (found by this test)
    texts=["L'armée syrienne a bombardé Alep dimanche, tuant 0 civils."],
    published=date(1, 1, 1),
    ident="0",
)
@example(  # the same, for a night and for a date weeks before
    texts=["Dans la nuit de dimanche à lundi, l'attentat qui avait tué 3 civils le 2 janvier."],
    published=date(1, 1, 1),
    ident="0",
)
@example(  # two figures of one event that add up past MAX_COUNT (found by this test)
    texts=[
        "Hier, 1 soldats ont été tués à Homs, selon l'OSDH.L'armée syrienne a bombardé Alep "
        "dimanche, tuant dix millions civils."
    ],
    published=None,
    ident="0",
)
def test_any_dispatch_gives_a_valid_document(nlp, texts: list[str], published, ident: str) -> None:  # type: ignore[no-untyped-def]
    dispatches = [Dispatch(id=ident, text=t, published=published) for t in texts]
    results = list(extract_each(dispatches, nlp, include_unconfirmed=True))
    for text, result in zip(texts, results, strict=True):
        assert isinstance(result, Document), str(result)  # a DispatchError here is a bug
        _assert_valid(result, text)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(TEXTS, min_size=3, max_size=6), published=PUBLISHED)
def test_any_long_dispatch_gives_a_valid_document(nlp, paragraphs: list[str], published) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(paragraphs)
    text = (text + "\n\n") * (WHOLE_CHARS // max(1, len(text)) + 1)
    (result,) = extract_each([Dispatch(id="long", text=text, published=published)], nlp)
    assert isinstance(result, Document), str(result)
    _assert_valid(result, text)


# -- the reader -------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300), name=st.sampled_from(["f.txt", "f.jsonl", "-"]))
def test_any_bytes_give_dispatches_or_one_line_errors(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if name != "-":
            path.write_bytes(data)
        items = list(read_inputs([name if name == "-" else str(path)], stdin=io.BytesIO(data)))
    for item in items:
        if isinstance(item, InputError):
            assert "\n" not in str(item)
        else:
            item.text.encode("utf-8")  # valid Unicode: no lone surrogate gets through
            item.id.encode("utf-8")


GOOD_RECORDS = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(min_size=1).filter(str.strip), st.integers()),
        "text": st.text(min_size=1).filter(str.strip),  # U+2028, U+0085... included
    },
    optional={
        "published": st.dates().map(date.isoformat),
        "title": st.text(),
        "lone": st.sampled_from(["\ud83d", "\udc00 fin"]),
    },
)
BAD_LINES = st.one_of(
    st.sampled_from(
        [
            "{oops",
            "[1, 2]",
            '{"id": {"a": 1}, "text": "Alep."}',
            '{"id": true, "text": "Alep."}',
            '{"id": "x"}',
            '{"id": "x", "text": "  "}',
            '{"id": "x", "text": "Alep.", "published": "hier"}',
            '{"id": ' + "9" * 5000 + ', "text": "Alep."}',
            "[" * 50_000,
        ]
    ),
    st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=30).filter(
        lambda s: s.strip() and not s.strip().startswith("{")
    ),
)


def _jsonl_line(record: dict[str, object], ascii_only: bool) -> str:
    lone = record.pop("lone", None)
    if lone is not None:
        record["text"] = f"{record['text']} {lone}"
        ascii_only = True  # a lone surrogate can only be written escaped
    return json.dumps(record, ensure_ascii=ascii_only)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(
        st.one_of(
            st.tuples(st.just("good"), GOOD_RECORDS, st.booleans()),
            st.tuples(st.just("bad"), BAD_LINES, st.just(False)),
            st.tuples(st.just("blank"), st.sampled_from(["", "  ", "\r"]), st.just(False)),
        ),
        max_size=8,
    )
)
def test_every_good_jsonl_record_is_read_and_every_bad_line_named(lines) -> None:  # type: ignore[no-untyped-def]
    written, good, bad = [], [], []
    for number, (kind, value, ascii_only) in enumerate(lines, start=1):
        if kind == "good":
            record = dict(value)
            good.append((number, str(record["id"])))
            written.append(_jsonl_line(record, ascii_only))
        else:
            if kind == "bad":
                bad.append(number)
            written.append(value)
    data = ("\n".join(written) + "\n").encode("utf-8")
    items = list(read_inputs(["-"], stdin=io.BytesIO(data), requested_format="jsonl"))
    if not any(line.strip() for line in written):
        assert [type(i) for i in items] == [InputError]  # an empty input
        return
    read = [(int(i.origin.rsplit(":", 1)[1]), i.id) for i in items if isinstance(i, Dispatch)]
    failed = [int(str(i).split(":")[1]) for i in items if isinstance(i, InputError)]
    assert read == good
    assert failed == bad


# -- the CLI, in real subprocesses -------------------------------------------------------------
def _readable(text: str) -> bool:
    """Not what the reader rightly refuses: blank, or control characters of binary data."""
    controls = any(ord(ch) < 32 and ch not in "\t\n\r\x0c" for ch in text)
    return bool(text.replace("\ufeff", "").strip()) and not controls


CLI_INPUTS = st.lists(
    st.one_of(
        st.tuples(st.just("txt"), TEXTS.filter(_readable)),
        st.tuples(st.just("jsonl"), st.lists(st.one_of(GOOD_RECORDS, BAD_LINES), max_size=4)),
        st.tuples(st.just("bad"), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n\x00\x00", None])),
    ),
    min_size=2,
    max_size=5,
)


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(inputs=CLI_INPUTS)
def test_the_cli_prints_every_good_input_of_a_mixed_batch(inputs) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        paths, expected, expected_errors = [], [], 0  # expected: (id, text or None)
        for n, (kind, content) in enumerate(inputs):
            path = Path(folder) / f"in{n}.{'jsonl' if kind == 'jsonl' else 'txt'}"
            paths.append(str(path))
            if kind == "txt":
                path.write_text(content, encoding="utf-8", newline="")
                expected.append((path.stem, content))
            elif kind == "bad":
                if content is not None:  # None: a missing file
                    path.write_bytes(content)
                expected_errors += 1
            else:
                lines = []
                for item in content:
                    if isinstance(item, dict):
                        record = dict(item)
                        lines.append(_jsonl_line(record, ascii_only=False))
                        expected.append((str(record["id"]), None))  # text maybe repaired
                    else:
                        lines.append(item)
                        expected_errors += 1
                if not lines:
                    expected_errors += 1  # an empty file
                path.write_text("\n".join(lines), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "conflict_extract", "parse", *paths, "--format", "jsonl"],
            capture_output=True,
            timeout=300,
        )
    stderr = proc.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == expected_errors, stderr
    assert proc.returncode == (1 if expected_errors else 0), stderr
    documents = [Document.model_validate_json(line) for line in proc.stdout.splitlines()]
    assert [d.id for d in documents] == [ident for ident, _ in expected]
    for document, (_, text) in zip(documents, expected, strict=True):
        if text is not None:
            assert check_offsets(text, document) == []
