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
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))
# bench/ is not a package: its modules import each other by name.
from concurrency_checks import (  # noqa: E402
    MUST_BE_ZERO,
    failures,
    figures,
    invalid_history,
    revision_problems,
    table,
    verify,
)
from concurrency_newsroom import newsroom_at, setup  # noqa: E402
from concurrency_workload import (  # noqa: E402
    worker_cli,
    worker_racer,
    worker_services,
    worker_window,
)
from soak import desk_command, desk_env  # noqa: E402

# The names tests/ use, kept here whichever module defines them.
__all__ = ["MUST_BE_ZERO", "failures", "figures", "invalid_history", "revision_problems",
           "run_concurrency", "table"]  # fmt: skip


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
