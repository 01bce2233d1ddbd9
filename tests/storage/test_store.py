"""The store on real SQLite files and in memory: pragmas, migrations, append-only history."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from desk.domain.body import Body, Picture
from desk.domain.story import StoryText
from desk.errors import StoreError
from desk.services import maintenance, queries
from desk.services.notes import list_comments
from desk.services.stories import create_story
from desk.storage import migrate
from desk.storage.store import Store, explain, open_store, parse_url
from desk.storage.uow import UnitOfWork

FIXTURES = Path(__file__).parent.parent / "fixtures"


def pragma(store: Store, name: str) -> object:
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_a_file_newsroom_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.sqlite'}")
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "busy_timeout") == 15000
    assert pragma(store, "synchronous") == 2  # FULL
    assert store.file == tmp_path / "n.sqlite"
    store.close()


def test_writers_take_the_lock_at_begin(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.sqlite'}")
    seen: list[str] = []
    from sqlalchemy import event

    event.listen(store.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    with store.session(write=True) as session:
        session.execute(text("SELECT 1"))
    with store.session(write=False) as session:
        session.execute(text("SELECT 1"))
    begins = [s for s in seen if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN DEFERRED"]
    store.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    refused = (
        "(?i)FOREIGN KEY"  # SQLite's "FOREIGN KEY constraint failed", PostgreSQL's "foreign key"
    )
    with store.session(write=True) as session, pytest.raises(IntegrityError, match=refused):
        session.execute(
            text(
                "INSERT INTO comments (story_id, author_id, text, created_at) "
                "VALUES (999, 999, 'x', '2026-01-01 00:00:00')"
            )
        )


def test_history_refuses_update_and_delete(staffed: UnitOfWork, store: Store) -> None:
    story = create_story(staffed, "ana", StoryText("Headline"))
    for statement in (
        "UPDATE history SET note = 'rewritten'",
        "DELETE FROM history",
    ):
        with store.session(write=True) as session, pytest.raises(Exception, match="append-only"):
            session.execute(text(statement))
    events = queries.story_history(staffed, story.id)
    assert [(e.action, e.note) for e in events] == [("create", "")]


def test_the_migrations_match_the_models(shared_url: str) -> None:
    """`alembic check`: autogenerate finds nothing the migrations forgot, on either database."""
    from alembic import command
    from alembic.script import ScriptDirectory

    store = open_store(shared_url)
    with store.engine.connect() as connection:
        command.check(migrate.alembic_config(connection))
        config = migrate.alembic_config(connection)
    # Desk's own list of schemas (read without importing Alembic) is Alembic's list.
    script = ScriptDirectory.from_config(config)
    assert tuple(reversed([r.revision for r in script.walk_revisions()])) == migrate.REVISIONS
    store.close()


def test_opening_an_older_newsroom_backs_it_up_then_upgrades(tmp_path: Path) -> None:
    copy = tmp_path / "newsroom.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", copy)
    store = open_store(f"sqlite:///{copy}")
    uow = UnitOfWork(store)
    backups = list((tmp_path / "backups").glob("newsroom-schema-0001-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT count(*) FROM stories").fetchone() == (2,)
    # Nothing lost, and the stories written before search existed are found.
    first = queries.get_story(uow, 1)
    assert first.headline == "Grain talks resume in Moscow"
    assert first.body.text == "Grain talks resumed on Thursday."
    assert [e.action for e in queries.story_history(uow, 1)] == ["create", "file", "claim", "save"]
    assert [h.story.id for h in queries.search_stories(uow, "Београд")] == [2]
    assert [h.story.id for h in queries.search_stories(uow, "grain")] == [1]
    with store.engine.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            == migrate.HEAD
        )
    store.close()


def test_a_newsroom_from_before_pictures_upgrades_and_keeps_every_word(tmp_path: Path) -> None:
    copy = tmp_path / "newsroom.sqlite"
    shutil.copy(FIXTURES / "schema-0003.sqlite", copy)
    store = open_store(f"sqlite:///{copy}")
    uow = UnitOfWork(store)
    assert len(list((tmp_path / "backups").glob("newsroom-schema-0003-*.sqlite"))) == 1
    first = queries.get_story(uow, 1)
    assert (first.headline, first.text.dateline, first.state.value, first.lock_holder) == (
        "Budget talks resume",
        "BELGRADE, Nov 27 —",
        "editing",
        "milica",
    )
    assert [b.text for b in first.body.blocks] == [
        "Talks on the budget resumed on Thursday.",
        "Next",
        "The vote is on Friday.",
    ]
    assert queries.get_story(uow, 2).text.byline == "Пише: Ана Илић"
    assert [c.text for c in list_comments(uow, 1)] == ["Check the figure @milica"]
    # The new table takes pictures for the old stories.
    with uow:
        uow.pictures.add(1, Picture("image1.png", "image/png", b"png"), uow.clock())
        uow.commit()
    with uow.reading():
        assert uow.pictures.for_story(1)["image1.png"].data == b"png"
    store.close()


def test_a_newer_newsroom_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as future:
        future.execute("UPDATE alembic_version SET version_num = '0099'")
    before = path.read_bytes()
    with pytest.raises(
        StoreError, match=r"newer version of Desk \(schema 0099.*nothing was changed"
    ):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is a text file, not a database" * 200, "not a Desk newsroom"),
        (None, "not a Desk newsroom"),
    ],
)
def test_files_that_are_not_newsrooms_are_refused(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "other.sqlite"
    if content is None:
        with sqlite3.connect(path) as other:
            other.execute("CREATE TABLE recipes (name TEXT)")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=message):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_missing_newsroom_is_not_created_by_accident(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="There is no newsroom at .* desk init"):
        open_store(f"sqlite:///{tmp_path / 'missing.sqlite'}", create=False)
    assert not (tmp_path / "missing.sqlite").exists()
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.sqlite'}")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nonsense://", "cannot keep a newsroom in 'nonsense' databases"),
        ("no address at all", "Not a database address"),
        ("sqlite:///{tmp}", "is a folder; give the newsroom's file"),
    ],
)
def test_bad_addresses_are_explained(tmp_path: Path, url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url.format(tmp=tmp_path))


def test_two_desks_opening_a_new_file_at_once_both_succeed(tmp_path: Path) -> None:
    import concurrent.futures

    url = f"sqlite:///{tmp_path / 'race.sqlite'}"
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: open_store(url), range(4)))
    for opened in stores:
        assert pragma(opened, "user_version") == 0
        opened.close()
    with sqlite3.connect(tmp_path / "race.sqlite") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD,)]


def test_bodies_round_trip_through_the_database(staffed: UnitOfWork) -> None:
    from desk.domain.body import ListItem, Mark, Paragraph, Quote, Run, Subhead, Table

    body = Body(
        (
            Paragraph((Run("Bold ", frozenset({Mark.BOLD})), Run("link", link="https://x.rs"))),
            Subhead((Run("Sub"),), 3),
            Quote((Run("„Citat“"),)),
            ListItem((Run("one"),), ordered=True, level=1),
            Table((((Run("a"),), (Run("b"),)),), header=True),
        )
    )
    story = create_story(staffed, "ana", StoryText("Marks", body=body))
    assert queries.get_story(staffed, story.id).body == body


def test_revision_bodies_are_kept_compressed(staffed: UnitOfWork, store: Store) -> None:
    paragraphs = [
        f"Pregovori o budžetu, dan {i}: ministar je rekao da će se nastaviti." for i in range(60)
    ]
    body = Body.from_paragraphs(["Ћирилица и latinica, „navodnici“ — crta.", *paragraphs])
    story = create_story(staffed, "ana", StoryText("Budžet", body=body))
    with store.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT body FROM revisions WHERE story_id = :id"), {"id": story.id}
        ).scalar_one()
    plain = json.dumps(body.to_data(), ensure_ascii=False).encode()
    assert isinstance(stored, bytes) and len(stored) < len(plain) / 3
    assert json.loads(zlib.decompress(stored)) == body.to_data()  # readable without Desk
    assert queries.get_story(staffed, story.id).body == body


def _blocks(stored: bytes | str) -> list[object]:
    """A revision's body: JSON text before schema 0007, zlib-compressed JSON since."""
    return json.loads(stored if isinstance(stored, str) else zlib.decompress(stored))


