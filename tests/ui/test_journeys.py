"""A day's work in the window, one role after another, asserting on what each person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.domain.queues import QueueId
from desk.domain.story import State
from desk.domain.workflow import Action
from desk.services import queries, stories
from desk.storage.uow import UnitOfWork
from desk.ui.main_window import MainWindow
from desk.ui.story_list_model import HEADLINE, SLUG, StoryRole
from tests.ui.conftest import (
    FakePrompts,
    state_of,
    stop_windows,
    type_text,
    window_opener,
    write_story,
)


@pytest.fixture
def open_window(qtbot, newsroom_uow: UnitOfWork, prompts: FakePrompts, tmp_path: Path):
    """open_window("ana") -> the main window signed in as ana (layout kept in tmp_path)."""
    opener = window_opener(qtbot, newsroom_uow, prompts, tmp_path, autosave_seconds=0.2)
    yield opener
    stop_windows(opener)


def shown_slugs(window: MainWindow) -> list[str]:
    model = window.list_model
    return [model.index(r, SLUG).data() for r in range(model.rowCount())]


def type_at_end(window: MainWindow, text: str) -> None:
    """Click at the end of the body and type, as the person would."""
    editor = window.pane.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, text)


def open_in_queue(window: MainWindow, queue: QueueId, story_id: int) -> None:
    window.select_queue(queue)
    assert window.list_view.select_story(story_id), f"story {story_id} is not in {queue}"
    assert window.pane.story_id == story_id


def test_a_correspondent_writes_and_files(qtbot, open_window, prompts, newsroom_uow):
    window = open_window("ana")
    assert window.current_queue().id is QueueId.MY_DRAFTS
    prompts.answers = ["Floods close the Belgrade ring road"]
    window.new_action.trigger()
    pane = window.pane
    assert pane.form.headline.text() == "Floods close the Belgrade ring road"
    assert pane.lock.text() == "You are editing"
    type_text(pane.form.byline, "By Ana Ilić")
    pane.editor.setFocus()
    type_text(pane.editor, "Water rose overnight on the Sava.")
    qtbot.waitUntil(lambda: pane.counts.text().startswith("6 words · 1 min read"), timeout=2000)
    assert "Floods close the Belgrade ring road" in [
        window.list_model.index(r, HEADLINE).data() for r in range(window.list_model.rowCount())
    ]
    qtbot.waitUntil(window.workflow.actions[Action.FILE].isEnabled, timeout=2000)
    window.workflow.actions[Action.FILE].trigger()
    story = queries.get_story(newsroom_uow, pane.story_id)
    assert story.state is State.FILED
    assert story.text.byline == "By Ana Ilić"
    assert story.body.text == "Water rose overnight on the Sava."
    assert "Filed" in pane.badge.text()
    assert pane.editor.isReadOnly()  # filed copy waits for an editor; ana no longer holds it
    assert window.workflow.reason(Action.FILE) is not None
    assert window.workflow.actions[Action.WITHDRAW].isEnabled()


def test_return_revise_approve_publish_kill(qtbot, open_window, prompts, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Bridge reopens", "The bridge reopened today.")
    stories.act(newsroom_uow, "ana", story_id, Action.FILE)

    editor = open_window("milica")
    assert editor.current_queue().id is QueueId.INCOMING
    assert "bridge-reopens" in shown_slugs(editor)
    open_in_queue(editor, QueueId.INCOMING, story_id)
    editor.workflow.actions[Action.CLAIM].trigger()
    assert state_of(newsroom_uow, story_id) == "editing"
    assert editor.pane.lock.text() == "You are editing"
    type_at_end(editor, " Traffic is slow.")
    prompts.answers = ["Who reopened it? Add the minister's quote."]
    editor.workflow.actions[Action.RETURN].trigger()
    assert state_of(newsroom_uow, story_id) == "returned"
    edited = queries.get_story(newsroom_uow, story_id)
    assert edited.body.text == "The bridge reopened today. Traffic is slow."  # saved first

    writer = open_window("ana")
    writer.select_queue(QueueId.RETURNED_TO_ME)
    assert shown_slugs(writer) == ["bridge-reopens"]
    open_in_queue(writer, QueueId.RETURNED_TO_ME, story_id)
    banner = writer.pane.banner
    assert banner.isVisible()
    assert "Returned by milica" in banner.text()
    assert "Add the minister's quote." in banner.text()
    type_at_end(writer, " The minister opened it.")
    writer.workflow.actions[Action.FILE].trigger()
    assert state_of(newsroom_uow, story_id) == "filed"
    refiled = queries.get_story(newsroom_uow, story_id)
    assert refiled.body.text.endswith("Traffic is slow. The minister opened it.")

    editor.controller.announce()  # as the notifier would after ana's filing
    open_in_queue(editor, QueueId.INCOMING, story_id)
    editor.workflow.actions[Action.CLAIM].trigger()
    editor.workflow.actions[Action.APPROVE].trigger()
    assert state_of(newsroom_uow, story_id) == "approved"

    chief = open_window("vesna")
    open_in_queue(chief, QueueId.APPROVED, story_id)
    chief.workflow.actions[Action.PUBLISH].trigger()
    assert state_of(newsroom_uow, story_id) == "published"
    prompts.answers = ["The minister's quote was invented."]
    chief.workflow.actions[Action.KILL].trigger()
    assert state_of(newsroom_uow, story_id) == "killed"
    events = queries.story_history(newsroom_uow, story_id)
    assert events[-1].action == "kill"
    assert events[-1].note == "The minister's quote was invented."
    assert prompts.errors == []


def test_kill_without_a_reason_changes_nothing(open_window, prompts, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Short item", "A short item.")
    for actor, action in [("ana", Action.FILE), ("milica", Action.CLAIM),
                          ("milica", Action.APPROVE), ("vesna", Action.PUBLISH)]:  # fmt: skip
        stories.act(newsroom_uow, actor, story_id, action)
    chief = open_window("vesna")
    open_in_queue(chief, QueueId.PUBLISHED, story_id)
    prompts.answers = [None]  # the person cancels the reason dialog
    chief.workflow.actions[Action.KILL].trigger()
    assert state_of(newsroom_uow, story_id) == "published"


def test_a_refused_action_says_why(open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Budget vote", "The vote is today.")
    window = open_window("ana")
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    publish = window.workflow.actions[Action.PUBLISH]
    assert not publish.isEnabled()
    assert publish.toolTip() == "Only a chief editor can publish."
    claim = window.workflow.actions[Action.CLAIM]
    assert not claim.isEnabled()
    assert "editor" in claim.toolTip()
    assert window.workflow.actions[Action.FILE].isEnabled()


def test_autosave_survives_closing_the_window(qtbot, open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Night shift", "First line.")
    window = open_window("ana")
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    type_at_end(window, " Second line, typed just before closing.")
    window.close()
    saved = queries.get_story(newsroom_uow, story_id)
    assert saved.body.text == "First line. Second line, typed just before closing."
    again = open_window("ana")
    open_in_queue(again, QueueId.MY_DRAFTS, story_id)
    assert again.pane.editor.body().text == saved.body.text


def test_autosave_runs_a_moment_after_typing(qtbot, open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Quiet day", "Nothing happened.")
    window = open_window("ana")
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    type_at_end(window, " Then it rained.")
    qtbot.waitUntil(lambda: not window.pane.dirty, timeout=3000)
    assert (
        queries.get_story(newsroom_uow, story_id).body.text == "Nothing happened. Then it rained."
    )
    assert window.pane.editor.body().text == "Nothing happened. Then it rained."


def test_ctrl_s_keeps_a_version(qtbot, open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Versions", "One.")
    window = open_window("ana")
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    type_at_end(window, " Two.")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.pane.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    revisions = queries.story_revisions(newsroom_uow, story_id)
    assert [r.kind.value for r in revisions] == ["created", "save"]
    assert revisions[-1].text.body.text == "One. Two."


def test_search_shows_matches_with_the_matched_words(qtbot, open_window, newsroom_uow):
    write_story(newsroom_uow, "ana", "Snow in Niš", "Heavy snow closed the motorway near Niš.")
    write_story(newsroom_uow, "ana", "Rain in Subotica", "Rain all day.")
    window = open_window("ana")
    window.select_queue(QueueId.ALL)
    type_text(window.search_box, "motorway")
    qtbot.waitUntil(lambda: shown_slugs(window) == ["snow-in-nis"], timeout=3000)
    snippet = window.list_model.index(0, HEADLINE).data(StoryRole + 1)
    assert ("motorway", True) in [(text.lower(), hit) for text, hit in snippet]
    assert window.status_count.text() == "1 story found"


def test_queues_count_and_filter_by_desk(qtbot, open_window, newsroom_uow):
    write_story(newsroom_uow, "ana", "One", "Text.", desk="Politics")
    write_story(newsroom_uow, "ana", "Two", "Text.", desk="World")
    window = open_window("ana")
    row = window.queues.row_of(QueueId.MY_DRAFTS)
    qtbot.waitUntil(lambda: window.queues.index(row).data() == "My drafts  (2)", timeout=3000)
    window.select_queue(QueueId.MY_DRAFTS)
    window.desk_filter.setCurrentIndex(window.desk_filter.findData("World"))
    window.desk_filter.activated.emit(window.desk_filter.currentIndex())
    assert shown_slugs(window) == ["two"]


def test_a_filing_elsewhere_reaches_the_editor(qtbot, open_window, newsroom_uow):
    editor = open_window("milica")
    incoming = editor.queues.row_of(QueueId.INCOMING)
    editor.controller.background.wait()
    qtbot.wait(10)
    before = editor.queues.counts[incoming]
    story_id = write_story(newsroom_uow, "ana", "Late copy", "Copy.")
    stories.act(newsroom_uow, "ana", story_id, Action.FILE)  # as another Desk process would
    found = editor.notifier.poll()
    assert [(n.kind.value, n.slug) for n in found] == [("filed", "late-copy")]
    qtbot.waitUntil(lambda: editor.queues.counts[incoming] == before + 1, timeout=3000)
    assert "late-copy" in shown_slugs(editor)
    assert editor.bell.text() == "1"
    assert editor.bell.toolTip() == "1 unread notice"


def test_leaving_the_pane_saves_at_once(qtbot, open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Focus", "Before.")
    window = open_window("ana")
    window.pane.autosave_timer.setInterval(60_000)  # only the focus change may save
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    type_at_end(window, " After.")
    assert queries.get_story(newsroom_uow, story_id).body.text == "Before."
    window.search_box.setFocus()
    qtbot.waitUntil(lambda: not window.pane.dirty, timeout=2000)
    assert queries.get_story(newsroom_uow, story_id).body.text == "Before. After."


def test_undo_takes_back_typing(qtbot, open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Undo", "Kept.")
    window = open_window("ana")
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    editor = window.pane.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Gone")
    assert editor.body().text == "Kept. Gone"
    editor.undo()
    assert editor.body().text == "Kept."
    editor.redo()
    assert editor.body().text == "Kept. Gone"


def test_an_editor_assigns_a_draft_and_the_writer_gets_the_lock(qtbot, open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "milica", "Assignment", "Notes for the writer.")
    editor = open_window("milica")
    open_in_queue(editor, QueueId.MY_DRAFTS, story_id)
    form = editor.pane.form
    form.assignee.setCurrentIndex(form.assignee.findData("ana"))
    form.assignee.activated.emit(form.assignee.currentIndex())
    assert editor.pane.save_version()
    story = queries.get_story(newsroom_uow, story_id)
    assert (story.assignee, story.lock_holder) == ("ana", "ana")
    assert editor.pane.editor.isReadOnly()  # the text is the writer's now
    writer = open_window("ana")
    writer.select_queue(QueueId.ASSIGNED)
    assert shown_slugs(writer) == ["assignment"]


def test_ctrl_s_with_nothing_new_makes_no_revision(open_window, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Unchanged", "Same.")
    window = open_window("ana")
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    messages = []
    window.pane.message.connect(messages.append)
    assert window.pane.save_version()
    assert messages == ["Nothing new to save."]
    assert len(queries.story_revisions(newsroom_uow, story_id)) == 1


def test_another_desk_process_reaches_the_bell(qtbot, open_window, newsroom_uow, tmp_path):
    import os
    import subprocess
    import sys

    story_id = write_story(newsroom_uow, "ana", "From afar", "Copy.")
    editor = open_window("milica")
    url = newsroom_uow.store.url.render_as_string()
    done = subprocess.run(
        [sys.executable, "-m", "desk", "file", str(story_id), "--db", url, "--as", "ana"],
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_DATA_DIR": str(tmp_path / "other")},
    )
    assert done.returncode == 0, done.stderr
    editor.notifier.start()  # as in the real window: it looks every second
    qtbot.waitUntil(lambda: editor.bell.text() == "1", timeout=3000)
    qtbot.waitUntil(lambda: "from-afar" in shown_slugs(editor), timeout=3000)
    assert editor.statusBar().currentMessage() == "ana filed from-afar"


def test_the_chief_schedules_at_a_time_asked_for(open_window, prompts, newsroom_uow, clock):
    from datetime import timedelta

    story_id = write_story(newsroom_uow, "ana", "Later", "Copy.")
    for actor, action in [("ana", Action.FILE), ("milica", Action.CLAIM),
                          ("milica", Action.APPROVE)]:  # fmt: skip
        stories.act(newsroom_uow, actor, story_id, action)
    chief = open_window("vesna")
    open_in_queue(chief, QueueId.APPROVED, story_id)
    when = clock.now + timedelta(hours=3)
    prompts.answers = [when]
    chief.workflow.actions[Action.SCHEDULE].trigger()
    assert prompts.asked[-1] == "Schedule"
    story = queries.get_story(newsroom_uow, story_id)
    assert (story.state.value, story.publish_at) == ("scheduled", when)
    prompts.answers = [clock.now - timedelta(hours=1)]  # a time already past is refused
    chief.workflow.actions[Action.REOPEN].trigger()
    chief.workflow.actions[Action.APPROVE].trigger()
    chief.workflow.actions[Action.SCHEDULE].trigger()
    assert state_of(newsroom_uow, story_id) == "approved"
    assert prompts.errors and "future" in prompts.errors[-1]


def test_help_shows_the_workflow_table():
    from desk.domain.workflow import TABLE
    from desk.ui.help_dialog import workflow_html

    page = workflow_html()
    for row in TABLE:
        assert f"<td>{row.action.value}</td>" in page
    assert "<td>the author or assignee</td>" in page


def test_a_writer_whose_draft_was_reassigned_keeps_her_text_as_a_conflict_copy(
    qtbot, open_window, prompts, newsroom_uow
):
    story_id = write_story(newsroom_uow, "ana", "Taken away", "Her first line.")
    window = open_window("ana")
    window.pane.autosave_timer.setInterval(60_000)
    open_in_queue(window, QueueId.MY_DRAFTS, story_id)
    type_at_end(window, " Her second line.")
    # Meanwhile the chief gives the draft to marko, and its edit lock with it.
    stories.edit_story(newsroom_uow, "vesna", story_id, stories.Changes(assignee="marko"))
    assert window.pane.autosave()
    story = queries.get_story(newsroom_uow, story_id)
    assert story.body.text == "Her first line." and story.lock_holder == "marko"
    copy = queries.get_revision(newsroom_uow, story_id, story.last_revision)
    assert copy.is_conflict and copy.text.body.text == "Her first line. Her second line."
    assert window.pane.banner.text().startswith(
        "The edit lock passed from you when vesna acted at "
    )
    assert prompts.errors[-1].startswith("marko now holds this story's edit lock.")
