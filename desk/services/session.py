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


def server_name(newsroom: Newsroom) -> str | None:
    """Where a shared newsroom lives, as a person names it ("newsroom on news.example"); None
    for a local file, which needs no saying."""
    url = newsroom.store.url
    if newsroom.store.dialect == "sqlite":
        return None
    return f"{url.database} on {url.host or 'this computer'}"


def close_newsroom(newsroom: Newsroom) -> None:
    newsroom.store.close()


def start_empty(url: str, chief: str) -> Newsroom:
    """A new newsroom at `url` with `chief` as its chief editor (and only person)."""
    from desk.services import newsroom as people

    handle = open_newsroom(url, create=True)
    if not people.is_started(handle):
        people.start_newsroom(handle, chief)
    return handle


def sample_copy(cache: Path, target: Path, chief: str) -> Path:
    """A fresh copy of the sample newsroom at `target`, with `chief` as its chief editor.

    The sample is built through the services once a day (its deadlines are relative to the
    day) into `cache`, then copied, so `desk --demo` opens in a moment and never touches a
    real newsroom.
    """
    import shutil

    from desk import __version__

    stamp = utc_now().astimezone().strftime("%Y%m%d")
    built = cache / f"sample-{__version__}-{chief}-{stamp}.sqlite"
    if not built.exists():
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("sample-*.sqlite*"):
            old.unlink(missing_ok=True)
        partial = built.with_suffix(".building")
        partial.unlink(missing_ok=True)
        handle = start_empty(f"sqlite:///{partial}", chief)
        try:
            from desk.services.demo import load_demo

            load_demo(handle, chief)
        finally:
            close_newsroom(handle)  # checkpoints the WAL into the file
        partial.replace(built)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built, target)
    return target
