"""Shared fixtures: Qt offscreen, every data folder in tmp_path, and a small staffed newsroom."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk.services import newsroom
from desk.storage.store import Store, open_store
from desk.storage.uow import UnitOfWork
from tests.databases import private_schema

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data folder or inherits a newsroom from the environment."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    for name in ("DESK_DATABASE_URL", "DESK_USER", "DESK_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@contextmanager
def newsroom_at(kind: str, folder: Path) -> Iterator[str]:
    """The URL of an empty newsroom: SQLite in memory ("memory"), a SQLite file in `folder`
    ("file"), or a private schema on the PostgreSQL test server ("postgresql")."""
    if kind == "postgresql":
        with private_schema() as url:
            yield url
    else:
        yield "sqlite://" if kind == "memory" else f"sqlite:///{folder / 'newsroom.sqlite'}"


@pytest.fixture(params=["memory", "file", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test's newsroom lives: every storage and service test runs on all three."""
    with newsroom_at(request.param, tmp_path) as url:
        yield url


@pytest.fixture(params=["file", "postgresql"])
def shared_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A newsroom several processes open at once (the command line's tests): a file or a
    server."""
    with newsroom_at(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = open_store(database_url)
    yield opened
    opened.close()


@pytest.fixture
def uow(store: Store, clock: Clock) -> UnitOfWork:
    return UnitOfWork(store, clock)


PEOPLE = {
    "vesna": "chief",
    "milica": "editor",
    "tom": "editor",
    "ana": "correspondent",
    "marko": "correspondent",
}


@pytest.fixture
def staffed(uow: UnitOfWork) -> UnitOfWork:
    """A newsroom with a chief (vesna), two editors (milica, tom), two correspondents (ana,
    marko) and three desks."""
    newsroom.start_newsroom(uow, "vesna", "Vesna Kovač")
    for name, role in PEOPLE.items():
        if name != "vesna":
            newsroom.add_user(uow, "vesna", name, role)
    for desk in ("Politics", "Region", "World"):
        newsroom.add_desk(uow, "vesna", desk)
    return uow


def corpus_folder() -> Path | None:
    """The corpus of real Word files (../shared/corpus beside the project, or DESK_CORPUS)."""
    candidates = [os.environ.get("DESK_CORPUS", "")]
    candidates.append(str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))
    for candidate in candidates:
        if candidate and (Path(candidate) / "MANIFEST.tsv").is_file():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder; its tests skip where it is absent, except where CI requires it."""
    folder = corpus_folder()
    if folder is None:
        if os.environ.get("DESK_REQUIRE_CORPUS"):
            pytest.fail("The Word corpus is required (DESK_REQUIRE_CORPUS) but was not found.")
        pytest.skip("The Word corpus (../shared/corpus or DESK_CORPUS) is not on this machine.")
    return folder
