"""A shared newsroom under load: eight correspondents and editors, each a process of its own,
act on a thousand stories at once (the workload of bench/concurrency.py), and nothing is lost,
doubled or left in a state the workflow does not allow. Also the race that once let a save
through after its writer had lost the edit lock, and proof that the checks see what they seek."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.domain.body import Body
from desk.domain.story import StoryText
from desk.domain.workflow import Action
from desk.services import newsroom, queries, stories
from desk.services.session import close_newsroom, open_newsroom
from desk.services.stories import Changes
from desk.storage.uow import UnitOfWork
from tests.databases import private_schema

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import concurrency as workload  # noqa: E402  (bench/ is not a package)

# The full minute, on the server: a shared newsroom is what this is about. (Eight processes on
# one SQLite file are tests/test_soak.py's, and bench/concurrency.py's with --db sqlite:///...)
SECONDS = float(os.environ.get("DESK_CONCURRENCY_SECONDS", "60"))


@pytest.fixture
def backend() -> Iterator[tuple[str, str]]:
    with private_schema("desk_concurrency") as url:
        yield "postgresql", url


def _report(name: str, result: dict, tmp_path: Path) -> Path:
    """The figures as JSON, one entry per database: at DESK_CONCURRENCY_REPORT if set."""
    given = os.environ.get("DESK_CONCURRENCY_REPORT")
    path = Path(given) if given else tmp_path / "concurrency.json"
    report = json.loads(path.read_text()) if path.exists() else {}
    report[name] = {k: v for k, v in result.items() if k != "examples"}
    path.write_text(json.dumps(report, indent=1) + "\n")
    return path


@pytest.mark.slow
def test_eight_people_on_a_thousand_stories_lose_and_break_nothing(
    backend: tuple[str, str], tmp_path: Path
) -> None:
    name, url = backend
    folder = tmp_path / "run"
    folder.mkdir()
    result = workload.run_concurrency(
        folder, db=url, seconds=SECONDS, processes=8, stories=1000, races=20,
        cli_races=0, cli_workers=0, window_workers=0, seed=11,
    )  # fmt: skip
    path = _report(name, result, tmp_path)
    print(f"\n{workload.table(result)}\n(written to {path})")

    assert result["database"] == name
    assert workload.failures(result) == [], json.dumps(result["examples"], indent=1)[:6000]
    assert {k: result[k] for k in workload.MUST_BE_ZERO} == dict.fromkeys(workload.MUST_BE_ZERO, 0)
    # Everyone worked, and the newsroom's whole round was walked under load.
    assert set(result["attempted_by_user"]) == {f"w{i}" for i in range(1, 9)}
    assert all(result["accepted_by_user"].get(f"w{i}", 0) > 0 for i in range(1, 9))
    done = result["accepted_by_action"]
    for action in ("edit", "comment", "file", "claim", "approve", "publish", "unspike"):
        assert done.get(action, 0) > 0, f"no {action} was accepted: {done}"
    assert result["refused"] > 0  # the workflow said no to someone, as it should under load
    assert (result["race"]["rounds"], result["race"]["single_winners"]) == (20, 20)
    figures = result["figures"]["all"]
    assert figures["accepted"] == result["accepted"]
    assert 0 < figures["accepted_p50_ms"] <= figures["accepted_p95_ms"]


@pytest.fixture(params=["postgresql", "sqlite"])
def room(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[UnitOfWork]:
    if request.param == "postgresql":
        with private_schema() as url:
            handle = open_newsroom(url, create=True)
            yield handle
            close_newsroom(handle)
    else:
        handle = open_newsroom(f"sqlite:///{tmp_path / 'newsroom.sqlite'}", create=True)
        yield handle
        close_newsroom(handle)


class SlowToCommit(UnitOfWork):
    """A unit of work that holds its transaction open a moment before committing."""

    def commit(self) -> None:
        time.sleep(0.8)
        super().commit()


def test_a_save_that_waits_for_a_release_is_kept_as_a_conflict_copy(room: UnitOfWork) -> None:
    newsroom.start_newsroom(room, "vesna")
    newsroom.add_user(room, "vesna", "milica", "editor")
    newsroom.add_user(room, "vesna", "ana", "correspondent")
    text = StoryText("Talks resume", "", "By Ana", "", Body.from_paragraphs(["First."]))
    story = stories.create_story(room, "ana", text)
    stories.act(room, "ana", story.id, Action.FILE)
    stories.act(room, "milica", story.id, Action.CLAIM)
    base = queries.get_story(room, story.id).revision

    # The chief releases the story; Milica's save arrives while the release is committing.
    releasing = threading.Thread(
        target=stories.act, args=(SlowToCommit(room.store, room.clock), "vesna", story.id,
                                  Action.RELEASE),
    )  # fmt: skip
    releasing.start()
    time.sleep(0.3)
    saved = stories.edit_story(
        UnitOfWork(room.store, room.clock), "milica", story.id,
        Changes(body=Body.from_paragraphs(["Milica's edit."])), base_revision=base,
    )  # fmt: skip
    releasing.join()

    now = queries.get_story(room, story.id)
    assert (now.state.value, now.lock_holder, now.text.body.text) == ("filed", None, "First.")
    assert (saved.revision, saved.conflict) == (2, True)
    copy = queries.story_revisions(room, story.id)[-1]
    assert (copy.number, copy.is_conflict, copy.text.body.text) == (2, True, "Milica's edit.")
    events = [(e.action, e.actor) for e in queries.story_history(room, story.id)]
    assert events[-2:] == [("release", "vesna"), ("conflict", "milica")]


# --- The checks find what they look for -------------------------------------------------------

Event = namedtuple("Event", "id story actor action from_state to_state note")
StoryRowLike = namedtuple("StoryRowLike", "state revision last_revision headline body_text author")


def _story(state: str, revision: int = 1, last: int = 1) -> StoryRowLike:
    return StoryRowLike(state, revision, last, "H", "Text.", "ana")


CLEAN = [
    Event(1, 7, "ana", "create", None, "draft", ""),
    Event(2, 7, "ana", "save", "draft", "draft", "revision 2"),
    Event(3, 7, "ana", "file", "draft", "filed", ""),
    Event(4, 7, "milica", "claim", "filed", "editing", ""),
    Event(5, 7, "milica", "save", "editing", "editing", "revision 3"),
    Event(6, 7, "milica", "spike", "editing", "spiked", ""),
    Event(7, 7, "vesna", "unspike", "spiked", "editing", ""),
    Event(8, 7, "vesna", "approve", "editing", "approved", ""),
]


def test_a_clean_history_passes_the_history_check() -> None:
    assert workload.invalid_history(CLEAN, {7: _story("approved")}) == []


@pytest.mark.parametrize(
    ("events", "state", "found"),
    [
        # A move the table does not have: approving filed copy.
        ([*CLEAN[:3], Event(4, 7, "milica", "approve", "filed", "approved", "")], "approved",
         "not a move the workflow table allows"),
        # A move from a state the story was not in.
        ([*CLEAN[:3], Event(4, 7, "milica", "claim", "draft", "editing", "")], "editing",
         ("the story was filed", "not a move the workflow table allows")),
        # Unspiked into another state than it left.
        ([*CLEAN[:6], Event(7, 7, "vesna", "unspike", "spiked", "draft", "")], "draft",
         "not a move the workflow table allows"),
        # A save by someone who does not hold the lock (the bug the regression test pins).
        ([*CLEAN[:4], Event(5, 7, "ana", "save", "editing", "editing", "")], "editing",
         "saved while milica held the lock"),
        # A save of filed copy.
        ([*CLEAN[:3], Event(4, 7, "ana", "save", "filed", "filed", "")], "filed",
         ("saved while nobody held the lock", "saved text of a filed story")),
        # The story is not where its history left it.
        (CLEAN, "published", "its history ends approved"),
    ],
)  # fmt: skip
def test_the_history_check_finds_each_kind_of_invalid_state(
    events: list[Event], state: str, found: str | tuple[str, ...]
) -> None:
    problems = workload.invalid_history(events, {7: _story(state)})
    expected = (found,) if isinstance(found, str) else found
    assert len(problems) == len(expected), problems
    assert all(part in problem for part, problem in zip(expected, problems, strict=True))


def _revision(number: int, base: int | None, kind: str, text: str = "Text.") -> tuple:
    return (7, number, base, kind, "ana", "H", text)


def test_the_revision_check_finds_lost_updates_and_gaps() -> None:
    clean = [_revision(1, None, "created"), _revision(2, 1, "save"),
             _revision(3, 1, "conflict"), _revision(4, 2, "save")]  # fmt: skip
    assert workload.revision_problems(clean, {7: _story("draft", 4, 4)}) == []
    # Two saves on revision 1, the second over the first: a lost update.
    lost = [_revision(1, None, "created"), _revision(2, 1, "save"), _revision(3, 1, "save")]
    (problem,) = workload.revision_problems(lost, {7: _story("draft", 3, 3)})
    assert "revision 3 by ana was based on 1, not on 2" in problem
    # A number missing, and a story showing a conflict copy's number.
    gap = [_revision(1, None, "created"), _revision(3, 1, "conflict")]
    problems = workload.revision_problems(gap, {7: _story("draft", 3, 3)})
    assert problems == ["story 7: revisions [1, 3], last 3",
                        "story 7 shows revision 3, its latest saved one is 1"]  # fmt: skip
    # The story's text is not its current revision's.
    stale = [_revision(1, None, "created"), _revision(2, 1, "save", "Newer.")]
    (problem,) = workload.revision_problems(stale, {7: _story("draft", 2, 2)})
    assert "its text is not that of revision 2" in problem


def test_figures_give_rates_by_kind_and_middle_and_slow_times() -> None:
    entries = [{"action": "claim", "outcome": "accepted", "ms": float(ms)} for ms in range(1, 101)]
    entries += [{"action": "file", "outcome": "refused", "ms": 5.0}]
    entries += [{"action": "read", "outcome": "error"}]  # failed before timing: not counted
    figures = workload.figures(entries)
    assert figures["claim"]["accepted"] == 100
    assert (figures["claim"]["accepted_p50_ms"], figures["claim"]["accepted_p95_ms"]) == (
        50.5,
        95.0,
    )
    assert (figures["file"]["refused"], figures["file"]["accepted_p50_ms"]) == (1, None)
    assert (figures["all"]["accepted"], figures["all"]["refused"]) == (100, 1)
