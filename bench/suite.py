"""What every figure of the performance suite is, and how the runner prints and keeps them.

A figure is a median measured beside its anchor in the same run, with the goal it is held to.
The modules `bench/fig_*.py` each have `run(settings) -> list[Figure]`; `bench/run.py` calls
them in turn, prints one table and writes `bench/results/suite.json`.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results"
TIMEOUT_S = 300  # a process timed whole that has not ended by then has hung


@dataclass(frozen=True)
class Settings:
    stories: int = 100_000  # the newsroom the goals are set for
    small: int = 1_000  # the small newsroom some figures are compared with
    runs: int = 7  # repetitions of each timing; medians are reported
    smoke: bool = False  # a tiny run that only proves the suite still works


@dataclass
class Figure:
    """One row of the table. `ratio` is value / anchor_value when there is an anchor; `met`
    says whether the goal holds (None when a figure has no goal of its own)."""

    name: str
    value: float
    unit: str  # "ms", "MB", "x", "B"
    goal: str  # as the issue states it: "<= 1.2x", "< 50 ms"
    met: bool | None
    anchor: str = ""
    anchor_value: float | None = None
    detail: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.anchor_value in (None, 0):
            return None
        return self.value / self.anchor_value

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        return data


def timings_ms(action: Callable[[], object], runs: int) -> list[float]:
    """Wall time of each of `runs` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return times


def median_ms(action: Callable[[], object], runs: int) -> float:
    return statistics.median(timings_ms(action, runs))


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def ratio_goal(value: float, anchor: float, most: float) -> bool:
    return value <= anchor * most


def run_ms(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall time of one whole process, launch to exit, and what it said on stderr."""
    begin = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    elapsed = (time.perf_counter() - begin) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]}... exited {done.returncode}:\n{done.stderr[-3000:]}")
    return elapsed, done.stderr


def taking_turns(commands: dict[str, tuple[list[str], dict[str, str]]], runs: int):
    """Each command `runs` times (after one run each that is not kept: disk caches, .pyc
    files), in turns whose order flips every round; the times in ms and the last stderr."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    said: dict[str, str] = {}
    for command, env in commands.values():
        run_ms(command, env)
    names = list(commands)
    for turn in range(runs):
        for name in names if turn % 2 == 0 else reversed(names):
            elapsed, said[name] = run_ms(*commands[name])
            times[name].append(elapsed)
    return times, said
