"""The budget: open stories due in the coming days, desk by desk, on screen and on paper."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.story import Sort, State, StoryFilter, StorySummary
from desk.services import newsroom, queries
from desk.ui import look
from desk.ui.board_view import fit_label
from desk.ui.controller import Controller
from desk.ui.live_view import LiveView

Index = QModelIndex | QPersistentModelIndex

# Stories still on their way to the page; published, killed and spiked ones are off the budget.
OPEN_STATES = (
    State.DRAFT,
    State.FILED,
    State.EDITING,
    State.RETURNED,
    State.APPROVED,
    State.SCHEDULED,
)
COLUMNS = ("Deadline", "Slug", "Headline", "Assignee", "State", "Words", "Copyfit")
DEADLINE, SLUG, HEADLINE, ASSIGNEE, STATE, WORDS, COPYFIT = range(len(COLUMNS))
StoryIdRole = Qt.ItemDataRole.UserRole + 1  # int, on story rows only
NO_DESK = 0  # internal id of a desk row; a story row's id is its desk's row + 1


@dataclass(frozen=True)
class DeskGroup:
    """One desk's part of the budget: its name ("" for stories without a desk) and stories."""

    desk: str
    stories: tuple[StorySummary, ...]


def group_by_desk(stories: Sequence[StorySummary]) -> list[DeskGroup]:
    """Desks in alphabetical order, stories without a desk last; each desk's stories in the
    order given (by deadline)."""
    groups: dict[str, list[StorySummary]] = {}
    for story in stories:
        groups.setdefault(story.desk or "", []).append(story)
    order = sorted(groups, key=lambda name: (name == "", name.casefold()))
    return [DeskGroup(name, tuple(groups[name])) for name in order]


def budget_cutoff(now: datetime, days: int) -> datetime:
    """The end of the local day `days` days after today: the budget lists what is due before."""
    today = now.astimezone().date()
    return datetime.combine(today + timedelta(days=days + 1), time()).astimezone()


