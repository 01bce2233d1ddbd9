"""The body of a story: Desk's own document model of blocks and marked runs of text."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Mark(StrEnum):
    """Inline formatting a run of text may carry (a link is carried separately, with its href)."""

    BOLD = "bold"
    ITALIC = "italic"
    UNDERLINE = "underline"
    STRIKE = "strike"
    SUPERSCRIPT = "superscript"
    SUBSCRIPT = "subscript"


@dataclass(frozen=True)
class Run:
    """A stretch of text with the same marks. A newline inside `text` is a line break."""

    text: str
    marks: frozenset[Mark] = frozenset()
    link: str | None = None

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.marks:
            data["marks"] = sorted(m.value for m in self.marks)
        if self.link:
            data["link"] = self.link
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Run:
        return cls(
            text=str(data["text"]),
            marks=frozenset(Mark(m) for m in data.get("marks", ())),
            link=data.get("link"),
        )


Runs = tuple[Run, ...]


def runs_text(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs)


def plain(text: str) -> Runs:
    """Runs for unformatted text (none for an empty string)."""
    return (Run(text),) if text else ()


def _runs_data(runs: Runs) -> list[dict[str, Any]]:
    return [r.to_data() for r in runs]


def _runs_from(data: Iterable[dict[str, Any]]) -> Runs:
    return tuple(Run.from_data(r) for r in data)


@dataclass(frozen=True)
class Paragraph:
    runs: Runs = ()
    kind = "paragraph"

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True)
class Subhead:
    runs: Runs = ()
    level: int = 2
    kind = "subhead"

    def __post_init__(self) -> None:
        if not 2 <= self.level <= 4:
            raise ValueError(f"a subhead's level is 2, 3 or 4, not {self.level}")

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True)
class Quote:
    """A block quote: one paragraph of quoted text."""

    runs: Runs = ()
    kind = "quote"

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True)
class ListItem:
    """One item of a bulleted (ordered=False) or numbered list; level 0 is the outermost."""

    runs: Runs = ()
    ordered: bool = False
    level: int = 0
    kind = "list_item"

    @property
    def text(self) -> str:
        return runs_text(self.runs)


@dataclass(frozen=True)
class Table:
    """Rows of cells; each cell is a tuple of runs. The first row may be a header row."""

    rows: tuple[tuple[Runs, ...], ...] = ()
    header: bool = False
    kind = "table"

    @property
    def text(self) -> str:
        return "\n".join("\t".join(runs_text(c) for c in row) for row in self.rows)


@dataclass(frozen=True)
class Image:
    """A picture stored with the story (by `ref`, a name in the story's assets) and its caption."""

    ref: str
    caption: Runs = ()
    alt: str = ""
    kind = "image"

    @property
    def text(self) -> str:
        return runs_text(self.caption)


@dataclass(frozen=True)
class Picture:
    """The image an Image block shows, kept with the story under `name` (its `ref`)."""

    name: str
    media_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Footnote:
    """A footnote or endnote; `ref` is the mark the body text points to it with."""

    ref: str
    runs: Runs = ()
    endnote: bool = False
    kind = "footnote"

    @property
    def text(self) -> str:
        return runs_text(self.runs)


Block = Paragraph | Subhead | Quote | ListItem | Table | Image | Footnote


def block_to_data(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": block.kind}
    match block:
        case Paragraph(runs) | Quote(runs):
            data["runs"] = _runs_data(runs)
        case Subhead(runs, level):
            data.update(runs=_runs_data(runs), level=level)
        case ListItem(runs, ordered, level):
            data.update(runs=_runs_data(runs), ordered=ordered, level=level)
        case Table(rows, header):
            data.update(rows=[[_runs_data(c) for c in row] for row in rows], header=header)
        case Image(ref, caption, alt):
            data.update(ref=ref, caption=_runs_data(caption), alt=alt)
        case Footnote(ref, runs, endnote):
            data.update(ref=ref, runs=_runs_data(runs), endnote=endnote)
    return data


def block_from_data(data: dict[str, Any]) -> Block:
    kind = data.get("kind")
    runs = _runs_from(data.get("runs", ()))
    match kind:
        case "paragraph":
            return Paragraph(runs)
        case "subhead":
            return Subhead(runs, int(data.get("level", 2)))
        case "quote":
            return Quote(runs)
        case "list_item":
            return ListItem(runs, bool(data.get("ordered")), int(data.get("level", 0)))
        case "table":
            rows = tuple(tuple(_runs_from(c) for c in row) for row in data.get("rows", ()))
            return Table(rows, bool(data.get("header")))
        case "image":
            return Image(str(data["ref"]), _runs_from(data.get("caption", ())), data.get("alt", ""))
        case "footnote":
            return Footnote(str(data["ref"]), runs, bool(data.get("endnote")))
    raise ValueError(f"unknown block kind {kind!r}")


@dataclass(frozen=True)
class Body:
    """A story's body: an ordered list of blocks."""

    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @classmethod
    def from_paragraphs(cls, paragraphs: Iterable[str]) -> Body:
        return cls(tuple(Paragraph(plain(p)) for p in paragraphs if p))

    def to_data(self) -> list[dict[str, Any]]:
        return [block_to_data(b) for b in self.blocks]

    @classmethod
    def from_data(cls, data: Iterable[dict[str, Any]]) -> Body:
        return cls(tuple(block_from_data(b) for b in data))

    def texts(self) -> Iterator[str]:
        """The text of each block, in order (tables give one string per block)."""
        for block in self.blocks:
            yield block.text

    @property
    def text(self) -> str:
        """All the words of the body, blocks separated by a blank line (for search and counts)."""
        return "\n\n".join(t for t in self.texts() if t)

    def is_empty(self) -> bool:
        return not any(t.strip() for t in self.texts())


# Words are letters or digits, joined by inner apostrophes or hyphens ("don't", "Ilić-Marić"),
# and numbers keep their separators ("38,000", "2.5", "14:30"), as Word counts them.
_WORD = re.compile(r"[^\W_]+(?:(?:['’\-‐]|(?<=\d)[.,:/](?=\d))[^\W_]+)*")
WORDS_PER_MINUTE = 230


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Counts:
    """What an editor reads off the status bar: words, characters, minutes of reading."""

    words: int
    characters: int
    characters_no_spaces: int

    @property
    def reading_minutes(self) -> int:
        return math.ceil(self.words / WORDS_PER_MINUTE) if self.words else 0


def counts(text: str) -> Counts:
    return Counts(
        words=count_words(text),
        characters=len(text),
        characters_no_spaces=sum(1 for c in text if not c.isspace()),
    )


class Fit(StrEnum):
    NO_TARGET = "no target"
    SHORT = "short"
    FITS = "fits"
    LONG = "long"


@dataclass(frozen=True)
class Copyfit:
    """How the copy measures against the length the desk asked for."""

    words: int
    target: int | None
    fit: Fit

    @property
    def difference(self) -> int:
        return self.words - (self.target or 0)

    def describe(self) -> str:
        if self.target is None:
            return f"{self.words} words"
        if self.fit is Fit.FITS:
            return f"{self.words} of {self.target} words: fits"
        gap = abs(self.difference)
        side = "over" if self.fit is Fit.LONG else "under"
        return f"{self.words} of {self.target} words: {gap} {side}"


COPYFIT_TOLERANCE = 0.10


def copyfit(word_count: int, target: int | None, tolerance: float = COPYFIT_TOLERANCE) -> Copyfit:
    """Fits within +-10% of the target; below that is short, above it long."""
    if not target:
        return Copyfit(word_count, None, Fit.NO_TARGET)
    if word_count < target * (1 - tolerance):
        fit = Fit.SHORT
    elif word_count > target * (1 + tolerance):
        fit = Fit.LONG
    else:
        fit = Fit.FITS
    return Copyfit(word_count, target, fit)
