"""`desk server setup` as an administrator runs it, then Desks connecting as the app role."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.cli.test_cli import Desk
from tests.databases import private_role, private_schema


@pytest.fixture
def admin_url() -> Iterator[str]:
    with private_schema("desk_setup") as url:
        yield url


@pytest.fixture
def role(admin_url: str) -> Iterator[str]:
    with private_role("desk_cli") as name:
        yield name


def test_the_administrator_sets_up_and_the_newsroom_works_through_the_app_role(
    tmp_path: Path, admin_url: str, role: str
) -> None:
    admin = Desk(tmp_path, admin_url)
    secrets = {"DESK_PASSWORD": "kafa-i-novine", "DESK_APP_PASSWORD": "app-pass-2026"}
    made = admin.ok("server", "setup", "--app-role", role, "--password", who="vesna", env=secrets)
    assert (made["chief"], made["started"], made["role"], made["role_created"]) == (
        "vesna",
        True,
        role,
        True,
    )
    assert made["app_password"] is None  # given, so not made up and not printed
    assert made["privileges"]["history"] == ["SELECT", "INSERT"]
    app_url = make_url(made["url"])
    assert app_url.username == role and app_url.password is None

    # Every Desk connects as the role, with the role's password (here in the URL).
    desk = Desk(tmp_path, app_url.set(password="app-pass-2026").render_as_string(False))
    chief = {"DESK_PASSWORD": "kafa-i-novine"}
    assert desk.refused("desk", "add", "Region", who="vesna") == (
        "vesna needs a password: set DESK_PASSWORD."
    )
    desk.ok("user", "add", "ana", "--role", "correspondent", who="vesna", env=chief)
    story = desk.ok("new", "--headline", "Zima u Prištini", who="ana")
    assert [r["headline"] for r in desk.ok("list", who="ana")] == ["Zima u Prištini"]
    assert desk.ok("history", str(story["id"]))[0]["action"] == "create"

    # Run again (after installing a newer Desk, say): nothing new is made, nothing is lost.
    again = admin.ok("server", "setup", "--app-role", role, who="vesna")
    assert (again["started"], again["role_created"], again["app_password"]) == (False, False, None)
    assert [r["headline"] for r in desk.ok("list", who="ana")] == ["Zima u Prištini"]


def test_a_new_role_without_a_password_gets_one_shown_once(
    tmp_path: Path, admin_url: str, role: str
) -> None:
    admin = Desk(tmp_path, admin_url)
    done = admin.run("server", "setup", "--app-role", role, who="vesna")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1:3] == [
        "Made vesna its chief editor.",
        f"The role {role} that Desks connect as was made.",
    ]
    password = lines[3].removeprefix("Its password (shown only now): ")
    assert len(password) >= 20 and " " not in password
    assert lines[4].startswith(f"Each Desk connects with: --db 'postgresql+psycopg://{role}@")
    desk = Desk(
        tmp_path, make_url(admin_url).set(username=role, password=password).render_as_string(False)
    )
    assert desk.ok("user", "list")[0]["name"] == "vesna"


def test_setup_is_refused_for_a_local_newsroom_and_a_bad_role(tmp_path: Path) -> None:
    local = Desk(tmp_path)
    assert local.refused("server", "setup", who="vesna") == (
        "Only a newsroom on a PostgreSQL server has database roles to set up; a local "
        "newsroom needs only: desk init"
    )
    assert local.refused("server", "setup", "--app-role", "Robert'); DROP", who="vesna").startswith(
        '"Robert\'); DROP" cannot name a database role'
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"] or not list(
        tmp_path.glob("*.sqlite")
    )
