"""The open story's edit lock as the pane shows it: whose it is, and what became of a lock the
person lost."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desk.domain import workflow
from desk.domain.story import Story, User
from desk.services.locks import LostLock
from desk.services.stories import Saved
from desk.ui import icons, look

_MERGE = "merge:"  # links in the lost-lock sentences: merge:<conflict copy number>


def tr(text: str) -> str:
    return QCoreApplication.translate("LockView", text)


class LockView(QWidget):
    """Owns the lock's icon and label, and the button that shows the window's Take Over action
    (set by the window) while it is enabled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setObjectName("lock-label")
        self.take_over_button = QToolButton()
        self.take_over_button.setObjectName("take-over-button")
        self.take_over_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.take_over_button)

    def show_lock(self, story: Story, user: User, now: datetime) -> None:
        """Whether `user` may change the story's text, and if not, who holds its lock and
        whether they are still there."""
        refusal = workflow.text_refusal(user, story)
        if refusal is None:
            self.label.setText(self.tr("You are editing"))
            self.icon.setPixmap(icons.icon("pen").pixmap(16, 16))
        elif story.lock_holder:
            seen = look.short_time(story.lock_seen, now)
            if workflow.lock_is_stale(story, now):
                text = self.tr("%1 has been away since %2") if seen else self.tr("%1 has been away")
            elif story.lock_seen and now - story.lock_seen > 2 * workflow.HEARTBEAT:
                text = self.tr("Being edited by %1 · seen %2")
            else:
                text = self.tr("Being edited by %1")
            self.label.setText(text.replace("%1", story.lock_holder).replace("%2", seen))
            self.icon.setPixmap(icons.icon("lock").pixmap(16, 16))
        else:
            self.label.setText(self.tr("Read-only"))
            self.icon.setPixmap(icons.icon("lock").pixmap(16, 16))
        self.label.setToolTip(refusal or self.tr("Only you can change the text now."))


def lost_locks_text(lost: list[LostLock], now: datetime) -> str:
    """Whose action took the person's edit lock, one line a loss, and where their text went,
    with a link to merge each conflict copy (see `merge_link`)."""
    lines = []
    for item in lost:
        loss = item.loss
        if loss.action == workflow.Action.TAKE_OVER.value:
            line = tr("%1 took over this story's edit lock at %2.")
        else:
            line = tr("The edit lock passed from you when %1 acted at %2 (%3).")
        line = line.replace("%1", loss.by).replace("%2", look.short_time(loss.at, now))
        line = line.replace("%3", loss.action)
        for copy in item.copies:
            link = f"<a href='{_MERGE}{copy.number}'>{tr('Compare and merge…')}</a>"
            line += " " + tr("What you wrote is kept as conflict copy %1: %2").replace(
                "%1", str(copy.number)
            ).replace("%2", link)
        lines.append(line)
    return "<br>".join(lines)


def conflict_text(saved: Saved, name: str) -> str:
    """Where the text `name` saved went when it became a conflict copy, and whose lock it is."""
    holder = saved.story.lock_holder
    if holder == name:
        text = tr(
            "Someone else saved this story while you worked. Your text is kept as "
            "revision %1, a conflict copy: compare and merge it from Versions."
        )
    elif holder:
        text = tr(
            "%2 now holds this story's edit lock. What you wrote is kept as revision "
            "%1, a conflict copy beside their text."
        )
    else:
        text = tr(
            "Nobody holds this story's edit lock now. What you wrote is kept as "
            "revision %1, a conflict copy."
        )
    return text.replace("%1", str(saved.revision)).replace("%2", holder or "")


def merge_link(link: str) -> int | None:
    """The conflict copy a link in `lost_locks_text` asks to merge; None for any other link."""
    return int(link.removeprefix(_MERGE)) if link.startswith(_MERGE) else None
