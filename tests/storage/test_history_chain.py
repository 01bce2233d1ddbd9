"""The history chain: built by ordinary work, checked by `Checks`, broken by any edit behind
Desk's back (raw SQL, as someone holding the file could do), and carried over by the upgrade."""

from __future__ import annotations

import concurrent.futures
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk.domain.body import Body
from desk.domain.chain import GENESIS, Link, encode, link_hash
from desk.domain.story import StoryText
from desk.domain.workflow import Action
from desk.services import maintenance, newsroom
from desk.services.stories import act, create_story
from desk.storage.models import HistoryRow
from desk.storage.store import Store, open_store
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock
from tests.databases import private_schema

FIXTURES = Path(__file__).parent.parent / "fixtures"
CHANGED = "the history was changed after it was written."


def story_text(headline: str) -> StoryText:
    body = Body.from_paragraphs(["Talks resumed on Thursday."])
    return StoryText(headline=headline, byline="By Ana Ilić", body=body)


@pytest.fixture
def worked(staffed: UnitOfWork, clock: Clock) -> UnitOfWork:
    """Six history events, one minute apart from 09:01:
    1 create (ana), 2 file (ana), 3 claim (milica, a note), 4 return (milica, a note),
    5 create (marko), 6 file (marko)."""
    clock.advance(minutes=1)
    budget = create_story(staffed, "ana", story_text("Budget talks resume"))
    clock.advance(minutes=1)
    act(staffed, "ana", budget.id, Action.FILE)
    clock.advance(minutes=1)
    act(staffed, "milica", budget.id, Action.CLAIM, note="mine")
    clock.advance(minutes=1)
    act(staffed, "milica", budget.id, Action.RETURN, note="Check the figure")
    clock.advance(minutes=1)
    grain = create_story(staffed, "marko", story_text("Grain deal"))
    clock.advance(minutes=1)
    act(staffed, "marko", grain.id, Action.FILE)
    return staffed


def chain_problems(uow: UnitOfWork) -> list[str]:
    return [p for p in maintenance.check(uow).problems if p.startswith("History event")]


def behind_desks_back(store: Store, *statements: str) -> None:
    """What someone with the file and a SQLite shell could do: drop the guards, edit, commit.
    On PostgreSQL, what a superuser of the server could do: switch the triggers off."""
    with store.session(write=True) as session:
        if store.dialect == "postgresql":
            session.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            session.execute(text("DROP TRIGGER IF EXISTS history_no_update"))
            session.execute(text("DROP TRIGGER IF EXISTS history_no_delete"))
        for statement in statements:
            session.execute(text(statement))
        session.commit()


def stored_links(store: Store) -> list[tuple[Link, str]]:
    with store.session(write=False) as session:
        rows = session.scalars(select(HistoryRow).order_by(HistoryRow.id)).all()
        return [
            (
                Link(
                    r.id, r.story_id, r.actor_id, r.action, r.from_state, r.to_state, r.at, r.note
                ),
                r.hash,
            )
            for r in rows
        ]


def test_ordinary_work_builds_a_chain_that_checks(worked: UnitOfWork, store: Store) -> None:
    links = stored_links(store)
    assert [(link.id, link.action, link.note) for link, _ in links] == [
        (1, "create", ""),
        (2, "file", ""),
        (3, "claim", "mine"),
        (4, "return", "Check the figure"),
        (5, "create", ""),
        (6, "file", ""),
    ]
    previous = GENESIS
    for link, stored in links:
        assert stored == link_hash(previous, link)
        previous = stored
    assert len(set(h for _, h in links)) == 6
    assert maintenance.check(worked).problems == ()


def test_an_edited_note_is_named_as_the_first_broken_link(worked: UnitOfWork, store: Store) -> None:
    behind_desks_back(store, "UPDATE history SET note = 'nothing to see' WHERE id = 3")
    assert chain_problems(worked) == [
        f"History event 3 (story 1, claim by milica at 2026-11-27 09:03 UTC) does not match its "
        f"record: {CHANGED}"
    ]


