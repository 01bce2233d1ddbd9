"""Keeping the newsroom safe: a backup on demand and a check of the database and its rules.
The rotating daily copies and restoring one are in desk/services/backups.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.errors import Invalid, StoreError
from desk.storage import sqlite
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
    with uow.store.engine.connect() as connection:
        try:
            sqlite.backup(connection, target)
        except OSError as error:
            raise StoreError(f"Cannot write the backup to {target}: {error.strerror}.") from None
    return target


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
