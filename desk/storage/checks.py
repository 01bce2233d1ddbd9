"""Consistency checks over the newsroom's own rules, beyond what the database enforces."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from desk.domain.body import Body
from desk.domain.chain import GENESIS, Link, link_hash
from desk.domain.story import State
from desk.storage.models import EditLockRow, HistoryRow, RevisionRow, StoryRow, UserRow

LOCKED = {State.DRAFT.value, State.RETURNED.value, State.EDITING.value}


class Checks:
    """Finds stories that break the newsroom's rules and history that was rewritten (a bug or
    a hand-edited database)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def problems(self) -> list[str]:
        return rule_problems(self._session) + chain_problems(self._session)


def rule_problems(session: Session) -> list[str]:
    problems: list[str] = []
    stories = session.execute(
        select(StoryRow.id, StoryRow.state, StoryRow.revision, EditLockRow.holder_id).outerjoin(
            EditLockRow, EditLockRow.story_id == StoryRow.id
        )
    )
    current = set(
        session.execute(
            select(RevisionRow.story_id, RevisionRow.number).join(
                StoryRow,
                (StoryRow.id == RevisionRow.story_id) & (StoryRow.revision == RevisionRow.number),
            )
        ).all()
    )
    last_state: dict[int, str | None] = {
        story_id: state
        for story_id, state in session.execute(
            select(HistoryRow.story_id, HistoryRow.to_state).where(
                HistoryRow.id.in_(
                    select(func.max(HistoryRow.id))
                    .where(HistoryRow.to_state.is_not(None))
                    .group_by(HistoryRow.story_id)
                )
            )
        )
    }
    for story_id, state, revision, holder in stories:
        if (story_id, revision) not in current:
            problems.append(f"Story {story_id}: its current revision {revision} is missing.")
        if state in LOCKED and holder is None:
            problems.append(f"Story {story_id} is {state} but nobody holds its edit lock.")
        if state not in LOCKED and holder is not None:
            problems.append(f"Story {story_id} is {state} yet someone holds its edit lock.")
        if last_state.get(story_id) != state:
            problems.append(
                f"Story {story_id} is {state} but its history ends at {last_state.get(story_id)}."
            )
    for story_id, number, body in session.execute(
        select(RevisionRow.story_id, RevisionRow.number, RevisionRow.body)
    ):
        try:
            Body.from_data(body)
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"Story {story_id}, revision {number}: unreadable body ({error}).")
    return problems


def chain_problems(session: Session) -> list[str]:
    """The first broken link of the history chain, if there is one, in words.

    Every event is hashed again, in id order, from the hash stored on the event before it. An
    edited event, a changed hash, swapped or renumbered rows and a removed event (its successor
    no longer follows) all break the chain; only the first break is named, since everything
    after it follows from it.
    """
    names = {user_id: name for user_id, name in session.execute(select(UserRow.id, UserRow.name))}
    rows = session.connection().execute(
        select(
            HistoryRow.id,
            HistoryRow.story_id,
            HistoryRow.actor_id,
            HistoryRow.action,
            HistoryRow.from_state,
            HistoryRow.to_state,
            # The stored value as it is: a time edited into nonsense is a broken link to
            # report, not an error that stops the check.
            type_coerce(HistoryRow.at, String),
            HistoryRow.note,
            HistoryRow.hash,
        ).order_by(HistoryRow.id)
    )
    previous, previous_id = GENESIS, 0
    for id_, story_id, actor_id, action, from_state, to_state, at, note, stored in rows:
        when = _time(at)
        link = Link(id_, story_id, actor_id, action, from_state, to_state, when, note)  # type: ignore[arg-type]
        try:
            expected = link_hash(previous, link)
        except (TypeError, ValueError, AttributeError):
            expected = None  # a value no Desk writes (NULL, a blob, a nonsense time)
        if stored != expected:
            actor = names.get(actor_id, actor_id)
            what = _summary(story_id, action, actor, when, at)
            return [f"History event {id_} ({what}){_why(id_, previous_id, stored)}"]
        previous, previous_id = stored, id_
    return []


def _time(value: Any) -> datetime | None:
    """The stored time, aware and in UTC (SQLite keeps the UTC wall time as text)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _summary(story_id: Any, action: Any, actor: Any, when: datetime | None, raw: Any) -> str:
    at = f"{when:%Y-%m-%d %H:%M} UTC" if when else repr(raw)
    return f"story {story_id}, {action} by {actor} at {at}"


def _why(id_: int, previous_id: int, stored: Any) -> str:
    changed = "the history was changed after it was written."
    if not stored:
        return f" has lost its hash: {changed}"
    if isinstance(id_, int) and id_ > previous_id + 1:
        # Likely removed; but on PostgreSQL a rolled-back event leaves a number unused too.
        absent = (
            f"there is no event {previous_id + 1}"
            if id_ == previous_id + 2
            else f"there are no events {previous_id + 1} to {id_ - 1}"
        )
        return f" does not follow the event before it ({absent}): {changed}"
    return f" does not match its record: {changed}"
