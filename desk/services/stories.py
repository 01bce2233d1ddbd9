"""Creating, saving and moving stories through the workflow: each call one transaction."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from enum import Enum
from typing import Any

from desk.domain import workflow
from desk.domain.body import Body, Picture, count_words
from desk.domain.bylines import parse_byline
from desk.domain.fields import clean_body, clean_line, clean_note
from desk.domain.script import guess_language, slugify
from desk.domain.story import Language, RevisionKind, State, Story, StoryText, User
from desk.domain.workflow import Action
from desk.errors import Invalid, Refused
from desk.services import locks
from desk.storage.uow import UnitOfWork


class Keep(Enum):
    """Marks a field of Changes that is to stay as it is (None means "clear it")."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class Changes:
    """What an edit changes. Text fields need the edit lock; planning details need an editor
    or the lock. Fields left at KEEP are not touched; None clears a detail."""

    headline: str | Keep = KEEP
    standfirst: str | Keep = KEEP
    byline: str | Keep = KEEP
    dateline: str | Keep = KEEP
    body: Body | Keep = KEEP
    slug: str | Keep = KEEP
    desk: str | Keep | None = KEEP
    language: str | Keep = KEEP
    tags: tuple[str, ...] | Keep = KEEP
    assignee: str | Keep | None = KEEP
    deadline: datetime | Keep | None = KEEP
    target_words: int | Keep | None = KEEP
    embargo_at: datetime | Keep | None = KEEP

    def given(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not KEEP
        }


TEXT_CHANGES = ("headline", "standfirst", "byline", "dateline", "body")


@dataclass(frozen=True)
class Saved:
    """What a save did: the story as it now stands, and the revision the text went into.

    conflict=True: the text was based on an older revision than the stored one, so it was kept
    as a conflict copy (revision `revision`) and the story's text was left as it was.
    """

    story: Story
    revision: int | None
    conflict: bool = False

    @property
    def changed(self) -> bool:
        return self.revision is not None


def _actor(uow: UnitOfWork, name: str) -> User:
    return uow.users.get(name)


def _clean_text(text: StoryText) -> StoryText:
    return StoryText(
        headline=clean_line(text.headline, "headline"),
        standfirst=clean_line(text.standfirst, "standfirst"),
        byline=clean_line(text.byline, "byline"),
        dateline=clean_line(text.dateline, "dateline"),
        body=clean_body(text.body),
    )


def _text_columns(text: StoryText) -> dict[str, Any]:
    """The story row's copy of its current text, kept for lists and the search index."""
    byline = parse_byline(text.byline) if text.byline else None
    parts = {k: v for k, v in asdict(byline).items() if k != "text" and v} if byline else {}
    body_text = text.body.text
    return {
        **text.fields(),
        "byline_parts": {k: list(v) if isinstance(v, tuple) else v for k, v in parts.items()},
        "body_text": body_text,
        "word_count": count_words(body_text),
    }


def _language(value: str) -> str:
    try:
        return Language(value).value
    except ValueError:
        known = ", ".join(lang.value for lang in Language)
        raise Invalid(f"Unknown language {value!r}; Desk knows {known}.") from None


def _tags(tags: tuple[str, ...]) -> list[str]:
    cleaned = (clean_line(t, "tag") for t in tags)
    return list(dict.fromkeys(t for t in cleaned if t))


def _details(uow: UnitOfWork, given: dict[str, Any]) -> dict[str, Any]:
    """Story row values for the planning details in `given`, checked."""
    values: dict[str, Any] = {}
    for name, value in given.items():
        match name:
            case "slug":
                slug = slugify(value)
                if not slug:
                    raise Invalid("A slug needs at least one letter or digit.")
                values["slug"] = slug
            case "desk":
                values["desk_id"] = uow.desks.get(value).id if value else None
            case "language":
                values["language"] = _language(value)
            case "tags":
                values["tags"] = _tags(value)
            case "assignee":
                values["assignee_id"] = uow.users.get(value).id if value else None
            case "target_words":
                if value is not None and not 0 < value <= 100_000:
                    raise Invalid("The target length is a number of words between 1 and 100,000.")
                values["target_words"] = value
            case "deadline" | "embargo_at":
                if value is not None and value.tzinfo is None:
                    raise Invalid(f"The {name.replace('_at', '')} needs a time zone.")
                values[name] = value
    return values


