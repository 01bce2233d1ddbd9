"""Word-level differences between two revisions of a story: its text fields and its body."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from itertools import groupby

from desk.domain.body import Body, count_words, words

# The fields diffed when present, in the order a summary names them; others follow these.
FIELDS = ("headline", "standfirst", "byline", "dateline")

# Two blocks whose word tokens match by more than this ratio are one paragraph, edited.
SIMILARITY = 0.5

# Pairing looks at every (old, new) pair of a replaced range; past this many pairs (a rewrite of
# hundreds of paragraphs) it would be slow, and the blocks are shown as removed and added.
MAX_PAIRINGS = 40_000

_GAP_PIECE = re.compile(r"\s+|\S")


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text, whitespace included, that is in both revisions or only in one."""

    op: Op
    text: str


class _Segmented:
    """What a field or block diff reads off its segments."""

    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        return any(s.op is not Op.EQUAL for s in self.segments)

    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op is not Op.INSERT)

    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op is not Op.DELETE)


@dataclass(frozen=True)
class BlockDiff(_Segmented):
    """One paragraph (block) aligned between the two revisions."""

    old_index: int | None
    new_index: int | None
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        # An added or removed block is a change even when it has no text (an image, say).
        return self.old_index is None or self.new_index is None or super().changed


@dataclass(frozen=True)
class FieldDiff(_Segmented):
    """One text field (headline, standfirst, byline, dateline) compared word by word."""

    name: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Diff:
    """What changed between two revisions: the changed fields, every block aligned, and counts."""

    fields: tuple[FieldDiff, ...]
    blocks: tuple[BlockDiff, ...]
    words_added: int
    words_removed: int
    paragraphs_changed: int

    @property
    def is_empty(self) -> bool:
        return not self.fields and not any(b.changed for b in self.blocks)

    def summary(self) -> str:
        """One line for a history list, such as "12 words added, 3 removed, 2 paragraphs changed".

        Rules: "No changes" when nothing changed. Otherwise, in this order and leaving out the
        parts that are zero: the words ("N words added, M removed", or only "N words added", or
        only "M words removed"), the paragraphs ("N paragraphs changed"), and the changed fields
        by name ("headline changed", "headline and byline changed", "headline, byline and
        dateline changed"). Counts of one are singular. Words of changed fields are counted with
        the body's. An edit that adds and removes no words (punctuation, spacing) still names
        its paragraph or field, so a summary is never blank. The first letter is a capital.
        """
        if self.is_empty:
            return "No changes"
        added, removed = self.words_added, self.words_removed
        parts = [f"{_count(added, 'word')} added"] if added else []
        if removed:
            parts.append(f"{removed} removed" if added else f"{_count(removed, 'word')} removed")
        if self.paragraphs_changed:
            parts.append(f"{_count(self.paragraphs_changed, 'paragraph')} changed")
        if self.fields:
            parts.append(f"{_and_list([f.name for f in self.fields])} changed")
        text = ", ".join(parts)
        return text[0].upper() + text[1:]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _and_list(names: Sequence[str]) -> str:
    """The names as "a", "a and b" or "a, b and c"."""
    return " and ".join(filter(None, [", ".join(names[:-1]), names[-1]]))


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Split text into tokens: a word or one punctuation mark, each with the whitespace after it.

    The first token is always empty and holds the whitespace before the first word, so every
    character of the text belongs to exactly one token. Words are found by `body.words`, the
    project's one definition of a word; what lies between words is punctuation (one token per
    mark, so "Moscow." and "Moscow," differ only in the last token) and whitespace.
    """
    cores = [""]
    spaces = [""]
    pos = 0
    for word in words(text):
        # Nothing between two words can start a word, so the first hit is the word itself.
        start = text.find(word, pos)
        _add_gap(text[pos:start], cores, spaces)
        cores.append(word)
        spaces.append("")
        pos = start + len(word)
    _add_gap(text[pos:], cores, spaces)
    return cores, spaces


def _add_gap(gap: str, cores: list[str], spaces: list[str]) -> None:
    for piece in _GAP_PIECE.findall(gap):
        if piece.isspace():
            spaces[-1] += piece
        elif unicodedata.combining(piece) and cores[-1] and not spaces[-1]:
            # A combining accent (decomposed "c" + "\u0301") belongs to the letter before it.
            cores[-1] += piece
        else:
            cores.append(piece)
            spaces.append("")


def diff_text(old: str, new: str) -> tuple[Segment, ...]:
    """Word-level differences between two strings; the segments rebuild both exactly."""
    old_cores, old_spaces = _tokens(old)
    new_cores, new_spaces = _tokens(new)
    matcher = SequenceMatcher(None, old_cores, new_cores, autojunk=False)
    pieces: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                pieces.append((Op.EQUAL, old_cores[i]))
                pieces += _replaced(old_spaces[i], new_spaces[j])
        else:
            gone = "".join(c + s for c, s in zip(old_cores[i1:i2], old_spaces[i1:i2], strict=True))
            came = "".join(c + s for c, s in zip(new_cores[j1:j2], new_spaces[j1:j2], strict=True))
            pieces += _replaced(gone, came)
    return _merge(pieces)


def _replaced(gone: str, came: str) -> list[tuple[Op, str]]:
    """`gone` deleted and `came` inserted, except for the whitespace both end with, kept.

    The space after a replaced word is usually still there. The spacing after a kept word
    goes through here too, and then usually nothing is deleted or inserted.
    """
    kept = 0
    for g, c in zip(reversed(gone), reversed(came), strict=False):
        if g != c or not g.isspace():
            break
        kept += 1
    return [
        (Op.DELETE, gone[: len(gone) - kept]),
        (Op.INSERT, came[: len(came) - kept]),
        (Op.EQUAL, came[len(came) - kept :]),
    ]


def _merge(pieces: Iterable[tuple[Op, str]]) -> tuple[Segment, ...]:
    """Join neighbours of the same kind; between two kept stretches, deletions come first.

    One canonical form keeps the window's rendering simple ("~~old~~ new") and makes equal
    diffs compare equal. Reordering is safe: the old text reads only kept and deleted
    segments, the new text only kept and inserted ones, and each keeps its own order.
    """
    segments: list[Segment] = []
    present = (p for p in pieces if p[1])
    for kept, group in groupby(present, key=lambda p: p[0] is Op.EQUAL):
        run = list(group)
        for op in (Op.EQUAL,) if kept else (Op.DELETE, Op.INSERT):
            if text := "".join(t for o, t in run if o is op):
                segments.append(Segment(op, text))
    return tuple(segments)


def diff_bodies(old: Body, new: Body) -> tuple[BlockDiff, ...]:
    """Every block of both bodies, aligned in reading order, edited ones diffed word by word.

    Blocks are compared by text only: a paragraph turned into a subhead with the same words is
    unchanged. A moved paragraph shows as removed where it was and added where it went.
    """
    old_texts = list(old.texts())
    new_texts = list(new.texts())
    matcher = SequenceMatcher(None, old_texts, new_texts, autojunk=False)
    result: list[BlockDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result += (
                BlockDiff(i, j, _whole(Op.EQUAL, old_texts[i]))
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
        else:
            result += _replace(old_texts, new_texts, range(i1, i2), range(j1, j2))
    return tuple(result)


def _whole(op: Op, text: str) -> tuple[Segment, ...]:
    return (Segment(op, text),) if text else ()


def _replace(
    old_texts: list[str], new_texts: list[str], olds: range, news: range
) -> Iterator[BlockDiff]:
    """Blocks of a replaced range: similar pairs diffed, the rest removed or added."""
    pairs = _pairs(old_texts, new_texts, olds, news)
    i, j = olds.start, news.start
    for pi, pj in [*pairs, (olds.stop, news.stop)]:
        yield from (BlockDiff(k, None, _whole(Op.DELETE, old_texts[k])) for k in range(i, pi))
        yield from (BlockDiff(None, k, _whole(Op.INSERT, new_texts[k])) for k in range(j, pj))
        if pi < olds.stop:
            yield BlockDiff(pi, pj, diff_text(old_texts[pi], new_texts[pj]))
        i, j = pi + 1, pj + 1


def _pairs(
    old_texts: list[str], new_texts: list[str], olds: range, news: range
) -> list[tuple[int, int]]:
    """The order-keeping pairing of similar blocks with the highest total similarity."""
    if len(olds) * len(news) > MAX_PAIRINGS:
        return []
    old_words = [_bag(old_texts[i]) for i in olds]
    new_words = [_bag(new_texts[j]) for j in news]
    score = [[_similarity(a, b) for b in new_words] for a in old_words]
    # best[a][b]: the highest total similarity pairing the first a old and first b new blocks.
    best = [[0.0] * (len(news) + 1) for _ in range(len(olds) + 1)]
    for a, row in enumerate(score):
        for b, similar in enumerate(row):
            best[a + 1][b + 1] = max(best[a][b + 1], best[a + 1][b], best[a][b] + similar)
    pairs: list[tuple[int, int]] = []
    a, b = len(olds), len(news)
    while a and b:
        similar = score[a - 1][b - 1]
        if similar and best[a][b] == best[a - 1][b - 1] + similar:
            pairs.append((olds[a - 1], news[b - 1]))
            a, b = a - 1, b - 1
        elif best[a][b] == best[a - 1][b]:
            a -= 1
        else:
            b -= 1
    return pairs[::-1]


def _bag(text: str) -> tuple[list[str], Counter[str]]:
    cores = [c for c in _tokens(text)[0] if c]
    return cores, Counter(cores)


def _similarity(a: tuple[list[str], Counter[str]], b: tuple[list[str], Counter[str]]) -> float:
    """The ratio of matching tokens when above SIMILARITY, else 0."""
    size = len(a[0]) + len(b[0])
    # Cheap upper bounds first: most pairs in a rewritten range are plainly different.
    if not size or 2 * min(len(a[0]), len(b[0])) / size <= SIMILARITY:
        return 0.0
    if 2 * (a[1] & b[1]).total() / size <= SIMILARITY:
        return 0.0
    ratio = SequenceMatcher(None, a[0], b[0], autojunk=False).ratio()
    return ratio if ratio > SIMILARITY else 0.0


def diff_revisions(
    old_fields: Mapping[str, str],
    old_body: Body,
    new_fields: Mapping[str, str],
    new_body: Body,
) -> Diff:
    """The whole difference between two revisions; a field missing from a mapping is empty."""
    fields: list[FieldDiff] = []
    for name in dict.fromkeys([*FIELDS, *old_fields, *new_fields]):
        field = FieldDiff(name, diff_text(old_fields.get(name) or "", new_fields.get(name) or ""))
        if field.changed:
            fields.append(field)
    blocks = diff_bodies(old_body, new_body)
    segments = [s for part in (*fields, *blocks) for s in part.segments]
    return Diff(
        fields=tuple(fields),
        blocks=blocks,
        words_added=sum(count_words(s.text) for s in segments if s.op is Op.INSERT),
        words_removed=sum(count_words(s.text) for s in segments if s.op is Op.DELETE),
        paragraphs_changed=sum(1 for b in blocks if b.changed),
    )
