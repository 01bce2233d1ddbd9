"""The benchmark newsroom (bench/newsroom_data.py) is one Desk itself would accept: `desk check`
passes, the story rows agree with their revisions, and it has what the figures need."""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from desk.domain.body import Body, count_words
from desk.domain.story import Language, Role, State
from desk.services import maintenance, queries
from desk.storage import migrate
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import newsroom_data  # noqa: E402  (bench/ is not a package)
import newsroom_story  # noqa: E402

N = 60


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return newsroom_data.newsroom(N, tmp_path_factory.mktemp("bench"))


@pytest.fixture
def room(built: Path):
    store = open_store(f"sqlite:///{built}", create=False)
    yield UnitOfWork(store)
    store.close()


def test_it_is_built_once_under_a_name_with_its_size_and_schema(built: Path) -> None:
    assert built.name == f"newsroom-{N}-schema{migrate.HEAD}.sqlite"
    assert [p.name for p in built.parent.iterdir()] == [built.name]  # nothing half-built left
    stamp = built.stat().st_mtime_ns
    assert newsroom_data.newsroom(N, built.parent) == built
    assert built.stat().st_mtime_ns == stamp


def test_desk_check_passes(room: UnitOfWork) -> None:
    report = maintenance.check(room)
    assert report.problems == ()


def test_every_state_desk_language_and_role_is_there(built: Path) -> None:
    with sqlite3.connect(built) as db:
        states = {s for (s,) in db.execute("SELECT state FROM stories")}
        desks = {d for (d,) in db.execute("SELECT DISTINCT desks.name FROM stories JOIN desks "
                                          "ON desks.id = stories.desk_id")}  # fmt: skip
        languages = {lang for (lang,) in db.execute("SELECT language FROM stories")}
        roles = {r for (r,) in db.execute("SELECT role FROM users")}
        kinds = Counter(k for (k,) in db.execute("SELECT kind FROM revisions"))
        stories = db.execute("SELECT count(*) FROM stories").fetchone()[0]
        notes = db.execute("SELECT count(*) FROM comments").fetchone()[0]
    assert stories == N
    assert states == {s.value for s in State}
    assert desks == set(newsroom_story.DESKS)
    assert languages == {lang.value for lang in Language}
    assert roles == {r.value for r in Role}
    assert {"created", "save", "autosave", "conflict"} <= set(kinds)
    assert 4 <= kinds.total() / N <= 6  # about five revisions a story (one has fifty)
    assert notes > N // 2


def test_story_rows_agree_with_their_current_revision(room: UnitOfWork, built: Path) -> None:
    with sqlite3.connect(built) as db:
        ids = [i for (i,) in db.execute("SELECT id FROM stories ORDER BY id")]
    for story_id in ids:
        story = queries.get_story(room, story_id)
        revisions = queries.story_revisions(room, story_id)
        assert [r.number for r in revisions] == list(range(1, story.last_revision + 1))
        current = next(r for r in revisions if r.number == story.revision)
        assert current.text == story.text
        assert not current.is_conflict
        with sqlite3.connect(built) as db:
            body_text, words = db.execute(
                "SELECT body_text, word_count FROM stories WHERE id = ?", (story_id,)
            ).fetchone()
        assert body_text == Body.from_data(current.text.body.to_data()).text
        assert words == count_words(body_text)
        assert 300 <= words <= 3000


def test_a_story_has_fifty_revisions_and_some_have_conflict_copies(room: UnitOfWork) -> None:
    special = newsroom_story.special_stories(N)
    many = [index + 1 for index, kind in special.items() if kind == "many"]
    assert many
    assert len(queries.story_revisions(room, many[0])) == 50
    conflicts = [index + 1 for index, kind in special.items() if kind == "conflict"]
    copies = [r for r in queries.story_revisions(room, conflicts[0]) if r.is_conflict]
    assert len(copies) == 1
    history = queries.story_history(room, conflicts[0])
    assert [e.action for e in history].count("takeover") == 1


def test_the_same_newsroom_is_built_on_every_run(built: Path, tmp_path: Path) -> None:
    again = newsroom_data.newsroom(N, tmp_path)
    query = "SELECT id, headline, body_text, state, updated_at FROM stories ORDER BY id"
    with sqlite3.connect(built) as first, sqlite3.connect(again) as second:
        assert first.execute(query).fetchall() == second.execute(query).fetchall()
