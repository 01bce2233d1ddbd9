"""Several Desk processes on one newsroom at once (a SQLite file or a PostgreSQL server):
nothing lost, nothing doubled, no invalid state, no "locked".

Run: python bench/concurrency.py [--db URL] [--seconds 60] [--processes 8] [--stories 1000]
     [--races 50] [--cli 1] [--window 1] [--report PATH]
(results also go to bench/results/concurrency.json)

Without --db the newsroom is a temporary SQLite file; a postgresql:// URL gets a schema of its
own on that server, dropped afterwards; a sqlite:/// URL must name a file that does not exist.

A newsroom gets a chief, editors, correspondents and stories in every state of the workflow
(through the services). Then, for the given time, P service workers (each a different person:
correspondents, editors, one chief), optionally `desk` command-line workers and one window (the
real MainWindow, offscreen) act on random stories: file, withdraw, claim, release, return,
approve, reopen, schedule, publish, correct, kill, spike, unspike, take over, edit, change
details, comment. A person saves against the revision their window last showed, so stale saves
happen and must become conflict copies; an edit by someone who has just lost the lock is kept
as a conflict copy too. Mostly what the person may do as they last saw the story, sometimes
anything. Every attempt is logged with a token (a UUID in its note, comment, tag or text),
whether it was accepted or refused (and why), the revision it saved and how long it took.

Then, from the database: every accepted token is there exactly once, in the revision the
worker was told, and no refused one at all; each person's accepted actions per story match the
history one to one; every event is a move the workflow table allows, chained to the one
before, saves only by the edit lock's holder, and each story is in the state its history ends
in; every story's revisions are numbered 1..N without a gap, each save follows the revision it
replaced (a save that did not is a lost update), and the story's text is its latest saved
revision; `desk check` passes; no worker saw "locked" or "busy", or any other unexpected error.
Last, the claim race: a filed story and two editor processes claiming it at the same instant,
R times (and a few rounds with two `desk claim` commands): exactly one wins each time and the
other gets the clean refusal.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))
from soak import desk_command, desk_env  # noqa: E402  (bench/ is not a package)

BOSS = "boss"  # sets the newsroom up; no worker acts as the boss
TOKEN = re.compile(r"tok[ -]([0-9a-f]{32})")
ROLES = ("editor", "correspondent", "chief", "correspondent", "editor", "correspondent")
ACTS = ("file", "withdraw", "claim", "release", "return", "approve", "reopen", "correct",
        "spike", "unspike", "publish", "takeover", "kill", "schedule")  # fmt: skip
OTHER = ("edit", "comment", "details")
# How often a person picks each thing they may do: mostly moving copy along and writing,
# seldom spiking or killing (or the newsroom would soon be all spiked and killed).
WEIGHTS = {"edit": 6, "claim": 4, "file": 4, "approve": 3, "return": 3, "publish": 3,
           "unspike": 4, "release": 1, "withdraw": 1, "reopen": 1, "correct": 2, "spike": 0.2,
           "comment": 0.7, "details": 0.5, "takeover": 0.3, "kill": 0.2,
           "schedule": 0.5}  # fmt: skip
LOCKED_WORDS = ("locked", "busy")
FILLER = "Officials said the talks would resume next week after a long session".split()
# Story states the setup leaves, one story in ten each (three drafts).
SETUP_STATES = ("draft", "draft", "draft", "filed", "filed", "editing", "returned",
                "approved", "published", "spiked")  # fmt: skip


# History events by the name of the attempt that leaves them (every details change here
# writes a new tag, so each one leaves an "update").
LOGGED_AS = {"save": "edit", "conflict": "edit", "update": "details"}
# Events that change a story's text or details without moving it.
STAYS = ("save", "conflict", "update", "restore")


def text_for(token: str, rng: random.Random) -> list[str]:
    words = " ".join(rng.choice(FILLER) for _ in range(rng.randint(30, 400)))
    return [f"tok {token}", words]


# --- The workers ------------------------------------------------------------------------------


class Log:
    """One JSON line per attempt, flushed at once."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("a", encoding="utf-8")

    def write(self, **entry: Any) -> None:
        self.file.write(json.dumps(entry) + "\n")
        self.file.flush()


def _wait_for_go() -> float:
    print("ready", flush=True)
    line = sys.stdin.readline().split()
    return float(line[1])


class Desk:
    """What one person's screen shows: the revision each story had when they last looked at it
    (their next save is based on that, stale or not), and the stories they worked on lately."""

    def __init__(self, rng: random.Random, stories: list[int]) -> None:
        self.rng = rng
        self.stories = stories
        self.shown: dict[int, int] = {}
        self.recent: list[int] = []

    def pick(self) -> int:
        """Mostly a story from their own recent work, else any story in the newsroom."""
        if self.recent and self.rng.random() < 0.5:
            return self.rng.choice(self.recent)
        return self.rng.choice(self.stories)

    def look(self, story_id: int, revision: int) -> int:
        """They look at the story; a window left open keeps showing the revision it had."""
        if story_id not in self.shown or self.rng.random() < 0.5:
            self.shown[story_id] = revision
        if story_id not in self.recent:
            self.recent = [*self.recent[-29:], story_id]
        return self.shown[story_id]


