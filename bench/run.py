"""Desk's performance suite: every figure of the performance goals, each beside its anchor
measured in the same run, as one table (medians and ratios) and bench/results/suite.json.

Run, from the repository root:
    python bench/run.py                  # the goals' newsroom of 100,000 stories
    python bench/run.py --smoke          # a tiny newsroom: proves the suite still works
    python bench/run.py --only core,startup --stories 20000 --runs 5

The generated newsrooms are kept in bench/data/ and reused (building 100,000 stories takes some
minutes, once).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from suite import RESULTS, Figure, Settings  # bench/ is on the path when a bench script runs

PARTS = {"core": "fig_core", "newsroom": "fig_newsroom", "startup": "fig_startup"}


def cell(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "B":
        return f"{value / 1e6:,.1f} MB"
    if unit == "MB":
        return f"{value:,.1f} MB"
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    return f"{value:,.2f} {unit}".strip()


def table(figures: list[Figure]) -> str:
    rows = [("figure", "Desk", "anchor", "anchor's", "ratio", "goal", "met")]
    for f in figures:
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        met = {True: "yes", False: "NO", None: "-"}[f.met]
        rows.append(
            (
                f.name,
                cell(f.value, f.unit),
                f.anchor or "-",
                cell(f.anchor_value, f.unit),
                ratio,
                f.goal,
                met,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            c.ljust(w) if i in (0, 2, 5) else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stories",
        type=int,
        help="stories in the big newsroom (default 100,000; 300 with --smoke)",
    )
    parser.add_argument(
        "--runs", type=int, default=7, help="timings per figure; medians are reported"
    )
    parser.add_argument("--smoke", action="store_true", help="a tiny run, for CI")
    parser.add_argument(
        "--only", default=",".join(PARTS), help=f"a comma-separated choice of {','.join(PARTS)}"
    )
    args = parser.parse_args()
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    if not parts or set(parts) - set(PARTS):
        parser.error(f"--only takes a comma-separated choice of {','.join(PARTS)}")
    stories = args.stories or (300 if args.smoke else 100_000)
    settings = Settings(
        stories=stories,
        small=min(1_000, stories) if not args.smoke else 100,
        runs=3 if args.smoke else args.runs,
        smoke=args.smoke,
    )
    # Installed Desk runs from compiled .pyc files (pip compiles them; PyInstaller ships them);
    # a checkout under PYTHONDONTWRITEBYTECODE would compile every module on every start.
    package = Path(__file__).resolve().parents[1] / "desk"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(package)], check=True, capture_output=True
    )
    began = time.perf_counter()
    figures: list[Figure] = []
    seconds: dict[str, float] = {}
    measured: set[str] = set()
    for part in parts:
        start = time.perf_counter()
        print(f"[{part}] ...", file=sys.stderr, flush=True)
        found = importlib.import_module(PARTS[part]).run(settings)
        if found:
            measured.add(part)
        figures += found
        seconds[part] = round(time.perf_counter() - start, 1)
    print(table(figures))
    empty = [part for part in parts if part not in measured]
    if empty:
        print(f"no figures from {', '.join(empty)}: the suite has rotted", file=sys.stderr)
        return 1
    missed = [f.name for f in figures if f.met is False]
    print(
        f"\n{len(figures)} figures, {len(missed)} goals missed; {time.perf_counter() - began:.0f} s"
    )
    RESULTS.mkdir(exist_ok=True)
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "system": platform.platform(),
        },
        "settings": settings.__dict__,
        "seconds": seconds,
        "figures": [f.as_json() for f in figures],
    }
    name = "suite-smoke.json" if args.smoke else "suite.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
