"""The databases the suites run on: a SQLite file (or memory) and a real PostgreSQL server.

The server is `DESK_TEST_POSTGRESQL_URL`, else the one a developer's machine usually has
(postgres@127.0.0.1:5432/test, trust auth). Every test gets a private schema on it, made and
dropped around the test, so tests never see each other's stories. Where no server answers the
PostgreSQL tests skip and say so; with `DESK_REQUIRE_POSTGRESQL` (set by CI) they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")


@cache
def _server() -> tuple[URL | None, str]:
    """The server's URL, or None and why there is none (asked once per test run)."""
    given = os.environ.get("DESK_TEST_POSTGRESQL_URL", "")
    url = make_url(given or DEFAULT_SERVER)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        engine.dispose()
    except Exception as error:  # no driver, no server, refused: all mean "none here"
        where = url.render_as_string(hide_password=True)
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        return None, f"no PostgreSQL server to test on at {where} ({first})"
    return url, ""


def server_url() -> URL:
    """The test server's URL; skips the test (fails it in CI) where there is none."""
    url, why = _server()
    if url is None:
        if os.environ.get("DESK_REQUIRE_POSTGRESQL"):
            pytest.fail(f"PostgreSQL is required here (DESK_REQUIRE_POSTGRESQL) but {why}.")
        pytest.skip(f"{why}; set DESK_TEST_POSTGRESQL_URL to run these tests")
    return url


@cache
def _admin() -> Engine:
    return create_engine(server_url(), isolation_level="AUTOCOMMIT")


@contextmanager
def private_schema(prefix: str = "desk_test") -> Iterator[str]:
    """A URL (with its password) to an empty schema of its own on the test server, dropped with
    everything in it afterwards. Connections through the URL see only that schema."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = server_url().update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            # A test that left a transaction open must fail, not hang the run.
            connection.exec_driver_sql("SET lock_timeout = '20s'")
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def private_role(prefix: str = "desk_app") -> Iterator[str]:
    """A name for a login role of the test's own (roles belong to the whole server, not to a
    schema), dropped afterwards with everything granted to it, if the test made it."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        yield name
    finally:
        with _admin().connect() as connection:
            made = connection.exec_driver_sql(
                "SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": name}
            ).scalar()
            if made:
                connection.exec_driver_sql(f"DROP OWNED BY {name}")
                connection.exec_driver_sql(f"DROP ROLE {name}")
