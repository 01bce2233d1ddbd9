"""The concurrency bench's newsroom: where it lives, and the people and stories it starts with."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BOSS = "boss"  # sets the newsroom up; no worker acts as the boss
ROLES = ("editor", "correspondent", "chief", "correspondent", "editor", "correspondent")
# Story states the setup leaves, one story in ten each (three drafts).
SETUP_STATES = ("draft", "draft", "draft", "filed", "filed", "editing", "returned",
                "approved", "published", "spiked")  # fmt: skip


def setup(folder: Path, processes: int, story_count: int, db: str | None = None) -> dict[str, Any]:
    """A newsroom at `db` (default: a new SQLite file in `folder`) with the people the workers
    act as, and stories in every state the workflow has (SETUP_STATES)."""
    from desk.domain.body import Body
    from desk.domain.story import StoryText
    from desk.domain.workflow import Action
    from desk.services import newsroom, stories
    from desk.services.session import close_newsroom, open_newsroom

    db = db or f"sqlite:///{folder / 'newsroom.sqlite'}"
    handle = open_newsroom(db, create=True)
    newsroom.start_newsroom(handle, BOSS)
    workers = {f"w{i + 1}": ROLES[i % len(ROLES)] for i in range(processes)}
    people = {**workers, "cli1": "editor", "win1": "editor", "race1": "editor",
              "race2": "editor", "writer": "correspondent"}  # fmt: skip
    for name, role in people.items():
        newsroom.add_user(handle, BOSS, name, role)
    for name in ("Politics", "Region", "World"):
        newsroom.add_desk(handle, BOSS, name)
    authors = [n for n, r in workers.items() if r == "correspondent"] or ["writer"]
    authors.append("writer")
    editors = [n for n, r in workers.items() if r == "editor"] or [BOSS]
    steps = {
        "draft": [],
        "filed": [Action.FILE],
        "editing": [Action.FILE, Action.CLAIM],
        "returned": [Action.FILE, Action.CLAIM, Action.RETURN],
        "approved": [Action.FILE, Action.CLAIM, Action.APPROVE],
        "published": [Action.FILE, Action.CLAIM, Action.APPROVE, Action.PUBLISH],
        "spiked": [Action.FILE, Action.SPIKE],
    }
    ids = []
    for i in range(story_count):
        author, editor = authors[i % len(authors)], editors[i % len(editors)]
        text = StoryText(f"Story {i + 1}", "", f"By {author}", "",
                         Body.from_paragraphs([f"The first version of story {i + 1}."]))  # fmt: skip
        desk = ("Politics", "Region", "World")[i % 3]
        story = stories.create_story(handle, author, text, desk=desk)
        for action in steps[SETUP_STATES[i % len(SETUP_STATES)]]:
            who = {Action.FILE: author, Action.PUBLISH: BOSS}.get(action, editor)
            stories.act(handle, who, story.id, action, note="setting up")
        ids.append(story.id)
    with connection(handle.store.engine) as con:
        marks = {name: _last_id(con, name) for name in ("history", "comments", "revisions")}
    close_newsroom(handle)
    logs = folder / "logs"
    logs.mkdir()
    return {"db": db, "stories": ids, "logs": str(logs), "workers": workers, "marks": marks}


@contextmanager
def connection(engine: Any) -> Iterator[Any]:
    """A connection for reading: rolled back afterwards, so no transaction is left open."""
    with engine.connect() as con:
        try:
            yield con
        finally:
            con.rollback()


def _last_id(con: Any, table: str) -> int:
    from sqlalchemy import func, select

    from desk.storage.models import Base

    rows = Base.metadata.tables[table]
    return con.execute(select(func.coalesce(func.max(rows.c.id), 0))).scalar_one()


@contextmanager
def newsroom_at(given: str | None) -> Iterator[str | None]:
    """Where the bench's newsroom goes: None (a temporary SQLite file), a SQLite file that does
    not exist yet, or a schema of its own on the PostgreSQL server `given` names, dropped with
    everything in it afterwards."""
    from sqlalchemy import create_engine

    from desk.storage.store import parse_url

    if given is None:
        yield None
        return
    url = parse_url(given)
    if url.get_backend_name() == "sqlite":
        if url.database and Path(url.database).exists():
            raise SystemExit(f"{url.database} exists; the bench builds its own newsroom.")
        yield given
        return
    schema = f"desk_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        private = url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield private.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
