"""Opening a newsroom database: the engine, its sessions, and the schema brought up to date."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desk import fileio
from desk.errors import StoreError
from desk.storage import sqlite


@dataclass
class Store:
    """An open newsroom database. Sessions come from here; nothing else holds the engine."""

    engine: Engine
    url: URL
    _reader: sessionmaker[Session]
    _writer: sessionmaker[Session]
    snapshot: bool = False  # opened read-only as it is on disk (see open_store)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def file(self) -> Path | None:
        """The database file of a local newsroom (None on a server or in memory)."""
        return sqlite.database_file(self.url.database) if self.dialect == "sqlite" else None

    @property
    def read_only(self) -> str | None:
        """Why this newsroom cannot be changed ("the folder /srv/news cannot be written to"),
        or None. Asked of the system each time: someone may fix the folder meanwhile."""
        file = self.file
        if file is None:
            return None
        why = sqlite.why_read_only(file)
        if why is None and self.snapshot:
            return f"it was opened read-only from {file}; open it again to change it"
        return why

    def session(self, *, write: bool) -> Session:
        return (self._writer if write else self._reader)()

    def close(self) -> None:
        self.engine.dispose()


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"Not a database address: {url!r}") from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: URL, *, foreign_keys: bool = True, snapshot: bool = False) -> Engine:
    """The engine for `url`; with `snapshot`, a local file read as it is and never written."""
    if url.get_backend_name() == "sqlite":
        file = sqlite.database_file(url.database)
        if file is None:
            # One shared connection, or every session would see its own empty database.
            engine = create_engine(url, poolclass=StaticPool)
        else:
            if not file.parent.is_dir():
                raise StoreError(f"The folder {file.parent} does not exist.")
            if snapshot:
                engine = create_engine(url, creator=sqlite.snapshot_connector(file))
            else:
                timeout = sqlite.BUSY_TIMEOUT_MS / 1000
                engine = create_engine(url, connect_args={"timeout": timeout})
        sqlite.configure(engine, foreign_keys=foreign_keys)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as missing:
        raise StoreError(f"Desk needs the {missing.name} package for {url.drivername}.") from None
    except NoSuchModuleError:
        raise StoreError(
            f"Desk cannot keep a newsroom in {url.drivername!r} databases; use sqlite:///PATH "
            "or postgresql://USER@HOST/DATABASE."
        ) from None


def open_store(url: str, *, create: bool = True) -> Store:
    """Open (and with create=True make or upgrade) the newsroom at `url`.

    An older schema is upgraded after a backup copy is written; a newer one is refused
    untouched. A local newsroom whose folder cannot be written to (a read-only disk, a share
    without write access) is opened read-only as it is on disk, so its stories can still be
    read; changing it then fails with a sentence saying why. Errors come out as StoreError with
    a sentence a person can act on.
    """
    from desk.storage import migrate

    parsed = parse_url(url)
    file = sqlite.database_file(parsed.database) if parsed.get_backend_name() == "sqlite" else None
    if file is not None and file.is_dir():
        raise StoreError(
            f"{file} is a folder; give the newsroom's file, e.g. {file / 'newsroom.sqlite'}"
        )
    if file is not None and not create and not file.exists():
        raise StoreError(f"There is no newsroom at {file}. Create one with: desk init")
    engine = make_engine(parsed)
    try:
        migrate.bring_up_to_date(engine, file)
        if file is not None:
            sqlite.use_wal(engine)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        engine.dispose()
        if file is not None and sqlite.may_read_as_snapshot(file):
            return _open_snapshot(parsed, file)
        raise StoreError(explain(error, parsed, opening=True)) from None
    except BaseException:
        engine.dispose()
        raise
    return _store(engine, parsed)


def _store(engine: Engine, url: URL, *, snapshot: bool = False) -> Store:
    writer = engine.execution_options(**{sqlite.BEGIN_OPTION: "IMMEDIATE"})
    return Store(
        engine=engine,
        url=url,
        _reader=sessionmaker(engine, expire_on_commit=False),
        _writer=sessionmaker(writer, expire_on_commit=False),
        snapshot=snapshot,
    )


def _open_snapshot(url: URL, file: Path) -> Store:
    """A newsroom SQLite cannot open as usual because nothing may be written beside it, read
    as it is on disk. Only one at this Desk's schema: an older one would need upgrading."""
    from desk.storage import migrate

    engine = make_engine(url, snapshot=True)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            connection.rollback()
    except (SQLAlchemyError, sqlite3.Error) as error:
        engine.dispose()
        raise StoreError(explain(error, url, opening=True)) from None
    except BaseException:
        engine.dispose()
        raise
    if revision != migrate.HEAD:
        engine.dispose()
        why = sqlite.why_read_only(file)
        raise StoreError(
            f"The newsroom at {file} was saved by another version of Desk and must be brought "
            f"up to date before this one can open it, but {why}. Nothing was changed."
        )
    return _store(engine, url, snapshot=True)