def _raw_newsroom(path: Path) -> dict[str, object]:
    """What an old newsroom file holds, read with sqlite3 alone (no Desk code involved)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as old:
        texts = [
            (*row[:-1], _blocks(row[-1]))
            for row in old.execute(
                "SELECT s.id, r.headline, r.byline, r.dateline, r.body FROM stories s "
                "JOIN revisions r ON r.story_id = s.id AND r.number = s.revision ORDER BY s.id"
            )
        ]
        return {
            "version": old.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "texts": texts,
            "states": old.execute("SELECT id, state FROM stories ORDER BY id").fetchall(),
            "revisions": old.execute("SELECT count(*) FROM revisions").fetchone()[0],
            "events": old.execute("SELECT story_id, action FROM history ORDER BY id").fetchall(),
            "notes": old.execute("SELECT story_id, text FROM comments ORDER BY id").fetchall(),
        }


RELEASED = sorted(FIXTURES.glob("schema-*.sqlite"))


def test_every_released_schema_has_its_fixture() -> None:
    have = {path.stem.removeprefix("schema-") for path in RELEASED}
    assert have >= set(migrate.REVISIONS) - {migrate.HEAD}


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda path: path.stem)
def test_every_released_schema_upgrades_and_loses_nothing(tmp_path: Path, fixture: Path) -> None:
    copy = tmp_path / "newsroom.sqlite"
    shutil.copy(fixture, copy)
    before = _raw_newsroom(copy)
    store = open_store(f"sqlite:///{copy}")
    uow = UnitOfWork(store)
    version = before["version"]
    if version != migrate.HEAD:
        # The copy written before the upgrade is the old file, whole.
        [backup] = (tmp_path / "backups").glob(f"newsroom-schema-{version}-*.sqlite")
        assert _raw_newsroom(backup) == before
    after = _raw_newsroom(copy)
    assert after["version"] == migrate.HEAD
    for key in ("texts", "states", "revisions", "events", "notes"):
        assert after[key] == before[key], key
    for story_id, headline, *_ in before["texts"]:  # type: ignore[attr-defined]
        assert queries.get_story(uow, story_id).headline == headline
    assert maintenance.check(uow).problems == ()
    store.close()


def test_a_server_that_refuses_the_password_is_explained() -> None:
    class Refusal(Exception):
        sqlstate = "28P01"

    error = OperationalError(
        "connect", {}, Refusal('FATAL:  password authentication failed for user "desk"')
    )
    said = explain(error, parse_url("postgresql://desk@news.example:5432/newsroom"), opening=True)
    assert said == (
        "The server at news.example did not let desk in (FATAL:  password authentication failed "
        'for user "desk"). Put the role\'s password in ~/.pgpass (one line: '
        "HOST:PORT:DATABASE:ROLE:PASSWORD) or in the address, and check the role's name."
    )
