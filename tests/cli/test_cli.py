"""The `desk` command in real subprocesses: a whole journey, refusals, exit codes, JSON keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

STORY_KEYS = {
    "id", "slug", "headline", "standfirst", "byline", "byline_parts", "dateline", "state",
    "desk", "language", "tags", "author", "assignee", "lock_holder", "lock_seen", "word_count",
    "target_words", "deadline", "embargo", "publish_at", "published_at", "correction_number",
    "revision", "body_text", "created_at", "updated_at",
}  # fmt: skip


class Desk:
    """Runs `python -m desk` against one newsroom (a file, or a server), as a script would."""

    def __init__(self, folder: Path, db: str | None = None) -> None:
        self.db = db or f"sqlite:///{folder / 'newsroom.sqlite'}"
        self.env = {
            **os.environ,
            "DESK_DATA_DIR": str(folder / "data"),
            "DESK_USER": "vesna",
            "PYTHONIOENCODING": "utf-8",
        }
        self.env.pop("DESK_PASSWORD", None)
        self.folder = folder

    def run(
        self,
        *args: str,
        who: str | None = None,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "desk", *args, "--db", self.db]
        if who:
            command += ["--as", who]
        return subprocess.run(
            command, capture_output=True, text=True, input=stdin, env={**self.env, **(env or {})},
            timeout=60, check=False,
        )  # fmt: skip

    def ok(self, *args: str, who: str | None = None, **kw: Any) -> Any:
        done = self.run(*args, "--json", who=who, **kw)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        return json.loads(done.stdout)

    def sql(self, query: str) -> list[tuple[Any, ...]]:
        """Rows of a query run on the newsroom behind Desk's back, as an administrator could."""
        engine = create_engine(self.db)
        try:
            with engine.begin() as connection:
                result = connection.exec_driver_sql(query)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()

    def refused(self, *args: str, who: str | None = None, code: int = 1) -> str:
        done = self.run(*args, who=who)
        assert done.returncode == code, (done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith("desk: error: ")
        return done.stderr.removeprefix("desk: error: ").strip()


@pytest.fixture
def desk(tmp_path: Path, shared_url: str) -> Desk:
    """A small staffed newsroom, in a file and on the server."""
    return _staffed(Desk(tmp_path, shared_url))


@pytest.fixture
def local_desk(tmp_path: Path) -> Desk:
    """The same newsroom in a file only, for what the database cannot change (usage errors,
    files read and written, the window's start)."""
    return _staffed(Desk(tmp_path))


def _staffed(runner: Desk) -> Desk:
    made = runner.ok("init")
    assert made["chief"] == "vesna"
    runner.ok("user", "add", "ana", "--role", "correspondent", "--display-name", "Ana Ilić")
    runner.ok("user", "add", "milica", "--role", "editor")
    runner.ok("desk", "add", "World")
    return runner


def test_the_whole_journey(desk: Desk, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text(
        "MOSCOW, Nov 27 — Talks on the grain deal resumed on Thursday\nafter a month.\n\n"
        "Both sides said they hoped for progress.\n",
        encoding="utf-8",
    )
    story = desk.ok(
        "new", "--headline", "Grain talks resume", "--byline", "By Ana Ilić",
        "--body-file", str(body), "--desk", "world", "--target-words", "400", who="ana",
    )  # fmt: skip
    assert set(story) == STORY_KEYS
    sid = str(story["id"])
    assert (story["state"], story["dateline"], story["desk"]) == (
        "draft",
        "MOSCOW, Nov 27 —",
        "World",
    )
    assert story["body_text"].startswith(
        "Talks on the grain deal resumed on Thursday after a month."
    )
    assert story["byline_parts"] == {"names": ["Ana Ilić"]}
    assert story["word_count"] == 18

    def step(action: str, who: str, *extra: str) -> dict[str, Any]:
        return desk.ok(action, sid, *extra, who=who)

    assert step("file", "ana")["state"] == "filed"
    assert step("claim", "milica")["lock_holder"] == "milica"
    assert step("return", "milica", "--note", "Add the ministry's reply")["state"] == "returned"
    body.write_text("Talks resumed on Thursday.\n\nThe ministry welcomed them.\n", encoding="utf-8")
    saved = desk.ok("edit", sid, "--body-file", str(body), who="ana")
    assert (saved["saved_revision"], saved["conflict"], saved["revision"]) == (2, False, 2)
    assert step("file", "ana")["state"] == "filed"
    assert step("claim", "milica")["state"] == "editing"
    assert step("approve", "milica")["state"] == "approved"
    assert step("publish", "vesna")["state"] == "published"
    assert step("correct", "milica", "--note", "The talks began on Wednesday")["state"] == "editing"
    assert step("approve", "milica")["state"] == "approved"
    published = step("publish", "vesna")
    assert (published["state"], published["correction_number"]) == ("published", 1)
    assert step("kill", "vesna", "--note", "Legal")["state"] == "killed"

    history = desk.ok("history", sid)
    assert [(e["action"], e["from"], e["to"]) for e in history] == [
        ("create", None, "draft"), ("file", "draft", "filed"), ("claim", "filed", "editing"),
        ("return", "editing", "returned"), ("save", "returned", "returned"),
        ("file", "returned", "filed"), ("claim", "filed", "editing"),
        ("approve", "editing", "approved"), ("publish", "approved", "published"),
        ("correct", "published", "editing"), ("approve", "editing", "approved"),
        ("publish", "approved", "published"), ("kill", "published", "killed"),
    ]  # fmt: skip
    assert set(history[0]) == {"id", "actor", "action", "from", "to", "at", "note"}
    assert history[3]["note"] == "Add the ministry's reply"
    diff = desk.ok("diff", sid, "1", "2")
    assert diff["summary"].startswith("4 words added") and set(diff) >= {"words_added", "blocks"}
    assert desk.ok("check") == {"ok": True, "problems": []}


def test_refusals_print_one_line_and_exit_1(desk: Desk) -> None:
    sid = str(desk.ok("new", "--headline", "Budget", who="ana")["id"])
    assert desk.refused("file", sid, who="ana") == "Add a byline and a body before filing."
    assert desk.refused("publish", sid, who="milica") == "Only a chief editor can publish."
    assert (
        desk.refused("claim", sid, who="milica")
        == "Only filed copy can be claimed; this one is a draft."
    )
    assert desk.refused("edit", sid, "--headline", "Mine now", who="milica") == (
        "ana holds this story's edit lock; only they can change its text."
    )
    assert desk.refused("show", "999") == "There is no story number 999."
    assert desk.refused("new", "--headline", "X", who="nobody").startswith(
        "There is no user called 'nobody'"
    )
    assert desk.refused("new", "--headline", "X", "--deadline", "soonish", who="ana").startswith(
        "Cannot read 'soonish' as a time"
    )
    assert desk.refused("new", "--headline", "X", "--body-file", "/no/such/file", who="ana") == (
        "There is no file /no/such/file."
    )
    assert desk.refused("user", "add", "zoran", "--role", "editor", who="ana") == (
        "Only a chief editor can add people to the newsroom."
    )
    assert desk.ok("show", sid)["headline"] == "Budget"


def test_usage_errors_exit_2(local_desk: Desk) -> None:
    for args in (("frobnicate",), ("show", "abc"), ("list", "--state", "nonsense"), ("return",)):
        done = local_desk.run(*args)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr and "error:" in done.stderr


def test_a_missing_newsroom_and_a_broken_file(tmp_path: Path) -> None:
    runner = Desk(tmp_path)
    assert runner.refused("list").startswith(
        f"There is no newsroom at {tmp_path / 'newsroom.sqlite'}"
    )
    (tmp_path / "newsroom.sqlite").write_bytes(b"not a database" * 100)
    assert "not a Desk newsroom" in runner.refused("list")


def test_passwords_are_asked_for(desk: Desk) -> None:
    desk.ok("user", "add", "tom", "--role", "editor", "--password", stdin="s3cret\n")
    assert (
        desk.refused("new", "--headline", "X", who="tom")
        == "tom needs a password: set DESK_PASSWORD."
    )
    bad = desk.run("new", "--headline", "X", who="tom", env={"DESK_PASSWORD": "wrong"})
    assert (bad.returncode, bad.stderr) == (1, "desk: error: Wrong password for tom.\n")
    good = desk.run("new", "--headline", "X", "--json", who="tom", env={"DESK_PASSWORD": "s3cret"})
    assert good.returncode == 0 and json.loads(good.stdout)["author"] == "tom"
    [(stored,)] = desk.sql("SELECT password_hash FROM users WHERE name = 'tom'")
    assert stored.startswith("scrypt$") and "s3cret" not in stored


def test_list_search_comments_and_export(desk: Desk, tmp_path: Path) -> None:
    first = desk.ok("new", "--headline", "Grain talks resume", "--desk", "World", who="ana")
    second = desk.ok("new", "--headline", "Избори у Београду", "--slug", "../../izbori", who="ana")
    assert second["slug"] == "izbori"
    rows = desk.ok("list", "--desk", "world")
    assert [r["id"] for r in rows] == [first["id"]]
    assert set(rows[0]) == {
        "id", "slug", "headline", "state", "desk", "author", "assignee", "word_count",
        "target_words", "deadline", "language", "updated_at",
    }  # fmt: skip
    assert [r["id"] for r in desk.ok("list", "--mine", who="ana")] == [second["id"], first["id"]]
    hits = desk.ok("search", "beograd")
    assert [h["id"] for h in hits] == [second["id"]] and hits[0]["matches"] == ["Београду"]
    assert desk.ok("search", 'NEAR("grain" OR', "*") is not None
    note = desk.ok("comment", str(first["id"]), "@ana check the figure", who="milica")
    assert desk.ok("comments", str(first["id"]))[0]["text"] == "@ana check the figure"
    assert desk.refused("comment-delete", str(note["id"]), who="ana").startswith(
        "You can delete only your own notes"
    )
    out = tmp_path / "out"
    out.mkdir()
    written = desk.ok(
        "export", str(first["id"]), str(second["id"]), "--format", "txt", "-o", str(out)
    )
    assert sorted(Path(p).name for p in written) == ["grain-talks-resume.txt", "izbori.txt"]
    assert (out / "izbori.txt").read_text(encoding="utf-8").startswith("Избори у Београду")
    html = desk.ok(
        "export", str(second["id"]), "--format", "html", "-o", str(tmp_path / "one.html")
    )
    assert Path(html[0]).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert desk.refused(
        "export", "1", "2", "--format", "txt", "-o", str(tmp_path / "x.txt")
    ).startswith("To export several stories, give a folder")
    assert sorted(p.name for p in out.iterdir()) == ["grain-talks-resume.txt", "izbori.txt"]


def test_the_sample_newsroom(tmp_path: Path, shared_url: str) -> None:
    runner = Desk(tmp_path, shared_url)
    made = runner.ok("init", "--demo")
    assert made["stories"] == 108
    rows = runner.ok("list")
    states = (
        "draft",
        "filed",
        "editing",
        "returned",
        "approved",
        "scheduled",
        "published",
        "killed",
        "spiked",
    )
    assert Counter(r["state"] for r in rows) == dict.fromkeys(states, 12)
    assert Counter(r["language"] for r in rows) == {"en": 36, "sr-Latn": 36, "sr-Cyrl": 36}
    assert len({r["desk"] for r in rows}) == 3
    assert runner.ok("check")["ok"] is True
    assert runner.refused("init") == "This newsroom has already been set up."


def test_backup_from_the_command_line(desk: Desk, tmp_path: Path) -> None:
    desk.ok("new", "--headline", "Kept", who="ana")
    if desk.db.startswith("postgresql"):
        assert desk.refused("backup", str(tmp_path / "copy.sqlite")) == (
            "A newsroom on a server is backed up on the server (pg_dump)."
        )
        return
    result = desk.ok("backup", str(tmp_path / "copy.sqlite"))
    copy = Desk(tmp_path)
    copy.db = f"sqlite:///{result['path']}"
    assert [r["headline"] for r in copy.ok("list")] == ["Kept"]


def test_version_and_help(local_desk: Desk) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().startswith("desk ")
    assert "claim" in local_desk.run("--help").stdout


def test_the_window_without_a_screen_says_so(local_desk: Desk) -> None:
    env = {k: v for k, v in local_desk.env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--db", local_desk.db],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("desk: error: there is no screen")
    assert "Traceback" not in done.stderr


def test_the_window_on_an_unknown_person_says_so(local_desk: Desk) -> None:
    done = local_desk.run(env={"QT_QPA_PLATFORM": "offscreen"}, who="nobody")
    assert done.returncode == 1
    assert "desk: error: There is no one called nobody in this newsroom." in done.stderr
    assert "Traceback" not in done.stderr
