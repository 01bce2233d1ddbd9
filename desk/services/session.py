"""Opening a newsroom for a front end: the one handle the window keeps and passes to services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork, utc_now

# What a front end holds: every service takes it as its first argument.
Newsroom = UnitOfWork


def open_newsroom(
    url: str, *, create: bool = False, clock: Callable[[], datetime] = utc_now
) -> Newsroom:
    """Open (create=True: make or upgrade) the newsroom at `url`; StoreError says why not."""
    return UnitOfWork(open_store(url, create=create), clock)


def second_handle(newsroom: Newsroom) -> Newsroom:
    """Another handle on the same newsroom, for work on another thread (one session each)."""
    return UnitOfWork(newsroom.store, newsroom.clock)


def database_file(newsroom: Newsroom) -> Path | None:
    """The file of a local newsroom; None on a server."""
    return newsroom.store.file


def close_newsroom(newsroom: Newsroom) -> None:
    newsroom.store.close()
