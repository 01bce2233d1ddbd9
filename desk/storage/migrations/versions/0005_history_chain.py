"""history chained by hash: each event seals the one before it

Revision ID: 0005
Revises: 0004
Created: 2026-11-29 12:00:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desk.domain.chain import GENESIS, Link, link_hash
from desk.storage import postgresql, sqlite

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The columns as this migration knows them (not the models, which move on).
history = sa.table(
    "history",
    sa.column("id", sa.Integer()),
    sa.column("story_id", sa.Integer()),
    sa.column("actor_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("from_state", sa.String()),
    sa.column("to_state", sa.String()),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("note", sa.Text()),
    sa.column("hash", sa.String()),
)
BATCH = 5000


def _triggers(dialect: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The append-only triggers of this database: how to drop them, how to make them again."""
    if dialect == "sqlite":
        return sqlite.HISTORY_TRIGGERS_DROP, sqlite.HISTORY_TRIGGERS
    if dialect == "postgresql":
        return postgresql.HISTORY_TRIGGERS_DROP, postgresql.HISTORY_TRIGGERS
    return (), ()


def _utc(value: datetime) -> datetime:
    # SQLite keeps the UTC wall time without a zone; PostgreSQL gives it back aware.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def upgrade() -> None:
    bind = op.get_bind()
    drop, create = _triggers(bind.dialect.name)
    # The triggers refuse UPDATE, and sealing the events already there is one; they are back
    # before this transaction ends.
    for statement in drop:
        op.execute(statement)
    op.add_column("history", sa.Column("hash", sa.String(length=64), nullable=True))

    previous = GENESIS
    sealed: list[dict[str, object]] = []
    rows = bind.execute(sa.select(history).order_by(history.c.id)).all()
    for row in rows:
        link = Link(
            id=row.id,
            story_id=row.story_id,
            actor_id=row.actor_id,
            action=row.action,
            from_state=row.from_state,
            to_state=row.to_state,
            at=_utc(row.at),
            note=row.note,
        )
        previous = link_hash(previous, link)
        sealed.append({"row_id": row.id, "sealed": previous})
    seal = (
        history.update()
        .where(history.c.id == sa.bindparam("row_id"))
        .values(hash=sa.bindparam("sealed"))
    )
    for start in range(0, len(sealed), BATCH):
        bind.execute(seal, sealed[start : start + BATCH])

    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
    for statement in create:
        op.execute(statement)


def downgrade() -> None:
    drop, create = _triggers(op.get_bind().dialect.name)
    for statement in drop:
        op.execute(statement)
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_column("hash")
    for statement in create:
        op.execute(statement)
