"""Random people taking random actions through the services never get around a rule.

The test keeps its own model of DESIGN.md's workflow table, written apart from desk.domain, and
checks every answer of the services against it, and the invariants after every step: the state
is valid and agrees with the history, one history event per accepted action, no text changes
without the edit lock, revision numbers only grow, and no saved text is ever lost. Half the
steps are ones the table allows someone, so stories reach every state; the clock moves, so edit
locks go stale and are taken over, and the text of the person who lost one is kept as a copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.body import Body
from desk.domain.story import State, StoryText
from desk.domain.workflow import Action
from desk.errors import Refused
from desk.services import queries
from desk.services.stories import Changes, act, create_story, edit_story
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork
from tests.conftest import PEOPLE, Clock
from tests.databases import private_schema

EDITORS = {"milica", "tom", "vesna"}
ACTIONS = [a for a in Action if a is not Action.CREATE]


def _staffed(url: str) -> UnitOfWork:
    from desk.services import newsroom as people

    uow = UnitOfWork(open_store(url), Clock())
    people.start_newsroom(uow, "vesna")
    for name, role in PEOPLE.items():
        if name != "vesna":
            people.add_user(uow, "vesna", name, role)
    return uow


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def newsroom(request: pytest.FixtureRequest) -> Iterator[UnitOfWork]:
    """One database for all examples (each example works on a story of its own): SQLite in
    memory, or a schema on the PostgreSQL test server."""
    if request.param == "sqlite":
        uow = _staffed("sqlite://")
        yield uow
    else:
        with private_schema() as url:
            uow = _staffed(url)
            yield uow
    uow.store.close()


class Model:
    """DESIGN.md's table, restated: what should happen, independently of desk.domain."""

    def __init__(self, author: str, now: datetime) -> None:
        self.author = author
        self.state = State.DRAFT
        self.holder: str | None = author
        self.spiked_from: State | None = None
        self.seen = now  # the holder's last sign of life: the lock given, or a save
        self.lost: dict[str, int] = {}  # who lost the lock to another's action: at which revision

    def allows(self, action: Action, who: str, note: bool, now: datetime) -> bool:
        s, editor, chief = self.state, who in EDITORS, who == "vesna"
        holds = chief or who == self.holder
        stale = now - self.seen >= timedelta(minutes=10)
        rules = {
            Action.FILE: s in (State.DRAFT, State.RETURNED) and who == self.author,
            Action.WITHDRAW: s is State.FILED and who == self.author,
            Action.CLAIM: s is State.FILED and editor,
            Action.RELEASE: s is State.EDITING and editor and holds,
            Action.RETURN: s is State.EDITING and editor and holds and note,
            Action.APPROVE: s is State.EDITING and editor and holds and who != self.author,
            Action.REOPEN: s in (State.APPROVED, State.SCHEDULED) and editor,
            Action.SCHEDULE: s is State.APPROVED and chief,
            Action.PUBLISH: s in (State.APPROVED, State.SCHEDULED) and chief,
            Action.CORRECT: s is State.PUBLISHED and editor and note,
            Action.KILL: s is State.PUBLISHED and chief and note,
            Action.SPIKE: s
            in (State.DRAFT, State.FILED, State.EDITING, State.RETURNED, State.APPROVED)
            and (editor or (who == self.author and s in (State.DRAFT, State.RETURNED))),
            Action.UNSPIKE: s is State.SPIKED and editor,
            Action.TAKE_OVER: s is State.EDITING
            and editor
            and who != self.holder
            and (chief or stale),
        }
        return rules[action]

    def apply(self, action: Action, who: str, now: datetime, revision: int) -> None:
        targets = {
            Action.FILE: State.FILED,
            Action.WITHDRAW: State.DRAFT,
            Action.CLAIM: State.EDITING,
            Action.RELEASE: State.FILED,
            Action.RETURN: State.RETURNED,
            Action.APPROVE: State.APPROVED,
            Action.REOPEN: State.EDITING,
            Action.SCHEDULE: State.SCHEDULED,
            Action.PUBLISH: State.PUBLISHED,
            Action.CORRECT: State.EDITING,
            Action.KILL: State.KILLED,
            Action.SPIKE: State.SPIKED,
            Action.UNSPIKE: self.spiked_from,
            Action.TAKE_OVER: State.EDITING,
        }
        target = targets[action]
        assert target is not None
        self.spiked_from = self.state if action is Action.SPIKE else None
        self.state = target
        holder = {State.DRAFT: self.author, State.RETURNED: self.author}.get(target)
        if target is State.EDITING:
            holder = who
        if holder != self.holder:
            if self.holder is not None:
                self.lost[self.holder] = max(revision, self.lost.get(self.holder, 0))
            self.holder, self.seen = holder, now


