"""Summary renderers: rich tables with a per-month bar chart, JSON, or CSV in long form."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.table import Table

from conflict_extract.archive.summary import Count, Summary

_BAR_WIDTH = 40
CSV_COLUMNS = ("section", "key", "sub_key", "events", "fatalities", "as_actor1", "as_actor2")


def render_summary_json(summary: Summary, out: TextIO) -> None:
    payload = asdict(summary)
    for section in ("by_type", "by_place", "by_actor", "by_month"):
        payload[section] = [_count_dict(section, c) for c in getattr(summary, section)]
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def render_summary_csv(summary: Summary, out: TextIO) -> None:
    """One row per breakdown line; the first row ('total') holds the totals."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(("total", "", "", summary.events, summary.fatalities, "", ""))
    for section in ("by_type", "by_place", "by_actor", "by_month"):
        for count in getattr(summary, section):
            key = (*count.key, None)[:2]
            writer.writerow(
                (
                    *(section, *(k or "" for k in key), count.events, count.fatalities),
                    *(_blank(count.as_actor1), _blank(count.as_actor2)),
                )
            )


def render_summary_table(summary: Summary, out: TextIO) -> None:
    console = Console(file=out, width=None if out.isatty() else 100, soft_wrap=False)
    console.print(
        f"[bold]{summary.events:,} events, {summary.fatalities:,} killed[/bold] "
        "(incident fatalities only; cumulative tolls are not added up)\n"
        f"dispatches: {summary.dispatches:,} ({summary.dispatches_with_events:,} with these "
        f"events); sources named: {summary.sources:,}"
    )
    console.print(
        Group(
            _table("Events by type", ("type", "sub-type"), summary.by_type),
            _table("Events by place", ("country", "admin1"), summary.by_place),
            _actors(summary.by_actor),
            _months(summary.by_month),
        )
    )


def _table(title: str, keys: tuple[str, ...], counts: list[Count]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for key in keys:
        table.add_column(key, overflow="fold")
    table.add_column("events", justify="right")
    table.add_column("killed", justify="right")
    for count in counts:
        table.add_row(*(k or "-" for k in count.key), f"{count.events:,}", f"{count.fatalities:,}")
    return table


def _actors(counts: list[Count]) -> Table:
    table = Table(title="Top actors", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("actor", "events", "as actor1", "as actor2", "killed"):
        table.add_column(column, justify="left" if column == "actor" else "right")
    for c in counts:
        table.add_row(
            c.key[0] or "-", f"{c.events:,}", f"{c.as_actor1:,}", f"{c.as_actor2:,}",
            f"{c.fatalities:,}",
        )  # fmt: skip
    return table


def _months(counts: list[Count]) -> Table:
    table = Table(title="Events by month", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("month", "events", "killed", ""):
        table.add_column(column, justify="right" if column in ("events", "killed") else "left")
    most = max((c.events for c in counts), default=0) or 1
    for c in counts:
        bar = "█" * round(_BAR_WIDTH * c.events / most)
        table.add_row(c.key[0] or "undated", f"{c.events:,}", f"{c.fatalities:,}", bar)
    return table


def _count_dict(section: str, count: Count) -> dict[str, object]:
    names = {
        "by_type": ("event_type", "sub_event_type"),
        "by_place": ("country", "admin1"),
        "by_actor": ("actor",),
        "by_month": ("month",),
    }[section]
    item: dict[str, object] = dict(zip(names, count.key, strict=True))
    item |= {"events": count.events, "fatalities": count.fatalities}
    if section == "by_actor":
        item |= {"as_actor1": count.as_actor1, "as_actor2": count.as_actor2}
    return item


def _blank(value: int | None) -> object:
    return "" if value is None else value


RENDERERS = {
    "table": render_summary_table,
    "json": render_summary_json,
    "csv": render_summary_csv,
}
