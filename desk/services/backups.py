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

from desk import fileio, paths
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
    if uow.store.read_only and not again:
        return Rotation(None)  # a newsroom nobody can change needs no new copy
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
            shutil.copyfile(original, trial)
        except OSError as error:
            if error.errno in fileio.FULL:  # the scratch folder's disk, not the backup's
                raise Invalid(fileio.describe(error, trial)) from None
            raise Invalid(f"Cannot read {source}: {_reason(error)}.") from None
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


def _examine(file: Path, name: str) -> tuple[str, int]:
    """(revision, stories) of a scratch copy that SQLite finds whole and that holds a newsroom
    of a schema this Desk knows; else the refusal saying which of those it is not."""
    found = sqlite.examine(file)
    if found.damage is not None:
        raise _refusal(name, f"it is {found.damage}")
    if found.revision is None:
        raise _refusal(name, "it is an SQLite database but not a Desk newsroom")
    if found.revision not in migrate.REVISIONS:
        raise _refusal(
            name,
            f"it was saved by a newer Desk (schema {found.revision}; this Desk knows up to "
            f"{migrate.HEAD}). Install the newer Desk",
        )
    return found.revision, found.stories


def _refusal(name: str, why: str) -> Invalid:
    return Invalid(f"Cannot restore {name}: {why}; nothing was changed.")


def restore(candidate: Candidate, database: Path, now: datetime) -> Restored:
    """Put the checked copy in place of the newsroom at `database`, after saving the newsroom
    as it is in backups/ (the way back). StoreError when another Desk has it open."""
    folder = database.parent
    if not folder.is_dir():
        raise Invalid(f"The folder {folder} does not exist.")
    try:
        staged = sqlite.stage(candidate.copy, database)
    except OSError as error:
        raise StoreError(f"{fileio.describe(error, database)} Nothing was changed.") from None
    try:
        if not database.exists():
            _put_in_place(staged, database, None)
            return Restored(database, candidate.source, None)
        previous = _previous_name(database, now)
        with sqlite.alone_with(database, LOCK_WAIT_SECONDS) as connection:
            _save_previous(connection, database, previous)
            _put_in_place(staged, database, connection)
        return Restored(database, candidate.source, previous)
    finally:
        staged.unlink(missing_ok=True)


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
        sqlite.copy_aside(connection, database, target)
    except OSError as error:
        raise StoreError(f"{fileio.describe(error, target)} Nothing was changed.") from None
    except sqlite3.Error as error:
        raise StoreError(
            f"Cannot save the current newsroom to {target.parent}: {_reason(error)}. "
            "Nothing was changed."
        ) from None


def _put_in_place(staged: Path, database: Path, connection: sqlite3.Connection | None) -> None:
    try:
        sqlite.replace_database(staged, database, connection)
    except OSError as error:
        raise StoreError(fileio.describe(error, database)) from None
