"""Edit locks as leases: heartbeats, stale locks, takeovers, and the text of the person who lost
the lock kept as a conflict copy they are told about."""

from __future__ import annotations

import pytest

from desk.domain.body import Body
from desk.domain.story import RevisionKind, State, StoryText
from desk.domain.workflow import STALE_AFTER, Action
from desk.errors import Refused
from desk.services import locks, queries
from desk.services.stories import Changes, act, create_story, edit_story
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock


def claimed(uow: UnitOfWork, editor: str = "milica") -> int:
    text = StoryText(
        "Heating back in Pristina",
        byline="Piše: Ana Ilić",
        body=Body.from_paragraphs(["Grejanje je ponovo radilo u četvrtak."]),
    )
    story = create_story(uow, "ana", text)
    act(uow, "ana", story.id, Action.FILE)
    act(uow, editor, story.id, Action.CLAIM)
    return story.id


def body(*paragraphs: str) -> Changes:
    return Changes(body=Body.from_paragraphs(paragraphs))


def test_a_fresh_lock_cannot_be_taken_by_an_editor(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = claimed(staffed)
    clock.advance(minutes=9)
    with pytest.raises(Refused, match=r"milica is editing this story \(last seen \d\d:\d\d\); "
                                      r"an editor can take it over after 10 minutes"):  # fmt: skip
        act(staffed, "tom", story_id, Action.TAKE_OVER)
    assert queries.get_story(staffed, story_id).lock_holder == "milica"


def test_the_holders_heartbeat_keeps_the_lock_fresh(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = claimed(staffed)
    for _ in range(5):  # fifty minutes with the story open in milica's window
        clock.advance(minutes=8)
        story = locks.keep_lock(staffed, "milica", story_id)
        assert story.lock_seen == clock.now
    with pytest.raises(Refused, match="milica is editing this story"):
        act(staffed, "tom", story_id, Action.TAKE_OVER)
    # A heartbeat from someone else renews nothing.
    clock.advance(minutes=9)
    assert locks.keep_lock(staffed, "tom", story_id).lock_seen != clock.now
    clock.advance(minutes=1)
    act(staffed, "tom", story_id, Action.TAKE_OVER)


def test_a_save_is_a_sign_of_life_too(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = claimed(staffed)
    clock.advance(minutes=9)
    edit_story(staffed, "milica", story_id, body("Edited."), base_revision=1, autosave=True)
    clock.advance(minutes=9)
    with pytest.raises(Refused):
        act(staffed, "tom", story_id, Action.TAKE_OVER)


def test_takeover_of_a_stale_lock_and_the_losers_text_kept(
    staffed: UnitOfWork, clock: Clock
) -> None:
    story_id = claimed(staffed)
    edit_story(staffed, "milica", story_id, body("Milica's first pass."), base_revision=1)
    clock.advance(minutes=STALE_AFTER.total_seconds() / 60)
    taken = act(staffed, "tom", story_id, Action.TAKE_OVER)
    assert (taken.state, taken.lock_holder, taken.lock_seen) == (State.EDITING, "tom", clock.now)
    event = queries.story_history(staffed, story_id)[-1]
    assert (event.actor, event.action, event.note) == ("tom", "takeover", "from milica")

    # Milica's window comes back with text she typed before it went quiet, based on revision 2.
    clock.advance(minutes=1)
    saved = edit_story(
        staffed, "milica", story_id, body("Milica's second pass, never lost."), base_revision=2
    )
    assert saved.conflict and saved.revision == 3
    story = queries.get_story(staffed, story_id)
    assert story.body.text == "Milica's first pass."  # the story's text is untouched
    assert story.lock_holder == "tom"
    copy = queries.get_revision(staffed, story_id, 3)
    assert (copy.kind, copy.author, copy.base) == (RevisionKind.CONFLICT, "milica", 2)
    assert copy.text.body.text == "Milica's second pass, never lost."
    note = queries.story_history(staffed, story_id)[-1].note
    assert note.endswith("the edit lock had passed to tom")

    # She is told once, with her copy, the next time she opens the story.
    [lost] = locks.lost_locks(staffed, "milica", story_id)
    assert (lost.loss.by, lost.loss.action, lost.loss.revision) == ("tom", "takeover", 2)
    assert [c.number for c in lost.copies] == [3]
    locks.mark_told(staffed, "milica", story_id)
    assert locks.lost_locks(staffed, "milica", story_id) == []
    # Tom can go on editing; his save is the story's text.
    saved = edit_story(staffed, "tom", story_id, body("Tom's version."), base_revision=2)
    assert not saved.conflict and saved.story.body.text == "Tom's version."


def test_a_chief_may_take_over_a_live_lock(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = claimed(staffed)
    taken = act(staffed, "vesna", story_id, Action.TAKE_OVER, note="the desk is closing")
    assert taken.lock_holder == "vesna"
    assert queries.story_history(staffed, story_id)[-1].note == "from milica; the desk is closing"


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("ana", "Only an editor or a chief editor can take over a story."),
        ("milica", "You already hold this story's edit lock."),
    ],
)
def test_who_may_not_take_over(staffed: UnitOfWork, clock: Clock, who: str, message: str) -> None:
    story_id = claimed(staffed)
    clock.advance(hours=1)
    with pytest.raises(Refused, match=message):
        act(staffed, who, story_id, Action.TAKE_OVER)


def test_only_a_story_in_editing_can_be_taken_over(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = claimed(staffed)
    act(staffed, "milica", story_id, Action.RELEASE)
    clock.advance(hours=1)
    with pytest.raises(
        Refused, match="Only a story in editing can be taken over; this one is filed"
    ):
        act(staffed, "tom", story_id, Action.TAKE_OVER)


def test_a_chiefs_overrule_keeps_the_claimers_text_too(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = claimed(staffed)
    act(staffed, "vesna", story_id, Action.RETURN, note="Needs a second source.")
    saved = edit_story(staffed, "milica", story_id, body("Milica's edit."), base_revision=1)
    assert saved.conflict
    assert saved.story.lock_holder == "ana" and saved.story.state is State.RETURNED
    assert queries.get_revision(staffed, story_id, saved.revision).text.body.text == (
        "Milica's edit."
    )


def test_a_writer_replaced_by_a_new_assignee_keeps_their_text(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "ana", StoryText("Snow in Belgrade", byline="By Ana Ilić"))
    edit_story(staffed, "milica", story.id, Changes(assignee="marko"))
    saved = edit_story(staffed, "ana", story.id, body("Ana's lead."), base_revision=1)
    assert saved.conflict and saved.story.lock_holder == "marko"
    [lost] = locks.lost_locks(staffed, "ana", story.id)
    assert (lost.loss.by, lost.loss.action) == ("milica", "assign")


def test_no_copy_for_someone_who_never_held_the_lock(staffed: UnitOfWork) -> None:
    story_id = claimed(staffed)
    with pytest.raises(Refused, match="milica holds this story's edit lock"):
        edit_story(staffed, "tom", story_id, body("Not mine to write."), base_revision=1)
    with pytest.raises(Refused):  # nor for the loser writing without saying what they began from
        act(staffed, "vesna", story_id, Action.TAKE_OVER)
        edit_story(staffed, "milica", story_id, body("From the command line."))
    assert queries.get_story(staffed, story_id).last_revision == 1


def test_a_lost_lock_is_only_for_text_begun_before_it_was_lost(
    staffed: UnitOfWork, clock: Clock
) -> None:
    story_id = claimed(staffed)
    act(staffed, "vesna", story_id, Action.TAKE_OVER)
    edit_story(staffed, "vesna", story_id, body("Vesna's rewrite."), base_revision=1)
    # Milica opened the story again after losing it (revision 2, read-only for her).
    with pytest.raises(Refused, match="vesna holds this story's edit lock"):
        edit_story(staffed, "milica", story_id, body("Begun after."), base_revision=2)


def test_text_still_being_written_when_the_writer_filed_elsewhere_is_kept(
    staffed: UnitOfWork,
) -> None:
    """Ana files from her laptop while her desktop window still holds a sentence more."""
    story = create_story(
        staffed,
        "ana",
        StoryText("Snow in Belgrade", byline="By Ana Ilić", body=Body.from_paragraphs(["Snow."])),
    )
    act(staffed, "ana", story.id, Action.FILE)
    saved = edit_story(staffed, "ana", story.id, body("Snow. Buses are late."), base_revision=1)
    assert saved.conflict and saved.story.state is State.FILED
    assert saved.story.body.text == "Snow."
    # Her own filing is nothing to be told about; the copy is in the story's revisions.
    assert locks.lost_locks(staffed, "ana", story.id) == []


def test_lists_and_search_say_who_holds_each_story(staffed: UnitOfWork) -> None:
    from desk.domain.story import StoryFilter

    story_id = claimed(staffed)
    [row] = queries.list_stories(staffed, StoryFilter(states=(State.EDITING,)))
    assert (row.id, row.lock_holder) == (story_id, "milica")
    [hit] = queries.search_stories(staffed, "Pristina")
    assert hit.story.lock_holder == "milica"
    act(staffed, "milica", story_id, Action.RELEASE)
    [row] = queries.list_stories(staffed, StoryFilter(states=(State.FILED,)))
    assert row.lock_holder is None


def test_details_sent_with_a_lost_lock_text(staffed: UnitOfWork, clock: Clock) -> None:
    """An editor may change details anyway, so hers go in; a writer's no longer do, and her
    text is kept all the same."""
    story_id = claimed(staffed)
    act(staffed, "vesna", story_id, Action.TAKE_OVER)
    changes = Changes(body=Body.from_paragraphs(["Milica's pass."]), tags=("izbori",))
    saved = edit_story(staffed, "milica", story_id, changes, base_revision=1)
    assert saved.conflict and saved.story.tags == ("izbori",)

    story = create_story(staffed, "ana", StoryText("Snow", byline="By Ana Ilić"))
    edit_story(staffed, "milica", story.id, Changes(assignee="marko"))
    changes = Changes(body=Body.from_paragraphs(["Ana's lead."]), tags=("snow",))
    saved = edit_story(staffed, "ana", story.id, changes, base_revision=1)
    assert saved.conflict and saved.story.tags == ()
    assert queries.get_revision(staffed, story.id, saved.revision).text.body.text == "Ana's lead."
