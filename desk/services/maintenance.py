"""Keeping the newsroom safe: a backup on demand and a check of the database and its rules.
The rotating daily copies and restoring one are in desk/services/backups.py."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desk import fileio
from desk.errors import Invalid, StoreError, WriteFailed
from desk.storage import sqlite
from desk.storage.store import explain
from desk.storage.uow import UnitOfWork


def backup(uow: UnitOfWork, target: Path) -> Path:
    """A consistent copy of a local newsroom, taken while people keep working."""
    target = Path(target).expanduser()
    if target.is_dir():
        stamp = uow.clock().astimezone().strftime("%Y%m%d-%H%M%S")
        target = target / f"newsroom-{stamp}.sqlite"
    if not target.parent.is_dir():
        raise Invalid(f"The folder {target.parent} does not exist.")
    if uow.dialect != "sqlite":
        raise StoreError("A newsroom on a server is backed up on the server (pg_dump).")
    if uow.store.file is not None and target.resolve() == uow.store.file.resolve():
        raise Invalid("A backup cannot overwrite the newsroom itself.")
    try:
        with uow.store.engine.connect() as connection:
            sqlite.backup(connection, target)
            connection.rollback()
    except OSError as error:  # the copy could not be written: what was at `target` is kept
        raise WriteFailed(fileio.describe(error, target)) from None
    except (SQLAlchemyError, sqlite3.Error) as error:  # the newsroom could not be read
        raise StoreError(explain(error, uow.store.url)) from None
    return target


def read_only(uow: UnitOfWork) -> str | None:
    """Why this newsroom cannot be changed, in a sentence for the window to show; None when it
    can be. Its stories can still be read, searched and exported."""
    why = uow.store.read_only
    if why is None:
        return None
    return f"The newsroom is read-only: {why}. You can read and export its stories, but not change them."


# --- The check ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check(uow: UnitOfWork) -> CheckReport:
    """The database's own integrity check, its links between tables, and the workflow's rules."""
    problems: list[str] = []
    with uow.reading():
        if uow.dialect == "sqlite":
            with uow.store.engine.connect() as connection:
                problems += sqlite.integrity_problems(connection)
                connection.rollback()
        problems += uow.checks.problems()
    return CheckReport(tuple(problems))
