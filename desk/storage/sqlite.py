"""Everything only SQLite can run: connection pragmas, FTS5, the online backup, the integrity check.

This is the one clearly marked place for SQLite-specific code; the rest of the storage layer
is portable SQLAlchemy, and the PostgreSQL counterparts live in `postgresql.py`.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    TableClause,
    column,
    event,
    func,
    literal_column,
    table,
    text,
)

BUSY_TIMEOUT_MS = 15_000
BEGIN_OPTION = "desk_sqlite_begin"  # execution option: "IMMEDIATE" for write transactions


def configure(engine: Engine, *, foreign_keys: bool = True) -> None:
    """Pragmas on every new connection, and BEGIN issued by us so writers can ask for IMMEDIATE.

    A deferred transaction that reads and then writes can fail at once with "database is locked"
    when another process wrote in between; taking the write lock at BEGIN makes it wait instead.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN from the driver
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a save that reported success survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def use_wal(engine: Engine) -> None:
    """Readers never wait for a writer in WAL mode. The mode is kept in the file itself, so it
    is set once the file is known to be a newsroom of ours (a refused file stays untouched)."""
    raw = engine.raw_connection()  # outside any transaction, as SQLite requires for this
    # Switching needs the file to itself for a moment, and SQLite may answer "locked" at once
    # rather than wait (while another Desk opening the same new file runs its migrations):
    # so ask again until the busy timeout has passed.
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    try:
        cursor = raw.cursor()
        while True:
            try:
                if cursor.execute("PRAGMA journal_mode").fetchone()[0] not in ("wal", "memory"):
                    cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        cursor.close()
    finally:
        raw.close()


def database_file(database: str | None) -> Path | None:
    """The file behind a SQLite URL's database part, or None for an in-memory database."""
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database)


# Migrations run the DDL below: once released, a statement is frozen; a change is a new one.

# --- Append-only history --------------------------------------------------------------------

HISTORY_TRIGGERS = (
    """CREATE TRIGGER history_no_update BEFORE UPDATE ON history
       BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
    """CREATE TRIGGER history_no_delete BEFORE DELETE ON history
       BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
)
HISTORY_TRIGGERS_DROP = (
    "DROP TRIGGER IF EXISTS history_no_delete",
    "DROP TRIGGER IF EXISTS history_no_update",
)

# --- Full-text search (FTS5) -----------------------------------------------------------------

SEARCH_COLUMNS = ("slug", "headline", "standfirst", "byline", "body_text")
# bm25 weights per column: a word in the headline counts for far more than one in the body.
SEARCH_WEIGHTS = (2.0, 10.0, 4.0, 3.0, 1.0)
_cols = ", ".join(SEARCH_COLUMNS)
_new = ", ".join(f"new.{c}" for c in SEARCH_COLUMNS)
_old = ", ".join(f"old.{c}" for c in SEARCH_COLUMNS)

SEARCH_DDL = (
    # External content: the index reads the text from `stories`, so it is not stored twice.
    f"""CREATE VIRTUAL TABLE story_search USING fts5({_cols},
        content='stories', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER story_search_insert AFTER INSERT ON stories BEGIN
        INSERT INTO story_search(rowid, {_cols}) VALUES (new.id, {_new}); END""",
    f"""CREATE TRIGGER story_search_delete AFTER DELETE ON stories BEGIN
        INSERT INTO story_search(story_search, rowid, {_cols})
        VALUES ('delete', old.id, {_old}); END""",
    f"""CREATE TRIGGER story_search_update AFTER UPDATE OF {_cols} ON stories BEGIN
        INSERT INTO story_search(story_search, rowid, {_cols})
        VALUES ('delete', old.id, {_old});
        INSERT INTO story_search(rowid, {_cols}) VALUES (new.id, {_new}); END""",
    "INSERT INTO story_search(story_search) VALUES ('rebuild')",
)
SEARCH_DROP = (
    "DROP TRIGGER IF EXISTS story_search_update",
    "DROP TRIGGER IF EXISTS story_search_delete",
    "DROP TRIGGER IF EXISTS story_search_insert",
    "DROP TABLE IF EXISTS story_search",
)
SEARCH_CHECK = "INSERT INTO story_search(story_search) VALUES ('integrity-check')"
HIT_START, HIT_END = "\x02", "\x03"


@dataclass(frozen=True)
class SearchIndex:
    """The FTS5 table as SQLAlchemy expressions, so queries can join it to the story list."""

    table: TableClause
    rowid: ColumnElement[int]
    snippets: tuple[ColumnElement[str], ...]  # one per column, the body's first
    rank: ColumnElement[float]

    def matches(self, expression: str) -> ColumnElement[bool]:
        return literal_column("story_search").op("MATCH")(expression)


def search_index() -> SearchIndex:
    index = table("story_search", column("rowid", Integer))
    itself = literal_column("story_search")  # FTS5 functions take the table as a column
    return SearchIndex(
        table=index,
        rowid=index.c.rowid,
        # A passage of the body reads best; the headline or a byline when only they matched.
        snippets=tuple(
            func.snippet(itself, SEARCH_COLUMNS.index(name), HIT_START, HIT_END, "…", 16)
            for name in ("body_text", "headline", "standfirst", "byline", "slug")
        ),
        rank=func.bm25(itself, *SEARCH_WEIGHTS),
    )


# --- Backup and check ------------------------------------------------------------------------


def backup(connection: Connection, target: Path) -> None:
    """An online, consistent copy of the database (SQLite's backup API), written atomically."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        source: sqlite3.Connection = connection.connection.dbapi_connection  # type: ignore[assignment]
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            copy.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def backup_file(source: Path, target: Path) -> None:
    """Copy a database file that no engine has open (before an upgrade)."""
    with sqlite3.connect(source) as src:
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        copy = sqlite3.connect(target)
        try:
            src.backup(copy)
        finally:
            copy.close()
    src.close()


def integrity_problems(connection: Connection) -> list[str]:
    """What SQLite itself finds wrong: page damage, broken foreign keys, a stale search index."""
    problems = [
        f"Database damage: {row[0]}"
        for row in connection.exec_driver_sql("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    for name, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"Row {rowid} of {name} points to a missing row of {parent}.")
    try:
        connection.execute(text(SEARCH_CHECK))
    except Exception as error:  # the FTS5 module reports a mismatch as an error
        problems.append(f"The search index does not match the stories ({error}).")
    return problems
