"""Repositories for people, desks, notes, history and edit locks; each returns plain values."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from desk.domain.body import Picture
from desk.domain.chain import GENESIS, Link, link_hash
from desk.domain.story import Comment, Desk, HistoryEvent, LockLoss, Role, State, User
from desk.errors import NotFound
from desk.storage import live
from desk.storage.models import (
    CommentRow,
    DeskRow,
    EditLockRow,
    HistoryRow,
    LockLossRow,
    PictureRow,
    StoryRow,
    UserRow,
)


def _user(row: UserRow) -> User:
    return User(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        display_name=row.display_name,
        has_password=row.password_hash is not None,
    )


class Users:
    def __init__(self, session: Session) -> None:
        self._session = session

    _by_name = select(UserRow).where(UserRow.name == bindparam("name"))  # every action asks

    def find(self, name: str) -> User | None:
        row = self._session.scalar(self._by_name, {"name": name})
        return _user(row) if row else None

    def get(self, name: str) -> User:
        if user := self.find(name):
            return user
        raise NotFound(f"There is no user called {name!r} in this newsroom.")

    def by_id(self, user_id: int) -> User:
        row = self._session.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"There is no user number {user_id}.")
        return _user(row)

    def password_hash(self, name: str) -> str | None:
        return self._session.scalar(select(UserRow.password_hash).where(UserRow.name == name))

    def add(
        self, name: str, role: Role, now: datetime, display_name: str = "", password_hash=None
    ) -> User:
        row = UserRow(
            name=name,
            role=role.value,
            display_name=display_name,
            password_hash=password_hash,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _user(row)

    def set_password_hash(self, name: str, password_hash: str | None) -> None:
        self._session.execute(
            update(UserRow).where(UserRow.name == name).values(password_hash=password_hash)
        )

    def all(self) -> list[User]:
        return [_user(r) for r in self._session.scalars(select(UserRow).order_by(UserRow.name))]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(UserRow)) or 0


class Desks:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, name: str) -> Desk:
        # Desks are matched without regard to case: "politics" is the Politics desk.
        row = self._session.scalar(select(DeskRow).where(func.lower(DeskRow.name) == name.lower()))
        if row is None:
            known = ", ".join(d.name for d in self.all()) or "none yet"
            raise NotFound(f"There is no desk called {name!r} (desks: {known}).")
        return Desk(row.id, row.name)

    def add(self, name: str) -> Desk:
        row = DeskRow(name=name)
        self._session.add(row)
        self._session.flush()
        return Desk(row.id, row.name)

    def all(self) -> list[Desk]:
        rows = self._session.scalars(select(DeskRow).order_by(DeskRow.name))
        return [Desk(r.id, r.name) for r in rows]


class Comments:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _select(self):
        return select(CommentRow, UserRow.name).join(UserRow, CommentRow.author_id == UserRow.id)

    @staticmethod
    def _comment(row: CommentRow, author: str) -> Comment:
        return Comment(row.id, row.story_id, author, row.text, row.created_at, row.edited_at)

    def add(self, story_id: int, author: User, text: str, now: datetime) -> Comment:
        row = CommentRow(story_id=story_id, author_id=author.id, text=text, created_at=now)
        self._session.add(row)
        self._session.flush()
        live.announce(self._session, story_id, live.Kind.NOTE)
        return self._comment(row, author.name)

    def get(self, comment_id: int) -> Comment:
        found = self._session.execute(self._select().where(CommentRow.id == comment_id)).first()
        if found is None:
            raise NotFound(f"There is no note number {comment_id}.")
        return self._comment(*found)

    def set_text(self, comment_id: int, text: str, now: datetime) -> None:
        live.announce_note(self._session, comment_id)
        self._session.execute(
            update(CommentRow).where(CommentRow.id == comment_id).values(text=text, edited_at=now)
        )

    def delete(self, comment_id: int) -> None:
        live.announce_note(self._session, comment_id)
        self._session.execute(delete(CommentRow).where(CommentRow.id == comment_id))

    def for_story(self, story_id: int) -> list[Comment]:
        stmt = self._select().where(CommentRow.story_id == story_id).order_by(CommentRow.id)
        return [self._comment(*found) for found in self._session.execute(stmt)]

    def latest_id(self) -> int:
        return self._session.scalar(select(func.max(CommentRow.id))) or 0

    def since(self, after_id: int, limit: int) -> list[tuple[Comment, str]]:
        """Notes added after `after_id`, oldest first, each with its story's slug."""
        stmt = (
            self._select()
            .add_columns(StoryRow.slug)
            .join(StoryRow, CommentRow.story_id == StoryRow.id)
            .where(CommentRow.id > after_id)
            .order_by(CommentRow.id)
            .limit(limit)
        )
        return [
            (self._comment(row, author), slug) for row, author, slug in self._session.execute(stmt)
        ]


