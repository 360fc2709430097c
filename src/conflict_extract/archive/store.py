"""The embedded store: one SQLite file (WAL), a table per record kind, a schema version.

Writes go one chunk per transaction: a process killed at any moment leaves whole documents
only, and everything committed before stays. Reads (summary, export) open it read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from conflict_extract.archive.rows import (
    CASUALTY_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    ChunkResult,
    ErrorRow,
)
from conflict_extract.errors import ConflictExtractError

SCHEMA_VERSION = 1
APPLICATION_ID = 0x43455854  # "CEXT": marks the file as a conflict-extract store
DEFAULT_DB = "conflict-extract.db"

_SCHEMA = """
CREATE TABLE documents (
    key TEXT PRIMARY KEY,            -- sha256 of the dispatch text: the document's id here
    id TEXT NOT NULL,                -- the dispatch id (JSONL id or file name)
    path TEXT,
    published TEXT,
    country TEXT,
    pipeline_version TEXT NOT NULL,  -- what produced it (batch --reprocess-outdated)
    processed_at TEXT NOT NULL,
    document TEXT NOT NULL           -- the full Document as JSON
);
CREATE TABLE entities (
    document_key TEXT NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
    label TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kb_id TEXT, name TEXT, country TEXT, affiliation TEXT, admin1 TEXT,
    latitude REAL, longitude REAL,
    PRIMARY KEY (document_key, idx)
);
CREATE TABLE casualties (
    document_key TEXT NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
    status TEXT NOT NULL, count INTEGER, low INTEGER, high INTEGER, vague INTEGER NOT NULL,
    victims TEXT, victim_group TEXT, cumulative INTEGER NOT NULL, source TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (document_key, idx)
);
CREATE TABLE events (
    document_key TEXT NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
    event_date TEXT, month TEXT, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    actor1 TEXT, actor2 TEXT, interaction INTEGER, country TEXT, admin1 TEXT, admin2 TEXT,
    location TEXT, latitude REAL, longitude REAL,
    fatalities INTEGER,              -- killed in this incident (never a cumulative toll)
    source TEXT, unconfirmed INTEGER NOT NULL,
    PRIMARY KEY (document_key, idx)
);
CREATE TABLE errors (
    source TEXT NOT NULL,            -- path, path:line of a JSONL record
    message TEXT NOT NULL,
    document_key TEXT,               -- set when the dispatch was read but failed to process
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (source, message)
);
CREATE INDEX events_type ON events (event_type, sub_event_type);
CREATE INDEX events_place ON events (country, admin1);
CREATE INDEX events_month ON events (month);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_actor1 ON events (actor1);
CREATE INDEX events_actor2 ON events (actor2);
CREATE INDEX documents_version ON documents (pipeline_version);
CREATE INDEX errors_document ON errors (document_key);
"""
_TABLES = {"entities": ENTITY_COLUMNS, "casualties": CASUALTY_COLUMNS, "events": EVENT_COLUMNS}


class StoreError(ConflictExtractError):
    """The database cannot be opened as a conflict-extract store."""


class Store:
    """A conflict-extract SQLite store. `Store.open(path)` to write, `readonly=True` to read."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Store:
        path = str(path)
        if readonly and path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"{path}: no such database (create it with `conflict-extract batch`)")
        try:
            if readonly:
                uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
                connection = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("PRAGMA busy_timeout = 30000")
            # SQLite's lower() folds ASCII only: filters compare names through str.casefold.
            connection.create_function("casefold", 1, _casefold, deterministic=True)
            _check_or_create(connection, path, readonly=readonly)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path}: cannot open as an SQLite database ({error})") from None
        return cls(connection, path)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def versions(self, keys: Sequence[str]) -> dict[str, str]:
        """The pipeline version of each key already stored (absent keys are not in the dict)."""
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self.connection.execute(
                f"SELECT key, pipeline_version FROM documents WHERE key IN ({marks})", part
            )
            found.update(rows)
        return found

    def write(self, result: ChunkResult) -> None:
        """Store a chunk in one transaction: its documents replace any earlier version of them,
        its errors are recorded; a stored document clears the errors of its dispatch."""
        now = _now()
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            for doc in result.documents:
                for table in _TABLES:
                    db.execute(f"DELETE FROM {table} WHERE document_key = ?", (doc.key,))
                db.execute(
                    "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        *(doc.key, doc.id, doc.path, doc.published, doc.country),
                        *(doc.pipeline_version, now, doc.document_json),
                    ),
                )
                for table, rows in (
                    ("entities", doc.entities),
                    ("casualties", doc.casualties),
                    ("events", doc.events),
                ):
                    db.executemany(_insert(table), rows)
                db.execute(
                    "DELETE FROM errors WHERE document_key = ? OR source = ?", (doc.key, doc.path)
                )
            _record_errors(db, result.errors, now)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def record_errors(self, errors: Iterable[ErrorRow]) -> None:
        db = self.connection
        db.execute("BEGIN IMMEDIATE")
        try:
            _record_errors(db, errors, _now())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def count(self, table: str) -> int:
        if table not in (*_TABLES, "documents", "errors"):
            raise ValueError(f"no table {table!r}")
        return int(self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _check_or_create(connection: sqlite3.Connection, path: str, *, readonly: bool) -> None:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if application_id == 0 and tables == 0:
        if readonly:
            raise StoreError(f"{path}: empty database (create it with `conflict-extract batch`)")
        connection.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};"
            f"PRAGMA user_version = {SCHEMA_VERSION};"
            f"BEGIN; {_SCHEMA} COMMIT;"
        )
    elif application_id != APPLICATION_ID:
        raise StoreError(f"{path}: an SQLite database, but not a conflict-extract store")
    elif version != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version}, but this conflict-extract reads version "
            f"{SCHEMA_VERSION}; use a new --db (or the conflict-extract that wrote it)"
        )
    if not readonly:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")


def _insert(table: str) -> str:
    columns = _TABLES[table]
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


def _record_errors(db: sqlite3.Connection, errors: Iterable[ErrorRow], now: str) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?)",
        [(e.source, e.message, e.document_key, now) for e in errors],
    )


def _casefold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
