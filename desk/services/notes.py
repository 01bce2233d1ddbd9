"""Editorial notes on a story: anyone may add one; people edit and delete only their own."""

from __future__ import annotations

import re

from desk.domain.fields import clean_note
from desk.domain.story import Comment
from desk.errors import Invalid, Refused
from desk.storage.uow import UnitOfWork

_MENTION = re.compile(r"(?<![\w@])@([^\W][\w.\-]*[^\W.\-]|[^\W])")


def mentions(text: str) -> list[str]:
    """The people a note names with @: "@ana, can you check?" -> ["ana"]."""
    return list(dict.fromkeys(_MENTION.findall(text)))


def _text(text: str) -> str:
    cleaned = clean_note(text)
    if not cleaned:
        raise Invalid("A note cannot be empty.")
    return cleaned


def add_comment(uow: UnitOfWork, actor: str, story_id: int, text: str) -> Comment:
    with uow:
        user = uow.users.get(actor)
        uow.stories.get(story_id)
        comment = uow.comments.add(story_id, user, _text(text), uow.clock())
        uow.commit()
        return comment


def _own(uow: UnitOfWork, actor: str, comment_id: int, verb: str) -> Comment:
    comment = uow.comments.get(comment_id)
    if comment.author != uow.users.get(actor).name:
        raise Refused(f"You can {verb} only your own notes; this one is {comment.author}'s.")
    return comment


def edit_comment(uow: UnitOfWork, actor: str, comment_id: int, text: str) -> Comment:
    with uow:
        _own(uow, actor, comment_id, "edit")
        uow.comments.set_text(comment_id, _text(text), uow.clock())
        uow.commit()
        return uow.comments.get(comment_id)


def delete_comment(uow: UnitOfWork, actor: str, comment_id: int) -> None:
    with uow:
        _own(uow, actor, comment_id, "delete")
        uow.comments.delete(comment_id)
        uow.commit()


def list_comments(uow: UnitOfWork, story_id: int) -> list[Comment]:
    with uow.reading():
        uow.stories.exists(story_id)  # a missing story is an error, not "no notes"
        return uow.comments.for_story(story_id)
