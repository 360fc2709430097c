"""The command line: parse arguments, call the api, render, set the exit code. Nothing else.

Data goes to stdout, people's messages to stderr. Exit codes: 0 all inputs processed,
1 at least one input failed (the others are still processed and printed), 2 usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from conflict_extract import __version__
from conflict_extract.dispatches import DEFAULT_MAX_CHARS

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
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@app.command()
def parse(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Dispatch files (.txt, or .jsonl with one {id, text, published} per line); "
            "'-' reads standard input.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.jsonl,
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
        int, typer.Option("--max-chars", min=1, help="Refuse dispatches longer than this.")
    ] = DEFAULT_MAX_CHARS,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Dispatches per nlp.pipe batch.")
    ] = 16,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="A pipeline saved by build-model (a folder) or an installed pipeline package. "
            "Default: the bundled pipeline, built on first use and cached.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract factions, places, casualties and events from dispatches."""
    default_date = _parse_date(published)
    # Heavy imports only once arguments are valid: --help stays instant.
    from conflict_extract.api import extract
    from conflict_extract.dispatches import Dispatch, read_inputs
    from conflict_extract.errors import ConflictExtractError, InputError
    from conflict_extract.pipeline import load_pipeline
    from conflict_extract.render import RENDERERS

    failures = 0

    def dispatches() -> Iterator[Dispatch]:
        nonlocal failures
        for item in read_inputs(paths, default_date=default_date, max_chars=max_chars):
            if isinstance(item, InputError):
                failures += 1
                _error(str(item))
                continue
            for warning in item.warnings:
                _warn(warning)
            yield item

    try:
        nlp = load_pipeline(model)
    except (ConflictExtractError, OSError) as error:
        _error(f"cannot load the pipeline: {error}")
        raise typer.Exit(1) from None
    documents = extract(
        dispatches(), nlp, batch_size=batch_size, include_unconfirmed=include_unconfirmed
    )
    try:
        RENDERERS[output_format.value](documents, sys.stdout)
    except BrokenPipeError:
        sys.stderr.close()  # e.g. `| head`: the reader is gone; not an error of ours
        raise typer.Exit(0) from None
    raise typer.Exit(1 if failures else 0)


@app.command("build-model")
def build_model(
    output: Annotated[
        Path,
        typer.Argument(help="An empty or new folder to write the pipeline to.", show_default=False),
    ],
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="A folder with the files of data/ to build from (default: the bundled data/).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Assemble the pipeline and save it with nlp.to_disk, for spacy.load and spacy package."""
    from conflict_extract.errors import ConflictExtractError
    from conflict_extract.pipeline import save_pipeline
    from conflict_extract.provenance import pipeline_provenance

    try:
        nlp = save_pipeline(output, data=data)
    except (ConflictExtractError, OSError) as error:
        _error(f"cannot build the pipeline: {error}")
        raise typer.Exit(1) from None
    stamp = pipeline_provenance(nlp.meta)
    typer.echo(f"Saved {stamp['pipeline']} {stamp['pipeline_version']} to {output}", err=True)


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
    app()
