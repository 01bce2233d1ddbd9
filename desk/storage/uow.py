"""The unit of work: one transaction over the newsroom, with its repositories and its clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desk.errors import StoreError
from desk.storage.checks import Checks
from desk.storage.records import Comments, Desks, History, Locks, Pictures, Users
from desk.storage.store import Store
from desk.storage.store import explain as describe_failure
from desk.storage.stories import Revisions, Stories


def utc_now() -> datetime:
    return datetime.now(UTC)


class UnitOfWork:
    """Owns one session at a time. `with uow:` is a write transaction (taken at once, so writers
    queue instead of failing); `with uow.reading():` only reads. Nothing is kept unless the
    service calls commit() before the block ends."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.clock = clock
        self._session: Session | None = None

    def _open(self, *, write: bool) -> UnitOfWork:
        if self._session is not None:
            raise RuntimeError("a unit of work is already open; services do not nest")
        self._session = self.store.session(write=write)
        session = self._session
        self.users = Users(session)
        self.desks = Desks(session)
        self.stories = Stories(session)
        self.revisions = Revisions(session)
        self.comments = Comments(session)
        self.pictures = Pictures(session)
        self.history = History(session)
        self.locks = Locks(session)
        self.checks = Checks(session)
        return self

    def __enter__(self) -> UnitOfWork:
        return self._open(write=True)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.rollback()
            session.close()
        if isinstance(error, OperationalError):
            raise StoreError(explain(error, self.store)) from error

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        self._open(write=False)
        try:
            yield self
        except OperationalError as error:
            raise StoreError(explain(error, self.store)) from error
        finally:
            session, self._session = self._session, None
            if session is not None:
                session.rollback()
                session.close()

    def commit(self) -> None:
        assert self._session is not None, "commit() outside a unit of work"
        self._session.commit()

    @property
    def dialect(self) -> str:
        return self.store.dialect


def explain(error: OperationalError, store: Store) -> str:
    """What went wrong with the database, for the person at the keyboard (a full disk, a
    read-only newsroom, another Desk writing): the sentences are made in desk/storage/store.py."""
    return describe_failure(error, store.url)
