"""The story list at newsroom scale: first page, sorting, and scrolling the whole list.

Run: python bench/window_list.py [--stories 100000] [--runs 5]
(results also go to bench/results/window_list.json; the generated newsrooms are kept in
bench/data/ and reused)

- first page of the list (count + 200 rows) at N stories   vs  the same at 1,000 stories
- sort by each column at N stories, until the new first page is shown (the database sorts on
  the worker thread; the window keeps drawing meanwhile)
- scroll a real QTableView (offscreen) from the first row to the last, a screenful per frame,
  fetching pages as it goes: median, p99 and worst frame, and frames over 50 ms
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from desk.domain.story import Role, State, StoryFilter
from desk.services import newsroom
from desk.services.session import Newsroom, close_newsroom, open_newsroom
from desk.storage.models import EditLockRow, RevisionRow, StoryRow

HERE = Path(__file__).parent
WORDS = {
    "en": "the minister said talks on the grain corridor would resume next week in Moscow".split(),
    "sr-Latn": "ministar je rekao da će pregovori o budžetu biti nastavljeni u Beogradu".split(),
    "sr-Cyrl": "министар је рекао да ће преговори о буџету бити настављени у Београду".split(),
}
PEOPLE = [("chief", Role.CHIEF), ("ed1", Role.EDITOR), ("ed2", Role.EDITOR)] + [
    (f"corr{i}", Role.CORRESPONDENT) for i in range(1, 9)
]
DESKS = ["Politics", "Region", "World", "Business", "Culture", "Sport"]


def build(path: Path, n: int) -> None:
    """A newsroom of n stories (one revision each), written in bulk: minutes, not hours."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    handle = open_newsroom(f"sqlite:///{partial}", create=True)
    newsroom.start_newsroom(handle, "chief")
    for name, role in PEOPLE[1:]:
        newsroom.add_user(handle, "chief", name, role)
    for desk in DESKS:
        newsroom.add_desk(handle, "chief", desk)
    users = {u.name: u.id for u in newsroom.list_users(handle)}
    desks = [d.id for d in newsroom.list_desks(handle)]
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    states = list(State)
    batch = 5000
    with handle.store.engine.begin() as connection:
        for first in range(0, n, batch):
            stories, revisions, locks = [], [], []
            for i in range(first, min(first + batch, n)):
                language = rng.choice(list(WORDS))
                words = [rng.choice(WORDS[language]) for _ in range(rng.randint(40, 120))]
                headline = " ".join(rng.choice(WORDS[language]) for _ in range(8)).capitalize()
                body_text = " ".join(words)
                author = rng.choice(PEOPLE[3:])[0]
                when = start + timedelta(minutes=i * 9)
                story_id = i + 1
                stories.append(
                    {
                        "id": story_id,
                        "slug": f"story-{story_id:06d}",
                        "headline": headline,
                        "byline": f"By {author}",
                        "body_text": body_text,
                        "word_count": len(words),
                        "desk_id": rng.choice(desks),
                        "language": language,
                        "tags": [],
                        "byline_parts": {},
                        "author_id": users[author],
                        "deadline": when + timedelta(hours=rng.randint(-5, 48)),
                        "target_words": rng.choice([None, 60, 80, 100]),
                        "state": rng.choice(states).value,
                        "revision": 1,
                        "last_revision": 1,
                        "created_at": when,
                        "updated_at": when,
                    }
                )
                revisions.append(
                    {
                        "story_id": story_id,
                        "number": 1,
                        "kind": "created",
                        "author_id": users[author],
                        "created_at": when,
                        "headline": headline,
                        "byline": f"By {author}",
                        "body": [{"kind": "paragraph", "runs": [{"text": body_text}]}],
                    }
                )
                locks.append(
                    {
                        "story_id": story_id,
                        "holder_id": users[author],
                        "acquired_at": when,
                        "heartbeat_at": when,
                    }
                )
            connection.execute(insert(StoryRow.__table__), stories)
            connection.execute(insert(RevisionRow.__table__), revisions)
            connection.execute(insert(EditLockRow.__table__), locks)
    close_newsroom(handle)
    partial.replace(path)


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def controller_for(handle: Newsroom):
    from desk.ui.controller import Controller
    from desk.ui.prompts import Prompts

    user = next(u for u in newsroom.list_users(handle) if u.name == "chief")
    return Controller(handle, user, Prompts())


