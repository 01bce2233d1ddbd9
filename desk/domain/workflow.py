"""The workflow table: which action takes a story from which state to which, who may, and when."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desk.domain.story import Role, State, Story, User


class Action(StrEnum):
    CREATE = "create"
    FILE = "file"
    WITHDRAW = "withdraw"
    CLAIM = "claim"
    RELEASE = "release"
    RETURN = "return"
    APPROVE = "approve"
    REOPEN = "reopen"
    SCHEDULE = "schedule"
    PUBLISH = "publish"
    CORRECT = "correct"
    KILL = "kill"
    SPIKE = "spike"
    UNSPIKE = "unspike"
    TAKE_OVER = "takeover"


class Who(StrEnum):
    """Who may take an action, as the table's "who" column says it."""

    ANYONE = "anyone"
    WRITER = "the author or assignee"
    AUTHOR = "the author"
    EDITORS = "editor, chief"
    HOLDER_OR_CHIEF = "the claimer, chief"
    CHIEF = "chief"
    SPIKERS = "author (own draft or returned), editor, chief"


class Needs(StrEnum):
    """What a person must supply to take the action."""

    NOTHING = ""
    NOTE = "note"
    TIME = "time"


@dataclass(frozen=True)
class Transition:
    """One row of the workflow table."""

    action: Action
    sources: tuple[State, ...]
    target: State | None  # None: back to the state the story left (unspike)
    who: Who
    gate: str
    needs: Needs
    subject: str  # the stories it applies to, as a refusal names them
    done: str  # past participle, for refusals ("can be claimed")


# An edit lock is a lease: the holder's open window renews it every HEARTBEAT, any save renews
# it too, and after STALE_AFTER without either another editor may take the story over.
HEARTBEAT = timedelta(seconds=60)
STALE_AFTER = timedelta(minutes=10)


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


R = Transition
S = State
TABLE: tuple[Transition, ...] = (
    R(Action.CREATE, (), S.DRAFT, Who.ANYONE, "a slug or a headline", Needs.NOTHING,
      "", "created"),
    R(Action.FILE, (S.DRAFT, S.RETURNED), S.FILED, Who.WRITER,
      "headline, byline and body present", Needs.NOTHING,
      "a draft or a returned story", "filed"),
    R(Action.WITHDRAW, (S.FILED,), S.DRAFT, Who.AUTHOR, "", Needs.NOTHING,
      "filed copy", "withdrawn"),
    R(Action.CLAIM, (S.FILED,), S.EDITING, Who.EDITORS, "takes the edit lock", Needs.NOTHING,
      "filed copy", "claimed"),
    R(Action.RELEASE, (S.EDITING,), S.FILED, Who.HOLDER_OR_CHIEF, "", Needs.NOTHING,
      "a story in editing", "released"),
    R(Action.RETURN, (S.EDITING,), S.RETURNED, Who.EDITORS, "a note to the author", Needs.NOTE,
      "a story in editing", "returned"),
    R(Action.APPROVE, (S.EDITING,), S.APPROVED, Who.EDITORS,
      "approver is not the author (four eyes)", Needs.NOTHING,
      "a story in editing", "approved"),
    R(Action.REOPEN, (S.APPROVED, S.SCHEDULED), S.EDITING, Who.EDITORS, "", Needs.NOTHING,
      "an approved or scheduled story", "reopened"),
    R(Action.SCHEDULE, (S.APPROVED,), S.SCHEDULED, Who.CHIEF,
      "publish time in the future and not before the embargo", Needs.TIME,
      "an approved story", "scheduled"),
    R(Action.PUBLISH, (S.APPROVED, S.SCHEDULED), S.PUBLISHED, Who.CHIEF,
      "never before the embargo: a hard gate", Needs.NOTHING,
      "an approved or scheduled story", "published"),
    R(Action.CORRECT, (S.PUBLISHED,), S.EDITING, Who.EDITORS,
      "a correction note; the next publish raises the correction number", Needs.NOTE,
      "a published story", "corrected"),
    R(Action.KILL, (S.PUBLISHED,), S.KILLED, Who.CHIEF, "a reason", Needs.NOTE,
      "a published story", "killed"),
    R(Action.SPIKE, (S.DRAFT, S.FILED, S.EDITING, S.RETURNED, S.APPROVED), S.SPIKED,
      Who.SPIKERS, "", Needs.NOTHING,
      "", "spiked"),  # its refusals by state are in _SPIKE_REFUSALS
    R(Action.UNSPIKE, (S.SPIKED,), None, Who.EDITORS, "", Needs.NOTHING,
      "a spiked story", "restored"),
    R(Action.TAKE_OVER, (S.EDITING,), S.EDITING, Who.EDITORS,
      f"the claimer's lock is stale (no sign of them for {_minutes(STALE_AFTER)} minutes), "
      "or a chief takes it; "
      "their unsaved text becomes a conflict copy", Needs.NOTHING,
      "a story in editing", "taken over"),
)  # fmt: skip
del R, S

