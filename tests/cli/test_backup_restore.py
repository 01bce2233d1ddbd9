"""`desk backup` and `desk restore` in real subprocesses, and the daily copy that commands which
change data take on the way: refusals in one line, nothing changed, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


class Desk:
    """Runs `python -m desk` against one newsroom file, as a script would."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "newsroom.sqlite"
        self.env = {
            **os.environ,
            "DESK_DATA_DIR": str(folder / "data"),
            "DESK_USER": "vesna",
            "PYTHONIOENCODING": "utf-8",
        }
        for name in ("DESK_PASSWORD", "DESK_KEEP_BACKUPS", "DESK_DATABASE_URL"):
            self.env.pop(name, None)

    def run(self, *args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "desk", *args, "--db", f"sqlite:///{db or self.file}"]
        done = subprocess.run(
            command, capture_output=True, text=True, env=self.env, timeout=60, check=False,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert "Traceback" not in done.stderr
        return done

    def ok(self, *args: str, db: Path | None = None) -> Any:
        done = self.run(*args, "--json", db=db)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        return json.loads(done.stdout)

    def refused(self, *args: str) -> str:
        done = self.run(*args)
        assert done.returncode == 1, (done.stdout, done.stderr)
        assert done.stderr.startswith("desk: error: ")
        assert done.stderr.count("\n") == 1, done.stderr
        return done.stderr.removeprefix("desk: error: ").strip()

    def headlines(self, db: Path | None = None) -> list[str]:
        return sorted(row["headline"] for row in self.ok("list", db=db))

    def daily(self) -> list[str]:
        folder = self.file.parent / "backups" / "daily"
        return sorted(p.name for p in folder.glob("newsroom-*.sqlite")) if folder.exists() else []


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    runner = Desk(tmp_path)
    runner.ok("init")
    runner.ok("new", "--headline", "Kept")
    return runner


def test_backup_without_a_path_writes_todays_daily_copy(desk: Desk, tmp_path: Path) -> None:
    made = desk.ok("backup")
    path = Path(made["path"])
    assert path.parent == tmp_path / "backups" / "daily"
    assert path.name.startswith("newsroom-") and made["removed"] == []
    assert desk.headlines(db=path) == ["Kept"]
    desk.ok("new", "--headline", "Later")
    assert desk.ok("backup")["path"] == made["path"]  # asked for now: today's copy is renewed
    assert desk.headlines(db=path) == ["Kept", "Later"]
    assert desk.daily() == [path.name]


def test_backup_keep_prunes_to_the_newest(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "backups" / "daily"
    folder.mkdir(parents=True, exist_ok=True)
    for day in ("2020-01-01", "2020-01-02", "2020-01-03"):
        (folder / f"newsroom-{day}.sqlite").write_bytes(b"")
    made = desk.ok("backup", "--keep", "2")
    assert sorted(Path(p).name for p in made["removed"]) == [
        "newsroom-2020-01-01.sqlite",
        "newsroom-2020-01-02.sqlite",
    ]
    assert desk.daily() == sorted(["newsroom-2020-01-03.sqlite", Path(made["path"]).name])
    assert desk.refused("backup", str(tmp_path / "x.sqlite"), "--keep", "2").startswith(
        "--keep goes with the daily backups"
    )
    assert desk.run("backup", "--keep", "0").returncode == 2


def test_a_change_takes_the_days_copy_first_and_a_read_does_not(desk: Desk) -> None:
    assert len(desk.daily()) == 1  # `desk new` in the fixture: a copy before the first change
    copy = desk.file.parent / "backups" / "daily" / desk.daily()[0]
    assert desk.headlines(db=copy) == []  # taken before the story was written
    copy.unlink()
    desk.ok("list")
    desk.ok("show", "1")
    assert desk.daily() == []
    desk.ok("new", "--headline", "Second")
    assert len(desk.daily()) == 1


def test_a_backup_that_cannot_be_written_warns_once_and_the_command_succeeds(
    desk: Desk, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    for old in (backups / "daily").iterdir():
        old.unlink()
    (backups / "daily").rmdir()
    backups.rmdir()
    backups.write_text("a file where the folder should be")  # root ignores chmod; this it cannot
    done = desk.run("new", "--headline", "Written anyway", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["headline"] == "Written anyway"
    assert done.stderr.startswith("desk: warning: No backup today: Cannot write the daily backup")
    assert done.stderr.count("\n") == 1
    assert desk.headlines() == ["Kept", "Written anyway"]
    assert desk.refused("backup").startswith("Cannot write the daily backup")


def test_restore_brings_the_backup_back_and_keeps_the_newsroom_it_replaced(
    desk: Desk, tmp_path: Path
) -> None:
    saved = Path(desk.ok("backup", str(tmp_path / "saved.sqlite"))["path"])
    desk.ok("new", "--headline", "Gone after the restore")
    done = desk.ok("restore", str(saved), "--yes")
    assert done["restored"] == str(saved)
    assert done["database"] == str(desk.file)
    previous = Path(done["previous_saved_as"])
    assert previous.parent == tmp_path / "backups"
    assert previous.name.startswith("newsroom-before-restore-")
    assert desk.headlines() == ["Kept"]
    assert desk.headlines(db=previous) == ["Gone after the restore", "Kept"]
    assert desk.ok("check") == {"ok": True, "problems": []}
    human = desk.run("restore", str(previous), "--yes")  # and back again
    assert human.returncode == 0
    assert human.stdout.startswith(f"Restored the newsroom at {desk.file} from {previous}.\n")
    assert "(undo: desk restore " in human.stdout
    assert desk.headlines() == ["Gone after the restore", "Kept"]


def test_restore_asks_first_and_without_a_terminal_needs_yes(desk: Desk, tmp_path: Path) -> None:
    saved = Path(desk.ok("backup", str(tmp_path / "saved.sqlite"))["path"])
    desk.ok("new", "--headline", "Still here")
    before = desk.file.read_bytes()
    message = desk.refused("restore", str(saved))
    assert message == (
        f"desk restore would replace the newsroom at {desk.file} with saved.sqlite (1 story); "
        "add --yes to do it without asking."
    )
    assert desk.file.read_bytes() == before
    assert desk.headlines() == ["Kept", "Still here"]


def test_restore_refuses_while_another_desk_has_the_newsroom_open(
    desk: Desk, tmp_path: Path
) -> None:
    saved = Path(desk.ok("backup", str(tmp_path / "saved.sqlite"))["path"])
    # Read first: closing any handle on the file drops this process's SQLite locks (POSIX).
    before = desk.file.read_bytes()
    window = sqlite3.connect(desk.file)  # another Desk: a connection that has read the file
    try:
        window.execute("SELECT count(*) FROM stories").fetchone()
        message = desk.refused("restore", str(saved), "--yes")
        assert message == (
            f"Another Desk has the newsroom at {desk.file} open; close it and try again. "
            "Nothing was changed."
        )
    finally:
        window.close()
    assert desk.file.read_bytes() == before
    assert list((tmp_path / "backups").glob("newsroom-before-restore-*")) == []


def _not_desk(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")


def _sql(statement: str):
    def spoil(path: Path) -> None:
        with sqlite3.connect(path) as db:
            db.execute(statement)

    return spoil


@pytest.mark.parametrize(
    ("spoil", "why"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), "it is not an SQLite database"),
        (lambda p: p.write_bytes(p.read_bytes()[:5000]), "it is damaged"),
        (_not_desk, "it is an SQLite database but not a Desk newsroom"),
        (_sql("UPDATE alembic_version SET version_num = '0099'"), "saved by a newer Desk"),
        (
            _sql("DELETE FROM edit_locks WHERE story_id = 1"),
            "its check failed: Story 1 is draft but nobody holds its edit lock",
        ),
    ],
    ids=["random", "truncated", "not-desk", "newer", "rules"],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    desk: Desk, tmp_path: Path, spoil, why: str
) -> None:
    saved = Path(desk.ok("backup", str(tmp_path / "saved.sqlite"))["path"])
    spoil(saved)
    before = desk.file.read_bytes()
    folder_before = sorted(p.name for p in tmp_path.rglob("*"))
    message = desk.refused("restore", str(saved), "--yes")
    assert message.startswith("Cannot restore saved.sqlite: ")
    assert why in message
    assert message.endswith("nothing was changed.")
    assert desk.file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == folder_before


def test_restore_refuses_what_is_not_a_local_newsroom(desk: Desk, tmp_path: Path) -> None:
    assert desk.refused("restore", str(tmp_path / "missing.sqlite"), "--yes") == (
        f"There is no file {tmp_path / 'missing.sqlite'}."
    )
    done = subprocess.run(
        [sys.executable, "-m", "desk", "restore", str(desk.file), "--yes", "--db",
         "postgresql://desk@localhost/news"],
        capture_output=True, text=True, env=desk.env, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (
        1,
        "desk: error: A newsroom on a server is restored on the server (pg_restore).\n",
    )


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("answer", "restored"), [("yes\n", True), ("no\n", False)])
def test_restore_on_a_terminal_asks_and_takes_only_yes(
    desk: Desk, tmp_path: Path, answer: str, restored: bool
) -> None:
    saved = Path(desk.ok("backup", str(tmp_path / "saved.sqlite"))["path"])
    desk.ok("new", "--headline", "Written after the backup")
    before = desk.file.read_bytes()
    main, terminal = os.openpty()
    try:
        os.write(main, answer.encode())
        done = subprocess.run(
            [sys.executable, "-m", "desk", "restore", str(saved), "--db", f"sqlite:///{desk.file}"],
            stdin=terminal, capture_output=True, text=True, env=desk.env, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(main)
        os.close(terminal)
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(
        f"Replace the newsroom at {desk.file} with saved.sqlite (1 story)? The current one is "
        f"saved in {tmp_path / 'backups'} first.\nType yes to restore: "
    )
    if restored:
        assert done.returncode == 0
        assert desk.headlines() == ["Kept"]
    else:
        assert done.returncode == 1
        assert done.stderr.endswith("desk: error: Nothing was restored.\n")
        assert desk.file.read_bytes() == before
