"""Window fixtures: a newsroom on file with people and stories, prompts with scripted answers,
and a controller signed in as anyone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desk.domain.body import Body
from desk.domain.story import StoryText
from desk.formats.text import parse_text
from desk.services import newsroom, queries, stories
from desk.storage.store import Store, open_store
from desk.storage.uow import UnitOfWork
from desk.ui.controller import Controller
from desk.ui.prompts import Prompts
from tests.conftest import PEOPLE, Clock


class FakePrompts(Prompts):
    """Answers questions from a list, in order, and keeps every error shown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.answers: list[Any] = []
        self.errors: list[str] = []
        self.informed: list[str] = []
        self.asked: list[str] = []
        self.suggested: Path | None = None  # the name the last save dialog offered

    def _answer(self, title: str, default: Any) -> Any:
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else default

    def error(self, message: str) -> None:
        self.errors.append(message)

    def inform(self, title: str, message: str) -> None:
        self.informed.append(message)

    def confirm(self, title: str, question: str) -> bool:
        return self._answer(title, True)

    def text(
        self, title: str, label: str, *, required: bool = True, initial: str = ""
    ) -> str | None:
        return self._answer(title, None)

    def line(self, title: str, label: str, initial: str = "") -> str | None:
        return self._answer(title, None)

    def time(self, title: str, label: str, initial):  # -> datetime | None
        return self._answer(title, None)

    def choice(self, title: str, label: str, items: list[str], current: int = 0) -> str | None:
        """An answer may be the item itself or any item's start ("Web page")."""
        answer = self._answer(title, None)
        return next((i for i in items if answer and i.startswith(answer)), answer)

    def open_files(self, title: str, start: Path, filters: str) -> list[Path]:
        return self._answer(title, [])

    def save_file(
        self, title: str, suggested: Path, filters: list[str], chosen: str = ""
    ) -> tuple[Path, str] | None:
        """An answer is (path, filter), or a path: the first filter naming its extension."""
        self.suggested = suggested
        answer = self._answer(title, None)
        if answer is None or isinstance(answer, tuple):
            return answer
        path = Path(answer)
        return path, next((f for f in filters if f"*{path.suffix})" in f), filters[0])

    def folder(self, title: str, start: Path) -> Path | None:
        return self._answer(title, None)


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'newsroom.sqlite'}")
    yield opened
    opened.close()


@pytest.fixture
def newsroom_uow(file_store: Store, clock: Clock) -> UnitOfWork:
    """The staffed newsroom of tests/conftest.py, on a file."""
    uow = UnitOfWork(file_store, clock)
    newsroom.start_newsroom(uow, "vesna", "Vesna Kovač")
    for name, role in PEOPLE.items():
        if name != "vesna":
            newsroom.add_user(uow, "vesna", name, role)
    for desk in ("Politics", "Region", "World"):
        newsroom.add_desk(uow, "vesna", desk)
    return uow


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def signed_in(newsroom_uow: UnitOfWork, prompts: FakePrompts) -> Callable[[str], Controller]:
    """signed_in("ana") -> a controller acting as ana (all share the prompts)."""

    def make(name: str) -> Controller:
        return Controller(newsroom_uow, _user(newsroom_uow, name), prompts)

    return make


def _user(uow: UnitOfWork, name: str):  # -> User
    with uow.reading():
        return uow.users.get(name)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any text, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def body(text: str) -> Body:
    return parse_text(text)


def write_story(uow: UnitOfWork, author: str, headline: str, text: str, **details: Any) -> int:
    """A draft by `author` with a byline, ready to file."""
    story = stories.create_story(
        uow, author, StoryText(headline, "", f"By {author.title()}", "", body(text)), **details
    )
    return story.id


def state_of(uow: UnitOfWork, story_id: int) -> str:
    return queries.get_story(uow, story_id).state.value


def window_opener(qtbot, uow: UnitOfWork, prompts: FakePrompts, folder: Path, *,
                  autosave_seconds: float, beat_by_hand: bool = False):  # fmt: skip
    """opener("ana") -> the main window signed in as ana, shown (layout kept in `folder`).
    beat_by_hand: the lock's heartbeat waits for the test, which moves its own clock."""
    from PySide6.QtCore import QSettings

    from desk.ui.main_window import MainWindow

    windows = []

    def make(name: str) -> MainWindow:
        settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            uow, _user(uow, name), settings, prompts, autosave_seconds=autosave_seconds
        )
        window.notifier.stop()  # tests poll by hand, so nothing races them
        if beat_by_hand:
            window.pane.heartbeat_timer.stop()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    make.windows = windows  # type: ignore[attr-defined]
    return make


def stop_windows(opener) -> None:
    """No timer of a test's windows fires after the test."""
    for window in opener.windows:
        window.pane.autosave_timer.stop()
        window.pane.heartbeat_timer.stop()