WORDS = "abcčćđšž абвгђ XYZ"  # text that cleaning leaves as it is (hostile text: elsewhere)
people = st.sampled_from(sorted(PEOPLE))
steps = st.one_of(
    st.tuples(st.just("act"), people, st.sampled_from(ACTIONS), st.booleans()),
    st.tuples(st.sampled_from(["save", "autosave", "stale"]), people, st.text(WORDS, min_size=1, max_size=30), st.just(False)),
    st.tuples(st.just("wait"), people, st.just(""), st.just(False)),
)  # fmt: skip


def allowed_step(model: Model, now: datetime) -> st.SearchStrategy[tuple[str, str, object, bool]]:
    """An action the model says someone may take now (so stories travel the whole table, not
    only its first rows); a save by the holder when no action is open."""
    open_ = [
        ("act", who, action.value, True)
        for action in ACTIONS
        for who in sorted(PEOPLE)
        if model.allows(action, who, True, now)
    ]
    if not open_:
        return st.tuples(
            st.just("save"), people, st.text(WORDS, min_size=1, max_size=30), st.just(False)
        )
    return st.sampled_from(open_)


# A server answers each step slower than a file in memory, and the rules are the same code on
# both: a third of the examples there.
EXAMPLES = {"sqlite": 100, "postgresql": 35}


def test_no_way_around_the_rules(newsroom: UnitOfWork) -> None:
    examples = EXAMPLES[newsroom.dialect]

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        author=st.sampled_from(["ana", "marko", "milica"]),
        length=st.integers(0, 30),
        data=st.data(),
    )
    def rules_hold(author: str, length: int, data: st.DataObject) -> None:
        story_follows_the_rules(newsroom, author, length, data)

    rules_hold()


def story_follows_the_rules(uow: UnitOfWork, author: str, length: int, data: st.DataObject) -> None:
    clock = uow.clock
    assert isinstance(clock, Clock)
    first = StoryText("Headline", "", "By Someone", "", Body.from_paragraphs(["Opening words."]))
    story = create_story(uow, author, first)
    model = Model(author, clock.now)
    accepted_actions = 0
    kept: dict[int, str] = {1: "Opening words."}  # revision -> text that must survive
    highest = 1
    for _ in range(length):
        # Half the steps anyone trying anything, half a step the table allows someone.
        fair = data.draw(st.booleans())
        step = allowed_step(model, clock.now + timedelta(minutes=1)) if fair else steps
        kind, who, what, with_note = data.draw(step)
        clock.advance(minutes=1)
        before = queries.get_story(uow, story.id)
        if kind == "wait":  # everyone away for a while
            clock.advance(minutes=15)
            continue
        if kind == "act":
            action = Action(str(what))
            expected = model.allows(action, who, with_note, clock.now)
            note = "Because." if with_note else None
            at = clock.now + timedelta(hours=1)
            try:
                act(uow, who, story.id, action, note=note, at=at)
                accepted = True
            except Refused:
                accepted = False
            assert accepted == expected, (action, who, model.state, model.holder)
            if accepted:
                model.apply(action, who, clock.now, before.revision)
                accepted_actions += 1
        else:
            words = " ".join(str(what).split()) or "x"
            base = 1 if kind == "stale" else None
            may_write = who == model.holder
            try:
                saved = edit_story(
                    uow, who, story.id, Changes(body=Body.from_paragraphs([words])),
                    base_revision=base, autosave=kind == "autosave",
                )  # fmt: skip
            except Refused:
                assert not may_write
                # Refused to someone who lost the lock only when there was nothing new to keep.
                if base is not None and model.lost.get(who, 0) >= base:
                    assert before.body.text == words
                after = queries.get_story(uow, story.id)
                assert after.text == before.text and after.revision == before.revision
                continue
            if not may_write:  # text from before they lost the lock: kept, never the story's
                assert base is not None and model.lost.get(who, 0) >= base, "no edit lock"
                assert saved.conflict and saved.revision == before.last_revision + 1
                assert saved.story.text == before.text and saved.story.revision == before.revision
                kept[saved.revision] = words
                continue
            model.seen = clock.now
            if saved.revision is not None:
                conflict = kind == "stale" and before.revision != 1
                assert saved.conflict == conflict
                assert saved.revision >= highest  # an autosave may refill its own number
                highest = saved.revision
                if kind != "autosave":
                    kept[saved.revision] = queries.get_revision(
                        uow, story.id, saved.revision
                    ).text.body.text
        story_now = queries.get_story(uow, story.id)
        assert story_now.state is model.state
        assert story_now.lock_holder == model.holder
        if model.holder is not None:
            assert story_now.lock_seen == model.seen
        assert story_now.revision <= story_now.last_revision
    events = queries.story_history(uow, story.id)
    workflow_events = [e for e in events if e.action in {a.value for a in Action}]
    assert len(workflow_events) == accepted_actions + 1  # and the create
    assert events[-1 if events[-1].to_state else 0].to_state is not None
    last_move = [e for e in events if e.from_state != e.to_state][-1]
    assert last_move.to_state is model.state
    for number, words in kept.items():
        assert queries.get_revision(uow, story.id, number).text.body.text == words
