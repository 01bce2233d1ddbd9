"""edit locks lost to someone else's action, so the loser's later save becomes a conflict copy

Revision ID: 0006
Revises: 0005
Created: 2026-11-29 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lock_losses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_lock_losses_story_user", "lock_losses", ["story_id", "user_id"])


def downgrade() -> None:
    op.drop_index("ix_lock_losses_story_user", table_name="lock_losses")
    op.drop_table("lock_losses")
