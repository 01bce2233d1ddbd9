"""A newsroom that cannot be written, for real: on a disk mounted read-only, in a folder or as a
file that the person running Desk may not write (root writes through permissions, so those run
as an unprivileged user). Its stories can still be read; a change is refused in one line that
says what is read-only; nothing is touched. The window opens on a read-only data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.storage import diskspace
from tests.storage.diskspace import make_newsroom, refusal, run_desk


@dataclass
class Place:
    """Where a newsroom sits that Desk cannot write, how to run Desk there, and why not."""

    file: Path
    why: str  # the phrase Desk should give
    env: dict[str, str] = field(default_factory=dict)
    nobody: bool = False  # run Desk as an unprivileged user
    show: bool = False  # `desk show` as well as `desk list` (once is enough: they read alike)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_desk(*args, db=self.file, env=self.env, nobody=self.nobody)


@pytest.fixture
def shared() -> Iterator[Path]:
    with diskspace.shared_folder() as folder:
        yield folder


def _on_read_only_disk(tmp_path: Path) -> Iterator[Place]:
    with diskspace.small_disk(tmp_path / "disk", "1m") as disk:
        make_newsroom(disk.path / "newsroom.sqlite")
        disk.read_only()
        why = f"the disk holding {disk.path} is read-only"
        yield Place(disk.path / "newsroom.sqlite", why, show=True)


def _unprivileged(shared: Path, *, folder_writable: bool) -> Place:
    """A newsroom in `shared`/room run as nobody: root keeps the folder or the file."""
    room, data = shared / "room", shared / "data"
    room.mkdir()
    data.mkdir()
    file = room / "newsroom.sqlite"
    make_newsroom(file)
    if folder_writable:
        diskspace.owned_by_nobody(room)
        file.chmod(0o444)  # and, for a user who is not root, the file is read-only to them too
        why = f"the file {file} cannot be written to"
    else:
        diskspace.owned_by_nobody(file)
        room.chmod(0o555)
        why = f"the folder {room} cannot be written to"
    diskspace.owned_by_nobody(data)
    return Place(file, why, env={"DESK_DATA_DIR": str(data)}, nobody=True)


@pytest.fixture(params=["disk", "folder", "file"])
def place(request: pytest.FixtureRequest, tmp_path: Path, shared: Path) -> Iterator[Place]:
    if request.param == "disk":
        yield from _on_read_only_disk(tmp_path)
    else:
        yield _unprivileged(shared, folder_writable=request.param == "file")


def test_a_read_only_newsroom_can_be_read_but_not_changed(place: Place) -> None:
    before = place.file.read_bytes()

    if place.show:
        shown = place.run("show", "2", "--json")
        assert shown.returncode == 0, shown.stderr
        assert (json.loads(shown.stdout)["headline"], shown.stderr) == ("Story 2", "")
        assert "Second 2." in json.loads(shown.stdout)["body_text"]
    listed = place.run("list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert sorted(row["headline"] for row in json.loads(listed.stdout)) == [
        "Story 1",
        "Story 2",
        "Story 3",
    ]
    edited = place.run("edit", "2", "--headline", "Changed")

    assert refusal(edited) == f"The newsroom is read-only: {place.why}. Nothing was saved."
    assert place.file.read_bytes() == before


@pytest.fixture(params=["disk", "folder", "file"])
def closed(request: pytest.FixtureRequest, tmp_path: Path, shared: Path):
    """(a file Desk may not write, whether to run it as nobody, the sentence it should give)
    for an export: on a read-only disk, in a folder it may not write, over a read-only file."""
    if request.param == "disk":
        with diskspace.small_disk(tmp_path / "disk", "256k") as disk:
            disk.read_only()
            yield (
                disk.path / "story.txt",
                False,
                f"The disk holding {disk.path} is read-only: story.txt was not written.",
            )
        return
    out = shared / "out"
    out.mkdir()
    if request.param == "folder":
        out.chmod(0o555)
        yield (
            out / "story.txt",
            True,
            f"The folder {out} cannot be written to: story.txt was not written.",
        )
        return
    diskspace.owned_by_nobody(out)  # the folder is theirs, the file that is there is not
    (out / "story.txt").write_bytes(b"the file that was there before")
    (out / "story.txt").chmod(0o444)
    yield (
        out / "story.txt",
        True,
        f"The file {out / 'story.txt'} is read-only: it was left as it was.",
    )


def test_an_export_that_may_not_be_written_writes_nothing(
    closed: tuple[Path, bool, str], shared: Path
) -> None:
    target, nobody, message = closed
    before = {p.name: p.read_bytes() for p in target.parent.iterdir()}
    room = shared / "room"
    room.mkdir()
    make_newsroom(room / "newsroom.sqlite")
    diskspace.owned_by_nobody(room, room / "newsroom.sqlite")

    done = run_desk(
        "export", "1", "--format", "txt", "-o", str(target),
        db=room / "newsroom.sqlite", env={"DESK_DATA_DIR": str(room)}, nobody=nobody,
    )  # fmt: skip

    assert refusal(done) == message
    assert {p.name: p.read_bytes() for p in target.parent.iterdir()} == before


# --- The window -----------------------------------------------------------------------------------

WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow
from desk.ui import app

qt = app.application()

def look():
    shown = [w for w in qt.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not shown or not shown[0].is_open:  # (it is on screen before its newsroom is open)
        QTimer.singleShot(50, look)
        return
    print("STATUS", shown[0].statusBar().currentMessage(), flush=True)
    shown[0].close()

QTimer.singleShot(0, look)
sys.exit(app.run(db=sys.argv[1] or None, user="vesna"))
"""


