"""A realistic newsroom of n stories for the benchmarks, built once and kept in bench/data/.

    newsroom(100_000) -> Path of a SQLite newsroom at the current schema

Each story is played through the workflow the way the services would: revisions as writers and
editors make them (about five a story; a handful with fifty; some conflict copies and restores),
history events chained as `desk check` expects, notes, edit locks and lost locks that agree
with the state, every state, desk, language and role represented. Rows go in through
SQLAlchemy Core bulk inserts of the model tables, so the column types in desk/storage/models.py
do their conversions (whatever they become). Stories are made in batches on a second process
while this one writes the batch before.

Run: python bench/newsroom_data.py [--stories N] [--compare]
(--compare: how well the generated copy compresses with zlib, beside real copy)
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import insert

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsroom_story  # noqa: E402  (bench/ is not a package)
import newsroom_text as copy  # noqa: E402

from desk.domain.chain import GENESIS, Link, link_hash  # noqa: E402
from desk.services.session import close_newsroom, open_newsroom  # noqa: E402
from desk.storage import migrate, sqlite  # noqa: E402
from desk.storage.models import (  # noqa: E402
    CommentRow,
    DeskRow,
    EditLockRow,
    HistoryRow,
    LockLossRow,
    RevisionRow,
    StoryRow,
    UserRow,
)

DATA = HERE / "data"
BATCH = 2_000  # stories per transaction
HISTORY_BATCH = 20_000


def path_for(n: int, folder: Path = DATA) -> Path:
    return folder / f"newsroom-{n}-schema{migrate.HEAD}.sqlite"


def newsroom(n: int, folder: Path = DATA, *, workers: int | None = None) -> Path:
    """The newsroom of n stories at the current schema, built the first time it is asked for
    (under a temporary name, renamed when complete)."""
    path = path_for(n, folder)
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".building")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    build(partial, n, workers=workers)
    partial.replace(path)
    return path


def build(
    path: Path, n: int, *, workers: int | None = None, index_at_end: bool = True
) -> dict[str, float]:
    """Write a newsroom of n stories into a new file at `path`; seconds spent on each part.
    index_at_end: fill the search index once at the end rather than by its triggers."""
    begin = time.perf_counter()
    batches = _batches(n, workers)
    next_batch = next(batches, None)  # the worker starts before the newsroom is opened
    handle = open_newsroom(f"sqlite:///{path}", create=True)  # the schema, through Alembic
    engine = handle.store.engine
    spent: dict[str, float] = {}
    events: list[tuple[Any, ...]] = []
    people = newsroom_story.staff()
    try:
        with engine.connect() as connection:
            _fast(connection)
            with connection.begin():
                connection.execute(insert(UserRow.__table__), newsroom_story.user_rows(people))
                connection.execute(insert(DeskRow.__table__), newsroom_story.desk_rows())
                # The search index is filled once at the end: measured at 20,000 stories, that
                # is faster than a trigger per story (see BENCHMARKS.md).
                if index_at_end:
                    for statement in sqlite.SEARCH_DROP[:3]:
                        connection.exec_driver_sql(statement)
            for batch in _chain(next_batch, batches):
                with connection.begin():
                    _write_batch(connection, batch)
                events.extend(batch["events"])
            spent["stories_s"] = time.perf_counter() - begin
            mark = time.perf_counter()
            with connection.begin():
                _write_history(connection, events)
            spent["history_s"] = time.perf_counter() - mark
            mark = time.perf_counter()
            if index_at_end:
                with connection.begin():
                    for statement in sqlite.SEARCH_DDL[1:]:  # the triggers, then 'rebuild'
                        connection.exec_driver_sql(statement)
            spent["search_index_s"] = time.perf_counter() - mark
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_newsroom(handle)
    spent["total_s"] = time.perf_counter() - begin
    return spent


def _fast(connection: Any) -> None:
    """A file built under a temporary name needs no protection against power cuts."""
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("PRAGMA cache_size=-200000")
    raw.execute("PRAGMA temp_store=MEMORY")


def _batches(n: int, workers: int | None) -> Iterator[dict[str, Any]]:
    """The stories in batches, each story made from its own seed (the same newsroom on any
    machine), on another process while this one writes. The worker is forked before anything
    is opened, and only computes."""
    jobs = [(first, min(first + BATCH, n), n) for first in range(0, n, BATCH)]
    if workers is None:
        workers = 1 if len(jobs) > 1 and _may_fork() else 0
    if workers == 0:
        yield from (newsroom_story.make_batch(*job) for job in jobs)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[Any] = deque()
        for job in jobs:
            pending.append(pool.apply_async(_make_batch, (job,)))
            if len(pending) > workers:  # no more than one batch waits to be written
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _may_fork() -> bool:
    """A worker is forked only from a process with no Qt application (whose threads a fork
    would copy half-way) and where fork exists."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    core = sys.modules.get("PySide6.QtCore")
    return core is None or core.QCoreApplication.instance() is None


def _chain(first: dict[str, Any] | None, rest: Iterator[dict[str, Any]]):
    if first is not None:
        yield first
        yield from rest


def _make_batch(job: tuple[int, int, int]) -> dict[str, Any]:
    return newsroom_story.make_batch(*job)


