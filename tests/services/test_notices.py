"""Notices: what concerns each person since a marker, and which stories others changed."""

from __future__ import annotations

from desk.domain.body import Body, Paragraph, plain
from desk.domain.story import StoryText
from desk.domain.workflow import Action
from desk.services import notes, notices, queries
from desk.services.notices import Marker, NoticeKind
from desk.services.stories import Changes, act, create_story, edit_story, restore_revision
from desk.storage.uow import UnitOfWork


def filed_story(uow: UnitOfWork) -> int:
    text = StoryText("Grain talks", "", "By Ana", "", Body((Paragraph(plain("Talks resumed.")),)))
    story = create_story(uow, "ana", text)
    act(uow, "ana", story.id, Action.FILE)
    return story.id


def kinds(found) -> list[tuple[str, str]]:
    return [(n.kind.value, n.actor) for n in found]


def test_each_person_hears_what_concerns_them(staffed: UnitOfWork) -> None:
    start = notices.marker(staffed)
    story_id = filed_story(staffed)
    act(staffed, "milica", story_id, Action.CLAIM)
    act(staffed, "milica", story_id, Action.RETURN, note="Add a quote.")
    notes.add_comment(staffed, "milica", story_id, "@ana the minister's office has called back")
    for_ana = notices.notices_since(staffed, "ana", start)
    assert kinds(for_ana.notices) == [("returned", "milica"), ("mentioned", "milica")]
    assert for_ana.notices[0].note == "Add a quote."
    assert for_ana.changed == frozenset({story_id})
    for_tom = notices.notices_since(staffed, "tom", start)  # an editor
    assert kinds(for_tom.notices) == [("filed", "ana")]
    for_milica = notices.notices_since(staffed, "milica", start)
    assert kinds(for_milica.notices) == [("filed", "ana")]  # not her own claim and return
    for_marko = notices.notices_since(staffed, "marko", start)
    assert for_marko.notices == []
    assert for_marko.marker == notices.marker(staffed)


def test_the_marker_moves_on(staffed: UnitOfWork) -> None:
    start = notices.marker(staffed)
    story_id = filed_story(staffed)
    first = notices.notices_since(staffed, "tom", start)
    assert [n.kind for n in first.notices] == [NoticeKind.FILED]
    again = notices.notices_since(staffed, "tom", first.marker)
    assert again.notices == [] and again.changed == frozenset()
    act(staffed, "milica", story_id, Action.CLAIM)
    act(staffed, "milica", story_id, Action.APPROVE)
    act(staffed, "vesna", story_id, Action.PUBLISH)
    later = notices.notices_since(staffed, "ana", first.marker)
    assert [n.kind for n in later.notices] == [NoticeKind.APPROVED, NoticeKind.PUBLISHED]
    assert notices.marker(staffed) != Marker()


def test_the_editor_whose_story_was_taken_over_hears_of_it(staffed: UnitOfWork) -> None:
    story_id = filed_story(staffed)
    act(staffed, "milica", story_id, Action.CLAIM)
    start = notices.marker(staffed)
    act(staffed, "vesna", story_id, Action.TAKE_OVER)
    for_milica = notices.notices_since(staffed, "milica", start)
    assert kinds(for_milica.notices) == [("taken over", "vesna")]
    assert notices.notices_since(staffed, "tom", start).notices == []


def test_restoring_a_revision_is_a_new_revision(staffed: UnitOfWork) -> None:
    text = StoryText("Rain", "", "By Ana", "", Body((Paragraph(plain("First.")),)))
    story = create_story(staffed, "ana", text)
    edit_story(staffed, "ana", story.id, Changes(body=Body((Paragraph(plain("Second.")),))))
    saved = restore_revision(staffed, "ana", story.id, 1)
    assert saved.revision == 3
    current = queries.get_story(staffed, story.id)
    assert current.body.text == "First." and current.revision == 3
    assert [r.kind.value for r in queries.story_revisions(staffed, story.id)] == [
        "created",
        "save",
        "restore",
    ]
    assert (
        queries.story_history(staffed, story.id)[-1].note == "revision 3: restored from revision 1"
    )
