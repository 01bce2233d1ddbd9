"""Everything only SQLite can run: connection pragmas, FTS5, the online backup, the integrity
check, what its errors mean, and the whole-file work of a restore.

This is the one clearly marked place for SQLite-specific code; the rest of the storage layer
is portable SQLAlchemy, and the PostgreSQL counterparts live in `postgresql.py`.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
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

from desk import fileio
from desk.errors import StoreError

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
    """An online, consistent copy of the database (SQLite's backup API), written atomically.
    A full disk is OSError(ENOSPC), like any other file Desk writes."""
    source: sqlite3.Connection = connection.connection.dbapi_connection  # type: ignore[assignment]
    _copy_into(source, Path(target))


def backup_file(source: Path, target: Path) -> None:
    """Copy a database file that no engine has open (before an upgrade), atomically."""
    with closing(sqlite3.connect(source)) as src:
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _copy_into(src, Path(target))


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    with fileio.replacing(target, mode=fileio.PRIVATE) as tmp:
        try:
            with closing(sqlite3.connect(tmp)) as copy:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        except sqlite3.Error as error:
            if failure(error, tmp) == FULL:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target)) from None
            raise
        finally:
            _remove_sidecars(tmp)


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
        # FTS5 asks for its check with an INSERT, which a read-only newsroom refuses: there
        # the index cannot be checked (nor can it drift, as nothing is written).
        if failure(getattr(error, "orig", None) or error, None) != READ_ONLY:
            problems.append(f"The search index does not match the stories ({error}).")
    return problems


# --- What went wrong -------------------------------------------------------------------------

FULL, READ_ONLY, BUSY, CANNOT_OPEN, NOT_A_DATABASE, DISK_FAILED = (
    "full",
    "read-only",
    "busy",
    "cannot open",
    "not a database",
    "disk failed",
)


def failure(error: BaseException, file: Path | None) -> str | None:
    """Which of the failures a person can do something about SQLite reported (FULL, READ_ONLY,
    ...), or None. `file` is the database's file, looked at where SQLite's answer is vague: an
    I/O error on a disk with no space left is a full disk; "unable to open" in a folder that
    cannot be written to is a read-only newsroom (SQLite must create its -wal and -shm files)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    detail = str(error).lower()
    if name == "SQLITE_FULL" or "database or disk is full" in detail:
        return FULL
    if name.startswith("SQLITE_READONLY") or "readonly database" in detail:
        return READ_ONLY
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in detail or "busy" in detail:
        return BUSY
    if name == "SQLITE_NOTADB" or "file is not a database" in detail:
        return NOT_A_DATABASE
    folder = file.parent if file is not None else None
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in detail:
        return FULL if folder is not None and fileio.nearly_full(folder) else DISK_FAILED
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in detail:
        if file is not None and why_read_only(file) is not None:
            return READ_ONLY
        if folder is not None and fileio.nearly_full(folder):
            return FULL
        return CANNOT_OPEN
    return None


def why_read_only(file: Path) -> str | None:
    """Why the newsroom in `file` cannot be changed, as a phrase ("the folder /srv/news cannot
    be written to"); None when it can. SQLite writes the file and, beside it, its -wal and -shm
    files, so both the file and its folder must be writable."""
    return fileio.unwritable(file.parent) or (fileio.unwritable(file) if file.exists() else None)


def may_read_as_snapshot(file: Path) -> bool:
    """Whether a newsroom that cannot be written can still be read safely without its -wal and
    -shm files: nobody can be writing it (its folder takes no new files), and no changes are
    waiting in a -wal file that reading the file alone would miss."""
    wal = file.with_name(file.name + "-wal")
    return (
        file.is_file()
        and fileio.unwritable(file.parent) is not None
        and not (wal.exists() and wal.stat().st_size > 0)
    )


def snapshot_connector(file: Path) -> Callable[[], sqlite3.Connection]:
    """Connections that read `file` as it is and never write (SQLite's immutable mode): for a
    newsroom on a read-only disk or in a read-only folder, where SQLite cannot make its -shm."""
    uri = f"{file.absolute().as_uri()}?mode=ro&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )

    return connect


# --- Restore: whole files, which no engine may hold open --------------------------------------

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Examined:
    """What a database file holds, as SQLite sees it."""

    damage: str | None  # why SQLite cannot use it ("not an SQLite database", "damaged (...)")
    revision: str | None = None  # Desk's schema revision; None: there is no Desk schema in it
    stories: int = 0


def examine(file: Path) -> Examined:
    """SQLite's own integrity check, Desk's schema revision and the number of stories. Give it a
    scratch copy: a file saved in WAL mode is opened as Desk would open it, which writes
    beside it."""
    with file.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return Examined("not an SQLite database")
    try:
        with closing(sqlite3.connect(file)) as connection:
            connection.execute("PRAGMA query_only=ON")
            rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return Examined(f"damaged ({rows[0]})")
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "stories"} <= tables:
                return Examined(None)
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if not found:
                return Examined(None)
            stories = connection.execute("SELECT count(*) FROM stories").fetchone()[0]
            return Examined(None, found[0], stories)
    except sqlite3.DatabaseError as error:
        return Examined(f"damaged ({_first_line(error)})")


