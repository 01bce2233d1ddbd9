"""Kill -9 Desk while it saves, hundreds of times: no save that reported success is ever lost.

Run: python bench/soak.py [--trials N] [--cli-trials N] [--window-trials N] [--seed S]
(results also go to bench/results/soak.json)

A temporary newsroom gets three stories (made with `desk init` and `desk new`). Each trial
starts one Desk process that saves, waits a random moment and SIGKILLs it:

- services: a driver that calls `edit_story` in a loop and prints "saved SEQ REV" after each
  call returns; the kill lands 5-300 ms after it is ready (a tenth of the time during start-up);
- cli: one real `desk edit ID --body-file F --headline H`, killed anywhere in its life;
- window: the real MainWindow (offscreen) with text typed into the body editor and saved by
  the pane's autosave timer, reporting "autosaved SEQ REV" after each save.

Every text carries its sequence number and a checksum of itself. After each kill: `desk check`
exits 0; every save reported is stored with exactly its text; every revision is whole; revision
numbers have no gaps; the story's current revision is the highest one and the story row agrees
with it; each save has its one history event; the window shows the last autosaved text when it
is opened again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
CHIEF = "chief"
WORDS = (
    "the ministry said talks on grain corridor would resume next week officials "
    "confirmed late evening after long session council voted budget reform"
).split()
KINDS = ("services", "cli", "window")


# --- Texts that prove themselves whole -------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def sealed_paragraphs(seq: int, size: int, rng: random.Random) -> list[str]:
    """Paragraphs opening with "seq N", about `size` characters of words, closed by a checksum
    of everything before it: a torn or mixed-up text cannot pass `unseal`."""
    paragraphs = [f"seq {seq}"]
    written = 0
    while written < size:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 90)))
        paragraphs.append(paragraph)
        written += len(paragraph) + 2
    return [*paragraphs, f"sum {_digest(chr(10).join(paragraphs))}"]


def sealed_line(seq: int, rng: random.Random) -> str:
    """One paragraph (what the window types): "seq N words... sum DIGEST"."""
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
    text = f"seq {seq} {words}"
    return f"{text} sum {_digest(text)}"


def unseal(text: str) -> int | None:
    """The sequence number of a whole sealed text; None if it is torn or not one of ours."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) == 1:
        head, _, digest = text.rpartition(" sum ")
        if head.startswith("seq ") and digest == _digest(head):
            return int(head.split()[1])
        return None
    *content, last = paragraphs
    if content[0].startswith("seq ") and last == f"sum {_digest(chr(10).join(content))}":
        return int(content[0].split()[1])
    return None


# --- The Desk processes that get killed ------------------------------------------------------


def driver_services(db: str, story_id: int, first_seq: int, seed: int) -> None:
    """Save through the service layer in a loop, as fast as it will go."""
    from desk.domain.body import Body
    from desk.services.session import open_newsroom
    from desk.services.stories import Changes, edit_story

    handle = open_newsroom(db)
    rng = random.Random(seed)
    from desk.services.queries import get_story

    revision = get_story(handle, story_id).revision
    print("ready", flush=True)
    seq = first_seq
    while True:
        seq += 1
        body = Body.from_paragraphs(sealed_paragraphs(seq, rng.randint(500, 16_000), rng))
        changes = Changes(headline=f"Soak {seq}", body=body)
        saved = edit_story(handle, CHIEF, story_id, changes, base_revision=revision)
        revision = saved.story.revision
        print(f"saved {seq} {saved.revision}", flush=True)


