"""Reading the newsroom: a story and its pictures, lists and queues, search, history, revisions
and diffs."""

from __future__ import annotations

from dataclasses import replace

from desk.domain import workflow
from desk.domain.body import Picture
from desk.domain.diff import Diff, diff_revisions
from desk.domain.story import (
    HistoryEvent,
    Revision,
    SearchHit,
    State,
    Story,
    StoryFilter,
    StorySummary,
)
from desk.domain.workflow import Action
from desk.errors import Invalid
from desk.storage.uow import UnitOfWork

MAX_LIST = 10_000


def get_story(uow: UnitOfWork, story_id: int) -> Story:
    with uow.reading():
        return uow.stories.get(story_id)


def story_pictures(uow: UnitOfWork, story_id: int) -> dict[str, Picture]:
    """The pictures kept with a story, by the name its Image blocks give (`ref`)."""
    with uow.reading():
        uow.stories.get(story_id)
        return uow.pictures.for_story(story_id)


def _checked(uow: UnitOfWork, f: StoryFilter) -> StoryFilter:
    if not 0 < f.limit <= MAX_LIST or f.offset < 0:
        raise Invalid(f"A list shows between 1 and {MAX_LIST} stories at a time.")
    for name in (f.author, f.assignee, f.involving):
        if name:
            uow.users.get(name)
    if f.desk:
        f = replace(f, desk=uow.desks.get(f.desk).name)
    return f


def list_stories(uow: UnitOfWork, f: StoryFilter) -> list[StorySummary]:
    with uow.reading():
        return uow.stories.summaries(_checked(uow, f))


def count_stories(uow: UnitOfWork, f: StoryFilter) -> int:
    """How many stories a filter matches (its sort, limit and offset aside)."""
    with uow.reading():
        return uow.stories.count(_checked(uow, f))


def search_stories(uow: UnitOfWork, query: str, f: StoryFilter | None = None) -> list[SearchHit]:
    """Ranked full-text matches; any text is a valid query (FTS syntax is taken literally)."""
    with uow.reading():
        return uow.stories.search(query, _checked(uow, f or StoryFilter(limit=50)))


def story_ids(
    uow: UnitOfWork, f: StoryFilter, query: str = "", search_limit: int = 500
) -> list[int]:
    """Every story a list shows, in its order: all that the filter selects, page by page, or
    under a search the first `search_limit` matches."""
    if query:
        return [hit.story.id for hit in search_stories(uow, query, replace(f, limit=search_limit))]
    ids: list[int] = []
    while True:
        page = list_stories(uow, replace(f, limit=MAX_LIST, offset=len(ids)))
        ids.extend(summary.id for summary in page)
        if len(page) < MAX_LIST:
            return ids


def count_by_state(uow: UnitOfWork) -> dict[State, int]:
    with uow.reading():
        counts = uow.stories.count_by_state()
    return {state: counts.get(state, 0) for state in State}


def story_history(uow: UnitOfWork, story_id: int) -> list[HistoryEvent]:
    with uow.reading():
        uow.stories.get(story_id)
        return uow.history.for_story(story_id)


def story_revisions(uow: UnitOfWork, story_id: int) -> list[Revision]:
    with uow.reading():
        uow.stories.get(story_id)
        return uow.revisions.for_story(story_id)


def get_revision(uow: UnitOfWork, story_id: int, number: int) -> Revision:
    with uow.reading():
        return uow.revisions.get(story_id, number)


def story_diff(
    uow: UnitOfWork, story_id: int, old: int | None = None, new: int | None = None
) -> tuple[Revision, Revision, Diff]:
    """Word-level differences between two revisions (by default: the current one and the one
    before it)."""
    with uow.reading():
        story = uow.stories.get(story_id)
        new = new if new is not None else story.revision
        if old is None:
            numbers = [r.number for r in uow.revisions.for_story(story_id) if r.number < new]
            old = numbers[-1] if numbers else new
        before = uow.revisions.get(story_id, old)
        after = uow.revisions.get(story_id, new)
    diff = diff_revisions(
        before.text.fields(), before.text.body, after.text.fields(), after.text.body
    )
    return before, after, diff


def available_actions(uow: UnitOfWork, actor: str, story_id: int) -> dict[Action, str | None]:
    """Every workflow action with the reason it is refused now (None: allowed), for the window."""
    with uow.reading():
        user = uow.users.get(actor)
        story = uow.stories.get(story_id)
    return workflow.available(user, story, uow.clock())