def worker_services(plan: dict[str, Any], user: str, seed: int) -> None:
    """Act as `user` through the services until the end time, logging every attempt."""
    from desk.domain import workflow
    from desk.domain.body import Body
    from desk.domain.workflow import Action
    from desk.errors import DeskError, Invalid, NotFound, Refused
    from desk.services import notes, queries, stories
    from desk.services.session import open_newsroom
    from desk.services.stories import Changes

    handle = open_newsroom(plan["db"])
    with handle.reading() as uow:
        me = uow.users.get(user)
    log = Log(Path(plan["logs"]) / f"{user}.jsonl")
    rng = random.Random(seed)
    desk = Desk(rng, plan["stories"])
    end = _wait_for_go()
    while time.time() < end:
        token = uuid.uuid4().hex
        entry: dict[str, Any] = {"token": token, "user": user, "action": "read"}
        try:
            # Like a person scanning a queue: a few stories, until one they have work on.
            for _ in range(4):
                story_id = entry["story"] = desk.pick()
                seen = queries.get_story(handle, story_id)
                base = desk.look(story_id, seen.revision)
                allowed = [
                    a.value for a, why in workflow.available(me, seen, handle.clock()).items()
                    if why is None and a.value in ACTS
                ]  # fmt: skip
                if workflow.text_refusal(me, seen) is None:
                    allowed.append("edit")
                if allowed:
                    break
            if workflow.details_refusal(me, seen) is None:
                allowed.append("details")
            if allowed and rng.random() < 0.8:  # as the window offers it
                pool = [*allowed, "comment"]
                action = rng.choices(pool, [WEIGHTS[a] for a in pool])[0]
            else:  # anything at all, as a script might
                action = rng.choice([*ACTS, *OTHER])
            entry["action"] = action
            started = time.perf_counter()
            try:
                if action == "edit":
                    entry["base"] = base
                    body = Body.from_paragraphs(text_for(token, rng))
                    saved = stories.edit_story(handle, user, story_id, Changes(body=body),
                                               base_revision=base)  # fmt: skip
                    entry["revision"], entry["conflict"] = saved.revision, saved.conflict
                    # A conflict is shown to them and they reload; a save is what they see.
                    desk.shown[story_id] = saved.story.revision
                elif action == "details":
                    stories.edit_story(handle, user, story_id, Changes(tags=(f"tok-{token}",)))
                elif action == "comment":
                    notes.add_comment(handle, user, story_id, f"tok {token}")
                else:
                    at = handle.clock() + timedelta(hours=rng.randint(1, 48))
                    stories.act(handle, user, story_id, Action(action), note=f"tok {token}",
                                at=at if action == "schedule" else None)  # fmt: skip
            finally:
                entry["ms"] = round((time.perf_counter() - started) * 1000, 2)
                entry["done"] = round(time.time(), 3)
            log.write(**entry, outcome="accepted")
        except (Refused, Invalid, NotFound) as error:
            log.write(**entry, outcome="refused", kind=type(error).__name__, message=str(error))
        except DeskError as error:
            log.write(**entry, outcome="error", kind=type(error).__name__, message=str(error))
        except Exception as error:
            log.write(**entry, outcome="error", kind=type(error).__name__,
                      message=f"{error}\n{traceback.format_exc()}")  # fmt: skip


def worker_cli(plan: dict[str, Any], user: str, seed: int) -> None:
    """Run `desk` commands one after another as `user`, as a script would."""
    log = Log(Path(plan["logs"]) / f"{user}.jsonl")
    rng = random.Random(seed)
    env = {**os.environ, "DESK_USER": user}
    body_file = Path(plan["logs"]) / f"{user}-body.txt"
    end = _wait_for_go()
    while time.time() < end:
        story_id = rng.choice(plan["stories"])
        token = uuid.uuid4().hex
        # A script mostly comments, claims and saves; sometimes anything at all.
        action = rng.choice([*ACTS, *["edit", "comment", "claim", "release", "return"] * 2])
        if action == "edit":
            body_file.write_text("\n\n".join(text_for(token, rng)) + "\n", encoding="utf-8")
            args = ["edit", str(story_id), "--body-file", str(body_file)]
        elif action == "comment":
            args = ["comment", str(story_id), f"tok {token}"]
        else:
            args = [action, str(story_id), "--note", f"tok {token}"]
        done = subprocess.run(desk_command(*args, "--db", plan["db"]), capture_output=True,
                              text=True, env=env, timeout=120, check=False)  # fmt: skip
        entry = {"token": token, "story": story_id, "user": user, "action": action}
        message = done.stderr.strip()
        if done.returncode == 0:
            log.write(**entry, outcome="accepted")
        elif done.returncode == 1 and message.startswith("desk: error: ") and "\n" not in message:
            bug = "this is a bug in Desk" in message or "The newsroom" in message
            log.write(**entry, outcome="error" if bug else "refused", kind="cli",
                      message=message.removeprefix("desk: error: "))  # fmt: skip
        else:
            log.write(**entry, outcome="error", kind=f"exit {done.returncode}", message=message)


