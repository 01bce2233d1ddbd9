"""Merging a conflict copy with the current text: what the dialog shows, and what saving does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QDialog, QLabel, QRadioButton

from desk.domain.body import Body, Mark, Paragraph, Run, plain
from desk.domain.story import RevisionKind, StoryText
from desk.services import queries, stories
from desk.services.stories import Changes
from desk.storage.uow import UnitOfWork
from desk.ui.compare_dialog import diff_colours
from desk.ui.controller import Change, Controller
from desk.ui.merge_dialog import MergeDialog, open_merge
from desk.ui.versions_view import VersionsWidget
from tests.ui.conftest import FakePrompts

SignIn = Callable[[str], Controller]
CLICK = Qt.MouseButton.LeftButton


def paras(*blocks: Paragraph | str) -> Body:
    return Body(tuple(Paragraph(plain(b)) if isinstance(b, str) else b for b in blocks))


SHARED = ["The first shared paragraph.", "The second.", "The third."]
ORIGINAL = ["Talks resumed in Istanbul today.", "Delegates from both sides came.",
            "Both sides attended.", *SHARED, "Ministers meet again in December."]  # fmt: skip
# The current text edits the third paragraph; the copy (written on revision 1) edits the
# first, makes a word of the last bold and adds one more.
CURRENT = paras(*ORIGINAL[:2], "Both sides walked out.", *ORIGINAL[3:])
BOLD_LAST = Paragraph((Run("Ministers meet again in "), Run("December", frozenset({Mark.BOLD})),
                       Run(".")))  # fmt: skip
ADDED = "A late addition from the airport."
COPY = paras("Talks resumed in Ankara today.", *ORIGINAL[1:6], BOLD_LAST, ADDED)


def make_conflict(uow: UnitOfWork, headline: str, original: Body, current: Body,
                  copy: Body, copy_headline: str) -> tuple[int, int]:  # fmt: skip
    """A draft by ana whose text moved on to `current` while a save of `copy` was made on
    revision 1: (story id, the conflict copy's number)."""
    text = StoryText(headline, "", "By Ana", "", original)
    story_id = stories.create_story(uow, "ana", text).id
    stories.edit_story(uow, "ana", story_id, Changes(body=current), base_revision=1)
    change = Changes(headline=copy_headline, body=copy)
    saved = stories.edit_story(uow, "ana", story_id, change, base_revision=1)
    assert saved.conflict and saved.revision is not None
    return story_id, saved.revision


@pytest.fixture
def conflict(newsroom_uow: UnitOfWork) -> tuple[int, int]:
    return make_conflict(newsroom_uow, "Grain talks resume", paras(*ORIGINAL), CURRENT, COPY,
                         "Grain talks collapse")  # fmt: skip


@pytest.fixture
def open_dialog(qtbot, signed_in: SignIn) -> Callable[..., MergeDialog]:
    def make(name: str, story_id: int, number: int) -> MergeDialog:
        dialog = MergeDialog.for_copy(signed_in(name), story_id, number)
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def texts(dialog: MergeDialog, prefix: str) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) if w.text().startswith(prefix)]


