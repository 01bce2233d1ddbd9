"""The queues down the side of the window: which stories each shows, and who sees it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from desk.domain.story import Role, State, StoryFilter, User


class QueueId(StrEnum):
    MY_DRAFTS = "my-drafts"
    ASSIGNED = "assigned"
    RETURNED_TO_ME = "returned-to-me"
    INCOMING = "incoming"
    IN_EDITING = "in-editing"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    SPIKED = "spiked"
    KILLED = "killed"
    ALL = "all"


# Stories still on someone's desk: what "assigned to me" means while there is work to do.
_OPEN = (State.DRAFT, State.RETURNED, State.FILED, State.EDITING)


@dataclass(frozen=True)
class Queue:
    id: QueueId
    title: str
    lowest_role: Role  # the queue is shown to this role and the ones above it
    states: tuple[State, ...] = ()
    mine: str = ""  # "", "involving" (author or assignee) or "assigned"

    def filter(self, user: User, base: StoryFilter | None = None) -> StoryFilter:
        """The list this queue shows `user` (sorting and paging taken from `base`)."""
        base = base or StoryFilter()
        return replace(
            base,
            states=self.states,
            involving=user.name if self.mine == "involving" else None,
            assignee=user.name if self.mine == "assigned" else None,
        )


C, E = Role.CORRESPONDENT, Role.EDITOR
QUEUES: tuple[Queue, ...] = (
    Queue(QueueId.MY_DRAFTS, "My drafts", C, (State.DRAFT,), "involving"),
    Queue(QueueId.ASSIGNED, "Assigned to me", C, _OPEN, "assigned"),
    Queue(QueueId.RETURNED_TO_ME, "Returned to me", C, (State.RETURNED,), "involving"),
    Queue(QueueId.INCOMING, "Incoming", E, (State.FILED,)),
    Queue(QueueId.IN_EDITING, "In editing", E, (State.EDITING,)),
    Queue(QueueId.APPROVED, "Approved", E, (State.APPROVED,)),
    Queue(QueueId.SCHEDULED, "Scheduled", E, (State.SCHEDULED,)),
    Queue(QueueId.PUBLISHED, "Published", C, (State.PUBLISHED,)),
    Queue(QueueId.SPIKED, "Spiked", E, (State.SPIKED,)),
    Queue(QueueId.KILLED, "Killed", E, (State.KILLED,)),
    Queue(QueueId.ALL, "All stories", C),
)


def queues_for(user: User) -> tuple[Queue, ...]:
    return tuple(q for q in QUEUES if user.role.at_least(q.lowest_role))


def queue(queue_id: QueueId | str) -> Queue:
    return next(q for q in QUEUES if q.id == queue_id)
