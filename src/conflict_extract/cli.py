"""The command line: parse arguments, call the api, render, set the exit code. Nothing else.

Data goes to stdout, people's messages to stderr. Exit codes: 0 all inputs processed,
1 at least one input failed (the others are still processed and printed), 2 usage error.
"""

from __future__ import annotations

import functools
import io
import json
import os
import sys
import traceback
from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from conflict_extract import __version__
from conflict_extract.dispatches import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from conflict_extract.errors import DispatchError
    from conflict_extract.records import Document

app = typer.Typer(
    name="conflict-extract",
    help="Turn French conflict dispatches into ACLED-style event records.",
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"conflict-extract {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Turn French conflict dispatches into ACLED-style event records."""


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from conflict_extract.datelines import plausible_publication, publication_window

    try:
        parsed = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date in YYYY-MM-DD form", param_hint="'--date'"
        ) from None
    if not plausible_publication(parsed):
        earliest, latest = publication_window()
        raise typer.BadParameter(
            f"{value} is outside {earliest.isoformat()}..{latest.isoformat()}",
            param_hint="'--date'",
        )
    return parsed


class InputFormatChoice(StrEnum):
    auto = "auto"
    txt = "txt"
    jsonl = "jsonl"


@app.command()
def parse(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Dispatch files (.txt, or .jsonl/.ndjson with one {id, text, published} per "
            "line); '-' reads standard input.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="Output format. json prints one object for a single text input, else an "
            "array (several inputs, JSONL, stdin unless --input-format txt).",
        ),
    ] = OutputFormat.jsonl,
    input_format: Annotated[
        InputFormatChoice,
        typer.Option(
            "--input-format",
            help="How inputs are read. auto: .jsonl/.ndjson files as JSONL, others as text; "
            "stdin as JSONL when its first non-blank character is '{'.",
        ),
    ] = InputFormatChoice.auto,
    published: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) for dispatches whose record and text give none.",
            show_default=False,
        ),
    ] = None,
    include_unconfirmed: Annotated[
        bool,
        typer.Option(
            "--include-unconfirmed",
            help="Also emit hypothetical, future and denied events (flagged unconfirmed).",
        ),
    ] = False,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=1,
            help="Refuse dispatches longer than this. Any value works, past spaCy's own "
            "limit too: long dispatches are analysed in sections.",
        ),
    ] = DEFAULT_MAX_CHARS,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Dispatches per nlp.pipe batch.")
    ] = 16,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show the traceback when analysing a dispatch fails."),
    ] = False,
) -> None:
    """Extract factions, places, casualties and events from dispatches."""
    default_date = _parse_date(published)
    # Heavy imports only once arguments are valid: --help stays instant.
    from conflict_extract.api import extract_each
    from conflict_extract.dispatches import Dispatch, read_inputs
    from conflict_extract.dispatches import input_format as format_of
    from conflict_extract.errors import ConflictExtractError, DispatchError, InputError
    from conflict_extract.pipeline import build_pipeline

    failures = 0

    def dispatches() -> Iterator[Dispatch]:
        nonlocal failures
        for item in read_inputs(
            paths,
            default_date=default_date,
            max_chars=max_chars,
            requested_format=input_format.value,
        ):
            if isinstance(item, InputError):
                failures += 1
                _error(str(item))
                continue
            for warning in item.warnings:
                _warn(warning)
            yield item

    def documents() -> Iterator[Document]:
        nonlocal failures
        for result in extract_each(
            dispatches(), nlp, batch_size=batch_size, include_unconfirmed=include_unconfirmed
        ):
            if isinstance(result, DispatchError):
                failures += 1
                _dispatch_failed(result, debug)
                continue
            yield result

    try:
        nlp = build_pipeline()
    except (ConflictExtractError, OSError) as error:
        _error(f"cannot build the pipeline: {error}")
        raise typer.Exit(1) from None
    single = len(paths) == 1 and format_of(paths[0], input_format.value) == "txt"
    _render(output_format, documents(), single=single)
    raise typer.Exit(1 if failures else 0)


def _render(output_format: OutputFormat, documents: Iterator[Document], *, single: bool) -> None:
    """Render to stdout in any encoding (what it cannot show is escaped); a reader that
    goes away (`| head`) ends the run quietly."""
    from conflict_extract.render import RENDERERS, render_json

    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    render = RENDERERS[output_format.value]
    if output_format is OutputFormat.json:
        render = functools.partial(render_json, single=single)
    try:
        render(documents, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(0) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null: the interpreter's last flush must not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (tests); nothing left to flush


def _dispatch_failed(failure: DispatchError, debug: bool) -> None:
    if debug:
        traceback.print_exception(failure.error, file=sys.stderr)
        _error(str(failure))
    else:
        _error(f"{failure}; this is a bug: --debug shows the traceback")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Document records that `parse` emits."""
    from conflict_extract.records import Document

    typer.echo(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))


def _error(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)


def _warn(message: str) -> None:
    typer.echo(f"Warning: {message}", err=True)


def main() -> None:
    """The console script. A bug escaping a command is one `Error:` line, exit 1; with
    --debug on the command line, its traceback."""
    try:
        app()
    except Exception as error:
        if "--debug" in sys.argv[1:]:
            raise
        detail = (str(error).strip().splitlines() or [""])[0][:200]
        _error(f"internal error ({type(error).__name__}: {detail}); --debug shows the traceback")
        sys.exit(1)
