"""`desk check` in a real subprocess catches history edited behind Desk's back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_cli import Desk


def test_desk_check_names_the_event_changed_behind_its_back(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    desk.ok("init")
    desk.ok("user", "add", "ana", "--role", "correspondent")
    body = tmp_path / "body.txt"
    body.write_text("Talks on the grain deal resumed on Thursday.\n", encoding="utf-8")
    story = desk.ok(
        "new", "--headline", "Grain talks resume", "--byline", "By Ana Ilić",
        "--body-file", str(body), who="ana",
    )  # fmt: skip
    desk.ok("file", str(story["id"]), "--note", "Ready", who="ana")
    assert desk.ok("check") == {"ok": True, "problems": []}

    # Someone with the file and a SQLite shell rewrites the filing note.
    with sqlite3.connect(tmp_path / "newsroom.sqlite") as db:
        db.execute("DROP TRIGGER history_no_update")
        (at,) = db.execute("SELECT at FROM history WHERE id = 2").fetchone()
        db.execute("UPDATE history SET note = 'Not ready' WHERE id = 2")
    db.close()

    done = desk.run("check")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stdout.strip() == (
        f"History event 2 (story {story['id']}, file by ana at {at[:16]} UTC) does not match its "
        "record: the history was changed after it was written."
    )
