"""The board: one column of story cards per workflow state; dragging a card acts on the story."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain import workflow
from desk.domain.body import Fit
from desk.domain.story import Sort, State, StoryFilter, StorySummary
from desk.services import newsroom, queries
from desk.ui import actions, look
from desk.ui.controller import Controller
from desk.ui.live_view import LiveView

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-desk-story"

# Left to right, as copy moves through the newsroom; the last two are shown on request.
MAIN_STATES = (
    State.DRAFT,
    State.FILED,
    State.EDITING,
    State.RETURNED,
    State.APPROVED,
    State.SCHEDULED,
    State.PUBLISHED,
)
SET_ASIDE_STATES = (State.SPIKED, State.KILLED)
# A deadline can no longer be missed once the story is out or set aside.

StoryIdRole = Qt.ItemDataRole.UserRole + 1  # int
SummaryRole = Qt.ItemDataRole.UserRole + 2  # StorySummary
AuthorRole = Qt.ItemDataRole.UserRole + 3  # str: the author's name as people know it
WordsRole = Qt.ItemDataRole.UserRole + 4  # str: "420 / 500"
FitRole = Qt.ItemDataRole.UserRole + 5  # Fit
FitLabelRole = Qt.ItemDataRole.UserRole + 6  # str: "short", "fits", "long" or ""
FitColourRole = Qt.ItemDataRole.UserRole + 7  # QColor | None
DeadlineRole = Qt.ItemDataRole.UserRole + 8  # str: "14:00", "Sat 28 Nov 14:00" or ""
LateRole = Qt.ItemDataRole.UserRole + 9  # bool: past its deadline and not yet out

_FIT_LABELS = {Fit.SHORT: "short", Fit.FITS: "fits", Fit.LONG: "long", Fit.NO_TARGET: ""}


def fit_label(fit: Fit) -> str:
    """The copyfit as the board and the budget say it."""
    text = _FIT_LABELS[fit]
    return QCoreApplication.translate("copyfit", text) if text else ""


class BoardColumnModel(QAbstractListModel):
    """Owns the cards of one column: the summaries of the stories in one state, the names to
    show for their authors, and the moment their deadlines are measured against."""

    def __init__(
        self,
        state: State,
        on_drop: Callable[[int, State], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.on_drop = on_drop
        self._stories: list[StorySummary] = []
        self._names: dict[str, str] = {}
        self._now: datetime | None = None

    def set_stories(
        self, stories: Sequence[StorySummary], names: dict[str, str], now: datetime
    ) -> None:
        self.beginResetModel()
        self._stories, self._names, self._now = list(stories), dict(names), now
        self.endResetModel()

    def row_of(self, story_id: int) -> int | None:
        for row, story in enumerate(self._stories):
            if story.id == story_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stories)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stories):
            return None
        story = self._stories[index.row()]
        fit = story.copyfit.fit
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return story.slug
            case Qt.ItemDataRole.ToolTipRole:
                tip = f"{story.headline}\n{story.copyfit.describe()}".strip()
                if story.state is State.EDITING and story.lock_holder:
                    tip += "\n" + self.tr("%1 holds the edit lock").replace("%1", story.lock_holder)
                return tip
            case _ if role == StoryIdRole:
                return story.id
            case _ if role == SummaryRole:
                return story
            case _ if role == AuthorRole:
                return self._names.get(story.author, story.author)
            case _ if role == WordsRole:
                return look.words_and_target(story.word_count, story.target_words)
            case _ if role == FitRole:
                return fit
            case _ if role == FitLabelRole:
                return fit_label(fit)
            case _ if role == FitColourRole:
                return look.fit_colour(fit)
            case _ if role == DeadlineRole:
                return look.short_time(story.deadline, self._now) if self._now else ""
            case _ if role == LateRole:
                return self._now is not None and story.is_late(self._now)
        return None

    # Drag and drop: a card carries its story id; a drop asks the board to act.

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[Index]) -> QMimeData:
        data = QMimeData()
        ids = {index.data(StoryIdRole) for index in indexes if index.isValid()}
        if len(ids) == 1:  # one card at a time: each move may ask its own question
            data.setData(MIME_TYPE, str(ids.pop()).encode("ascii"))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, *_: Any) -> bool:
        return story_id_in(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, *_: Any) -> bool:
        story_id = story_id_in(data)
        if story_id is None or self.on_drop is None or action == Qt.DropAction.IgnoreAction:
            return False
        # The board reloads every column from the newsroom once the action is taken, so no
        # row is moved here: what the column shows is always what is stored.
        return self.on_drop(story_id, self.state)


def story_id_in(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")
    return int(raw) if raw.isdigit() else None


class CardDelegate(QStyledItemDelegate):
    """Draws a story as a card: slug in bold, author, words against target coloured by
    copyfit, and the deadline, in red once it has passed."""

    PAD = 6
    GAP = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(150, 4 * line + 2 * self.PAD + self.GAP + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = option.rect.adjusted(2, 1, -2, -self.GAP + 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.setBrush(fill)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(card, 4, 4)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        inner = card.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        self._text(painter, QRect(inner.x(), inner.y(), inner.width(), line), index.data())
        painter.setFont(option.font)
        author_rect = QRect(inner.x(), inner.y() + line, inner.width(), line)
        self._text(painter, author_rect, index.data(AuthorRole))
        bottom = QRect(inner.x(), inner.y() + 2 * line, inner.width(), line)
        words = index.data(WordsRole)
        if label := index.data(FitLabelRole):
            words = f"{words} · {label}"
        colour = index.data(FitColourRole)
        painter.setPen(colour if colour is not None and not selected else text_colour)
        self._text(painter, bottom, words)
        late = index.data(LateRole)
        painter.setPen(look.late_colour() if late and not selected else text_colour)
        due = QRect(inner.x(), inner.y() + 3 * line, inner.width(), line)
        if deadline := index.data(DeadlineRole):
            self._text(painter, due, self.tr("Due %1").replace("%1", deadline))
        painter.restore()

    @staticmethod
    def _text(
        painter: QPainter,
        rect: QRect,
        text: str | None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        elided = painter.fontMetrics().elidedText(
            text or "", Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)


class BoardColumnWidget(QFrame):
    """Owns one column's header, its card list and the note of cards left out."""

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel()
        bold = self.header.font()
        bold.setBold(True)
        self.header.setFont(bold)
        self.list = QListView()
        self.list.setModel(model)
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.more = QLabel()
        self.more.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self.setMinimumWidth(170)


