"""Reading the newsroom: a story and its pictures, lists and queues, search, history, revisions
and diffs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from desk.domain import workflow
from desk.domain.body import Picture, count_words
from desk.domain.diff import Diff, diff_revisions
from desk.domain.story import (
    HistoryEvent,
    Revision,
    RevisionKind,
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


@dataclass(frozen=True)
class RevisionEntry:
    """A revision as a list of versions shows it: everything but its text (its headline aside),
    which is read only when someone opens, compares or restores it."""

    number: int
    base: int | None
    kind: RevisionKind
    author: str
    created_at: datetime
    label: str
    headline: str

    @property
    def is_conflict(self) -> bool:
        return self.kind is RevisionKind.CONFLICT


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


def list_stories(
    uow: UnitOfWork, f: StoryFilter, after: StorySummary | None = None
) -> list[StorySummary]:
    """A page of the list: from the top (f.offset rows down), or the page after the story
    `after` (a row of the same list), which is as quick deep in a long list as at its top."""
    with uow.reading():
        return uow.stories.summaries(_checked(uow, f), after)


def count_stories(uow: UnitOfWork, f: StoryFilter) -> int:
    """How many stories a filter matches (its sort, limit and offset aside)."""
    with uow.reading():
        return uow.stories.count(_checked(uow, f))


def search_stories(uow: UnitOfWork, query: str, f: StoryFilter | None = None) -> list[SearchHit]:
    """Ranked full-text matches; any text is a valid query (FTS syntax is taken literally)."""
    with uow.reading():
        return uow.stories.search(query, _checked(uow, f or StoryFilter(limit=50)))


def count_found(uow: UnitOfWork, query: str, f: StoryFilter, most: int) -> int:
    """How many stories search_stories finds under the filter, counting no further than `most`."""
    with uow.reading():
        return uow.stories.count_found(query, _checked(uow, f), most)


def story_ids(
    uow: UnitOfWork, f: StoryFilter, query: str = "", search_limit: int = 500
) -> list[int]:
    """Every story a list shows, in its order: all that the filter selects, page by page, or
    under a search the first `search_limit` matches."""
    if query:
        return [hit.story.id for hit in search_stories(uow, query, replace(f, limit=search_limit))]
    ids: list[int] = []
    f = replace(f, limit=MAX_LIST, offset=0)
    last = None
    while True:
        page = list_stories(uow, f, last)
        ids.extend(summary.id for summary in page)
        if len(page) < MAX_LIST:
            return ids
        last = page[-1]


def count_by_state(uow: UnitOfWork) -> dict[State, int]:
    with uow.reading():
        counts = uow.stories.count_by_state()
    return {state: counts.get(state, 0) for state in State}


def story_history(uow: UnitOfWork, story_id: int) -> list[HistoryEvent]:
    with uow.reading():
        uow.stories.exists(story_id)
        return uow.history.for_story(story_id)


def story_revisions(uow: UnitOfWork, story_id: int) -> list[Revision]:
    """Every revision with its text (for a story of fifty revisions, fifty bodies: a list of
    versions wants revision_list)."""
    with uow.reading():
        uow.stories.exists(story_id)
        return uow.revisions.for_story(story_id)


def revision_list(uow: UnitOfWork, story_id: int) -> list[RevisionEntry]:
    """Every revision of a story, oldest first, without its text."""
    with uow.reading():
        uow.stories.exists(story_id)
        rows = uow.revisions.listing(story_id)
    return [
        RevisionEntry(number, base, RevisionKind(kind), author, created_at, label, headline)
        for number, base, kind, author, created_at, label, headline in rows
    ]


def revision_words(uow: UnitOfWork, story_id: int, numbers: list[int]) -> dict[int, int]:
    """How many words the body of each of these revisions has, by number."""
    with uow.reading():
        bodies = uow.revisions.bodies(story_id, numbers)
    return {number: count_words(body.text) for number, body in bodies.items()}


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
            numbers = [row.number for row in uow.revisions.listing(story_id) if row.number < new]
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
