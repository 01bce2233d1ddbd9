"""Merging a conflict copy with a story's current text, one difference ("hunk") at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby

from desk.domain.body import Block, Body
from desk.domain.diff import BlockDiff, Op, Segment, diff_bodies, diff_text
from desk.domain.story import TEXT_FIELDS, StoryText


class Choice(StrEnum):
    """Which side a hunk takes in the merged text."""

    CURRENT = "current"  # keep the story's current text
    COPY = "copy"  # use the conflict copy's text
    BOTH = "both"  # the current blocks, then the copy's (body hunks only)


@dataclass(frozen=True)
class FieldHunk:
    """A text field (headline, standfirst, byline, dateline) on which the two sides differ.

    `segments` are the word-level differences from the current text to the copy's.
    """

    name: str
    current: str
    copy: str
    segments: tuple[Segment, ...]

    @property
    def choices(self) -> tuple[Choice, ...]:
        # A field is one line that holds one text: "both" would print two headlines.
        return (Choice.CURRENT, Choice.COPY)

    def take(self, choice: Choice) -> str:
        _check(self, choice)
        return self.copy if choice is Choice.COPY else self.current


@dataclass(frozen=True)
class Pair:
    """One block of a body hunk as the diff aligned it: on both sides (edited, or the same
    words with other formatting), or on one side only (the other is None)."""

    current: Block | None
    copy: Block | None
    segments: tuple[Segment, ...]

    @property
    def same_words(self) -> bool:
        """Both sides have this block with the same words: only its formatting differs."""
        return (
            self.current is not None
            and self.copy is not None
            and (self.current.text == self.copy.text)
        )


@dataclass(frozen=True)
class BodyHunk:
    """A run of consecutive body blocks on which the two sides differ. Blocks are taken whole
    from one side (with their marks, links and pictures), never stitched from both.

    `start` is the index in the current body where the run begins (where a run found only in
    the copy would go).
    """

    start: int
    pairs: tuple[Pair, ...]

    @property
    def current(self) -> tuple[Block, ...]:
        return tuple(p.current for p in self.pairs if p.current is not None)

    @property
    def copy(self) -> tuple[Block, ...]:
        return tuple(p.copy for p in self.pairs if p.copy is not None)

    @property
    def choices(self) -> tuple[Choice, ...]:
        # With one side empty, "both" is the same as taking the other side.
        if self.current and self.copy:
            return (Choice.CURRENT, Choice.COPY, Choice.BOTH)
        return (Choice.CURRENT, Choice.COPY)

    def take(self, choice: Choice) -> tuple[Block, ...]:
        _check(self, choice)
        match choice:
            case Choice.CURRENT:
                return self.current
            case Choice.COPY:
                return self.copy
            case _:
                return self.current + self.copy


@dataclass(frozen=True)
class Same:
    """A run of body blocks the two sides share, identical formatting included."""

    blocks: tuple[Block, ...]


Hunk = FieldHunk | BodyHunk


def _check(hunk: Hunk, choice: Choice) -> None:
    if choice not in hunk.choices:
        raise ValueError(f"{choice.value!r} is not a choice for this difference")


@dataclass(frozen=True)
class Merge:
    """The current text and a conflict copy, split into what they share and what differs.

    `body` is the whole body in reading order: shared runs and hunks alternate. `hunks` are
    the differing fields first (in TEXT_FIELDS order), then the body hunks; `apply` takes one
    choice for each, in that order.
    """

    current: StoryText
    copy: StoryText
    fields: tuple[FieldHunk, ...]
    body: tuple[Same | BodyHunk, ...]

    @property
    def hunks(self) -> tuple[Hunk, ...]:
        return (*self.fields, *(p for p in self.body if isinstance(p, BodyHunk)))

    @property
    def is_empty(self) -> bool:
        """The copy is the current text: nothing to merge."""
        return not self.hunks

    def apply(self, choices: Sequence[Choice]) -> StoryText:
        """The merged text: each hunk as its choice says, everything shared as it is."""
        hunks = self.hunks
        if len(choices) != len(hunks):
            raise ValueError(f"{len(hunks)} differences need as many choices, not {len(choices)}")
        chosen = iter(choices)  # fields first, then the body's hunks: the order of `hunks`
        fields = self.current.fields()
        for hunk in self.fields:
            fields[hunk.name] = hunk.take(next(chosen))
        blocks: list[Block] = []
        for piece in self.body:
            blocks += piece.blocks if isinstance(piece, Same) else piece.take(next(chosen))
        return StoryText(**fields, body=Body(tuple(blocks)))

    def apply_all(self, choice: Choice) -> StoryText:
        """Every hunk the same way (a field cannot keep both, so it keeps the current text)."""
        return self.apply([choice if choice in h.choices else Choice.CURRENT for h in self.hunks])


def changed_spans(segments: Sequence[Segment], *, current: bool) -> list[tuple[int, int]]:
    """Where the words the other side lacks are, as (start, end) offsets into the current
    text (`current=True`) or the copy's, for a view to highlight them."""
    mine = Op.DELETE if current else Op.INSERT
    spans, pos = [], 0
    for segment in segments:
        if segment.op is mine:
            spans.append((pos, pos + len(segment.text)))
        if segment.op in (Op.EQUAL, mine):
            pos += len(segment.text)
    return spans


def merge_texts(current: StoryText, copy: StoryText) -> Merge:
    """Split the current text and a conflict copy into shared runs and hunks.

    Body blocks are aligned as the Versions comparison aligns them (`diff_bodies`), and
    consecutive blocks that differ form one hunk. A block whose words match but whose
    formatting does not (a paragraph made a subhead, a word made bold) differs too, so that
    taking the copy everywhere gives the copy exactly.
    """
    current_fields, copy_fields = current.fields(), copy.fields()
    fields = tuple(
        FieldHunk(name, current_fields[name], copy_fields[name], segments)
        for name in TEXT_FIELDS
        if current_fields[name] != copy_fields[name]
        for segments in [diff_text(current_fields[name], copy_fields[name])]
    )
    pairs = [_pair(current.body, copy.body, part) for part in diff_bodies(current.body, copy.body)]
    return Merge(current, copy, fields, tuple(_pieces(pairs)))


def _pair(current: Body, copy: Body, part: BlockDiff) -> Pair:
    return Pair(
        None if part.old_index is None else current.blocks[part.old_index],
        None if part.new_index is None else copy.blocks[part.new_index],
        part.segments,
    )


def _pieces(pairs: Iterable[Pair]) -> Iterable[Same | BodyHunk]:
    """Group aligned blocks into shared runs and hunks, counting the current body's blocks."""
    start = 0
    for shared, group in groupby(pairs, key=lambda p: p.current == p.copy):
        run = tuple(group)
        if shared:
            yield Same(tuple(p.current for p in run if p.current is not None))
        else:
            yield BodyHunk(start, run)
        start += sum(1 for p in run if p.current is not None)
