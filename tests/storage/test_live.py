"""Announcing changes to the other windows of a shared newsroom: what a listener hears, and
what it must not (a transaction rolled back, another newsroom on the same server)."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from desk.domain.story import StoryText
from desk.domain.workflow import Action
from desk.formats.text import parse_text
from desk.services import newsroom, notes, stories
from desk.storage import live
from desk.storage.live import Kind, Listener
from desk.storage.store import Store, open_store
from desk.storage.uow import UnitOfWork
from tests.conftest import PEOPLE, Clock
from tests.databases import _admin, private_schema

WITHIN = 1.0  # seconds: the promise to the person at the other window


@pytest.fixture
def database_url() -> Iterator[str]:
    """Only a server has NOTIFY: every newsroom here lives in a private schema on one."""
    with private_schema() as url:
        yield url


class Ears:
    """A listener on a newsroom, and everything it heard, in order."""

    def __init__(self, store: Store) -> None:
        self.heard: queue.Queue[tuple[int, Kind]] = queue.Queue()
        self.reconnected = threading.Event()
        self.listener = Listener(store.url, self._hear, self.reconnected.set)

    def _hear(self, heard: list[tuple[int, Kind]]) -> None:
        for item in heard:
            self.heard.put(item)

    def until(self, *expected: tuple[int, Kind], within: float = WITHIN) -> set[tuple[int, Kind]]:
        """What was heard by the time everything expected was, or `within` seconds passed."""
        found: set[tuple[int, Kind]] = set()
        deadline = time.monotonic() + within
        while not set(expected) <= found and (left := deadline - time.monotonic()) > 0:
            try:
                found.add(self.heard.get(timeout=left))
            except queue.Empty:
                break
        return found


@pytest.fixture
def ears(staffed: UnitOfWork) -> Iterator[Ears]:
    listening = Ears(staffed.store)
    listening.listener.start()
    assert listening.listener.listening.wait(5), "the listener never got to LISTEN"
    yield listening
    listening.listener.stop()


def draft(uow: UnitOfWork, author: str = "ana", headline: str = "Floods in the valley") -> int:
    text = StoryText(headline, "", f"By {author.title()}", "", parse_text("Water rises."))
    return stories.create_story(uow, author, text).id


def test_a_filing_a_note_and_a_claim_are_heard_within_a_second(
    staffed: UnitOfWork, ears: Ears
) -> None:
    story_id = draft(staffed)
    made = {(story_id, Kind.HISTORY), (story_id, Kind.LOCK)}  # ana holds her new draft
    assert ears.until(*made) == made

    stories.act(staffed, "ana", story_id, Action.FILE)
    filed = {(story_id, Kind.HISTORY), (story_id, Kind.LOCK)}  # and she lets go of it
    assert ears.until(*filed) == filed

    notes.add_comment(staffed, "milica", story_id, "Check the river's name.")
    assert ears.until((story_id, Kind.NOTE)) == {(story_id, Kind.NOTE)}

    stories.act(staffed, "milica", story_id, Action.CLAIM)
    claimed = {(story_id, Kind.HISTORY), (story_id, Kind.LOCK)}
    assert ears.until(*claimed) == claimed


def test_a_lock_changing_hands_without_an_event_is_heard(staffed: UnitOfWork, ears: Ears) -> None:
    story_id = draft(staffed)
    ears.until((story_id, Kind.HISTORY), (story_id, Kind.LOCK))
    with staffed:
        staffed.locks.set(story_id, staffed.users.get("tom"), staffed.clock())
        staffed.commit()
    assert ears.until((story_id, Kind.LOCK)) == {(story_id, Kind.LOCK)}


def test_editing_and_deleting_a_note_are_heard(staffed: UnitOfWork, ears: Ears) -> None:
    story_id = draft(staffed)
    note = notes.add_comment(staffed, "ana", story_id, "First thoughts.")
    ears.until((story_id, Kind.NOTE))
    ears.until(within=0.2)  # (the draft's own news, if it came late)
    notes.edit_comment(staffed, "ana", note.id, "Second thoughts.")
    assert ears.until((story_id, Kind.NOTE)) == {(story_id, Kind.NOTE)}
    notes.delete_comment(staffed, "ana", note.id)
    assert ears.until((story_id, Kind.NOTE)) == {(story_id, Kind.NOTE)}


def test_nothing_is_heard_from_a_transaction_rolled_back(staffed: UnitOfWork, ears: Ears) -> None:
    kept, dropped = draft(staffed, headline="Kept"), draft(staffed, headline="Dropped")
    ears.until((dropped, Kind.HISTORY), (dropped, Kind.LOCK))
    with staffed:  # left without commit(): rolled back
        staffed.comments.add(dropped, staffed.users.get("ana"), "Never said.", staffed.clock())
        staffed.locks.set(dropped, None, staffed.clock())
    notes.add_comment(staffed, "ana", kept, "Said.")  # committed after it
    heard = ears.until((kept, Kind.NOTE))
    assert heard == {(kept, Kind.NOTE)}
    assert ears.until(within=0.2) == set()


def test_another_newsroom_on_the_same_server_is_not_heard(staffed: UnitOfWork, ears: Ears) -> None:
    first = draft(staffed)
    second = draft(staffed)  # the story after the other newsroom's first would be second
    ears.until((second, Kind.HISTORY), (second, Kind.LOCK))
    ears.until(within=0.2)
    with private_schema() as url:
        other_store = open_store(url)
        try:
            other = staffed_newsroom(UnitOfWork(other_store, Clock()))
            assert draft(other, headline="Elsewhere") == first
            notes.add_comment(other, "ana", first, "Not yours.")
        finally:
            other_store.close()
    notes.add_comment(staffed, "ana", second, "Ours.")  # committed after the other's
    assert ears.until((second, Kind.NOTE)) == {(second, Kind.NOTE)}
    assert ears.until(within=0.2) == set()


def test_the_listener_connects_again_when_the_server_drops_it(
    staffed: UnitOfWork, ears: Ears
) -> None:
    pid = ears.listener.backend_pid
    with _admin().connect() as admin:
        admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
    assert ears.reconnected.wait(5), "the listener did not come back"
    assert ears.listener.backend_pid not in (None, pid)
    story_id = draft(staffed)
    assert (story_id, Kind.HISTORY) in ears.until((story_id, Kind.HISTORY))


def test_the_listener_stops_promptly_and_lets_go_of_its_connection(
    staffed: UnitOfWork, ears: Ears
) -> None:
    pid = ears.listener.backend_pid
    assert ears.listener.stop(timeout=1.0)
    assert not ears.listener.running
    with _admin().connect() as admin:
        for _ in range(50):  # the server notices the closed connection a moment later
            alive = admin.exec_driver_sql(
                f"SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}"
            ).scalar()
            if not alive:
                break
            time.sleep(0.05)
    assert alive == 0


def test_one_transaction_sends_one_notification(staffed: UnitOfWork, store: Store) -> None:
    story_id = draft(staffed)
    sent = statements(store)
    with staffed:
        ana = staffed.users.get("ana")
        for text in ("One.", "Two.", "Three."):
            staffed.comments.add(story_id, ana, text, staffed.clock())
        staffed.locks.set(story_id, None, staffed.clock())
        staffed.commit()
    assert sum("pg_notify" in s for s in sent) == 1


def test_on_sqlite_announcing_sends_nothing(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'newsroom.sqlite'}")
    try:
        uow = staffed_newsroom(UnitOfWork(store, Clock()))
        story_id = draft(uow)
        sent = statements(store)
        notes.add_comment(uow, "milica", story_id, "Looks good.")
        stories.act(uow, "ana", story_id, Action.FILE)
        with uow:
            uow.locks.set(story_id, None, uow.clock())
            uow.comments.set_text(1, "Looks good to me.", uow.clock())
            uow.commit()
    finally:
        store.close()
    assert any("INSERT INTO comments" in s for s in sent)  # the work itself was done
    assert not [s for s in sent if "notify" in s.lower() or "current_schema" in s]


def test_payloads_fit_a_notification_and_read_back() -> None:
    heard = {(n, Kind.HISTORY) for n in range(10**15, 10**15 + 900)} | {(7, Kind.LOCK)}
    sent = live.payloads(heard)
    assert len(sent) > 1 and all(len(p.encode()) <= 8000 for p in sent)
    assert {item for p in sent for item in live.parse(p)} == heard
    assert live.payloads([(12, Kind.HISTORY), (12, Kind.LOCK), (14, Kind.HISTORY)]) == [
        "history:12,14;lock:12"
    ]
    assert live.parse("history:3;weather:4;lock:x;note:5") == [(3, Kind.HISTORY), (5, Kind.NOTE)]


def test_every_schema_has_a_channel_of_its_own_that_the_server_accepts() -> None:
    assert live.channel("newsroom_belgrade") == "desk:newsroom_belgrade"
    long_names = ["n" * 63, "n" * 62 + "x", "редакција_" * 3]
    channels = {live.channel(name) for name in long_names}
    assert len(channels) == 3
    assert all(len(name.encode()) <= 63 for name in channels)


def staffed_newsroom(uow: UnitOfWork) -> UnitOfWork:
    newsroom.start_newsroom(uow, "vesna", "Vesna Kovač")
    for name, role in PEOPLE.items():
        if name != "vesna":
            newsroom.add_user(uow, "vesna", name, role)
    return uow


def statements(store: Store) -> list[str]:
    """Every statement the store sends from now on."""
    sent: list[str] = []
    event.listen(
        store.engine, "before_cursor_execute", lambda _c, _cur, stmt, *_: sent.append(stmt)
    )
    return sent
