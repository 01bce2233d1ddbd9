"""A newsroom on a PostgreSQL server as its administrator sets it up: the role every Desk
connects as can do a day's work and nothing more; the history cannot be changed through it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desk.domain.body import Body
from desk.domain.story import StoryFilter, StoryText
from desk.domain.workflow import Action
from desk.errors import Invalid, StoreError
from desk.services import maintenance, newsroom, notes, queries, server
from desk.services.stories import Changes, act, create_story, edit_story
from desk.storage import migrate
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork
from tests.databases import private_role, private_schema


@pytest.fixture
def admin_url() -> Iterator[str]:
    with private_schema("desk_server") as url:
        yield url


@pytest.fixture
def role(admin_url: str) -> Iterator[str]:
    with private_role("desk_app") as name:
        yield name


def set_up(admin_url: str, role: str, **kw: str) -> tuple[server.SetUp, str]:
    """Set the newsroom up as the administrator; returns what was done and the app's URL."""
    admin = open_store(admin_url)
    try:
        done = server.set_up(UnitOfWork(admin), "vesna", role, **kw)
    finally:
        admin.close()
    app = make_url(admin_url).set(username=role, password=done.app_password or "x")
    return done, app.render_as_string(hide_password=False)


def test_setup_makes_the_chief_and_a_role_with_only_what_desk_needs(
    admin_url: str, role: str
) -> None:
    done, _ = set_up(admin_url, role, chief_password="kafa")
    assert (done.started, done.chief, done.schema_version) == (True, "vesna", migrate.HEAD)
    assert done.grants.created and done.app_password and len(done.app_password) >= 20
    assert done.grants.tables["history"] == ("SELECT", "INSERT")
    assert done.grants.tables["stories"] == ("SELECT", "INSERT", "UPDATE")
    assert done.grants.tables["alembic_version"] == ("SELECT",)
    assert set(done.grants.tables) >= {"users", "revisions", "comments", "edit_locks"}
    admin = open_store(admin_url)
    assert newsroom.needs_password(UnitOfWork(admin), "vesna")
    admin.close()

    again, _ = set_up(admin_url, role)  # after an upgrade, say: nothing new is made
    assert (again.started, again.grants.created, again.app_password) == (False, False, None)


def test_a_days_work_through_the_app_role(admin_url: str, role: str) -> None:
    _, app_url = set_up(admin_url, role)
    store = open_store(app_url)
    uow = UnitOfWork(store)
    newsroom.add_user(uow, "vesna", "ana", "correspondent")
    newsroom.add_user(uow, "vesna", "milica", "editor")
    newsroom.add_desk(uow, "vesna", "Region")
    text_ = StoryText(
        "Грејање у Приштини", byline="Пише: Ана Илић", body=Body.from_paragraphs(["Топло је."])
    )
    story = create_story(uow, "ana", text_, desk="Region")
    act(uow, "ana", story.id, Action.FILE)
    act(uow, "milica", story.id, Action.CLAIM)
    note = notes.add_comment(uow, "milica", story.id, "Провери број @ana")
    notes.edit_comment(uow, "milica", note.id, "Провери цифру @ana")
    notes.delete_comment(uow, "milica", note.id)
    edit_story(uow, "milica", story.id, Changes(headline="Грејање поново ради"))
    act(uow, "milica", story.id, Action.RELEASE)  # the lock's row goes
    act(uow, "milica", story.id, Action.CLAIM)
    act(uow, "milica", story.id, Action.APPROVE)
    published = act(uow, "vesna", story.id, Action.PUBLISH)
    assert (published.state.value, published.headline) == ("published", "Грејање поново ради")
    assert [e.action for e in queries.story_history(uow, story.id)][-3:] == [
        "claim",
        "approve",
        "publish",
    ]
    hits = queries.search_stories(uow, "grejanje")  # Latin finds Cyrillic, through the index
    assert [(h.story.id, h.story.headline) for h in hits] == [(story.id, "Грејање поново ради")]
    assert maintenance.check(uow).problems == ()
    store.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE history SET note = 'rewritten'",
        "DELETE FROM history",
        "TRUNCATE history",
        "DELETE FROM stories",
        "DELETE FROM revisions",
        "UPDATE alembic_version SET version_num = '0001'",
        "DROP TABLE comments",
        "ALTER TABLE stories ADD COLUMN x integer",
        "CREATE TABLE notes_of_my_own (x integer)",
    ],
)
def test_the_app_role_cannot_rewrite_history_or_the_schema(
    admin_url: str, role: str, statement: str
) -> None:
    _, app_url = set_up(admin_url, role)
    store = open_store(app_url)
    uow = UnitOfWork(store)
    create_story(uow, "vesna", StoryText("Kept"))
    with (
        store.session(write=True) as session,
        pytest.raises(DBAPIError, match="permission denied|must be owner"),
    ):
        session.execute(text(statement))
    assert [s.headline for s in queries.list_stories(uow, StoryFilter())] == ["Kept"]
    assert len(queries.story_history(uow, 1)) == 1
    store.close()


def test_an_older_schema_is_left_to_the_administrator(admin_url: str, role: str) -> None:
    _, app_url = set_up(admin_url, role)
    admin = create_engine(admin_url)
    with admin.begin() as connection:  # as if this Desk were newer than the server's schema
        connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    with pytest.raises(StoreError) as refused:
        open_store(app_url)
    assert str(refused.value) == (
        f"The newsroom on this server is at schema 0006, older than this Desk's {migrate.HEAD}, "
        "and only its administrator can bring it up to date, with: desk server setup --db "
        "ADMIN_URL. Nothing was changed."
    )
    with admin.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "0006"
        )
    admin.dispose()


def test_an_empty_server_is_left_to_the_administrator(admin_url: str, role: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'x'")
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
    engine.dispose()
    app_url = (
        make_url(admin_url).set(username=role, password="x").render_as_string(hide_password=False)
    )
    with pytest.raises(StoreError, match="There is no newsroom on this server yet"):
        open_store(app_url)


def test_bad_role_names_and_local_newsrooms_are_refused(tmp_path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'newsroom.sqlite'}")
    uow = UnitOfWork(store)
    with pytest.raises(Invalid, match="cannot name a database role"):
        server.set_up(uow, "vesna", "Desk; DROP TABLE stories")
    with pytest.raises(Invalid, match="a local newsroom needs only: desk init"):
        server.set_up(uow, "vesna", "desk")
    assert not newsroom.is_started(uow)
    store.close()
