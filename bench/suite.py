"""What every figure of the performance suite is, and how the runner prints and keeps them.

A figure is a median measured beside its anchor in the same run, with the goal it is held to.
The modules `bench/fig_*.py` each have `run(settings) -> list[Figure]`; `bench/run.py` calls
them in turn, prints one table and writes `bench/results/suite.json`.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results"


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
