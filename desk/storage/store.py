"""Opening a newsroom database: the engine, its sessions, and the schema brought up to date."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desk.errors import StoreError
from desk.storage import sqlite


@dataclass
class Store:
    """An open newsroom database. Sessions come from here; nothing else holds the engine."""

    engine: Engine
    url: URL
    _reader: sessionmaker[Session]
    _writer: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def file(self) -> Path | None:
        """The database file of a local newsroom (None on a server or in memory)."""
        return sqlite.database_file(self.url.database) if self.dialect == "sqlite" else None

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


def make_engine(url: URL, *, foreign_keys: bool = True) -> Engine:
    if url.get_backend_name() == "sqlite":
        file = sqlite.database_file(url.database)
        if file is None:
            # One shared connection, or every session would see its own empty database.
            engine = create_engine(url, poolclass=StaticPool)
        else:
            if not file.parent.is_dir():
                raise StoreError(f"The folder {file.parent} does not exist.")
            engine = create_engine(url, connect_args={"timeout": sqlite.BUSY_TIMEOUT_MS / 1000})
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
    untouched. Errors come out as StoreError with a sentence a person can act on.
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
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise StoreError(_explain(error, parsed)) from None
    except sqlite3.Error as error:  # from the raw connection that sets the journal mode
        engine.dispose()
        where = parsed.render_as_string(hide_password=True)
        raise StoreError(f"Cannot open the newsroom at {where}: {error}") from None
    except BaseException:
        engine.dispose()
        raise
    writer = engine.execution_options(**{sqlite.BEGIN_OPTION: "IMMEDIATE"})
    return Store(
        engine=engine,
        url=parsed,
        _reader=sessionmaker(engine, expire_on_commit=False),
        _writer=sessionmaker(writer, expire_on_commit=False),
    )


def _explain(error: DatabaseError, url: URL) -> str:
    detail = str(error.orig) if error.orig is not None else str(error)
    where = url.render_as_string(hide_password=True)
    if "file is not a database" in detail:
        return f"{url.database} is not a Desk newsroom (not a database file)."
    if "readonly" in detail or "read-only" in detail:
        return f"The newsroom at {where} is read-only; Desk cannot write to it."
    if "unable to open" in detail:
        return f"Cannot open the newsroom at {where}."
    return f"Cannot open the newsroom at {where}: {detail.splitlines()[0]}"
