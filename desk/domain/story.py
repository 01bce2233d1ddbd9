"""What the newsroom is made of: people, desks, stories, revisions, notes and history, as values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desk.domain.body import Body, Copyfit, copyfit


class Role(StrEnum):
    CORRESPONDENT = "correspondent"
    EDITOR = "editor"
    CHIEF = "chief"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def at_least(self, other: Role) -> bool:
        """Each role may do everything the one below it may."""
        return self.rank >= other.rank


_RANKS = {Role.CORRESPONDENT: 0, Role.EDITOR: 1, Role.CHIEF: 2}


class State(StrEnum):
    DRAFT = "draft"
    FILED = "filed"
    EDITING = "editing"
    RETURNED = "returned"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    KILLED = "killed"
    SPIKED = "spiked"


# States in which a story's deadline no longer matters: it went out, or it never will.
FINISHED = frozenset({State.PUBLISHED, State.KILLED, State.SPIKED})


class Language(StrEnum):
    """The languages copy arrives in (BCP 47 tags)."""

    ENGLISH = "en"
    SERBIAN_LATIN = "sr-Latn"
    SERBIAN_CYRILLIC = "sr-Cyrl"


TEXT_FIELDS = ("headline", "standfirst", "byline", "dateline")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    display_name: str = ""
    has_password: bool = False

    @property
    def label(self) -> str:
        return self.display_name or self.name


@dataclass(frozen=True)
class Desk:
    id: int
    name: str


@dataclass(frozen=True)
class StoryText:
    """The parts of a story that are its text: what a revision records."""

    headline: str = ""
    standfirst: str = ""
    byline: str = ""
    dateline: str = ""
    body: Body = field(default_factory=Body)

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TEXT_FIELDS}


@dataclass(frozen=True)
class StorySummary:
    """One row of a story list."""

    id: int
    slug: str
    headline: str
    state: State
    desk: str | None
    author: str
    assignee: str | None
    word_count: int
    target_words: int | None
    deadline: datetime | None
    updated_at: datetime
    language: str
    lock_holder: str | None = None  # who may change its text now

    @property
    def copyfit(self) -> Copyfit:
        return copyfit(self.word_count, self.target_words)

    def is_late(self, now: datetime) -> bool:
        """Past its deadline and still owed to the reader (not published, killed or spiked)."""
        return bool(self.deadline and self.state not in FINISHED and self.deadline < now)


@dataclass(frozen=True)
class Story:
    """A whole story as the newsroom sees it now, with its current text."""

    id: int
    slug: str
    text: StoryText
    state: State
    desk: str | None
    language: str
    tags: tuple[str, ...]
    author: str
    assignee: str | None
    lock_holder: str | None
    deadline: datetime | None
    target_words: int | None
    embargo_at: datetime | None
    publish_at: datetime | None
    published_at: datetime | None
    correction_number: int
    correction_pending: bool
    revision: int  # the current text
    last_revision: int  # the highest revision number, conflict copies included
    word_count: int
    spiked_from: State | None = None
    byline_parts: dict[str, object] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # The last sign of life from the lock's holder: a save, or their open window's heartbeat.
    lock_seen: datetime | None = None

    @property
    def headline(self) -> str:
        return self.text.headline

    @property
    def body(self) -> Body:
        return self.text.body

    @property
    def copyfit(self) -> Copyfit:
        return copyfit(self.word_count, self.target_words)


class RevisionKind(StrEnum):
    CREATED = "created"
    SAVE = "save"
    AUTOSAVE = "autosave"
    ACTION = "action"
    CONFLICT = "conflict"
    RESTORE = "restore"


@dataclass(frozen=True)
class Revision:
    story_id: int
    number: int
    base: int | None
    kind: RevisionKind
    author: str
    created_at: datetime
    text: StoryText
    label: str = ""

    @property
    def is_conflict(self) -> bool:
        return self.kind is RevisionKind.CONFLICT


@dataclass(frozen=True)
class Comment:
    id: int
    story_id: int
    author: str
    text: str
    created_at: datetime
    edited_at: datetime | None = None


@dataclass(frozen=True)
class LockLoss:
    """`user` lost the story's edit lock to `by`'s action, at the story's revision `revision`."""

    id: int
    story_id: int
    user: str
    by: str
    action: str
    revision: int
    at: datetime


@dataclass(frozen=True)
class HistoryEvent:
    id: int
    story_id: int
    actor: str
    action: str
    from_state: State | None
    to_state: State | None
    at: datetime
    note: str = ""


class Sort(StrEnum):
    """The columns a story list can be sorted by."""

    UPDATED = "updated"
    SLUG = "slug"
    HEADLINE = "headline"
    AUTHOR = "author"
    DESK = "desk"
    STATE = "state"
    WORDS = "words"
    DEADLINE = "deadline"
    CREATED = "created"


@dataclass(frozen=True)
class StoryFilter:
    """Which stories a list shows, and in what order. Empty fields do not filter."""

    states: tuple[State, ...] = ()
    desk: str | None = None
    author: str | None = None
    assignee: str | None = None
    involving: str | None = None  # "mine": the author or the assignee
    language: str | None = None
    deadline_before: datetime | None = None
    deadline_after: datetime | None = None
    sort: Sort = Sort.UPDATED
    descending: bool = True
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    """A story found by full-text search, with the passage that matched.

    `snippet` is a sequence of (text, matched) pieces, so a view can highlight the matches.
    """

    story: StorySummary
    snippet: tuple[tuple[str, bool], ...]
    rank: float
