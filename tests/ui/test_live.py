"""Two windows on one shared newsroom (PostgreSQL), as on two desks in the same newsroom: what
one person does shows up in the other's window within a second, and the edit lock's heartbeat
never holds up the window while the server is slow to answer it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desk.domain.queues import QueueId
from desk.domain.workflow import Action
from desk.services import newsroom, notes, queries, stories
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork
from desk.ui.controller import Change
from desk.ui.main_window import MainWindow
from desk.ui.story_list_model import SLUG
from tests.conftest import PEOPLE, Clock
from tests.databases import _admin, private_schema
from tests.ui.conftest import FakePrompts, write_story

WITHIN_MS = 1000  # the promise: another window's change is on the screen within a second


@pytest.fixture
def shared_schema() -> Iterator[str]:
    with private_schema() as url:
        yield url


@pytest.fixture
def desk_at(qtbot, shared_schema: str, tmp_path: Path) -> Iterator[Callable[[str], MainWindow]]:
    """desk_at("ana") -> ana's window on the shared newsroom, in a Desk of its own (its own
    connections, its own listener), as if on another computer."""
    clock = Clock()
    first = open_store(shared_schema)
    staff = UnitOfWork(first, clock)
    newsroom.start_newsroom(staff, "vesna", "Vesna Kovač")
    for name, role in PEOPLE.items():
        if name != "vesna":
            newsroom.add_user(staff, "vesna", name, role)
    opened, stores = [], [first]

    def make(name: str) -> MainWindow:
        store = open_store(shared_schema)
        stores.append(store)
        handle = UnitOfWork(store, clock)
        with handle.reading():
            user = handle.users.get(name)
        settings = QSettings(
            str(tmp_path / f"{name}-{len(opened)}.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(handle, user, settings, FakePrompts(), autosave_seconds=3600)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        listener = window.notifier.listener
        assert listener is not None and listener.listening.wait(5), "not listening"
        return window

    make.staff = staff  # type: ignore[attr-defined]  (services acting outside any window)
    make.url = shared_schema  # type: ignore[attr-defined]
    yield make
    for window in opened:
        window.pane.heartbeat_timer.stop()
        window.close()
        assert window.notifier.listener is None
    for store in stores:
        store.close()


def shown_slugs(window: MainWindow) -> list[str]:
    model = window.list_model
    return [model.index(r, SLUG).data() for r in range(model.rowCount())]


def shown_notes(window: MainWindow) -> list[str]:
    model = window.notes.model
    return [model.comment(row).text for row in range(model.rowCount())]


def open_story(window: MainWindow, story_id: int) -> None:
    assert window.pane.show_story(story_id)
    window.notes.show_story(story_id)


def test_a_story_filed_in_one_window_reaches_the_editors_incoming_queue(qtbot, desk_at) -> None:
    story_id = write_story(desk_at.staff, "ana", "Bridge reopens", "Traffic flows again.")
    editor = desk_at("milica")
    server = make_url(desk_at.url)
    assert editor.windowTitle() == f"Desk — milica (editor) — {server.database} on {server.host}"
    editor.select_queue(QueueId.INCOMING)
    assert shown_slugs(editor) == []
    writer = desk_at("ana")
    open_story(writer, story_id)
    file = writer.workflow.actions[Action.FILE]
    assert file.isEnabled()

    file.trigger()
    assert queries.get_story(desk_at.staff, story_id).state.value == "filed"
    qtbot.waitUntil(lambda: shown_slugs(editor) == ["bridge-reopens"], timeout=WITHIN_MS)
    incoming = editor.queues.row_of(QueueId.INCOMING)
    qtbot.waitUntil(lambda: editor.queues.counts[incoming] == 1, timeout=WITHIN_MS)
    assert editor.bell.text() == "1"


def test_a_note_and_a_claim_reach_the_other_window(qtbot, desk_at) -> None:
    staff = desk_at.staff
    story_id = write_story(staff, "ana", "Harvest", "Wheat is in.")
    stories.act(staff, "ana", story_id, Action.FILE)
    writer, editor = desk_at("ana"), desk_at("milica")
    open_story(writer, story_id)
    open_story(editor, story_id)
    assert writer.pane.lock.text() == "Read-only"  # filed: waiting for an editor

    editor.notes.editor.setPlainText("Which fields, @ana?")
    editor.notes.add_note()
    qtbot.waitUntil(lambda: shown_notes(writer) == ["Which fields, @ana?"], timeout=WITHIN_MS)

    editor.workflow.actions[Action.CLAIM].trigger()
    assert editor.pane.lock.text() == "You are editing"
    qtbot.waitUntil(lambda: writer.pane.lock.text() == "Being edited by milica", timeout=WITHIN_MS)
    assert "In editing" in writer.pane.badge.text()


def test_a_note_edited_elsewhere_changes_in_the_window(qtbot, desk_at) -> None:
    """Editing a note leaves no trace in the history: only its announcement can tell."""
    staff = desk_at.staff
    story_id = write_story(staff, "ana", "Harvest", "Wheat is in.")
    note = notes.add_comment(staff, "milica", story_id, "Which fields?")
    writer = desk_at("ana")
    open_story(writer, story_id)
    assert shown_notes(writer) == ["Which fields?"]
    notes.edit_comment(staff, "milica", note.id, "Which fields, and whose?")
    qtbot.waitUntil(lambda: shown_notes(writer) == ["Which fields, and whose?"], timeout=WITHIN_MS)
    notes.delete_comment(staff, "milica", note.id)
    qtbot.waitUntil(lambda: shown_notes(writer) == [], timeout=WITHIN_MS)


def test_a_lock_taken_in_one_window_shows_in_the_same_persons_other_window(qtbot, desk_at) -> None:
    """The history of her own claim is news to nobody but her other window: only the lock's
    announcement can tell it."""
    staff = desk_at.staff
    story_id = write_story(staff, "ana", "Night shift", "Quiet.")
    stories.act(staff, "ana", story_id, Action.FILE)
    office, laptop = desk_at("milica"), desk_at("milica")
    open_story(office, story_id)
    open_story(laptop, story_id)
    office.workflow.actions[Action.CLAIM].trigger()
    qtbot.waitUntil(lambda: laptop.pane.lock.text() == "You are editing", timeout=WITHIN_MS)
    assert not laptop.pane.editor.isReadOnly()


def test_a_burst_of_changes_elsewhere_refreshes_the_window_once(qtbot, desk_at) -> None:
    staff = desk_at.staff
    briefs = [write_story(staff, "ana", f"Brief {n}", "Short.") for n in range(20)]
    editor = desk_at("milica")
    changes: list[Change] = []
    editor.controller.changed.connect(changes.append)
    for story_id in briefs:  # twenty transactions, each announced on its own
        with staff:
            staff.locks.set(story_id, None, staff.clock())
            staff.commit()
    # This thread is the window's, busy here: the listener's thread hears them meanwhile.
    deadline = time.monotonic() + 5
    while len(editor.notifier._heard) < len(briefs) and time.monotonic() < deadline:
        time.sleep(0.01)
    qtbot.waitUntil(lambda: bool(changes), timeout=WITHIN_MS)
    qtbot.wait(200)  # (time enough for a second refresh, were there one)
    assert changes == [Change(frozenset(briefs))]


def test_the_heartbeat_waits_for_a_slow_server_off_the_ui_thread(
    qtbot, desk_at, shared_schema: str
) -> None:
    staff = desk_at.staff
    story_id = write_story(staff, "ana", "Long read", "Many words.")
    editor = desk_at("milica")
    stories.act(staff, "ana", story_id, Action.FILE)
    stories.act(staff, "milica", story_id, Action.CLAIM)
    open_story(editor, story_id)
    before = editor.pane.story.lock_seen
    later = staff.clock.advance(minutes=1)

    # Another connection holds the lock's row: the beat's renewal waits for it, as on a
    # server slow to answer. (Let go after ten seconds at most, so a beat that blocked the
    # window fails this test rather than hanging it.)
    other = create_engine(shared_schema)
    blocker = other.connect()
    blocker.execute(
        text("SELECT 1 FROM edit_locks WHERE story_id = :s FOR UPDATE"), {"s": story_id}
    )
    holder_pid = blocker.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    letting_go = threading.Timer(10, blocker.rollback)
    letting_go.start()
    try:
        pane = editor.pane
        pane.heartbeat_timer.setInterval(10)
        pane.heartbeat_timer.start()
        qtbot.waitUntil(lambda: waiting_behind(holder_pid), timeout=3000)  # the window runs on
        pane.heartbeat_timer.stop()
        assert pane.story.lock_seen == before  # no answer yet
    finally:
        letting_go.cancel()
        blocker.rollback()
        blocker.close()
        other.dispose()
    qtbot.waitUntil(lambda: pane.story.lock_seen == later, timeout=3000)
    assert queries.get_story(staff, story_id).lock_seen == later


def waiting_behind(pid: int) -> bool:
    """Whether a statement of the server waits for the lock held by backend `pid`."""
    with _admin().connect() as admin:
        waiting = admin.exec_driver_sql(
            f"SELECT count(*) FROM pg_stat_activity WHERE {int(pid)} = ANY(pg_blocking_pids(pid))"
        ).scalar()
    return bool(waiting)