def worker_window(plan: dict[str, Any], user: str, seed: int) -> None:
    """The real window, signed in as `user` (an editor): open stories, take workflow actions
    from its actions, type and save (Ctrl+S's path), add notes in the notes panel."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from desk.domain.workflow import Action
    from desk.services.session import open_newsroom
    from desk.ui.main_window import MainWindow
    from desk.ui.prompts import Prompts

    note = {"text": ""}

    class Answers(Prompts):
        """The person at the window: types the note asked for; errors are kept."""

        def error(self, message: str) -> None:
            note["error"] = message

        def text(self, title: str, label: str, *, required: bool = True,
                 initial: str = "") -> str | None:  # fmt: skip
            return note["text"]

        def confirm(self, title: str, question: str) -> bool:
            return True

    app = QApplication.instance() or QApplication([])
    handle = open_newsroom(plan["db"])
    with handle.reading() as uow:
        me = uow.users.get(user)
    settings = QSettings(str(Path(plan["logs"]) / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(handle, me, settings, Answers(), autosave_seconds=3600)
    window.show()
    log = Log(Path(plan["logs"]) / f"{user}.jsonl")
    rng = random.Random(seed)
    pane, editor = window.pane, window.pane.editor
    end = _wait_for_go()
    while time.time() < end:
        app.processEvents()
        story_id = rng.choice(plan["stories"])
        token = uuid.uuid4().hex
        note.update(text=f"tok {token}", error="")
        entry: dict[str, Any] = {"token": token, "story": story_id, "user": user, "action": "open"}
        try:
            window.open_story(story_id)
            pane.reload()  # what the others did since
            if pane.story_id != story_id:
                raise RuntimeError(f"the window did not open story {story_id}: {note['error']}")
            choices = [*ACTS[2:9], "comment"] + (["edit"] * 3 if not editor.isReadOnly() else [])
            action = entry["action"] = rng.choice(choices)
            if action == "edit":
                editor.selectAll()
                for char in " ".join(text_for(token, rng))[:300]:
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        app.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                        char))  # fmt: skip
                accepted = pane.save_version()
                if not accepted:
                    pane.reload()  # let the typing go: it is logged as refused
            elif action == "comment":
                window.notes.editor.setPlainText(f"tok {token}")
                window.notes.add_note()
                accepted = window.notes.editor.toPlainText() == ""
            else:
                accepted = window.workflow.take(Action(action)) is not None
            if accepted:
                log.write(**entry, outcome="accepted")
            else:
                message = note["error"]
                busy = any(word in message for word in LOCKED_WORDS)
                log.write(**entry, outcome="error" if busy or not message else "refused",
                          kind="window", message=message)  # fmt: skip
        except Exception as error:
            log.write(**entry, outcome="error", kind=type(error).__name__,
                      message=f"{error}\n{traceback.format_exc()}")  # fmt: skip
    window.pane.autosave_timer.stop()
    window.notifier.stop()


def worker_racer(plan: dict[str, Any], user: str) -> None:
    """Claim the story named on stdin at the instant named with it; say who won."""
    from desk.domain.workflow import Action
    from desk.errors import Refused
    from desk.services import stories
    from desk.services.session import open_newsroom

    handle = open_newsroom(plan["db"])
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "stop":
            return
        number, story_id, at = line.split()
        time.sleep(max(0.0, float(at) - time.time()))
        try:
            stories.act(handle, user, int(story_id), Action.CLAIM)
            print(f"{number} won", flush=True)
        except Refused as error:
            print(f"{number} refused {json.dumps(str(error))}", flush=True)
        except Exception as error:
            print(f"{number} error {json.dumps(f'{type(error).__name__}: {error}')}", flush=True)


# --- Setting up, running, verifying -----------------------------------------------------------


def setup(folder: Path, processes: int, story_count: int, db: str | None = None) -> dict[str, Any]:
    """A newsroom at `db` (default: a new SQLite file in `folder`) with the people the workers
    act as, and stories in every state the workflow has (SETUP_STATES)."""
    from desk.domain.body import Body
    from desk.domain.story import StoryText
    from desk.domain.workflow import Action
    from desk.services import newsroom, stories
    from desk.services.session import close_newsroom, open_newsroom

    db = db or f"sqlite:///{folder / 'newsroom.sqlite'}"
    handle = open_newsroom(db, create=True)
    newsroom.start_newsroom(handle, BOSS)
    workers = {f"w{i + 1}": ROLES[i % len(ROLES)] for i in range(processes)}
    people = {**workers, "cli1": "editor", "win1": "editor", "race1": "editor",
              "race2": "editor", "writer": "correspondent"}  # fmt: skip
    for name, role in people.items():
        newsroom.add_user(handle, BOSS, name, role)
    for name in ("Politics", "Region", "World"):
        newsroom.add_desk(handle, BOSS, name)
    authors = [n for n, r in workers.items() if r == "correspondent"] or ["writer"]
    authors.append("writer")
    editors = [n for n, r in workers.items() if r == "editor"] or [BOSS]
    steps = {
        "draft": [],
        "filed": [Action.FILE],
        "editing": [Action.FILE, Action.CLAIM],
        "returned": [Action.FILE, Action.CLAIM, Action.RETURN],
        "approved": [Action.FILE, Action.CLAIM, Action.APPROVE],
        "published": [Action.FILE, Action.CLAIM, Action.APPROVE, Action.PUBLISH],
        "spiked": [Action.FILE, Action.SPIKE],
    }
    ids = []
    for i in range(story_count):
        author, editor = authors[i % len(authors)], editors[i % len(editors)]
        text = StoryText(f"Story {i + 1}", "", f"By {author}", "",
                         Body.from_paragraphs([f"The first version of story {i + 1}."]))  # fmt: skip
        desk = ("Politics", "Region", "World")[i % 3]
        story = stories.create_story(handle, author, text, desk=desk)
        for action in steps[SETUP_STATES[i % len(SETUP_STATES)]]:
            who = {Action.FILE: author, Action.PUBLISH: BOSS}.get(action, editor)
            stories.act(handle, who, story.id, action, note="setting up")
        ids.append(story.id)
    with _connection(handle.store.engine) as con:
        marks = {name: _last_id(con, name) for name in ("history", "comments", "revisions")}
    close_newsroom(handle)
    logs = folder / "logs"
    logs.mkdir()
    return {"db": db, "stories": ids, "logs": str(logs), "workers": workers, "marks": marks}


@contextmanager
def _connection(engine: Any) -> Iterator[Any]:
    with engine.connect() as con:
        try:
            yield con
        finally:
            con.rollback()


def _last_id(con: Any, table: str) -> int:
    from sqlalchemy import func, select

    from desk.storage.models import Base

    rows = Base.metadata.tables[table]
    return con.execute(select(func.coalesce(func.max(rows.c.id), 0))).scalar_one()


def _start(folder: Path, plan_file: Path, kind: str, user: str, seed: int) -> subprocess.Popen:
    command = [sys.executable, str(HERE), "--worker", kind, "--plan", str(plan_file),
               "--user", user, "--seed", str(seed)]  # fmt: skip
    return subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=desk_env(folder, user),
    )  # fmt: skip


def run_workers(
    folder: Path, plan: dict[str, Any], seconds: float, seed: int, *, cli: int, window: int
) -> dict[str, Any]:
    plan_file = folder / "plan.json"
    plan_file.write_text(json.dumps(plan))
    team = [("services", name) for name in plan["workers"]]
    team += [("cli", "cli1")] * cli + [("window", "win1")] * window
    procs = [_start(folder, plan_file, kind, user, seed + i) for i, (kind, user) in
             enumerate(team)]  # fmt: skip
    for proc, (kind, user) in zip(procs, team, strict=True):
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line != "ready\n":
            raise RuntimeError(f"the {kind} worker {user} did not start: {proc.stderr.read()}")
    start = time.time()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"go {start + seconds}\n")
        proc.stdin.flush()
    crashed = []
    for proc, (kind, user) in zip(procs, team, strict=True):
        _out, err = proc.communicate(timeout=seconds + 180)
        if proc.returncode != 0:
            crashed.append(f"{kind} worker {user} exited {proc.returncode}: {err.strip()[-800:]}")
    elapsed = time.time() - start
    return {"start": start, "elapsed": elapsed, "crashed": crashed, "team": team}


def _database(db: str) -> dict[str, Any]:
    """Everything the checks compare the logs with, read in one go."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from desk.domain.body import Body
    from desk.storage.models import CommentRow, HistoryRow, RevisionRow, StoryRow, UserRow
    from desk.storage.store import open_store

    store = open_store(db, create=False)
    author = aliased(UserRow)
    try:
        with _connection(store.engine) as con:
            history = con.execute(
                select(HistoryRow.id, HistoryRow.story_id, UserRow.name, HistoryRow.action,
                       HistoryRow.from_state, HistoryRow.to_state, HistoryRow.note)
                .join(UserRow, UserRow.id == HistoryRow.actor_id).order_by(HistoryRow.id)
            ).all()  # fmt: skip
            comments = con.execute(select(CommentRow.id, CommentRow.text)).all()
            revisions = [
                (story_id, number, base, kind, name, headline, Body.from_data(body).text)
                for story_id, number, base, kind, name, headline, body in con.execute(
                    select(
                        RevisionRow.story_id,
                        RevisionRow.number,
                        RevisionRow.base,
                        RevisionRow.kind,
                        UserRow.name,
                        RevisionRow.headline,
                        RevisionRow.body,
                    )
                    .join(UserRow, UserRow.id == RevisionRow.author_id)
                    .order_by(RevisionRow.story_id, RevisionRow.number)
                )
            ]
            stories = {
                row.id: row
                for row in con.execute(
                    select(
                        StoryRow.id,
                        StoryRow.state,
                        StoryRow.revision,
                        StoryRow.last_revision,
                        StoryRow.headline,
                        StoryRow.body_text,
                        author.name.label("author"),
                    ).join(author, author.id == StoryRow.author_id)
                )
            }
    finally:
        store.close()
    return {"history": history, "comments": comments, "revisions": revisions, "stories": stories}


