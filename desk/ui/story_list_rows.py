"""The rows a story list has fetched, held compactly: a list scrolled to the end of a newsroom
of 100,000 stories holds them all."""

from __future__ import annotations

from array import array
from datetime import UTC, datetime, timedelta

from desk.domain.story import State, StorySummary

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_NO_TIME = -(2**63)  # a time that is not set
_NO_NUMBER = -1  # a target length that is not set
_NAMED = ("state", "desk", "author", "assignee", "language", "lock_holder")


def _micros(moment: datetime | None) -> int:
    return _NO_TIME if moment is None else (moment - _EPOCH) // _MICROSECOND


def _moment(micros: int) -> datetime | None:
    return None if micros == _NO_TIME else _EPOCH + micros * _MICROSECOND


class StoryRows:
    """The rows fetched so far, column by column: numbers and times in arrays, and each of
    the few names (states, desks, people, languages) kept once. A hundred thousand rows
    scrolled through take about a third of the memory they would as objects, and nothing in
    them is tracked by the garbage collector (a full collection would pause scrolling)."""

    def __init__(self, summaries: list[StorySummary] | None = None) -> None:
        self._ids = array("q")
        self._slugs: list[str] = []
        self._headlines: list[str] = []
        self._numbers = {name: array("q") for name in ("word_count", "target_words")}
        self._times = {name: array("q") for name in ("deadline", "updated_at")}
        self._named = {name: array("I") for name in _NAMED}
        self._names: list[str | None] = [None]
        self._name_codes: dict[str | None, int] = {None: 0}
        self.extend(summaries or [])

    def _code(self, name: str | None) -> int:
        code = self._name_codes.get(name)
        if code is None:
            code = self._name_codes[name] = len(self._names)
            self._names.append(name)
        return code

    def extend(self, summaries: list[StorySummary]) -> None:
        code, named = self._code, self._named
        words, targets = self._numbers["word_count"], self._numbers["target_words"]
        deadlines, updated = self._times["deadline"], self._times["updated_at"]
        for s in summaries:
            self._ids.append(s.id)
            self._slugs.append(s.slug)
            self._headlines.append(s.headline)
            words.append(s.word_count)
            targets.append(_NO_NUMBER if s.target_words is None else s.target_words)
            deadlines.append(_micros(s.deadline))
            updated.append(_micros(s.updated_at))
            named["state"].append(code(s.state.value))
            named["desk"].append(code(s.desk))
            named["author"].append(code(s.author))
            named["assignee"].append(code(s.assignee))
            named["language"].append(code(s.language))
            named["lock_holder"].append(code(s.lock_holder))

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, row: int) -> StorySummary:
        names = {name: self._names[codes[row]] for name, codes in self._named.items()}
        target = self._numbers["target_words"][row]
        return StorySummary(
            id=self._ids[row],
            slug=self._slugs[row],
            headline=self._headlines[row],
            word_count=self._numbers["word_count"][row],
            target_words=None if target == _NO_NUMBER else target,
            deadline=_moment(self._times["deadline"][row]),
            updated_at=_moment(self._times["updated_at"][row]),  # type: ignore[arg-type]
            **{**names, "state": State(names["state"])},  # type: ignore[arg-type]
        )

    def ids(self) -> list[int]:
        return list(self._ids)

    def state(self, row: int) -> State:
        return State(self._names[self._named["state"][row]])

    def last(self) -> StorySummary | None:
        return self[len(self._ids) - 1] if self._ids else None
