"""The Versions tab: every revision of a story, to compare any two, restore an older one or
merge a conflict copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain import workflow
from desk.domain.body import count_words
from desk.domain.story import Revision, RevisionKind, Story
from desk.services import queries, stories
from desk.ui import look
from desk.ui.compare_dialog import CompareDialog
from desk.ui.controller import Change, Controller
from desk.ui.merge_dialog import MergeDialog, open_merge
from desk.ui.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex

RevisionRole = Qt.ItemDataRole.UserRole + 1  # the Revision itself


@dataclass(frozen=True)
class RevisionRow:
    """A revision as the list shows it: with its body's word count, and whether it is the
    story's current text."""

    revision: Revision
    words: int
    current: bool


class RevisionsModel(HeadedTableModel):
    """Owns one story's revisions, oldest first, conflict copies included."""

    NUMBER, KIND, AUTHOR, WHEN, LABEL, WORDS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionRow] = []
        self._now: datetime | None = None
        self._headers = (
            self.tr("#"),
            self.tr("Kind"),
            self.tr("Author"),
            self.tr("When"),
            self.tr("Label"),
            self.tr("Words"),
        )
        self._kinds = {
            RevisionKind.CREATED: self.tr("Created"),
            RevisionKind.SAVE: self.tr("Saved"),
            RevisionKind.AUTOSAVE: self.tr("Autosaved"),
            RevisionKind.ACTION: self.tr("Workflow"),
            RevisionKind.CONFLICT: self.tr("Conflict copy"),
            RevisionKind.RESTORE: self.tr("Restored"),
        }

    def set_revisions(self, revisions: list[Revision], current: int | None, now: datetime) -> None:
        self.beginResetModel()
        self._rows = [
            RevisionRow(r, count_words(r.text.body.text), r.number == current)
            for r in sorted(revisions, key=lambda r: r.number)
        ]
        self._now = now
        self.endResetModel()

    def entry(self, row: int) -> RevisionRow:
        return self._rows[row]

    def row_of(self, number: int) -> int | None:
        return next((r for r, i in enumerate(self._rows) if i.revision.number == number), None)

    def rows(self) -> list[Any]:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        revision, column = item.revision, index.column()
        if role == RevisionRole:
            return revision
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(item)
        if role == Qt.ItemDataRole.FontRole and (item.current or revision.is_conflict):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND and revision.is_conflict:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.WORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: RevisionRow, column: int) -> str:
        revision = item.revision
        match column:
            case self.NUMBER:
                return str(revision.number)
            case self.KIND:
                kind = self._kinds.get(revision.kind, revision.kind.value)
                return self.tr("{kind} (current)").format(kind=kind) if item.current else kind
            case self.AUTHOR:
                return revision.author
            case self.WHEN:
                return look.short_time(revision.created_at, self._now or revision.created_at)
            case self.LABEL:
                return revision.label
            case _:
                return str(item.words)

    def _tip(self, item: RevisionRow) -> str | None:
        revision = item.revision
        if revision.is_conflict:
            return self.tr(
                "A conflict copy: {author} saved this over revision {base}, but the story had "
                "moved on. It is kept here, never dropped: merge it with the current text "
                "(double-click), or compare it and restore it if it should win."
            ).format(author=revision.author, base=revision.base)
        if item.current:
            return self.tr("The story's current text")
        return None