def verify(folder: Path, plan: dict[str, Any]) -> dict[str, Any]:
    """Compare what the workers were told with what the database holds."""
    entries = []
    for path in sorted(Path(plan["logs"]).glob("*.jsonl")):
        entries += [json.loads(line) for line in path.read_text().splitlines()]
    marks = plan["marks"]
    data = _database(plan["db"])
    found: Counter[str] = Counter()
    for row_id, text in data["comments"]:
        if row_id > marks["comments"]:
            found.update(TOKEN.findall(text))
    saved_at: dict[str, tuple[int, int, str]] = {}  # token -> story, revision number, kind
    for story_id, number, _base, kind, _author, _headline, text in data["revisions"]:
        for token in TOKEN.findall(text):
            found[token] += 1
            saved_at[token] = (story_id, number, kind)
    done: Counter[tuple[str, int, str]] = Counter()
    for row_id, story_id, actor, action, _from, _to, note in data["history"]:
        if row_id <= marks["history"]:
            continue
        # A change of details says "tags: OLD → NEW": only the new tag is this action's.
        found.update(TOKEN.findall(note.rsplit("→", 1)[-1] if action == "update" else note))
        done[(actor, story_id, LOGGED_AS.get(action, action))] += 1

    accepted = [e for e in entries if e["outcome"] == "accepted"]
    refused = [e for e in entries if e["outcome"] == "refused"]
    errors = [e for e in entries if e["outcome"] == "error"]
    logged = {e["token"] for e in entries}
    lost = [e for e in accepted if _tokened(e) and found[e["token"]] == 0]
    duplicated = [e for e in accepted if found[e["token"]] > 1]
    traces = [e for e in refused + errors if found[e["token"]] > 0]
    phantoms = [t for t in found if t not in logged]
    # A save the services reported is in the revision they named, as the kind they said.
    misplaced = [
        {**e, "stored": saved_at.get(e["token"])}
        for e in accepted
        if e["action"] == "edit" and "revision" in e and e["token"] in saved_at
        and saved_at[e["token"]] != (e["story"], e["revision"],
                                     "conflict" if e["conflict"] else "save")
    ]  # fmt: skip
    # Each person's accepted actions per story, against the history one to one.
    claimed: Counter[tuple[str, int, str]] = Counter(
        (e["user"], e["story"], e["action"]) for e in accepted if e["action"] != "comment"
    )
    mismatched = {
        f"{k[0]} {k[2]} story {k[1]}": (claimed[k], done[k])
        for k in set(claimed) | set(done)
        if claimed[k] != done[k]
    }
    broken = invalid_history(data["history"], data["stories"])
    overwritten = revision_problems(data["revisions"], data["stories"])
    locked = [e for e in errors if any(w in e.get("message", "") for w in LOCKED_WORDS)]
    return {
        "attempted": len(entries),
        "accepted": len(accepted),
        "refused": len(refused),
        "errors": len(errors),
        "refusals_by_reason": dict(Counter(_reason(e) for e in refused).most_common()),
        "accepted_by_action": dict(Counter(e["action"] for e in accepted).most_common()),
        "accepted_by_user": dict(Counter(e["user"] for e in accepted).most_common()),
        "attempted_by_user": dict(Counter(e["user"] for e in entries).most_common()),
        "conflict_copies": sum(1 for e in accepted if e.get("conflict")),
        "lost_updates": len(lost) + len(overwritten),
        "duplicated": len(duplicated),
        "misplaced_saves": len(misplaced),
        "refused_with_a_trace": len(traces),
        "phantoms": len(phantoms),
        "history_mismatches": len(mismatched),
        "invalid_states": len(broken),
        "locked_errors": len(locked),
        "unexpected_errors": len(errors) - len(locked),
        "figures": figures(entries),
        "entries": entries,
        "examples": {
            "lost": lost[:5], "overwritten": overwritten[:5], "duplicated": duplicated[:5],
            "misplaced": misplaced[:5], "traces": traces[:5], "phantoms": phantoms[:5],
            "mismatched": dict(list(mismatched.items())[:5]), "invalid": broken[:10],
            "errors": errors[:10],
        },
    }  # fmt: skip


