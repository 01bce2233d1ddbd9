"""Several Desk processes on one SQLite file at once: nothing lost, nothing doubled, no "locked".

Run: python bench/concurrency.py [--seconds 60] [--processes 6] [--stories 50] [--races 50]
(results also go to bench/results/concurrency.json)

A temporary newsroom gets a chief, editors, correspondents and stories (through the services).
Then, for the given time, P service workers (each a different person), one `desk` command-line
worker and one window (the real MainWindow, offscreen) act on random stories: file, withdraw,
claim, release, return, approve, reopen, correct, spike, unspike, publish, take over (a chief
may at any time), edit, change details, comment. An edit by someone who has just lost the lock
is kept as a conflict copy, and is checked like any other. Mostly what the person may do as they last saw the story, sometimes anything.
Every attempt is logged with a token (a UUID in its note, comment, tag or text) and whether it
was accepted or refused, and why.

Then, from the database: every accepted token is there exactly once and no refused one at all;
each person's accepted actions per story match the history one to one; every story's history
is one unbroken chain of states; `desk check` passes; no worker saw "locked" or "busy", or any
other unexpected error. Last, the claim race: a filed story and two editor processes claiming
it at the same instant, R times (and a few rounds with two `desk claim` commands): exactly one
wins each time and the other gets the clean refusal.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, defaultdict
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
        "spike", "unspike", "publish", "takeover")  # fmt: skip
OTHER = ("edit", "comment", "details")
# How often a person picks each thing they may do: mostly moving copy along and writing,
# seldom spiking (or the newsroom would soon be all spiked).
WEIGHTS = {"edit": 6, "claim": 4, "file": 4, "approve": 3, "return": 3, "publish": 3,
           "unspike": 4, "release": 1, "withdraw": 1, "reopen": 1, "correct": 2, "spike": 0.2,
           "comment": 0.7, "details": 0.5, "takeover": 0.3}  # fmt: skip
LOCKED_WORDS = ("locked", "busy")
FILLER = "Officials said the talks would resume next week after a long session".split()


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
    end = _wait_for_go()
    while time.time() < end:
        token = uuid.uuid4().hex
        entry: dict[str, Any] = {"token": token, "user": user, "action": "read"}
        try:
            # Like a person scanning a queue: a few stories, until one they have work on.
            for _ in range(4):
                story_id = entry["story"] = rng.choice(plan["stories"])
                seen = queries.get_story(handle, story_id)
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
            if action == "edit":
                body = Body.from_paragraphs(text_for(token, rng))
                saved = stories.edit_story(handle, user, story_id, Changes(body=body),
                                           base_revision=seen.revision)  # fmt: skip
                entry["revision"], entry["conflict"] = saved.revision, saved.conflict
            elif action == "details":
                stories.edit_story(handle, user, story_id, Changes(tags=(f"tok-{token}",)))
            elif action == "comment":
                notes.add_comment(handle, user, story_id, f"tok {token}")
            else:
                stories.act(handle, user, story_id, Action(action), note=f"tok {token}")
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


def setup(folder: Path, processes: int, story_count: int) -> dict[str, Any]:
    """A newsroom with the people the workers act as, and stories, some of them filed."""
    from desk.domain.body import Body
    from desk.domain.story import StoryText
    from desk.domain.workflow import Action
    from desk.services import newsroom, stories
    from desk.services.session import close_newsroom, open_newsroom

    db = f"sqlite:///{folder / 'newsroom.sqlite'}"
    handle = open_newsroom(db, create=True)
    newsroom.start_newsroom(handle, BOSS)
    workers = {f"w{i + 1}": ROLES[i % len(ROLES)] for i in range(processes)}
    people = {**workers, "cli1": "editor", "win1": "editor", "race1": "editor",
              "race2": "editor", "writer": "correspondent"}  # fmt: skip
    for name, role in people.items():
        newsroom.add_user(handle, BOSS, name, role)
    authors = [n for n, r in workers.items() if r == "correspondent"] or ["writer"]
    authors.append("writer")
    ids = []
    for i in range(story_count):
        author = authors[i % len(authors)]
        text = StoryText(f"Story {i + 1}", "", f"By {author}", "",
                         Body.from_paragraphs([f"The first version of story {i + 1}."]))  # fmt: skip
        story = stories.create_story(handle, author, text)
        if i % 2 == 0:
            stories.act(handle, author, story.id, Action.FILE)
        ids.append(story.id)
    close_newsroom(handle)
    con = sqlite3.connect(folder / "newsroom.sqlite")
    marks = {t: con.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
             for t in ("history", "comments", "revisions")}  # fmt: skip
    con.close()
    logs = folder / "logs"
    logs.mkdir()
    return {"db": db, "stories": ids, "logs": str(logs), "workers": workers, "marks": marks}


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
    return {"elapsed": elapsed, "crashed": crashed, "team": team}


def verify(folder: Path, plan: dict[str, Any]) -> dict[str, Any]:
    """Compare what the workers were told with what the database holds."""
    from desk.domain.body import Body
    from desk.storage.models import unpack_body

    entries = []
    for path in sorted(Path(plan["logs"]).glob("*.jsonl")):
        entries += [json.loads(line) for line in path.read_text().splitlines()]
    marks = plan["marks"]
    con = sqlite3.connect(folder / "newsroom.sqlite")
    history = con.execute(
        "SELECT h.id, h.story_id, u.name, h.action, h.from_state, h.to_state, h.note "
        "FROM history h JOIN users u ON u.id = h.actor_id ORDER BY h.id"
    ).fetchall()
    comments = con.execute("SELECT text FROM comments WHERE id > ?", (marks["comments"],))
    revisions = con.execute("SELECT body FROM revisions WHERE id > ?", (marks["revisions"],))
    found: Counter[str] = Counter()
    for (text,) in comments:
        found.update(TOKEN.findall(text))
    for (body,) in revisions:
        found.update(TOKEN.findall(Body.from_data(unpack_body(body)).text))
    done: Counter[tuple[str, int, str]] = Counter()
    chains: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for row_id, story_id, actor, action, from_state, to_state, note in history:
        chains[story_id].append((from_state, to_state))
        if row_id <= marks["history"]:
            continue
        # A change of details says "tags: OLD → NEW": only the new tag is this action's.
        found.update(TOKEN.findall(note.rsplit("→", 1)[-1] if action == "update" else note))
        key = "edit" if action in ("save", "conflict") else action
        done[(actor, story_id, key)] += 1
    states = dict(con.execute("SELECT id, state FROM stories"))
    con.close()

    accepted = [e for e in entries if e["outcome"] == "accepted"]
    refused = [e for e in entries if e["outcome"] == "refused"]
    errors = [e for e in entries if e["outcome"] == "error"]
    logged = {e["token"] for e in entries}
    lost = [e for e in accepted if _tokened(e) and found[e["token"]] == 0]
    duplicated = [e for e in accepted if found[e["token"]] > 1]
    traces = [e for e in refused + errors if found[e["token"]] > 0]
    phantoms = [t for t in found if t not in logged]
    # Each person's accepted actions per story, against the history one to one.
    claimed: Counter[tuple[str, int, str]] = Counter(
        (e["user"], e["story"], e["action"]) for e in accepted if e["action"] != "comment"
    )
    details_only = {k for k in set(claimed) | set(done) if k[2] in ("details", "update")}
    for key in details_only:
        claimed.pop(key, None)
        done.pop(key, None)
    mismatched = {
        f"{k[0]} {k[2]} story {k[1]}": (claimed[k], done[k])
        for k in set(claimed) | set(done)
        if claimed[k] != done[k]
    }
    broken = []
    for story_id, chain in chains.items():
        moves = [(a, b) for a, b in chain if b is not None]
        for (_, before), (after_from, _) in pairwise(moves):
            if after_from != before:
                broken.append(f"story {story_id}: {before} then a move from {after_from}")
        if moves and moves[-1][1] != states[story_id]:
            broken.append(f"story {story_id} is {states[story_id]}, its history ends {moves[-1]}")
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
        "lost_updates": len(lost),
        "duplicated": len(duplicated),
        "refused_with_a_trace": len(traces),
        "phantoms": len(phantoms),
        "history_mismatches": len(mismatched),
        "invalid_states": len(broken),
        "locked_errors": len(locked),
        "unexpected_errors": len(errors) - len(locked),
        "examples": {
            "lost": lost[:5], "duplicated": duplicated[:5], "traces": traces[:5],
            "phantoms": phantoms[:5], "mismatched": dict(list(mismatched.items())[:5]),
            "invalid": broken[:5], "errors": errors[:10],
        },
    }  # fmt: skip


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
    seconds: float = 60,
    processes: int = 6,
    stories: int = 50,
    races: int = 50,
    cli_races: int = 10,
    cli_workers: int = 1,
    window_workers: int = 1,
    seed: int = 1,
) -> dict[str, Any]:
    plan = setup(folder, processes, stories)
    run = run_workers(folder, plan, seconds, seed, cli=cli_workers, window=window_workers)
    found = verify(folder, plan)
    check = subprocess.run(desk_command("check", "--db", plan["db"]), capture_output=True,
                           text=True, env=desk_env(folder), timeout=120, check=False)  # fmt: skip
    raced = race(folder, plan, races, cli_races)
    return {
        "processes": len(run["team"]),
        "service_workers": processes,
        "cli_workers": cli_workers,
        "window_workers": window_workers,
        "stories": stories,
        "seconds": round(run["elapsed"], 1),
        "actions_per_second": round(found["accepted"] / run["elapsed"], 1),
        "attempts_per_second": round(found["attempted"] / run["elapsed"], 1),
        **found,
        "check_ok": check.returncode == 0,
        "check_output": (check.stdout + check.stderr).strip()[:2000],
        "crashed_workers": run["crashed"],
        "race": raced,
    }


def failures(result: dict[str, Any]) -> list[str]:
    """Every count that must be zero and is not, and every race without a single winner."""
    zero = ("lost_updates", "duplicated", "refused_with_a_trace", "phantoms",
            "history_mismatches", "invalid_states", "locked_errors", "unexpected_errors")  # fmt: skip
    found = [f"{name}: {result[name]}" for name in zero if result[name]]
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
        ("processes (services + cli + window)", f"{result['processes']} ({result['service_workers']}"
         f" + {result['cli_workers']} + {result['window_workers']})"),
        ("stories", result["stories"]),
        ("seconds", result["seconds"]),
        ("actions attempted", result["attempted"]),
        ("actions accepted", result["accepted"]),
        ("actions refused", result["refused"]),
        ("accepted actions per second", result["actions_per_second"]),
        ("attempts per second", result["attempts_per_second"]),
        ("lost updates", result["lost_updates"]),
        ("duplicated", result["duplicated"]),
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
    return "\n".join(f"{name:<38}{value!s:>14}" for name, value in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--processes", type=int, default=6, help="service workers")
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--races", type=int, default=50)
    parser.add_argument("--cli-races", type=int, default=10)
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
    with tempfile.TemporaryDirectory(prefix="desk-concurrency-") as tmp:
        result = run_concurrency(
            Path(tmp), seconds=args.seconds, processes=args.processes, stories=args.stories,
            races=args.races, cli_races=args.cli_races, seed=args.seed,
        )  # fmt: skip
    result["seed"] = args.seed
    result["machine"] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }
    print(table(result))
    problems = failures(result)
    for problem in problems:
        print(f"PROBLEM: {problem}")
    for example in result["examples"]["errors"][:5]:
        print(f"ERROR: {example}")
    out = HERE.parent / "results"
    out.mkdir(exist_ok=True)
    (out / "concurrency.json").write_text(json.dumps(result, indent=1) + "\n")
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