def test_work_after_tampering_goes_on_and_the_break_stays_named(
    worked: UnitOfWork, store: Store
) -> None:
    behind_desks_back(store, "UPDATE history SET actor_id = 1 WHERE id = 2")
    act(worked, "milica", 2, Action.CLAIM)
    assert [link.id for link, _ in stored_links(store)][-1] == 7
    assert chain_problems(worked) == [
        f"History event 2 (story 1, file by vesna at 2026-11-27 09:02 UTC) does not match its "
        f"record: {CHANGED}"
    ]


def test_a_removed_event_is_caught_at_the_next_one(worked: UnitOfWork, store: Store) -> None:
    behind_desks_back(store, "DELETE FROM history WHERE id = 3")
    assert chain_problems(worked) == [
        f"History event 4 (story 1, return by milica at 2026-11-27 09:04 UTC) does not follow "
        f"the event before it (there is no event 3): {CHANGED}"
    ]


def test_removed_events_at_the_start_are_caught(worked: UnitOfWork, store: Store) -> None:
    behind_desks_back(store, "DELETE FROM history WHERE id IN (1, 2)")
    assert chain_problems(worked) == [
        f"History event 3 (story 1, claim by milica at 2026-11-27 09:03 UTC) does not follow "
        f"the event before it (there are no events 1 to 2): {CHANGED}"
    ]


def test_a_changed_hash_is_caught(worked: UnitOfWork, store: Store) -> None:
    behind_desks_back(store, f"UPDATE history SET hash = '{'a' * 64}' WHERE id = 5")
    assert chain_problems(worked) == [
        f"History event 5 (story 2, create by marko at 2026-11-27 09:05 UTC) does not match its "
        f"record: {CHANGED}"
    ]


def test_an_emptied_hash_is_caught(worked: UnitOfWork, store: Store) -> None:
    behind_desks_back(store, "UPDATE history SET hash = '' WHERE id = 1")
    assert chain_problems(worked) == [
        f"History event 1 (story 1, create by ana at 2026-11-27 09:01 UTC) has lost its hash: "
        f"{CHANGED}"
    ]


def test_swapped_notes_are_caught_at_the_first(worked: UnitOfWork, store: Store) -> None:
    behind_desks_back(
        store,
        "UPDATE history SET note = CASE id WHEN 3 THEN 'Check the figure' ELSE 'mine' END "
        "WHERE id IN (3, 4)",
    )
    assert [(link.id, link.note) for link, _ in stored_links(store)][2:4] == [
        (3, "Check the figure"),
        (4, "mine"),
    ]
    assert chain_problems(worked) == [
        f"History event 3 (story 1, claim by milica at 2026-11-27 09:03 UTC) does not match its "
        f"record: {CHANGED}"
    ]


@pytest.mark.parametrize(
    ("edit", "shown", "typed"),
    [
        ("at = '2026-11-27 09:04:00.000001+00'", "at 2026-11-27 09:04 UTC", True),  # a microsecond
        # No Desk writes this; the check must not crash. Only SQLite lets a column hold a value
        # of another type: PostgreSQL refuses the edit itself (asserted below).
        ("at = 'last week'", "at 'last week'", False),
        # A blob where text belongs (PostgreSQL stores the bits as text).
        ("note = x'00ff'", "at 2026-11-27 09:04 UTC", True),
        ("from_state = NULL", "at 2026-11-27 09:04 UTC", True),
    ],
)
def test_any_edited_column_is_caught(
    worked: UnitOfWork, store: Store, edit: str, shown: str, typed: bool
) -> None:
    if store.dialect == "postgresql" and not typed:
        with pytest.raises(Exception, match="type|invalid input"):
            behind_desks_back(store, f"UPDATE history SET {edit} WHERE id = 4")
        assert chain_problems(worked) == []
        return
    behind_desks_back(store, f"UPDATE history SET {edit} WHERE id = 4")
    assert chain_problems(worked) == [
        f"History event 4 (story 1, return by milica {shown}) does not match its record: {CHANGED}"
    ]


