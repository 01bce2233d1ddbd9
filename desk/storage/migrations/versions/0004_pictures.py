"""pictures kept with stories (from imported Word files)

Revision ID: 0004
Revises: 0003
Created: 2026-11-29 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pictures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("media_type", sa.String(80), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("story_id", "name", name="uq_pictures_story_name"),
    )
    op.create_index("ix_pictures_story_id", "pictures", ["story_id"])


def downgrade() -> None:
    op.drop_index("ix_pictures_story_id", table_name="pictures")
    op.drop_table("pictures")
