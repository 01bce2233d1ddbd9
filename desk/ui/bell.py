"""The bell in the toolbar: how many notices are unread, and a menu of the latest."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desk.services.notices import Notice
from desk.ui import icons, look
from desk.ui.notifier import Notifier, describe

SHOWN = 15


class BellButton(QToolButton):
    """Owns the bell's menu; choosing a notice opens its story."""

    storyChosen = Signal(int)

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.setObjectName("bell")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self._fill)
        notifier.unreadChanged.connect(self._show_count)
        self._show_count(0)

    def _show_count(self, unread: int) -> None:
        self.setIcon(icons.icon("bell-unread" if unread else "bell"))
        self.setText(str(unread) if unread else "")
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if unread
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.setToolTip(
            look.count(unread, self.tr("unread notice"), self.tr("unread notices"))
            if unread
            else self.tr("No new notices")
        )

    def _fill(self) -> None:
        self.menu_.clear()
        latest: list[Notice] = list(reversed(self.notifier.notices[-SHOWN:]))
        if not latest:
            empty = self.menu_.addAction(self.tr("Nothing new concerns you yet."))
            empty.setEnabled(False)
        for notice in latest:
            text = describe(notice)
            if len(text) > 90:
                text = text[:89] + "…"
            item = self.menu_.addAction(text)
            item.triggered.connect(lambda _c=False, sid=notice.story_id: self.storyChosen.emit(sid))
        self.notifier.mark_read()
