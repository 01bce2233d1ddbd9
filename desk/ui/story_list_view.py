"""The story list's table: state badges, matched words highlighted, late deadlines in red."""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desk.domain.story import State
from desk.ui import look
from desk.ui.story_list_model import (
    DEADLINE,
    HEADLINE,
    SLUG,
    STATE,
    UPDATED,
    WORDS,
    SnippetRole,
    StateRole,
    StoryListModel,
    StoryRole,
)

Index = QModelIndex | QPersistentModelIndex


class StateBadgeDelegate(QStyledItemDelegate):
    """Draws a story's state as a small coloured badge. Each badge is drawn once into a
    picture and then copied: a screenful of the list repaints every frame of a scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badges: dict[tuple[Any, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state: State | None = index.data(StateRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if state is None:
            return
        badge = self._badge(state, text, opt.font, painter.device().devicePixelRatioF())
        size = badge.deviceIndependentSize()
        top = opt.rect.center().y() - size.height() / 2 + 1
        painter.drawPixmap(QPointF(opt.rect.x() + 4, top), badge)

    def _badge(self, state: State, text: str, font: QFont, ratio: float) -> QPixmap:
        key = (state, text, font.key(), ratio)
        if (badge := self._badges.get(key)) is None:
            metrics = QFontMetrics(font)
            width, height = metrics.horizontalAdvance(text) + 14, metrics.height() + 4
            badge = QPixmap(QSize(math.ceil(width * ratio), math.ceil(height * ratio)))
            badge.setDevicePixelRatio(ratio)
            badge.fill(Qt.GlobalColor.transparent)
            painter = QPainter(badge)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(font)
            rect = QRectF(0, 0, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.state_colour(state))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            self._badges[key] = badge
        return badge

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 22, size.height())


class SnippetDelegate(QStyledItemDelegate):
    """Under search, shows the headline and the passage that matched, matches in bold on a
    highlight."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snippet = index.data(SnippetRole)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        headline = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(2)
        document.setHtml(snippet_html(headline, snippet, look.dark()))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText() if selected else opt.palette.text()
        context.palette.setColor(context.palette.ColorRole.Text, colour.color())
        document.documentLayout().draw(painter, context)
        painter.restore()


def snippet_html(headline: str, snippet: tuple[tuple[str, bool], ...], dark: bool) -> str:
    """One line: the headline, then the matched passage with the matching words marked."""
    mark = "#854d0e" if dark else "#fde68a"
    parts = [
        f'<b style="background:{mark}">{html.escape(text)}</b>' if hit else html.escape(text)
        for text, hit in snippet
    ]
    passage = " ".join("".join(parts).split())
    return f"<nobr>{html.escape(headline)} <span style='color:gray'>—</span> {passage}</nobr>"


class StoryListView(QTableView):
    """The table of stories; emits the story the person moves to."""

    storySelected = Signal(object)  # int | None

    def __init__(self, model: StoryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(UPDATED, Qt.SortOrder.DescendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        widths = {SLUG: 150, STATE: 100, WORDS: 100, DEADLINE: 130, UPDATED: 130}
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        self.setItemDelegateForColumn(STATE, StateBadgeDelegate(self))
        self._plain = QStyledItemDelegate(self)
        self._snippets = SnippetDelegate(self)
        model.loaded.connect(self._pick_headline_delegate)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self._keep: int | None = None

    def _pick_headline_delegate(self) -> None:
        # Drawing rich text costs: only search results have passages to show.
        searching = bool(self.list_model().query)
        self.setItemDelegateForColumn(HEADLINE, self._snippets if searching else self._plain)

    def list_model(self) -> StoryListModel:
        model = self.model()
        assert isinstance(model, StoryListModel)
        return model

    def current_story(self) -> int | None:
        index = self.currentIndex()
        story = index.data(StoryRole) if index.isValid() else None
        return story.id if story else None

    def select_story(self, story_id: int | None) -> bool:
        row = None if story_id is None else self.list_model().row_of(story_id)
        if row is None:
            return False
        self.setCurrentIndex(self.list_model().index(row, SLUG))
        self.scrollTo(self.currentIndex())
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        story = current.data(StoryRole) if current.isValid() else None
        self.storySelected.emit(story.id if story else None)

    def _remember(self) -> None:
        self._keep = self.current_story()

    def _restore(self) -> None:
        # A story that left this list (filed out of My drafts, say) stays open in the pane.
        keep, self._keep = self._keep, None
        if keep is not None:
            self.blockSignals(True)
            self.select_story(keep)
            self.blockSignals(False)

    def column_widths(self) -> list[int]:
        return [self.columnWidth(c) for c in range(self.list_model().columnCount())]

    def restore_widths(self, widths: list[Any]) -> None:
        for column, width in enumerate(widths):
            if column != HEADLINE and str(width).isdigit() and int(width) > 20:
                self.setColumnWidth(column, int(width))
