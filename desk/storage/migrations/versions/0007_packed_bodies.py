"""revision bodies kept compressed: their JSON through zlib, in a binary column

Revision ID: 0007
Revises: 0006
Created: 2026-11-29 14:10:00
"""

from __future__ import annotations

import json
import zlib

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 2000


def _pack(body: object) -> bytes:
    # Frozen here as released: compact UTF-8 JSON, zlib level 3 (desk.storage.models reads it).
    blocks = json.loads(body) if isinstance(body, str | bytes) else body
    text = json.dumps(blocks, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 3)


def _unpack(stored: bytes) -> str:
    return zlib.decompress(stored).decode("utf-8")


def _convert(source: str, target: str, change) -> None:
    """Copy every revision's body from column `source` to `target` through `change`, a batch at
    a time, so a newsroom of half a million revisions never holds them all in memory."""
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                f"SELECT id, {source} FROM revisions WHERE id > :last ORDER BY id LIMIT {BATCH}"
            ),
            {"last": last},
        ).fetchall()
        if not rows:
            return
        bind.execute(
            sa.text(f"UPDATE revisions SET {target} = :value WHERE id = :id"),
            [{"id": row[0], "value": change(row[1])} for row in rows],
        )
        last = rows[-1][0]


def upgrade() -> None:
    op.add_column("revisions", sa.Column("packed", sa.LargeBinary(), nullable=True))
    _convert("body", "packed", _pack)
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("body")
        batch.alter_column("packed", new_column_name="body", nullable=False)


def downgrade() -> None:
    op.add_column("revisions", sa.Column("plain", sa.JSON(), nullable=True))
    _convert("body", "plain", _unpack)
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("body")
        batch.alter_column("plain", new_column_name="body", nullable=False)