def driver_window(db: str, story_id: int, first_seq: int, seed: int, folder: str) -> None:
    """The real window: type a new text into the body editor, let the autosave timer save it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from desk.services.session import open_newsroom
    from desk.storage.uow import UnitOfWork
    from desk.ui.main_window import MainWindow
    from desk.ui.prompts import Prompts

    class Quiet(Prompts):
        def error(self, message: str) -> None:
            print(f"error {message}", flush=True)

    app = QApplication.instance() or QApplication([])
    handle = open_newsroom(db)
    with UnitOfWork(handle.store).reading() as uow:
        user = uow.users.get(CHIEF)
    settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(handle, user, settings, Quiet(), autosave_seconds=0.02)
    window.notifier.stop()
    window.show()
    window.open_story(story_id)
    pane = window.pane
    assert pane.story_id == story_id and not pane.editor.isReadOnly()
    current = {"seq": 0}
    pane.saved.connect(
        lambda saved: print(f"autosaved {current['seq']} {saved.revision}", flush=True)
    )
    print(f"shown {json.dumps(pane.editor.body().text)}", flush=True)
    print("ready", flush=True)
    rng = random.Random(seed)
    editor = pane.editor
    seq = first_seq
    while True:
        seq += 1
        current["seq"] = seq
        editor.selectAll()
        for char in sealed_line(seq, rng):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        print(f"typed {seq}", flush=True)
        end = time.monotonic() + 10
        while pane.dirty and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)
        if pane.dirty:
            print("stuck", flush=True)
            raise SystemExit(3)


# --- Watching a child ------------------------------------------------------------------------


class Child:
    """A process whose complete stdout lines are collected as they come."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.stderr = ""
        self._readers = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._read_errors, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line cut off by the kill was never reported
                self.lines.append(line[:-1])
                if line == "ready\n":
                    self.ready.set()
        self.ready.set()

    def _read_errors(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def kill(self) -> bool:
        """SIGKILL it; False if it had already ended by itself."""
        alive = self.proc.poll() is None
        if alive:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        for reader in self._readers:
            reader.join(10)
        return alive


def desk_env(folder: Path, user: str = CHIEF) -> dict[str, str]:
    """What every child gets: its own data folder, never the real one, and who acts."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    env.update(
        DESK_DATA_DIR=str(folder / "data"),
        DESK_USER=user,
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    return env


def desk_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "desk", *args]


# --- The newsroom and what is checked in it ---------------------------------------------------


@dataclass
class StoryWatch:
    """What is known of one story: the revisions verified so far, and the last reported save."""

    story_id: int
    kind: str
    verified_up_to: int = 1
    last_seq: int = 0  # the newest save reported, or found stored (window: autosaved)
    last_text: str | None = None  # window: the text stored after the last trial


@dataclass
class Trial:
    """One kill and what was found after it."""

    kind: str
    delay_ms: float = 0.0  # from ready (cli: from the first `desk edit`) to the kill
    seconds: float = 0.0
    reported: int = 0
    verified: int = 0
    lost: int = 0
    torn: int = 0
    unreported_stored: int = 0  # stored, then killed before it could say so
    check_ok: bool = True
    problems: list[str] = field(default_factory=list)


class Soak:
    """A temporary newsroom with one story per kind of trial."""

    def __init__(self, folder: Path, *, check: str = "cli") -> None:
        self.folder = folder
        self.file = folder / "newsroom.sqlite"
        self.db = f"sqlite:///{self.file}"
        self.env = desk_env(folder)
        self.check = check
        self._run("init")
        self.stories: dict[str, StoryWatch] = {}
        for kind in KINDS:
            made = json.loads(self._run("new", "--headline", f"Soak {kind}", "--byline",
                                        "By Chief", "--json"))  # fmt: skip
            self.stories[kind] = StoryWatch(made["id"], kind)
        self.seq = 0
        self.cli_seconds = self._calibrate()
        self.cli_span = 3.0  # a CLI trial runs `desk edit` for up to this many edits' time

    def _run(self, *args: str) -> str:
        done = subprocess.run(
            desk_command(*args, "--db", self.db),
            capture_output=True, text=True, env=self.env, timeout=120, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"desk {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def _calibrate(self) -> float:
        """How long an undisturbed `desk edit` takes here, so kills can land all through one."""
        times = []
        for _ in range(2):
            start = time.monotonic()
            self._cli_edit_unkilled()
            times.append(time.monotonic() - start)
        return min(times)

    def _cli_edit_unkilled(self) -> None:
        watch = self.stories["cli"]
        self.seq += 1
        body = self._body_file(self.seq, random.Random(self.seq))
        out = json.loads(self._run("edit", str(watch.story_id), "--body-file", str(body),
                                   "--headline", f"Soak {self.seq}", "--json"))  # fmt: skip
        watch.last_seq = self.seq
        checked = Trial("cli", reported=1)
        self._verify(watch, {self.seq: out["saved_revision"]}, checked)
        if checked.problems:
            raise RuntimeError(f"an undisturbed `desk edit` went wrong: {checked.problems}")

    def _body_file(self, seq: int, rng: random.Random) -> Path:
        path = self.folder / "body.txt"
        path.write_text("\n\n".join(sealed_paragraphs(seq, rng.randint(500, 16_000), rng)) + "\n")
        return path

    def desk_check(self, how: str | None = None) -> tuple[bool, str]:
        """`desk check` in its own process ("cli"), or its service in this one ("services")."""
        if (how or self.check) == "cli":
            done = subprocess.run(desk_command("check", "--db", self.db), capture_output=True,
                                  text=True, env=self.env, timeout=120, check=False)  # fmt: skip
            return done.returncode == 0, (done.stdout + done.stderr).strip()
        from desk.services import maintenance
        from desk.services.session import close_newsroom, open_newsroom

        handle = open_newsroom(self.db)
        try:
            report = maintenance.check(handle)
        finally:
            close_newsroom(handle)
        return report.ok, "\n".join(report.problems)

    # One trial of each kind

    def trial(self, kind: str, rng: random.Random) -> Trial:
        start = time.monotonic()
        watch = self.stories[kind]
        self.seq += 1_000
        if kind == "cli":
            reported, delay, problems = self._cli_loop(watch, rng)
        else:
            reported, delay, problems = self._driver(kind, watch, rng)
        trial = Trial(kind, round(delay * 1000, 1), reported=len(reported), problems=problems)
        trial.check_ok, said = self.desk_check()
        if not trial.check_ok:
            trial.problems.append(f"desk check failed: {said}")
        self._verify(watch, reported, trial)
        trial.seconds = time.monotonic() - start
        return trial

    def _cli_loop(
        self, watch: StoryWatch, rng: random.Random
    ) -> tuple[dict[int, int], float, list[str]]:
        """`desk edit` after `desk edit` until a random moment, then kill -9 the one running."""
        delay = rng.uniform(0.2, self.cli_span) * self.cli_seconds
        end = time.monotonic() + delay
        reported: dict[int, int] = {}
        problems: list[str] = []
        while True:
            self.seq += 1
            body = self._body_file(self.seq, rng)
            command = desk_command("edit", str(watch.story_id), "--body-file", str(body),
                                   "--headline", f"Soak {self.seq}", "--json", "--db", self.db)  # fmt: skip
            child = Child(command, self.env)
            try:
                child.proc.wait(max(0.0, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                return reported, delay, problems
            child.kill()  # (already ended: this collects its output)
            if child.proc.returncode == 0:
                reported[self.seq] = json.loads("\n".join(child.lines))["saved_revision"]
            else:
                problems.append(f"desk edit failed: {child.stderr.strip()[-500:]}")

    def _driver(
        self, kind: str, watch: StoryWatch, rng: random.Random
    ) -> tuple[dict[int, int], float, list[str]]:
        """Start a saving driver, wait till it is ready (or not, a tenth of the time), kill -9
        it a random moment later; the saves it reported."""
        first_seq = self.seq
        args = [str(watch.story_id), str(first_seq), str(rng.randrange(2**32))]
        if kind == "window":
            args.append(str(self.folder))
        command = [sys.executable, str(HERE), "--driver", kind, "--db", self.db, *args]
        child = Child(command, self.env)
        during_start = kind == "services" and rng.random() < 0.1
        if not during_start and not child.ready.wait(60):
            child.kill()
            raise RuntimeError(f"the {kind} driver never got ready: {child.stderr}")
        delay = rng.uniform(0.005, 0.3) if not during_start else rng.uniform(0.05, 0.6)
        time.sleep(delay)
        problems = []
        if not child.kill():
            problems.append(f"the {kind} driver ended by itself ({child.proc.returncode}): "
                            f"{child.stderr.strip()[-500:]}")  # fmt: skip
        if kind == "window":
            problems += self._reopened(watch, child)
        word = "autosaved" if kind == "window" else "saved"
        reported = {}
        for line in child.lines:
            parts = line.split()
            if parts and parts[0] == word:
                reported[int(parts[1])] = int(parts[2])
            if parts and parts[0] in (word, "typed"):
                self.seq = max(self.seq, int(parts[1]))
        return reported, delay, problems

    def _reopened(self, watch: StoryWatch, child: Child) -> list[str]:
        """Opening the window again showed exactly the text stored after the last trial."""
        shown = [json.loads(line[6:]) for line in child.lines if line.startswith("shown ")]
        if watch.last_text is not None and shown and shown[0] != watch.last_text:
            return [f"the window reopened on {shown[0][:60]!r}, not {watch.last_text[:60]!r}"]
        return []

    def _verify(self, watch: StoryWatch, reported: dict[int, int], trial: Trial) -> None:
        from desk.domain.body import Body
        from desk.storage.models import unpack_body

        con = sqlite3.connect(self.file, timeout=30)
        try:
            story = con.execute(
                "SELECT revision, last_revision, headline, body_text FROM stories WHERE id = ?",
                (watch.story_id,),
            ).fetchone()
            rows = con.execute(
                "SELECT number, kind, headline, body FROM revisions WHERE story_id = ? AND "
                "(number >= ? OR number = ?) ORDER BY number",
                (watch.story_id, watch.verified_up_to, story[0]),
            ).fetchall()
            saves = [
                note
                for (note,) in con.execute(
                    "SELECT note FROM history WHERE story_id = ? AND action = 'save'",
                    (watch.story_id,),
                )
            ]
            numbers = [
                n for (n,) in con.execute(
                    "SELECT number FROM revisions WHERE story_id = ? AND kind = 'save'",
                    (watch.story_id,),
                )
            ]  # fmt: skip
        finally:
            con.close()
        revision, last_revision, headline, body_text = story
        seqs: dict[int, int | None] = {}  # revision -> the save in it (None: torn)
        texts: dict[int, tuple[str, str]] = {}
        for number, kind, rev_headline, body in rows:
            text = Body.from_data(unpack_body(body)).text
            texts[number] = (rev_headline, text)
            if number == 1:
                continue  # made by `desk new`, before any trial
            seqs[number] = seq = unseal(text)
            if seq is None or (kind == "save" and rev_headline != f"Soak {seq}"):
                seqs[number] = None
                trial.torn += 1
                trial.problems.append(f"story {watch.story_id} revision {number} is torn")
        # Numbers without gaps, the story at the highest, the row agreeing with its revision.
        if sorted(texts) != list(range(min(texts), max(texts) + 1)) or max(texts) != last_revision:
            trial.problems.append(f"story {watch.story_id}: revisions {sorted(texts)}")
        if revision != last_revision:
            trial.problems.append(f"story {watch.story_id} is at {revision} of {last_revision}")
        if texts.get(revision) != (headline, body_text):
            trial.problems.append(f"story {watch.story_id}: the row disagrees with its text")
        stored = seqs.get(revision, 0) or 0
        newest = max(reported, default=watch.last_seq)
        if stored < newest:
            trial.lost += 1
            trial.problems.append(f"story {watch.story_id} holds save {stored}, not {newest}")
        if watch.kind == "window":
            # Autosaves merge into one revision: the newest reported one, or one typed after
            # it and saved just before the kill, must be the story's text.
            trial.verified = len(reported) if stored >= newest else 0
            trial.unreported_stored = int(stored > newest)
        else:
            for seq, number in reported.items():
                if seqs.get(number) == seq:
                    trial.verified += 1
                else:
                    trial.lost += 1
                    trial.problems.append(f"save {seq} (revision {number}) is not stored")
            trial.unreported_stored = sum(
                1
                for number, seq in seqs.items()
                if number > watch.verified_up_to and seq is not None and seq not in reported
            )
            if sorted(saves) != sorted(f"revision {n}" for n in numbers):
                trial.problems.append(f"story {watch.story_id}: saves and their history differ")
        watch.verified_up_to = max(texts)
        watch.last_seq = stored
        watch.last_text = texts[revision][1] if revision in texts else None


# --- Running it -------------------------------------------------------------------------------


def run_soak(
    folder: Path,
    *,
    trials: int = 200,
    cli_trials: int = 60,
    window_trials: int = 40,
    seed: int = 1,
    check: str = "cli",
    progress: bool = False,
) -> dict[str, Any]:
    """A newsroom in `folder`, the trials in a shuffled order, and their sum; every count
    named in `must_be_zero` must be zero."""
    soak = Soak(folder, check=check)
    return run_trials(soak, trials, cli_trials, window_trials, seed=seed, progress=progress)


def run_trials(
    soak: Soak,
    trials: int,
    cli_trials: int,
    window_trials: int,
    *,
    seed: int = 1,
    progress: bool = False,
) -> dict[str, Any]:
    rng = random.Random(seed)
    plan = ["services"] * trials + ["cli"] * cli_trials + ["window"] * window_trials
    rng.shuffle(plan)
    done: list[Trial] = []
    for number, kind in enumerate(plan, 1):
        done.append(soak.trial(kind, rng))
        if progress and (number % 25 == 0 or done[-1].problems):
            last = done[-1]
            print(f"  {number}/{len(plan)} {kind}: {last.reported} reported, problems "
                  f"{last.problems}", file=sys.stderr, flush=True)  # fmt: skip
    final_ok, said = soak.desk_check("cli")
    summary: dict[str, Any] = {"by_kind": {}}
    for kind in (*KINDS, "all"):
        mine = [t for t in done if kind in (t.kind, "all")]
        if not mine:
            continue
        summary["by_kind"][kind] = {
            "trials": len(mine),
            "saves_reported": sum(t.reported for t in mine),
            "saves_verified": sum(t.verified for t in mine),
            "losses": sum(t.lost for t in mine),
            "torn_revisions": sum(t.torn for t in mine),
            "check_failures": sum(not t.check_ok for t in mine),
            "other_problems": sum(
                len(t.problems) - t.lost - t.torn - (not t.check_ok) for t in mine
            ),
            "killed_with_nothing_reported": sum(t.reported == 0 for t in mine),
            "stored_but_unreported": sum(t.unreported_stored for t in mine),
            "median_trial_s": round(statistics.median(t.seconds for t in mine), 3),
        }
    summary["final_check_ok"] = final_ok
    summary["problems"] = [p for t in done for p in t.problems] + ([] if final_ok else [said])
    summary["cli_edit_seconds"] = round(soak.cli_seconds, 3)
    summary["trials"] = [asdict(t) for t in done]
    return summary


MUST_BE_ZERO = ("losses", "torn_revisions", "check_failures", "other_problems")


def table(summary: dict[str, Any]) -> str:
    columns = [
        ("trials", "trials"),
        ("saves_reported", "saves reported"),
        ("saves_verified", "saves verified"),
        ("losses", "losses"),
        ("torn_revisions", "torn"),
        ("check_failures", "check failures"),
        ("other_problems", "other problems"),
        ("median_trial_s", "median trial s"),
    ]
    head = f"{'kill -9 during':<16}" + "".join(f"{title:>16}" for _, title in columns)
    lines = [head, "-" * len(head)]
    for kind, row in summary["by_kind"].items():
        lines.append(f"{kind:<16}" + "".join(f"{row[key]!s:>16}" for key, _ in columns))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200, help="kills of the services driver")
    parser.add_argument("--cli-trials", type=int, default=60, help="kills of `desk edit`")
    parser.add_argument("--window-trials", type=int, default=40, help="kills of the window")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--driver", choices=("services", "window"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver == "services":
        story_id, first_seq, seed = map(int, args.rest)
        driver_services(args.db, story_id, first_seq, seed)
        return
    if args.driver == "window":
        story_id, first_seq, seed = map(int, args.rest[:3])
        driver_window(args.db, story_id, first_seq, seed, args.rest[3])
        return
    with tempfile.TemporaryDirectory(prefix="desk-soak-") as tmp:
        start = time.monotonic()
        summary = run_soak(
            Path(tmp), trials=args.trials, cli_trials=args.cli_trials,
            window_trials=args.window_trials, seed=args.seed, progress=True,
        )  # fmt: skip
        summary["wall_s"] = round(time.monotonic() - start, 1)
    summary["seed"] = args.seed
    summary["machine"] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }
    print(table(summary))
    print(f"final desk check: {'ok' if summary['final_check_ok'] else 'FAILED'}; "
          f"wall {summary['wall_s']} s; an undisturbed `desk edit` takes "
          f"{summary['cli_edit_seconds']} s")  # fmt: skip
    for problem in summary["problems"][:20]:
        print(f"PROBLEM: {problem}")
    out = HERE.parent / "results"
    out.mkdir(exist_ok=True)
    (out / "soak.json").write_text(json.dumps(summary, indent=1) + "\n")
    if summary["problems"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