def create_story(
    uow: UnitOfWork,
    actor: str,
    text: StoryText,
    *,
    slug: str = "",
    desk: str | None = None,
    language: str | None = None,
    tags: tuple[str, ...] = (),
    assignee: str | None = None,
    deadline: datetime | None = None,
    target_words: int | None = None,
    embargo_at: datetime | None = None,
    pictures: tuple[Picture, ...] = (),
    notes: tuple[str, ...] = (),
) -> Story:
    """A new draft, held by its writer. It needs a slug or a headline. `pictures` are kept
    with it (its Image blocks name them) and `notes` become its first editorial notes."""
    with uow:
        user = _actor(uow, actor)
        text = _clean_text(text)
        if not (slug.strip() or text.headline):
            raise Invalid("Give the story a slug or a headline.")
        now = uow.clock()
        details = _details(
            uow,
            {
                "slug": slug or text.headline,
                "desk": desk,
                "language": language or guess_language(" ".join([text.headline, text.body.text])),
                "tags": tags,
                "assignee": assignee,
                "deadline": deadline,
                "target_words": target_words,
                "embargo_at": embargo_at,
            },
        )
        story_id = uow.stories.add(
            **details,
            **_text_columns(text),
            author_id=user.id,
            state=State.DRAFT.value,
            revision=1,
            last_revision=1,
            created_at=now,
            updated_at=now,
        )
        uow.revisions.add(story_id, 1, None, RevisionKind.CREATED, user.id, now, text)
        story = uow.stories.get(story_id)
        writer = uow.users.get(workflow.writer_of(story))
        uow.locks.set(story_id, writer, now)
        uow.history.add(story_id, user, Action.CREATE.value, None, State.DRAFT, now)
        for picture in pictures:
            uow.pictures.add(story_id, picture, now)
        for note in notes:
            if cleaned := clean_note(note):
                uow.comments.add(story_id, user, cleaned, now)
        uow.commit()
        return uow.stories.get(story_id)


def _apply(text: StoryText, given: dict[str, Any]) -> StoryText:
    changes = {k: v for k, v in given.items() if k in TEXT_CHANGES}
    return _clean_text(replace(text, **changes))


def _describe_details(before: Story, given: dict[str, Any], now: datetime) -> str:
    """ "deadline: - → 30 Nov 18:00; desk: Politics → Region", for the history."""

    def shown(value: Any) -> str:
        if isinstance(value, datetime):
            return workflow.format_time(value, now)
        if isinstance(value, tuple | list):
            return ", ".join(value) or "-"
        return "-" if value is None or value == "" else str(value)

    parts = []
    for name, value in given.items():
        old, new = shown(getattr(before, name, None)), shown(value)
        if old != new:
            parts.append(f"{name.removesuffix('_at').replace('_', ' ')}: {old} → {new}")
    return "; ".join(parts)


