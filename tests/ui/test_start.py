"""Starting Desk: the first run, the sample newsroom, signing in, and the layout remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from desk import paths
from desk.domain.queues import QueueId
from desk.errors import DeskError
from desk.services import newsroom, queries, session
from desk.ui import app
from desk.ui.main_window import MainWindow
from desk.ui.start_dialogs import EMPTY, SAMPLE, FirstRunDialog, SignInDialog
from desk.ui.window_menus import BOARD
from tests.ui.conftest import _user


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def test_as_someone_without_a_password_goes_straight_in(newsroom_uow, settings, qtbot):
    assert app.sign_in(newsroom_uow, "ana", settings).name == "ana"
    with pytest.raises(DeskError, match="no one called nobody"):
        app.sign_in(newsroom_uow, "nobody", settings)


def test_a_one_person_newsroom_asks_nothing(tmp_path, settings, qtbot):
    handle = session.start_empty(f"sqlite:///{tmp_path / 'solo.sqlite'}", "mira")
    try:
        assert app.sign_in(handle, None, settings).name == "mira"
    finally:
        session.close_newsroom(handle)


def test_the_sign_in_dialog_asks_a_password_only_where_one_is_set(newsroom_uow, qtbot):
    newsroom.set_password(newsroom_uow, "vesna", "milica", "kafa i rakija")
    users = newsroom.list_users(newsroom_uow)
    dialog = SignInDialog(users, lambda n, p: app._check(newsroom_uow, n, p), last="ana")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.people.currentData() == "ana"
    assert not dialog.password.isVisible()
    assert dialog.people.itemText(0).endswith("chief editor")  # the chief heads the list
    dialog.people.setCurrentIndex(dialog.people.findData("milica"))
    assert dialog.password.isVisible()
    dialog.password.setText("wrong")
    dialog._try()
    assert dialog.problem.text() == "Wrong password for milica."
    assert dialog.user is None
    dialog.password.setText("kafa i rakija")
    dialog._try()
    assert dialog.user is not None and dialog.user.name == "milica"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_first_run_offers_an_empty_or_the_sample_newsroom(settings, monkeypatch, qtbot):
    monkeypatch.setenv("DESK_USER", "mira")

    def choose(choice: str):
        def exec_(dialog: FirstRunDialog) -> int:
            dialog.choice = choice
            return QDialog.DialogCode.Accepted

        return exec_

    monkeypatch.setattr(FirstRunDialog, "exec", choose(EMPTY))
    url, create = app.choose_newsroom(None, False, settings)
    assert (url, create) == (paths.database_url(), True)
    monkeypatch.setattr(FirstRunDialog, "exec", choose(SAMPLE))
    url, create = app.choose_newsroom(None, False, settings)
    assert url.endswith("sample.sqlite") and not create
    handle = session.open_newsroom(url)
    try:
        assert sum(queries.count_by_state(handle).values()) == 108
        assert app.sign_in(handle, "mira", settings).role.value == "chief"
    finally:
        session.close_newsroom(handle)


def test_the_last_newsroom_opens_next_time(settings, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    settings.setValue(app.LAST_NEWSROOM, f"sqlite:///{tmp_path / 'gone.sqlite'}")
    assert app.choose_newsroom(None, False, settings) is None  # asked again: the file is gone
    assert not settings.contains(app.LAST_NEWSROOM)
    session.close_newsroom(session.start_empty(f"sqlite:///{tmp_path / 'last.sqlite'}", "mira"))
    settings.setValue(app.LAST_NEWSROOM, f"sqlite:///{tmp_path / 'last.sqlite'}")
    assert app.choose_newsroom(None, False, settings) == (
        f"sqlite:///{tmp_path / 'last.sqlite'}",
        False,
    )
    given = f"sqlite:///{tmp_path / 'given.sqlite'}"
    assert app.choose_newsroom(given, False, settings) == (given, False)


def test_demo_copies_are_throwaway(settings, monkeypatch, qtbot):
    monkeypatch.setenv("DESK_USER", "mira")
    first, _ = app.choose_newsroom(None, True, settings)
    second, _ = app.choose_newsroom(None, True, settings)
    assert first != second  # each --demo starts from the sample as it was built
    assert not settings.contains(app.LAST_NEWSROOM)


def test_the_window_remembers_its_layout(newsroom_uow, settings, qtbot):
    window = MainWindow(newsroom_uow, _user(newsroom_uow, "milica"), settings)
    qtbot.addWidget(window)
    window.notifier.stop()
    window.select_queue(QueueId.APPROVED)
    window.tabs.setCurrentIndex(BOARD)
    window.list_view.setColumnWidth(0, 222)
    window.save_state()
    again = MainWindow(newsroom_uow, _user(newsroom_uow, "milica"), settings)
    qtbot.addWidget(again)
    again.notifier.stop()
    assert again.current_queue().id is QueueId.APPROVED
    assert again.tabs.currentIndex() == BOARD
    assert again.list_view.columnWidth(0) == 222
