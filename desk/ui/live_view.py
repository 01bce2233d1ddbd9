"""A view that follows the newsroom: it reloads on every change while shown, once when shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desk.ui.controller import Change, Controller


class LiveView(QWidget):
    """Reloads (`refresh`, written by the subclass) when the controller announces a change;
    while hidden it only notes that it is out of date and reloads when shown again, so a
    board or budget nobody looks at costs nothing."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._stale = True
        controller.changed.connect(self._changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def _changed(self, _change: Change) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
