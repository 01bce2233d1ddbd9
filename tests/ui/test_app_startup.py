"""The window's start-up: on the screen before its newsroom is open, the story list first, the
rest once the list is up, and DESK_QUIT_WHEN for timing all that from outside."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desk import cli
from desk.domain.queues import QueueId
from desk.main import window_options
from desk.ui import main_window
from desk.ui.main_window import MainWindow
from desk.ui.queue_model import CountRole
from desk.ui.story_list_model import SLUG
from tests.ui.conftest import _user, write_story

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def slugs(window: MainWindow) -> list[str]:
    model = window.list_model
    return [model.index(row, SLUG).data() for row in range(model.rowCount())]


def opening(window: MainWindow, qtbot) -> None:
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstFrame, timeout=5000):
        window.show()


def test_the_window_says_the_newsroom_is_opening_then_shows_the_list_first(
    newsroom_uow, settings, qtbot
):
    for headline in ("Floods in the north", "Bridge reopens"):
        write_story(newsroom_uow, "ana", headline, "Text.")
    window = MainWindow(None, None, settings)
    opening(window, qtbot)
    assert window.opening_line.isVisible()
    assert window.opening_line.text() == "Opening the newsroom…"
    assert window.windowTitle() == "Desk"

    with qtbot.waitSignal(window.filled, timeout=5000):
        window.open(newsroom_uow, _user(newsroom_uow, "ana"))
        assert not window.opening_line.isVisible()
        assert window.windowTitle() == "Desk — ana (correspondent)"
        assert window.current_queue().id is QueueId.MY_DRAFTS
        assert slugs(window) == ["bridge-reopens", "floods-in-the-north"]
        assert window.status_count.text() == "2 stories"
        # Until the list is on the screen, the story's place holds nothing, not a wrong story.
        assert not window.completed
        assert window.format_toolbar.actions()[0].text() == "Format"
        assert not window.format_toolbar.actions()[0].isEnabled()
    qtbot.waitUntil(lambda: window.pane.story_id is not None, timeout=5000)
    assert window.completed
    assert window.pane.story.headline == "Bridge reopens"  # the first story of the list
    assert window.side.widget(0) is window.notes
    assert "Bold" in [a.text() for a in window.format_toolbar.actions()]
    story_menu = [a.text() for a in window.story_menu.actions()]
    assert story_menu[0] == "File" and story_menu[-1] == "Add &Note"
    drafts = window.queues.row_of(QueueId.MY_DRAFTS)
    qtbot.waitUntil(lambda: window.queues.index(drafts).data(CountRole) == 2, timeout=5000)


def test_a_part_asked_for_before_the_list_is_up_is_made_at_once(newsroom_uow, settings, qtbot):
    write_story(newsroom_uow, "ana", "Early", "Text.")
    window = MainWindow(None, None, settings)
    opening(window, qtbot)
    window.open(newsroom_uow, _user(newsroom_uow, "ana"))
    assert not window.completed
    assert window.pane.show_story(1)  # a click on the list, say, as it appears
    assert window.completed
    assert window.pane.story.headline == "Early"
    qtbot.waitUntil(window.notes.isVisible, timeout=5000)  # (Qt shows new widgets next turn)
    assert window.notes.story_id == 1


def test_the_rest_of_the_window_comes_even_if_the_list_is_never_drawn(
    newsroom_uow, settings, qtbot, monkeypatch
):
    monkeypatch.setattr(main_window, "SETTLE_AT_LATEST_MS", 100)
    write_story(newsroom_uow, "ana", "Unseen", "Text.")
    window = MainWindow(None, None, settings)
    opening(window, qtbot)
    window.open(newsroom_uow, _user(newsroom_uow, "ana"))
    window.list_view.hide()  # as for a list the system does not draw
    filled = []
    window.filled.connect(lambda: filled.append(True))
    qtbot.waitUntil(lambda: window.completed, timeout=5000)
    assert not filled
    assert window.notes.isVisibleTo(window)
    drafts = window.queues.row_of(QueueId.MY_DRAFTS)
    qtbot.waitUntil(lambda: window.queues.index(drafts).data(CountRole) == 1, timeout=5000)


def test_closing_the_window_while_the_newsroom_opens_keeps_nothing(settings, qtbot):
    window = MainWindow(None, None, settings)
    opening(window, qtbot)
    window.close()
    assert not window.isVisible()
    assert not settings.contains("window/geometry")


def run_desk(url: str, who: str, moment: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_QUIT_WHEN": moment}
    return subprocess.run(
        [sys.executable, "-m", "desk", "--db", url, "--as", who],
        capture_output=True, text=True, env=env, timeout=120, check=False, cwd=ROOT,
    )  # fmt: skip


def said(done: subprocess.CompletedProcess[str]) -> list[str]:
    """Desk's own lines on stderr (Qt's offscreen platform has things to say as well)."""
    return [line for line in done.stderr.splitlines() if line.startswith("desk: ")]


def test_desk_quit_when_closes_the_window_at_its_first_frame_or_with_its_list_filled(
    newsroom_uow, tmp_path
):
    for headline in ("One", "Two", "Three"):
        write_story(newsroom_uow, "ana", headline, "Text.")
    url = f"sqlite:///{newsroom_uow.store.file}"

    first = run_desk(url, "ana", "first-frame")
    assert first.returncode == 0, first.stderr
    assert said(first) == ["desk: first-frame"]

    filled = run_desk(url, "ana", "list-filled")
    assert filled.returncode == 0, filled.stderr
    assert said(filled) == ["desk: list-filled: 3 of 3 stories listed"]
    layout = QSettings(str(tmp_path / "data" / "desk.ini"), QSettings.Format.IniFormat)
    assert layout.value("window/queue") == "my-drafts"  # closed as a person closes it
    assert layout.value("newsroom/user") == "ana"

    wrong = run_desk(url, "ana", "sometime")
    assert wrong.returncode == 1
    assert said(wrong) == [
        "desk: error: DESK_QUIT_WHEN is first-frame or list-filled, not 'sometime'."
    ]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--db", "sqlite:///x.sqlite"],
        ["--db=sqlite:///x.sqlite", "--as", "ana"],
        ["--as=ana", "--demo", "--db", "postgresql://news/desk"],
        ["--as", "ana", "--as", "marko"],
        ["--db="],
    ],
)
def test_the_windows_own_options_are_read_as_the_parser_reads_them(argv):
    args = cli.parse(argv)
    assert args.command is None
    assert window_options(argv) == {
        "db": getattr(args, "db", None),
        "user": getattr(args, "user", None),
        "demo": args.demo,
    }


@pytest.mark.parametrize(
    "argv", [["list"], ["--help"], ["--as"], ["--db", "--demo"], ["--dem"], ["--json"]]
)
def test_anything_else_is_left_to_the_parser(argv):
    assert window_options(argv) is None
