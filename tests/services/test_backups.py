"""The daily backups (one a day, the newest N kept, never in anyone's way) and the restore
(a backup is checked before anything is touched, and the newsroom it replaces is kept)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desk.domain.story import StoryFilter, StoryText
from desk.errors import Invalid, StoreError
from desk.services import backups, maintenance, newsroom, queries
from desk.services.stories import create_story
from desk.storage import sqlite
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock

FIXTURES = Path(__file__).parent.parent / "fixtures"
NOW = datetime(2026, 11, 30, 12, 0).astimezone()


@pytest.fixture
def room(tmp_path: Path, clock: Clock) -> Iterator[UnitOfWork]:
    """A newsroom in a file (the daily backups are for those only), with one story."""
    handle = UnitOfWork(open_store(f"sqlite:///{tmp_path / 'newsroom.sqlite'}"), clock)
    newsroom.start_newsroom(handle, "vesna")
    create_story(handle, "vesna", StoryText("First"))
    yield handle
    handle.store.close()


def headlines(file: Path) -> list[str]:
    with sqlite3.connect(file) as db:
        return [h for (h,) in db.execute("SELECT headline FROM stories ORDER BY id")]


def daily_names(handle: UnitOfWork) -> list[str]:
    assert handle.store.file is not None
    return [p.name for p in backups.daily_copies(handle.store.file)]


# --- The daily set -------------------------------------------------------------------------------


def test_one_copy_a_day_and_only_the_newest_are_kept(
    room: UnitOfWork, clock: Clock, tmp_path: Path
) -> None:
    days = []
    for _ in range(5):
        turn = backups.back_up_today(room, keep=3)
        days.append(clock.now.astimezone().strftime("%Y-%m-%d"))
        assert turn.written == tmp_path / "backups" / "daily" / f"newsroom-{days[-1]}.sqlite"
        clock.advance(days=1)
    assert daily_names(room) == [f"newsroom-{d}.sqlite" for d in days[-3:]]
    assert turn.removed == (tmp_path / "backups" / "daily" / f"newsroom-{days[1]}.sqlite",)


def test_a_second_turn_the_same_day_does_nothing(room: UnitOfWork, clock: Clock) -> None:
    first = backups.back_up_today(room)
    assert first.written is not None
    before = first.written.read_bytes()
    create_story(room, "vesna", StoryText("Second"))
    clock.advance(hours=3)
    assert backups.back_up_today(room) == backups.Rotation(None)
    assert first.written.read_bytes() == before
    assert headlines(first.written) == ["First"]
    again = backups.back_up_today(room, again=True)  # `desk backup`: a fresh copy now
    assert again.written == first.written
    assert headlines(first.written) == ["First", "Second"]


def test_a_daily_copy_is_one_whole_file_while_the_newsroom_stays_in_use(room: UnitOfWork) -> None:
    written = backups.back_up_today(room).written
    assert written is not None
    assert not written.with_name(written.name + "-wal").exists()
    with sqlite3.connect(written) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    create_story(room, "vesna", StoryText("Still writing"))  # nothing was locked or closed
    assert [s.headline for s in queries.list_stories(room, StoryFilter())] == [
        "Still writing",
        "First",
    ]


def test_how_many_to_keep_comes_from_the_environment(
    room: UnitOfWork, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backups.KEEP_ENV, "2")
    for _ in range(4):
        backups.daily_backup(room)
        clock.advance(days=1)
    assert len(daily_names(room)) == 2
    monkeypatch.setenv(backups.KEEP_ENV, "0")  # automatic copies off
    assert backups.daily_backup(room) == backups.Rotation(None)
    assert len(daily_names(room)) == 2
    monkeypatch.setenv(backups.KEEP_ENV, "a week")
    turn = backups.daily_backup(room)
    assert turn.written is None
    assert turn.warning == (
        "No backup today: DESK_KEEP_BACKUPS must be a whole number of copies to keep, not 'a week'."
    )


def test_another_newsroom_in_the_same_folder_keeps_its_own_copies(
    room: UnitOfWork, clock: Clock, tmp_path: Path
) -> None:
    other = UnitOfWork(open_store(f"sqlite:///{tmp_path / 'newsroom-sport.sqlite'}"), clock)
    try:
        backups.back_up_today(other)
        for _ in range(3):
            backups.back_up_today(room, keep=1)
            clock.advance(days=1)
        assert len(daily_names(room)) == 1
        assert len(daily_names(other)) == 1
        assert daily_names(other)[0].startswith("newsroom-sport-2026-")
    finally:
        other.store.close()


def test_a_copy_left_half_written_by_a_crash_is_cleared_away(
    room: UnitOfWork, tmp_path: Path
) -> None:
    folder = tmp_path / "backups" / "daily"
    folder.mkdir(parents=True)
    stale = folder / ".newsroom-2026-11-01.sqlite.abc.tmp"
    fresh = folder / ".newsroom-2026-11-27.sqlite.def.tmp"  # another Desk may be writing it
    for path in (stale, fresh):
        path.write_bytes(b"half")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (two_days_ago, two_days_ago))
    backups.back_up_today(room)
    assert (stale.exists(), fresh.exists()) == (False, True)


def test_no_daily_copies_for_a_newsroom_in_memory(clock: Clock) -> None:
    handle = UnitOfWork(open_store("sqlite://"), clock)
    assert backups.daily_backup(handle) == backups.Rotation(None)
    handle.store.close()


def test_a_backup_that_cannot_be_written_is_a_warning_and_work_goes_on(
    room: UnitOfWork, tmp_path: Path
) -> None:
    (tmp_path / "backups").write_text("a file where the folder should be")
    turn = backups.daily_backup(room)
    assert turn.written is None
    assert turn.warning is not None
    assert turn.warning.startswith(
        f"No backup today: Cannot write the daily backup in {tmp_path / 'backups' / 'daily'}: "
    )
    create_story(room, "vesna", StoryText("Second"))
    assert len(queries.list_stories(room, StoryFilter())) == 2
    with pytest.raises(StoreError, match="Cannot write the daily backup"):
        backups.back_up_today(room)  # `desk backup` asked for it: there it is an error


def test_a_full_disk_is_a_warning_too(room: UnitOfWork, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(sqlite, "backup", full)
    turn = backups.daily_backup(room)
    assert turn.warning is not None and turn.warning.endswith(": No space left on device.")
    assert daily_names(room) == []


# --- Restore -------------------------------------------------------------------------------------


@pytest.fixture
def saved(room: UnitOfWork, tmp_path: Path) -> Path:
    """A backup of the newsroom with one story, after which a second story was written."""
    copy = maintenance.backup(room, tmp_path / "saved.sqlite")
    create_story(room, "vesna", StoryText("Second"))
    return copy


def restore(source: Path, database: Path) -> backups.Restored:
    with backups.inspected(source, database) as candidate:
        return backups.restore(candidate, database, NOW)


def test_a_restore_brings_the_backup_back_and_keeps_what_it_replaced(
    room: UnitOfWork, saved: Path, tmp_path: Path
) -> None:
    database = tmp_path / "newsroom.sqlite"
    room.store.close()  # the window or the command that had it open is gone
    done = restore(saved, database)
    assert done.previous == tmp_path / "backups" / "newsroom-before-restore-20261130-120000.sqlite"
    assert headlines(database) == ["First"]
    assert headlines(done.previous) == ["First", "Second"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("newsroom")) == [
        "newsroom.sqlite"  # no -wal or -shm of the old file left to be read into the new one
    ]
    reopened = UnitOfWork(open_store(f"sqlite:///{database}", create=False))
    assert [s.headline for s in queries.list_stories(reopened, StoryFilter())] == ["First"]
    assert maintenance.check(reopened).ok
    reopened.store.close()
    undone = restore(done.previous, database)  # the way back works the same way
    assert headlines(database) == ["First", "Second"]
    assert undone.previous is not None and undone.previous != done.previous


def test_a_restore_waits_for_no_one_it_refuses_while_another_desk_has_it_open(
    room: UnitOfWork, saved: Path, tmp_path: Path
) -> None:
    database = tmp_path / "newsroom.sqlite"
    assert (
        len(queries.list_stories(room, StoryFilter())) == 2
    )  # a connection is open, as in a running window
    before = database.read_bytes()
    with pytest.raises(StoreError, match=r"^Another Desk has the newsroom at .* open; close it"):
        restore(saved, database)
    assert database.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    assert len(queries.list_stories(room, StoryFilter())) == 2


def test_an_older_backup_is_restored_as_it_is_and_upgraded_when_opened(
    room: UnitOfWork, tmp_path: Path
) -> None:
    database = tmp_path / "newsroom.sqlite"
    room.store.close()
    with backups.inspected(FIXTURES / "schema-0001.sqlite", database) as candidate:
        assert (candidate.revision, candidate.older, candidate.stories) == ("0001", True, 2)
        backups.restore(candidate, database, NOW)
    assert database.read_bytes() == (FIXTURES / "schema-0001.sqlite").read_bytes()
    upgraded = UnitOfWork(open_store(f"sqlite:///{database}", create=False))
    assert queries.get_story(upgraded, 1).headline == "Grain talks resume in Moscow"
    upgraded.store.close()


def test_a_restore_onto_a_new_machine_needs_no_newsroom_there(saved: Path, tmp_path: Path) -> None:
    database = tmp_path / "elsewhere" / "newsroom.sqlite"
    database.parent.mkdir()
    database.with_name("newsroom.sqlite-wal").write_bytes(b"left from a deleted newsroom")
    done = restore(saved, database)
    assert done.previous is None
    assert headlines(database) == ["First"]
    assert not database.with_name("newsroom.sqlite-wal").exists()


def test_a_damaged_newsroom_is_kept_byte_for_byte_before_a_restore(
    saved: Path, room: UnitOfWork, tmp_path: Path
) -> None:
    database = tmp_path / "newsroom.sqlite"
    room.store.close()
    database.write_bytes(b"\x00garbage" * 100)
    done = restore(saved, database)
    assert done.previous is not None and done.previous.read_bytes() == b"\x00garbage" * 100
    assert headlines(database) == ["First"]


def not_desk(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")


def newer(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")


def unlocked_draft(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM edit_locks WHERE story_id = 1")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("spoil", "why"),
    [
        (lambda p: p.write_bytes(os.urandom(8192)), "it is not an SQLite database"),
        (truncated, "it is damaged"),
        (lambda p: (p.unlink(), not_desk(p)), "it is an SQLite database but not a Desk newsroom"),
        (lambda p: (p.unlink(), sqlite3.connect(p).close()), "not an SQLite database"),
        (newer, "it was saved by a newer Desk (schema 0099; this Desk knows up to"),
        (unlocked_draft, "its check failed: Story 1 is draft but nobody holds its edit lock"),
    ],
    ids=["random", "truncated", "not-desk", "empty-file", "newer", "rules"],
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    room: UnitOfWork, saved: Path, tmp_path: Path, spoil, why: str
) -> None:
    database = tmp_path / "newsroom.sqlite"
    room.store.close()
    spoil(saved)
    before = database.read_bytes()
    with pytest.raises(Invalid) as refused:
        restore(saved, database)
    message = str(refused.value)
    assert message.startswith("Cannot restore saved.sqlite: ")
    assert why in message
    assert message.endswith("nothing was changed.")
    assert "\n" not in message
    assert database.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newsroom.sqlite", "saved.sqlite"]


def test_what_cannot_be_restored_at_all(room: UnitOfWork, saved: Path, tmp_path: Path) -> None:
    database = tmp_path / "newsroom.sqlite"
    with pytest.raises(Invalid, match="There is no file"):
        restore(tmp_path / "missing.sqlite", database)
    with pytest.raises(Invalid, match="is a folder"):
        restore(tmp_path, database)
    with pytest.raises(Invalid, match="is the newsroom itself"):
        restore(database, database)
    with pytest.raises(StoreError, match="restored on the server"):
        backups.local_database("postgresql://desk@example.org/news")
    with pytest.raises(Invalid, match="in memory"):
        backups.local_database("sqlite://")
    shutil.copyfile(saved, tmp_path / "live.sqlite")
    (tmp_path / "live.sqlite-wal").write_bytes(b"frames")
    with pytest.raises(Invalid, match="is open in a Desk"):
        restore(tmp_path / "live.sqlite", database)
