"""The concurrency bench's workers: the people who act on the newsroom, one process each."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
import traceback
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from soak import desk_command  # bench/ is on the path when a bench script runs

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


def text_for(token: str, rng: random.Random) -> list[str]:
    words = " ".join(rng.choice(FILLER) for _ in range(rng.randint(30, 400)))
    return [f"tok {token}", words]


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
