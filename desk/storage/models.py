"""The newsroom's tables as SQLAlchemy 2 models; only the storage layer sees these classes."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk.domain.story import RevisionKind, Role, State

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("Desk stores only timezone-aware times")
        value = value.astimezone(UTC)
        # SQLite has no time zones: it keeps the UTC wall time.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# zlib level 3: measured on the corpus's Word files, a body's JSON shrinks to 27 % of its size
# (level 6: 25 %) at half level 6's cost; a save of 2,000 words spends about 0.1 ms on it.
PACK_LEVEL = 3
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def pack_body(blocks: list[dict[str, Any]]) -> bytes:
    """A revision's body as it is kept: its JSON, compressed with zlib."""
    return zlib.compress(_COMPACT.encode(blocks).encode("utf-8"), PACK_LEVEL)


def unpack_body(stored: bytes | str) -> list[dict[str, Any]]:
    """The body blocks from what the revisions table holds (JSON text before schema 0007)."""
    if isinstance(stored, str):
        return json.loads(stored)
    return json.loads(zlib.decompress(stored).decode("utf-8"))


class PackedJSON(TypeDecorator[list[dict[str, Any]]]):
    """A revision's body: a hundred thousand stories of five revisions each are gigabytes of
    text as plain JSON and a quarter of that packed (see BENCHMARKS.md)."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else pack_body(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> list[dict[str, Any]] | None:
        return None if value is None else unpack_body(value)


def _values(enum: type[Any]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN ({_values(Role)})", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime]


class DeskRow(Base):
    __tablename__ = "desks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class StoryRow(Base):
    __tablename__ = "stories"
    __table_args__ = (
        CheckConstraint(f"state IN ({_values(State)})", name="state"),
        CheckConstraint("revision >= 1 AND revision <= last_revision", name="revision"),
        Index("ix_stories_state_updated", "state", "updated_at"),
        Index("ix_stories_updated", "updated_at"),
        Index("ix_stories_headline", "headline"),
        Index("ix_stories_word_count", "word_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), index=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    byline_parts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    dateline: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desks.id"), index=True)
    language: Mapped[str] = mapped_column(String(16), default="en")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    deadline: Mapped[datetime | None] = mapped_column(index=True)
    target_words: Mapped[int | None]
    embargo_at: Mapped[datetime | None]
    publish_at: Mapped[datetime | None]
    published_at: Mapped[datetime | None]
    state: Mapped[str] = mapped_column(String(16))
    spiked_from: Mapped[str | None] = mapped_column(String(16))
    correction_number: Mapped[int] = mapped_column(Integer, default=0)
    correction_pending: Mapped[bool] = mapped_column(default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)  # the current text's number
    last_revision: Mapped[int] = mapped_column(Integer, default=1)  # conflict copies count too
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class RevisionRow(Base):
    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("story_id", "number"),
        CheckConstraint(f"kind IN ({_values(RevisionKind)})", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"))
    number: Mapped[int]
    base: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    label: Mapped[str] = mapped_column(String(200), default="")
    headline: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    dateline: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[list[dict[str, Any]]] = mapped_column(PackedJSON, default=list)


class CommentRow(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]


class PictureRow(Base):
    """An image kept with a story (from an imported Word file); Image blocks name it."""

    __tablename__ = "pictures"
    __table_args__ = (UniqueConstraint("story_id", "name", name="uq_pictures_story_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    media_type: Mapped[str] = mapped_column(String(80))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class HistoryRow(Base):
    """Append-only: the database itself refuses UPDATE and DELETE on this table, and each row
    is chained to the one before it by its hash."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 (hex) over the previous event's hash and this event's content (desk.domain.chain):
    # a row changed or removed behind Desk's back breaks the chain, and `desk check` says where.
    hash: Mapped[str] = mapped_column(String(64))


class EditLockRow(Base):
    """Who may change a story's text: the writer in draft and returned, the claimer in editing."""

    __tablename__ = "edit_locks"

    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), primary_key=True)
    holder_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    acquired_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


class LockLossRow(Base):
    """A holder who lost a story's edit lock to someone else's action (a takeover, a chief's
    overrule, a new assignee). Text they saved later from where they were is kept as a
    conflict copy, not refused; `seen` once the window has told them."""

    __tablename__ = "lock_losses"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    revision: Mapped[int]  # the story's revision when they lost the lock
    at: Mapped[datetime]
    seen: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_lock_losses_story_user", "story_id", "user_id"),)
