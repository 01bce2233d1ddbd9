"""The queues and the story list: counts per role, lazy pages, sorting in the database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desk.domain.queues import QueueId
from desk.domain.story import StoryFilter
from desk.domain.workflow import Action
from desk.services import stories
from desk.ui.queue_model import CountRole, QueueModel, QueueRole
from desk.ui.story_list_model import (
    DEADLINE,
    PAGE,
    SLUG,
    STATE,
    WORDS,
    StoryListModel,
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
    """Let the worker thread's answers arrive."""
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