class VersionsWidget(QWidget):
    """Owns the Versions tab of the story pane: the list of one story's revisions, and
    comparing two of them, restoring one (for the holder of the edit lock) or merging a
    conflict copy with the current text."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.story_id: int | None = None
        self.story: Story | None = None
        self.dialog: CompareDialog | None = None  # the last comparison opened
        self.merge_dialog: MergeDialog | None = None  # the last merge opened
        self.model = RevisionsModel(self)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)  # a long label is cut short with "…" (its tooltip is whole)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RevisionsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        # A lambda, as before: PySide holds a bound method weakly, and this one keeps an
        # unparented tab (as tests make) alive for the dialogs it opens.
        self.view.doubleClicked.connect(lambda index: self._open(index))

        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.clicked.connect(self.compare)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)

        self.hint = look.hint_label(self.tr("Select a story to see its versions."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        controller.changed.connect(self._on_changed)
        self.show_story(None)

    def show_story(self, story_id: int | None) -> None:
        self.story_id = story_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_numbers()
        self.story, revisions = None, None
        if self.story_id is not None:
            self.story = self.controller.query(queries.get_story, self.story_id)
        if self.story is not None:
            revisions = self.controller.query(queries.story_revisions, self.story_id)
        current = self.story.revision if self.story else None
        self.model.set_revisions(revisions or [], current, self.controller.now())
        self.pages.setCurrentIndex(0 if self.story_id is None else 1)
        self._select(selected)
        self._update_buttons()

    def selected_numbers(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return sorted(self.model.entry(i.row()).revision.number for i in rows)

    def select(self, *numbers: int) -> None:
        """Select these revisions (as a person would with Ctrl+click)."""
        self._select(list(numbers))

    def _select(self, numbers: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for number in numbers:
            row = self.model.row_of(number)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        if not numbers:
            self.view.scrollToBottom()

    def compare(self) -> CompareDialog | None:
        """Compare the two selected revisions, or the one selected with the current text."""
        numbers = self.selected_numbers()
        if self.story is None or self.story_id is None or not 0 < len(numbers) <= 2:
            return None
        if len(numbers) == 2:
            old, new = numbers
        elif numbers[0] == self.story.revision:
            old, new = None, numbers[0]  # the current text: compare with the one before
        else:
            old, new = numbers[0], self.story.revision
        dialog = CompareDialog.for_revisions(self.controller, self.story_id, old, new, self)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.dialog = dialog
        return dialog

    def merge(self) -> MergeDialog | None:
        """Merge the selected conflict copy with the current text, side by side."""
        number = self._conflict_selected()
        if number is None or self.story_id is None:
            return None
        self.merge_dialog = open_merge(self.controller, self.story_id, number, self)
        return self.merge_dialog

    def _conflict_selected(self) -> int | None:
        """The number of the one selected revision when it is a conflict copy."""
        rows = self.view.selectionModel().selectedRows()
        if self.story is None or len(rows) != 1:
            return None
        revision = self.model.entry(rows[0].row()).revision
        return revision.number if revision.is_conflict else None

    def _open(self, index: QModelIndex) -> None:
        """Double-click: a conflict copy opens its merge, any other revision a comparison."""
        revision = self.model.entry(index.row()).revision
        if revision.is_conflict and self._conflict_selected() == revision.number:
            self.merge()
        else:
            self.compare()

    def restore(self) -> None:
        numbers = self.selected_numbers()
        if self.story_id is None or len(numbers) != 1 or self._restore_refusal(numbers):
            return
        number, story_id = numbers[0], self.story_id
        question = self.tr(
            "The story's text becomes revision {number}'s again, as a new revision. "
            "Nothing written since is lost."
        ).format(number=number)
        title = self.tr("Restore revision {number}").format(number=number)
        if self.controller.prompts.confirm(title, question):
            self.controller.do(stories.restore_revision, story_id, number, stories=[story_id])

    def _restore_refusal(self, numbers: list[int]) -> str | None:
        """Why the selected revisions cannot be restored now, or None."""
        story = self.story
        if story is None:
            return self.tr("Select a story first")
        if story.lock_holder != self.controller.name:
            reason = workflow.text_refusal(self.controller.user, story)
            return reason or self.tr("Only the holder of the edit lock can restore a revision")
        if len(numbers) != 1:
            return self.tr("Select one revision to restore it")
        if numbers[0] == story.revision:
            return self.tr("This revision is already the story's text")
        return None

    def _update_buttons(self) -> None:
        numbers = self.selected_numbers()
        refusal = self._restore_refusal(numbers)
        self.restore_button.setEnabled(refusal is None)
        self.restore_button.setToolTip(
            refusal or self.tr("Make this revision's text the story's text again")
        )
        can_compare = self.story is not None and 0 < len(numbers) <= 2
        self.compare_button.setEnabled(can_compare)
        if len(numbers) == 1:
            tip = self.tr("Compare the selected revision with the current text")
        elif len(numbers) == 2:
            tip = self.tr("Compare the two selected revisions")
        else:
            tip = self.tr("Select one revision, or two with Ctrl+click, to compare")
        self.compare_button.setToolTip(tip)
        can_merge = self._conflict_selected() is not None
        self.merge_button.setEnabled(can_merge)
        self.merge_button.setToolTip(
            self.tr("Choose, difference by difference, what the story keeps from this copy")
            if can_merge
            else self.tr("Select one conflict copy to merge it with the current text")
        )

    def _on_changed(self, change: Change) -> None:
        if self.story_id is not None and change.touches(self.story_id) and not change.notes:
            self.refresh()
