"""Consistency checks over the newsroom's own rules, beyond what the database enforces."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.body import Body
from desk.domain.story import State
from desk.storage.models import EditLockRow, HistoryRow, RevisionRow, StoryRow

LOCKED = {State.DRAFT.value, State.RETURNED.value, State.EDITING.value}


class Checks:
    """Finds stories that break the newsroom's rules (a bug or a hand-edited database)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def problems(self) -> list[str]:
        return rule_problems(self._session)


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
