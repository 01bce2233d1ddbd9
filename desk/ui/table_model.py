"""What the small tables of the side tabs share: fixed column headings over a list of rows, and
showing the latest rows first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView

Index = QModelIndex | QPersistentModelIndex


class HeadedTableModel(QAbstractTableModel):
    """Counts rows and columns and names the columns; a subclass keeps its rows (`rows()`),
    sets `_headers`, and answers `data`."""

    _headers: tuple[str, ...] = ()

    def rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class ShowsTheEnd:
    """For a tab whose table reads oldest first, so the latest rows are at its end: it scrolls
    there, and a tab nobody is looking at does so when it is shown (finding the end lays out
    every row). Mixed into a QWidget with a `view`, before QWidget among its bases."""

    view: QAbstractItemView
    _end_wanted = False

    def _to_bottom(self) -> None:
        self._end_wanted = not self.view.isVisible()
        if not self._end_wanted:
            self.view.scrollToBottom()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._end_wanted:
            self._to_bottom()