def shown(label: QLabel) -> QTextDocument:
    """The side as the label renders it."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document


def format_of(document: QTextDocument, word: str) -> QTextCharFormat:
    found = document.find(word, 0, QTextDocument.FindFlag.FindWholeWords)
    assert not found.isNull(), f"{word!r} is not shown"
    return found.charFormat()


def has_background(fmt: QTextCharFormat) -> bool:
    return fmt.background().style() != Qt.BrushStyle.NoBrush


def radio(dialog: MergeDialog, index: int, text: str) -> QRadioButton:
    return next(b for b in dialog.groups[index].buttons() if b.text() == text)


def test_the_dialog_shows_each_difference_side_by_side(
    open_dialog, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    dialog = open_dialog("ana", story_id, number)
    assert dialog.windowTitle() == "Merge conflict copy 3"
    assert dialog.current_header.text() == "Current text (revision 2, by ana)"
    assert dialog.copy_header.text().startswith("Conflict copy 3 (by ana, ")
    assert texts(dialog, "Difference") == [
        "Difference 1 of 4: Headline",
        "Difference 2 of 4: paragraph 1",
        "Difference 3 of 4: paragraph 3",
        "Difference 4 of 4: paragraph 7",
    ]
    assert texts(dialog, "…") == ["… 1 paragraph the same …", "… 3 paragraphs the same …"]
    assert dialog.count.text() == "0 of 4 differences use the copy"
    deleted, inserted = diff_colours(dialog.palette())
    left, right = (shown(label) for label in dialog.sides[2])
    assert "walked out" in left.toPlainText() and "walked out" not in right.toPlainText()
    assert format_of(left, "walked").background().color() == deleted
    assert format_of(right, "attended").background().color() == inserted
    assert not has_background(format_of(right, "Both"))
    left, right = (shown(label) for label in dialog.sides[3])
    assert format_of(right, "December").fontWeight() == QFont.Weight.Bold
    assert format_of(left, "December").fontWeight() == QFont.Weight.Normal
    assert format_of(right, "airport").background().color() == inserted
    assert "The same words, formatted differently." in left.toPlainText()
    assert len(dialog.groups[0].buttons()) == 2  # a headline cannot keep both
    assert radio(dialog, 3, "Keep both").isEnabled()
    assert dialog.save_button.isEnabled() and not dialog.notice.isVisible()


def test_choosing_sides_and_saving_makes_the_merge_the_storys_text(
    qtbot, open_dialog, newsroom_uow: UnitOfWork, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    dialog = open_dialog("ana", story_id, number)
    qtbot.mouseClick(radio(dialog, 0, "Use copy"), CLICK)
    qtbot.mouseClick(radio(dialog, 1, "Use copy"), CLICK)
    qtbot.mouseClick(radio(dialog, 3, "Keep both"), CLICK)
    assert dialog.count.text() == "3 of 4 differences use the copy"
    qtbot.mouseClick(dialog.save_button, CLICK)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    story = queries.get_story(newsroom_uow, story_id)
    assert story.text == StoryText(
        "Grain talks collapse",
        "",
        "By Ana",
        "",
        paras(
            "Talks resumed in Ankara today.",
            ORIGINAL[1],
            "Both sides walked out.",
            *SHARED,
            ORIGINAL[-1],
            BOLD_LAST,
            ADDED,
        ),
    )
    latest = queries.get_revision(newsroom_uow, story_id, story.revision)
    assert (latest.number, latest.kind, latest.label) == (
        4,
        RevisionKind.SAVE,
        "merged with conflict copy 3",
    )


def test_use_copy_for_all_gives_the_copy_with_its_marks(
    qtbot, open_dialog, newsroom_uow: UnitOfWork, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    dialog = open_dialog("ana", story_id, number)
    qtbot.mouseClick(dialog.copy_all, CLICK)
    assert dialog.count.text() == "4 of 4 differences use the copy"
    qtbot.mouseClick(dialog.current_all, CLICK)
    assert dialog.count.text() == "0 of 4 differences use the copy"
    qtbot.mouseClick(dialog.copy_all, CLICK)
    qtbot.mouseClick(dialog.save_button, CLICK)
    story = queries.get_story(newsroom_uow, story_id)
    assert story.text == queries.get_revision(newsroom_uow, story_id, number).text
    assert story.body.blocks[-2].runs[1].marks == {Mark.BOLD}


def test_someone_without_the_edit_lock_can_look_but_not_save(
    qtbot, open_dialog, newsroom_uow: UnitOfWork, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    dialog = open_dialog("milica", story_id, number)
    refusal = "ana holds this story's edit lock; only they can change its text."
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == refusal
    assert dialog.notice.isVisible() and refusal in dialog.notice.text()
    assert not radio(dialog, 1, "Use copy").isEnabled()
    assert not dialog.copy_all.isEnabled()
    assert dialog.save() is None
    assert queries.get_story(newsroom_uow, story_id).revision == 2


def test_a_story_that_moved_on_keeps_the_merge_as_another_conflict_copy(
    qtbot, open_dialog, newsroom_uow: UnitOfWork, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    dialog = open_dialog("ana", story_id, number)
    qtbot.mouseClick(dialog.copy_all, CLICK)
    moved = Changes(body=paras("Written elsewhere meanwhile."))
    stories.edit_story(newsroom_uow, "ana", story_id, moved, base_revision=2)
    dialog.controller.announce(Change(frozenset({story_id})))
    assert "moved on to revision 4" in dialog.notice.text()
    qtbot.mouseClick(dialog.save_button, CLICK)

    assert dialog.isVisible()  # it does not pretend the merge went in
    assert "kept as conflict copy 5" in dialog.notice.text()
    assert not dialog.save_button.isEnabled()
    story = queries.get_story(newsroom_uow, story_id)
    assert (story.revision, story.body) == (4, paras("Written elsewhere meanwhile."))
    kept = queries.get_revision(newsroom_uow, story_id, 5)
    assert kept.kind is RevisionKind.CONFLICT
    assert kept.text == queries.get_revision(newsroom_uow, story_id, number).text


def test_a_copy_equal_to_the_current_text_says_so(
    open_dialog, newsroom_uow: UnitOfWork, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    copy = queries.get_revision(newsroom_uow, story_id, number).text
    change = Changes(headline=copy.headline, body=copy.body)
    stories.edit_story(newsroom_uow, "ana", story_id, change, base_revision=2)
    dialog = open_dialog("ana", story_id, number)
    assert dialog.empty.text() == "The conflict copy and the current text are the same."
    assert dialog.merge.hunks == () and not dialog.save_button.isEnabled()
    assert not dialog.count.isVisible()


def test_cyrillic_paragraphs_merge_whole(qtbot, open_dialog, newsroom_uow: UnitOfWork) -> None:
    original = paras("Влада је данас пала.", "Премијер је поднео оставку.", "Избори су у марту.")
    current = paras("Влада је јуче пала.", "Премијер је поднео оставку.", "Избори су у марту.")
    copy = paras("Влада је данас пала.", "Премијер је поднео оставку.", "Избори су у априлу.")
    story_id, number = make_conflict(newsroom_uow, "Пад владе", original, current, copy,
                                     "Пад владе у Београду")  # fmt: skip
    dialog = open_dialog("ana", story_id, number)
    assert texts(dialog, "Difference") == [
        "Difference 1 of 3: Headline",
        "Difference 2 of 3: paragraph 1",
        "Difference 3 of 3: paragraph 3",
    ]
    left, right = dialog.sides[0]
    assert "Пад владе" in left.text() and "Београду" in right.text()
    qtbot.mouseClick(radio(dialog, 0, "Use copy"), CLICK)
    qtbot.mouseClick(radio(dialog, 2, "Keep both"), CLICK)
    qtbot.mouseClick(dialog.save_button, CLICK)
    story = queries.get_story(newsroom_uow, story_id)
    assert story.headline == "Пад владе у Београду"
    assert list(story.body.texts()) == [
        "Влада је јуче пала.",
        "Премијер је поднео оставку.",
        "Избори су у марту.",
        "Избори су у априлу.",
    ]


def test_open_merge_refuses_a_revision_that_is_no_conflict_copy(
    signed_in: SignIn, prompts: FakePrompts, conflict: tuple[int, int]
) -> None:
    story_id, _ = conflict
    assert open_merge(signed_in("ana"), story_id, 2) is None
    assert prompts.errors == ["Revision 2 is not a conflict copy."]


def test_the_versions_tab_merges_only_a_conflict_copy(
    qtbot, signed_in: SignIn, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    widget = VersionsWidget(signed_in("ana"))
    qtbot.addWidget(widget)
    widget.show_story(story_id)
    widget.select(2)
    assert not widget.merge_button.isEnabled()
    assert (
        widget.merge_button.toolTip()
        == "Select one conflict copy to merge it with the current text"
    )
    widget.select(1, number)
    assert not widget.merge_button.isEnabled()
    widget.select(number)
    assert widget.merge_button.isEnabled()
    qtbot.mouseClick(widget.merge_button, CLICK)
    dialog = widget.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Merge conflict copy 3"
    dialog.close()


def test_double_clicking_a_conflict_copy_opens_the_merge(
    qtbot, signed_in: SignIn, conflict: tuple[int, int]
) -> None:
    story_id, number = conflict
    widget = VersionsWidget(signed_in("ana"))
    qtbot.addWidget(widget)
    widget.show_story(story_id)
    widget.show()
    qtbot.waitExposed(widget)
    row = widget.model.row_of(number)
    assert row is not None
    view = widget.view
    rect = view.visualRect(widget.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), CLICK, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), CLICK, pos=rect.center())
    assert widget.merge_dialog is not None and widget.merge_dialog.isVisible()
    assert widget.dialog is None  # no comparison was opened
    widget.merge_dialog.close()
