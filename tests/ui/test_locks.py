"""Edit locks in the window: who holds one and since when, taking over a stale one, and the text
of the person who lost it kept as a conflict copy they are told about."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.domain.story import RevisionKind, State
from desk.domain.workflow import Action
from desk.services import queries, stories
from desk.storage.uow import UnitOfWork
from desk.ui import look
from desk.ui.main_window import MainWindow
from desk.ui.merge_dialog import MergeDialog
from tests.conftest import Clock
from tests.ui.conftest import FakePrompts, stop_windows, type_text, window_opener, write_story


@pytest.fixture
def open_window(qtbot, newsroom_uow: UnitOfWork, prompts: FakePrompts, tmp_path: Path):
    # Autosave far off: the text typed stays unsaved until the test says otherwise.
    opener = window_opener(
        qtbot, newsroom_uow, prompts, tmp_path, autosave_seconds=3600, beat_by_hand=True
    )
    yield opener
    stop_windows(opener)


@pytest.fixture
def claimed(newsroom_uow: UnitOfWork) -> int:
    """A story Ana filed and Milica claimed, Cyrillic and all."""
    story_id = write_story(
        newsroom_uow, "ana", "Избори у Београду", "Гласање почиње у недељу ујутру."
    )
    stories.act(newsroom_uow, "ana", story_id, Action.FILE)
    stories.act(newsroom_uow, "milica", story_id, Action.CLAIM)
    return story_id


def open_story(window: MainWindow, story_id: int) -> None:
    assert window.pane.show_story(story_id)
    assert window.pane.story_id == story_id


def test_the_holder_is_shown_and_a_stale_lock_can_be_taken_over(
    qtbot, open_window, claimed: int, clock: Clock, newsroom_uow: UnitOfWork
) -> None:
    tom = open_window("tom")
    open_story(tom, claimed)
    pane = tom.pane
    assert pane.lock.text() == "Being edited by milica"
    assert pane.editor.isReadOnly()
    take_over = tom.workflow.actions[Action.TAKE_OVER]
    assert not take_over.isEnabled() and not pane.take_over_button.isVisible()
    assert take_over.toolTip().startswith("milica is editing this story (last seen ")

    seen = queries.get_story(newsroom_uow, claimed).lock_seen
    clock.advance(minutes=5)
    pane.heartbeat()
    assert pane.lock.text() == f"Being edited by milica · seen {look.short_time(seen, clock.now)}"
    assert not take_over.isEnabled()
    clock.advance(minutes=6)  # eleven minutes without a sign of Milica
    pane.heartbeat()
    assert pane.lock.text().startswith("milica has been away since ")
    assert take_over.isEnabled() and pane.take_over_button.isVisible()

    pane.take_over_button.click()
    story = queries.get_story(newsroom_uow, claimed)
    assert (story.state, story.lock_holder) == (State.EDITING, "tom")
    assert pane.lock.text() == "You are editing" and not pane.editor.isReadOnly()
    assert not pane.take_over_button.isVisible()


def test_unsaved_text_of_the_holder_who_lost_the_lock_becomes_a_conflict_copy(
    qtbot, open_window, claimed: int, clock: Clock, newsroom_uow: UnitOfWork, prompts
) -> None:
    milica = open_window("milica")
    open_story(milica, claimed)
    pane = milica.pane
    assert pane.lock.text() == "You are editing"
    pane.editor.setFocus()
    pane.editor.moveCursor(pane.editor.textCursor().MoveOperation.End)
    type_text(pane.editor, " Бирачка места отварају се у седам.")
    assert pane.dirty

    # Her window hangs for a quarter of an hour; Tom takes the story over.
    clock.advance(minutes=15)
    stories.act(newsroom_uow, "tom", claimed, Action.TAKE_OVER)
    # Her window comes back: its next heartbeat finds the lock gone and keeps her text.
    pane.heartbeat()
    story = queries.get_story(newsroom_uow, claimed)
    assert story.lock_holder == "tom" and story.revision == 1
    assert story.body.text == "Гласање почиње у недељу ујутру."
    copy = queries.get_revision(newsroom_uow, claimed, story.last_revision)
    assert (copy.kind, copy.author) == (RevisionKind.CONFLICT, "milica")
    assert copy.text.body.text == (
        "Гласање почиње у недељу ујутру. Бирачка места отварају се у седам."
    )
    assert prompts.errors[-1] == (
        f"tom now holds this story's edit lock. What you wrote is kept as revision "
        f"{copy.number}, a conflict copy beside their text."
    )
    assert pane.banner.isVisible()
    assert "tom took over this story's edit lock at " in pane.banner.text()
    assert f"kept as conflict copy {copy.number}" in pane.banner.text()
    assert pane.editor.isReadOnly() and pane.lock.text() == "Being edited by tom"
    assert not pane.dirty

    # The banner's link opens the merge of her copy with Tom's text.
    with qtbot.waitSignal(pane.mergeAsked) as asked:
        pane.banner.linkActivated.emit(f"merge:{copy.number}")
    assert asked.args == [claimed, copy.number]
    assert isinstance(milica.merge_dialog, MergeDialog)
    milica.merge_dialog.close()


def test_next_time_she_opens_the_story_she_is_told_once(
    qtbot, open_window, claimed: int, clock: Clock, newsroom_uow: UnitOfWork
) -> None:
    clock.advance(minutes=15)
    stories.act(newsroom_uow, "tom", claimed, Action.TAKE_OVER)
    # What her old window saved as it closed (on another computer) is a conflict copy.
    saved = stories.edit_story(
        newsroom_uow,
        "milica",
        claimed,
        stories.Changes(headline="Избори у Београду: гласа се у недељу"),
        base_revision=1,
    )
    assert saved.conflict
    milica = open_window("milica")
    open_story(milica, claimed)
    banner = milica.pane.banner
    assert banner.isVisible()
    assert banner.text().startswith("tom took over this story's edit lock at ")
    assert f"kept as conflict copy {saved.revision}" in banner.text()
    # Told once: the next time the story opens, no banner.
    assert milica.pane.show_story(None) and milica.pane.show_story(claimed)
    assert not banner.isVisible()


def test_the_in_editing_list_names_each_storys_editor(
    qtbot, open_window, claimed: int, newsroom_uow: UnitOfWork
) -> None:
    from desk.domain.queues import QueueId
    from desk.ui.story_list_model import STATE

    tom = open_window("tom")
    tom.select_queue(QueueId.IN_EDITING)
    model = tom.list_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.index(0, STATE).data() == "In editing · milica"
    assert model.index(0, STATE).data(Qt.ItemDataRole.ToolTipRole) == "milica holds the edit lock"
