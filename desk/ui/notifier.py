"""News from the newsroom while the window is open: what others changed, and what concerns
the signed-in person, whether it came from this window or another Desk process."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from desk.services import live, notices
from desk.services.live import Heard, Kind
from desk.services.notices import Marker, Notice, NoticeKind, Update
from desk.ui.controller import Change, Controller

POLL_MS = 1000  # a local newsroom: the only way to learn of other Desk processes
SAFETY_POLL_MS = 10_000  # a shared one, whose changes are announced: in case nobody listens
GATHER_MS = 50  # announcements this close together make one look


class Notifier(QObject):
    """Owns the marker of what the window has seen, and on a shared newsroom the listener that
    hears others' changes as they are committed.

    Each look asks the newsroom whether anything happened since the marker (two index lookups);
    when others changed stories it tells the views through the controller, and it collects the
    notices for the bell. A local newsroom is looked at every second. A shared one is looked at
    when the listener hears something (a burst of announcements makes one look), and every ten
    seconds in case the listener is down; what the history does not show (a lock changing
    hands, a note edited or deleted) is told to the views as the listener heard it.
    """

    arrived = Signal(list)  # list[Notice], newest last
    unreadChanged = Signal(int)
    _woken = Signal()  # emitted on the listener's thread: something was heard

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.marker: Marker = controller.query(notices.marker) or Marker()
        self.notices: list[Notice] = []
        self.unread = 0
        self.listener: live.Listener | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.gather = QTimer(self)
        self.gather.setSingleShot(True)
        self.gather.setInterval(GATHER_MS)
        self.gather.timeout.connect(self.poll)
        # What the listener heard, until the next look takes it (shared with its thread).
        self._guard = threading.Lock()
        self._heard: set[Heard] = set()
        self._missed = False  # the listener was away: anything may have changed
        self._woken.connect(self._wake, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self.listener is None:
            self.listener = live.listen(self.controller.uow, self._hear, self._reconnected)
        self.timer.setInterval(POLL_MS if self.listener is None else SAFETY_POLL_MS)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.gather.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    # The listener's thread

    def _hear(self, heard: list[Heard]) -> None:
        with self._guard:
            asleep = not self._heard and not self._missed
            self._heard.update(heard)
        if asleep:  # one wake-up per look, however many announcements come before it
            self._woken.emit()

    def _reconnected(self) -> None:
        with self._guard:
            asleep = not self._heard and not self._missed
            self._missed = True
        if asleep:
            self._woken.emit()

    # The UI thread

    def _wake(self) -> None:
        if not self.gather.isActive():
            self.gather.start()

    def _take_heard(self) -> tuple[set[Heard], bool]:
        with self._guard:
            heard, self._heard = self._heard, set()
            missed, self._missed = self._missed, False
        return heard, missed

    def poll(self) -> list[Notice]:
        """Look once; returns the new notices."""
        self.gather.stop()
        heard, missed = self._take_heard()
        update = self._update()
        if update is not None:
            self.marker = update.marker
        if missed:
            self.controller.announce(Change())  # a lock may have changed hands meanwhile
        else:
            self._tell_changed(update.changed if update else frozenset(), heard)
        if update is None or not update.notices:
            return []
        self.notices.extend(update.notices)
        del self.notices[:-100]
        self.unread += len(update.notices)
        self.arrived.emit(update.notices)
        self.unreadChanged.emit(self.unread)
        return update.notices

    def _update(self) -> Update | None:
        """What happened since the marker; None if nothing did (or the newsroom cannot say)."""
        latest = self.controller.query(notices.marker)
        if latest is None or latest == self.marker:
            return None
        return self.controller.query(notices.notices_since, self.controller.name, self.marker)

    def _tell_changed(self, told: frozenset[int], heard: set[Heard]) -> None:
        """Tell the views which stories others changed, as the history `told` it, and what the
        listener heard that the history does not show: a lock changing hands, a note edited or
        deleted. (The history's own news is left to the look, which tells others' changes from
        this person's own, already on the screen.)"""
        locks = {story_id for story_id, kind in heard if kind is Kind.LOCK} - told
        notes = {story_id for story_id, kind in heard if kind is Kind.NOTE} - told - locks
        if told or locks:
            self.controller.announce(Change(told | locks))
        if notes:
            self.controller.announce(Change(frozenset(notes), notes=True))

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
