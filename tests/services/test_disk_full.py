"""Writes that run out of space half way, on a real small disk: the file that was there stays
whole, nothing half-written is left beside it, and a save refused for space is taken whole once
there is room again (the window's autosave calls the same service)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desk import fileio
from desk.domain.body import Body
from desk.domain.story import StoryText
from desk.errors import StoreError, WriteFailed
from desk.services import backups, exports, maintenance, newsroom, queries, stories
from desk.storage import sqlite
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork
from tests.storage import diskspace
from tests.storage.diskspace import SmallDisk

LONG = "Every word counts. " * 6000  # about 110 KB
OLD = b"the file that was there before"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with diskspace.small_disk(tmp_path / "disk", "1m") as mounted:
        yield mounted


@pytest.fixture
def room(tmp_path: Path) -> Iterator[UnitOfWork]:
    """A newsroom on the ordinary disk with one long story, to write out to the small one."""
    handle = UnitOfWork(open_store(f"sqlite:///{tmp_path / 'newsroom.sqlite'}"))
    newsroom.start_newsroom(handle, "vesna")
    text = StoryText("Long", "", "By Vesna", "", Body.from_paragraphs([LONG]))
    stories.create_story(handle, "vesna", text, slug="long")
    yield handle
    handle.store.close()


WRITERS: dict[str, Callable[[UnitOfWork, Path], object]] = {
    "file": lambda _room, target: fileio.write_file(target, LONG.encode()),
    "export": lambda room, target: exports.export_stories(room, [1], "txt", target),
    "backup": lambda room, target: maintenance.backup(room, target),
    "copy-before-upgrade": lambda room, target: sqlite.backup_file(room.store.file, target),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_write_that_runs_out_of_space_half_way_leaves_the_old_file_whole(
    disk: SmallDisk, room: UnitOfWork, writer: str
) -> None:
    target = disk.path / "out.file"
    target.write_bytes(OLD)
    disk.fill(leave=16 * 1024)  # room for the start of the new file, not for all of it

    with pytest.raises((WriteFailed, OSError)) as failed:
        WRITERS[writer](room, target)

    if isinstance(failed.value, OSError):  # the storage layer's own copy says it plainly too
        assert failed.value.errno == errno.ENOSPC
        message = fileio.describe(failed.value, target)
    else:
        message = str(failed.value)
    assert message == (
        f"The disk holding {disk.path} is full: out.file was not written. "
        "Free some space and try again."
    )
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in disk.path.iterdir()) == [diskspace.FILLER, "out.file"]
    disk.free()
    WRITERS[writer](room, target)  # with room again it is written, whole
    assert len(target.read_bytes()) > 100_000


@pytest.fixture
def on_disk(disk: SmallDisk) -> Iterator[UnitOfWork]:
    """A newsroom on the small disk, open as the window holds it, with one draft."""
    handle = UnitOfWork(open_store(f"sqlite:///{disk.path / 'newsroom.sqlite'}"))
    newsroom.start_newsroom(handle, "vesna")
    text = StoryText("Draft", "", "By Vesna", "", Body.from_paragraphs(["The first line."]))
    stories.create_story(handle, "vesna", text)
    yield handle
    handle.store.close()


def test_an_autosave_on_a_full_disk_is_refused_whole_and_taken_whole_later(
    disk: SmallDisk, on_disk: UnitOfWork
) -> None:
    story = queries.get_story(on_disk, 1)
    typed = Body.from_paragraphs(["The first line.", LONG])
    changes = stories.Changes(body=typed)
    disk.fill(leave=64 * 1024)

    with pytest.raises(StoreError) as refused:
        stories.edit_story(
            on_disk, "vesna", 1, changes, base_revision=story.revision, autosave=True
        )

    assert str(refused.value) == (
        f"The disk holding the newsroom is full ({disk.path}): nothing was saved. "
        "Free some space and try again."
    )
    assert queries.get_story(on_disk, 1) == story  # not a word of the half-done save
    assert maintenance.check(on_disk).ok
    disk.free()
    saved = stories.edit_story(
        on_disk, "vesna", 1, changes, base_revision=story.revision, autosave=True
    )
    assert not saved.conflict
    assert queries.get_story(on_disk, 1).body == typed  # every word


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "The disk holding {folder} is full: story.docx was not written. "
                       "Free some space and try again."),
        (errno.EDQUOT, "Your disk quota for {folder} is used up: story.docx was not written. "
                       "Free some space and try again."),
        (errno.EROFS, "The disk holding {folder} is read-only: story.docx was not written."),
        (errno.EACCES, "The folder {folder} cannot be written to: story.docx was not written."),
        (errno.EPERM, "The folder {folder} cannot be written to: story.docx was not written."),
        (errno.EIO, "The disk holding {folder} failed while writing story.docx: it was not "
                    "written."),
        (errno.EISDIR, "Cannot write {folder}/story.docx: Is a directory."),
    ],
    ids=["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO", "other"],
)  # fmt: skip
def test_why_a_file_was_not_written_in_one_sentence(
    tmp_path: Path, code: int, message: str
) -> None:
    error = OSError(code, os.strerror(code), str(tmp_path / "story.docx"))
    assert fileio.describe(error, tmp_path / "story.docx") == message.format(folder=tmp_path)


def test_a_file_is_replaced_with_its_permissions_and_a_new_one_gets_the_usual_ones(
    tmp_path: Path,
) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_bytes(OLD)
    kept.chmod(0o640)
    fileio.write_file(kept, b"new")
    new = tmp_path / "new.txt"
    fileio.write_file(new, b"new")
    umask = os.umask(0)
    os.umask(umask)
    assert (kept.stat().st_mode & 0o777, new.stat().st_mode & 0o777) == (0o640, 0o666 & ~umask)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt", "new.txt"]


def test_a_restore_onto_a_full_disk_changes_nothing(disk: SmallDisk, tmp_path: Path) -> None:
    database = disk.path / "newsroom.sqlite"
    diskspace.make_newsroom(database)
    saved = tmp_path / "saved" / "newsroom.sqlite"
    saved.parent.mkdir()
    diskspace.make_newsroom(saved)
    before = database.read_bytes()
    disk.fill()

    with backups.inspected(saved, database) as candidate, pytest.raises(StoreError) as refused:
        backups.restore(candidate, database, datetime.now().astimezone())

    assert str(refused.value) == (
        f"The disk holding {disk.path} is full: newsroom.sqlite was not written. Free some "
        "space and try again. Nothing was changed."
    )
    assert database.read_bytes() == before
    assert sorted(p.name for p in disk.path.iterdir()) == [
        diskspace.FILLER, "backups", "newsroom.sqlite"
    ]  # fmt: skip
