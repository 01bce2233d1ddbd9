"""News from the newsroom while the window is open: what others changed, and what concerns
the signed-in person, whether it came from this window or another Desk process."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desk.services import notices
from desk.services.notices import Marker, Notice, NoticeKind
from desk.ui.controller import Change, Controller

POLL_MS = 1000


class Notifier(QObject):
    """Owns the marker of what the window has seen. Every second it asks the newsroom whether
    anything happened since (two index lookups); when others changed stories it tells the
    views through the controller, and it collects the notices for the bell."""

    arrived = Signal(list)  # list[Notice], newest last
    unreadChanged = Signal(int)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.marker: Marker = controller.query(notices.marker) or Marker()
        self.notices: list[Notice] = []
        self.unread = 0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> list[Notice]:
        """Look once; returns the new notices."""
        latest = self.controller.query(notices.marker)
        if latest is None or latest == self.marker:
            return []
        update = self.controller.query(notices.notices_since, self.controller.name, self.marker)
        if update is None:
            return []
        self.marker = update.marker
        if update.changed:
            self.controller.announce(Change(update.changed))
        if update.notices:
            self.notices.extend(update.notices)
            del self.notices[:-100]
            self.unread += len(update.notices)
            self.arrived.emit(update.notices)
            self.unreadChanged.emit(self.unread)
        return update.notices

    def mark_read(self) -> None:
        self.unread = 0
        self.unreadChanged.emit(0)


_LINES = {
    NoticeKind.RETURNED: "{slug} was returned to you by {who}",
    NoticeKind.APPROVED: "{slug} was approved by {who}",
    NoticeKind.PUBLISHED: "{slug} was published by {who}",
    NoticeKind.KILLED: "{slug} was killed by {who}",
    NoticeKind.FILED: "{who} filed {slug}",
    NoticeKind.MENTIONED: "{who} mentioned you on {slug}",
    NoticeKind.TAKEN_OVER: "{who} took over {slug} from you",
}


def describe(notice: Notice) -> str:
    """One line for the bell's menu and the status bar, with the note where there is one."""
    line = QCoreApplication.translate("notices", _LINES[notice.kind])
    line = line.format(slug=notice.slug, who=notice.actor)
    return f"{line}: {notice.note}" if notice.note else line
