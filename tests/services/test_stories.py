"""Creating, saving and acting on stories through the services, on a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.domain.body import Body
from desk.domain.story import RevisionKind, State, StoryText
from desk.domain.workflow import Action
from desk.errors import Invalid, NotFound, Refused
from desk.services import queries
from desk.services.stories import Changes, act, create_story, edit_story, publish_due
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock


def text(headline: str = "Grain talks resume", *paragraphs: str) -> StoryText:
    body = Body.from_paragraphs(paragraphs or ["Talks on the grain deal resumed on Thursday."])
    return StoryText(headline=headline, byline="By Ana Ilić", body=body)


def body(*paragraphs: str) -> Body:
    return Body.from_paragraphs(paragraphs)


def history_actions(uow: UnitOfWork, story_id: int) -> list[str]:
    return [e.action for e in queries.story_history(uow, story_id)]


def test_create_makes_a_draft_held_by_its_author(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "ana", text(), desk="world", tags=("grain", "grain", "talks"))
    assert story.state is State.DRAFT
    assert story.lock_holder == "ana"
    assert story.slug == "grain-talks-resume"
    assert story.desk == "World"
    assert story.tags == ("grain", "talks")
    assert story.language == "en"
    assert story.revision == 1
    assert story.word_count == 8
    assert story.byline_parts == {"names": ["Ana Ilić"]}
    assert history_actions(staffed, story.id) == ["create"]


def test_create_in_cyrillic_gets_a_latin_slug_and_its_language(staffed: UnitOfWork) -> None:
    story = create_story(
        staffed, "marko", StoryText("Избори у Београду", body=body("Грађани гласају у недељу."))
    )
    assert story.slug == "izbori-u-beogradu"
    assert story.language == "sr-Cyrl"


def test_create_needs_a_slug_or_a_headline(staffed: UnitOfWork) -> None:
    with pytest.raises(Invalid, match="Give the story a slug or a headline."):
        create_story(staffed, "ana", StoryText(headline="   "))
    assert queries.list_stories(staffed, queries.StoryFilter()) == []
    story = create_story(staffed, "ana", StoryText(), slug="Budget Vote")
    assert story.slug == "budget-vote"


def test_create_refuses_an_unknown_desk_and_stores_nothing(staffed: UnitOfWork) -> None:
    with pytest.raises(
        NotFound, match=r"no desk called 'Sport' \(desks: Politics, Region, World\)"
    ):
        create_story(staffed, "ana", text(), desk="Sport")
    assert queries.list_stories(staffed, queries.StoryFilter()) == []


def test_text_is_cleaned_to_one_form_without_hidden_controls(staffed: UnitOfWork) -> None:
    decomposed = "Ilic\u0301"  # c + combining acute, as some Mac software writes "ć"
    story = create_story(
        staffed,
        "ana",
        StoryText(f"Talks\u202e with {decomposed}\x00", body=body(f"Met {decomposed}.")),
    )
    assert story.headline == "Talks with Ilić"
    assert story.body.text == "Met Ilić."
    assert story.word_count == 2


def test_only_the_lock_holder_saves_text_and_a_refusal_changes_nothing(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "ana", text())
    with pytest.raises(Refused, match="ana holds this story's edit lock"):
        edit_story(staffed, "marko", story.id, Changes(headline="Hijacked"))
    after = queries.get_story(staffed, story.id)
    assert after.headline == "Grain talks resume"
    assert after.revision == 1
    assert history_actions(staffed, story.id) == ["create"]


def test_each_explicit_save_makes_a_revision(staffed: UnitOfWork, clock: Clock) -> None:
    story = create_story(staffed, "ana", text())
    clock.advance(minutes=5)
    saved = edit_story(staffed, "ana", story.id, Changes(body=body("Talks collapsed.")), label="v2")
    assert (saved.revision, saved.conflict) == (2, False)
    assert saved.story.body.text == "Talks collapsed."
    assert saved.story.word_count == 2
    revisions = queries.story_revisions(staffed, story.id)
    assert [(r.number, r.kind, r.base, r.label) for r in revisions] == [
        (1, RevisionKind.CREATED, None, ""),
        (2, RevisionKind.SAVE, 1, "v2"),
    ]
    assert revisions[0].text.body.text == "Talks on the grain deal resumed on Thursday."
    assert history_actions(staffed, story.id) == ["create", "save"]


def test_saving_the_same_text_makes_no_revision(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "ana", text())
    saved = edit_story(staffed, "ana", story.id, Changes(headline="Grain talks resume"))
    assert saved.revision is None
    assert len(queries.story_revisions(staffed, story.id)) == 1


def test_autosaves_coalesce_into_the_latest_autosave(staffed: UnitOfWork, clock: Clock) -> None:
    story = create_story(staffed, "ana", text())
    first = edit_story(staffed, "ana", story.id, Changes(body=body("One.")), autosave=True)
    clock.advance(seconds=5)
    second = edit_story(staffed, "ana", story.id, Changes(body=body("One two.")), autosave=True)
    assert first.revision == second.revision == 2
    revisions = queries.story_revisions(staffed, story.id)
    assert [(r.number, r.kind) for r in revisions] == [
        (1, RevisionKind.CREATED),
        (2, RevisionKind.AUTOSAVE),
    ]
    assert revisions[-1].text.body.text == "One two."
    # Autosaves leave no trace in the history; an explicit save after them is a new revision.
    assert history_actions(staffed, story.id) == ["create"]
    third = edit_story(staffed, "ana", story.id, Changes(body=body("One two three.")))
    assert third.revision == 3
    fourth = edit_story(staffed, "ana", story.id, Changes(body=body("Four.")), autosave=True)
    assert fourth.revision == 4


def test_naming_the_current_text_turns_an_autosave_into_a_save(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "ana", text())
    edit_story(staffed, "ana", story.id, Changes(body=body("Draft two.")), autosave=True)
    named = edit_story(staffed, "ana", story.id, Changes(), label="Before the lawyer reads it")
    assert named.revision == 2
    revision = queries.get_revision(staffed, story.id, 2)
    assert (revision.kind, revision.label) == (RevisionKind.SAVE, "Before the lawyer reads it")


def test_a_save_on_an_older_revision_is_kept_as_a_conflict_copy(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "ana", text())
    edit_story(staffed, "ana", story.id, Changes(body=body("Newer text from the laptop.")))
    stale = edit_story(
        staffed, "ana", story.id, Changes(body=body("Older window's text.")), base_revision=1
    )
    assert stale.conflict is True
    assert stale.revision == 3
    assert stale.story.revision == 2
    assert stale.story.body.text == "Newer text from the laptop."
    copy = queries.get_revision(staffed, story.id, 3)
    assert (copy.kind, copy.base, copy.text.body.text) == (
        RevisionKind.CONFLICT,
        1,
        "Older window's text.",
    )
    # The next save on the current revision goes on from the highest number.
    nxt = edit_story(staffed, "ana", story.id, Changes(headline="Talks"), base_revision=2)
    assert (nxt.revision, nxt.conflict, nxt.story.revision) == (4, False, 4)
    assert "conflict" in history_actions(staffed, story.id)


def test_planning_details_by_an_editor_while_filed(staffed: UnitOfWork, clock: Clock) -> None:
    story = create_story(staffed, "ana", text())
    act(staffed, "ana", story.id, Action.FILE)
    deadline = clock.now + timedelta(hours=4)
    changes = Changes(desk="Politics", target_words=600, deadline=deadline, assignee="marko")
    saved = edit_story(staffed, "tom", story.id, changes)
    assert (saved.story.desk, saved.story.target_words) == ("Politics", 600)
    assert (saved.story.deadline, saved.story.assignee) == (deadline, "marko")
    event = queries.story_history(staffed, story.id)[-1]
    assert event.action == "update"
    assert "desk: - → Politics" in event.note and "target words: - → 600" in event.note
    with pytest.raises(Refused):
        edit_story(staffed, "marko", story.id, Changes(target_words=900))
    with pytest.raises(Invalid, match="between 1 and 100,000"):
        edit_story(staffed, "tom", story.id, Changes(target_words=0))
    assert queries.get_story(staffed, story.id).target_words == 600


def test_the_whole_journey_with_a_correction(staffed: UnitOfWork, clock: Clock) -> None:
    s = create_story(staffed, "ana", text())
    steps = [
        ("ana", Action.FILE, None, State.FILED, None),
        ("milica", Action.CLAIM, None, State.EDITING, "milica"),
        ("milica", Action.RETURN, "Needs a second source", State.RETURNED, "ana"),
        ("ana", Action.FILE, None, State.FILED, None),
        ("tom", Action.CLAIM, None, State.EDITING, "tom"),
        ("tom", Action.APPROVE, None, State.APPROVED, None),
        ("vesna", Action.PUBLISH, None, State.PUBLISHED, None),
        ("milica", Action.CORRECT, "The talks resumed on Friday", State.EDITING, "milica"),
    ]
    for actor, action, note, state, holder in steps:
        clock.advance(minutes=3)
        s = act(staffed, actor, s.id, action, note=note)
        assert (s.state, s.lock_holder) == (state, holder), action
    assert (s.correction_number, s.correction_pending) == (0, True)
    edit_story(staffed, "milica", s.id, Changes(body=body("Talks resumed on Friday.")))
    s = act(staffed, "milica", s.id, Action.APPROVE)
    s = act(staffed, "vesna", s.id, Action.PUBLISH)
    assert (s.state, s.correction_number, s.correction_pending) == (State.PUBLISHED, 1, False)
    assert s.published_at == clock.now
    s = act(staffed, "vesna", s.id, Action.KILL, note="Legal: the source withdrew")
    assert s.state is State.KILLED
    events = queries.story_history(staffed, s.id)
    assert [e.action for e in events] == [
        "create", "file", "claim", "return", "file", "claim", "approve", "publish",
        "correct", "save", "approve", "publish", "kill",
    ]  # fmt: skip
    assert events[3].note == "Needs a second source"
    assert events[-1].note == "Legal: the source withdrew"
    assert events[-1].from_state is State.PUBLISHED and events[-1].to_state is State.KILLED


def test_a_refused_action_changes_nothing(staffed: UnitOfWork) -> None:
    s = create_story(staffed, "ana", text())
    act(staffed, "ana", s.id, Action.FILE)
    act(staffed, "milica", s.id, Action.CLAIM)
    with pytest.raises(Refused, match="Write a note telling the author what to change."):
        act(staffed, "milica", s.id, Action.RETURN, note="  ")
    with pytest.raises(Refused, match="Only a chief editor can publish."):
        act(staffed, "milica", s.id, Action.PUBLISH)
    after = queries.get_story(staffed, s.id)
    assert (after.state, after.lock_holder) == (State.EDITING, "milica")
    assert history_actions(staffed, s.id) == ["create", "file", "claim"]


def test_unknown_people_and_stories_are_named(staffed: UnitOfWork) -> None:
    with pytest.raises(NotFound, match="There is no story number 99."):
        act(staffed, "vesna", 99, Action.PUBLISH)
    s = create_story(staffed, "ana", text())
    with pytest.raises(NotFound, match="no user called 'nobody'"):
        act(staffed, "nobody", s.id, Action.FILE)


def approved_story(uow: UnitOfWork, **details: object) -> int:
    s = create_story(uow, "ana", text(), **details)  # type: ignore[arg-type]
    act(uow, "ana", s.id, Action.FILE)
    act(uow, "milica", s.id, Action.CLAIM)
    act(uow, "milica", s.id, Action.APPROVE)
    return s.id


def test_embargo_blocks_publishing_until_it_lifts(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = approved_story(staffed, embargo_at=clock.now + timedelta(hours=2))
    with pytest.raises(Refused, match="Embargoed until"):
        act(staffed, "vesna", story_id, Action.PUBLISH)
    clock.advance(hours=2, seconds=1)
    assert act(staffed, "vesna", story_id, Action.PUBLISH).state is State.PUBLISHED


def test_scheduled_stories_publish_when_due(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = approved_story(staffed, embargo_at=clock.now + timedelta(hours=1))
    at = clock.now + timedelta(hours=3)
    scheduled = act(staffed, "vesna", story_id, Action.SCHEDULE, at=at)
    assert (scheduled.state, scheduled.publish_at) == (State.SCHEDULED, at)
    clock.advance(hours=2)
    assert publish_due(staffed, "vesna") == []
    clock.advance(hours=1)
    published = publish_due(staffed, "vesna")
    assert [s.id for s in published] == [story_id]
    assert published[0].state is State.PUBLISHED
    assert queries.story_history(staffed, story_id)[-1].note == "on schedule"


def test_reopening_a_scheduled_story_clears_its_time(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = approved_story(staffed)
    act(staffed, "vesna", story_id, Action.SCHEDULE, at=clock.now + timedelta(hours=1))
    reopened = act(staffed, "tom", story_id, Action.REOPEN)
    assert (reopened.state, reopened.lock_holder, reopened.publish_at) == (
        State.EDITING,
        "tom",
        None,
    )


def test_unspike_returns_to_the_state_it_left(staffed: UnitOfWork) -> None:
    s = create_story(staffed, "ana", text())
    spiked = act(staffed, "ana", s.id, Action.SPIKE)
    assert (spiked.state, spiked.lock_holder, spiked.spiked_from) == (
        State.SPIKED,
        None,
        State.DRAFT,
    )
    with pytest.raises(Refused, match="A spiked story cannot be changed; restore it first."):
        edit_story(staffed, "ana", s.id, Changes(headline="Back"))
    back = act(staffed, "milica", s.id, Action.UNSPIKE)
    assert (back.state, back.lock_holder, back.spiked_from) == (State.DRAFT, "ana", None)


def test_assigning_a_draft_hands_its_edit_lock_to_the_assignee(staffed: UnitOfWork) -> None:
    story = create_story(staffed, "vesna", StoryText("Cover the council meeting"))
    assert story.lock_holder == "vesna"
    assigned = edit_story(staffed, "vesna", story.id, Changes(assignee="marko")).story
    assert (assigned.assignee, assigned.lock_holder) == ("marko", "marko")
    written = edit_story(staffed, "marko", story.id, Changes(byline="By Marko Ris"))
    assert written.story.text.byline == "By Marko Ris"
    back = edit_story(staffed, "vesna", story.id, Changes(assignee=None)).story
    assert (back.assignee, back.lock_holder) == (None, "vesna")