@contextmanager
def alone_with(database: Path, wait: float) -> Iterator[sqlite3.Connection | None]:
    """A connection that holds the newsroom to itself: its WAL written into the file and gone,
    and an exclusive lock kept until the connection closes. Leaving WAL mode is refused while
    any other connection has the file open, which is how another Desk is noticed (StoreError,
    after `wait` seconds). None when the file is too damaged to open (keep it byte for byte)."""
    connection = sqlite3.connect(database, timeout=wait, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA journal_mode=DELETE").fetchall()
            connection.execute("PRAGMA locking_mode=EXCLUSIVE").fetchall()
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # in EXCLUSIVE locking mode the lock stays
        except sqlite3.OperationalError as error:
            if failure(error, database) == BUSY:
                raise StoreError(
                    f"Another Desk has the newsroom at {database} open; close it and try "
                    "again. Nothing was changed."
                ) from None
            raise StoreError(f"Cannot take over {database}: {_first_line(error)}.") from None
        except sqlite3.DatabaseError:
            connection.close()  # nothing of it is readable; Windows must be able to rename it
            yield None
            return
        yield connection
    finally:
        connection.close()


def copy_aside(connection: sqlite3.Connection | None, database: Path, target: Path) -> None:
    """`database` as it is now, copied to `target` atomically: through `connection` (SQLite's
    backup) when it could be opened, else byte for byte, with its -wal beside the copy."""
    if connection is not None:
        _copy_into(connection, target)
        return
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        fileio.copy_atomic(wal, target.with_name(target.name + "-wal"), mode=fileio.PRIVATE)
    fileio.copy_atomic(database, target, mode=fileio.PRIVATE)


def stage(checked: Path, database: Path) -> Path:
    """The checked bytes in a temporary file beside `database`, on the disk, ready to be renamed
    over it (replace_database). OSError when the folder cannot take it."""
    staged = fileio.temporary_beside(database, suffix=".restore")
    try:
        shutil.copyfile(checked, staged)
        fileio.fsync_file(staged)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def replace_database(
    staged: Path, database: Path, connection: sqlite3.Connection | None = None
) -> None:
    """Put `staged` in place of `database`: the old file's -wal, -shm and -journal go first (a
    stray -wal would be read into the new file), then one rename, made to last."""
    _remove_sidecars(database)
    if connection is not None and os.name == "nt":
        connection.close()  # Windows cannot rename over an open file
    os.replace(staged, database)
    fileio.fsync_folder(database.parent)


def _remove_sidecars(database: Path) -> None:
    for suffix in SIDECARS:
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
