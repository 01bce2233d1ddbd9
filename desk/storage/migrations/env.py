"""Alembic's entry point: runs on the connection Desk hands it, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desk.storage.models import Base

# The full-text index is SQLite's own virtual table (and its shadow tables), and PostgreSQL's a
# generated column of stories with its index: autogenerate must not mistake them for things the
# models forgot.
SEARCH_TABLE = "story_search"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    from desk.storage.postgresql import SEARCH_COLUMN, SEARCH_INDEX

    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(SEARCH_TABLE)
    return not (type_ == "column" and name == SEARCH_COLUMN) and name != SEARCH_INDEX


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    # Run from the alembic command line: open the database the way Desk does.
    from desk.storage.store import make_engine, parse_url

    engine = make_engine(parse_url(context.config.get_main_option("sqlalchemy.url") or ""))
    with engine.connect() as own_connection:
        run(own_connection)
        own_connection.commit()
else:
    run(connection)
