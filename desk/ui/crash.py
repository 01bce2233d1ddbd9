"""Knowing that a Desk window did not close properly, so that the next one can say so.

Each window leaves a small marker in the data folder while it runs (written whole, through a
temporary file) and takes it away when it closes. A marker whose process is gone means that
window was killed, crashed or lost its computer: its stories are as of their last autosave, and
the next window on that newsroom says so, once."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from desk import paths
from desk.fileio import write_atomic


def _folder() -> Path:
    return paths.data_dir() / "running"


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # signal 0 is not a probe there: assume it may still run
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process with that number
        return True
    return True


def mark_running(newsroom: str) -> Path | None:
    """Leave this window's marker; None if the data folder cannot take it (nothing depends on it)."""
    marker = _folder() / f"{os.getpid()}.json"
    started = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(marker, json.dumps({"newsroom": newsroom, "started": started}).encode())
    except OSError:
        return None
    return marker


def clear(marker: Path | None) -> None:
    if marker is not None:
        _remove(marker)


def _remove(marker: Path) -> None:
    # In a data folder gone read-only the marker stays: it is only a hint.
    with contextlib.suppress(OSError):
        marker.unlink(missing_ok=True)


def unclean_exits(newsroom: str) -> list[datetime]:
    """When the windows on this newsroom that did not close properly were started (oldest
    first); their markers are taken away, so each is told once."""
    found: list[datetime] = []
    try:
        markers = list(_folder().glob("*.json"))
    except OSError:
        return found
    for marker in markers:
        try:
            pid = int(marker.stem)
            data = json.loads(marker.read_text())
        except (ValueError, OSError):
            _remove(marker)  # not ours, or from an older Desk that wrote markers in place
            continue
        if pid == os.getpid() or _alive(pid) or data.get("newsroom") != newsroom:
            continue
        try:
            found.append(datetime.fromisoformat(data["started"]))
        except (KeyError, TypeError, ValueError):
            found.append(datetime.now(UTC))
        _remove(marker)
    return sorted(found)


def message(starts: list[datetime]) -> str:
    """What the new window says about the ones that stopped."""
    when = starts[-1].astimezone().strftime("%d %b %H:%M")
    return (
        f"Desk did not close properly last time (the window opened at {when}). Every story is "
        "as of its last save; Desk saves a few seconds after you stop typing."
    )
