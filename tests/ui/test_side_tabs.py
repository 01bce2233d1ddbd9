"""The story pane's side tabs: notes, history, versions, and comparing two revisions."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from desk.domain.workflow import Action
from desk.services import notes, queries, stories
from desk.services.stories import Changes
from desk.storage.uow import UnitOfWork
from desk.ui.compare_dialog import CompareDialog, diff_colours
from desk.ui.controller import Change, Controller
from desk.ui.history_view import HistoryModel, HistoryWidget
from desk.ui.look import short_time
from desk.ui.notes_view import HeaderRole, MentionsRole, NotesWidget, note_html
from desk.ui.versions_view import RevisionsModel, VersionsWidget
from tests.conftest import START, Clock
from tests.ui.conftest import FakePrompts, body, write_story

SignIn = Callable[[str], Controller]
DISPLAY = Qt.ItemDataRole.DisplayRole
TEXT = "Talks resumed in Istanbul today.\n\nBoth sides attended."


@pytest.fixture
def story(newsroom_uow: UnitOfWork) -> int:
    return write_story(newsroom_uow, "ana", "Grain talks resume", TEXT)


@pytest.fixture
def belgrade(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Belgrade")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def cell(model, row: int, column: int = 0, role: int = DISPLAY):
    return model.data(model.index(row, column), role)


def format_of(browser: QTextBrowser, word: str) -> QTextCharFormat:
    """The character format of a whole word as the pane shows it."""
    found = browser.document().find(word, 0, QTextDocument.FindFlag.FindWholeWords)
    assert not found.isNull(), f"{word!r} is not in the pane"
    return found.charFormat()


def has_background(fmt: QTextCharFormat) -> bool:
    return fmt.background().style() != Qt.BrushStyle.NoBrush


def revise(uow: UnitOfWork, story_id: int, text: str, **kwargs) -> int | None:
    return stories.edit_story(uow, "ana", story_id, Changes(body=body(text)), **kwargs).revision


# --- times and empty states ---------------------------------------------------------------------


def test_times_are_local_short_and_today_has_no_date(belgrade: None) -> None:
    assert short_time(datetime(2026, 11, 27, 9, 14, tzinfo=UTC), START) == "10:14"
    assert short_time(datetime(2026, 11, 26, 9, 14, tzinfo=UTC), START) == "Thu 26 Nov 10:14"
    assert short_time(datetime(2025, 11, 27, 9, 14, tzinfo=UTC), START) == "Thu 27 Nov 2025 10:14"


@pytest.mark.parametrize("widget_class", [NotesWidget, HistoryWidget, VersionsWidget])
def test_no_story_shows_a_hint_and_a_story_shows_its_tab(
    qtbot, signed_in: SignIn, story: int, widget_class
) -> None:
    widget = widget_class(signed_in("ana"))
    qtbot.addWidget(widget)
    widget.show_story(None)
    assert widget.pages.currentWidget() is widget.hint
    assert widget.hint.text().startswith("Select a story")
    assert widget.model.rowCount() == 0
    widget.show_story(story)
    assert widget.pages.currentWidget() is not widget.hint
    assert widget.model.rowCount() >= 1 or widget_class is NotesWidget


# --- notes ----------------------------------------------------------------------------------------


@pytest.fixture
def notes_widget(qtbot, signed_in: SignIn, story: int) -> NotesWidget:
    widget = NotesWidget(signed_in("ana"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_story(story)
    return widget


def select_row(view, row: int) -> None:
    view.setCurrentIndex(view.model().index(row, 0))


def test_typing_a_note_and_clicking_add_lists_it(qtbot, notes_widget: NotesWidget, qtmodeltester):
    assert not notes_widget.add_button.isEnabled()
    qtbot.keyClicks(notes_widget.editor, "Check the grain figures")
    qtbot.mouseClick(notes_widget.add_button, Qt.MouseButton.LeftButton)
    model = notes_widget.model
    assert model.rowCount() == 1
    assert cell(model, 0) == "Check the grain figures"
    assert cell(model, 0, role=HeaderRole).startswith("ana · ")
    assert "(edited)" not in cell(model, 0, role=HeaderRole)
    assert notes_widget.editor.toPlainText() == ""
    qtmodeltester.check(model)
    qtmodeltester.check(notes_widget.users)


def test_ctrl_return_adds_the_note_and_notes_stay_oldest_first(
    qtbot, notes_widget: NotesWidget, newsroom_uow: UnitOfWork, clock: Clock, story: int
) -> None:
    notes.add_comment(newsroom_uow, "tom", story, "First, from tom")
    clock.advance(minutes=5)
    qtbot.keyClicks(notes_widget.editor, "Second, from ana")
    qtbot.keyClick(notes_widget.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    model = notes_widget.model
    assert [cell(model, r) for r in range(model.rowCount())] == [
        "First, from tom",
        "Second, from ana",
    ]


def test_a_note_by_someone_else_cannot_be_edited_or_deleted(
    notes_widget: NotesWidget, newsroom_uow: UnitOfWork, clock: Clock, story: int
) -> None:
    notes.add_comment(newsroom_uow, "tom", story, "Tom's note")
    clock.advance(minutes=1)
    notes.add_comment(newsroom_uow, "ana", story, "Ana's note")
    notes_widget.refresh()
    select_row(notes_widget.view, 0)
    assert not notes_widget.edit_button.isEnabled()
    assert not notes_widget.delete_button.isEnabled()
    assert "only your own" in notes_widget.edit_action.toolTip()
    notes_widget.delete_selected()  # even asked directly, nothing happens
    assert notes_widget.model.rowCount() == 2
    select_row(notes_widget.view, 1)
    assert notes_widget.edit_button.isEnabled()
    assert notes_widget.delete_button.isEnabled()
    assert notes_widget.view.actions() == [notes_widget.edit_action, notes_widget.delete_action]


def test_editing_own_note_asks_for_the_text_and_marks_it_edited(
    qtbot,
    notes_widget: NotesWidget,
    prompts: FakePrompts,
    newsroom_uow: UnitOfWork,
    clock: Clock,
    story: int,
) -> None:
    notes.add_comment(newsroom_uow, "ana", story, "Figures from Reuters")
    notes_widget.refresh()
    clock.advance(minutes=3)
    select_row(notes_widget.view, 0)
    prompts.answers = ["Figures from AP"]
    qtbot.mouseClick(notes_widget.edit_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == ["Edit note"]
    assert cell(notes_widget.model, 0) == "Figures from AP"
    assert cell(notes_widget.model, 0, role=HeaderRole).endswith("(edited)")
    assert notes_widget.selected_comment().text == "Figures from AP"  # selection kept


def test_deleting_own_note_asks_first(
    qtbot,
    notes_widget: NotesWidget,
    prompts: FakePrompts,
    newsroom_uow: UnitOfWork,
    story: int,
) -> None:
    notes.add_comment(newsroom_uow, "ana", story, "Obsolete")
    notes_widget.refresh()
    select_row(notes_widget.view, 0)
    prompts.answers = [False]
    qtbot.mouseClick(notes_widget.delete_button, Qt.MouseButton.LeftButton)
    assert notes_widget.model.rowCount() == 1
    prompts.answers = [True]
    qtbot.mouseClick(notes_widget.delete_button, Qt.MouseButton.LeftButton)
    assert notes_widget.model.rowCount() == 0
    assert notes.list_comments(newsroom_uow, story) == []


def test_a_mention_is_listed_and_highlighted(qtbot, notes_widget: NotesWidget) -> None:
    qtbot.keyClicks(notes_widget.editor, "@milica can you check the quote? Not @nobody@x")
    qtbot.mouseClick(notes_widget.add_button, Qt.MouseButton.LeftButton)
    assert cell(notes_widget.model, 0, role=MentionsRole) == ["milica", "nobody"]
    palette = notes_widget.palette()
    link = palette.color(QPalette.ColorRole.Link).name()
    shown = note_html("ana · 09:00", cell(notes_widget.model, 0), ["milica"], palette)
    assert f'<span style="color:{link}; font-weight:600">@milica</span>' in shown
    assert "check the quote?" in shown and "<span" not in shown.split("@milica</span>")[1]


def test_typing_after_at_offers_the_newsroom_names(qtbot, notes_widget: NotesWidget) -> None:
    editor = notes_widget.editor
    qtbot.keyClicks(editor, "Ask @mi")
    completer = editor.completer
    assert completer.completionPrefix() == "mi"
    assert completer.popup().isVisible()
    assert completer.currentCompletion() == "milica"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.toPlainText() == "Ask @milica "
    qtbot.keyClicks(editor, "and tom")  # no "@": nothing offered
    assert not completer.popup().isVisible()


def test_notes_refresh_when_the_controller_announces_a_change(
    qtbot, signed_in: SignIn, newsroom_uow: UnitOfWork, story: int
) -> None:
    controller = signed_in("ana")
    writer, reader = NotesWidget(controller), NotesWidget(controller)
    qtbot.addWidget(writer)
    qtbot.addWidget(reader)
    writer.show_story(story)
    reader.show_story(story)
    writer.editor.setPlainText("From the other window")
    writer.add_note()
    assert cell(reader.model, 0) == "From the other window"
    notes.add_comment(newsroom_uow, "tom", story, "Written elsewhere")
    controller.announce(Change(frozenset({story + 1})))  # another story: no refresh
    assert reader.model.rowCount() == 1
    controller.announce()
    assert reader.model.rowCount() == 2


# --- history --------------------------------------------------------------------------------------


def test_history_shows_who_filed_with_the_states(
    qtbot, signed_in: SignIn, story: int, clock: Clock, qtmodeltester
) -> None:
    controller = signed_in("ana")
    widget = HistoryWidget(controller)
    qtbot.addWidget(widget)
    widget.show_story(story)
    assert widget.model.rowCount() == 1
    clock.advance(minutes=10)
    controller.do(stories.act, story, Action.FILE, stories=[story])
    model = widget.model
    assert model.rowCount() == 2
    last = model.rowCount() - 1  # oldest first: the filing is the last row
    assert cell(model, last, HistoryModel.WHO) == "ana"
    assert cell(model, last, HistoryModel.WHAT) == "file: draft → filed"
    assert cell(model, 0, HistoryModel.WHAT).startswith("create")
    assert cell(model, last, HistoryModel.WHEN) == short_time(clock.now, clock.now)
    qtmodeltester.check(model)


def test_history_note_is_shown_and_in_a_tooltip(
    qtbot, signed_in: SignIn, newsroom_uow: UnitOfWork, story: int
) -> None:
    stories.act(newsroom_uow, "ana", story, Action.FILE)
    stories.act(newsroom_uow, "tom", story, Action.CLAIM)
    stories.act(newsroom_uow, "tom", story, Action.RETURN, note="Needs a second source")
    widget = HistoryWidget(signed_in("ana"))
    qtbot.addWidget(widget)
    widget.show_story(story)
    last = widget.model.rowCount() - 1
    assert cell(widget.model, last, HistoryModel.WHO) == "tom"
    assert cell(widget.model, last, HistoryModel.WHAT) == "return: editing → returned"
    assert cell(widget.model, last, HistoryModel.NOTE) == "Needs a second source"
    tip = cell(widget.model, last, HistoryModel.NOTE, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Needs a second source"


# --- versions -------------------------------------------------------------------------------------


@pytest.fixture
def versions(qtbot, signed_in: SignIn) -> Callable[[str, int], VersionsWidget]:
    def make(name: str, story_id: int) -> VersionsWidget:
        widget = VersionsWidget(signed_in(name))
        qtbot.addWidget(widget)
        widget.show_story(story_id)
        return widget

    return make


def test_versions_list_every_revision_with_kind_author_and_words(
    qtbot, versions, newsroom_uow: UnitOfWork, story: int, qtmodeltester
) -> None:
    revise(newsroom_uow, story, "Talks collapsed.")
    stale = revise(newsroom_uow, story, "Talks went on all night.", base_revision=1)
    widget = versions("ana", story)
    model = widget.model
    assert model.rowCount() == 3
    column = [cell(model, r, RevisionsModel.KIND) for r in range(3)]
    assert column == ["Created", "Saved (current)", "Conflict copy"]
    assert [cell(model, r, RevisionsModel.NUMBER) for r in range(3)] == ["1", "2", str(stale)]
    # The words are counted off the UI thread, and fill in a moment after the list appears.
    words = [RevisionsModel.WORDS] * 3
    qtbot.waitUntil(lambda: [cell(model, r, c) for r, c in enumerate(words)] == ["8", "2", "5"])
    assert cell(model, 2, RevisionsModel.AUTHOR) == "ana"
    assert cell(model, 2, RevisionsModel.KIND, Qt.ItemDataRole.FontRole).bold()
    assert "conflict copy" in cell(model, 2, RevisionsModel.KIND, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, RevisionsModel.KIND, Qt.ItemDataRole.FontRole) is None
    qtmodeltester.check(model)


@pytest.fixture
def compared(qtbot, versions, newsroom_uow: UnitOfWork, story: int) -> CompareDialog:
    revise(newsroom_uow, story, "Talks collapsed in Istanbul today.\n\nBoth sides attended.")
    widget = versions("ana", story)
    widget.select(1, 2)
    assert widget.compare_button.isEnabled()
    qtbot.mouseClick(widget.compare_button, Qt.MouseButton.LeftButton)
    assert widget.dialog is not None
    return widget.dialog


def test_compare_highlights_the_changed_words_only(compared: CompareDialog) -> None:
    deleted, inserted = diff_colours(compared.palette())
    gone = format_of(compared.left, "resumed")
    assert gone.fontStrikeOut()
    assert gone.background().color() == deleted
    came = format_of(compared.right, "collapsed")
    assert came.background().color() == inserted
    assert not came.fontStrikeOut()
    for pane in (compared.left, compared.right):
        kept = format_of(pane, "Istanbul")
        assert not has_background(kept) and not kept.fontStrikeOut()
    assert "collapsed" not in compared.left.toPlainText()  # each pane shows its own text
    assert "resumed" not in compared.right.toPlainText()


def test_compare_is_headed_and_summed_up(compared: CompareDialog) -> None:
    assert compared.left_header.text().startswith("Revision 1 · ana · ")
    assert compared.right_header.text().startswith("Revision 2 · ana · ")
    assert compared.summary.text() == "1 word added, 1 removed, 1 paragraph changed"
    assert "Grain talks resume" in compared.left.toPlainText()  # the fields are shown too
    assert compared.left.isReadOnly() and compared.right.isReadOnly()


def test_compare_one_revision_with_the_current_text_and_changed_headline(
    versions, newsroom_uow: UnitOfWork, story: int
) -> None:
    stories.edit_story(newsroom_uow, "ana", story, Changes(headline="Grain talks stall"))
    revise(newsroom_uow, story, TEXT + "\n\nA third paragraph.")
    widget = versions("ana", story)
    widget.select(2)
    dialog = widget.compare()
    assert (dialog.before.number, dialog.after.number) == (2, 3)
    widget.select(1)
    dialog = widget.compare()
    assert (dialog.before.number, dialog.after.number) == (1, 3)
    _, inserted = diff_colours(dialog.palette())
    assert format_of(dialog.right, "stall").background().color() == inserted
    assert format_of(dialog.left, "resume").fontStrikeOut()
    assert format_of(dialog.right, "third").background().color() == inserted
    assert "Headline" in dialog.right.toPlainText()


def test_escape_closes_the_comparison(qtbot, compared: CompareDialog) -> None:
    qtbot.waitExposed(compared)
    qtbot.keyClick(compared, Qt.Key.Key_Escape)
    assert not compared.isVisible()


def test_scrolling_one_pane_scrolls_the_other(
    qtbot, signed_in: SignIn, newsroom_uow: UnitOfWork, story: int
) -> None:
    long = "\n\n".join(f"Paragraph {n} of the long story." for n in range(80))
    wordy = " and then some more words" * 12  # wraps over several lines
    longer = "\n\n".join(f"Paragraph {n} of the long story{wordy}." for n in range(80))
    revise(newsroom_uow, story, long)
    revise(newsroom_uow, story, longer)
    dialog = CompareDialog.for_revisions(signed_in("ana"), story, 3, 2)
    qtbot.addWidget(dialog)
    dialog.resize(700, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    left, right = dialog.left.verticalScrollBar(), dialog.right.verticalScrollBar()
    assert (dialog.before.number, dialog.after.number) == (2, 3)  # older on the left
    assert 0 < left.maximum() < right.maximum()
    left.setValue(left.maximum())
    assert right.value() == right.maximum()
    left.setValue(left.maximum() // 2)
    assert abs(right.value() - right.maximum() / 2) <= right.maximum() / 50 + 1
    right.setValue(0)
    assert left.value() == 0


def test_diff_colours_suit_light_and_dark_palettes() -> None:
    light, dark = QPalette(QColor("#f0f0f0")), QPalette(QColor("#202020"))
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    assert all(c.lightness() > 180 for c in diff_colours(light))
    assert all(c.lightness() < 90 for c in diff_colours(dark))


def test_restore_makes_a_new_revision_with_the_old_text(
    qtbot, versions, newsroom_uow: UnitOfWork, prompts: FakePrompts, story: int
) -> None:
    revise(newsroom_uow, story, "Talks collapsed.")
    widget = versions("ana", story)
    widget.select(2)
    assert not widget.restore_button.isEnabled()  # already the story's text
    widget.select(1)
    assert widget.restore_button.isEnabled()
    prompts.answers = [False]
    qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert queries.get_story(newsroom_uow, story).revision == 2
    prompts.answers = [True]
    qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    now = queries.get_story(newsroom_uow, story)
    assert now.revision == 3
    assert now.text == queries.get_revision(newsroom_uow, story, 1).text
    assert widget.model.rowCount() == 3
    assert cell(widget.model, 2, RevisionsModel.KIND) == "Restored (current)"


def test_restore_needs_the_edit_lock(
    qtbot, versions, signed_in: SignIn, newsroom_uow: UnitOfWork, story: int
) -> None:
    revise(newsroom_uow, story, "Talks collapsed.")
    widget = versions("tom", story)
    widget.select(1)
    assert not widget.restore_button.isEnabled()
    assert "ana holds this story's edit lock" in widget.restore_button.toolTip()
    assert widget.compare_button.isEnabled()  # reading is for anyone
    widget.restore()
    assert queries.get_story(newsroom_uow, story).revision == 2
    stories.act(newsroom_uow, "ana", story, Action.FILE)
    widget.controller.do(stories.act, story, Action.CLAIM, stories=[story])
    assert widget.selected_numbers() == [1]  # the selection survives the refresh
    assert widget.restore_button.isEnabled()  # tom holds the lock now


def test_words_of_a_new_version_are_counted_and_the_older_counts_kept(
    qtbot, versions, signed_in: SignIn, story: int
) -> None:
    widget = versions("ana", story)
    model = widget.model
    qtbot.waitUntil(lambda: cell(model, 0, RevisionsModel.WORDS) == "8")
    widget.controller.do(
        stories.edit_story, story, Changes(body=body("Talks collapsed at dawn.")), stories=[story]
    )
    assert model.rowCount() == 2
    assert cell(model, 0, RevisionsModel.WORDS) == "8"  # already known: shown at once
    qtbot.waitUntil(lambda: cell(model, 1, RevisionsModel.WORDS) == "4")
    other = write_story(widget.controller.uow, "ana", "Rain", "Rain all day long today.")
    widget.show_story(other)
    assert [cell(model, r, RevisionsModel.WORDS) for r in range(model.rowCount())] in ([""], ["5"])
    qtbot.waitUntil(lambda: cell(model, 0, RevisionsModel.WORDS) == "5")


@pytest.mark.parametrize("tab", [HistoryWidget, VersionsWidget])
def test_a_long_story_shows_its_latest_entries_when_its_tab_comes_forward(
    qtbot, signed_in: SignIn, newsroom_uow: UnitOfWork, story: int, tab
) -> None:
    for n in range(40):
        stories.edit_story(newsroom_uow, "ana", story, Changes(body=body(f"Take {n}.")), label="v")
    widget = tab(signed_in("ana"))
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.show_story(story)  # while its tab is behind another
    widget.show()
    qtbot.waitExposed(widget)
    bar = widget.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
