"""Figures at newsroom scale (bench/newsroom_data.py builds the newsrooms): the story list's
first page, sorting and scrolling it, full-text search, opening a story with fifty revisions,
the database's size and the window's memory. Each figure is measured beside its anchor in the
same run; times are medians over `settings.runs`.

Run alone: python bench/fig_newsroom.py [--stories N] [--runs R] [--smoke]
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
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsroom_data  # noqa: E402  (bench/ is not a package)
import newsroom_story  # noqa: E402
import suite  # noqa: E402
from suite import Figure, Settings, p95  # noqa: E402

from desk.domain.story import State, StoryFilter  # noqa: E402
from desk.services import queries  # noqa: E402
from desk.services.session import Newsroom, close_newsroom, open_newsroom  # noqa: E402
from desk.ui.prompts import Prompts  # noqa: E402  (Qt, but no application yet)

FRAME_MS = 50.0  # "no frame over 50 ms"
MEMORY_ANCHOR_STORIES = 100
CHIEF = newsroom_story.staff()[0].name
# (what a person types, the same words as a bare FTS5 query): common and rare words, names,
# phrases, both Serbian scripts, a word typed without its diacritics, a prefix.
SEARCHES = (
    ("government", "government"),
    ("minister budget", "minister budget"),
    ("vlada", "vlada"),
    ("министар", "министар"),
    ("nezadovoljstvo", "nezadovoljstvo"),
    ("autumn stadium", "autumn stadium"),
    ("Petrović", "Petrović"),
    ("Јовановић", "Јовановић"),
    ("Cooper", "Cooper"),
    ('"in Belgrade"', '"in Belgrade"'),
    ('"u Beogradu"', '"u Beogradu"'),
    ("budzet", "budzet"),
    ("minist*", "minist*"),
    ("Београд", "Београд"),
)


def run(settings: Settings) -> list[Figure]:
    """Every figure of this module; the newsrooms are built first if need be (minutes for
    100,000 stories), before anything of Qt is started."""
    big = newsroom_data.newsroom(settings.stories)
    small = newsroom_data.newsroom(settings.small)
    tiny = newsroom_data.newsroom(MEMORY_ANCHOR_STORIES)
    _application()
    figures = [first_page(big, small, settings)]
    figures += list_frames(big, settings)
    figures.append(search(big, settings))
    figures.append(open_long_story(big, settings))
    figures.append(database_size(big))
    figures.append(memory(big, tiny))
    return figures


def _application():  # -> QApplication
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _open(path: Path) -> Newsroom:
    return open_newsroom(f"sqlite:///{path}", create=False)


def _controller(handle: Newsroom):  # -> Controller
    from desk.ui.controller import Controller

    with handle.reading():
        user = handle.users.get(CHIEF)
    return Controller(handle, user, _Prompts())


class _Prompts(Prompts):
    """Never opens a dialog; an error a figure runs into is raised, not measured."""

    def error(self, message: str) -> None:
        raise RuntimeError(f"Desk said: {message}")

    def inform(self, title: str, message: str) -> None:
        pass


def _list(path: Path, size: tuple[int, int] = (1100, 700)):
    """A story list model and a shown table view on the newsroom at `path`, as the window has
    them (the view's size is about the window's list)."""
    from desk.ui.story_list_model import StoryListModel
    from desk.ui.story_list_view import StoryListView

    handle = _open(path)
    model = StoryListModel(_controller(handle))
    view = StoryListView(model)
    view.resize(*size)
    view.show()
    return handle, model, view


def _settled(model) -> None:
    """Nothing left on the worker thread, its answers delivered, and nothing they started."""
    from PySide6.QtWidgets import QApplication

    for _ in range(4):  # (an answer may start reading the next page)
        model.controller.background.wait(60_000)
        QApplication.processEvents()


# --- First page ----------------------------------------------------------------------------------


def first_page(big: Path, small: Path, settings: Settings) -> Figure:
    """Choosing "All stories": counting the list, reading its first page and painting it."""
    lists = {name: _list(path) for name, path in (("big", big), ("small", small))}
    times: dict[str, list[float]] = {"big": [], "small": []}
    published: dict[str, list[float]] = {"big": [], "small": []}
    queue = StoryFilter(states=(State.PUBLISHED,))
    for _ in range(settings.runs + 1):  # the first round warms the caches, as an open window has
        for name, (_handle, model, view) in lists.items():
            for wanted, into in ((StoryFilter(), times), (queue, published)):
                _settled(model)
                begin = time.perf_counter()
                model.show(wanted)
                view.viewport().repaint()
                into[name].append((time.perf_counter() - begin) * 1000)
    for handle, model, view in lists.values():
        _settled(model)
        view.close()
        close_newsroom(handle)
    value, anchor = (statistics.median(times[k][1:]) for k in ("big", "small"))
    return Figure(
        f"first page of the story list, {settings.stories:,} stories",
        round(value, 2),
        "ms",
        "<= 1.2x",
        suite.ratio_goal(value, anchor, 1.2),
        f"the same, {settings.small:,} stories",
        round(anchor, 2),
        {
            "published_queue_ms": {
                k: round(statistics.median(v[1:]), 2) for k, v in published.items()
            },
            "rows_shown": lists["big"][1].rowCount(),
        },
    )


# --- Sorting and scrolling -----------------------------------------------------------------------


def _sort(model, column: int, order) -> tuple[float, float]:
    """(ms until the new first page is on screen, longest the UI thread was held) for one sort
    as a person waits for it: the database sorts on the worker thread meanwhile."""
    from PySide6.QtWidgets import QApplication

    _settled(model)  # (the page read ahead after the last sort is not this one's wait)
    begin = time.perf_counter()
    model.sort(column, order)
    held = (time.perf_counter() - begin) * 1000
    model.controller.background.wait(60_000)
    mark = time.perf_counter()
    QApplication.processEvents()  # the new rows replace the old, on the UI thread
    held = max(held, (time.perf_counter() - mark) * 1000)
    return (time.perf_counter() - begin) * 1000, held


def _scroll(model, view, limit: int | None = None) -> dict[str, Any]:
    """Scroll down a screenful per frame, each frame one turn of the event loop (which paints
    it), to the end of the list (or `limit` frames). A turn at the end of the rows read so far,
    where nothing moves because the next page is still being read, is not a frame but a wait:
    the person sees the last rows until the page comes; the waits are counted and timed."""
    from PySide6.QtWidgets import QApplication

    bar = view.verticalScrollBar()
    frames: list[float] = []
    waits, waited = 0, 0.0
    begin = time.perf_counter()
    while limit is None or len(frames) < limit:
        rows = model.rowCount()
        at_end = bar.value() >= bar.maximum()
        mark = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        took = (time.perf_counter() - mark) * 1000
        if at_end and model.rowCount() == rows:
            if not model.canFetchMore():
                break
            waits += 1
            time.sleep(0.001)
            waited += (time.perf_counter() - mark) * 1000
            continue
        frames.append(took)
    ordered = sorted(frames) or [0.0]
    return {
        "rows": model.rowCount(),
        "frames": len(frames),
        "seconds": round(time.perf_counter() - begin, 2),
        "median_ms": round(statistics.median(ordered), 2),
        "p99_ms": round(ordered[max(0, int(len(ordered) * 0.99) - 1)], 2),
        "worst_ms": round(ordered[-1], 2),
        "five_worst_ms": [round(f, 1) for f in ordered[:-6:-1]],
        "over_50ms": sum(1 for f in frames if f > FRAME_MS),
        "waits_for_rows": waits,
        "seconds_waiting_for_rows": round(waited / 1000, 2),
    }


def list_frames(big: Path, settings: Settings) -> list[Figure]:
    from PySide6.QtCore import Qt

    from desk.ui.app import settle_memory
    from desk.ui.story_list_model import AUTHOR, COLUMNS

    handle, model, view = _list(big)
    model.show(StoryFilter())
    _settled(model)
    settle_memory()  # as the window does once it is up
    whole = _scroll(model, view)
    orders = (("up", Qt.SortOrder.AscendingOrder), ("down", Qt.SortOrder.DescendingOrder))
    sorts: dict[str, float] = {}
    worst_hold = 0.0
    for column, (title, _sort_key) in enumerate(COLUMNS):
        for word, order in orders:
            waited = []
            for _ in range(settings.runs):
                total, held = _sort(model, column, order)
                waited.append(total)
                worst_hold = max(worst_hold, held)
            sorts[f"{title} {word}"] = round(statistics.median(waited), 1)
    _sort(model, AUTHOR, orders[0][1])
    by_author = _scroll(model, view)
    _settled(model)
    view.close()
    close_newsroom(handle)
    worst_sort = max(sorts.values())
    return [
        Figure(
            f"scroll the whole list, {settings.stories:,} stories (twice): worst frame",
            max(whole["worst_ms"], by_author["worst_ms"]),
            "ms",
            "no frame over 50 ms",
            whole["over_50ms"] == by_author["over_50ms"] == 0,
            detail={"by_update_time": whole, "by_author": by_author},
        ),
        Figure(
            f"sort the list by each column, {settings.stories:,} stories: longest the window froze",
            round(worst_hold, 2),
            "ms",
            "no frame over 50 ms",
            worst_hold <= FRAME_MS,
            detail={"until_first_page_ms": sorts, "slowest_until_first_page_ms": worst_sort},
        ),
    ]


# --- Search --------------------------------------------------------------------------------------


def _raw_search(path: Path, passages: bool = True) -> Callable[[str], list[Any]]:
    connection = sqlite3.connect(path)
    passage = ", snippet(story_search, 4, '[', ']', '…', 16)" if passages else ""
    sql = (
        f"SELECT rowid, rank{passage} FROM story_search "
        "WHERE story_search MATCH ? ORDER BY rank LIMIT 500"
    )
    return lambda words: connection.execute(sql, (words,)).fetchall()


def search(big: Path, settings: Settings) -> Figure:
    """A person searching the story list: from the query to the list holding the best
    matches, with their passages, as the window's list model does it (off the UI thread, then
    back on it). The anchor asks FTS5 directly for the same words: the best 500, in rank order,
    each with a passage of its body. `desk_500_ms` in the detail is Desk's search service asked
    for the same 500 with their passages."""
    from PySide6.QtWidgets import QApplication

    from desk.ui.story_list_model import StoryListModel

    handle = _open(big)
    model = StoryListModel(_controller(handle))
    raw, bare = _raw_search(big), _raw_search(big, passages=False)
    everything = StoryFilter(limit=500)

    def desk(typed: str) -> int:
        """The time until the best matches are in the list; then what it reads on (the next
        page, ahead of the person's scrolling) is let finish, untimed."""
        arrived = []
        model.loaded.connect(lambda: arrived.append(time.perf_counter()))
        begin = time.perf_counter()
        model.show(StoryFilter(), typed)
        while not arrived:
            model.controller.background.wait(60_000)
            QApplication.processEvents()
        model.loaded.disconnect()
        desk_ms.append((arrived[0] - begin) * 1000)
        _settled(model)
        return model.rowCount()

    desk_ms: list[float] = []
    raw_ms: list[float] = []
    desk_500_ms: list[float] = []
    bare_ms: list[float] = []
    found: dict[str, list[int]] = {}
    for typed, words in SEARCHES:  # once each to warm the caches
        found[typed] = [desk(typed), model.total, len(raw(words))]
    desk_ms.clear()
    for _ in range(settings.runs):
        for typed, words in SEARCHES:
            desk(typed)
            raw_ms += suite.timings_ms(lambda w=words: raw(w), 1)
            desk_500_ms += suite.timings_ms(
                lambda t=typed: queries.search_stories(handle, t, everything), 1
            )
            bare_ms += suite.timings_ms(lambda w=words: bare(w), 1)
    _settled(model)
    close_newsroom(handle)
    value, anchor = statistics.median(desk_ms), statistics.median(raw_ms)
    count = len(SEARCHES)
    per_query = {
        typed: {
            "desk_ms": round(statistics.median(desk_ms[i::count]), 2),
            "raw_ms": round(statistics.median(raw_ms[i::count]), 2),
            "desk_500_ms": round(statistics.median(desk_500_ms[i::count]), 2),
            "rows_listed_total_raw": found[typed],
        }
        for i, (typed, _words) in enumerate(SEARCHES)
    }
    return Figure(
        f"full-text search, {settings.stories:,} stories (median of {count} queries)",
        round(value, 2),
        "ms",
        "<= 2x",
        suite.ratio_goal(value, anchor, 2.0),
        "FTS5 through sqlite3 for the same words",
        round(anchor, 2),
        {
            "p95_ms": round(p95(desk_ms), 2),
            "anchor_p95_ms": round(p95(raw_ms), 2),
            "p95_ratio": round(p95(desk_ms) / p95(raw_ms), 2),
            "desk_500_median_ms": round(statistics.median(desk_500_ms), 2),
            "desk_500_p95_ms": round(p95(desk_500_ms), 2),
            "anchor_without_passages_median_ms": round(statistics.median(bare_ms), 2),
            "anchor_without_passages_p95_ms": round(p95(bare_ms), 2),
            "queries": per_query,
        },
    )


# --- Opening a long story ------------------------------------------------------------------------


def _counted(window) -> None:
    """Until the Versions tab has counted the words of every revision listed."""
    from PySide6.QtWidgets import QApplication

    uncounted = getattr(window.versions.model, "uncounted", list)  # (a Desk that counts at once)
    deadline = time.perf_counter() + 10
    while uncounted() and time.perf_counter() < deadline:
        window.controller.background.wait(100)
        QApplication.processEvents()
        time.sleep(0.001)
    _settled(window.list_model)


def open_long_story(big: Path, settings: Settings) -> Figure:
    """Selecting a story with fifty revisions in the window, until the window has painted it:
    the story pane filled, and its Notes, History and Versions tabs (all three are filled
    whichever is in front). Measured with each tab in front in turn; the figure is the slowest
    of the three medians."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desk.ui.main_window import MainWindow

    n = settings.stories
    long_ones = [i + 1 for i, kind in newsroom_story.special_stories(n).items() if kind == "many"]
    other = next(i for i in range(1, n + 1) if i not in long_ones)
    handle = _open(big)
    with handle.reading():
        chief = handle.users.get(CHIEF)
    by_tab: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(
            handle, chief, QSettings(f"{folder}/desk.ini", QSettings.Format.IniFormat), _Prompts()
        )
        window.notifier.stop()
        window.show()
        QApplication.processEvents()
        for tab in range(window.side.count()):
            window.side.setCurrentIndex(tab)
            times, complete = [], []
            for run in range(settings.runs + 1):  # the first run warms the caches
                window.open_story(other)
                _counted(window)  # nothing left running from before
                begin = time.perf_counter()
                window.open_story(long_ones[run % len(long_ones)])
                QApplication.processEvents()
                times.append((time.perf_counter() - begin) * 1000)
                _counted(window)  # the Versions tab's word counts come a moment later
                complete.append((time.perf_counter() - begin) * 1000)
            by_tab[window.side.tabText(tab)] = {
                "median_ms": round(statistics.median(times[1:]), 2),
                "worst_ms": round(max(times[1:]), 2),
                "until_word_counts_ms": round(statistics.median(complete[1:]), 2),
            }
        shown = {
            "revisions": window.versions.model.rowCount(),
            "history_events": window.history.model.rowCount(),
            "notes": window.notes.model.rowCount(),
            "words": window.pane.story.word_count if window.pane.story else 0,
        }
        window.pane.shut()
        window.controller.background.wait(10_000)
        window.close()
    close_newsroom(handle)
    value = max(tab["median_ms"] for tab in by_tab.values())
    return Figure(
        f"open a story with 50 revisions, {n:,} stories",
        value,
        "ms",
        "< 50 ms",
        value < 50,
        detail={"shown": shown, "by_tab_in_front": by_tab},
    )


# --- Size and memory -----------------------------------------------------------------------------


def database_size(big: Path) -> Figure:
    """The file against the UTF-8 bytes of the text of every revision (headline, standfirst,
    byline, dateline and body text): the raw text is counted once per file and kept beside it."""
    stat = big.stat()
    cache = big.with_name(big.name + ".text-bytes.json")
    known = json.loads(cache.read_text()) if cache.exists() else {}
    if known.get("stamp") != [stat.st_size, stat.st_mtime_ns]:
        known = {
            "stamp": [stat.st_size, stat.st_mtime_ns],
            "bytes": newsroom_data.raw_text_bytes(big),
        }
        cache.write_text(json.dumps(known))
    with sqlite3.connect(f"{big.as_uri()}?mode=ro", uri=True) as db:
        tables = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
        revisions = db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    biggest = sorted(tables.items(), key=lambda item: -item[1])[:6]
    value, anchor = stat.st_size / 1e6, known["bytes"] / 1e6
    return Figure(
        f"database size, {revisions:,} revisions",
        round(value, 1),
        "MB",
        "<= 1.5x",
        suite.ratio_goal(value, anchor, 1.5),
        "UTF-8 text of every revision",
        round(anchor, 1),
        {"largest_parts_mb": {name: round(size / 1e6, 1) for name, size in biggest}},
    )


def memory(big: Path, tiny: Path) -> Figure:
    """Resident memory of a fresh process showing the list's first page (and after scrolling
    to its end), at N stories and at 100."""
    found = {name: _memory_of(path) for name, path in (("big", big), ("tiny", tiny))}
    value, anchor = found["big"]["first_page_mb"], found["tiny"]["first_page_mb"]
    return Figure(
        f"memory with the list shown, {found['big']['total']:,} stories",
        value,
        "MB",
        "at most +60 MB",
        value - anchor <= 60,
        f"the same, {MEMORY_ANCHOR_STORIES} stories",
        anchor,
        found,
    )


def _memory_of(path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--memory", str(path)],
        capture_output=True, text=True, check=True, timeout=1800,
    )  # fmt: skip
    return json.loads(done.stdout.splitlines()[-1])


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _measure_memory(path: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from desk.ui.app import settle_memory

    _application()
    _handle, model, view = _list(path)
    model.show(StoryFilter())
    _settled(model)
    settle_memory()
    QApplication.processEvents()
    first = _rss_mb()
    _scroll(model, view)
    _settled(model)
    return {
        "total": model.total,
        "first_page_mb": first,
        "after_scrolling_mb": _rss_mb(),
        "rows_after_scrolling": model.rowCount(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=Settings.stories)
    parser.add_argument("--runs", type=int, default=Settings.runs)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--memory", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.memory:
        print(json.dumps(_measure_memory(args.memory)))
        return 0
    settings = Settings(stories=args.stories, runs=args.runs, smoke=args.smoke)
    if args.smoke:
        settings = Settings(stories=300, small=100, runs=2, smoke=True)
    for figure in run(settings):
        print(json.dumps(figure.as_json(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