TRANSITIONS: dict[Action, Transition] = {t.action: t for t in TABLE}

# How a refusal names the state a story is in: "this one is {phrase}".
STATE_PHRASES = {
    State.DRAFT: "a draft",
    State.FILED: "filed",
    State.EDITING: "in editing",
    State.RETURNED: "returned",
    State.APPROVED: "approved",
    State.SCHEDULED: "scheduled",
    State.PUBLISHED: "published",
    State.KILLED: "killed",
    State.SPIKED: "spiked",
}

_ROLE_REFUSALS = {
    Who.EDITORS: "Only an editor or a chief editor can {verb}.",
    Who.HOLDER_OR_CHIEF: "Only an editor or a chief editor can {verb}.",
    Who.CHIEF: "Only a chief editor can {verb}.",
    Who.SPIKERS: "Only the author, an editor or a chief editor can {verb}.",
}
_VERBS = {
    Action.CLAIM: "claim copy",
    Action.RELEASE: "release copy",
    Action.RETURN: "return copy to its author",
    Action.APPROVE: "approve copy",
    Action.REOPEN: "reopen a story",
    Action.SCHEDULE: "schedule a story",
    Action.PUBLISH: "publish",
    Action.CORRECT: "correct a story",
    Action.KILL: "kill a story",
    Action.SPIKE: "spike this story",
    Action.UNSPIKE: "restore a spiked story",
    Action.TAKE_OVER: "take over a story",
}
_NOTE_REFUSALS = {
    Action.RETURN: "Write a note telling the author what to change.",
    Action.CORRECT: "Write a correction note saying what was wrong.",
    Action.KILL: "Give the reason for killing the story.",
}
_SPIKE_REFUSALS = {
    State.SCHEDULED: "A scheduled story cannot be spiked; reopen it first.",
    State.PUBLISHED: "A published story cannot be spiked; a chief editor can kill it.",
    State.KILLED: "A killed story cannot be spiked.",
    State.SPIKED: "This story is already spiked.",
}
# States in which the story's writer holds the edit lock; in editing the claimer holds it.
WRITER_STATES = frozenset({State.DRAFT, State.RETURNED})
LOCKED_STATES = WRITER_STATES | {State.EDITING}


def writer_of(story: Story) -> str:
    """The person who writes the copy: the assignee when there is one, else the author."""
    return story.assignee or story.author


def lock_holder_after(state: State, actor: str, story: Story) -> str | None:
    """Who holds the edit lock once a story enters `state` through `actor`'s action."""
    if state in WRITER_STATES:
        return writer_of(story)
    if state is State.EDITING:
        return actor
    return None


