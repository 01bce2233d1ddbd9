"""Figures for the newsroom core, each beside the anchor measured in the same run.

Run: python bench/core.py [--runs N]    (results also go to bench/results/core.json)

- save a revision of a 2,000-word story   vs  a raw SQLite insert of the same bytes
- `desk --version`                        vs  `python -c pass`
- `desk list` on the sample newsroom      vs  `python -c "import sqlalchemy.orm"`
- `desk search` on the sample newsroom    vs  the same process importing what search needs
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desk.domain.body import Body
from desk.domain.story import StoryText
from desk.services import newsroom
from desk.services.stories import Changes, create_story, edit_story
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork

WORDS = "The ministry said talks on the grain corridor would resume in Moscow next week".split()


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def body_of(words: int, salt: int) -> Body:
    text = [WORDS[(i + salt) % len(WORDS)] for i in range(words)]
    return Body.from_paragraphs(" ".join(text[i : i + 100]) for i in range(0, words, 100))


def save_revision(folder: Path, runs: int) -> tuple[float, float]:
    uow = UnitOfWork(open_store(f"sqlite:///{folder / 'bench.sqlite'}"))
    newsroom.start_newsroom(uow, "chief")
    story = create_story(uow, "chief", StoryText("Bench", byline="By Bench", body=body_of(2000, 0)))
    salt = iter(range(1, 10**6))
    desk_ms = median_ms(
        lambda: edit_story(uow, "chief", story.id, Changes(body=body_of(2000, next(salt)))), runs
    )
    payload = json.dumps(body_of(2000, 0).to_data()).encode()
    raw = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE revisions (id INTEGER PRIMARY KEY, body BLOB)")

    def insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO revisions (body) VALUES (?)", (payload,))
        raw.execute("COMMIT")

    raw_ms = median_ms(insert, runs)
    uow.store.close()
    return desk_ms, raw_ms


def process_ms(command: list[str], runs: int, env: dict[str, str]) -> float:
    return median_ms(
        lambda: subprocess.run(command, check=True, capture_output=True, env=env), runs
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk_ms, raw_ms = save_revision(folder, runs * 3)
        rows.append(("save a 2,000-word revision", desk_ms, "raw SQLite insert", raw_ms))
        env = {**os.environ, "DESK_DATABASE_URL": f"sqlite:///{folder / 'sample.sqlite'}"}
        py = sys.executable
        subprocess.run(
            [py, "-m", "desk", "init", "--demo"], check=True, capture_output=True, env=env
        )
        rows.append(
            ("desk --version", process_ms([py, "-m", "desk", "--version"], runs, env),
             "python -c pass", process_ms([py, "-c", "pass"], runs, env))
        )  # fmt: skip
        rows.append(
            ("desk list (sample newsroom)", process_ms([py, "-m", "desk", "list"], runs, env),
             "import sqlalchemy.orm", process_ms([py, "-c", "import sqlalchemy.orm"], runs, env))
        )  # fmt: skip
        rows.append(
            ("desk search beograd", process_ms([py, "-m", "desk", "search", "beograd"], runs, env),
             "import sqlalchemy.orm", process_ms([py, "-c", "import sqlalchemy.orm"], runs, env))
        )  # fmt: skip
    print(f"{'figure':<30} {'median':>10}   {'anchor':<24} {'median':>10} {'ratio':>7}")
    for name, value, anchor, anchor_value in rows:
        print(
            f"{name:<30} {value:>8.1f}ms   {anchor:<24} {anchor_value:>8.1f}ms {value / anchor_value:>6.2f}x"
        )
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    results = [
        {
            "figure": n,
            "median_ms": round(v, 2),
            "anchor": a,
            "anchor_median_ms": round(av, 2),
            "ratio": round(v / av, 3),
        }
        for n, v, a, av in rows
    ]
    (out / "core.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
