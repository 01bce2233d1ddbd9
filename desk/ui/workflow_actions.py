"""The workflow as toolbar buttons and a Story menu: enabled by role and state, and a disabled
one's tooltip says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from desk.domain import workflow
from desk.domain.story import Story
from desk.domain.workflow import Action
from desk.ui import actions
from desk.ui.controller import Controller

SHORTCUTS = {
    Action.FILE: "Ctrl+Shift+F",
    Action.CLAIM: "Ctrl+Shift+C",
    Action.APPROVE: "Ctrl+Shift+A",
    Action.RETURN: "Ctrl+Shift+R",
    Action.PUBLISH: "Ctrl+Shift+P",
}


class WorkflowActions(QObject):
    """Owns one QAction per workflow action, kept in step with the open story."""

    acted = Signal(object)  # Story: the story after an action was taken

    def __init__(
        self,
        controller: Controller,
        before: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """`before` runs ahead of every action (the pane saves the person's text); an action
        is not taken when it returns False."""
        super().__init__(parent)
        self.controller = controller
        self._before = before
        self.story: Story | None = None
        self.actions: dict[Action, QAction] = {}
        for action in actions.LABELS:
            qaction = QAction(actions.label(action), self)
            qaction.setObjectName(f"workflow-{action.value}")
            qaction.setStatusTip(actions.hint(action))
            if action in SHORTCUTS:
                qaction.setShortcut(QKeySequence(SHORTCUTS[action]))
            qaction.triggered.connect(lambda _checked=False, a=action: self.take(a))
            self.actions[action] = qaction
        self.update(None)

    def update(self, story: Story | None) -> None:
        """Enable what the signed-in person may do to `story` now; explain the rest."""
        self.story = story
        if story is None:
            for qaction in self.actions.values():
                qaction.setEnabled(False)
                qaction.setToolTip(self.tr("Open a story first"))
            return
        reasons = workflow.available(self.controller.user, story, self.controller.now())
        for action, qaction in self.actions.items():
            reason = reasons.get(action)
            qaction.setEnabled(reason is None)
            hint = actions.hint(action)
            qaction.setToolTip(hint if reason is None else reason)

    def reason(self, action: Action) -> str | None:
        """Why the action is disabled now (what its tooltip says); None when it is enabled."""
        qaction = self.actions[action]
        return None if qaction.isEnabled() else qaction.toolTip()

    def take(self, action: Action) -> Story | None:
        story = self.story
        if story is None or not self._before():
            return None
        done = actions.perform(self.controller, story.id, action)
        if done is not None:
            self.acted.emit(done)
        return done