def invalid_history(history: list[Any], stories: dict[int, Any]) -> list[str]:
    """Every event the workflow table does not allow, every break in a story's chain of states,
    every save by someone not holding the edit lock, and every story not in the state its
    history ends in, in words. The edit lock is followed through the history as the workflow
    hands it over (the setup and the workers assign nobody, so the writer is the author)."""
    from desk.domain.story import State
    from desk.domain.workflow import TRANSITIONS, WRITER_STATES, Action

    broken = []
    last: dict[int, str | None] = {}
    holder: dict[int, str | None] = {}
    left: dict[int, str] = {}  # the state a spiked story left
    for row_id, story_id, actor, action, from_state, to_state, _note in history:
        where = f"story {story_id}, event {row_id} ({action} by {actor}, {from_state}→{to_state})"
        if story_id in last and from_state != last[story_id]:
            broken.append(f"{where}: the story was {last[story_id]}")
        if action == "create":
            allowed = story_id not in last and from_state is None and to_state == "draft"
        elif action in STAYS:
            allowed = from_state == to_state is not None
            if action == "save" and holder.get(story_id) != actor:
                broken.append(
                    f"{where}: saved while {holder.get(story_id) or 'nobody'} held the lock"
                )
            if action == "save" and from_state not in ("draft", "returned", "editing"):
                broken.append(f"{where}: saved text of a {from_state} story")
        else:
            t = TRANSITIONS.get(Action(action)) if action in tuple(Action) else None
            target = t and (t.target.value if t.target else left.get(story_id))
            allowed = bool(t and State(from_state) in t.sources and to_state == target)
        if not allowed:
            broken.append(f"{where}: not a move the workflow table allows")
        if action == "spike":
            left[story_id] = from_state
        if action not in STAYS:  # the lock moves as workflow.lock_holder_after says
            state = State(to_state)
            holder[story_id] = (
                stories[story_id].author if state in WRITER_STATES
                else actor if state is State.EDITING else None
            )  # fmt: skip
        last[story_id] = to_state
    for story_id, row in stories.items():
        if last.get(story_id) != row.state:
            broken.append(f"story {story_id} is {row.state}, its history ends {last.get(story_id)}")
    return broken


