"""A full disk, for real: a newsroom on a small tmpfs filled to the last byte. A save says so in
one line and keeps every earlier word; an export or a backup leaves no half-written file and
never clobbers the file it would have replaced."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage import diskspace
from tests.storage.diskspace import SmallDisk, contents, make_newsroom, refusal, run_desk

LONG = "Every word counts. " * 6000  # about 110 KB: more than the space left below


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with diskspace.small_disk(tmp_path / "disk", "1m") as mounted:
        yield mounted


@pytest.fixture
def room(disk: SmallDisk) -> Path:
    file = disk.path / "newsroom.sqlite"
    make_newsroom(file)
    return file


def full_disk(folder: Path) -> str:
    return (
        f"The disk holding the newsroom is full ({folder}): nothing was saved. "
        "Free some space and try again."
    )


def test_a_save_on_a_full_disk_says_so_and_keeps_every_earlier_word(
    disk: SmallDisk, room: Path, tmp_path: Path
) -> None:
    body = tmp_path / "long.txt"
    body.write_text(LONG, encoding="utf-8")
    saves = {
        "edit": ["edit", "2", "--body-file", str(body)],
        "new": ["new", "--headline", "Too long", "--body-file", str(body)],
        "comment": ["comment", "2", LONG[:19_000]],  # notes stop at 20,000 characters
    }
    before = contents(room)
    disk.fill()  # not even room to open the newsroom: SQLite cannot make its -shm file
    refused = {"no room at all": run_desk(*saves["edit"], db=room)}
    disk.free()
    disk.fill(leave=40 * 1024)  # room to open it and read, not for the save itself
    refused |= {name: run_desk(*arguments, db=room) for name, arguments in saves.items()}

    for name, done in refused.items():
        assert refusal(done) == full_disk(disk.path), name
        assert done.stdout == "", name
    disk.free()
    check = run_desk("check", db=room)
    assert (check.returncode, check.stdout.strip(), check.stderr) == (0, "No problems found.", "")
    assert contents(room) == before  # every story, revision and note; no trace of the failed saves
    left = sorted(p.name for p in disk.path.iterdir() if not p.name.startswith("newsroom.sqlite-"))
    assert left == ["backups", "newsroom.sqlite"]  # nothing half-written beside it


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A newsroom on the ordinary disk, to write exports and backups onto the small one."""
    file = tmp_path / "newsroom.sqlite"
    make_newsroom(file)
    return file


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        (["export", "1", "--format", "docx", "-o"], "story.docx"),
        (["backup"], "copy.sqlite"),
    ],
    ids=["export", "backup"],
)
def test_an_export_or_backup_to_a_full_disk_leaves_the_old_file_and_nothing_else(
    disk: SmallDisk, elsewhere: Path, arguments: list[str], name: str
) -> None:
    target = disk.path / name
    target.write_bytes(b"the file that was there before")
    disk.fill()

    done = run_desk(*arguments, str(target), db=elsewhere)

    assert refusal(done) == (
        f"The disk holding {disk.path} is full: {name} was not written. "
        "Free some space and try again."
    )
    assert target.read_bytes() == b"the file that was there before"
    assert sorted(p.name for p in disk.path.iterdir()) == [diskspace.FILLER, name]  # no temp file


# --- The window -----------------------------------------------------------------------------------

AUTOSAVE = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from desk.services import newsroom, queries, session
from desk.ui import app
from desk.ui.main_window import MainWindow
from tests.storage.diskspace import SmallDisk

url, disk, typed = sys.argv[1], SmallDisk(Path(sys.argv[2]), ""), Path(sys.argv[3]).read_text()
qt = app.application()
handle = session.open_newsroom(url)
vesna = next(u for u in newsroom.list_users(handle) if u.name == "vesna")
window = MainWindow(handle, vesna, QSettings(sys.argv[4], QSettings.Format.IniFormat))
window.notifier.stop()
window.show()
pane, editor = window.pane, window.pane.editor
assert pane.show_story(2)
disk.fill()
editor.moveCursor(editor.textCursor().MoveOperation.End)
editor.insertPlainText(typed)  # as if typed: the autosave takes it
print("saved:", pane.autosave())
print("banner:", pane.banner.text())
print("in the editor:", editor.toPlainText().endswith(typed))
disk.free()
editor.insertPlainText(" One more.")
print("saved:", pane.autosave())
print("stored:", queries.get_story(handle, 2).body.text.endswith(typed + " One more."))
window.close()
session.close_newsroom(handle)
"""


def test_the_windows_autosave_on_a_full_disk_keeps_the_text_and_saves_it_later(
    disk: SmallDisk, room: Path, tmp_path: Path
) -> None:
    typed = tmp_path / "typed.txt"
    typed.write_text(" " + LONG.strip(), encoding="utf-8")
    env = {**os.environ, "DESK_DATA_DIR": str(disk.path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", AUTOSAVE, f"sqlite:///{room}", str(disk.path), str(typed),
         str(tmp_path / "window.ini")],
        capture_output=True, text=True, env=env, timeout=120, check=False,
        cwd=Path(__file__).parents[2], stdin=subprocess.DEVNULL,
    )  # fmt: skip

    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "saved: False",
        f"banner: Not saved: {full_disk(disk.path)} It could not be kept in a file either: "
        "it stays here on screen, and Desk tries again as you go on.",  # the same full disk
        "in the editor: True",
        "saved: True",
        "stored: True",
    ]
