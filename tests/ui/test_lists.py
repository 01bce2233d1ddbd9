"""The queues and the story list: counts per role, lazy pages, sorting in the database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desk.domain.queues import QueueId
from desk.domain.story import StoryFilter
from desk.domain.workflow import Action
from desk.services import queries, stories
from desk.ui import story_list_model
from desk.ui.queue_model import CountRole, QueueModel, QueueRole
from desk.ui.story_list_model import (
    DEADLINE,
    HEADLINE,
    PAGE,
    SLUG,
    STATE,
    UPDATED,
    WORDS,
    SnippetRole,
    StoryListModel,
    StoryRole,
)
from tests.ui.conftest import write_story


def titles(model: QueueModel) -> list[str]:
    return [model.index(r).data(QueueRole).title for r in range(model.rowCount())]


def test_queues_follow_the_role(signed_in, qtmodeltester):
    correspondent = QueueModel(signed_in("ana"))
    assert titles(correspondent) == [
        "My drafts",
        "Assigned to me",
        "Returned to me",
        "Published",
        "All stories",
    ]
    editor = QueueModel(signed_in("milica"))
    assert "Incoming" in titles(editor) and "Killed" in titles(editor)
    assert len(titles(editor)) == 11
    qtmodeltester.check(editor)


def counts_of(model: QueueModel, qtbot) -> dict:
    model.controller.background.wait()
    qtbot.wait(10)  # the answer arrives through the event loop
    return {model.index(r).data(QueueRole).id: model.index(r).data(CountRole) for r in range(5)}


def test_queue_counts_are_live(signed_in, newsroom_uow, qtmodeltester, qtbot):
    mine = write_story(newsroom_uow, "ana", "Mine", "Text.")
    write_story(newsroom_uow, "marko", "His", "Text.")
    stories.edit_story(newsroom_uow, "vesna", mine, stories.Changes(assignee="ana"))
    model = QueueModel(signed_in("ana"))
    model.refresh_counts()
    counts = counts_of(model, qtbot)
    assert counts[QueueId.MY_DRAFTS] == 1
    assert counts[QueueId.ASSIGNED] == 1
    assert counts[QueueId.ALL] == 2
    stories.act(newsroom_uow, "ana", mine, Action.FILE)
    model.refresh_counts()
    assert counts_of(model, qtbot)[QueueId.MY_DRAFTS] == 0
    assert model.index(0).data() == "My drafts"  # nothing left to show a count for
    qtmodeltester.check(model)


def many(newsroom_uow, n: int) -> list[int]:
    ids = []
    for i in range(n):
        newsroom_uow.clock.advance(minutes=1)
        ids.append(write_story(newsroom_uow, "ana", f"Story {i:03d}", "word " * (i % 7 + 1)))
    return ids


def settle(model, qtbot) -> None:
    """Let the worker thread's answers arrive. Work is handed to the worker from the event
    loop (a read-ahead starts once the rows are painted), so the loop runs first, then the
    worker is waited for, then its answers are delivered."""
    qtbot.wait(10)
    model.controller.background.wait()
    qtbot.wait(10)


def test_the_list_fetches_a_page_at_a_time(signed_in, newsroom_uow, qtmodeltester, qtbot):
    many(newsroom_uow, PAGE + 30)
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter())
    assert model.total == PAGE + 30
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    assert model.index(0, SLUG).data() == f"story-{PAGE + 29:03d}"  # newest first
    settle(model, qtbot)  # the next page is read ahead while the person looks at this one
    model.fetchMore()
    assert model.rowCount() == PAGE + 30
    assert not model.canFetchMore()
    assert model.index(PAGE + 29, SLUG).data() == "story-000"
    qtmodeltester.check(model)


def test_sorting_happens_in_the_database(signed_in, newsroom_uow, qtbot):
    many(newsroom_uow, PAGE + 5)
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter())
    model.sort(SLUG, Qt.SortOrder.AscendingOrder)
    settle(model, qtbot)
    assert model.index(0, SLUG).data() == "story-000"
    model.sort(WORDS, Qt.SortOrder.DescendingOrder)
    settle(model, qtbot)
    assert model.index(0, WORDS).data() == "7"
    assert model.rowCount() == PAGE  # a sort starts again from the first page


def test_state_badges_and_late_deadlines(signed_in, newsroom_uow, clock):
    late = write_story(
        newsroom_uow, "ana", "Late one", "Text.", deadline=clock.now - timedelta(hours=1)
    )
    write_story(newsroom_uow, "ana", "On time", "Text.", deadline=clock.now + timedelta(hours=3))
    stories.act(newsroom_uow, "ana", late, Action.FILE)
    model = StoryListModel(signed_in("milica"))
    model.show(StoryFilter())
    rows = {model.index(r, SLUG).data(): r for r in range(model.rowCount())}
    assert model.index(rows["late-one"], STATE).data() == "Filed"
    assert model.index(rows["late-one"], DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(rows["late-one"], DEADLINE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Past its deadline"
    )
    assert model.index(rows["on-time"], DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is None
    stories.act(newsroom_uow, "milica", late, Action.CLAIM)
    model.refresh_rows()
    rows = {model.index(r, SLUG).data(): r for r in range(model.rowCount())}
    assert model.index(rows["late-one"], STATE).data() == "In editing · milica"


def test_a_page_asked_for_while_it_is_being_read_arrives_by_itself(signed_in, newsroom_uow, qtbot):
    many(newsroom_uow, PAGE * 2 + 10)
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter())  # starts reading the second page ahead, on the worker
    model.fetchMore()  # the view reaches the end before that page is back
    assert model.rowCount() == PAGE
    settle(model, qtbot)
    assert model.rowCount() == PAGE * 2  # no second fetchMore needed: the view may not ask


def test_search_results_come_a_page_at_a_time_with_their_passages(
    signed_in, newsroom_uow, qtbot, monkeypatch, qtmodeltester
):
    monkeypatch.setattr(story_list_model, "SEARCH_PAGE", 3)
    monkeypatch.setattr(story_list_model, "SEARCH_LIMIT", 7)  # the best seven are listed
    many(newsroom_uow, 9)  # every one says "word"
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter(), "word")
    settle(model, qtbot)
    assert (model.rowCount(), model.total) == (3, 7)
    assert model.canFetchMore()
    while model.canFetchMore():
        settle(model, qtbot)  # read ahead while the person looks
        model.fetchMore()
    settle(model, qtbot)
    assert model.rowCount() == 7
    found = [model.index(r, SLUG).data() for r in range(7)]
    assert len(set(found)) == 7
    for row in range(7):
        snippet = model.index(row, HEADLINE).data(SnippetRole)
        assert ("word", True) in snippet  # every row, on every page, shows its passage
    qtmodeltester.check(model)


def test_scrolling_on_after_a_change_lists_no_story_twice(signed_in, newsroom_uow, qtbot):
    ids = many(newsroom_uow, PAGE * 2 + 20)
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter())  # newest first
    settle(model, qtbot)  # the second page is read ahead
    newsroom_uow.clock.advance(minutes=1)
    below = ids[5]  # far down the list, it becomes the newest change
    stories.edit_story(newsroom_uow, "ana", below, stories.Changes(headline="Back on top"))
    model.fetchMore()  # the second page; the third is read now, after the change
    settle(model, qtbot)
    model.fetchMore()
    settle(model, qtbot)
    slugs = [model.index(r, SLUG).data() for r in range(model.rowCount())]
    assert len(slugs) == len(set(slugs)) == PAGE * 2 + 19  # (it went above the rows shown)
    assert slugs[-1] == "story-000"


def test_every_row_gives_back_the_story_summary_it_was_read_as(signed_in, newsroom_uow, clock):
    write_story(newsroom_uow, "ana", "Plain", "Text.")
    write_story(newsroom_uow, "ana", "Planned", "Text.", desk="Politics", target_words=300,
                deadline=clock.now + timedelta(hours=2, microseconds=7))  # fmt: skip
    claimed = write_story(newsroom_uow, "marko", "Сремски Карловци", "Текст.", assignee="ana")
    stories.act(newsroom_uow, "ana", claimed, Action.FILE)
    stories.act(newsroom_uow, "milica", claimed, Action.CLAIM)
    model = StoryListModel(signed_in("milica"))
    model.show(StoryFilter())
    expected = queries.list_stories(newsroom_uow, StoryFilter())
    shown = [model.index(r, SLUG).data(StoryRole) for r in range(model.rowCount())]
    assert shown == expected  # names, times to the microsecond, unset values and all
    assert shown[0].lock_holder == "milica" and shown[0].state.value == "editing"


def test_scrolling_while_a_sort_is_read_goes_on_in_the_new_order(signed_in, newsroom_uow, qtbot):
    many(newsroom_uow, PAGE * 2 + 20)
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter())
    settle(model, qtbot)  # the second page, newest first, is read ahead
    model.sort(SLUG, Qt.SortOrder.AscendingOrder)
    model.fetchMore()  # the view is at the end of the old rows as the new order is read
    settle(model, qtbot)
    model.fetchMore()
    settle(model, qtbot)
    slugs = [model.index(r, SLUG).data() for r in range(model.rowCount())]
    assert slugs == [f"story-{n:03d}" for n in range(len(slugs))]
    assert len(slugs) == PAGE * 2


def test_times_are_written_as_everywhere_else_in_the_window(signed_in, newsroom_uow, clock):
    from desk.ui import look

    offsets = [timedelta(0), timedelta(hours=3, minutes=7), timedelta(days=-1),
               timedelta(days=-1, hours=5, minutes=59), timedelta(days=400), None]  # fmt: skip
    for n, offset in enumerate(offsets):
        deadline = None if offset is None else clock.now + offset
        write_story(newsroom_uow, "ana", f"Due {n}", "Text.", deadline=deadline)
    model = StoryListModel(signed_in("ana"))
    model.show(StoryFilter())
    now = clock.now
    for row in range(model.rowCount()):
        story = model.index(row, SLUG).data(StoryRole)
        assert model.index(row, DEADLINE).data() == look.short_time(story.deadline, now)
        assert model.index(row, UPDATED).data() == look.short_time(story.updated_at, now)
    cells = {model.index(r, DEADLINE).data() for r in range(model.rowCount())}
    assert "" in cells and any(len(c) == 5 for c in cells)  # none, and today's time alone
