"""A newsroom on a PostgreSQL server: the login role Desk's windows use, and what it may do.

The administrator's role owns the schema and runs the migrations; every Desk connects as the
newsroom's app role, which may read and write stories but not change the schema, and may only
add to the history (no UPDATE, DELETE or TRUNCATE there: the triggers refuse them as well).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from desk.errors import Invalid, StoreError
from desk.storage.store import Store, explain

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")

# What the app role may do with each table. Tables not named here get the default, and
# alembic_version only SELECT (the schema is the administrator's).
DEFAULT = ("SELECT", "INSERT", "UPDATE")
PRIVILEGES = {
    "history": ("SELECT", "INSERT"),  # append-only
    "comments": (*DEFAULT, "DELETE"),  # a note's author may delete it
    "edit_locks": (*DEFAULT, "DELETE"),  # a lock is let go by removing its row
    "alembic_version": ("SELECT",),
}


LOCAL_NEWSROOM = (
    "Only a newsroom on a PostgreSQL server has database roles to set up; a local newsroom "
    "needs only: desk init"
)


@dataclass(frozen=True)
class Grants:
    """What `grant_app_role` did: the role, whether it was new, and the tables it may use."""

    role: str
    created: bool
    tables: dict[str, tuple[str, ...]]
    schema: str


def check_role_name(name: str) -> str:
    if not ROLE_NAME.fullmatch(name):
        raise Invalid(
            f"{name!r} cannot name a database role: use lower-case letters, digits and _ "
            "(up to 63), starting with a letter."
        )
    return name


def role_exists(store: Store, role: str) -> bool:
    with store.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}
        ).scalar()
        connection.rollback()
    return bool(found)


def grant_app_role(store: Store, role: str, password: str | None) -> Grants:
    """Make (or bring up to date) the login role Desks use, with only what Desk needs on the
    newsroom's tables in the current schema, in one transaction. A password given replaces the
    role's password. Run as the newsroom's administrator."""
    check_role_name(role)
    if store.dialect != "postgresql":
        raise Invalid(LOCAL_NEWSROOM)
    try:
        with store.engine.begin() as connection:
            return _grant(connection, role, password)
    except DBAPIError as error:
        raise StoreError(explain(error, store.url)) from None


def _grant(connection: Connection, role: str, password: str | None) -> Grants:
    from psycopg import sql

    raw = connection.connection.driver_connection  # psycopg composes identifiers and literals
    assert raw is not None
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    if schema is None:
        raise StoreError("The server gave no schema to set the newsroom up in.")
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(role)s", {"role": role}
    ).scalar()
    name = sql.Identifier(role)
    statements = []
    if not exists:
        statements.append(sql.SQL("CREATE ROLE {} LOGIN").format(name))
    if password:
        statements.append(sql.SQL("ALTER ROLE {} PASSWORD {}").format(name, sql.Literal(password)))
    database = connection.exec_driver_sql("SELECT current_database()").scalar()
    statements.append(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), name)
    )
    statements.append(
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), name)
    )
    tables = [
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = %(schema)s ORDER BY tablename",
            {"schema": schema},
        )
    ]
    granted: dict[str, tuple[str, ...]] = {}
    for table in tables:
        allowed = PRIVILEGES.get(table, DEFAULT)
        target = sql.Identifier(schema, table)
        # Start from nothing, so a privilege given by hand (or by an older Desk) goes.
        statements.append(sql.SQL("REVOKE ALL ON {} FROM {}").format(target, name))
        statements.append(
            sql.SQL("GRANT {} ON {} TO {}").format(
                sql.SQL(", ").join(sql.SQL(p) for p in allowed), target, name
            )
        )
        granted[table] = allowed
    statements.append(
        sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            sql.Identifier(schema), name
        )
    )
    cursor = raw.cursor()
    for statement in statements:
        cursor.execute(statement)
    return Grants(role, not exists, granted, schema)
