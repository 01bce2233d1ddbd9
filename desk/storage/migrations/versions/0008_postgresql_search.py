"""full-text search on PostgreSQL: a weighted tsvector per story, its GIN index, desk_search

Revision ID: 0008
Revises: 0007
Created: 2026-11-29 16:40:00
"""

from __future__ import annotations

from alembic import op

from desk.storage import postgresql

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite has searched with FTS5 since 0002; this is PostgreSQL's own index.
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    template = postgresql.unaccent_template(bind)
    for statement in postgresql.SEARCH_CONFIG_DDL:
        op.execute(statement)
    if template is not None:  # else plain 'simple': everything but accents still folds
        for statement in postgresql.SEARCH_UNACCENT_DDL:
            op.execute(statement.format(template=template))
    # The column fills itself from the stories already there.
    for statement in postgresql.SEARCH_DDL:
        op.execute(statement)


def downgrade() -> None:
    # The unaccent extension stays: it is the database's, and may serve others.
    if op.get_bind().dialect.name == "postgresql":
        for statement in postgresql.SEARCH_DROP:
            op.execute(statement)