def revision_problems(revisions: list[Any], stories: dict[int, Any]) -> list[str]:
    """Lost updates in the revisions: numbers not 1..N, a save not based on the revision it
    replaced (two saves on one base, the second overwriting the first), or a story whose text
    is not its latest saved revision."""
    problems = []
    by_story: dict[int, list[Any]] = defaultdict(list)
    for row in revisions:
        by_story[row[0]].append(row)
    for story_id, row in stories.items():
        rows = by_story.get(story_id, [])
        numbers = [r[1] for r in rows]
        if numbers != list(range(1, row.last_revision + 1)):
            problems.append(f"story {story_id}: revisions {numbers}, last {row.last_revision}")
        kept = [r for r in rows if r[3] != "conflict"]
        for before, after in pairwise(kept):
            if after[2] != before[1]:
                problems.append(f"story {story_id}: revision {after[1]} by {after[4]} was based "
                                f"on {after[2]}, not on {before[1]}, which it replaced")  # fmt: skip
        if not kept or kept[-1][1] != row.revision:
            problems.append(f"story {story_id} shows revision {row.revision}, its latest saved "
                            f"one is {kept[-1][1] if kept else None}")  # fmt: skip
        elif (kept[-1][5], kept[-1][6]) != (row.headline, row.body_text):
            problems.append(f"story {story_id}: its text is not that of revision {row.revision}")
    return problems


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1], 1)


