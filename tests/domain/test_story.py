"""When a story counts as late: one rule for the list, the board and the budget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk.domain.story import State, StorySummary

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def summary(state: State, deadline: datetime | None) -> StorySummary:
    return StorySummary(1, "s", "H", state, None, "ana", None, 10, None, deadline, NOW, "en")


@pytest.mark.parametrize(
    "state", [s for s in State if s not in {State.PUBLISHED, State.KILLED, State.SPIKED}]
)
def test_an_unpublished_story_past_its_deadline_is_late(state: State) -> None:
    assert summary(state, NOW - timedelta(minutes=1)).is_late(NOW)
    assert not summary(state, NOW + timedelta(minutes=1)).is_late(NOW)
    assert not summary(state, None).is_late(NOW)


@pytest.mark.parametrize("state", [State.PUBLISHED, State.KILLED, State.SPIKED])
def test_a_finished_story_is_never_late(state: State) -> None:
    assert not summary(state, NOW - timedelta(days=1)).is_late(NOW)
