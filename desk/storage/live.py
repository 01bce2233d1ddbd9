"""Telling the other windows on a shared PostgreSQL newsroom which stories changed, as the change
is committed: NOTIFY on the writing side, a listening thread on the reading side. A local SQLite
file has no such thing; there every window looks for itself."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from desk.storage.models import CommentRow

log = logging.getLogger(__name__)


class Kind(StrEnum):
    """What happened to a story, as far as another window needs to know."""

    HISTORY = "history"  # an event in its history: every action, every save
    NOTE = "note"  # a note added, edited or deleted
    LOCK = "lock"  # its edit lock changed hands, or was let go


Heard = tuple[int, Kind]  # a story id and what happened to it

# A notification carries at most 8000 bytes; one transaction's news goes in as few as fit.
PAYLOAD_BYTES = 7500
IDS_PER_PART = 300  # story ids of up to 19 digits: 6,000 bytes at most
CHANNEL_BYTES = 63  # longer names are cut short by the server (NAMEDATALEN - 1)

_PENDING = "desk.live.pending"  # Session.info: what the open transaction will announce
_CHANNEL = "desk.live.channel"  # Connection.info: the channel of the connection's newsroom


def channel(schema: str) -> str:
    """The channel of the newsroom kept in `schema`. A notification reaches every listener on
    the same database, and newsrooms sharing a database each live in a schema of their own, so
    the schema names the channel (a long one by a hash of its name)."""
    name = f"desk:{schema}"
    if len(name.encode()) > CHANNEL_BYTES:
        name = "desk:" + hashlib.sha256(schema.encode()).hexdigest()[:40]
    return name


def _shared(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def announce(session: Session, story_id: int, what: Kind | str) -> None:
    """Tell the other windows, once this transaction commits, that `what` happened to the story.
    Nothing is sent if it rolls back; on SQLite nothing at all."""
    if _shared(session):
        session.info.setdefault(_PENDING, set()).add((story_id, Kind(what)))


def announce_note(session: Session, comment_id: int) -> None:
    """announce() for a note known by its own number (one being edited or deleted)."""
    if not _shared(session):
        return
    story_id = session.scalar(select(CommentRow.story_id).where(CommentRow.id == comment_id))
    if story_id is not None:
        announce(session, story_id, Kind.NOTE)


def payloads(heard: Iterable[Heard]) -> list[str]:
    """The notifications that carry `heard`: "history:12,14;lock:12", split where too long."""
    heard = set(heard)
    messages: list[str] = []
    parts: list[str] = []
    size = 0
    for kind in Kind:
        ids = sorted(story_id for story_id, k in heard if k is kind)
        for start in range(0, len(ids), IDS_PER_PART):
            part = f"{kind}:" + ",".join(map(str, ids[start : start + IDS_PER_PART]))
            if parts and size + len(part) + 1 > PAYLOAD_BYTES:
                messages.append(";".join(parts))
                parts, size = [], 0
            parts.append(part)
            size += len(part) + 1
    if parts:
        messages.append(";".join(parts))
    return messages


def parse(payload: str) -> list[Heard]:
    """What a notification says; anything not understood (a newer Desk's news) is left out."""
    heard: list[Heard] = []
    for part in payload.split(";"):
        name, _, ids = part.partition(":")
        try:
            kind = Kind(name)
            heard.extend((int(story_id), kind) for story_id in ids.split(","))
        except ValueError:
            continue
    return heard


@event.listens_for(Session, "before_commit")
def _send(session: Session) -> None:
    """NOTIFY inside the transaction, just before it commits: the server delivers it with the
    commit, and one statement carries everything the transaction announced."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    connection = session.connection()
    name = connection.info.get(_CHANNEL)
    if name is None:  # the same for as long as the connection lives: asked once
        schema = connection.scalar(select(func.current_schema())) or ""
        name = connection.info[_CHANNEL] = channel(schema)
    for payload in payloads(pending):
        connection.execute(select(func.pg_notify(name, payload)))


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


def connection_parameters(url: URL) -> dict[str, str]:
    """libpq's parameters for the server and database of a newsroom's URL (its search_path
    among them), with a short connect timeout and TCP keepalives so a dead server is noticed."""
    given = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
    }
    found = {key: str(value) for key, value in given.items() if value is not None}
    for key, value in url.query.items():
        found[key] = value if isinstance(value, str) else value[-1]
    found.setdefault("application_name", "Desk listener")
    for key, value in LISTENER_DEFAULTS.items():
        found.setdefault(key, value)
    return found


LISTENER_DEFAULTS = {
    "connect_timeout": "5",
    "keepalives": "1",
    "keepalives_idle": "20",
    "keepalives_interval": "5",
    "keepalives_count": "3",
}
RETRY_FIRST = 0.5  # seconds before connecting again, doubled each time up to RETRY_MOST
RETRY_MOST = 10.0


class Listener:
    """Owns a daemon thread and its own connection to the newsroom's server, listening on the
    newsroom's channel. Calls `heard` (on that thread) with what each notification names.
    When the server goes away it connects again, a little later each time, and then calls
    `reconnected`: whatever was committed meanwhile was not heard."""

    def __init__(
        self,
        url: URL,
        heard: Callable[[list[Heard]], None],
        reconnected: Callable[[], None] | None = None,
        *,
        wake_every: float = 0.1,
    ) -> None:
        self._parameters = connection_parameters(url)
        self._heard = heard
        self._reconnected = reconnected
        self._wake_every = wake_every  # how soon `stop` is obeyed
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-listener", daemon=True)
        self.listening = threading.Event()  # set while LISTEN is in force
        self.backend_pid: int | None = None  # the server process of the listening connection

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Stop listening and close the connection; False if the thread did not end in time
        (it is stuck connecting; it ends by itself once that fails or succeeds)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        import psycopg

        delay, attempts = RETRY_FIRST, 0
        while not self._stopping.is_set():
            attempts += 1
            try:
                with psycopg.connect(**self._parameters, autocommit=True) as connection:
                    self._subscribe(connection)
                    if attempts > 1:
                        self._tell(self._reconnected)
                    delay = RETRY_FIRST
                    self._listen(connection)
            except psycopg.Error as error:
                log.info("Desk listener: %s", str(error).strip() or type(error).__name__)
            finally:
                self.listening.clear()
                self.backend_pid = None
            self._stopping.wait(delay)
            delay = min(delay * 2, RETRY_MOST)

    def _subscribe(self, connection: Any) -> None:
        from psycopg import sql

        row = connection.execute("SELECT current_schema()").fetchone()
        name = channel((row[0] if row else None) or "")
        connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(name)))
        self.backend_pid = connection.info.backend_pid
        self.listening.set()

    def _listen(self, connection: Any) -> None:
        while not self._stopping.is_set():  # (what arrives between two waits is kept for the next)
            for notification in connection.notifies(timeout=self._wake_every):
                if heard := parse(notification.payload):
                    self._tell(self._heard, heard)

    @staticmethod
    def _tell(callback: Callable[..., None] | None, *args: Any) -> None:
        """A failing callback (its window gone, say) must not end the listening."""
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("Desk listener: a callback failed")
