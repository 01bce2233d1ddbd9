"""A newsroom SQLite cannot write, and what the database's errors become: a newsroom on a disk
mounted read-only opens for reading and refuses changes in a sentence; whatever SQLite says
("attempt to write a readonly database", "unable to open database file", "database or disk is
full") reaches the person as something a journalist understands."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desk.domain.story import StoryFilter, StoryText
from desk.errors import StoreError
from desk.services import backups, maintenance, queries, stories
from desk.storage.store import explain, open_store, parse_url
from desk.storage.uow import UnitOfWork
from tests.storage import diskspace
from tests.storage.diskspace import SmallDisk, make_newsroom

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with diskspace.small_disk(tmp_path / "disk", "1m") as mounted:
        yield mounted


def test_a_newsroom_on_a_read_only_disk_is_read_and_never_written(disk: SmallDisk) -> None:
    file = disk.path / "newsroom.sqlite"
    make_newsroom(file)
    disk.read_only()
    before = file.read_bytes()

    uow = UnitOfWork(open_store(f"sqlite:///{file}", create=False))
    try:
        headlines = [s.headline for s in queries.list_stories(uow, StoryFilter())]
        assert sorted(headlines) == ["Story 1", "Story 2", "Story 3"]
        assert queries.get_story(uow, 2).body.text.endswith("Second 2.")
        why = f"the disk holding {disk.path} is read-only"
        assert uow.store.read_only == why
        assert maintenance.read_only(uow) == (
            f"The newsroom is read-only: {why}. You can read and export its stories, but not "
            "change them."
        )
        with pytest.raises(StoreError) as refused:
            stories.create_story(uow, diskspace.DESK_USER, StoryText("New"))
        assert str(refused.value) == f"The newsroom is read-only: {why}. Nothing was saved."
        assert backups.daily_backup(uow) == backups.Rotation(None)  # not a warning: no change
        assert maintenance.check(uow).ok
    finally:
        uow.store.close()
    assert file.read_bytes() == before
    assert sorted(p.name for p in disk.path.iterdir()) == ["backups", "newsroom.sqlite"]


def test_a_newsroom_with_changes_waiting_beside_it_is_not_read_without_them(
    disk: SmallDisk, tmp_path: Path
) -> None:
    """Its -wal holds saves not yet in the file: read alone, the file would lack them."""
    live = tmp_path / "live.sqlite"
    make_newsroom(live)
    holder = sqlite3.connect(live, isolation_level=None)  # keeps the -wal from being folded in
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("UPDATE stories SET headline = 'Waiting' WHERE id = 1")
    shutil.copyfile(live, disk.path / "newsroom.sqlite")
    shutil.copyfile(live.with_name("live.sqlite-wal"), disk.path / "newsroom.sqlite-wal")
    holder.close()
    disk.read_only()

    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{disk.path / 'newsroom.sqlite'}", create=False)
    assert str(refused.value) == (
        f"Cannot open the newsroom at {disk.path / 'newsroom.sqlite'}: the disk holding "
        f"{disk.path} is read-only, and Desk must write to it or beside it to open it. "
        "Nothing was changed."
    )


def test_an_older_newsroom_on_a_read_only_disk_says_it_needs_an_upgrade(disk: SmallDisk) -> None:
    file = disk.path / "newsroom.sqlite"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite", file)
    disk.read_only()
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{file}", create=False)
    assert str(refused.value) == (
        f"The newsroom at {file} was saved by another version of Desk and must be brought up "
        f"to date before this one can open it, but the disk holding {disk.path} is read-only. "
        "Nothing was changed."
    )


def failure(message: str) -> OperationalError:
    return OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("database or disk is full", "The disk holding the newsroom is full ({folder}): nothing "
                                     "was saved. Free some space and try again."),
        ("disk I/O error", "The disk holding the newsroom ({folder}) could not be read or "
                           "written (disk I/O error): nothing was saved."),
        ("database is locked", "The newsroom is busy (another Desk is writing); try again in a "
                               "moment."),
        ("attempt to write a readonly database", "The newsroom is read-only: {url} refuses "
                                                 "changes. Nothing was saved."),
        ("unable to open database file", "Cannot open the newsroom at {url}."),
        ("no such table: stories", "The newsroom database failed: no such table: stories"),
    ],
    ids=["full", "io", "busy", "readonly", "cannot-open", "other"],
)  # fmt: skip
def test_what_sqlite_says_becomes_a_sentence(tmp_path: Path, said: str, meant: str) -> None:
    url = f"sqlite:///{tmp_path / 'newsroom.sqlite'}"  # an ordinary, writable folder
    assert explain(failure(said), parse_url(url)) == meant.format(folder=tmp_path, url=url)


def test_a_read_only_newsroom_is_named_by_what_is_read_only(disk: SmallDisk) -> None:
    file = disk.path / "newsroom.sqlite"
    file.write_bytes(b"")
    disk.read_only()
    url = parse_url(f"sqlite:///{file}")
    for said in ("attempt to write a readonly database", "unable to open database file"):
        assert explain(failure(said), url) == (
            f"The newsroom is read-only: the disk holding {disk.path} is read-only. "
            "Nothing was saved."
        )
