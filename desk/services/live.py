"""Hearing at once what other Desks commit to a shared newsroom, where the database can say so
(PostgreSQL's LISTEN/NOTIFY); a local SQLite file cannot, and its windows look for themselves."""

from __future__ import annotations

from collections.abc import Callable

from desk.storage.live import Heard, Kind, Listener
from desk.storage.uow import UnitOfWork

__all__ = ["Heard", "Kind", "Listener", "listen"]


def listen(
    uow: UnitOfWork,
    heard: Callable[[list[Heard]], None],
    reconnected: Callable[[], None] | None = None,
) -> Listener | None:
    """A started listener on the newsroom, calling `heard` (on its own thread) with the stories
    others changed and how, and `reconnected` after it lost the server for a while; None where
    the newsroom cannot announce changes."""
    if uow.dialect != "postgresql":
        return None
    listener = Listener(uow.store.url, heard, reconnected)
    listener.start()
    return listener