def figures(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Per action: accepted and refused, and the p50/p95 time of the call in milliseconds
    (the time of the services or the command, not of the reading before it)."""
    kinds: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        if e["outcome"] in ("accepted", "refused") and "ms" in e:
            kinds[e["action"]][e["outcome"]].append(e["ms"])
            kinds["all"][e["outcome"]].append(e["ms"])
    return {
        action: {
            "accepted": len(times["accepted"]),
            "refused": len(times["refused"]),
            "accepted_p50_ms": _percentile(times["accepted"], 0.50),
            "accepted_p95_ms": _percentile(times["accepted"], 0.95),
            "refused_p50_ms": _percentile(times["refused"], 0.50),
            "refused_p95_ms": _percentile(times["refused"], 0.95),
        }
        for action, times in sorted(kinds.items(), key=lambda kv: -len(kv[1]["accepted"]))
    }


def _tokened(entry: dict[str, Any]) -> bool:
    """Whether the action leaves its token behind: the window takes claim, release, approve,
    reopen and spike without a note, so those are checked by the history counts alone."""
    return not (entry["user"] == "win1" and entry["action"] not in ("edit", "comment", "return",
                                                                      "correct"))  # fmt: skip


def _reason(entry: dict[str, Any]) -> str:
    """A refusal's reason without the story's particulars, for counting."""
    message = re.sub(r"\d+", "N", entry.get("message", ""))
    message = re.sub(r"\b(w|cli|win|race)N\b", "someone", message)
    return f"{entry['action']}: {message[:90]}"


def race(folder: Path, plan: dict[str, Any], rounds: int, cli_rounds: int) -> dict[str, Any]:
    """Two editors claim one freshly filed story at the same instant, again and again."""
    from desk.domain.body import Body
    from desk.domain.story import StoryText
    from desk.domain.workflow import Action
    from desk.services import queries, stories
    from desk.services.session import close_newsroom, open_newsroom

    handle = open_newsroom(plan["db"])
    plan_file = folder / "plan.json"
    racers = [_start(folder, plan_file, "racer", name, 0) for name in ("race1", "race2")]
    for racer in racers:
        assert racer.stdout is not None
        if racer.stdout.readline() != "ready\n":
            raise RuntimeError(f"a racer did not start: {racer.stderr.read()}")
    results = []

    def filed_story(number: int) -> int:
        text = StoryText(f"Race {number}", "", "By Writer", "",
                         Body.from_paragraphs([f"Race {number}."]))  # fmt: skip
        story = stories.create_story(handle, "writer", text)
        stories.act(handle, "writer", story.id, Action.FILE)
        return story.id

    def judge(number: int, story_id: int, outcomes: dict[str, str], how: str) -> None:
        story = queries.get_story(handle, story_id)
        claims = [e for e in queries.story_history(handle, story_id) if e.action == "claim"]
        winners = [who for who, said in outcomes.items() if said == "won"]
        clean = all(
            said == "won" or said.startswith("refused Only filed copy can be claimed")
            for said in outcomes.values()
        )
        one = len(winners) == 1 and len(claims) == 1 and story.lock_holder == winners[0]
        results.append({"round": number, "how": how, "outcomes": outcomes,
                        "single_winner": one and clean, "state": story.state.value})  # fmt: skip

    try:
        for number in range(rounds):
            story_id = filed_story(number)
            at = time.time() + 0.05
            for racer in racers:
                assert racer.stdin is not None
                racer.stdin.write(f"{number} {story_id} {at}\n")
                racer.stdin.flush()
            outcomes = {}
            for name, racer in zip(("race1", "race2"), racers, strict=True):
                assert racer.stdout is not None
                _, word, *rest = racer.stdout.readline().split(" ", 2)
                said = word.strip() + (" " + json.loads(rest[0]) if rest else "")
                outcomes[name] = said
            judge(number, story_id, outcomes, "services")
        for number in range(rounds, rounds + cli_rounds):
            story_id = filed_story(number)
            commands = [
                desk_command("claim", str(story_id), "--db", plan["db"], "--as", name)
                for name in ("race1", "race2")
            ]
            procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True, env=desk_env(folder)) for c in commands]  # fmt: skip
            outcomes = {}
            for name, proc in zip(("race1", "race2"), procs, strict=True):
                _, err = proc.communicate(timeout=120)
                said = err.strip().removeprefix("desk: error: ")
                outcomes[name] = "won" if proc.returncode == 0 else f"refused {said}"
            judge(number, story_id, outcomes, "cli")
    finally:
        for racer in racers:
            assert racer.stdin is not None
            racer.stdin.write("stop\n")
            racer.stdin.close()
            racer.wait(30)
        close_newsroom(handle)
    return {
        "rounds": len(results),
        "single_winners": sum(r["single_winner"] for r in results),
        "wins": dict(Counter(w for r in results for w, s in r["outcomes"].items() if s == "won")),
        "failed_rounds": [r for r in results if not r["single_winner"]][:10],
    }


def run_concurrency(
    folder: Path,
    *,
    db: str | None = None,
    seconds: float = 60,
    processes: int = 6,
    stories: int = 50,
    races: int = 50,
    cli_races: int = 10,
    cli_workers: int = 1,
    window_workers: int = 1,
    seed: int = 1,
) -> dict[str, Any]:
    """Set a newsroom up at `db` (default: a SQLite file in `folder`), let the workers loose on
    it for `seconds`, check what they were told against the database, then run the races."""
    from desk.services import maintenance
    from desk.services.session import close_newsroom, open_newsroom

    began = time.perf_counter()
    plan = setup(folder, processes, stories, db)
    set_up = time.perf_counter() - began
    run = run_workers(folder, plan, seconds, seed, cli=cli_workers, window=window_workers)
    began = time.perf_counter()
    found = verify(folder, plan)
    verified = time.perf_counter() - began
    handle = open_newsroom(plan["db"])
    try:
        check = maintenance.check(handle)
        dialect = handle.dialect
    finally:
        close_newsroom(handle)
    raced = race(folder, plan, races, cli_races)
    # The rates are over the time the people worked: from the start to the last action done
    # (the processes take a few more seconds to exit). Commands and the window say no "done".
    finished = [e["done"] for e in found.pop("entries") if "done" in e]
    working = max(finished) - run["start"] if finished and not cli_workers + window_workers else 0
    elapsed = working or run["elapsed"]
    for kind in found["figures"].values():
        kind["accepted_per_second"] = round(kind["accepted"] / elapsed, 1)
        kind["refused_per_second"] = round(kind["refused"] / elapsed, 1)
    return {
        "database": dialect,
        "processes": len(run["team"]),
        "service_workers": processes,
        "cli_workers": cli_workers,
        "window_workers": window_workers,
        "stories": stories,
        "seconds": round(elapsed, 1),
        "setup_seconds": round(set_up, 1),
        "verify_seconds": round(verified, 1),
        "actions_per_second": round(found["accepted"] / elapsed, 1),
        "refusals_per_second": round(found["refused"] / elapsed, 1),
        "attempts_per_second": round(found["attempted"] / elapsed, 1),
        **found,
        "check_ok": check.ok,
        "check_output": "\n".join(check.problems)[:2000],
        "crashed_workers": run["crashed"],
        "race": raced,
    }


MUST_BE_ZERO = ("lost_updates", "duplicated", "misplaced_saves", "refused_with_a_trace",
                "phantoms", "history_mismatches", "invalid_states", "locked_errors",
                "unexpected_errors")  # fmt: skip


def failures(result: dict[str, Any]) -> list[str]:
    """Every count that must be zero and is not, and every race without a single winner."""
    found = [f"{name}: {result[name]}" for name in MUST_BE_ZERO if result[name]]
    if not result["check_ok"]:
        found.append(f"desk check: {result['check_output']}")
    found += result["crashed_workers"]
    race = result["race"]
    if race["single_winners"] != race["rounds"]:
        found.append(f"claim races: {race['single_winners']} of {race['rounds']} single winners")
    return found


def table(result: dict[str, Any]) -> str:
    race = result["race"]
    rows = [
        ("database", result["database"]),
        ("processes (services + cli + window)", f"{result['processes']} ({result['service_workers']}"
         f" + {result['cli_workers']} + {result['window_workers']})"),
        ("stories", result["stories"]),
        ("seconds", result["seconds"]),
        ("actions attempted", result["attempted"]),
        ("actions accepted", result["accepted"]),
        ("actions refused", result["refused"]),
        ("accepted actions per second", result["actions_per_second"]),
        ("refusals per second", result["refusals_per_second"]),
        ("conflict copies kept", result["conflict_copies"]),
        ("lost updates", result["lost_updates"]),
        ("duplicated", result["duplicated"]),
        ("saves not where reported", result["misplaced_saves"]),
        ("refused but left a trace", result["refused_with_a_trace"]),
        ("in the database but never logged", result["phantoms"]),
        ("history differs from the logs", result["history_mismatches"]),
        ("invalid states", result["invalid_states"]),
        ("'locked'/'busy' errors", result["locked_errors"]),
        ("other unexpected errors", result["unexpected_errors"]),
        ("desk check", "ok" if result["check_ok"] else "FAILED"),
        ("claim race rounds", race["rounds"]),
        ("rounds with exactly one winner", race["single_winners"]),
    ]  # fmt: skip
    lines = [f"{name:<38}{value!s:>14}" for name, value in rows]
    lines.append("")
    lines.append(f"{'action':<10}{'accepted/s':>11}{'refused/s':>10}{'p50 ms':>9}{'p95 ms':>9}"
                 f"{'refused p50':>12}{'p95':>7}")  # fmt: skip
    for action, kind in result["figures"].items():
        lines.append(
            f"{action:<10}{kind['accepted_per_second']:>11}{kind['refused_per_second']:>10}"
            f"{_ms(kind['accepted_p50_ms']):>9}{_ms(kind['accepted_p95_ms']):>9}"
            f"{_ms(kind['refused_p50_ms']):>12}{_ms(kind['refused_p95_ms']):>7}"
        )
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


@contextmanager
def newsroom_at(given: str | None) -> Iterator[str | None]:
    """Where the bench's newsroom goes: None (a temporary SQLite file), a SQLite file that does
    not exist yet, or a schema of its own on the PostgreSQL server `given` names, dropped with
    everything in it afterwards."""
    from sqlalchemy import create_engine

    from desk.storage.store import parse_url

    if given is None:
        yield None
        return
    url = parse_url(given)
    if url.get_backend_name() == "sqlite":
        if url.database and Path(url.database).exists():
            raise SystemExit(f"{url.database} exists; the bench builds its own newsroom.")
        yield given
        return
    schema = f"desk_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        private = url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield private.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def machine(db: str | None) -> dict[str, Any]:
    from sqlalchemy import create_engine

    from desk.storage.store import parse_url

    found = {"python": platform.python_version(), "platform": platform.platform(),
             "cpus": os.cpu_count(), "sqlite": sqlite3.sqlite_version}  # fmt: skip
    if db and parse_url(db).get_backend_name() == "postgresql":
        engine = create_engine(parse_url(db))
        with engine.connect() as connection:
            found["postgresql"] = connection.exec_driver_sql("SHOW server_version").scalar()
        engine.dispose()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="sqlite:///NEW-FILE or postgresql://USER@HOST/DATABASE")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--processes", type=int, default=6, help="service workers")
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--races", type=int, default=50)
    parser.add_argument("--cli-races", type=int, default=10)
    parser.add_argument("--cli", type=int, default=1, help="command-line workers (0 or 1)")
    parser.add_argument("--window", type=int, default=1, help="window workers (0 or 1)")
    parser.add_argument("--report", type=Path, help="also write the results here")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", choices=("services", "cli", "window", "racer"),
                        help=argparse.SUPPRESS)  # fmt: skip
    parser.add_argument("--plan", help=argparse.SUPPRESS)
    parser.add_argument("--user", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        plan = json.loads(Path(args.plan).read_text())
        if args.worker == "racer":
            worker_racer(plan, args.user)
        else:
            work = {"services": worker_services, "cli": worker_cli, "window": worker_window}
            work[args.worker](plan, args.user, args.seed)
        return
    with (
        tempfile.TemporaryDirectory(prefix="desk-concurrency-") as tmp,
        newsroom_at(args.db) as db,
    ):
        result = run_concurrency(
            Path(tmp), db=db, seconds=args.seconds, processes=args.processes,
            stories=args.stories, races=args.races, cli_races=args.cli_races,
            cli_workers=min(args.cli, 1), window_workers=min(args.window, 1), seed=args.seed,
        )  # fmt: skip
        result["machine"] = machine(db)
    result["seed"] = args.seed
    print(table(result))
    problems = failures(result)
    for problem in problems:
        print(f"PROBLEM: {problem}")
    for example in result["examples"]["errors"][:5]:
        print(f"ERROR: {example}")
    out = HERE.parent / "results"
    out.mkdir(exist_ok=True)
    for path in (out / "concurrency.json", args.report):
        if path is not None:
            path.write_text(json.dumps(result, indent=1) + "\n")
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
