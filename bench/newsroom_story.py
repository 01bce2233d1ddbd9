"""The people, desks and stories of the benchmark newsroom (bench/newsroom_data.py writes them).

Each story lives its life as the services would make it: created, written (autosaves and
saves), filed, claimed, edited, returned, approved, scheduled, published, corrected, killed or
spiked, with the edit lock handed over at each step (and every lost lock remembered), a
revision for every change of text and a history event for every action. Its rows come out as
dicts for the model tables; times are kept as minutes from the story's creation until the end,
when a story still in the works is squeezed in before the newsroom's "now".
"""

from __future__ import annotations

import functools
import random
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import newsroom_text as copy

from desk.domain.body import count_words
from desk.domain.bylines import parse_byline
from desk.domain.script import slugify
from desk.domain.story import State

END = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # the newsroom's "now": fixed, so builds repeat
STORIES_PER_DAY = 100  # 100,000 stories are about three years of archive
ACTIVE_DAYS = 3  # stories younger than this may still be in the works
SEED = 20261130
DESKS = ("Politics", "Region", "World", "Business", "Culture", "Sport", "Science", "Opinion")
DESK_WEIGHTS = (22, 18, 18, 12, 10, 12, 4, 4)
LANGUAGES = ("en", "sr-Latn", "sr-Cyrl")
ALL_STATES = tuple(State)
ARCHIVE = {State.PUBLISHED: 82, State.SPIKED: 9, State.KILLED: 3, State.DRAFT: 4,
           State.RETURNED: 1, State.FILED: 0.5, State.APPROVED: 0.5}  # fmt: skip
ACTIVE = {State.DRAFT: 20, State.FILED: 12, State.EDITING: 12, State.RETURNED: 6,
          State.APPROVED: 8, State.SCHEDULED: 6, State.PUBLISHED: 32, State.SPIKED: 3,
          State.KILLED: 1}  # fmt: skip
MANY = 50  # revisions of the few stories that have very many
LABELS = ("subbed", "legal checked", "shortened", "final", "before cuts", "za lekturu")


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    display: str
    language: str | None = None  # what a correspondent writes in


@functools.cache
def staff() -> tuple[Person, ...]:
    """Two chief editors, ten editors and forty-two correspondents, fourteen per language."""
    people: list[tuple[str, str, str | None]] = [
        ("chief", "Dragan Lukić", None),
        ("chief", "Helen Ward", None),
    ]
    people += [("editor", name, None) for name in (
        "Peter Hall", "Vesna Kovačević", "Milica Ristić", "Tom Baker", "Sarah Lloyd",
        "Nenad Simić", "Jovana Tomić", "Richard Shaw", "Katarina Babić", "Bojan Savić")]  # fmt: skip
    rng = random.Random(SEED)
    v = copy.vocabularies()
    for language in LANGUAGES:
        for _ in range(14):
            first = rng.choice(v[language if language == "en" else "sr-Latn"].first_names)
            last = rng.choice(v[language if language == "en" else "sr-Latn"].last_names)
            people.append(("correspondent", f"{first} {last}", language))
    found, taken = [], set()
    for number, (role, display, language) in enumerate(people, start=1):
        name = slugify(display).replace("-", ".")
        while name in taken:
            name += "2"
        taken.add(name)
        found.append(Person(number, name, role, display, language))
    return tuple(found)


def user_rows(people: tuple[Person, ...]) -> list[dict[str, Any]]:
    start = END - timedelta(days=3650)
    return [
        {"id": p.id, "name": p.name, "display_name": p.display, "role": p.role,
         "password_hash": None, "created_at": start}
        for p in people
    ]  # fmt: skip


def desk_rows() -> list[dict[str, Any]]:
    return [{"id": i, "name": name} for i, name in enumerate(DESKS, start=1)]


@functools.cache
def _vocabularies() -> dict[str, copy.Vocabulary]:
    return copy.vocabularies()


@functools.cache
def _byline_parts(byline: str) -> dict[str, Any]:
    """As desk/services/stories.py keeps them on the story row."""
    parts = {k: v for k, v in asdict(parse_byline(byline)).items() if k != "text" and v}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in parts.items()}