def edit_story(
    uow: UnitOfWork,
    actor: str,
    story_id: int,
    changes: Changes,
    *,
    base_revision: int | None = None,
    autosave: bool = False,
    label: str = "",
) -> Saved:
    """Change a story's text and details in one transaction.

    Text goes into a new revision (autosaves by the same person coalesce into their latest
    autosave). Text based on an older revision than the stored one becomes a conflict copy.
    """
    with uow:
        user = _actor(uow, actor)
        story = uow.stories.get(story_id, for_update=True)
        given = changes.given()
        now = uow.clock()
        new_text = _apply(story.text, given)
        text_changed = new_text != story.text
        given_details = {k: v for k, v in given.items() if k not in TEXT_CHANGES}
        # Refused even when the text sent is the same: a save is only for the lock's holder,
        # or for someone who held it on `base_revision` and lost it since: what they were
        # writing when it went is kept as a conflict copy, never lost.
        text_given = len(given_details) < len(given)
        lost_lock = False
        if text_given and (reason := workflow.text_refusal(user, story)):
            if not (text_changed and locks.held_until_lost(uow, user, story, base_revision)):
                raise Refused(reason)
            lost_lock = True
        if given_details and (reason := workflow.details_refusal(user, story)):
            if not lost_lock:
                raise Refused(reason)
            given_details = {}  # no longer theirs to change; their text is what is kept
        if story.lock_holder == user.name:
            uow.locks.heartbeat(story_id, user, now)  # any save is a sign of life
        details = _details(uow, given_details)
        conflict = lost_lock or (base_revision is not None and base_revision != story.revision)
        number = None
        if text_changed and conflict:
            assert base_revision is not None
            number = _keep_conflict_copy(uow, user, story, new_text, base_revision, now)
        elif text_changed:
            number = _save_text(uow, user, story, new_text, base_revision, autosave, label, now)
        elif label and not autosave:
            number = _name_revision(uow, user, story, label, now)
        if details:
            _update_details(uow, user, story, details, given_details, now)
        uow.commit()
        # A conflict copy or a name leaves the story's text as it was; a save makes it new_text.
        current = story.text if conflict else new_text
        return Saved(
            uow.stories.get(story_id, text=current), number, conflict and number is not None
        )


def _keep_conflict_copy(
    uow: UnitOfWork, user: User, story: Story, text: StoryText, base: int, now: datetime
) -> int:
    """Text written on an older revision, or by someone who has since lost the lock, is kept
    beside the stored text, never over it."""
    number = story.last_revision + 1
    uow.revisions.add(story.id, number, base, RevisionKind.CONFLICT, user.id, now, text)
    uow.stories.update(story.id, last_revision=number, updated_at=now)
    note = (
        f"revision {number} kept as a conflict copy: it was based on {base}, "
        f"the story was at {story.revision}"
    )
    if (holder := story.lock_holder) != user.name:
        note += (
            f"; the edit lock had passed to {holder}" if holder else "; the edit lock was let go"
        )
    uow.history.add(story.id, user, "conflict", story.state, story.state, now, note)
    return number


def _update_details(
    uow: UnitOfWork,
    user: User,
    story: Story,
    values: dict[str, Any],
    given: dict[str, Any],
    now: datetime,
) -> None:
    uow.stories.update(story.id, **values, updated_at=now)
    if described := _describe_details(story, given, now):
        uow.history.add(story.id, user, "update", story.state, story.state, now, described)
    if "assignee_id" in values and story.state in workflow.WRITER_STATES:
        # A draft's edit lock goes with the writing: to the new assignee, or back.
        writer = workflow.writer_of(replace(story, assignee=given["assignee"]))
        locks.hand_over(uow, user, story, writer, "assign", now)


def _save_text(
    uow: UnitOfWork,
    user: User,
    story: Story,
    text: StoryText,
    base: int | None,
    autosave: bool,
    label: str,
    now: datetime,
) -> int:
    coalesce = (
        autosave
        and story.revision == story.last_revision
        and uow.revisions.kind_and_author(story.id, story.revision)
        == (RevisionKind.AUTOSAVE, user.name)
    )
    if coalesce:
        number = story.revision
        uow.revisions.replace(story.id, number, now, text)
    else:
        number = story.last_revision + 1
        kind = RevisionKind.AUTOSAVE if autosave else RevisionKind.SAVE
        uow.revisions.add(story.id, number, base or story.revision, kind, user.id, now, text, label)
    last = max(number, story.last_revision)
    columns = _text_columns(text)
    uow.stories.update(story.id, **columns, revision=number, last_revision=last, updated_at=now)
    if not autosave:
        uow.history.add(story.id, user, "save", story.state, story.state, now,
                        f"revision {number}" + (f": {label}" if label else ""))  # fmt: skip
    return number


