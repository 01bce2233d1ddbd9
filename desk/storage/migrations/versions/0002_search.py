"""full-text search over slug, headline, standfirst, byline and body

Revision ID: 0002
Revises: 0001
Created: 2026-11-29 06:20:00
"""

from __future__ import annotations

from alembic import op

from desk.storage import sqlite

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite gets an FTS5 index, filled from the stories already there; other databases search
    # with plain SQL until they get their own index.
    if op.get_bind().dialect.name == "sqlite":
        for statement in sqlite.SEARCH_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in sqlite.SEARCH_DROP:
            op.execute(statement)