class BudgetModel(QAbstractItemModel):
    """Owns the budget's rows: desk groups at the top level, their stories beneath, plus the
    names to show for people and the moment deadlines are measured against."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[DeskGroup] = []
        self._names: dict[str, str] = {}
        self._now: datetime | None = None

    def set_stories(
        self, stories: Sequence[StorySummary], names: dict[str, str], now: datetime
    ) -> None:
        self.beginResetModel()
        self._groups, self._names, self._now = group_by_desk(stories), dict(names), now
        self.endResetModel()

    def groups(self) -> list[DeskGroup]:
        return list(self._groups)

    def desk_label(self, group: DeskGroup) -> str:
        return group.desk or self.tr("No desk")

    def person(self, story: StorySummary) -> str:
        name = story.assignee or story.author
        return self._names.get(name, name)

    def cells(self, story: StorySummary) -> list[str]:
        """What each column shows for a story, as on screen and on paper."""
        now = self._now or datetime.now().astimezone()
        return [
            look.short_time(story.deadline, now),
            story.slug,
            story.headline,
            self.person(story),
            look.state_name(story.state),
            look.words_and_target(story.word_count, story.target_words),
            fit_label(story.copyfit.fit),
        ]

    # Qt's tree interface: a desk row has internal id NO_DESK, a story row its desk's row + 1.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_DESK)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not child.isValid() or child.internalId() == NO_DESK:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_DESK)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == NO_DESK and parent.column() == 0:
            return len(self._groups[parent.row()].stories)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def story(self, index: Index) -> StorySummary | None:
        if not index.isValid() or index.internalId() == NO_DESK:
            return None
        return self._groups[index.internalId() - 1].stories[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        story = self.story(index)
        if story is None:
            return self._desk_data(self._groups[index.row()], index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(story)[column]
        if role == StoryIdRole:
            return story.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (WORDS, COPYFIT):
            return story.copyfit.describe()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DEADLINE and self._now and story.is_late(self._now):
                return look.late_colour()
            if column in (WORDS, COPYFIT):
                return look.fit_colour(story.copyfit.fit)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _desk_data(self, group: DeskGroup, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{desk} ({count})").format(
                desk=self.desk_label(group), count=len(group.stories)
            )
        if role == Qt.ItemDataRole.FontRole:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == NO_DESK:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class BudgetView(LiveView):
    """Owns the budget's choice of days, its tree of desks and stories, and its printing."""

    storyActivated = Signal(int)
    LIMIT = 1000  # stories on one budget

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = BudgetModel(self)
        self.days = QSpinBox()
        self.days.setRange(0, 60)
        self.days.setValue(3)
        self.days.setToolTip(self.tr("Also lists open stories already past their deadline"))
        self.days.valueChanged.connect(self.refresh)
        days_label = QLabel(self.tr("Days &ahead:"))
        days_label.setBuddy(self.days)
        self.summary = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(lambda: self.print_budget())
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.activated.connect(self._activated)
        bar = QHBoxLayout()
        bar.addWidget(days_label)
        bar.addWidget(self.days)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self._sized = False  # columns fitted to the first budget shown, then left to the person

    def cutoff(self) -> datetime:
        return budget_cutoff(self.controller.now(), self.days.value())

    def refresh(self) -> None:
        """Reload the budget from the newsroom."""
        self._stale = False
        now = self.controller.now()
        cutoff = self.cutoff()
        wanted = StoryFilter(
            states=OPEN_STATES,
            deadline_before=cutoff,
            sort=Sort.DEADLINE,
            descending=False,
            limit=self.LIMIT,
        )
        found = self.controller.query(queries.list_stories, wanted) or []
        total = len(found)
        if total == self.LIMIT:
            total = self.controller.query(queries.count_stories, wanted) or total
        users = self.controller.query(newsroom.list_users) or []
        self.model.set_stories(found, {u.name: u.label for u in users}, now)
        self.tree.expandAll()
        if not self._sized and found:
            self._sized = True
            for column in range(len(COLUMNS)):
                self.tree.resizeColumnToContents(column)
        until = look.short_time(cutoff - timedelta(minutes=1), now)
        if total > len(found):
            text = self.tr("Due by {until}: {count} (the first {shown} shown)")
            self.summary.setText(text.format(until=until, count=total, shown=len(found)))
        else:
            self.summary.setText(
                self.tr("Due by {until}: {count}").format(until=until, count=total)
            )

    def budget_html(self) -> str:
        """The budget as a plain HTML document: a heading per desk, a table row per story."""
        now = self.controller.now()
        title = self.tr("Budget to {until}").format(
            until=look.short_time(self.cutoff() - timedelta(minutes=1), now)
        )
        printed = self.tr("Printed {when}").format(when=look.short_time(now, now))
        head = "".join(
            f"<th>{html.escape(self.model.headerData(c, Qt.Orientation.Horizontal))}</th>"
            for c in range(len(COLUMNS))
        )
        parts = [
            "<html><head><meta charset='utf-8'>",
            f"<title>{html.escape(title)}</title>",
            "<style>table { border-collapse: collapse; width: 100%; }"
            " th, td { border-bottom: 1px solid #999; padding: 3px 6px; text-align: left; }"
            " th { background: #eee; }</style></head><body>",
            f"<h1>{html.escape(title)}</h1><p>{html.escape(printed)}</p>",
        ]
        groups = self.model.groups()
        if not groups:
            parts.append(f"<p>{html.escape(self.tr('Nothing is due.'))}</p>")
        for group in groups:
            parts.append(f"<h2>{html.escape(self.model.desk_label(group))}</h2>")
            parts.append(f"<table width='100%' cellspacing='0'><tr>{head}</tr>")
            for story in group.stories:
                cells = "".join(f"<td>{html.escape(c)}</td>" for c in self.model.cells(story))
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</table>")
        parts.append("</body></html>")
        return "\n".join(parts)

    def print_budget(self, printer: QPrinter | None = None) -> bool:
        """Print the budget; without a printer, ask for one. False when the person cancels."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the budget"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        document = QTextDocument()
        document.setHtml(self.budget_html())
        document.print_(printer)
        return True

    def _activated(self, index: QModelIndex) -> None:
        story_id = index.siblingAtColumn(0).data(StoryIdRole)
        if story_id is not None:
            self.storyActivated.emit(story_id)
