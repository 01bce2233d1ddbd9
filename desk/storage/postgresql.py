"""What only PostgreSQL runs: its side of the append-only history (full-text search follows)."""

from __future__ import annotations

HISTORY_TRIGGERS = (
    """CREATE FUNCTION desk_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'history is append-only'; END $$""",
    """CREATE TRIGGER history_no_change BEFORE UPDATE OR DELETE ON history
       FOR EACH ROW EXECUTE FUNCTION desk_history_append_only()""",
    """CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history
       FOR EACH STATEMENT EXECUTE FUNCTION desk_history_append_only()""",
)
HISTORY_TRIGGERS_DROP = (
    "DROP TRIGGER IF EXISTS history_no_truncate ON history",
    "DROP TRIGGER IF EXISTS history_no_change ON history",
    "DROP FUNCTION IF EXISTS desk_history_append_only()",
)