def lock_is_stale(story: Story, now: datetime) -> bool:
    """No sign of the lock's holder for STALE_AFTER (a lock never renewed counts from never)."""
    if story.lock_holder is None:
        return False
    return story.lock_seen is None or now - story.lock_seen >= STALE_AFTER


def takeover_note(holder: str) -> str:
    """The history note of a takeover; `displaced_by` reads the holder back out of it."""
    return f"from {holder}"


def displaced_by(note: str) -> str | None:
    """Whose lock a takeover's history note says was taken."""
    found = re.match(r"from ([\w.-]+)", note)
    return found.group(1) if found else None


def format_time(moment: datetime, now: datetime, *, weekday: bool = False) -> str:
    """A time as a newsroom says it: "14:00" today, "30 Nov 14:00" this year, else with the year
    (weekday=True: "Mon 30 Nov 14:00", as lists and tables show it)."""
    local, today = moment.astimezone(), now.astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    day = f"{local:%a} {local.day}" if weekday else f"{local.day}"
    year = "" if local.year == today.year else f" {local.year}"
    return f"{day} {local:%b}{year} {local:%H:%M}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _role_refusal(t: Transition, actor: User, story: Story) -> str | None:
    role = actor.role
    match t.who:
        case Who.ANYONE:
            return None
        case Who.WRITER:
            if actor.name in (story.author, story.assignee):
                return None
            return "Only the story's author or assignee can file it."
        case Who.AUTHOR:
            if actor.name == story.author:
                return None
            return "Only the story's author can withdraw it."
        case Who.EDITORS | Who.HOLDER_OR_CHIEF if role.at_least(Role.EDITOR):
            return None
        case Who.CHIEF if role is Role.CHIEF:
            return None
        case Who.SPIKERS if role.at_least(Role.EDITOR) or actor.name == story.author:
            return None
    return _ROLE_REFUSALS[t.who].format(verb=_VERBS[t.action])


def _person_refusal(t: Transition, actor: User, story: Story) -> str | None:
    """Rules about this person and this story, beyond the role."""
    editor = actor.role.at_least(Role.EDITOR)
    if t.action is Action.SPIKE and not editor and story.state not in WRITER_STATES:
        return "You can spike your own story only while it is a draft or returned."
    # The edit lock makes the copy the claimer's until they let it go (a chief may overrule).
    holder = story.lock_holder
    lock_ok = actor.role is Role.CHIEF or holder in (None, actor.name)
    if t.action is Action.RELEASE and not lock_ok:
        return f"Only {holder}, who is editing it, or a chief editor can release it."
    if t.action in (Action.RETURN, Action.APPROVE) and not lock_ok:
        return f"{holder} is editing this story; only they or a chief editor can {t.action} it."
    if t.action is Action.TAKE_OVER and holder == actor.name:
        return "You already hold this story's edit lock."
    if t.action is Action.APPROVE and actor.name == writer_of(story):
        return "You wrote this story; another editor must approve it."
    return None


def _gate_refusal(
    t: Transition, story: Story, now: datetime, note: str | None, at: datetime | None
) -> str | None:
    """The gates that depend on what was supplied and on the clock."""
    if t.needs is Needs.NOTE and not (note and note.strip()):
        return _NOTE_REFUSALS[t.action]
    if t.action is Action.SCHEDULE:
        if at is None:
            return "Choose the time to publish it."
        if at <= now:
            return "The publishing time must be in the future."
        if story.embargo_at and at < story.embargo_at:
            until = format_time(story.embargo_at, now)
            return f"Embargoed until {until}; schedule it for then or later."
    if t.action is Action.PUBLISH and story.embargo_at and now < story.embargo_at:
        return f"Embargoed until {format_time(story.embargo_at, now)}."
    return None


