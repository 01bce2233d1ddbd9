"""How the window shows states, copyfit and times: one place for colours and formats."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

from desk.domain.body import Fit
from desk.domain.story import State
from desk.domain.workflow import format_time

# Badge colours chosen to read with white text on light and dark palettes alike.
STATE_COLOURS: dict[State, str] = {
    State.DRAFT: "#6b7280",
    State.FILED: "#2563eb",
    State.EDITING: "#7c3aed",
    State.RETURNED: "#d97706",
    State.APPROVED: "#059669",
    State.SCHEDULED: "#0891b2",
    State.PUBLISHED: "#15803d",
    State.KILLED: "#b91c1c",
    State.SPIKED: "#78716c",
}

STATE_NAMES: dict[State, str] = {
    State.DRAFT: "Draft",
    State.FILED: "Filed",
    State.EDITING: "In editing",
    State.RETURNED: "Returned",
    State.APPROVED: "Approved",
    State.SCHEDULED: "Scheduled",
    State.PUBLISHED: "Published",
    State.KILLED: "Killed",
    State.SPIKED: "Spiked",
}


def state_name(state: State) -> str:
    return QCoreApplication.translate("look", STATE_NAMES[state])


def state_colour(state: State) -> QColor:
    return QColor(STATE_COLOURS[state])


def dark() -> bool:
    """Whether the window is in a dark palette (following the system)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def fit_colour(fit: Fit) -> QColor | None:
    """Short copy amber, long copy red, fitting copy green; None when there is no target."""
    if fit is Fit.NO_TARGET:
        return None
    light = {Fit.SHORT: "#b45309", Fit.FITS: "#15803d", Fit.LONG: "#b91c1c"}
    night = {Fit.SHORT: "#fbbf24", Fit.FITS: "#4ade80", Fit.LONG: "#f87171"}
    return QColor((night if dark() else light)[fit])


def late_colour() -> QColor:
    return QColor("#f87171" if dark() else "#b91c1c")


def short_time(moment: datetime | None, now: datetime) -> str:
    """ "14:05" today, "Thu 27 Nov 14:05" otherwise (local time); "" for none."""
    return format_time(moment, now, weekday=True) if moment is not None else ""


def words_and_target(words: int, target: int | None) -> str:
    return f"{words:,} / {target:,}" if target else f"{words:,}"


def count(n: int, one: str, many: str) -> str:
    """ "1 story", "2,048 stories" (English plurals until translations arrive)."""
    return f"{n:,} {one if n == 1 else many}"


def hint_label(text: str) -> QLabel:
    """The short grey line a view shows while it has nothing to show."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)  # the palette's disabled text: grey in light and dark themes
    return label