# Any fixed number will do; it only has to be the same in every Desk ("deskhist" in ASCII).
CHAIN_LOCK = 0x6465736B68697374


class History:
    """The newsroom's history: events are only ever appended, each chained to the one before."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        story_id: int,
        actor: User,
        action: str,
        from_state: State | None,
        to_state: State | None,
        now: datetime,
        note: str = "",
    ) -> None:
        """Append one event, sealed with its hash in the same INSERT (the table refuses UPDATE).

        The hash covers the event's id, so the id is chosen here, after the chain's head is
        read inside this write transaction. SQLite writers hold the write lock from BEGIN
        IMMEDIATE, and the id is the head's plus one (what SQLite itself would give). On
        PostgreSQL an advisory lock, held until commit, queues the writers, so two of them can
        never both chain after the same head; the id comes from the table's own sequence, so
        the sequence stays right for anything else that inserts.
        """
        postgresql = self._session.get_bind().dialect.name == "postgresql"
        if postgresql:
            self._session.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK)))
        head = self._session.execute(
            select(HistoryRow.id, HistoryRow.hash).order_by(HistoryRow.id.desc()).limit(1)
        ).first()
        previous_id, previous = (head.id, head.hash or GENESIS) if head else (0, GENESIS)
        if postgresql:
            sequence = func.pg_get_serial_sequence(HistoryRow.__tablename__, "id")
            next_id = self._session.scalar(select(func.nextval(sequence)))
        else:
            next_id = previous_id + 1
        link = Link(
            id=next_id,
            story_id=story_id,
            actor_id=actor.id,
            action=action,
            from_state=from_state.value if from_state else None,
            to_state=to_state.value if to_state else None,
            at=now,
            note=note,
        )
        # A Core INSERT: an event is never read back in the same transaction, so the ORM's
        # bookkeeping of a new object (a third of this method's time) buys nothing here.
        self._session.execute(
            insert(HistoryRow),
            {
                "id": link.id,
                "story_id": link.story_id,
                "actor_id": link.actor_id,
                "action": link.action,
                "from_state": link.from_state,
                "to_state": link.to_state,
                "at": link.at,
                "note": link.note,
                "hash": link_hash(previous, link),
            },
        )
        live.announce(self._session, story_id, live.Kind.HISTORY)

    @staticmethod
    def _event(row: HistoryRow, actor: str) -> HistoryEvent:
        return HistoryEvent(
            id=row.id,
            story_id=row.story_id,
            actor=actor,
            action=row.action,
            from_state=State(row.from_state) if row.from_state else None,
            to_state=State(row.to_state) if row.to_state else None,
            at=row.at,
            note=row.note,
        )

    def for_story(self, story_id: int) -> list[HistoryEvent]:
        stmt = (
            select(HistoryRow, UserRow.name)
            .join(UserRow, HistoryRow.actor_id == UserRow.id)
            .where(HistoryRow.story_id == story_id)
            .order_by(HistoryRow.id)
        )
        return [self._event(row, actor) for row, actor in self._session.execute(stmt)]

    def latest_id(self) -> int:
        return self._session.scalar(select(func.max(HistoryRow.id))) or 0

    def since(self, after_id: int, limit: int) -> list[tuple[HistoryEvent, str, str, str | None]]:
        """Events after `after_id`, oldest first, each with its story's slug, author and
        assignee (by name)."""
        author, assignee = aliased(UserRow), aliased(UserRow)
        stmt = (
            select(HistoryRow, UserRow.name, StoryRow.slug, author.name, assignee.name)
            .join(UserRow, HistoryRow.actor_id == UserRow.id)
            .join(StoryRow, HistoryRow.story_id == StoryRow.id)
            .join(author, StoryRow.author_id == author.id)
            .outerjoin(assignee, StoryRow.assignee_id == assignee.id)
            .where(HistoryRow.id > after_id)
            .order_by(HistoryRow.id)
            .limit(limit)
        )
        return [
            (self._event(row, actor), slug, writer, helper)
            for row, actor, slug, writer, helper in self._session.execute(stmt)
        ]


class Locks:
    """The edit lock of each story: at most one holder, kept beside the story row."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def set(self, story_id: int, holder: User | None, now: datetime) -> None:
        self._session.execute(delete(EditLockRow).where(EditLockRow.story_id == story_id))
        if holder is not None:
            lock = EditLockRow(story_id=story_id, holder_id=holder.id, acquired_at=now)
            lock.heartbeat_at = now
            self._session.add(lock)
        self._session.flush()
        live.announce(self._session, story_id, live.Kind.LOCK)

    def heartbeat(self, story_id: int, holder: User, now: datetime) -> bool:
        """Renew `holder`'s lease on the story's lock; False if they do not hold it."""
        renewed = self._session.execute(
            update(EditLockRow)
            .where(EditLockRow.story_id == story_id, EditLockRow.holder_id == holder.id)
            .values(heartbeat_at=now)
        )
        return bool(renewed.rowcount)  # type: ignore[attr-defined]

    def lose(
        self, story_id: int, user: User, by: User, action: str, revision: int, now: datetime
    ) -> None:
        """Record that `user` lost the story's lock to `by`'s action."""
        self._session.add(
            LockLossRow(
                story_id=story_id,
                user_id=user.id,
                by_id=by.id,
                action=action,
                revision=revision,
                at=now,
                seen=False,
            )
        )
        self._session.flush()
        live.announce(self._session, story_id, live.Kind.LOCK)

    def losses(self, story_id: int, user: User, *, unseen: bool = False) -> list[LockLoss]:
        """The times `user` lost this story's lock, oldest first."""
        by = aliased(UserRow)
        stmt = (
            select(LockLossRow, by.name)
            .join(by, LockLossRow.by_id == by.id)
            .where(LockLossRow.story_id == story_id, LockLossRow.user_id == user.id)
            .order_by(LockLossRow.id)
        )
        if unseen:
            stmt = stmt.where(LockLossRow.seen.is_(False))
        return [
            LockLoss(row.id, row.story_id, user.name, name, row.action, row.revision, row.at)
            for row, name in self._session.execute(stmt)
        ]

    def mark_seen(self, story_id: int, user: User) -> None:
        self._session.execute(
            update(LockLossRow)
            .where(LockLossRow.story_id == story_id, LockLossRow.user_id == user.id)
            .values(seen=True)
        )


class Pictures:
    """Images kept with stories, by story and name."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, story_id: int, picture: Picture, now: datetime) -> None:
        self._session.add(
            PictureRow(
                story_id=story_id,
                name=picture.name,
                media_type=picture.media_type,
                data=picture.data,
                created_at=now,
            )
        )
        self._session.flush()

    def for_story(self, story_id: int) -> dict[str, Picture]:
        stmt = select(PictureRow).where(PictureRow.story_id == story_id).order_by(PictureRow.id)
        return {
            row.name: Picture(row.name, row.media_type, row.data)
            for row in self._session.scalars(stmt)
        }