def _takeover_refusal(actor: User, story: Story, now: datetime) -> str | None:
    """An editor may take a story over only once its holder has gone quiet; a chief any time."""
    if actor.role is Role.CHIEF or lock_is_stale(story, now):
        return None
    minutes = _minutes(STALE_AFTER)
    seen = f" (last seen {format_time(story.lock_seen, now)})" if story.lock_seen else ""
    return (
        f"{story.lock_holder} is editing this story{seen}; an editor can take it over after "
        f"{minutes} minutes without a sign of them, a chief editor at any time."
    )


def _content_refusal(story: Story) -> str | None:
    missing = [
        name
        for name, present in (
            ("a headline", story.text.headline.strip()),
            ("a byline", story.text.byline.strip()),
            ("a body", not story.text.body.is_empty()),
        )
        if not present
    ]
    return f"Add {_join(missing)} before filing." if missing else None


def refusal(
    action: Action,
    actor: User,
    story: Story,
    *,
    now: datetime,
    note: str | None = None,
    at: datetime | None = None,
    check_inputs: bool = True,
) -> str | None:
    """Why `actor` may not take `action` on `story` now, in a journalist's words; None if they may.

    With check_inputs=False the note and time a person has yet to type are not asked for, so a
    window can enable the action and then prompt for them.
    """
    t = TRANSITIONS[action]
    if action is Action.CREATE:
        return "This story already exists."
    if reason := _role_refusal(t, actor, story):
        return reason
    if story.state not in t.sources:
        if action is Action.SPIKE:
            return _SPIKE_REFUSALS[story.state]
        return f"Only {t.subject} can be {t.done}; this one is {STATE_PHRASES[story.state]}."
    if reason := _person_refusal(t, actor, story):
        return reason
    if action is Action.TAKE_OVER and (reason := _takeover_refusal(actor, story, now)):
        return reason
    if action is Action.FILE and (reason := _content_refusal(story)):
        return reason
    if not check_inputs:
        note = note or "-"
        at = at or datetime.max.replace(tzinfo=now.tzinfo)
    return _gate_refusal(t, story, now, note, at)


def target_state(action: Action, story: Story) -> State:
    t = TRANSITIONS[action]
    if t.target is not None:
        return t.target
    return story.spiked_from or State.DRAFT


def actions_to(source: State, target: State, spiked_from: State | None = None) -> list[Action]:
    """The actions that take a story from `source` to `target` (for a card dragged on a board)."""
    return [
        t.action
        for t in TABLE
        if source in t.sources
        and (t.target or spiked_from or State.DRAFT) is target
        and source is not target  # a takeover changes hands, not columns
    ]


def available(actor: User, story: Story, now: datetime) -> dict[Action, str | None]:
    """Every action but create, with the reason it is refused now (None when it is allowed)."""
    return {
        t.action: refusal(t.action, actor, story, now=now, check_inputs=False)
        for t in TABLE
        if t.action is not Action.CREATE
    }


def text_refusal(actor: User, story: Story) -> str | None:
    """Why `actor` may not change the story's text now: only the edit lock's holder may."""
    if story.lock_holder is None:
        return {
            State.FILED: "Filed copy can be changed only after an editor claims it.",
            State.APPROVED: "An approved story must be reopened before it can be changed.",
            State.SCHEDULED: "A scheduled story must be reopened before it can be changed.",
            State.PUBLISHED: "A published story can be changed only through a correction.",
            State.KILLED: "A killed story cannot be changed.",
            State.SPIKED: "A spiked story cannot be changed; restore it first.",
        }.get(story.state, "Nobody holds this story's edit lock.")
    if story.lock_holder != actor.name:
        return f"{story.lock_holder} holds this story's edit lock; only they can change its text."
    return None


def details_refusal(actor: User, story: Story) -> str | None:
    """Planning details (desk, tags, deadline, target, embargo, assignee): the lock holder, or
    any editor while the story is still alive."""
    if story.state is State.KILLED:
        return "A killed story cannot be changed."
    if actor.role.at_least(Role.EDITOR) or story.lock_holder == actor.name:
        return None
    return text_refusal(actor, story)