def open_window(data: Path, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Desk's window on DESK_DATA_DIR=`data` (its newsroom there unless `db`), closed as soon as
    it is up; what its status bar said is printed."""
    env = {**os.environ, "DESK_DATA_DIR": str(data), "DESK_USER": "vesna"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", WINDOW, str(f"sqlite:///{db}") if db else ""],
        capture_output=True, text=True, env=env, timeout=120, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done


def said(done: subprocess.CompletedProcess[str]) -> list[str]:
    """Desk's own lines on stderr (Qt's offscreen platform has things to say as well)."""
    return [line for line in done.stderr.splitlines() if line.startswith("desk: ")]


def test_the_window_opens_a_newsroom_in_a_read_only_data_folder_for_reading(
    tmp_path: Path,
) -> None:
    with diskspace.small_disk(tmp_path / "data", "1m") as disk:
        make_newsroom(disk.path / "newsroom.sqlite")  # where Desk keeps it by default
        disk.read_only()
        before = (disk.path / "newsroom.sqlite").read_bytes()

        done = open_window(disk.path)

        notice = (
            f"The newsroom is read-only: the disk holding {disk.path} is read-only. You can "
            "read and export its stories, but not change them."
        )
        assert done.returncode == 0, done.stderr
        assert said(done) == [f"desk: warning: {notice}"]
        assert done.stdout == f"STATUS {notice}\n"
        assert (disk.path / "newsroom.sqlite").read_bytes() == before


def test_the_window_opens_when_only_its_data_folder_is_read_only(tmp_path: Path) -> None:
    newsroom = tmp_path / "newsroom.sqlite"
    make_newsroom(newsroom)
    with diskspace.small_disk(tmp_path / "data", "256k") as disk:
        disk.read_only()

        done = open_window(disk.path, newsroom)

        notice = (
            f"Desk cannot write in its data folder: the disk holding {disk.path} is read-only. "
            "Stories are saved as usual, but text the newsroom refuses can be kept only on screen."
        )
        assert done.returncode == 0, done.stderr
        assert said(done) == [f"desk: warning: {notice}"]
        assert done.stdout == f"STATUS {notice}\n"
        assert list(disk.path.iterdir()) == []  # no crash marker, no settings: nothing at all


def test_desk_init_on_a_read_only_disk_says_so(tmp_path: Path) -> None:
    with diskspace.small_disk(tmp_path / "disk", "1m") as disk:
        disk.read_only()
        data = disk.path / "Desk"
        env = {**os.environ, "DESK_DATA_DIR": str(data), "DESK_USER": "vesna"}
        env.pop("DESK_DATABASE_URL", None)
        done = subprocess.run(
            [sys.executable, "-m", "desk", "init"],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert done.stderr.strip() == (
            f"desk: error: Cannot create the newsroom. The disk holding {data} is read-only: "
            "newsroom.sqlite was not written."
        )
        assert not data.exists()