class BoardView(LiveView):
    """Owns the board's columns, one per state, and turns a card dropped on a column into the
    workflow action that takes the story there."""

    storyActivated = Signal(int)
    LIMIT = 200  # cards loaded per column

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.models: dict[State, BoardColumnModel] = {}
        self.columns: dict[State, BoardColumnWidget] = {}
        self.show_set_aside = QCheckBox(self.tr("Show spiked and killed"))
        self.show_set_aside.toggled.connect(self._set_aside_toggled)
        row = QHBoxLayout()
        row.setContentsMargins(4, 4, 4, 4)
        for state in MAIN_STATES + SET_ASIDE_STATES:
            model = BoardColumnModel(state, self.drop_story, self)
            column = BoardColumnWidget(model)
            column.list.activated.connect(self._activated)
            column.setVisible(state in MAIN_STATES)
            self.models[state] = model
            self.columns[state] = column
            row.addWidget(column)
        strip = QWidget()
        strip.setLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.show_set_aside)
        layout.addWidget(scroll, 1)

    def shown_states(self) -> tuple[State, ...]:
        if self.show_set_aside.isChecked():
            return MAIN_STATES + SET_ASIDE_STATES
        return MAIN_STATES

    def refresh(self) -> None:
        """Reload every shown column from the newsroom."""
        self._stale = False
        users = self.controller.query(newsroom.list_users) or []
        names = {user.name: user.label for user in users}
        now = self.controller.now()
        for state in self.shown_states():
            self._load(state, names, now)

    def _load(self, state: State, names: dict[str, str], now: datetime) -> None:
        wanted = StoryFilter(states=(state,), sort=Sort.UPDATED, limit=self.LIMIT)
        found = self.controller.query(queries.list_stories, wanted) or []
        total = len(found)
        if total == self.LIMIT:  # only then can there be more than were loaded
            total = self.controller.query(queries.count_stories, wanted) or total
        # The most recently touched cards, the most urgent at the top and no deadline last.
        found.sort(key=lambda s: (s.deadline is None, s.deadline or now, -s.id))
        self.models[state].set_stories(found, names, now)
        column = self.columns[state]
        column.header.setText(
            self.tr("{state} ({count})").format(state=look.state_name(state), count=total)
        )
        hidden = total - len(found)
        column.more.setText(self.tr("and {count} more").format(count=hidden))
        column.more.setVisible(hidden > 0)

    def drop_story(self, story_id: int, target: State) -> bool:
        """Take the action that moves the story to `target`, asking for a note or a time when
        it needs one. False when no action goes there, it is refused, or it is cancelled (the
        person has been told why)."""
        story = self.controller.query(queries.get_story, story_id)
        if story is None or story.state is target:
            return False
        possible = workflow.actions_to(story.state, target, story.spiked_from)
        if not possible:
            self.controller.prompts.error(
                self.tr("A story cannot go from {source} to {target}.").format(
                    source=look.state_name(story.state), target=look.state_name(target)
                )
            )
            return False
        refusals = self.controller.query(queries.available_actions, self.controller.name, story_id)
        if refusals is None:
            return False
        allowed = [action for action in possible if refusals.get(action) is None]
        if not allowed:
            self.controller.prompts.error(refusals[possible[0]] or "")
            return False
        return actions.perform(self.controller, story_id, allowed[0]) is not None

    def _activated(self, index: QModelIndex) -> None:
        story_id = index.data(StoryIdRole)
        if story_id is not None:
            self.storyActivated.emit(story_id)

    def _set_aside_toggled(self, shown: bool) -> None:
        for state in SET_ASIDE_STATES:
            self.columns[state].setVisible(shown)
        if shown:
            self.refresh()
