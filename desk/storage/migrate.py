"""Alembic on open: make a new newsroom, upgrade an older one after a backup, refuse a newer one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from desk.errors import StoreError
from desk.storage import sqlite

MIGRATIONS = Path(__file__).parent / "migrations"
# Every schema this Desk knows, oldest first; a test holds this equal to Alembic's own list,
# so opening an up-to-date newsroom never has to import Alembic (a third of a second).
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD = REVISIONS[-1]


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database; None for an empty database."""
    names = set(inspect(connection).get_table_names())
    if "alembic_version" not in names:
        if names:
            raise StoreError("This database is not a Desk newsroom (it has other tables).")
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def bring_up_to_date(engine: Engine, file: Path | None) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
        connection.rollback()
    if revision == HEAD:
        return
    if revision is not None and revision not in REVISIONS:
        raise StoreError(
            f"This newsroom was saved by a newer version of Desk (schema {revision}; this Desk "
            f"knows up to {HEAD}). Install the newer Desk to open it; nothing was changed."
        )
    if engine.dialect.name == "postgresql" and not _may_change_schema(engine):
        raise StoreError(_FOR_THE_ADMINISTRATOR[revision is None].format(revision, HEAD))
    if revision is not None and file is not None:
        backup_before_upgrade(file, revision)
    upgrade(engine)


_FOR_THE_ADMINISTRATOR = {
    True: "There is no newsroom on this server yet. Its administrator makes one with: "
    "desk server setup --db ADMIN_URL",
    False: "The newsroom on this server is at schema {0}, older than this Desk's {1}, and only "
    "its administrator can bring it up to date, with: desk server setup --db ADMIN_URL. "
    "Nothing was changed.",
}


def _may_change_schema(engine: Engine) -> bool:
    """Whether the role Desk connected as may create tables (the administrator's role may; the
    role the windows use may not)."""
    with engine.connect() as connection:
        allowed = connection.exec_driver_sql(
            "SELECT has_schema_privilege(current_schema(), 'CREATE')"
        ).scalar()
        connection.rollback()
    return bool(allowed)


def backup_before_upgrade(file: Path, revision: str) -> Path:
    folder = file.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{file.stem}-schema-{revision}-{stamp}{file.suffix}"
    sqlite.backup_file(file, target)
    return target


def alembic_config(connection: Connection | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations in one write transaction, so two Desks opening a new file at once
    cannot both create it."""
    from alembic import command

    if engine.dialect.name == "sqlite" and sqlite.database_file(engine.url.database):
        # Rebuilding a table (Alembic's batch mode) needs the foreign key checks off.
        from desk.storage.store import make_engine

        migration_engine = make_engine(engine.url, foreign_keys=False)
    else:
        migration_engine = engine
    immediate = migration_engine.execution_options(**{sqlite.BEGIN_OPTION: "IMMEDIATE"})
    try:
        with immediate.connect() as connection, connection.begin():
            if current_revision(connection) != HEAD or target != "head":
                command.upgrade(alembic_config(connection), target)
            if engine.dialect.name == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError("The upgrade left broken links between tables; undone.")
    finally:
        if migration_engine is not engine:
            migration_engine.dispose()
