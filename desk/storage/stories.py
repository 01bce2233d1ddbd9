"""Repositories for stories and their revisions: rows in, plain values out."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session

from desk.domain.body import Body
from desk.domain.story import (
    Revision,
    RevisionKind,
    SearchHit,
    State,
    Story,
    StoryFilter,
    StorySummary,
    StoryText,
)
from desk.errors import NotFound
from desk.storage import story_search
from desk.storage.lists import (
    SORT_COLUMNS,
    Assignee,
    Author,
    Holder,
    listed,
    listing,
    past,
    sort_values,
    stretches,
)
from desk.storage.models import DeskRow, EditLockRow, RevisionRow, StoryRow, UserRow


def _text(row: Any) -> StoryText:  # a RevisionRow, or a row of its text columns
    body = Body.from_data(row.body)
    return StoryText(row.headline, row.standfirst, row.byline, row.dateline, body)


class Stories:
    _get: ClassVar[Select[Any] | None] = None
    _text_of: ClassVar[Select[Any]]

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self, story_id: int, *, for_update: bool = False, text: StoryText | None = None
    ) -> Story:
        """The story with its current text; for_update takes the row lock (on servers) so two
        people acting on one story at once are served one after the other. `text`: the current
        text, when the caller has just written it (a save need not read it back)."""
        if self._get is None:  # built once: a save reads a story twice
            # Plain columns, not ORM objects: a save reads the story, changes it with UPDATE
            # and reads it again, and rows carry no stale copy from one read to the next.
            Stories._get = (
                listing()
                .with_only_columns(
                    StoryRow.__table__,
                    Author.name.label("author_name"),
                    Assignee.name.label("assignee_name"),
                    DeskRow.name.label("desk_name"),
                    Holder.name.label("holder_name"),
                    EditLockRow.heartbeat_at,
                )
                .where(StoryRow.id == bindparam("story_id"))
            )
            Stories._text_of = select(
                RevisionRow.headline,
                RevisionRow.standfirst,
                RevisionRow.byline,
                RevisionRow.dateline,
                RevisionRow.body,
            ).where(
                RevisionRow.story_id == bindparam("story_id"),
                RevisionRow.number == bindparam("number"),
            )
        if for_update and self._session.get_bind().dialect.name != "sqlite":
            # Lock the row first, then read it whole. A locking read that had to wait would
            # see the story row as the other writer left it but the joined rows (the edit
            # lock's holder) as they were before: a statement after the wait sees them all.
            # (SQLite's writers hold the whole file from BEGIN IMMEDIATE.)
            lock = select(StoryRow.id).where(StoryRow.id == story_id).with_for_update()
            self._session.execute(lock)
        row = self._session.execute(self._get, {"story_id": story_id}).first()
        if row is None:
            raise NotFound(f"There is no story number {story_id}.")
        author, assignee, desk = row.author_name, row.assignee_name, row.desk_name
        holder, seen = row.holder_name, row.heartbeat_at
        if text is None:
            current = self._session.execute(
                self._text_of, {"story_id": story_id, "number": row.revision}
            ).first()
            if current is None:
                raise NotFound(
                    f"Story {story_id} has lost its current text (revision {row.revision})."
                )
            text = _text(current)
        return Story(
            id=row.id,
            slug=row.slug,
            text=text,
            state=State(row.state),
            desk=desk,
            language=row.language,
            tags=tuple(row.tags or ()),
            author=author,
            assignee=assignee,
            lock_holder=holder,
            deadline=row.deadline,
            target_words=row.target_words,
            embargo_at=row.embargo_at,
            publish_at=row.publish_at,
            published_at=row.published_at,
            correction_number=row.correction_number,
            correction_pending=row.correction_pending,
            revision=row.revision,
            last_revision=row.last_revision,
            word_count=row.word_count,
            spiked_from=State(row.spiked_from) if row.spiked_from else None,
            byline_parts=dict(row.byline_parts or {}),
            created_at=row.created_at,
            updated_at=row.updated_at,
            lock_seen=seen,
        )

    def exists(self, story_id: int) -> None:
        """NotFound unless the story is there (without reading it, as get does)."""
        if self._session.scalar(select(StoryRow.id).where(StoryRow.id == story_id)) is None:
            raise NotFound(f"There is no story number {story_id}.")

    def add(self, **values: Any) -> int:
        row = StoryRow(**values)
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, story_id: int, **values: Any) -> None:
        self._session.execute(update(StoryRow).where(StoryRow.id == story_id).values(**values))

    def _where(self, f: StoryFilter) -> list[ColumnElement[bool]]:
        """Filters over the columns of lists.listing (people are matched by their names there)."""
        clauses: list[ColumnElement[bool]] = []
        if f.states:
            clauses.append(StoryRow.state.in_([s.value for s in f.states]))
        if f.desk:
            clauses.append(func.lower(DeskRow.name) == f.desk.lower())
        if f.author:
            clauses.append(Author.name == f.author)
        if f.assignee:
            clauses.append(Assignee.name == f.assignee)
        if f.involving:
            clauses.append(or_(Author.name == f.involving, Assignee.name == f.involving))
        if f.language:
            clauses.append(StoryRow.language == f.language)
        if f.deadline_before:
            clauses.append(StoryRow.deadline < f.deadline_before)
        if f.deadline_after:
            clauses.append(StoryRow.deadline >= f.deadline_after)
        return clauses

    def summaries(self, f: StoryFilter, after: StorySummary | None = None) -> list[StorySummary]:
        """A page of the list `f` selects, in its order: from the top (f.offset rows down), or
        the page that follows the row `after`. A page from the top or after a row is read
        along an index, at any depth (keyset paging); only f.offset reads what it skips."""
        where = self._where(f)
        if f.offset and after is None:
            column = SORT_COLUMNS[f.sort]
            ties = StoryRow.id.desc() if f.descending else StoryRow.id
            by = column.desc() if f.descending else column.asc()
            if self._session.get_bind().dialect.name != "sqlite":
                # Stories without the value first going up, last going down, as SQLite sorts
                # NULL and as the pages after a row come (lists.stretches).
                by = by.nulls_last() if f.descending else by.nulls_first()
            stmt = (
                listing()
                .where(and_(true(), *where))
                .order_by(by, ties)
                .limit(f.limit)
                .offset(f.offset)
            )
            return [listed(row) for row in self._session.execute(stmt)]
        found: list[StorySummary] = []
        order = stretches(f.sort, f.descending)
        values = sort_values(f.sort, after) if after is not None else None
        if values is not None:  # start from the stretch the row is in
            while len(order[0].key) != len(values):
                order.pop(0)
        for stretch in order:
            stmt = listing(desks_first=stretch.desks_first).where(*where, *stretch.where)
            if values is not None:
                stmt = stmt.where(past(stretch, values, f.descending))
                values = None
            by = [c.desc() if f.descending else c.asc() for c in stretch.key]
            stmt = stmt.order_by(*by).limit(f.limit - len(found))
            found += [listed(row) for row in self._session.execute(stmt)]
            if len(found) >= f.limit:
                break
        return found

    def count(self, f: StoryFilter) -> int:
        """How many stories match; joins only the tables the filter names, so counting a
        whole newsroom reads one index."""
        stmt = select(func.count()).select_from(StoryRow)
        if f.author or f.involving:
            stmt = stmt.join(Author, StoryRow.author_id == Author.id)
        if f.assignee or f.involving:
            stmt = stmt.outerjoin(Assignee, StoryRow.assignee_id == Assignee.id)
        if f.desk:
            stmt = stmt.outerjoin(DeskRow, StoryRow.desk_id == DeskRow.id)
        return self._session.scalar(stmt.where(and_(True, *self._where(f)))) or 0

    def due_for_publishing(self, now: datetime) -> list[int]:
        stmt = (
            select(StoryRow.id)
            .where(StoryRow.state == State.SCHEDULED.value, StoryRow.publish_at <= now)
            .order_by(StoryRow.publish_at)
        )
        return list(self._session.scalars(stmt))

    def count_by_state(self) -> dict[State, int]:
        stmt = select(StoryRow.state, func.count()).group_by(StoryRow.state)
        return {State(state): n for state, n in self._session.execute(stmt)}

    def search(self, query: str, f: StoryFilter) -> list[SearchHit]:
        """A page of the stories that match `query` (as search.parse_query reads it) and the
        filter, best first, each with the passage that matched."""
        return story_search.search_page(self._session, query, f, self._where(f))

    def count_found(self, query: str, f: StoryFilter, most: int) -> int:
        """How many stories `search` would find, counting no further than `most`."""
        return story_search.count_found(self._session, query, self._where(f), most)


class Revisions:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        story_id: int,
        number: int,
        base: int | None,
        kind: RevisionKind,
        author_id: int,
        now: datetime,
        content: StoryText,
        label: str = "",
    ) -> None:
        # A Core INSERT: the new revision is not read back as an object in this transaction.
        self._session.execute(
            insert(RevisionRow.__table__),
            {
                "story_id": story_id,
                "number": number,
                "base": base,
                "kind": kind.value,
                "author_id": author_id,
                "created_at": now,
                "label": label,
                "body": content.body.to_data(),
                **content.fields(),
            },
        )

    def replace(self, story_id: int, number: int, now: datetime, content: StoryText) -> None:
        """Overwrite an autosave with a newer autosave (autosaves coalesce)."""
        self._session.execute(
            update(RevisionRow)
            .where(RevisionRow.story_id == story_id, RevisionRow.number == number)
            .values(created_at=now, body=content.body.to_data(), **content.fields())
        )

    def kind_and_author(self, story_id: int, number: int) -> tuple[RevisionKind, str]:
        """What a revision is and who made it, without reading its text."""
        stmt = (
            select(RevisionRow.kind, UserRow.name)
            .join(UserRow, RevisionRow.author_id == UserRow.id)
            .where(RevisionRow.story_id == story_id, RevisionRow.number == number)
        )
        found = self._session.execute(stmt).first()
        if found is None:
            raise NotFound(f"Story {story_id} has no revision {number}.")
        return RevisionKind(found[0]), found[1]

    def name(self, story_id: int, number: int, label: str) -> None:
        """Give a revision a name; an autosave so named becomes a save."""
        self._session.execute(
            update(RevisionRow)
            .where(RevisionRow.story_id == story_id, RevisionRow.number == number)
            .values(label=label, kind=RevisionKind.SAVE.value)
        )

    def _select(self) -> Select[Any]:
        return select(RevisionRow, UserRow.name).join(UserRow, RevisionRow.author_id == UserRow.id)

    @staticmethod
    def _revision(row: RevisionRow, author: str) -> Revision:
        return Revision(
            story_id=row.story_id,
            number=row.number,
            base=row.base,
            kind=RevisionKind(row.kind),
            author=author,
            created_at=row.created_at,
            text=_text(row),
            label=row.label,
        )

    def get(self, story_id: int, number: int) -> Revision:
        stmt = self._select().where(RevisionRow.story_id == story_id, RevisionRow.number == number)
        found = self._session.execute(stmt).first()
        if found is None:
            raise NotFound(f"Story {story_id} has no revision {number}.")
        return self._revision(*found)

    def listing(self, story_id: int) -> list[Any]:
        """Every revision of a story, oldest first, as rows of number, base, kind, author's
        name, created_at, label and headline: what a list of versions shows, without reading
        (and unpacking) fifty bodies."""
        stmt = (
            select(
                RevisionRow.number,
                RevisionRow.base,
                RevisionRow.kind,
                UserRow.name,
                RevisionRow.created_at,
                RevisionRow.label,
                RevisionRow.headline,
            )
            .join(UserRow, RevisionRow.author_id == UserRow.id)
            .where(RevisionRow.story_id == story_id)
            .order_by(RevisionRow.number)
        )
        return list(self._session.execute(stmt))

    def bodies(self, story_id: int, numbers: list[int]) -> dict[int, Body]:
        """The bodies of some of a story's revisions, by number."""
        stmt = select(RevisionRow.number, RevisionRow.body).where(
            RevisionRow.story_id == story_id, RevisionRow.number.in_(numbers)
        )
        return {number: Body.from_data(body) for number, body in self._session.execute(stmt)}

    def for_story(self, story_id: int) -> list[Revision]:
        stmt = self._select().where(RevisionRow.story_id == story_id).order_by(RevisionRow.number)
        return [self._revision(*found) for found in self._session.execute(stmt)]
