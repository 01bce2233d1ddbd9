"""The queues down the side of the window, with live counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desk.domain.queues import Queue, queues_for
from desk.services import queries
from desk.ui import look
from desk.ui.controller import Controller

QueueRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractListModel):
    """Owns the queues the signed-in person's role sees and how many stories each holds."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.queues: tuple[Queue, ...] = queues_for(controller.user)
        self.counts: list[int] = [0] * len(self.queues)

    def refresh_counts(self) -> None:
        """Recount every queue off the UI thread; the counts change when the answer comes."""
        user, queues = self.controller.user, self.queues

        def count_all(newsroom) -> list[int]:  # newsroom: the worker's own handle
            return [queries.count_stories(newsroom, q.filter(user)) for q in queues]

        self.controller.later(count_all, then=self._counted)

    def _counted(self, counts: list[int]) -> None:
        if counts != self.counts:
            self.counts = counts
            self.dataChanged.emit(self.index(0), self.index(len(self.queues) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.queues)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.queues):
            return None
        queue, count = self.queues[index.row()], self.counts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.tr(queue.title)
            return f"{title}  ({count:,})" if count else title
        if role == QueueRole:
            return queue
        if role == CountRole:
            return count
        if role == Qt.ItemDataRole.ToolTipRole:
            return look.count(count, self.tr("story"), self.tr("stories"))
        return None

    def row_of(self, queue_id: str) -> int | None:
        for row, queue in enumerate(self.queues):
            if queue.id == queue_id:
                return row
        return None
