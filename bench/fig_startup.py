"""The window's start-up at newsroom scale: its first frame, and its story list filled.

- `desk --db NEWSROOM --as CHIEF` until the window's first frame is on the screen
    vs  a bare PySide6 process: a QApplication and a QMainWindow, until its first paint
- the same, until the story list's first page is on the screen
    vs  the same bare window in a process that also imports sqlalchemy.orm

Desk closes itself at that moment when told to by DESK_QUIT_WHEN (desk/ui/app.py); the anchors
close at the same kind of moment, just after their window's first paint. Each run is a whole
process, timed from launch to exit, Desk's runs and the anchor's taking turns so that a busy
moment on the machine falls on both. The newsroom is the suite's (bench/newsroom_data.py).

The second anchor imports sqlalchemy.orm before Qt. Importing it after Qt, as Desk must to show
its window first, costs about a quarter more (PySide6 looks at the source of every module
imported after it): that anchor is timed too and kept in the figure's details.

Run: python bench/fig_startup.py [--stories N] [--runs R] [--smoke]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
from pathlib import Path

from suite import DATA, Figure, Settings, ratio_goal, taking_turns

PYTHON = sys.executable

# The anchors: a bare window that closes just after its first paint, as Desk does for
# DESK_QUIT_WHEN. {orm} imports sqlalchemy.orm too, before Qt: the faster order of the two,
# so the anchor is the stricter one.
ANCHOR = """
import sys
{orm}
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched.close)  # once this frame is on the screen
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 860)
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""
BARE_WINDOW = ANCHOR.format(orm="")
WINDOW_AND_ORM = ANCHOR.format(orm="import sqlalchemy.orm")
QT_THEN_ORM = BARE_WINDOW.replace("app = QApplication", "import sqlalchemy.orm\napp = QApplication")

LISTED = re.compile(r"desk: list-filled: ([\d,]+) of ([\d,]+) stor(?:y|ies) listed")


def newsroom(stories: int) -> Path:
    """The suite's newsroom of `stories` stories (bench/newsroom_data.py, built once)."""
    import newsroom_data

    return newsroom_data.newsroom(stories, DATA)


def chief_of(path: Path) -> str:
    """A chief editor of the newsroom who signs in without a password, as `--as` allows."""
    from desk.domain.story import Role
    from desk.services import newsroom as people
    from desk.services.session import close_newsroom, open_newsroom

    handle = open_newsroom(f"sqlite:///{path}")
    try:
        users = people.list_users(handle)
    finally:
        close_newsroom(handle)
    found = [u.name for u in users if u.role is Role.CHIEF and not u.has_password]
    if not found:
        raise SystemExit(f"{path} has no chief editor without a password to open it as")
    return found[0]


def environment(data: Path, moment: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DESK_DATA_DIR"] = str(data)  # the window's settings and markers, not the person's
    env["DESK_KEEP_BACKUPS"] = "0"  # no daily copy of the big newsroom beside it
    for name in ("DESK_DATABASE_URL", "DESK_USER", "DESK_PASSWORD"):
        env.pop(name, None)
    if moment:
        env["DESK_QUIT_WHEN"] = moment
    return env


def run(settings: Settings, path: Path | None = None) -> list[Figure]:
    """The two figures, on the suite's newsroom (or on the newsroom file at `path`)."""
    stories = min(settings.stories, 300) if settings.smoke else settings.stories
    path = path or newsroom(stories)
    who = chief_of(path)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="desk-startup-") as folder:
        data = Path(folder)
        desk = [PYTHON, "-m", "desk", "--db", f"sqlite:///{path}", "--as", who]
        anchors = [PYTHON, "-c"]
        plain = environment(data)
        first, _ = taking_turns(
            {
                "desk": (desk, environment(data, "first-frame")),
                "anchor": ([*anchors, BARE_WINDOW], plain),
            },
            settings.runs,
        )
        filled, said = taking_turns(
            {
                "desk": (desk, environment(data, "list-filled")),
                "anchor": ([*anchors, WINDOW_AND_ORM], plain),
                "qt_then_orm": ([*anchors, QT_THEN_ORM], plain),
            },
            settings.runs,
        )
    listed = LISTED.search(said["desk"])
    if listed is None:
        raise SystemExit(f"Desk did not say what its list showed:\n{said['desk'][-2000:]}")
    common = {
        "stories": stories,
        "runs": settings.runs,
        "signed_in_as": who,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
    }
    figures = []
    for name, times, goal, anchor_name, shown in (
        (
            f"window first frame, {stories:,} stories",
            first,
            1.5,
            "bare PySide6 QMainWindow process, to its first paint",
            "Desk's window, saying it is opening the newsroom",
        ),
        (
            f"window usable (list filled), {stories:,} stories",
            filled,
            1.3,
            "bare PySide6 window + import sqlalchemy.orm, to its first paint",
            f"the queues, the menus and the list's first page ({listed.group(1)} of "
            f"{listed.group(2)} stories); the story's pane and the rest follow",
        ),
    ):
        value, anchor = statistics.median(times["desk"]), statistics.median(times["anchor"])
        detail: dict[str, object] = {
            "desk_shows": shown,
            **common,
            "desk_ms": [round(t, 1) for t in times["desk"]],
            "anchor_ms": [round(t, 1) for t in times["anchor"]],
        }
        if "qt_then_orm" in times:
            detail["anchor_importing_qt_first_ms"] = round(
                statistics.median(times["qt_then_orm"]), 1
            )
        met = ratio_goal(value, anchor, goal)
        figures.append(Figure(name, value, "ms", f"<= {goal}x", met, anchor_name, anchor, detail))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=Settings.stories)
    parser.add_argument("--runs", type=int, default=Settings.runs)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--newsroom", type=Path, help="open this newsroom file instead")
    args = parser.parse_args()
    settings = Settings(stories=args.stories, runs=args.runs, smoke=args.smoke)
    for figure in run(settings, args.newsroom):
        ratio = f"{figure.ratio:.2f}x" if figure.ratio is not None else "-"
        print(
            f"{figure.name}: {figure.value:,.0f} ms, anchor {figure.anchor_value:,.0f} ms, "
            f"{ratio} (goal {figure.goal}: {'met' if figure.met else 'NOT met'})"
        )
        print(f"  {figure.detail}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