def first_page_ms(path: Path, runs: int) -> float:
    from desk.ui.story_list_model import StoryListModel

    handle = open_newsroom(f"sqlite:///{path}")
    model = StoryListModel(controller_for(handle))
    model.show(StoryFilter())  # warm the caches once, as an open window has
    figure = median_ms(lambda: model.show(StoryFilter()), runs)
    close_newsroom(handle)
    return figure


BLOCKED: list[float] = []  # how long each sort held the UI thread


def sort_and_wait(model, column: int, order) -> None:
    """A sort as the person waits for it: until the new first page is on screen."""
    from PySide6.QtWidgets import QApplication

    begin = time.perf_counter()
    model.sort(column, order)
    BLOCKED.append((time.perf_counter() - begin) * 1000)
    model.controller.background.wait()
    begin = time.perf_counter()
    QApplication.processEvents()  # the new rows replace the old: on the UI thread
    BLOCKED[-1] = max(BLOCKED[-1], (time.perf_counter() - begin) * 1000)


def sorts_ms(path: Path, runs: int) -> dict[str, float]:
    from PySide6.QtCore import Qt

    from desk.ui.story_list_model import COLUMNS, StoryListModel

    handle = open_newsroom(f"sqlite:///{path}")
    model = StoryListModel(controller_for(handle))
    model.show(StoryFilter())
    found = {}
    for column, (title, _sort) in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            name = f"{title} {'up' if order == Qt.SortOrder.AscendingOrder else 'down'}"
            found[name] = median_ms(lambda c=column, o=order: sort_and_wait(model, c, o), runs)
    close_newsroom(handle)
    return found


def scroll(path: Path) -> dict[str, float]:
    """Scroll a shown QTableView a screenful per frame from top to bottom, painting each frame."""
    from PySide6.QtWidgets import QApplication

    from desk.ui.app import settle_memory
    from desk.ui.story_list_model import StoryListModel
    from desk.ui.story_list_view import StoryListView

    handle = open_newsroom(f"sqlite:///{path}")
    model = StoryListModel(controller_for(handle))
    view = StoryListView(model)
    view.resize(1100, 700)
    view.show()
    model.show(StoryFilter())
    QApplication.processEvents()
    settle_memory()  # as the window does once it is up
    bar = view.verticalScrollBar()
    frames = []
    while True:
        begin = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        view.viewport().repaint()
        frames.append((time.perf_counter() - begin) * 1000)
        if bar.value() >= bar.maximum() and not model.canFetchMore():
            break
    rows = model.rowCount()
    close_newsroom(handle)
    frames.sort()
    return {
        "rows": rows,
        "frames": len(frames),
        "median_ms": statistics.median(frames),
        "p99_ms": frames[int(len(frames) * 0.99) - 1],
        "worst_ms": frames[-1],
        "over_50ms": sum(1 for f in frames if f > 50),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])
    small, big = HERE / "data" / "list-1000.sqlite", HERE / "data" / f"list-{args.stories}.sqlite"
    begin = time.perf_counter()
    build(small, 1000)
    build(big, args.stories)
    built_s = time.perf_counter() - begin
    anchor = first_page_ms(small, args.runs)
    figure = first_page_ms(big, args.runs)
    results = {
        "stories": args.stories,
        "build_s": round(built_s, 1),
        "first_page_ms": {"1000": round(anchor, 2), str(args.stories): round(figure, 2)},
        "first_page_ratio": round(figure / anchor, 2),
        "sort_ms": {k: round(v, 1) for k, v in sorts_ms(big, args.runs).items()},
        "sort_worst_ui_block_ms": round(max(BLOCKED), 2),
        "scroll": {k: round(v, 2) for k, v in scroll(big).items()},
    }
    out = HERE / "results" / "window_list.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
