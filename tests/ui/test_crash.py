"""A window that did not close properly is noticed by the next one on the same newsroom."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from desk.ui import crash

NEWSROOM = "sqlite:////tmp/newsroom.sqlite"


def _crashed_window(newsroom: str) -> int:
    """A process that marks itself running and dies without clearing its marker (kill -9)."""
    code = f"import os; from desk.ui import crash; crash.mark_running({newsroom!r}); os._exit(9)"
    done = subprocess.run([sys.executable, "-c", code], env=os.environ.copy(), check=False)
    assert done.returncode == 9
    (marker,) = [
        m for m in (Path(os.environ["DESK_DATA_DIR"]) / "running").glob("*.json")
        if json.loads(m.read_text())["newsroom"] == newsroom
    ]  # fmt: skip
    return int(marker.stem)


def test_a_window_that_died_is_reported_once_on_its_newsroom() -> None:
    _crashed_window(NEWSROOM)
    _crashed_window("sqlite:////tmp/other.sqlite")
    stopped = crash.unclean_exits(NEWSROOM)
    assert len(stopped) == 1 and isinstance(stopped[0], datetime)
    assert "did not close properly" in crash.message(stopped)
    assert crash.unclean_exits(NEWSROOM) == []  # told once
    assert len(crash.unclean_exits("sqlite:////tmp/other.sqlite")) == 1


def test_a_window_still_running_or_closed_properly_is_not_reported() -> None:
    mine = crash.mark_running(NEWSROOM)  # this process: alive
    assert mine is not None and mine.exists()
    assert crash.unclean_exits(NEWSROOM) == []
    crash.clear(mine)
    assert not mine.exists()
    assert crash.unclean_exits(NEWSROOM) == []


def test_a_garbled_marker_is_cleared_without_a_fuss() -> None:
    folder = Path(os.environ["DESK_DATA_DIR"]) / "running"
    folder.mkdir(parents=True)
    (folder / "not-a-pid.json").write_text("{")
    (folder / "999999999.json").write_text("half written")
    assert crash.unclean_exits(NEWSROOM) == []
    assert list(folder.iterdir()) == []
