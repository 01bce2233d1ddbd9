"""Lists read a page after the row last shown (keyset paging), searches a page of matches at a
time, and versions list without their text: the same rows, in the same order, as reading the
whole list at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from desk.domain.body import Body, count_words
from desk.domain.story import RevisionKind, Sort, State, StoryFilter, StoryText
from desk.domain.workflow import Action
from desk.services import queries
from desk.services.stories import Changes, act, create_story, edit_story
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock

WRITERS = ("ana", "marko", "milica")
DESKS = ("Politics", None, "World", "Region", None)


@pytest.fixture
def varied(staffed: UnitOfWork, clock: Clock) -> list[int]:
    """Thirteen stories: some without a desk or a deadline, some with equal values in the
    sorted column (two the same length, two updated at the same moment), in several states."""
    ids = []
    for i in range(13):
        if i != 7:  # story 7 is saved at the same moment as story 6
            clock.advance(minutes=1)
        words = " ".join(["word"] * (3 + i % 4))
        text = StoryText(f"Story {(i * 5) % 13:02d}", byline="By Someone",
                         body=Body.from_paragraphs([words]))  # fmt: skip
        story = create_story(
            staffed,
            WRITERS[i % 3],
            text,
            desk=DESKS[i % 5],
            deadline=clock.now + timedelta(hours=i % 3) if i % 4 else None,
        )
        ids.append(story.id)
    act(staffed, "ana", ids[0], Action.FILE)
    act(staffed, "ana", ids[3], Action.FILE)
    act(staffed, "tom", ids[3], Action.CLAIM)
    return ids


def slugs_by_pages(uow: UnitOfWork, f: StoryFilter, size: int) -> list[str]:
    """The list as a person scrolling it gets it: a page, then the page after its last row."""
    found, last = [], None
    while True:
        page = queries.list_stories(uow, replace(f, limit=size), last)
        found += [s.slug for s in page]
        if len(page) < size:
            return found
        last = page[-1]


@pytest.mark.parametrize("sort", list(Sort))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_after_a_row_continue_the_list_in_every_order(
    staffed: UnitOfWork, varied: list[int], sort: Sort, descending: bool
) -> None:
    f = StoryFilter(sort=sort, descending=descending, limit=100)
    whole = [s.slug for s in queries.list_stories(staffed, f)]
    assert len(whole) == len(set(whole)) == 13
    for size in (1, 2, 5):
        assert slugs_by_pages(staffed, f, size) == whole
    by_number = [  # paging by offset, as the command line may, gives the same rows
        s.slug for n in range(0, 13, 4)
        for s in queries.list_stories(staffed, replace(f, limit=4, offset=n))
    ]  # fmt: skip
    assert by_number == whole
    narrowed = replace(f, states=(State.DRAFT,))
    drafts = [s.slug for s in queries.list_stories(staffed, narrowed)]
    assert len(drafts) == 11 and slugs_by_pages(staffed, narrowed, 3) == drafts


def test_stories_without_a_desk_or_deadline_come_first_going_up_and_last_going_down(
    staffed: UnitOfWork, varied: list[int]
) -> None:
    up = queries.list_stories(staffed, StoryFilter(sort=Sort.DESK, descending=False))
    assert [s.desk for s in up] == [None] * 5 + ["Politics"] * 3 + ["Region"] * 2 + ["World"] * 3
    assert [s.id for s in up[:5]] == sorted(s.id for s in up[:5])  # ties: in order of creation
    down = queries.list_stories(staffed, StoryFilter(sort=Sort.DEADLINE, descending=True))
    deadlines = [s.deadline for s in down]
    assert deadlines[-4:] == [None] * 4
    assert deadlines[:-4] == sorted(deadlines[:-4], reverse=True)


def test_by_state_each_state_lists_its_stories_by_time(
    staffed: UnitOfWork, varied: list[int]
) -> None:
    rows = queries.list_stories(staffed, StoryFilter(sort=Sort.STATE, descending=False))
    assert [s.state for s in rows] == [State.DRAFT] * 11 + [State.EDITING, State.FILED]
    drafts = rows[:11]
    assert [(s.updated_at, s.id) for s in drafts] == sorted((s.updated_at, s.id) for s in drafts)


def test_a_story_that_changes_while_the_list_is_read_is_not_listed_twice(
    staffed: UnitOfWork, varied: list[int], clock: Clock
) -> None:
    f = StoryFilter(limit=4)  # newest change first
    first = queries.list_stories(staffed, f)
    below = queries.list_stories(staffed, replace(f, limit=100), first[-1])
    clock.advance(minutes=5)
    moved = next(s for s in below if s.state is State.DRAFT)  # from below to the top
    edit_story(staffed, moved.lock_holder, moved.id, Changes(headline="Moved to the top"))
    rest = queries.list_stories(staffed, replace(f, limit=100), first[-1])
    shown = [s.id for s in first + rest]
    assert len(shown) == len(set(shown)) == 12  # it went above the rows already read
    assert [s.id for s in rest] == [s.id for s in below if s.id != moved.id]


def test_a_search_reads_its_matches_a_page_at_a_time(
    staffed: UnitOfWork, varied: list[int]
) -> None:
    every = queries.search_stories(staffed, "word", StoryFilter(limit=50))
    assert len(every) == 13 and all(("word", True) in hit.snippet for hit in every)
    pages = [
        hit.story.id
        for start in range(0, 13, 5)
        for hit in queries.search_stories(staffed, "word", StoryFilter(limit=5, offset=start))
    ]
    assert pages == [hit.story.id for hit in every]
    assert queries.count_found(staffed, "word", StoryFilter(), 500) == 13
    assert queries.count_found(staffed, "word", StoryFilter(), 10) == 10  # no further than asked
    assert queries.count_found(staffed, "word", StoryFilter(desk="World"), 500) == 3
    assert queries.count_found(staffed, "nothing-like-it", StoryFilter(), 500) == 0


def test_every_story_of_a_long_list_in_its_order(
    staffed: UnitOfWork, varied: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = StoryFilter(sort=Sort.DESK, descending=True)
    whole = [s.id for s in queries.list_stories(staffed, f)]
    monkeypatch.setattr(queries, "MAX_LIST", 4)  # read in pages of four
    assert queries.story_ids(staffed, f) == whole


def test_versions_are_listed_without_their_text_and_counted_on_request(
    staffed: UnitOfWork, clock: Clock
) -> None:
    text = StoryText("Talks resume", byline="By Ana", body=Body.from_paragraphs(["One two."]))
    story_id = create_story(staffed, "ana", text).id
    clock.advance(minutes=1)
    body = Body.from_paragraphs(["One two three.", "Four five."])
    edit_story(staffed, "ana", story_id, Changes(body=body, headline="Talks go on"), label="v2")
    entries = queries.revision_list(staffed, story_id)
    assert [(e.number, e.kind, e.author, e.label, e.headline) for e in entries] == [
        (1, RevisionKind.CREATED, "ana", "", "Talks resume"),
        (2, RevisionKind.SAVE, "ana", "v2", "Talks go on"),
    ]
    assert entries[1].base == 1 and not entries[1].is_conflict
    assert queries.revision_words(staffed, story_id, [1, 2]) == {
        1: 2,
        2: count_words(body.text),
    }