def _write_batch(connection: Any, batch: dict[str, Any]) -> None:
    for table, rows in (
        (StoryRow.__table__, batch["stories"]),
        (RevisionRow.__table__, batch["revisions"]),
        (CommentRow.__table__, batch["comments"]),
        (EditLockRow.__table__, batch["locks"]),
        (LockLossRow.__table__, batch["losses"]),
    ):
        if rows:
            connection.execute(insert(table), rows)


def _write_history(connection: Any, events: list[tuple[Any, ...]]) -> None:
    """Every story's events in the order they happened, numbered and chained as
    desk/storage/records.py writes them, one at a time."""
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    previous = GENESIS
    rows: list[dict[str, Any]] = []
    for number, (at, story_id, _seq, actor_id, action, before, after, note) in enumerate(
        events, start=1
    ):
        link = Link(number, story_id, actor_id, action, before, after, at, note)
        previous = link_hash(previous, link)
        rows.append(link._asdict() | {"hash": previous})
        if len(rows) >= HISTORY_BATCH:
            connection.execute(insert(HistoryRow.__table__), rows)
            rows = []
    if rows:
        connection.execute(insert(HistoryRow.__table__), rows)


def raw_text_bytes(path: Path) -> int:
    """UTF-8 bytes of the text of every revision: headline, standfirst, byline, dateline and the
    body's text (its blocks' text as Desk's body model gives it), read back from the file."""
    from sqlalchemy import select

    from desk.domain.body import Body
    from desk.storage.store import open_store

    store = open_store(f"sqlite:///{path}", create=False)
    total = 0
    columns = (
        RevisionRow.headline,
        RevisionRow.standfirst,
        RevisionRow.byline,
        RevisionRow.dateline,
        RevisionRow.body,
    )
    try:
        with store.engine.connect() as connection:
            for *fields, body in connection.execute(select(*columns)):
                total += sum(len(f.encode()) for f in fields)
                total += len(Body.from_data(body).text.encode())
            connection.rollback()
    finally:
        store.close()
    return total


CHUNK = 6_000  # bytes: about a story of 900 English words; zlib gains with length


def compression_report(samples: int = 40) -> dict[str, dict[str, float]]:
    """zlib (level 6) size over UTF-8 size of text cut into pieces of CHUNK bytes (so that
    every source is judged at the same length), for generated copy and for real copy: the
    Word files of ../shared/corpus (English prose, Russian Cyrillic) and the sample newsroom's
    stories (English, Serbian Latin and Cyrillic, written by hand)."""
    report: dict[str, dict[str, float]] = {}
    rng = random.Random(5)
    for tag, v in copy.vocabularies().items():
        texts = []
        for _ in range(samples):
            words = int(min(3000, max(300, rng.lognormvariate(6.5, 0.55))))
            texts.append(copy.body_text(copy.body(rng, v, copy.topic(rng, v), words)))
        report[f"generated {tag}"] = _ratio(texts)
    for name, texts in _real_copy().items():
        report[name] = _ratio(texts)
    return {name: values for name, values in report.items() if values}


def _ratio(texts: list[str]) -> dict[str, float]:
    """The median ratio over the pieces, and over every text whole."""
    import statistics
    import zlib

    data = "\n\n".join(texts).encode()
    pieces, start = [], 0
    while start + CHUNK <= len(data):
        end = data.rfind(b" ", start, start + CHUNK) + 1 or start + CHUNK  # whole words
        pieces.append(data[start:end])
        start = end
    if not pieces:
        return {}
    values = [len(zlib.compress(piece, 6)) / len(piece) for piece in pieces]
    return {
        "pieces": len(values),
        "median": round(statistics.median(values), 3),
        "whole_texts_median": round(
            statistics.median(len(zlib.compress(t.encode(), 6)) / len(t.encode()) for t in texts),
            3,
        ),
    }


def _real_copy() -> dict[str, list[str]]:
    from desk.domain.script import guess_language
    from desk.formats.docx_reader import read_docx
    from desk.formats.text import parse_text
    from desk.services.demo import all_stories

    found: dict[str, list[str]] = {}
    corpus = HERE.parent.parent / "shared" / "corpus"
    for file in sorted(corpus.rglob("*.doc[xm]")):
        try:
            document = read_docx(file)
        except Exception:  # a refused file is simply not a sample
            continue
        body = document.text.body.text
        if not 300 <= len(body.split()) <= 20_000:
            continue
        letters = [c for c in body if c.isalpha()]
        cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
        latin = sum(1 for c in letters if c.isascii())
        if cyrillic > 0.8 * len(letters):
            found.setdefault("Word corpus, Cyrillic (Russian)", []).append(body)
        elif latin > 0.95 * len(letters) and guess_language(body) == "en":
            found.setdefault("Word corpus, English", []).append(body)
    for item in all_stories():
        found.setdefault(f"sample newsroom {item.language}", []).append(
            parse_text(item.versions[-1]).text
        )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=DATA)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.compare:
        for name, values in compression_report().items():
            print(f"{name:40} {values}")
        return 0
    path = path_for(args.stories, args.folder)
    if path.exists():
        print(f"{path} is already built")
        return 0
    begin = time.perf_counter()
    newsroom(args.stories, args.folder, workers=args.workers)
    print(f"{path}: {time.perf_counter() - begin:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
