"""The story list: rows fetched a page at a time as the view scrolls, sorted in the database."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from desk.domain.body import Fit
from desk.domain.story import SearchHit, Sort, State, StoryFilter, StorySummary
from desk.services import queries
from desk.ui import look
from desk.ui.controller import Controller
from desk.ui.story_list_rows import StoryRows

PAGE = 200
SEARCH_LIMIT = 500  # a search lists the best this many matches
SEARCH_PAGE = 50  # matches read at a time, each with its passage (the costly part)
REFRESH_LIMIT = 1000
SHOWN_CACHE = 500
StoryRole = Qt.ItemDataRole.UserRole + 1  # the StorySummary of a row
SnippetRole = Qt.ItemDataRole.UserRole + 2  # ((text, matched), ...) for a search hit
StateRole = Qt.ItemDataRole.UserRole + 3  # the State of a row (cheaper than its summary)

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, Sort], ...] = (
    ("Slug", Sort.SLUG),
    ("Headline", Sort.HEADLINE),
    ("Author", Sort.AUTHOR),
    ("Desk", Sort.DESK),
    ("State", Sort.STATE),
    ("Words", Sort.WORDS),
    ("Deadline", Sort.DEADLINE),
    ("Updated", Sort.UPDATED),
)
SLUG, HEADLINE, AUTHOR, DESK, STATE, WORDS, DEADLINE, UPDATED = range(len(COLUMNS))


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        StoryRole,
        SnippetRole,
        StateRole,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def first_found(
    newsroom: Any, query: str, story_filter: StoryFilter
) -> tuple[list[SearchHit], int]:
    """The first page of a search, and how many stories it finds in all (up to SEARCH_LIMIT)."""
    hits = queries.search_stories(newsroom, query, story_filter)
    if len(hits) < story_filter.limit:
        return hits, len(hits)
    return hits, queries.count_found(newsroom, query, story_filter, SEARCH_LIMIT)


@dataclass(frozen=True)
class _Shown:
    """A row as the table shows it, worked out once."""

    cells: tuple[str, ...]
    late: bool
    fit_colour: QColor | None


class StoryListModel(QAbstractTableModel):
    """Owns the rows of one list: a filter (a queue, a desk) or a search, and the story ids
    and summaries fetched so far. Never holds more than the pages the view has asked for."""

    loaded = Signal()  # the rows were replaced (a new queue, sort or search answer)

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._filter = StoryFilter(limit=PAGE)
        self._query = ""
        self._rows = StoryRows()
        self._snippets: dict[int, tuple[tuple[str, bool], ...]] = {}
        self._more = False
        self._generation = 0
        self._shown: dict[int, _Shown] = {}  # rows worked out for display, by row number
        self._fits: dict[Fit, QColor | None] = {}  # the colour of each copyfit, for now
        self._days: dict[date, str] = {}  # how a day is written before a time, for now
        self._ahead: list[StorySummary] | None = None  # the next page, read ahead
        self._fetching = False
        self._wanted = False  # the view asked for the page being read ahead
        self.total = 0

    # What the list shows

    @property
    def story_filter(self) -> StoryFilter:
        return self._filter

    @property
    def query(self) -> str:
        return self._query

    def show(self, story_filter: StoryFilter, query: str = "") -> None:
        """Show the stories `story_filter` selects (and, with a query, only those matching it,
        best match first)."""
        keep = self._filter
        self._filter = replace(
            story_filter, sort=keep.sort, descending=keep.descending, limit=PAGE, offset=0
        )
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._ahead, self._fetching, self._wanted = None, False, False
        self._more = False  # (the rows shown are not the new list's)
        if self._query:
            # Searching a big newsroom takes a moment: off the UI thread, newest answer wins.
            # The best matches come a page at a time, each with its passage, as the list scrolls.
            generation = self._generation
            self.controller.later(
                first_found,
                self._query,
                replace(self._filter, limit=SEARCH_PAGE),
                then=lambda found: self._found(generation, *found),
            )
            return
        self.beginResetModel()
        self._rows, self._snippets, self._more, self._shown = StoryRows(), {}, False, {}
        self.total = self.controller.query(queries.count_stories, self._filter) or 0
        self._fetch_page()
        self.endResetModel()
        self.loaded.emit()
        self._read_ahead_soon()

    def _found(self, generation: int, hits: list[SearchHit], total: int) -> None:
        if generation != self._generation:
            return  # the person has typed on since
        self.beginResetModel()
        self._shown = {}
        self._rows = StoryRows([hit.story for hit in hits])
        self._snippets = {hit.story.id: hit.snippet for hit in hits}
        self.total = total
        self._more = len(self._rows) < total
        self.endResetModel()
        self.loaded.emit()
        self._read_ahead_soon()

    def _fetch_page(self) -> list[StorySummary]:
        found = self.controller.query(queries.list_stories, self._filter, self._rows.last()) or []
        self._rows.extend(found)
        self._more = len(found) == PAGE
        return found

    def _next_page(self) -> tuple[Any, tuple[Any, ...]]:
        """The service and arguments that read the page after the rows held: the page after
        the last row (however deep), or under a search the next matches by rank."""
        if self._query:
            offset = len(self._rows)
            wanted = replace(self._filter, limit=min(SEARCH_PAGE, SEARCH_LIMIT - offset))
            return queries.search_stories, (self._query, replace(wanted, offset=offset))
        return queries.list_stories, (self._filter, self._rows.last())

    def refresh_rows(self) -> None:
        """Re-read the rows already shown (after a change), keeping the scroll position where
        the number of rows allows. Past REFRESH_LIMIT rows the list starts again from the top
        pages (and fetches the rest as the person scrolls), so a change stays cheap."""
        if self._query:
            self.reload()
            return
        shown = min(max(len(self._rows), PAGE), REFRESH_LIMIT)
        fresh = self.controller.query(queries.list_stories, replace(self._filter, limit=shown))
        total = self.controller.query(queries.count_stories, self._filter)
        if fresh is None or total is None:
            return
        self._generation += 1  # a page read ahead may no longer follow these rows
        self._ahead, self._fetching, self._wanted = None, False, False
        if [s.id for s in fresh] != self._rows.ids():
            self.beginResetModel()
            self._shown = {}
            self._rows, self._more, self.total = StoryRows(fresh), len(fresh) == shown, total
            self.endResetModel()
            self._read_ahead_soon()
            return
        self._rows, self.total, self._shown = StoryRows(fresh), total, {}
        self._read_ahead_soon()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def summary(self, row: int) -> StorySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, story_id: int) -> int | None:
        for row, found in enumerate(self._rows.ids()):
            if found == story_id:
                return row
        return None

    # Lazy fetching: the next page is read on the worker thread ahead of need, so scrolling
    # never waits for the database, however deep into the list the page is.

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        if self._ahead is not None:
            page, self._ahead = self._ahead, None
            self._append(page)
        elif self._fetching:
            self._wanted = True  # the view is at the end: show the page the moment it comes
        else:
            self._read_ahead(append=True)

    def _read_ahead_soon(self) -> None:
        """Read the next page once the rows just replaced are painted: reading it at once
        would slow the painting of the first page down (both want Python's one lock)."""
        QTimer.singleShot(0, self, self._read_ahead)

    def _read_ahead(self, *, append: bool = False) -> None:
        if not self._more or self._fetching or self._ahead is not None:
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        service, arguments = self._next_page()
        self.controller.later(
            service,
            *arguments,
            then=lambda found: self._arrived(generation, offset, found, append),
        )

    def _arrived(self, generation: int, offset: int, found: list[Any], append: bool) -> None:
        self._fetching = False
        if generation != self._generation or offset != len(self._rows):
            return  # the list was replaced meanwhile
        if append or self._wanted:
            self._wanted = False
            self._append(found)
        else:
            self._ahead = found

    def _append(self, found: list[Any]) -> None:
        """Rows after the last: summaries, or search hits with their passages."""
        if not found:
            self._more = False
            return
        if self._query:
            self._snippets.update((hit.story.id, hit.snippet) for hit in found)
            found = [hit.story for hit in found]
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
        self._rows.extend(found)
        if self._query:
            self._more = len(self._rows) < self.total
        else:
            self._more = len(found) == PAGE
        self.endInsertRows()
        self._read_ahead()

    # Qt's table interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == WORDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times a frame while scrolling: a row is worked out once (_row)
        # and every role is a lookup.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(row).cells[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            shown = self._row(row)
            if column == DEADLINE and shown.late:
                return look.late_colour()
            return shown.fit_colour if column == WORDS else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == WORDS else None
        if role == StateRole:
            return self._rows.state(row)
        story = self._rows[row]
        if role == StoryRole:
            return story
        if role == SnippetRole:
            return self._snippets.get(story.id) if column == HEADLINE else None
        return self._tooltip(story, column)  # ToolTipRole

    def _row(self, row: int) -> _Shown:
        shown = self._shown.get(row)
        if shown is None:
            if not self._shown:
                self._fits, self._days = {}, {}  # the palette, or the day, may have changed
            story, now = self._rows[row], self.controller.now()
            cells = (
                story.slug,
                story.headline,
                story.author,
                story.desk or "",
                self._state(story),
                look.words_and_target(story.word_count, story.target_words),
                self._time(story.deadline, now),
                self._time(story.updated_at, now),
            )
            late = story.is_late(now)
            fit = story.copyfit.fit
            if fit not in self._fits:
                self._fits[fit] = look.fit_colour(fit)
            shown = _Shown(cells, late, self._fits[fit])
            if len(self._shown) >= SHOWN_CACHE:
                self._shown.clear()  # only the rows on screen need to be at hand
            self._shown[row] = shown
        return shown

    def _time(self, moment: datetime | None, now: datetime) -> str:
        """look.short_time(moment, now), its day worked out once per day shown: formatting
        dates is slow, and a screenful of new rows a frame needs fifty of them."""
        if moment is None:
            return ""
        local = moment.astimezone()
        day = local.date()
        if (head := self._days.get(day)) is None:
            whole = look.short_time(moment, now)  # "... 30 Nov 14:05": the time comes last
            head = self._days[day] = whole[: -len(f"{local:%H:%M}")]
        return f"{head}{local.hour:02d}:{local.minute:02d}"

    def _state(self, story: StorySummary) -> str:
        """ "In editing · milica": whose edit lock it is, where that is news (not a draft)."""
        name = look.state_name(story.state)
        if story.state is State.EDITING and story.lock_holder:
            return f"{name} · {story.lock_holder}"
        return name

    def _tooltip(self, story: StorySummary, column: int) -> str | None:
        if column == STATE and story.lock_holder:
            return self.tr("%1 holds the edit lock").replace("%1", story.lock_holder)
        if column == WORDS:
            return story.copyfit.describe()
        if column == DEADLINE and story.is_late(self.controller.now()):
            return self.tr("Past its deadline")
        if column == HEADLINE:
            return story.headline
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._filter = replace(self._filter, sort=COLUMNS[column][1], descending=descending)
        if self._query:
            return  # search results stay in order of relevance
        # The first page in the new order is read on the worker and the rows swap when it is
        # ready. Until then no page is read on from the rows shown: pages follow the last row
        # in the list's order, and these rows are in the old one.
        self._generation += 1
        self._ahead, self._fetching, self._wanted = None, False, False
        self._more = False
        generation = self._generation
        self.controller.later(
            queries.list_stories,
            self._filter,
            then=lambda found: self._sorted(generation, found),
        )

    def _sorted(self, generation: int, found: list[StorySummary]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self._snippets, self._shown = StoryRows(found), {}, {}
        self._more = len(found) == PAGE
        self.endResetModel()
        self.loaded.emit()
        self._read_ahead_soon()
