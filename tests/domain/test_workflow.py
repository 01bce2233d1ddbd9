"""The permission matrix (every person x state x action) and the gates of the workflow table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk.domain import workflow
from desk.domain.body import Body
from desk.domain.story import Role, State, Story, StoryText, User
from desk.domain.workflow import Action, refusal

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

PEOPLE = {
    "ana": User(1, "ana", Role.CORRESPONDENT),  # the story's author
    "marko": User(2, "marko", Role.CORRESPONDENT),
    "milica": User(3, "milica", Role.EDITOR),  # holds the edit lock while the story is in editing
    "tom": User(4, "tom", Role.EDITOR),
    "vesna": User(5, "vesna", Role.CHIEF),
}
STATES = list(State)


def story_in(state: State, **changes: object) -> Story:
    holder = {State.DRAFT: "ana", State.RETURNED: "ana", State.EDITING: "milica"}.get(state)
    values: dict[str, object] = dict(
        id=7,
        slug="grain-talks",
        text=StoryText(
            "Grain talks resume", "", "By Ana Ilić", "", Body.from_paragraphs(["Text."])
        ),
        state=state,
        desk="World",
        language="en",
        tags=(),
        author="ana",
        assignee=None,
        lock_holder=holder,
        deadline=None,
        target_words=None,
        embargo_at=None,
        publish_at=None,
        published_at=None,
        correction_number=0,
        correction_pending=False,
        revision=1,
        last_revision=1,
        word_count=1,
        spiked_from=State.FILED if state is State.SPIKED else None,
    )
    values.update(changes)
    return Story(**values)  # type: ignore[arg-type]


# The exact refusals. R: the person's role (or relation to the story) does not allow the action;
# S: the story is in the wrong state; other codes are named below.
ROLE = {
    Action.FILE: "Only the story's author or assignee can file it.",
    Action.WITHDRAW: "Only the story's author can withdraw it.",
    Action.CLAIM: "Only an editor or a chief editor can claim copy.",
    Action.RELEASE: "Only an editor or a chief editor can release copy.",
    Action.RETURN: "Only an editor or a chief editor can return copy to its author.",
    Action.APPROVE: "Only an editor or a chief editor can approve copy.",
    Action.REOPEN: "Only an editor or a chief editor can reopen a story.",
    Action.SCHEDULE: "Only a chief editor can schedule a story.",
    Action.PUBLISH: "Only a chief editor can publish.",
    Action.CORRECT: "Only an editor or a chief editor can correct a story.",
    Action.KILL: "Only a chief editor can kill a story.",
    Action.SPIKE: "Only the author, an editor or a chief editor can spike this story.",
    Action.UNSPIKE: "Only an editor or a chief editor can restore a spiked story.",
    Action.TAKE_OVER: "Only an editor or a chief editor can take over a story.",
}
PHRASE = {
    State.DRAFT: "a draft",
    State.FILED: "filed",
    State.EDITING: "in editing",
    State.RETURNED: "returned",
    State.APPROVED: "approved",
    State.SCHEDULED: "scheduled",
    State.PUBLISHED: "published",
    State.KILLED: "killed",
    State.SPIKED: "spiked",
}
WRONG_STATE = {
    Action.FILE: "Only a draft or a returned story can be filed; this one is {}.",
    Action.WITHDRAW: "Only filed copy can be withdrawn; this one is {}.",
    Action.CLAIM: "Only filed copy can be claimed; this one is {}.",
    Action.RELEASE: "Only a story in editing can be released; this one is {}.",
    Action.RETURN: "Only a story in editing can be returned; this one is {}.",
    Action.APPROVE: "Only a story in editing can be approved; this one is {}.",
    Action.REOPEN: "Only an approved or scheduled story can be reopened; this one is {}.",
    Action.SCHEDULE: "Only an approved story can be scheduled; this one is {}.",
    Action.PUBLISH: "Only an approved or scheduled story can be published; this one is {}.",
    Action.CORRECT: "Only a published story can be corrected; this one is {}.",
    Action.KILL: "Only a published story can be killed; this one is {}.",
    Action.UNSPIKE: "Only a spiked story can be restored; this one is {}.",
    Action.TAKE_OVER: "Only a story in editing can be taken over; this one is {}.",
}
SPIKE_STATE = {
    State.SCHEDULED: "A scheduled story cannot be spiked; reopen it first.",
    State.PUBLISHED: "A published story cannot be spiked; a chief editor can kill it.",
    State.KILLED: "A killed story cannot be spiked.",
    State.SPIKED: "This story is already spiked.",
}
OTHER = {
    "L_release": "Only milica, who is editing it, or a chief editor can release it.",
    "L_return": "milica is editing this story; only they or a chief editor can return it.",
    "L_approve": "milica is editing this story; only they or a chief editor can approve it.",
    "P": "You can spike your own story only while it is a draft or returned.",
    "L_take": "You already hold this story's edit lock.",
}

# One line per action and person; the columns follow the states:
#            draft filed editing returned approved scheduled published killed spiked
MATRIX = """
file     ana     ok S S ok S S S S S
file     marko   R R R R R R R R R
file     milica  R R R R R R R R R
file     tom     R R R R R R R R R
file     vesna   R R R R R R R R R
withdraw ana     S ok S S S S S S S
withdraw marko   R R R R R R R R R
withdraw milica  R R R R R R R R R
withdraw tom     R R R R R R R R R
withdraw vesna   R R R R R R R R R
claim    ana     R R R R R R R R R
claim    marko   R R R R R R R R R
claim    milica  S ok S S S S S S S
claim    tom     S ok S S S S S S S
claim    vesna   S ok S S S S S S S
release  ana     R R R R R R R R R
release  marko   R R R R R R R R R
release  milica  S S ok S S S S S S
release  tom     S S L_release S S S S S S
release  vesna   S S ok S S S S S S
return   ana     R R R R R R R R R
return   marko   R R R R R R R R R
return   milica  S S ok S S S S S S
return   tom     S S L_return S S S S S S
return   vesna   S S ok S S S S S S
approve  ana     R R R R R R R R R
approve  marko   R R R R R R R R R
approve  milica  S S ok S S S S S S
approve  tom     S S L_approve S S S S S S
approve  vesna   S S ok S S S S S S
reopen   ana     R R R R R R R R R
reopen   marko   R R R R R R R R R
reopen   milica  S S S S ok ok S S S
reopen   tom     S S S S ok ok S S S
reopen   vesna   S S S S ok ok S S S
schedule ana     R R R R R R R R R
schedule marko   R R R R R R R R R
schedule milica  R R R R R R R R R
schedule tom     R R R R R R R R R
schedule vesna   S S S S ok S S S S
publish  ana     R R R R R R R R R
publish  marko   R R R R R R R R R
publish  milica  R R R R R R R R R
publish  tom     R R R R R R R R R
publish  vesna   S S S S ok ok S S S
correct  ana     R R R R R R R R R
correct  marko   R R R R R R R R R
correct  milica  S S S S S S ok S S
correct  tom     S S S S S S ok S S
correct  vesna   S S S S S S ok S S
kill     ana     R R R R R R R R R
kill     marko   R R R R R R R R R
kill     milica  R R R R R R R R R
kill     tom     R R R R R R R R R
kill     vesna   S S S S S S ok S S
spike    ana     ok P P ok P S S S S
spike    marko   R R R R R R R R R
spike    milica  ok ok ok ok ok S S S S
spike    tom     ok ok ok ok ok S S S S
spike    vesna   ok ok ok ok ok S S S S
unspike  ana     R R R R R R R R R
unspike  marko   R R R R R R R R R
unspike  milica  S S S S S S S S ok
unspike  tom     S S S S S S S S ok
unspike  vesna   S S S S S S S S ok
takeover ana     R R R R R R R R R
takeover marko   R R R R R R R R R
takeover milica  S S L_take S S S S S S
takeover tom     S S ok S S S S S S
takeover vesna   S S ok S S S S S S
"""


def _cases() -> list[tuple[Action, str, State, str]]:
    cases = []
    for line in MATRIX.strip().splitlines():
        action, person, *codes = line.split()
        assert len(codes) == len(STATES), line
        cases += [(Action(action), person, s, c) for s, c in zip(STATES, codes, strict=True)]
    return cases


CASES = _cases()


def test_the_matrix_covers_every_action_person_and_state() -> None:
    covered = {(a, p, s) for a, p, s, _ in CASES}
    actions = [t.action for t in workflow.TABLE if t.action is not Action.CREATE]
    assert len(CASES) == len(covered) == len(actions) * len(PEOPLE) * len(STATES) == 630


def expected(action: Action, state: State, code: str) -> str | None:
    if code == "ok":
        return None
    if code == "R":
        return ROLE[action]
    if code == "S":
        if action is Action.SPIKE:
            return SPIKE_STATE[state]
        return WRONG_STATE[action].format(PHRASE[state])
    return OTHER[code]


@pytest.mark.parametrize(("action", "person", "state", "code"), CASES)
def test_permission_matrix(action: Action, person: str, state: State, code: str) -> None:
    # Notes and times are supplied, so only who, state and lock decide here.
    story = story_in(state)
    reason = refusal(
        action, PEOPLE[person], story, now=NOW, note="a note", at=NOW + timedelta(hours=2)
    )
    assert reason == expected(action, state, code)


def test_target_states_follow_the_table() -> None:
    assert workflow.target_state(Action.CLAIM, story_in(State.FILED)) is State.EDITING
    assert workflow.target_state(Action.CORRECT, story_in(State.PUBLISHED)) is State.EDITING
    spiked_from_approved = story_in(State.SPIKED, spiked_from=State.APPROVED)
    assert workflow.target_state(Action.UNSPIKE, spiked_from_approved) is State.APPROVED


def test_four_eyes_an_editor_cannot_approve_their_own_story() -> None:
    own = story_in(State.EDITING, author="milica", lock_holder="milica")
    assert (
        refusal(Action.APPROVE, PEOPLE["milica"], own, now=NOW)
        == "You wrote this story; another editor must approve it."
    )
    chief_own = story_in(State.EDITING, author="vesna", lock_holder="vesna")
    assert (
        refusal(Action.APPROVE, PEOPLE["vesna"], chief_own, now=NOW)
        == "You wrote this story; another editor must approve it."
    )
    assigned = story_in(State.EDITING, author="vesna", assignee="milica", lock_holder="milica")
    # The assignee wrote it; the chief who planned it may approve, the assignee may not.
    assert refusal(Action.APPROVE, PEOPLE["vesna"], assigned, now=NOW) is None
    assert refusal(Action.APPROVE, PEOPLE["milica"], assigned, now=NOW) is not None


def test_assignee_may_file() -> None:
    assigned = story_in(State.DRAFT, author="vesna", assignee="marko", lock_holder="marko")
    assert refusal(Action.FILE, PEOPLE["marko"], assigned, now=NOW) is None
    assert refusal(Action.FILE, PEOPLE["vesna"], assigned, now=NOW) is None
    assert refusal(Action.FILE, PEOPLE["ana"], assigned, now=NOW) == ROLE[Action.FILE]


@pytest.mark.parametrize(
    ("headline", "byline", "body", "message"),
    [
        ("", "By Ana", ["Text."], "Add a headline before filing."),
        ("Head", "", ["Text."], "Add a byline before filing."),
        ("Head", "By Ana", [], "Add a body before filing."),
        ("Head", "By Ana", ["   "], "Add a body before filing."),
        ("", "", [], "Add a headline, a byline and a body before filing."),
        ("  ", "", ["Text."], "Add a headline and a byline before filing."),
    ],
)
def test_filing_needs_headline_byline_and_body(
    headline: str, byline: str, body: list[str], message: str
) -> None:
    text = StoryText(headline, "", byline, "", Body.from_paragraphs(body))
    story = story_in(State.DRAFT, text=text)
    assert refusal(Action.FILE, PEOPLE["ana"], story, now=NOW) == message


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (Action.RETURN, "Write a note telling the author what to change."),
        (Action.CORRECT, "Write a correction note saying what was wrong."),
        (Action.KILL, "Give the reason for killing the story."),
    ],
)
def test_notes_are_required(action: Action, message: str) -> None:
    state = {Action.RETURN: State.EDITING}.get(action, State.PUBLISHED)
    story = story_in(state)
    for note in (None, "", "   \n"):
        assert refusal(action, PEOPLE["vesna"], story, now=NOW, note=note) == message
    assert refusal(action, PEOPLE["vesna"], story, now=NOW, note="Legal asked") is None
    # A window may enable the action before the note is typed.
    assert refusal(action, PEOPLE["vesna"], story, now=NOW, check_inputs=False) is None


def test_embargo_is_a_hard_gate_for_publishing() -> None:
    embargo = NOW + timedelta(hours=2)
    story = story_in(State.APPROVED, embargo_at=embargo)
    until = workflow.format_time(embargo, NOW)
    assert refusal(Action.PUBLISH, PEOPLE["vesna"], story, now=NOW) == f"Embargoed until {until}."
    later = embargo + timedelta(seconds=1)
    assert refusal(Action.PUBLISH, PEOPLE["vesna"], story, now=later) is None
    assert refusal(Action.PUBLISH, PEOPLE["vesna"], story, now=embargo) is None


def test_schedule_needs_a_future_time_not_before_the_embargo() -> None:
    embargo = NOW + timedelta(hours=3)
    story = story_in(State.APPROVED, embargo_at=embargo)
    chief = PEOPLE["vesna"]
    assert refusal(Action.SCHEDULE, chief, story, now=NOW) == "Choose the time to publish it."
    past = NOW - timedelta(minutes=1)
    assert (
        refusal(Action.SCHEDULE, chief, story, now=NOW, at=past)
        == "The publishing time must be in the future."
    )
    early = NOW + timedelta(hours=1)
    until = workflow.format_time(embargo, NOW)
    assert (
        refusal(Action.SCHEDULE, chief, story, now=NOW, at=early)
        == f"Embargoed until {until}; schedule it for then or later."
    )
    assert refusal(Action.SCHEDULE, chief, story, now=NOW, at=embargo) is None


def test_format_time_says_today_this_year_or_the_year() -> None:
    local_now = datetime(2026, 6, 10, 12, 0).astimezone()
    assert workflow.format_time(local_now.replace(hour=14), local_now) == "14:00"
    assert workflow.format_time(local_now.replace(day=30), local_now) == "30 Jun 12:00"
    assert workflow.format_time(local_now.replace(year=2027), local_now) == "10 Jun 2027 12:00"


def test_only_the_lock_holder_changes_text() -> None:
    assert workflow.text_refusal(PEOPLE["ana"], story_in(State.DRAFT)) is None
    assert workflow.text_refusal(PEOPLE["milica"], story_in(State.EDITING)) is None
    assert (
        workflow.text_refusal(PEOPLE["ana"], story_in(State.EDITING))
        == "milica holds this story's edit lock; only they can change its text."
    )
    assert (
        workflow.text_refusal(PEOPLE["vesna"], story_in(State.FILED))
        == "Filed copy can be changed only after an editor claims it."
    )
    assert (
        workflow.text_refusal(PEOPLE["vesna"], story_in(State.PUBLISHED))
        == "A published story can be changed only through a correction."
    )


def test_planning_details_by_editors_or_the_lock_holder() -> None:
    assert workflow.details_refusal(PEOPLE["tom"], story_in(State.FILED)) is None
    assert workflow.details_refusal(PEOPLE["ana"], story_in(State.DRAFT)) is None
    assert workflow.details_refusal(PEOPLE["marko"], story_in(State.DRAFT)) == (
        "ana holds this story's edit lock; only they can change its text."
    )
    assert (
        workflow.details_refusal(PEOPLE["vesna"], story_in(State.KILLED))
        == "A killed story cannot be changed."
    )


def test_lock_holder_after_each_move() -> None:
    story = story_in(State.EDITING, assignee="marko")
    assert workflow.lock_holder_after(State.RETURNED, "milica", story) == "marko"
    assert workflow.lock_holder_after(State.EDITING, "tom", story) == "tom"
    assert workflow.lock_holder_after(State.APPROVED, "milica", story) is None


def test_available_lists_every_action_but_create() -> None:
    choices = workflow.available(PEOPLE["milica"], story_in(State.FILED), NOW)
    assert set(choices) == set(Action) - {Action.CREATE}
    assert choices[Action.CLAIM] is None
    assert choices[Action.PUBLISH] == "Only a chief editor can publish."


def test_a_lock_goes_stale_ten_minutes_after_the_last_sign_of_its_holder() -> None:
    """The matrix's story has a lock never renewed (stale from the start); here a fresh one."""
    seen = NOW - workflow.STALE_AFTER + timedelta(seconds=1)
    fresh = story_in(State.EDITING, lock_seen=seen)
    assert not workflow.lock_is_stale(fresh, NOW)
    assert refusal(Action.TAKE_OVER, PEOPLE["tom"], fresh, now=NOW) == (
        "milica is editing this story (last seen 11:50); an editor can take it over after "
        "10 minutes without a sign of them, a chief editor at any time."
    )
    assert refusal(Action.TAKE_OVER, PEOPLE["vesna"], fresh, now=NOW) is None
    later = NOW + timedelta(seconds=1)
    assert workflow.lock_is_stale(fresh, later)
    assert refusal(Action.TAKE_OVER, PEOPLE["tom"], fresh, now=later) is None
    assert not workflow.lock_is_stale(story_in(State.FILED), later)  # no lock, nothing stale


def test_the_takeover_note_names_whose_lock_was_taken() -> None:
    note = workflow.takeover_note("milica.j-2")
    assert workflow.displaced_by(note) == "milica.j-2"
    assert workflow.displaced_by(f"{note}; the desk is closing") == "milica.j-2"
    assert workflow.displaced_by("the desk is closing") is None
