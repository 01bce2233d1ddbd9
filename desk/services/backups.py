"""The rotating daily copies of a local newsroom, and restoring a backup that passes the check
first (the backup on demand and the check itself are in desk/services/maintenance.py)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desk import paths
from desk.errors import DeskError, Invalid, StoreError
from desk.services.maintenance import check
from desk.storage import migrate, sqlite
from desk.storage.store import open_store, parse_url
from desk.storage.uow import UnitOfWork

KEEP_ENV = "DESK_KEEP_BACKUPS"
DEFAULT_KEEP = 7
STALE_TEMP_SECONDS = 24 * 3600  # a half-written copy this old was left by a crash
LOCK_WAIT_SECONDS = 2.0  # how long a restore waits for another Desk to let go


# --- The daily set -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rotation:
    """What one turn of the daily backups did."""

    written: Path | None  # None: today's copy was already there (or there is no local file)
    removed: tuple[Path, ...] = ()
    warning: str | None = None  # set only by daily_backup, which never raises


def keep_setting() -> int:
    """How many daily copies to keep: DESK_KEEP_BACKUPS, else 7; 0 turns the automatic ones off."""
    raw = os.environ.get(KEEP_ENV, "").strip()
    if not raw:
        return DEFAULT_KEEP
    if not raw.isdigit():
        raise Invalid(f"{KEEP_ENV} must be a whole number of copies to keep, not {raw!r}.")
    return int(raw)


def daily_folder(database: Path) -> Path:
    return paths.backups_dir(database) / "daily"


def daily_copies(database: Path) -> list[Path]:
    """This newsroom's daily copies, oldest first (another newsroom in the same folder has its
    own names, so it is never counted or pruned here)."""
    pattern = re.compile(
        rf"{re.escape(database.stem)}-\d{{4}}-\d{{2}}-\d{{2}}{re.escape(database.suffix)}"
    )
    folder = daily_folder(database)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))


def back_up_today(uow: UnitOfWork, *, keep: int | None = None, again: bool = False) -> Rotation:
    """Today's copy of a local newsroom in backups/daily, then the oldest pruned so `keep` stay.

    Cheap when today's copy exists (one stat, no database work) unless `again` asks for a fresh
    one. Written with SQLite's online backup, so nobody has to stop working. StoreError says
    why it could not be written.
    """
    keep = keep_setting() if keep is None else keep
    database = uow.store.file
    if database is None or keep <= 0:
        return Rotation(None)
    day = uow.clock().astimezone().date()
    folder = daily_folder(database)
    target = folder / f"{database.stem}-{day:%Y-%m-%d}{database.suffix}"
    if target.exists() and not again:
        return Rotation(None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with uow.store.engine.connect() as connection:
            sqlite.backup(connection, target)
            connection.rollback()
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        raise StoreError(f"Cannot write the daily backup in {folder}: {_reason(error)}.") from None
    return Rotation(target, _prune(database, keep))


def daily_backup(uow: UnitOfWork) -> Rotation:
    """back_up_today for the window and the commands that change data: it never raises, since a
    backup that cannot be written must not stop anyone working; `warning` says what went wrong."""
    try:
        return back_up_today(uow)
    except DeskError as error:
        return Rotation(None, warning=f"No backup today: {error}")
    except Exception as error:  # a backup must never take Desk down with it
        return Rotation(None, warning=f"No backup today: {_reason(error)}.")


def _prune(database: Path, keep: int) -> tuple[Path, ...]:
    old = daily_copies(database)[:-keep]
    folder = daily_folder(database)
    now = time.time()
    for temp in folder.glob(f".{database.stem}-*.tmp"):  # left by a crash mid-copy
        try:
            if now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                temp.unlink()
        except OSError:
            pass  # another Desk may have just finished with it
    for path in old:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            raise StoreError(f"Cannot remove the old backup {path}: {_reason(error)}.") from None
    return tuple(old)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, SQLAlchemyError) and getattr(error, "orig", None) is not None:
        error = error.orig  # type: ignore[assignment]
    return str(error).splitlines()[0] if str(error) else type(error).__name__


# --- Restore -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A backup that passed the check, copied aside: `copy` holds the very bytes that were
    checked, so what is restored is what was checked even if the file changes meanwhile."""

    source: Path
    copy: Path
    revision: str
    stories: int

    @property
    def older(self) -> bool:
        """Saved by an older Desk: upgraded (after the usual backup) when next opened."""
        return self.revision != migrate.HEAD


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    previous: Path | None  # the newsroom as it was before, to undo the restore with