FULL_DISK = "The disk holding the newsroom is full ({where}): nothing was saved. Free some space and try again."
READ_ONLY = "The newsroom is read-only: {why}. Nothing was saved."


def explain(error: BaseException, url: URL, *, opening: bool = False) -> str:
    """What went wrong with the database, for the person at the keyboard: the one place that
    turns the database's errors (SQLite's, PostgreSQL's, the disk's under them) into sentences.
    `opening`: the error came while opening the newsroom rather than while working in it."""
    where = url.render_as_string(hide_password=True)
    if isinstance(error, OSError):  # a file written while opening (the copy before an upgrade)
        target = Path(error.filename) if error.filename else Path(url.database or ".")
        return f"Cannot open the newsroom at {where}. {fileio.describe(error, target)}"
    original = getattr(error, "orig", None) or error
    detail = str(original).splitlines()[0] if str(original) else type(original).__name__
    file = sqlite.database_file(url.database) if url.get_backend_name() == "sqlite" else None
    if url.get_backend_name() == "sqlite":
        kind = sqlite.failure(original, file)
    else:
        kind = _SERVER_FAILURES.get(getattr(original, "sqlstate", None) or "")
    if kind == sqlite.FULL and file is None:
        return (
            "The database server's disk is full: nothing was saved. Ask whoever looks after "
            "the server to free some space."
        )
    if kind == sqlite.FULL:
        return FULL_DISK.format(where=file.parent)
    if kind == sqlite.READ_ONLY:
        why = (sqlite.why_read_only(file) if file else None) or f"{where} refuses changes"
        if opening:
            return (
                f"Cannot open the newsroom at {file or where}: {why}, and Desk must write to it "
                "or beside it to open it. Nothing was changed."
            )
        return READ_ONLY.format(why=why)
    if kind == sqlite.BUSY:
        return "The newsroom is busy (another Desk is writing); try again in a moment."
    if kind == sqlite.NOT_A_DATABASE:
        return f"{url.database} is not a Desk newsroom (not a database file)."
    if kind == sqlite.DISK_FAILED:
        folder = file.parent if file else where
        return (
            f"The disk holding the newsroom ({folder}) could not be read or written ({detail}): "
            "nothing was saved."
        )
    if file is None and _refused_sign_in(original, detail):
        return (
            f"The server at {url.host or 'localhost'} did not let {url.username or 'you'} in "
            f"({detail.split('failed: ')[-1]}). Put the role's password in ~/.pgpass (one line: "
            "HOST:PORT:DATABASE:ROLE:PASSWORD) or in the address, and check the role's name."
        )
    if kind == sqlite.CANNOT_OPEN or opening:
        tail = "." if kind == sqlite.CANNOT_OPEN else f": {detail}"
        return f"Cannot open the newsroom at {where}{tail}"
    return f"The newsroom database failed: {detail}"


def _refused_sign_in(error: BaseException, detail: str) -> bool:
    """The server wanted a password it did not get, or did not take the one it got."""
    sqlstate = getattr(error, "sqlstate", None) or ""
    return sqlstate in ("28P01", "28000") or "password" in detail.lower()


# SQLSTATE codes a PostgreSQL server gives for the same troubles.
_SERVER_FAILURES = {
    "53100": sqlite.FULL,  # disk_full
    "25006": sqlite.READ_ONLY,  # read_only_sql_transaction
    "40P01": sqlite.BUSY,  # deadlock_detected
    "55P03": sqlite.BUSY,  # lock_not_available
}
