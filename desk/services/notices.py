"""What concerns a person since they last looked: their copy returned, approved, published or
killed, new copy for editors, a story they were editing taken over, and notes that mention
them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desk.domain import workflow
from desk.domain.story import Role
from desk.services.notes import mentions
from desk.storage.uow import UnitOfWork

BATCH = 500


class NoticeKind(StrEnum):
    RETURNED = "returned"
    APPROVED = "approved"
    PUBLISHED = "published"
    KILLED = "killed"
    FILED = "filed"
    MENTIONED = "mentioned"
    TAKEN_OVER = "taken over"


# What happened to a writer's own story that they want to hear about.
_FOR_WRITERS = {
    "return": NoticeKind.RETURNED,
    "approve": NoticeKind.APPROVED,
    "publish": NoticeKind.PUBLISHED,
    "kill": NoticeKind.KILLED,
}


@dataclass(frozen=True)
class Marker:
    """How far a reader has got: the last history event and the last note seen."""

    history: int = 0
    notes: int = 0


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    story_id: int
    slug: str
    actor: str
    at: datetime
    note: str = ""


def marker(uow: UnitOfWork) -> Marker:
    """Where the newsroom stands now; two index lookups, cheap enough to poll every second."""
    with uow.reading():
        return Marker(uow.history.latest_id(), uow.comments.latest_id())


@dataclass(frozen=True)
class Update:
    """What happened since a marker: the notices for one person, the stories others changed
    (their notes included), and the marker to ask from next time."""

    notices: list[Notice]
    changed: frozenset[int]
    marker: Marker


def notices_since(uow: UnitOfWork, actor: str, since: Marker) -> Update:
    """The notices for `actor` after `since`, oldest first, and what others changed."""
    with uow.reading():
        user = uow.users.get(actor)
        events = uow.history.since(since.history, BATCH)
        notes = uow.comments.since(since.notes, BATCH)
    found: list[Notice] = []
    changed = {e.story_id for e, *_ in events if e.actor != user.name}
    changed |= {c.story_id for c, _ in notes if c.author != user.name}
    for event, slug, author, assignee in events:
        if event.actor == user.name:
            continue
        kind = _FOR_WRITERS.get(event.action)
        if kind and user.name in (author, assignee):
            found.append(Notice(kind, event.story_id, slug, event.actor, event.at, event.note))
        elif event.action == "takeover" and workflow.displaced_by(event.note) == user.name:
            found.append(Notice(NoticeKind.TAKEN_OVER, event.story_id, slug, event.actor, event.at))
        elif event.action == "file" and user.role.at_least(Role.EDITOR):
            found.append(Notice(NoticeKind.FILED, event.story_id, slug, event.actor, event.at))
    for comment, slug in notes:
        if comment.author != user.name and user.name in mentions(comment.text):
            found.append(
                Notice(
                    NoticeKind.MENTIONED,
                    comment.story_id,
                    slug,
                    comment.author,
                    comment.created_at,
                    comment.text,
                )
            )
    found.sort(key=lambda n: n.at)
    after = Marker(
        events[-1][0].id if events else since.history,
        notes[-1][0].id if notes else since.notes,
    )
    return Update(found, frozenset(changed), after)
