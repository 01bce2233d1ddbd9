"""The Versions tab: every revision of a story, to compare any two, restore an older one or
merge a conflict copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
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
from desk.domain.story import RevisionKind, Story
from desk.services import queries, stories
from desk.services.queries import RevisionEntry
from desk.ui import look
from desk.ui.compare_dialog import CompareDialog
from desk.ui.controller import Change, Controller
from desk.ui.merge_dialog import MergeDialog, open_merge
from desk.ui.table_model import HeadedTableModel, ShowsTheEnd

Index = QModelIndex | QPersistentModelIndex

RevisionRole = Qt.ItemDataRole.UserRole + 1  # the RevisionEntry itself
COUNT_AFTER_MS = 60  # the words of the revisions are counted this long after they are listed


@dataclass(frozen=True)
class RevisionRow:
    """A revision as the list shows it, and whether it is the story's current text."""

    revision: RevisionEntry
    current: bool


class RevisionsModel(HeadedTableModel):
    """Owns one story's revisions, oldest first, conflict copies included, and the word
    counts of their bodies as far as they are known (they are counted after the list is
    shown: a story may have fifty long revisions)."""

    NUMBER, KIND, AUTHOR, WHEN, LABEL, WORDS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionRow] = []
        self._now: datetime | None = None
        self._words: dict[tuple[int, datetime], int] = {}  # by number and time (autosaves
        # keep their number as they are overwritten)
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

    def set_revisions(
        self, revisions: list[RevisionEntry], current: int | None, now: datetime
    ) -> None:
        """Show these revisions; word counts already known for them are kept."""
        self.beginResetModel()
        self._rows = [
            RevisionRow(r, r.number == current) for r in sorted(revisions, key=lambda r: r.number)
        ]
        known = {(r.number, r.created_at) for r in revisions}
        self._words = {key: n for key, n in self._words.items() if key in known}
        self._now = now
        self.endResetModel()

    def uncounted(self) -> list[int]:
        """The numbers of the revisions whose words are not counted yet."""
        return [
            row.revision.number
            for row in self._rows
            if (row.revision.number, row.revision.created_at) not in self._words
        ]

    def set_words(self, words: dict[int, int]) -> None:
        """The word counts of revisions, by number (those no longer listed are ignored)."""
        for row in self._rows:
            if (n := words.get(row.revision.number)) is not None:
                self._words[(row.revision.number, row.revision.created_at)] = n
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.WORDS), self.index(len(self._rows) - 1, self.WORDS)
            )

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
                words = self._words.get((revision.number, revision.created_at))
                return "" if words is None else str(words)

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


class VersionsWidget(ShowsTheEnd, QWidget):
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
        self._listed: int | None = None  # the story whose revisions the model holds
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_AFTER_MS)
        self._count_timer.timeout.connect(self._count_words)
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
        header.setSectionResizeMode(RevisionsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        # Columns sized for what they usually hold, not measured over every revision each time
        # a story opens (fifty, for a long-lived story); the person may widen them.
        metrics, icon = (
            self.view.fontMetrics(),
            self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize),
        )
        samples = {
            RevisionsModel.NUMBER: "000",
            RevisionsModel.KIND: self.tr("{kind} (current)").format(kind=self.tr("Conflict copy")),
            RevisionsModel.AUTHOR: "n" * 12,
            RevisionsModel.WHEN: "Wed 30 Nov 2026 14:00",
            RevisionsModel.WORDS: "00000",
        }
        for column, sample in samples.items():
            extra = icon if column == RevisionsModel.KIND else 0
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + extra + 16)
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
        if self.story_id != self._listed:
            self.model.set_revisions([], None, self.controller.now())  # another story's counts go
        self.story, revisions = None, None
        if self.story_id is not None:
            self.story = self.controller.query(queries.get_story, self.story_id)
        if self.story is not None:
            revisions = self.controller.query(queries.revision_list, self.story_id)
        current = self.story.revision if self.story else None
        self.model.set_revisions(revisions or [], current, self.controller.now())
        self._listed = self.story_id
        self.pages.setCurrentIndex(0 if self.story_id is None else 1)
        self._select(selected)
        self._update_buttons()
        self._count_timer.start()

    def _count_words(self) -> None:
        """Count the words of the revisions listed, off the UI thread (fifty long bodies to
        read and count would hold up opening the story), once the story is on the screen (so
        that the counting does not slow its painting down)."""
        missing = self.model.uncounted()
        if self.story_id is None or not missing:
            return
        story_id = self.story_id
        self.controller.later(
            queries.revision_words,
            story_id,
            missing,
            then=lambda words: self._counted(story_id, words),
        )

    def _counted(self, story_id: int, words: dict[int, int]) -> None:
        # The tab may have gone with its window while the words were being counted.
        if story_id == self.story_id and shiboken6.isValid(self.model):
            self.model.set_words(words)

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
            self._to_bottom()

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
