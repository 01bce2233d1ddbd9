"""Lists, search, history, diffs, notes, backup and check, as the window and the CLI use them."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.body import Body
from desk.domain.story import Sort, State, StoryFilter, StoryText
from desk.domain.workflow import Action
from desk.errors import Invalid, NotFound, Refused, StoreError
from desk.services import maintenance, notes, queries
from desk.services.stories import Changes, act, create_story, edit_story
from desk.storage.store import Store, open_store
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock


def new(uow: UnitOfWork, who: str, headline: str, *paragraphs: str, **details: object) -> int:
    text = StoryText(headline, byline="By Someone", body=Body.from_paragraphs(paragraphs or ["x"]))
    return create_story(uow, who, text, **details).id  # type: ignore[arg-type]


@pytest.fixture
def room(staffed: UnitOfWork, clock: Clock) -> dict[str, int]:
    ids = {}
    ids["grain"] = new(
        staffed, "ana", "Grain talks resume", "Negotiators met in Moscow.", desk="World"
    )
    clock.advance(minutes=1)
    ids["budget"] = new(
        staffed, "marko", "Belgrade budget vote", "Councillors argued about grain silos.",
        desk="Politics", deadline=clock.now + timedelta(hours=2),
    )  # fmt: skip
    clock.advance(minutes=1)
    ids["cyr"] = new(
        staffed, "marko", "Буџет Београда", "Одборници расправљали до поноћи.", desk="Politics"
    )
    clock.advance(minutes=1)
    ids["assigned"] = new(staffed, "vesna", "Mine to write", "Notes.", assignee="ana")
    clock.advance(minutes=1)
    act(staffed, "ana", ids["grain"], Action.FILE)
    return ids


def test_list_filters_by_state_desk_author_assignee_and_mine(
    staffed: UnitOfWork, room: dict[str, int]
) -> None:
    def ids(**f: object) -> set[int]:
        return {s.id for s in queries.list_stories(staffed, StoryFilter(**f))}  # type: ignore[arg-type]

    assert ids() == set(room.values())
    assert ids(states=(State.FILED,)) == {room["grain"]}
    assert ids(desk="politics") == {room["budget"], room["cyr"]}
    assert ids(author="marko") == {room["budget"], room["cyr"]}
    assert ids(assignee="ana") == {room["assigned"]}
    assert ids(involving="ana") == {room["grain"], room["assigned"]}
    assert ids(language="sr-Cyrl") == {room["cyr"]}
    with pytest.raises(NotFound, match="no desk called 'Sport'"):
        ids(desk="Sport")
    with pytest.raises(Invalid):
        ids(limit=0)


def test_list_sorts_and_pages(staffed: UnitOfWork, room: dict[str, int], clock: Clock) -> None:
    def order(**f: object) -> list[str]:
        return [s.slug for s in queries.list_stories(staffed, StoryFilter(**f))]  # type: ignore[arg-type]

    assert order(sort=Sort.SLUG, descending=False) == sorted(
        order(sort=Sort.SLUG, descending=False)
    )
    newest_first = order()
    assert newest_first[0] == "grain-talks-resume"  # filed last, so updated last
    assert order(limit=2, offset=1) == newest_first[1:3]
    late = queries.list_stories(
        staffed, StoryFilter(deadline_before=clock.now + timedelta(hours=3))
    )
    assert [s.id for s in late] == [room["budget"]]


def test_counts_by_state(staffed: UnitOfWork, room: dict[str, int]) -> None:
    counts = queries.count_by_state(staffed)
    assert counts[State.DRAFT] == 3 and counts[State.FILED] == 1 and counts[State.KILLED] == 0


def test_search_ranks_headline_matches_first_with_snippets(
    staffed: UnitOfWork, room: dict[str, int], store: Store
) -> None:
    hits = queries.search_stories(staffed, "grain")
    assert [h.story.id for h in hits] == [room["grain"], room["budget"]]
    # Body matches show the passage; the matched word is marked for highlighting.
    budget = hits[1]
    assert ("grain", True) in budget.snippet
    assert "".join(t for t, _ in budget.snippet) == "Councillors argued about grain silos."


def test_search_finds_serbian_in_either_script_and_without_diacritics(
    staffed: UnitOfWork, room: dict[str, int]
) -> None:
    assert [h.story.id for h in queries.search_stories(staffed, "budžet Beograda")] == [room["cyr"]]
    assert [h.story.id for h in queries.search_stories(staffed, "Београд")] == [room["cyr"]]
    assert [h.story.id for h in queries.search_stories(staffed, "beograd")] == [room["cyr"]]
    assert [h.story.id for h in queries.search_stories(staffed, "Belgrade")] == [room["budget"]]
    assert [h.story.id for h in queries.search_stories(staffed, "odbornici")] == [room["cyr"]]


def test_search_phrases_exclusions_prefixes_and_filters(
    staffed: UnitOfWork, room: dict[str, int]
) -> None:
    def found(q: str, **f: object) -> set[int]:
        return {h.story.id for h in queries.search_stories(staffed, q, StoryFilter(**f))}  # type: ignore[arg-type]

    assert found('"grain talks"') == {room["grain"]}
    assert found("grain -silos") == {room["grain"]}
    assert found("negot") == {room["grain"]}
    assert found("grain", desk="Politics") == {room["budget"]}
    assert found("grain", states=(State.DRAFT,)) == {room["budget"]}
    assert found("") == set() and found("   ") == set() and found("-grain") == set()


@settings(max_examples=200, deadline=None)
@given(
    query=st.text(alphabet=st.sampled_from(list("ab \"*-():^+NEAROT{}[]'\\.,йђ\x00")), max_size=30)
)
def test_search_text_that_looks_like_fts_syntax_never_errors(query: str) -> None:
    uow = _search_room()
    hits = queries.search_stories(uow, query)
    assert all(h.story.id == 1 for h in hits)


_rooms: list[UnitOfWork] = []


def _search_room() -> UnitOfWork:
    if not _rooms:
        from desk.services import newsroom

        uow = UnitOfWork(open_store("sqlite://"), Clock())
        newsroom.start_newsroom(uow, "vesna")
        new(uow, "vesna", "A NEAR b", 'a b "ab" OR NOT AND ђак * -')
        _rooms.append(uow)
    return _rooms[0]


def test_history_revisions_and_diff(staffed: UnitOfWork, clock: Clock) -> None:
    story_id = new(staffed, "ana", "Talks resume", "The talks resumed on Monday.")
    clock.advance(minutes=2)
    edit_story(
        staffed,
        "ana",
        story_id,
        Changes(body=Body.from_paragraphs(["The talks collapsed on Tuesday."])),
    )
    old, current, diff = queries.story_diff(staffed, story_id)
    assert (old.number, current.number) == (1, 2)
    assert diff.summary() == "2 words added, 2 removed, 1 paragraph changed"
    assert [r.number for r in queries.story_revisions(staffed, story_id)] == [1, 2]
    with pytest.raises(NotFound, match="no revision 9"):
        queries.story_diff(staffed, story_id, 1, 9)


def test_available_actions_explain_refusals(staffed: UnitOfWork, room: dict[str, int]) -> None:
    choices = queries.available_actions(staffed, "milica", room["grain"])
    assert choices[Action.CLAIM] is None
    assert choices[Action.WITHDRAW] == "Only the story's author can withdraw it."


def test_notes_add_edit_delete_own_only(
    staffed: UnitOfWork, room: dict[str, int], clock: Clock
) -> None:
    note = notes.add_comment(staffed, "milica", room["grain"], "  @ana please check the figure  ")
    assert (note.author, note.text) == ("milica", "@ana please check the figure")
    assert notes.mentions(note.text) == ["ana"]
    with pytest.raises(Refused, match="only your own notes; this one is milica's"):
        notes.edit_comment(staffed, "ana", note.id, "changed")
    with pytest.raises(Refused):
        notes.delete_comment(staffed, "vesna", note.id)
    with pytest.raises(Invalid, match="A note cannot be empty."):
        notes.add_comment(staffed, "ana", room["grain"], " \n ")
    clock.advance(minutes=1)
    edited = notes.edit_comment(staffed, "milica", note.id, "@ana @marko.r check it")
    assert edited.edited_at == clock.now and notes.mentions(edited.text) == ["ana", "marko.r"]
    notes.delete_comment(staffed, "milica", note.id)
    assert notes.list_comments(staffed, room["grain"]) == []
    with pytest.raises(NotFound):
        notes.add_comment(staffed, "ana", 999, "hello")
    with pytest.raises(NotFound, match="There is no story number 999."):
        notes.list_comments(staffed, 999)


def test_mentions_ignore_email_addresses() -> None:
    assert notes.mentions("write to ana@example.com or @tom.") == ["tom"]


def test_backup_is_a_working_copy(
    staffed: UnitOfWork, room: dict[str, int], tmp_path: Path
) -> None:
    if staffed.dialect == "postgresql":  # the server's own tools back it up; Desk says so
        with pytest.raises(StoreError, match=r"backed up on the server \(pg_dump\)"):
            maintenance.backup(staffed, tmp_path / "copy.sqlite")
        assert list(tmp_path.glob("*.sqlite")) == []
        return
    target = maintenance.backup(staffed, tmp_path / "copy.sqlite")
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM stories").fetchone() == (4,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = UnitOfWork(open_store(f"sqlite:///{target}"))
    assert maintenance.check(reopened).ok
    assert queries.get_story(reopened, room["grain"]).state is State.FILED
    folder_copy = maintenance.backup(staffed, tmp_path)
    assert folder_copy.parent == tmp_path and folder_copy.name.startswith("newsroom-")
    with pytest.raises(Invalid, match="does not exist"):
        maintenance.backup(staffed, tmp_path / "nowhere" / "x.sqlite")


def test_check_passes_then_finds_what_was_broken_behind_its_back(
    staffed: UnitOfWork, room: dict[str, int], store: Store
) -> None:
    assert maintenance.check(staffed).problems == ()
    with store.session(write=True) as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM edit_locks WHERE story_id = :id"), {"id": room["budget"]})
        session.execute(
            text("UPDATE stories SET revision = 1, last_revision = 5 WHERE id = :id"),
            {"id": room["cyr"]},
        )
        session.execute(
            text("UPDATE stories SET state = 'published' WHERE id = :id"), {"id": room["assigned"]}
        )
        session.commit()
    problems = maintenance.check(staffed).problems
    assert f"Story {room['budget']} is draft but nobody holds its edit lock." in problems
    assert f"Story {room['assigned']} is published but its history ends at draft." in problems
    assert f"Story {room['assigned']} is published yet someone holds its edit lock." in problems
