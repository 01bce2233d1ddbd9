"""The sample newsroom: its people, desks and stories, played through the real services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from desk.domain.story import Story, StoryText
from desk.domain.workflow import Action
from desk.services import newsroom, notes, queries, stories
from desk.services.demo.content import DESKS, PEOPLE, DemoStory
from desk.storage.uow import UnitOfWork

STEP = timedelta(minutes=9)


class _Clock:
    """Moves forward a few minutes per call, so the sample's history reads like a real day's."""

    def __init__(self, start: datetime, end: datetime) -> None:
        self.now, self.end = start, end

    def __call__(self) -> datetime:
        self.now = min(self.now + STEP, self.end)
        return self.now

    def wait_until(self, moment: datetime) -> None:
        self.now = max(self.now, min(moment, self.end))


def _text(item: DemoStory, version: int) -> StoryText:
    from desk.formats.text import parse_text

    body = parse_text(item.versions[version])
    return StoryText(item.headline, item.standfirst, item.byline, item.dateline, body)


def all_stories() -> tuple[DemoStory, ...]:
    from desk.services.demo import cyrillic, english, latin

    return english.STORIES + latin.STORIES + cyrillic.STORIES


def load_demo(
    uow: UnitOfWork, chief: str, items: tuple[DemoStory, ...] | None = None
) -> list[Story]:
    """Add the sample's people (and `chief`, already the newsroom's chief), desks and stories.

    Every step goes through the services, so the sample obeys every rule a real newsroom does.
    """
    real_clock: Callable[[], datetime] = uow.clock
    now = real_clock()
    items = all_stories() if items is None else items
    clock = _Clock(now - timedelta(hours=len(items) * 2), now)
    uow.clock = clock
    try:
        for person in PEOPLE:
            if person.name != chief:
                newsroom.add_user(
                    uow, chief, person.name, person.role, display_name=person.display_name
                )
        for desk in DESKS:
            newsroom.add_desk(uow, chief, desk)
        played = []
        start, each = clock.now, (now - clock.now) / max(len(items), 1)
        for index, item in enumerate(items):
            # Each story's day starts in its own slot, so one story waiting for its embargo
            # does not push every later story's history to the present moment.
            clock.now = start + index * each
            played.append(_play(uow, clock, item, now))
        return played
    finally:
        uow.clock = real_clock


def _hours(now: datetime, hours: float | None) -> datetime | None:
    return None if hours is None else now + timedelta(hours=hours)


def _play(uow: UnitOfWork, clock: _Clock, item: DemoStory, now: datetime) -> Story:
    story = stories.create_story(
        uow,
        item.author,
        _text(item, 0),
        slug=item.slug,
        desk=item.desk,
        language=item.language,
        tags=item.tags,
        deadline=_hours(now, item.deadline_hours),
        target_words=item.target_words,
        embargo_at=_hours(now, item.embargo_hours),
    )
    for step in item.steps:
        if step.action == "save":
            body = _text(item, step.version).body
            stories.edit_story(
                uow, step.actor, story.id, stories.Changes(body=body), label=step.note
            )
            continue
        action = Action(step.action)
        if action is Action.PUBLISH and story.embargo_at:
            clock.wait_until(story.embargo_at)  # the chief waits for the embargo to lift
        at = _hours(now, step.hours) if action is Action.SCHEDULE else None
        story = stories.act(uow, step.actor, story.id, action, note=step.note or None, at=at)
    for author, text in item.notes:
        notes.add_comment(uow, author, story.id, text)
    return queries.get_story(uow, story.id)  # as it stands after its last save, too