def local_database(url: str) -> Path:
    """The file of the local newsroom at `url`; only those can be restored from a file."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise StoreError("A newsroom on a server is restored on the server (pg_restore).")
    database = sqlite.database_file(parsed.database)
    if database is None:
        raise Invalid("A newsroom in memory cannot be restored.")
    return database.expanduser().absolute()


@contextmanager
def inspected(source: Path, database: Path) -> Iterator[Candidate]:
    """Check `source` before anything is touched: an undamaged SQLite file, with Desk's schema
    at a revision this Desk knows (an older one is upgraded, on a scratch copy, for the rule
    checks), passing `desk check`. Invalid says why not, in one line."""
    source = Path(source).expanduser().absolute()
    name = source.name
    if not source.is_file():
        raise Invalid(
            f"There is no file {source}." if not source.exists() else f"{source} is a folder."
        )
    if database.exists() and source.resolve() == database.resolve():
        raise Invalid(f"{name} is the newsroom itself; give a backup of it.")
    wal = source.with_name(source.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise Invalid(
            f"{name} is open in a Desk (its changes are still in {wal.name}); close that Desk "
            "and try again. Nothing was changed."
        )
    with tempfile.TemporaryDirectory(prefix="desk-restore-") as scratch:
        original, trial = Path(scratch) / "original.sqlite", Path(scratch) / "check.sqlite"
        try:
            shutil.copyfile(source, original)
        except OSError as error:
            raise Invalid(f"Cannot read {source}: {_reason(error)}.") from None
        shutil.copyfile(original, trial)
        revision, stories = _examine(trial, name)
        try:
            store = open_store(f"sqlite:///{trial}", create=False)  # upgrades the scratch copy
            try:
                problems = check(UnitOfWork(store)).problems
            finally:
                store.close()
        except DeskError as error:
            raise _refusal(name, str(error).rstrip(".")) from None
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise _refusal(name, f"its check failed: {problems[0].rstrip('.')}{more}")
        yield Candidate(source, original, revision, stories)


def _refusal(name: str, why: str) -> Invalid:
    return Invalid(f"Cannot restore {name}: {why}; nothing was changed.")


def restore(candidate: Candidate, database: Path, now: datetime) -> Restored:
    """Put the checked copy in place of the newsroom at `database`, after saving the newsroom
    as it is in backups/ (the way back). StoreError when another Desk has it open."""
    folder = database.parent
    if not folder.is_dir():
        raise Invalid(f"The folder {folder} does not exist.")
    staged = _staged_copy(candidate.copy, folder, database.name)
    try:
        if not database.exists():
            _remove_sidecars(database)  # a stray -wal would be read into the restored file
            _swap(staged, database, None)
            return Restored(database, candidate.source, None)
        previous = _previous_name(database, now)
        with _alone_with(database) as connection:
            _save_previous(connection, database, previous)
            _remove_sidecars(database)
            _swap(staged, database, connection)
        return Restored(database, candidate.source, previous)
    finally:
        staged.unlink(missing_ok=True)


# SQLite file handling below talks to the sqlite3 module directly: the restore works on files
# no engine may hold open. (It belongs beside the online backup in desk/storage/sqlite.py.)

SQLITE_HEADER = b"SQLite format 3\x00"


def _examine(file: Path, name: str) -> tuple[str, int]:
    """SQLite's own integrity check and Desk's schema revision: (revision, stories). `file` is
    a scratch copy, so one saved in WAL mode opens as it would in Desk."""
    with file.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refusal(name, "it is not an SQLite database")
    connection = sqlite3.connect(file)
    try:
        connection.execute("PRAGMA query_only=ON")
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise _refusal(name, f"it is damaged ({rows[0]})")
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        found = "alembic_version" in tables and "stories" in tables
        revision = (
            found and connection.execute("SELECT version_num FROM alembic_version").fetchone()
        )
        if not revision:
            raise _refusal(name, "it is an SQLite database but not a Desk newsroom")
        if revision[0] not in migrate.REVISIONS:
            raise _refusal(
                name,
                f"it was saved by a newer Desk (schema {revision[0]}; this Desk knows up to "
                f"{migrate.HEAD}). Install the newer Desk",
            )
        return revision[0], connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _refusal(name, f"it is damaged ({_reason(error)})") from None
    finally:
        connection.close()


@contextmanager
def _alone_with(database: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection that holds the newsroom to itself: its WAL written into the file and gone,
    and an exclusive lock kept until the connection closes. Leaving WAL mode is refused while
    any other connection has the file open, which is how another Desk is noticed. None when the
    file is too damaged to open (it is then saved byte for byte)."""
    connection = sqlite3.connect(database, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA journal_mode=DELETE").fetchall()
            connection.execute("PRAGMA locking_mode=EXCLUSIVE").fetchall()
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # in EXCLUSIVE locking mode the lock stays
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise StoreError(
                    f"Another Desk has the newsroom at {database} open; close it and try "
                    "again. Nothing was changed."
                ) from None
            raise StoreError(f"Cannot take over {database}: {_reason(error)}.") from None
        except sqlite3.DatabaseError:
            connection.close()  # nothing of it is readable; Windows must be able to rename it
            yield None
            return
        yield connection
    finally:
        connection.close()


def _previous_name(database: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    folder = paths.backups_dir(database)
    target = folder / f"{database.stem}-before-restore-{stamp}{database.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{database.stem}-before-restore-{stamp}-{n}{database.suffix}"
    return target


def _save_previous(connection: sqlite3.Connection | None, database: Path, target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        try:
            if connection is not None:
                copy = sqlite3.connect(tmp)
                try:
                    connection.backup(copy)
                finally:
                    copy.close()
            else:  # too damaged for SQLite to read: keep its bytes, and its WAL if it has one
                shutil.copyfile(database, tmp)
                wal = database.with_name(database.name + "-wal")
                if wal.exists():
                    shutil.copyfile(wal, target.with_name(target.name + "-wal"))
            _fsync(Path(tmp))
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(
            f"Cannot save the current newsroom to {target.parent}: {_reason(error)}. "
            "Nothing was changed."
        ) from None


def _staged_copy(copy: Path, folder: Path, name: str) -> Path:
    """The checked bytes in a temp file beside the newsroom, on disk, ready to be renamed."""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".restore")
        with os.fdopen(fd, "wb") as out, copy.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        raise StoreError(
            f"Cannot write into {folder}: {_reason(error)}. Nothing was changed."
        ) from None
    return Path(tmp)


def _remove_sidecars(database: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def _swap(staged: Path, database: Path, connection: sqlite3.Connection | None) -> None:
    if connection is not None and os.name == "nt":
        connection.close()  # Windows cannot rename over an open file
    try:
        os.replace(staged, database)
    except OSError as error:
        raise StoreError(f"Cannot replace {database}: {_reason(error)}.") from None
    _fsync_folder(database.parent)


def _fsync(file: Path) -> None:
    with file.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # folders cannot be opened there; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
