"""The sample newsroom's people and desks, and the shape of its stories (in english.py,
latin.py and cyrillic.py), written for `desk init --demo`.

Pure data, fed by the demo loader through the real workflow services, so every step below obeys
the workflow table: each story is created as a draft by its author holding ``versions[0]``, then
its ``steps`` run in order ("save" stores ``versions[step.version]`` as a new revision), then its
``notes`` are added as editorial comments. Times are hours from the moment the demo is built.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    name: str  # login name, lowercase ascii, e.g. "ana"
    display_name: str  # "Ana Ilić"
    role: str  # "correspondent" | "editor" | "chief"


@dataclass(frozen=True)
class Step:
    actor: str  # a Person.name
    # "save" or a workflow action: file, withdraw, claim, release, return, approve, reopen,
    # schedule, publish, correct, kill, spike, unspike
    action: str
    note: str = ""  # required for return, correct, kill; optional otherwise (a save's label)
    version: int = 0  # for "save": index into DemoStory.versions of the body saved (1, 2, ...)
    hours: float = 0  # for "schedule": publish time, hours from now (> 0, not before the embargo)


@dataclass(frozen=True)
class DemoStory:
    slug: str
    headline: str
    standfirst: str
    byline: str  # as printed, e.g. "By Ana Ilić" / "Piše: Marko Ris, dopisnik iz Niša"
    dateline: str  # e.g. "MOSCOW, Nov 27 —" / "ГРАЧАНИЦА, 28. новембар —"; "" for none
    desk: str  # one of DESKS
    language: str  # "en" | "sr-Latn" | "sr-Cyrl"
    author: str  # a Person.name: who creates the story
    # versions[0] is the body at creation; later ones are saved by "save" steps
    versions: tuple[str, ...]
    steps: tuple[Step, ...] = ()
    tags: tuple[str, ...] = ()
    target_words: int | None = None
    deadline_hours: float | None = None  # deadline, hours from now (negative: already late)
    embargo_hours: float | None = None  # embargo, hours from now
    # editorial comments: (Person.name, text), added after the steps
    notes: tuple[tuple[str, str], ...] = ()


DESKS: tuple[str, ...] = ("Politics", "Region", "World")

PEOPLE: tuple[Person, ...] = (
    Person("tom", "Tom Whitaker", "correspondent"),
    Person("claire", "Claire Donnelly", "correspondent"),
    Person("dan", "Dan Mercer", "correspondent"),
    Person("ana", "Ana Ilić", "correspondent"),
    Person("marko", "Marko Ris", "correspondent"),
    Person("jelena", "Јелена Петровић", "correspondent"),
    Person("nikola", "Никола Стојановић", "correspondent"),
    Person("peter", "Peter Hollis", "editor"),
    Person("vesna", "Vesna Kovač", "editor"),
    Person("dragan", "Dragan Savić", "chief"),
)
