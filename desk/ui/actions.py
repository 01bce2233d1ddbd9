"""Taking a workflow action from the window: its label, what it asks for, and the call."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from desk.domain.story import Story
from desk.domain.workflow import TRANSITIONS, Action, Needs
from desk.services import stories
from desk.ui.controller import Controller


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


# In workflow order, as the toolbar and the Story menu show them.
LABELS: dict[Action, str] = {
    Action.FILE: "File",
    Action.WITHDRAW: "Withdraw",
    Action.CLAIM: "Claim",
    Action.RELEASE: "Release",
    Action.RETURN: "Return…",
    Action.APPROVE: "Approve",
    Action.REOPEN: "Reopen",
    Action.SCHEDULE: "Schedule…",
    Action.PUBLISH: "Publish",
    Action.CORRECT: "Correct…",
    Action.KILL: "Kill…",
    Action.SPIKE: "Spike",
    Action.UNSPIKE: "Unspike",
    Action.TAKE_OVER: "Take Over",
}

HINTS: dict[Action, str] = {
    Action.FILE: "Send the story to the editors",
    Action.WITHDRAW: "Take filed copy back to your drafts",
    Action.CLAIM: "Take filed copy to edit it",
    Action.RELEASE: "Put the story back in Incoming for another editor",
    Action.RETURN: "Send the story back to its writer with a note",
    Action.APPROVE: "Approve the story for publishing",
    Action.REOPEN: "Take an approved or scheduled story back into editing",
    Action.SCHEDULE: "Publish the story automatically at a set time",
    Action.PUBLISH: "Publish the story now",
    Action.CORRECT: "Reopen a published story to correct it",
    Action.KILL: "Withdraw a published story, with the reason",
    Action.SPIKE: "Set the story aside without publishing it",
    Action.UNSPIKE: "Bring a spiked story back where it was",
    Action.TAKE_OVER: "Take the edit lock from an editor who has gone quiet; "
    "anything they had not saved is kept as a conflict copy",
}

_QUESTIONS: dict[Action, tuple[str, str]] = {
    Action.RETURN: ("Return to the writer", "What should the writer change?"),
    Action.CORRECT: ("Correct the story", "What is being corrected? (shown with the correction)"),
    Action.KILL: ("Kill the story", "Why is the story being killed?"),
    Action.SCHEDULE: ("Schedule", "Publish at:"),
}


def label(action: Action) -> str:
    return _tr(LABELS[action])


def hint(action: Action) -> str:
    return _tr(HINTS[action])


def perform(controller: Controller, story_id: int, action: Action) -> Story | None:
    """Ask for the note or time the action needs, then take it. None when cancelled or refused
    (the refusal has been shown)."""
    note = at = None
    needs = TRANSITIONS[action].needs
    if needs is Needs.NOTE:
        title, question = _QUESTIONS[action]
        note = controller.prompts.text(_tr(title), _tr(question))
        if not note:
            return None
    elif needs is Needs.TIME:
        title, question = _QUESTIONS[action]
        at = controller.prompts.time(
            _tr(title), _tr(question), controller.now() + timedelta(hours=1)
        )
        if at is None:
            return None
    return controller.do(stories.act, story_id, action, note=note, at=at, stories=[story_id])
