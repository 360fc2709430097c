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
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from conflict_extract import __version__
from conflict_extract.dispatches import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from conflict_extract.archive.filters import Filters
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
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="A pipeline saved by build-model (a folder) or an installed pipeline package. "
            "Default: the bundled pipeline, built on first use and cached.",
            show_default=False,
        ),
    ] = None,
    fast: Annotated[
        bool,
        typer.Option(
            "--fast",
            help="Skip the base model's named-entity recognizer: about 1.5x faster, but "
            "places only it knows are missed (dev set: places F1 0.925 instead of 0.983, "
            "events F1 0.845 instead of 0.898).",
        ),
    ] = False,
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
    from conflict_extract.pipeline import load_pipeline

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
        nlp = load_pipeline(model, fast=fast)
    except (ConflictExtractError, OSError) as error:
        _error(f"cannot load the pipeline: {error}")
        raise typer.Exit(1) from None
    single = len(paths) == 1 and format_of(paths[0], input_format.value) == "txt"
    _render(output_format, documents(), single=single)
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


@app.command()
def batch(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Dispatch files, directories (recursive: .txt and .jsonl), glob patterns; "
            "'-' reads a list of paths, one per line, from standard input.",
            show_default=False,
        ),
    ],
    db: Annotated[
        str, typer.Option("--db", help="The SQLite store to fill.")
    ] = "conflict-extract.db",
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Worker processes (one pipeline each).")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Run on Dask: 'local[:N]' starts a LocalCluster of N processes, "
            "'tcp://HOST:PORT' uses a running scheduler.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Process again what the store already holds.")
    ] = False,
    reprocess_outdated: Annotated[
        bool,
        typer.Option(
            "--reprocess-outdated",
            help="Process again the documents an older pipeline version made.",
        ),
    ] = False,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", min=1, help="Dispatches per task and per transaction.")
    ] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
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
            "--include-unconfirmed", help="Also store hypothetical, future and denied events."
        ),
    ] = False,
    max_chars: Annotated[
        int, typer.Option("--max-chars", min=1, help="Refuse dispatches longer than this.")
    ] = DEFAULT_MAX_CHARS,
) -> None:
    """Process an archive into an SQLite store: resumable, skips what is done."""
    from conflict_extract.archive.runner import BatchOptions

    options = BatchOptions(
        chunk_size=chunk_size,
        force=force,
        reprocess_outdated=reprocess_outdated,
        include_unconfirmed=include_unconfirmed,
        default_date=_parse_date(published),
        max_chars=max_chars,
    )
    cluster = None
    if dask is not None and workers > 1:
        raise typer.BadParameter("give --workers or --dask, not both", param_hint="--workers")
    if dask is not None:
        from conflict_extract.archive.distributed import parse_address

        try:
            cluster = parse_address(dask)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--dask") from None
    from conflict_extract.archive.batch import run
    from conflict_extract.errors import ConflictExtractError

    try:
        report = run(paths, db, options, workers=workers, cluster=cluster, quiet=quiet)
    except ConflictExtractError as error:
        _error(str(error))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("Interrupted: what is stored stays; run the same command to resume.", err=True)
        raise typer.Exit(130) from None
    typer.echo(report.line(), err=True)
    raise typer.Exit(1 if report.failed else 0)


_Db = Annotated[str, typer.Option("--db", help="The SQLite store written by `batch`.")]
_Country = Annotated[
    str | None, typer.Option("--country", help="Events in this country (ISO2 code).")
]
_Admin1 = Annotated[
    str | None, typer.Option("--admin1", help="Events in this first-level division.")
]
_Since = Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")]
_Until = Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")]
_Type = Annotated[str | None, typer.Option("--type", help="Events of this ACLED type or sub-type.")]
_Actor = Annotated[
    str | None, typer.Option("--actor", help="Events with an actor1/actor2 whose name has this.")
]


def _filters(
    country: str | None,
    admin1: str | None,
    since: str | None,
    until: str | None,
    event_type: str | None,
    actor: str | None,
) -> Filters:
    from conflict_extract.archive.filters import Filters

    return Filters(country, admin1, _parse_date(since), _parse_date(until), event_type, actor)


class SummaryFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def summary(
    source: Annotated[
        str | None,
        typer.Argument(
            help="'-' (or a .jsonl file): Documents from `parse --format jsonl` instead of a "
            "store.",
            show_default=False,
        ),
    ] = None,
    db: _Db = "conflict-extract.db",
    output_format: Annotated[
        SummaryFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SummaryFormat.table,
    top: Annotated[int, typer.Option("--top", min=1, help="Actors listed.")] = 10,
    country: _Country = None,
    admin1: _Admin1 = None,
    since: _Since = None,
    until: _Until = None,
    event_type: _Type = None,
    actor: _Actor = None,
) -> None:
    """Events by type, place, actor and month, with fatality totals and a monthly chart."""
    filters = _filters(country, admin1, since, until, event_type, actor)
    from conflict_extract.archive.report import RENDERERS
    from conflict_extract.archive.store import Store
    from conflict_extract.archive.summary import load_jsonl, summarize
    from conflict_extract.errors import ConflictExtractError

    failures = 0

    def bad_line(error: ConflictExtractError) -> None:
        nonlocal failures
        failures += 1
        _error(str(error))

    try:
        if source is None:
            store = Store.open(db, readonly=True)
        elif source == "-":
            store = load_jsonl(sys.stdin, bad_line)
        else:
            with open(source, encoding="utf-8") as lines:
                store = load_jsonl(lines, bad_line, source)
        with store:
            result = summarize(store, filters, top=top)
    except (ConflictExtractError, OSError, UnicodeDecodeError) as error:
        _error(str(error))
        raise typer.Exit(1) from None
    RENDERERS[output_format.value](result, sys.stdout)
    raise typer.Exit(1 if failures else 0)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


@app.command()
def export(
    db: _Db = "conflict-extract.db",
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExportFormat.jsonl,
    country: _Country = None,
    admin1: _Admin1 = None,
    since: _Since = None,
    until: _Until = None,
    event_type: _Type = None,
    actor: _Actor = None,
) -> None:
    """Write a store's Documents (jsonl) or events (ACLED csv, GeoJSON) to stdout."""
    filters = _filters(country, admin1, since, until, event_type, actor)
    from conflict_extract.archive import export as exports
    from conflict_extract.archive.store import Store
    from conflict_extract.errors import ConflictExtractError

    try:
        with Store.open(db, readonly=True) as store:
            if output_format is ExportFormat.jsonl:
                exports.export_jsonl(store, filters, sys.stdout)
            elif output_format is ExportFormat.csv:
                exports.export_csv(store, filters, sys.stdout)
            else:
                _, missing = exports.export_geojson(store, filters, sys.stdout)
                if missing:
                    _warn(f"{missing:,} events without coordinates left out of the GeoJSON")
    except ConflictExtractError as error:
        _error(str(error))
        raise typer.Exit(1) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None


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
