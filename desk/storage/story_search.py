"""Full-text search over the stories: SQLite's FTS5 index or PostgreSQL's tsvector, ranked,
a page at a time, with the passage that matched (see search.py for what a person may type)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from desk.domain.story import SearchHit, StoryFilter
from desk.storage import postgresql, search, sqlite
from desk.storage.lists import LIST_COLUMNS, listed, listing
from desk.storage.models import StoryRow


def _on_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def search_page(
    session: Session, query: str, f: StoryFilter, where: list[ColumnElement[bool]]
) -> list[SearchHit]:
    """A page (f.limit, f.offset) of the stories matching `query` and `where`, best first."""
    if _on_sqlite(session):
        return _fts5(session, query, f, where)
    return _postgresql(session, query, f, where)


def count_found(session: Session, query: str, where: list[ColumnElement[bool]], most: int) -> int:
    """How many stories search_page would find, counting no further than `most`."""
    found = listing().with_only_columns(StoryRow.id).where(*where)
    if _on_sqlite(session):
        match = search.fts_query(query)
        if match is None:
            return 0
        index = sqlite.search_index()
        found = found.join(index.table, index.rowid == StoryRow.id).where(index.matches(match))
    else:
        wanted = search.tsquery(query)
        if wanted is None:
            return 0
        found = found.where(postgresql.search_vector().op("@@")(postgresql.search_query(wanted)))
    counted = select(func.count()).select_from(found.limit(most).subquery())
    return session.scalar(counted) or 0


def _fts5(
    session: Session, query: str, f: StoryFilter, where: list[ColumnElement[bool]]
) -> list[SearchHit]:
    match = search.fts_query(query)
    if match is None:
        return []
    index = sqlite.search_index()
    # FTS5's own `rank`, weighted as sqlite.SEARCH_WEIGHTS says: ordered by it, FTS5 hands
    # the matches over best first, so the query stops after the page and makes passages
    # (the costly part) for the page's stories only, not for every match.
    rank = literal_column("story_search.rank")
    weights = ", ".join(str(w) for w in sqlite.SEARCH_WEIGHTS)
    stmt = (
        listing()
        .add_columns(rank, *index.snippets)
        .join(index.table, index.rowid == StoryRow.id)
        .where(index.matches(match), rank.op("MATCH")(f"bm25({weights})"), *where)
        .order_by(rank)
        .limit(f.limit)
        .offset(f.offset)
    )
    marks = sqlite.HIT_START, sqlite.HIT_END
    hits = []
    width = len(LIST_COLUMNS)
    for row in session.execute(stmt):
        rank_value, snippets = row[width], row[width + 1 :]
        best = next((s for s in snippets if s and sqlite.HIT_START in s), snippets[0] or "")
        hits.append(SearchHit(listed(row), search.split_snippet(best, *marks), rank_value))
    return hits


def _postgresql(
    session: Session, query: str, f: StoryFilter, where: list[ColumnElement[bool]]
) -> list[SearchHit]:
    wanted = search.tsquery(query)
    if wanted is None:
        return []
    found = postgresql.search_query(wanted)
    rank = postgresql.search_rank(found).label("rank")
    # The page first, ranked over the index's matches; passages (ts_headline reads the
    # whole text) are then made for the page's stories only.
    page = (
        listing()
        .add_columns(rank)
        .where(postgresql.search_vector().op("@@")(found), *where)
        .order_by(rank.desc(), StoryRow.id.desc())
        .limit(f.limit)
        .offset(f.offset)
        .subquery("page")
    )
    texts = aliased(StoryRow, name="texts")
    marks = sqlite.HIT_START, sqlite.HIT_END  # the markers the FTS5 path uses
    columns = [getattr(texts, name) for name in _PASSAGE_COLUMNS]
    stmt = (
        select(*page.c)
        .add_columns(
            *(postgresql.passage(c, found, *marks) for c in columns),
            *(func.left(c, _ENDS) for c in columns),
            *(func.right(c, _ENDS) for c in columns),
        )
        .join(texts, texts.id == page.c.id)
        .order_by(page.c.rank.desc(), page.c.id.desc())
    )
    hits = []
    width, count = len(LIST_COLUMNS), len(columns)
    for row in session.execute(stmt):
        passages = row[width + 1 : width + 1 + count]
        starts = row[width + 1 + count : width + 1 + 2 * count]
        ends = row[width + 1 + 2 * count :]
        at = next((i for i, p in enumerate(passages) if p and marks[0] in p), 0)
        best = _with_ellipses(passages[at] or "", starts[at] or "", ends[at] or "", marks)
        # Negated, so that as with bm25 the best match has the lowest rank.
        hits.append(SearchHit(listed(row), search.split_snippet(best, *marks), -row[width]))
    return hits


# A passage of the body reads best; the headline or a byline when only they matched.
_PASSAGE_COLUMNS = ("body_text", "headline", "standfirst", "byline", "slug")
_ENDS = 200  # characters of each end of a text, to tell whether a passage reaches it


def _with_ellipses(passage: str, start: str, end: str, marks: tuple[str, str]) -> str:
    """`passage` with "…" where it cuts its text short, as FTS5's snippets are. `start` and
    `end` are the first and last characters of the text it was cut from."""
    plain = passage.replace(marks[0], "").replace(marks[1], "").strip()
    if not plain:
        return passage
    k = min(len(plain), _ENDS)
    head = "" if start.lstrip().startswith(plain[:k]) else "…"
    tail = "" if end.rstrip().endswith(plain[-k:]) else "…"
    return head + passage.strip() + tail
