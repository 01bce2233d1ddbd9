"""the newsroom: users, desks, stories, revisions, notes, history, locks

Revision ID: 0001
Revises: (none)
Created: 2026-11-29 06:00:14.929809
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk.storage import postgresql, sqlite

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desks")),
        sa.UniqueConstraint("name", name=op.f("uq_desks_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role IN ('correspondent', 'editor', 'chief')", name=op.f("ck_users_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("standfirst", sa.Text(), nullable=False),
        sa.Column("byline", sa.Text(), nullable=False),
        sa.Column("byline_parts", sa.JSON(), nullable=False),
        sa.Column("dateline", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("target_words", sa.Integer(), nullable=True),
        sa.Column("embargo_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("publish_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("spiked_from", sa.String(length=16), nullable=True),
        sa.Column("correction_number", sa.Integer(), nullable=False),
        sa.Column("correction_pending", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("last_revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('draft', 'filed', 'editing', 'returned', 'approved', 'scheduled', 'published', 'killed', 'spiked')",
            name=op.f("ck_stories_state"),
        ),
        sa.CheckConstraint(
            "revision >= 1 AND revision <= last_revision", name=op.f("ck_stories_revision")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_stories_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_stories_author_id_users")
        ),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name=op.f("fk_stories_desk_id_desks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stories_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_desk_id"), ["desk_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_slug"), ["slug"], unique=False)
        batch_op.create_index("ix_stories_state_updated", ["state", "updated_at"], unique=False)
        batch_op.create_index("ix_stories_updated", ["updated_at"], unique=False)

    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_comments_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_comments_story_id_stories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comments_story_id"), ["story_id"], unique=False)

    op.create_table(
        "edit_locks",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["users.id"], name=op.f("fk_edit_locks_holder_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_edit_locks_story_id_stories")
        ),
        sa.PrimaryKeyConstraint("story_id", name=op.f("pk_edit_locks")),
    )
    with op.batch_alter_table("edit_locks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_edit_locks_holder_id"), ["holder_id"], unique=False)

    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=True),
        sa.Column("to_state", sa.String(length=16), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_history_actor_id_users")),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_history_story_id_stories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_story_id"), ["story_id"], unique=False)

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("base", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("standfirst", sa.Text(), nullable=False),
        sa.Column("byline", sa.Text(), nullable=False),
        sa.Column("dateline", sa.Text(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('created', 'save', 'autosave', 'action', 'conflict', 'restore')",
            name=op.f("ck_revisions_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_revisions_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_revisions_story_id_stories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
        sa.UniqueConstraint("story_id", "number", name=op.f("uq_revisions_story_id")),
    )
    # History is append-only: the database itself refuses to change or remove an event.
    dialect = op.get_bind().dialect.name
    triggers = {"sqlite": sqlite.HISTORY_TRIGGERS, "postgresql": postgresql.HISTORY_TRIGGERS}
    for statement in triggers.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in postgresql.HISTORY_TRIGGERS_DROP:
            op.execute(statement)
    op.drop_table("revisions")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_story_id"))

    op.drop_table("history")
    with op.batch_alter_table("edit_locks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_edit_locks_holder_id"))

    op.drop_table("edit_locks")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comments_story_id"))

    op.drop_table("comments")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index("ix_stories_updated")
        batch_op.drop_index("ix_stories_state_updated")
        batch_op.drop_index(batch_op.f("ix_stories_slug"))
        batch_op.drop_index(batch_op.f("ix_stories_desk_id"))
        batch_op.drop_index(batch_op.f("ix_stories_deadline"))
        batch_op.drop_index(batch_op.f("ix_stories_author_id"))
        batch_op.drop_index(batch_op.f("ix_stories_assignee_id"))

    op.drop_table("stories")
    op.drop_table("users")
    op.drop_table("desks")
