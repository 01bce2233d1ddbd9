"""How a story list is read: its row as plain columns with the joins they need, and its order
as stretches that an index reads in order, so a page after any row (keyset paging) costs the
same deep in a list of 100,000 stories as at its top."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, select, tuple_
from sqlalchemy.orm import aliased

from desk.domain.story import Sort, State, StorySummary
from desk.storage.models import DeskRow, EditLockRow, StoryRow, UserRow

Author = aliased(UserRow, name="author")
Assignee = aliased(UserRow, name="assignee")
Holder = aliased(UserRow, name="holder")

SORT_COLUMNS: dict[Sort, Any] = {
    Sort.UPDATED: StoryRow.updated_at,
    Sort.CREATED: StoryRow.created_at,
    Sort.SLUG: StoryRow.slug,
    Sort.HEADLINE: StoryRow.headline,
    Sort.AUTHOR: Author.name,
    Sort.DESK: DeskRow.name,
    Sort.STATE: StoryRow.state,
    Sort.WORDS: StoryRow.word_count,
    Sort.DEADLINE: StoryRow.deadline,
}


# A row of a list as plain columns, not ORM objects: lists read rows by the hundred.
LIST_COLUMNS = (
    StoryRow.id,
    StoryRow.slug,
    StoryRow.headline,
    StoryRow.state,
    DeskRow.name,
    Author.name,
    Assignee.name,
    StoryRow.word_count,
    StoryRow.target_words,
    StoryRow.deadline,
    StoryRow.updated_at,
    StoryRow.language,
    Holder.name,
)


def listed(row: Any) -> StorySummary:
    """A StorySummary from a row of LIST_COLUMNS."""
    return StorySummary(
        row[0], row[1], row[2], State(row[3]), row[4], row[5], row[6], row[7], row[8], row[9],
        row[10], row[11], row[12],
    )  # fmt: skip


def listing(*, desks_first: bool = False) -> Select[Any]:
    """LIST_COLUMNS with the joins they need. desks_first: only stories with a desk, reached
    through their desk, so a list in order of desk names is read along an index."""
    stmt = select(*LIST_COLUMNS)
    if desks_first:
        stmt = stmt.select_from(DeskRow).join(StoryRow, StoryRow.desk_id == DeskRow.id)
    else:
        stmt = stmt.select_from(StoryRow)
    # The inner join first: SQLite may then read a list in order of authors' names along the
    # names' index (it does not move a table across an outer join to do so).
    stmt = stmt.join(Author, StoryRow.author_id == Author.id)
    if not desks_first:
        stmt = stmt.outerjoin(DeskRow, StoryRow.desk_id == DeskRow.id)
    return (
        stmt.outerjoin(Assignee, StoryRow.assignee_id == Assignee.id)
        .outerjoin(EditLockRow, EditLockRow.story_id == StoryRow.id)
        .outerjoin(Holder, EditLockRow.holder_id == Holder.id)
    )


@dataclass(frozen=True)
class Stretch:
    """A run of a sorted list that one indexed query reads in order: `key` are its sort
    columns (ties broken by the last), `where` says which stories belong to it."""

    key: tuple[Any, ...]
    where: tuple[ColumnElement[bool], ...] = ()
    desks_first: bool = False


def stretches(sort: Sort, descending: bool) -> list[Stretch]:
    """A list's order as stretches, first to last. Stories without a deadline or a desk come
    first going up and last going down (as SQL sorts NULL), each such stretch on its own, so
    that every stretch can be read along an index a page at a time, however deep the page."""
    column = SORT_COLUMNS[sort]
    if sort is Sort.STATE:  # within a state, by time: the order of ix_stories_state_updated
        return [Stretch((StoryRow.state, StoryRow.updated_at, StoryRow.id))]
    if sort is Sort.DEADLINE:
        unset = Stretch((StoryRow.id,), (StoryRow.deadline.is_(None),))
        values = Stretch((column, StoryRow.id), (StoryRow.deadline.is_not(None),))
    elif sort is Sort.DESK:
        unset = Stretch((StoryRow.id,), (StoryRow.desk_id.is_(None),))
        # Every name is >= "": said to SQLite, it walks the desks' names along their index.
        values = Stretch((column, StoryRow.id), (DeskRow.name >= "",), desks_first=True)
    else:
        return [Stretch((column, StoryRow.id))]
    return [values, unset] if descending else [unset, values]


def sort_values(sort: Sort, row: StorySummary) -> tuple[Any, ...]:
    """The values `row` has in the sort columns of its stretch (see stretches)."""
    match sort:
        case Sort.UPDATED:
            return (row.updated_at, row.id)
        case Sort.CREATED:  # not in a summary: read from the story
            created = select(StoryRow.created_at).where(StoryRow.id == row.id).scalar_subquery()
            return (created, row.id)
        case Sort.SLUG:
            return (row.slug, row.id)
        case Sort.HEADLINE:
            return (row.headline, row.id)
        case Sort.AUTHOR:
            return (row.author, row.id)
        case Sort.STATE:
            return (row.state.value, row.updated_at, row.id)
        case Sort.WORDS:
            return (row.word_count, row.id)
        case Sort.DEADLINE:
            return (row.id,) if row.deadline is None else (row.deadline, row.id)
        case Sort.DESK:
            return (row.id,) if row.desk is None else (row.desk, row.id)
    raise ValueError(sort)


def past(stretch: Stretch, values: tuple[Any, ...], descending: bool) -> ColumnElement[bool]:
    """The stories of `stretch` that come after the one whose sort values are `values`."""
    bound = [
        v if isinstance(v, ColumnElement) else literal(v, c.type)
        for c, v in zip(stretch.key, values, strict=True)
    ]
    columns, after = tuple_(*stretch.key), tuple_(*bound)
    return columns < after if descending else columns > after