def special_stories(n: int) -> dict[int, str]:
    """Indexes of the stories made on purpose: every state among the newest nine, a handful
    with fifty revisions, and at least one conflict copy."""
    special: dict[int, str] = {}
    for k in range(min(n, len(ALL_STATES))):
        special[n - 1 - k] = ALL_STATES[k].value
    count = 1 if n < 1_000 else 5
    for j in range(count):
        special.setdefault(n * (j + 1) // (count + 2), "many")
    special.setdefault(n // 5, "conflict")
    return special


def make_batch(first: int, end: int, n: int) -> dict[str, list[Any]]:
    """Rows of stories first..end-1 (0-based) of a newsroom of n."""
    out: dict[str, list[Any]] = {
        k: [] for k in ("stories", "revisions", "comments", "locks", "losses", "events")
    }
    special = special_stories(n)
    for index in range(first, end):
        Life(index, n, special.get(index)).into(out)
    return out


class Life:
    """One story from creation to the state it is in now."""

    def __init__(self, index: int, n: int, special: str | None) -> None:
        rng = self.rng = random.Random(SEED * 31 + index)
        people = staff()
        self.editors = [p for p in people if p.role == "editor"]
        self.chiefs = [p for p in people if p.role == "chief"]
        self.id = index + 1
        span = timedelta(days=n / STORIES_PER_DAY)
        self.created = END - span + span * (index + 0.3 + 0.4 * rng.random()) / n
        language = LANGUAGES[index] if index < 3 else rng.choices(LANGUAGES, (40, 30, 30))[0]
        self.v = _vocabularies()[language]
        self.topic = copy.topic(rng, self.v)
        writers = [p for p in people if p.language == language]
        self.writer = rng.choice(writers)
        self.author, self.assignee = self.writer, None
        if rng.random() < 0.12:
            self.author, self.assignee = rng.choice(self.editors), self.writer
        elif rng.random() < 0.04:
            self.author = self.writer = rng.choice(self.editors)
        self.claimer = rng.choice([e for e in self.editors if e != self.writer])
        self.chief = rng.choice(self.chiefs)
        if index < len(DESKS):
            self.desk: str | None = DESKS[index]
        else:
            self.desk = None if rng.random() < 0.03 else rng.choices(DESKS, DESK_WEIGHTS)[0]
        self.state_wanted = self._state(special)
        self.many = special == "many"
        self.conflict = special == "conflict" or rng.random() < 0.01
        self.language = language
        self.minutes = 0.0
        self.state: State | None = None
        self.spiked_from: State | None = None
        self.holder: Person | None = None
        self.lock_at = self.seen_at = 0.0
        self.revisions: list[dict[str, Any]] = []
        self.current = 0  # the number of the story's current text
        self.events: list[tuple[Any, ...]] = []
        self.losses: list[dict[str, Any]] = []
        self.correction_number, self.correction_pending = 0, False
        self.published_at: float | None = None
        self.publish_at: float | None = None
        self.deadline_shift = 0.0

    def _state(self, special: str | None) -> State:
        if special in {s.value for s in ALL_STATES}:
            return State(special)
        if special in ("many", "conflict"):
            return State.PUBLISHED
        young = END - self.created < timedelta(days=ACTIVE_DAYS)
        table = ACTIVE if young else ARCHIVE
        return self.rng.choices(list(table), list(table.values()))[0]

    # --- The script of actions ----------------------------------------------------------------

    def script(self, final: State) -> list[str]:
        rng = self.rng
        steps = ["create", "write"]
        if rng.random() < 0.08:
            steps.append("update")
        if final is State.DRAFT:
            return steps
        if final is State.SPIKED:
            self.spiked_from = rng.choice(
                (State.DRAFT, State.DRAFT, State.FILED, State.EDITING, State.RETURNED,
                 State.APPROVED))  # fmt: skip
            return self.script(self.spiked_from) + ["spike"]
        if final is State.PUBLISHED and rng.random() < 0.01:
            steps += ["spike", "unspike", "write"]
        steps.append("file")
        if rng.random() < 0.03:
            steps += ["withdraw", "write", "file"]
        if final is State.FILED:
            return steps
        steps += ["claim", "edit"]
        if rng.random() < 0.03:
            steps += ["release", "reclaim", "edit"]
        if final is not State.RETURNED and rng.random() < 0.15:
            steps += ["return", "write", "file", "claim", "edit"]
        if self.conflict:
            steps += ["takeover", "conflict", "edit"]
        if rng.random() < 0.01:
            steps.append("restore")
        if final is State.EDITING:
            return steps
        if final is State.RETURNED:
            return steps + ["return"]
        steps.append("approve")
        if rng.random() < 0.03:
            steps += ["reopen", "edit", "approve"]
        if final is State.APPROVED:
            return steps
        if final is State.SCHEDULED:
            return steps + ["schedule"]
        steps += ["schedule", "publish"] if rng.random() < 0.2 else ["publish"]
        if rng.random() < 0.04:
            steps += ["correct", "edit", "approve", "publish"]
        return steps + (["kill"] if final is State.KILLED else [])

    # --- Living it ----------------------------------------------------------------------------

    def into(self, out: dict[str, list[Any]]) -> None:
        steps = self.script(self.state_wanted)
        per_step = self._revisions_per_step(steps)
        for step, count in zip(steps, per_step, strict=True):
            getattr(self, "_" + step)(count)
        assert self.state is self.state_wanted, (self.id, steps, self.state)
        self._finish(out)

    def _revisions_per_step(self, steps: list[str]) -> list[int]:
        rng = self.rng
        counts = [
            rng.choices((1, 2, 3), (30, 45, 25))[0] if s == "write"
            else rng.choices((1, 2), (50, 50))[0] if s == "edit" else 0
            for s in steps
        ]  # fmt: skip
        if self.many:
            others = sum(1 for s in steps if s in ("create", "conflict", "restore"))
            writing = [i for i, s in enumerate(steps) if s in ("write", "edit")]
            counts = [0] * len(steps)
            for k in range(MANY - others):
                counts[writing[k % len(writing)]] += 1
        return counts

    def wait(self, low: float, high: float) -> float:
        self.minutes += self.rng.uniform(low, high)
        return self.minutes

    def event(self, actor: Person, action: str, before: State | None, after: State | None,
              note: str = "") -> None:  # fmt: skip
        self.events.append(
            [self.minutes, self.id, len(self.events), actor.id, action,
             before.value if before else None, after.value if after else None, note]
        )  # fmt: skip

    def move(self, actor: Person, action: str, target: State, note: str = "") -> None:
        self.event(actor, action, self.state, target, note)
        self.state = target

    def lock_to(self, holder: Person | None, actor: Person, action: str) -> None:
        """As desk/services/locks.py hands a lock over: whoever loses it is remembered."""
        if holder == self.holder:
            return
        if self.holder is not None:
            self.losses.append(
                {"story_id": self.id, "user_id": self.holder.id, "by_id": actor.id,
                 "action": action, "revision": self.current, "at": self.minutes,
                 "seen": actor != self.holder}
            )  # fmt: skip
        self.holder, self.lock_at = holder, self.minutes
        self.seen_at = self.minutes

    def text_of(self, number: int) -> dict[str, Any]:
        return self.revisions[number - 1]

    def revision(self, author: Person, kind: str, *, base: int | None, label: str = "",
                 text: dict[str, Any] | None = None) -> int:  # fmt: skip
        number = len(self.revisions) + 1
        if text is None:
            before = self.text_of(self.current)
            text = {k: before[k] for k in ("headline", "standfirst", "byline", "dateline")}
            if self.rng.random() < 0.2:
                text["headline"] = copy.headline(self.rng, self.v, self.topic)
            text["body"] = copy.revise(self.rng, self.v, self.topic, before["body"])
        self.revisions.append(
            {"story_id": self.id, "number": number, "base": base, "kind": kind,
             "author_id": author.id, "created_at": self.minutes, "label": label, **text}
        )  # fmt: skip
        if author == self.holder:
            self.seen_at = self.minutes  # a save is a sign of life
        return number

    def save(self, person: Person, autosave: bool) -> None:
        current = self.text_of(self.current)
        if autosave and current["kind"] == "autosave" and current["author_id"] == person.id:
            autosave = False  # a second autosave in a row would have replaced the first
        label = "" if autosave or self.rng.random() > 0.05 else self.rng.choice(LABELS)
        kind = "autosave" if autosave else "save"
        self.current = self.revision(person, kind, base=self.current, label=label)
        if not autosave:
            note = f"revision {self.current}" + (f": {label}" if label else "")
            self.event(person, "save", self.state, self.state, note)

    def _create(self, _count: int) -> None:
        rng, v, t = self.rng, self.v, self.topic
        words = int(min(2700, max(330, rng.lognormvariate(6.45, 0.6))))
        dateline = ""
        if rng.random() < 0.6:
            place = rng.choice(v.places).upper()
            day = (self.created + timedelta(hours=2)).day
            month = (self.created + timedelta(hours=2)).month - 1
            dateline = (f"{place}, {v.months[month]} {day} —" if v.tag == "en"
                        else f"{place}, {day}. {v.months[month]} —")  # fmt: skip
        byline = v.by.format(name=v.convert(self.writer.display))
        if rng.random() < 0.3:
            place = rng.choice(v.places)
            byline += ", " + v.correspondent.format(place=place)
        text = {
            "headline": copy.headline(rng, v, t),
            "standfirst": copy.sentence(rng, v, t) if rng.random() < 0.7 else "",
            "byline": byline,
            "dateline": dateline,
            "body": copy.body(rng, v, t, words),
        }
        self.current = self.revision(self.author, "created", base=None, text=text)
        self.move(self.author, "create", State.DRAFT)
        self.lock_to(self.writer, self.author, "create")

    def _write(self, count: int) -> None:
        for k in range(count):
            self.wait(5, 90)
            self.save(self.writer, autosave=k % 2 == 0 and k < count - 1)

    def _edit(self, count: int) -> None:
        for k in range(count):
            self.wait(3, 45)
            self.save(self.claimer, autosave=k % 2 == 0 and k < count - 1)

    def _update(self, _count: int) -> None:
        self.wait(5, 120)
        editor = self.rng.choice(self.editors)
        old = self.created + timedelta(hours=6)
        self.deadline_shift = self.rng.choice((-2, 2, 4, 24))
        new = old + timedelta(hours=self.deadline_shift)
        note = f"deadline: {old:%d %b %H:%M} → {new:%d %b %H:%M}"
        self.event(editor, "update", self.state, self.state, note)

    def _file(self, _count: int) -> None:
        self.wait(5, 60)
        self.move(self.writer, "file", State.FILED)
        self.lock_to(None, self.writer, "file")

    def _withdraw(self, _count: int) -> None:
        self.wait(5, 120)
        self.move(self.author, "withdraw", State.DRAFT)
        self.lock_to(self.writer, self.author, "withdraw")

    def _claim(self, _count: int) -> None:
        self.wait(2, 180)
        self.move(self.claimer, "claim", State.EDITING)
        self.lock_to(self.claimer, self.claimer, "claim")

    def _release(self, _count: int) -> None:
        self.wait(5, 60)
        self.move(self.claimer, "release", State.FILED)
        self.lock_to(None, self.claimer, "release")

    def _reclaim(self, count: int) -> None:
        others = [e for e in self.editors if e not in (self.claimer, self.writer)]
        self.claimer = self.rng.choice(others)
        self._claim(count)

    def _return(self, _count: int) -> None:
        self.wait(5, 60)
        note = copy.sentence(self.rng, self.v, self.topic)
        self.move(self.claimer, "return", State.RETURNED, note)
        self.lock_to(self.writer, self.claimer, "return")

    def _takeover(self, _count: int) -> None:
        self.wait(11, 60)
        self.lost = (self.claimer, self.current)
        self.move(self.chief, "takeover", State.EDITING, f"from {self.claimer.name}")
        self.lock_to(self.chief, self.chief, "takeover")
        self.claimer = self.chief

    def _conflict(self, _count: int) -> None:
        """The editor who lost the lock saves what they were writing: a conflict copy."""
        self.wait(1, 30)
        editor, base = self.lost
        number = self.revision(editor, "conflict", base=base)
        note = (f"revision {number} kept as a conflict copy: it was based on {base}, the story "
                f"was at {self.current}; the edit lock had passed to {self.chief.name}")  # fmt: skip
        self.event(editor, "conflict", self.state, self.state, note)

    def _restore(self, _count: int) -> None:
        self.wait(5, 60)
        older = [r["number"] for r in self.revisions[: self.current - 1] if r["kind"] != "conflict"]
        if not older:
            return
        number = self.rng.choice(older)
        label = f"restored from revision {number}"
        old = self.text_of(number)
        text = {k: old[k] for k in ("headline", "standfirst", "byline", "dateline", "body")}
        self.current = self.revision(self.holder or self.claimer, "restore", base=self.current,
                                     label=label, text=text)  # fmt: skip
        self.event(self.holder or self.claimer, "restore", self.state, self.state,
                   f"revision {self.current}: {label}")  # fmt: skip

    def _approve(self, _count: int) -> None:
        self.wait(5, 60)
        self.move(self.claimer, "approve", State.APPROVED)
        self.lock_to(None, self.claimer, "approve")

    def _reopen(self, _count: int) -> None:
        self.wait(10, 300)
        self.claimer = self.rng.choice([e for e in self.editors if e != self.writer])
        self.move(self.claimer, "reopen", State.EDITING)
        self.publish_at = None
        self.lock_to(self.claimer, self.claimer, "reopen")

    def _schedule(self, _count: int) -> None:
        self.wait(5, 60)
        self.publish_at = self.minutes + self.rng.uniform(60, 24 * 60)
        self.move(self.chief, "schedule", State.SCHEDULED, "to publish at {publish_at}")

    def _publish(self, _count: int) -> None:
        scheduled = self.state is State.SCHEDULED
        if scheduled:
            self.minutes = max(self.minutes + 1, self.publish_at or 0)
        else:
            self.wait(5, 120)
        self.move(self.chief, "publish", State.PUBLISHED, "on schedule" if scheduled else "")
        self.published_at = self.minutes
        if self.correction_pending:
            self.correction_number += 1
            self.correction_pending = False

    def _correct(self, _count: int) -> None:
        self.wait(60, 5 * 24 * 60)
        self.claimer = self.rng.choice([e for e in self.editors if e != self.writer])
        note = copy.sentence(self.rng, self.v, self.topic)
        self.move(self.claimer, "correct", State.EDITING, note)
        self.correction_pending = True
        self.lock_to(self.claimer, self.claimer, "correct")

    def _kill(self, _count: int) -> None:
        self.wait(30, 3 * 24 * 60)
        self.move(self.chief, "kill", State.KILLED, copy.sentence(self.rng, self.v, self.topic))

    def _spike(self, _count: int) -> None:
        self.wait(10, 24 * 60)
        own = self.state in (State.DRAFT, State.RETURNED) and self.rng.random() < 0.4
        actor = self.author if own else self.rng.choice(self.editors)
        self.spiked_from = self.state
        self.move(actor, "spike", State.SPIKED)
        self.lock_to(None, actor, "spike")

    def _unspike(self, _count: int) -> None:
        self.wait(10, 300)
        editor = self.rng.choice(self.editors)
        target = self.spiked_from or State.DRAFT
        self.move(editor, "unspike", target)
        self.spiked_from = None
        self.lock_to(self.writer if target in (State.DRAFT, State.RETURNED) else None, editor,
                     "unspike")  # fmt: skip

    # --- Rows ---------------------------------------------------------------------------------

    def _finish(self, out: dict[str, list[Any]]) -> None:
        rng = self.rng
        room = (END - self.created).total_seconds() / 60 - 1
        scale = min(1.0, room / self.minutes) if self.minutes > 0 else 1.0

        def at(minutes: float | None) -> datetime | None:
            return None if minutes is None else self.created + timedelta(minutes=minutes * scale)

        for revision in self.revisions:
            revision["created_at"] = at(revision["created_at"])
        for loss in self.losses:
            loss["at"] = at(loss["at"])
        publish_at = at(self.publish_at)
        if self.state is State.SCHEDULED:
            publish_at = max(publish_at or END, END) + timedelta(minutes=rng.uniform(30, 1440))
        for event in self.events:
            event[0] = at(event[0])
            if event[4] == "schedule":
                when = publish_at if self.state is State.SCHEDULED else event[0]
                event[7] = event[7].format(publish_at=f"{when:%d %b %H:%M}")
            out["events"].append(tuple(event))
        current = self.text_of(self.current)
        body_text = copy.body_text(current["body"])
        updated = max(self.events[-1][0], self.revisions[-1]["created_at"])
        published = at(self.published_at)
        embargo = None
        if rng.random() < 0.04:
            embargo = (published or END) - timedelta(minutes=rng.uniform(0, 90))
            if publish_at and self.state is State.SCHEDULED:
                embargo = publish_at - timedelta(minutes=rng.uniform(0, 60))
        words = count_words(body_text)
        target = None
        if rng.random() < 0.6:
            target = max(100, round(words * rng.uniform(0.8, 1.25), -2))
        first = self.revisions[0]
        out["stories"].append({
            "id": self.id,
            "slug": slugify(first["headline"]),
            "headline": current["headline"],
            "standfirst": current["standfirst"],
            "byline": current["byline"],
            "byline_parts": _byline_parts(current["byline"]),
            "dateline": current["dateline"],
            "body_text": body_text,
            "word_count": words,
            "desk_id": DESKS.index(self.desk) + 1 if self.desk else None,
            "language": self.language,
            "tags": rng.sample(self.topic.words, rng.choice((0, 1, 2, 3))),
            "author_id": self.author.id,
            "assignee_id": self.assignee.id if self.assignee else None,
            "deadline": self.created + timedelta(hours=6 + self.deadline_shift),
            "target_words": target,
            "embargo_at": embargo,
            "publish_at": publish_at,
            "published_at": published,
            "state": self.state.value,
            "spiked_from": self.spiked_from.value if self.state is State.SPIKED else None,
            "correction_number": self.correction_number,
            "correction_pending": self.correction_pending,
            "revision": self.current,
            "last_revision": len(self.revisions),
            "created_at": self.created,
            "updated_at": updated,
        })  # fmt: skip
        out["revisions"].extend(self.revisions)
        out["losses"].extend(self.losses)
        if self.holder is not None:
            out["locks"].append({"story_id": self.id, "holder_id": self.holder.id,
                                 "acquired_at": at(self.lock_at), "heartbeat_at": at(self.seen_at)})  # fmt: skip
        out["comments"].extend(self._notes(updated))

    def _notes(self, last: datetime) -> list[dict[str, Any]]:
        rng = self.rng
        count = rng.choices((0, 1, 2, 3, 4, 6), (35, 30, 17, 10, 5, 3))[0]
        people = [self.writer, self.claimer, self.chief, rng.choice(self.editors)]
        notes = []
        span = (last - self.created).total_seconds()
        for _ in range(count):
            author = rng.choice(people)
            text = copy.sentence(self.rng, self.v, self.topic)
            if rng.random() < 0.3:
                other = rng.choice([p for p in people if p != author] or people)
                text = f"@{other.name} {text}"
            when = self.created + timedelta(seconds=rng.uniform(0, span))
            edited = when + timedelta(minutes=rng.uniform(1, 30)) if rng.random() < 0.05 else None
            notes.append({"story_id": self.id, "author_id": author.id, "text": text,
                          "created_at": when, "edited_at": edited})  # fmt: skip
        return sorted(notes, key=lambda note: note["created_at"])