def restore_revision(uow: UnitOfWork, actor: str, story_id: int, number: int) -> Saved:
    """An earlier revision's text becomes the story's text again, as a new revision (nothing
    after it is lost). Needs the edit lock, like any change of text."""
    with uow:
        user = _actor(uow, actor)
        story = uow.stories.get(story_id, for_update=True)
        if reason := workflow.text_refusal(user, story):
            raise Refused(reason)
        old = uow.revisions.get(story_id, number)
        now = uow.clock()
        new = story.last_revision + 1
        label = f"restored from revision {number}"
        uow.revisions.add(story_id, new, story.revision, RevisionKind.RESTORE, user.id, now,
                          old.text, label)  # fmt: skip
        uow.stories.update(story_id, **_text_columns(old.text), revision=new, last_revision=new,
                           updated_at=now)  # fmt: skip
        uow.history.add(story_id, user, "restore", story.state, story.state, now,
                        f"revision {new}: {label}")  # fmt: skip
        uow.commit()
        return Saved(uow.stories.get(story_id), new)


def _name_revision(uow: UnitOfWork, user: User, story: Story, label: str, now: datetime) -> int:
    """Ctrl+S with nothing new to save: the current text becomes a named revision."""
    if reason := workflow.text_refusal(user, story):
        raise Refused(reason)
    uow.revisions.name(story.id, story.revision, clean_line(label, "headline"))
    uow.history.add(story.id, user, "save", story.state, story.state, now,
                    f"revision {story.revision}: {label}")  # fmt: skip
    return story.revision


def act(
    uow: UnitOfWork,
    actor: str,
    story_id: int,
    action: Action,
    *,
    note: str | None = None,
    at: datetime | None = None,
) -> Story:
    """Take one workflow action, if the table allows it: the state, the edit lock and the
    history change together or not at all."""
    with uow:
        user = _actor(uow, actor)
        story = uow.stories.get(story_id, for_update=True)
        now = uow.clock()
        note = clean_note(note) if note else ""
        if at is not None and at.tzinfo is None:
            raise Invalid("The time needs a time zone.")
        if reason := workflow.refusal(action, user, story, now=now, note=note, at=at):
            raise Refused(reason)
        target = workflow.target_state(action, story)
        values: dict[str, Any] = {"state": target.value, "updated_at": now}
        match action:
            case Action.SCHEDULE:
                values["publish_at"] = at
            case Action.REOPEN:
                values["publish_at"] = None
            case Action.PUBLISH:
                values["published_at"] = now
                if story.correction_pending:
                    values["correction_number"] = story.correction_number + 1
                    values["correction_pending"] = False
            case Action.CORRECT:
                values["correction_pending"] = True
            case Action.SPIKE:
                values["spiked_from"] = story.state.value
            case Action.UNSPIKE:
                values["spiked_from"] = None
        uow.stories.update(story_id, **values)
        holder = workflow.lock_holder_after(target, user.name, story)
        locks.hand_over(uow, user, story, holder, action.value, now)
        if action is Action.SCHEDULE and at is not None:
            note = note or f"to publish at {workflow.format_time(at, now)}"
        if action is Action.TAKE_OVER and story.lock_holder:
            taken = workflow.takeover_note(story.lock_holder)
            note = f"{taken}; {note}" if note else taken
        uow.history.add(story_id, user, action.value, story.state, target, now, note)
        uow.commit()
        return uow.stories.get(story_id)


def publish_due(uow: UnitOfWork, actor: str) -> list[Story]:
    """Publish every scheduled story whose time has come (run by a chief, e.g. from cron)."""
    with uow.reading():
        due = uow.stories.due_for_publishing(uow.clock())
    published = []
    for story_id in due:
        try:
            published.append(act(uow, actor, story_id, Action.PUBLISH, note="on schedule"))
        except Refused:
            continue  # another Desk published it first, or someone reopened it meanwhile
    return published
