"""indexes for sorting the story list by headline and by length

Revision ID: 0003
Revises: 0002
Created: 2026-11-29 07:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A list of 100,000 stories sorted by a column without an index is sorted whole on every
    # page; with one, a page is read in order.
    op.create_index("ix_stories_headline", "stories", ["headline"])
    op.create_index("ix_stories_word_count", "stories", ["word_count"])


def downgrade() -> None:
    op.drop_index("ix_stories_word_count", table_name="stories")
    op.drop_index("ix_stories_headline", table_name="stories")
