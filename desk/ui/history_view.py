"""The History tab: who did what to a story and when, oldest first, as a table."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.story import HistoryEvent
from desk.services import queries
from desk.ui import look
from desk.ui.controller import Change, Controller
from desk.ui.table_model import HeadedTableModel, ShowsTheEnd

Index = QModelIndex | QPersistentModelIndex

EventRole = Qt.ItemDataRole.UserRole + 1  # the HistoryEvent itself


class HistoryModel(HeadedTableModel):
    """Owns one story's history events, oldest first, and the time they are shown against."""

    WHEN, WHO, WHAT, NOTE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[HistoryEvent] = []
        self._now: datetime | None = None
        self._headers = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Note"))

    def set_events(self, events: list[HistoryEvent], now: datetime) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: (e.at, e.id))
        self._now = now
        self.endResetModel()

    def event_at(self, row: int) -> HistoryEvent:
        return self._events[row]

    def rows(self) -> list[Any]:
        return self._events

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == EventRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHEN:
                return event.at.astimezone().strftime("%A %d %B %Y, %H:%M:%S")
            if column == self.NOTE and event.note:
                return event.note
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _text(self, event: HistoryEvent, column: int) -> str:
        if column == self.WHEN:
            return look.short_time(event.at, self._now or event.at)
        if column == self.WHO:
            return event.actor
        if column == self.WHAT:
            moved = event.from_state and event.to_state and event.from_state != event.to_state
            if moved:
                return self.tr("{action}: {old} → {new}").format(
                    action=event.action, old=event.from_state, new=event.to_state
                )
            return event.action
        return event.note


class EventDelegate(QStyledItemDelegate):
    """Draws one history event: the action in bold, who and when in grey, the note below."""

    PAD = 4

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # Each event laid out once per width, for its size and for painting it; forgotten when
        # the list is refilled.
        self._laid_out: dict[tuple[Any, ...], QTextDocument] = {}
        view.model().modelReset.connect(self._laid_out.clear)

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        what = html.escape(index.data() or "")
        who = html.escape(index.siblingAtColumn(HistoryModel.WHO).data() or "")
        when = html.escape(index.siblingAtColumn(HistoryModel.WHEN).data() or "")
        note = html.escape(index.siblingAtColumn(HistoryModel.NOTE).data() or "")
        width = max(width, 80)
        key = (what, who, when, note, width, option.font.key())
        if (document := self._laid_out.get(key)) is not None:
            return document
        page = f"<b>{what}</b><br><span style='color:gray'>{who} · {when}</span>"
        if note:
            page += f"<br>{note}"
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(self.PAD)
        document.setHtml(page)
        document.setTextWidth(width)
        self._laid_out[key] = document
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() or (option.widget.width() if option.widget else 300)
        document = self._document(option, index, width - 4)
        return QSize(width, int(document.size().height()) + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(option, index, option.rect.width() - 4)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()


class HistoryWidget(ShowsTheEnd, QWidget):
    """Owns the History tab of the story pane: the table of one story's events, refreshed
    whenever the controller announces a change to that story."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.story_id: int | None = None
        self.model = HistoryModel(self)
        # A side panel is narrow: each event is one entry (what, who and when on a line, the
        # note wrapped beneath at full width) rather than a table with a squeezed note column.
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setModelColumn(HistoryModel.WHAT)
        self.view.setItemDelegate(EventDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.hint = look.hint_label(self.tr("Select a story to see its history."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        controller.changed.connect(self._on_changed)

    def show_story(self, story_id: int | None) -> None:
        self.story_id = story_id
        self.refresh()

    def refresh(self) -> None:
        events = None
        if self.story_id is not None:
            events = self.controller.query(queries.story_history, self.story_id)
        self.model.set_events(events or [], self.controller.now())
        self.pages.setCurrentWidget(self.view if self.story_id is not None else self.hint)
        self._to_bottom()

    def _on_changed(self, change: Change) -> None:
        # Notes are not history; everything else that touches the story may add an event.
        if self.story_id is not None and change.touches(self.story_id) and not change.notes:
            self.refresh()