def test_an_upgraded_newsroom_has_a_valid_chain_and_keeps_it(tmp_path: Path) -> None:
    copy = tmp_path / "newsroom.sqlite"
    shutil.copy(FIXTURES / "schema-0003.sqlite", copy)
    store = open_store(f"sqlite:///{copy}")
    uow = UnitOfWork(store)
    links = stored_links(store)
    assert [link.action for link, _ in links] == ["create", "file", "create", "claim"]
    assert maintenance.check(uow).problems == ()
    # New work chains on from the sealed events, and the guards are back.
    act(uow, "milica", 1, Action.RETURN, note="Sources?")
    assert [link.id for link, _ in stored_links(store)] == [1, 2, 3, 4, 5]
    assert maintenance.check(uow).problems == ()
    with store.session(write=True) as session, pytest.raises(Exception, match="append-only"):
        session.execute(text("UPDATE history SET note = 'x' WHERE id = 1"))
    store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A newsroom several Desks open at once: a file, or a private schema on a server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.sqlite'}"
        return
    with private_schema("desk_chain") as url:
        yield url


def test_desks_writing_at_once_keep_one_chain(shared_url: str) -> None:
    """Two writers must never chain after the same head (on PostgreSQL the advisory lock
    sees to it; without it this test finds a fork)."""
    first = open_store(shared_url)
    newsroom.start_newsroom(UnitOfWork(first), "vesna")
    newsroom.add_user(UnitOfWork(first), "vesna", "ana", "correspondent")

    def write(n: int) -> None:
        store = open_store(shared_url)
        try:
            uow = UnitOfWork(store)
            for i in range(5):
                story = create_story(uow, "ana", story_text(f"Story {n}.{i}"))
                act(uow, "ana", story.id, Action.FILE)
        finally:
            store.close()

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(write, range(4)))
    assert len(stored_links(first)) == 40
    assert maintenance.check(UnitOfWork(first)).problems == ()
    first.close()


# --- The chain function alone ------------------------------------------------------------------

LINK = Link(
    id=42,
    story_id=7,
    actor_id=2,
    action="approve",
    from_state="editing",
    to_state="approved",
    at=datetime(2026, 11, 27, 10, 0, 0, 123456, tzinfo=UTC),
    note="Ok „sa navodnicima“",
)
PREVIOUS = "b" * 64


def test_the_chain_function_is_deterministic_and_frozen() -> None:
    assert link_hash(PREVIOUS, LINK) == link_hash(PREVIOUS, Link(*LINK))
    assert encode(PREVIOUS, LINK) == (
        b'["desk-history-1","' + PREVIOUS.encode() + b'",42,7,2,"approve","editing","approved",'
        b'"2026-11-27T10:00:00.123456+00:00","Ok \\u201esa navodnicima\\u201c"]'
    )
    # Frozen: every stored chain was computed with this encoding.
    assert link_hash(GENESIS, LINK) == (
        "2c39f8bf231e76cd346b104852eb26359921ac6bcc09d7e1c11dc305caead987"
    )


@pytest.mark.parametrize(
    "change",
    [
        {"id": 43},
        {"story_id": 8},
        {"actor_id": 3},
        {"action": "approved"},
        {"from_state": None},
        {"from_state": ""},
        {"to_state": None},
        {"at": LINK.at + timedelta(microseconds=1)},
        {"note": "Ok „sa navodnicima“ "},
        {"note": ""},
    ],
    ids=lambda change: next(iter(change)),
)
def test_the_chain_function_is_sensitive_to_every_field(change: dict[str, object]) -> None:
    assert link_hash(PREVIOUS, LINK._replace(**change)) != link_hash(PREVIOUS, LINK)


def test_the_chain_function_depends_on_the_previous_hash() -> None:
    assert link_hash(GENESIS, LINK) != link_hash(PREVIOUS, LINK)


def test_fields_cannot_run_into_each_other() -> None:
    one = LINK._replace(action="approve", note="x")
    other = LINK._replace(action="approvex", note="")
    assert link_hash(PREVIOUS, one) != link_hash(PREVIOUS, other)
    assert link_hash(PREVIOUS, LINK._replace(note='a","b')) != link_hash(
        PREVIOUS, LINK._replace(note="a", action='approve","b')
    )


def test_the_same_instant_in_any_zone_hashes_alike_and_naive_times_are_refused() -> None:
    belgrade = LINK.at.astimezone(timezone(timedelta(hours=1)))
    assert link_hash(PREVIOUS, LINK._replace(at=belgrade)) == link_hash(PREVIOUS, LINK)
    with pytest.raises(ValueError, match="timezone-aware"):
        link_hash(PREVIOUS, LINK._replace(at=LINK.at.replace(tzinfo=None)))
