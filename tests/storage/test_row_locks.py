"""Two Desks acting on one story at once are served one after the other, and the second sees
everything the first changed: its state and who now holds the edit lock."""

from __future__ import annotations

import threading
import time

from desk.domain.story import StoryText
from desk.services import newsroom
from desk.services.stories import create_story
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork


def test_a_story_read_for_a_change_waits_and_then_sees_the_new_lock_holder(
    shared_url: str,
) -> None:
    first, second = open_store(shared_url), open_store(shared_url)
    setup = UnitOfWork(first)
    newsroom.start_newsroom(setup, "vesna")
    for name in ("ana", "milica", "tom"):
        newsroom.add_user(setup, "vesna", name, "editor" if name != "ana" else "correspondent")
    story = create_story(setup, "ana", StoryText("Грејање", byline="Пише: Ана"))

    seen: list[tuple[str | None, str]] = []
    waiting = threading.Event()

    def read_for_a_change() -> None:
        uow = UnitOfWork(second)
        with uow:
            waiting.set()
            got = uow.stories.get(story.id, for_update=True)  # waits for the writer below
            seen.append((got.lock_holder, got.state.value))

    writer = UnitOfWork(first)
    with writer:
        locked = writer.stories.get(story.id, for_update=True)
        assert locked.lock_holder == "ana"
        reader = threading.Thread(target=read_for_a_change)
        reader.start()
        waiting.wait(5)
        time.sleep(0.3)  # the reader is now queued behind this transaction
        assert seen == []
        writer.locks.set(story.id, writer.users.get("milica"), writer.clock())
        writer.stories.update(story.id, state="editing")
        writer.commit()
    reader.join(10)
    assert seen == [("milica", "editing")]
    first.close()
    second.close()
