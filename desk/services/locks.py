"""Edit locks as leases: handing one over remembers who lost it, the holder's open window
renews theirs, and a person who lost one to someone else's action hears of it, with what of
theirs was kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.domain.story import LockLoss, Revision, Story, User
from desk.storage.uow import UnitOfWork


def hand_over(
    uow: UnitOfWork, user: User, story: Story, holder: str | None, action: str, now: datetime
) -> None:
    """Hand the story's edit lock to `holder`. A holder who loses it (to someone else's action,
    or their own from another window or the command line) is remembered, so what they were
    still writing, saved later, becomes a conflict copy rather than a refusal."""
    previous = story.lock_holder
    if holder == previous:
        return
    if previous is not None:
        uow.locks.lose(story.id, uow.users.get(previous), user, action, story.revision, now)
    uow.locks.set(story.id, uow.users.get(holder) if holder else None, now)


def held_until_lost(uow: UnitOfWork, user: User, story: Story, base: int | None) -> bool:
    """Did `user` hold the lock on revision `base` and lose it since? (Then their save is what
    they were writing when it went, and is kept as a conflict copy.)"""
    if base is None:
        return False
    return any(loss.revision >= base for loss in uow.locks.losses(story.id, user))


def keep_lock(uow: UnitOfWork, actor: str, story_id: int) -> Story:
    """The heartbeat of a window showing a story: renew `actor`'s lease on its edit lock if they
    hold it (nothing else changes; no history), and return the story as it stands, so the
    window learns at once that the lock has passed to someone else."""
    with uow.reading():  # most windows showing a story do not hold it: no write for them
        story = uow.stories.get(story_id)
    if story.lock_holder != actor:
        return story
    with uow:
        if uow.locks.heartbeat(story_id, uow.users.get(actor), uow.clock()):
            uow.commit()
        return uow.stories.get(story_id)


@dataclass(frozen=True)
class LostLock:
    """A lock `actor` lost and has not been told about, and the conflict copies they saved after
    losing it (their text, kept beside the story's)."""

    loss: LockLoss
    copies: tuple[Revision, ...]


def lost_locks(uow: UnitOfWork, actor: str, story_id: int) -> list[LostLock]:
    """The story's edit locks `actor` lost to someone else since they were last told, oldest
    first (letting one go themselves is nothing to be told about)."""
    with uow.reading():
        user = uow.users.get(actor)
        losses = [
            loss for loss in uow.locks.losses(story_id, user, unseen=True) if loss.by != actor
        ]
        if not losses:
            return []
        revisions = uow.revisions.for_story(story_id)
    found = []
    for loss in losses:
        copies = tuple(
            r for r in revisions if r.is_conflict and r.author == actor and r.created_at >= loss.at
        )
        found.append(LostLock(loss, copies))
    return found


def mark_told(uow: UnitOfWork, actor: str, story_id: int) -> None:
    """`actor` has been shown the locks they lost on this story."""
    with uow:
        uow.locks.mark_seen(story_id, uow.users.get(actor))
        uow.commit()
