"""Plain text in and out: the convention `desk new --body-file` reads; a story as a .txt file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import groupby

from desk.domain.body import (
    Block,
    Body,
    Footnote,
    Image,
    ListItem,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
    plain,
)
from desk.domain.story import StoryText

# Invisible characters that only ever cause trouble: ASCII controls (NUL, ESC, ...) and the
# bidi embeddings/overrides/isolates that can make text read differently from what it says.
# A BOM is dropped wherever it is, as stray ones come from files glued together.
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufeff]")
# Every other way of ending a line becomes "\n"; a form feed or paragraph separator is a
# paragraph break in all but name.
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x85\u2028]")
_PARAGRAPH_BREAK = re.compile("[\x0c\u2029]")
_SPACES = re.compile("[ \t]+")

_SUBHEAD = re.compile(r"(#{2,4})[ \t]+(.*)")
_QUOTE = re.compile(r">[ \t]+(.*)")
_ITEM = re.compile(r"([ \t]*)(?:([-*•])|(\d{1,9})([.)]))[ \t]+(.+)")


def clean(text: str) -> str:
    """Text with normalised line ends and without invisible control or bidi-override characters."""
    text = _LINE_BREAK.sub("\n", text)
    text = _PARAGRAPH_BREAK.sub("\n\n", text)
    return _UNWANTED.sub("", text)


# --- reading -----------------------------------------------------------------------------------


def parse_text(text: str) -> Body:
    """The body of a plain-text file, in Desk's convention.

    Paragraphs are separated by blank lines; a single newline inside one only wraps. A paragraph
    opening with "## ", "### " or "#### " is a subhead of that level; "> " a block quote (every
    line may repeat it; a bare ">" line starts the next quote). Lines opening with "- ", "* " or
    "• " are bulleted list items and "1. " or "1) " numbered ones, two spaces (or a tab) of
    indent per level; an indented line continues the item above. A backslash before a paragraph
    that would read as markup keeps it text. Nothing marks emphasis: * and _ are just characters.
    """
    blocks: list[Block] = []
    for lines in _paragraphs(clean(text)):
        blocks.extend(block for block in _read_paragraph(lines) if block.text)
    return Body(tuple(blocks))


def _paragraphs(text: str) -> Iterator[list[str]]:
    """Groups of non-blank lines, right-stripped but keeping their indentation (lists need it)."""
    group: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        if line.strip():  # a line of no-break spaces is as blank as an empty one
            group.append(line)
        elif group:
            yield group
            group = []
    if group:
        yield group


def _join(lines: Iterable[str]) -> str:
    """One line of text: wrapping newlines, tabs and runs of spaces become single spaces."""
    return _SPACES.sub(" ", " ".join(line.strip() for line in lines)).strip()


def _is_markup(line: str) -> bool:
    """Whether a line, standing at the start of a paragraph, would be read as more than text."""
    return bool(_SUBHEAD.fullmatch(line) or _QUOTE.fullmatch(line) or _ITEM.fullmatch(line))


def _read_paragraph(lines: list[str]) -> list[Block]:
    first = lines[0].lstrip(" \t")
    # A backslash keeps a paragraph that happens to begin like markup ("\1. maja") as text.
    if first.startswith("\\") and (first[1:].startswith("\\") or _is_markup(first[1:])):
        return [Paragraph(plain(_join([first[1:], *lines[1:]])))]
    if match := _SUBHEAD.fullmatch(first):
        text = _join([match.group(2), *lines[1:]])
        return [Subhead(plain(text), level=len(match.group(1)))]
    if _QUOTE.fullmatch(first):
        return _read_quote(lines)
    items = _read_list(lines)
    if items is not None:
        return items
    return [Paragraph(plain(_join(lines)))]


def _read_quote(lines: list[str]) -> list[Block]:
    """Quoted lines; a bare ">" line separates one quoted paragraph from the next."""
    quotes: list[list[str]] = [[]]
    for line in lines:
        line = line.lstrip(" \t")
        if line == ">":
            quotes.append([])
        elif line.startswith(">") and line[1:2] in (" ", "\t"):
            quotes[-1].append(line[2:])
        else:
            quotes[-1].append(line)  # a lazily wrapped line without its ">"
    return [Quote(plain(_join(q))) for q in quotes if _join(q)]


def _read_list(lines: list[str]) -> list[Block] | None:
    """List items, if every line is an item or an indented continuation of the one above."""
    items: list[tuple[int, bool, list[str]]] = []
    dotted = False
    for line in lines:
        match = _ITEM.fullmatch(line)
        if match:
            indent, bullet, _number, dot, text = match.groups()
            level = len(indent.replace("\t", "  ")) // 2
            items.append((level, bullet is None, [text]))
            dotted = dot == "."
        elif items and line[:1] in (" ", "\t"):
            items[-1][2].append(line)
        else:
            return None
    # Serbian, Croatian and German write ordinal dates with a full stop ("1. septembra",
    # "15. maja 2024. godine"): a lone such line opening in lower case is prose, not a list.
    if len(lines) == 1 and items[0][1] and dotted and items[0][2][0][:1].islower():
        return None
    return [ListItem(plain(_join(text)), ordered, level) for level, ordered, text in items]


# --- writing -----------------------------------------------------------------------------------


def render_body_text(body: Body) -> str:
    """The body as plain text that `parse_text` reads back.

    Marks are dropped, a link shows its address in brackets after its text, a table becomes
    tab-separated rows, an image "[Image: caption]", and footnotes close the text as "[ref] text".
    """
    chunks: list[str] = []
    footnotes: list[Footnote] = []
    items: list[ListItem] = []
    for block in body.blocks:
        if isinstance(block, ListItem):
            items.append(block)
            continue
        if items:
            chunks.append(_render_list(items))
            items = []
        if isinstance(block, Footnote):
            footnotes.append(block)
        elif chunk := _render_block(block):
            chunks.append(chunk)
    if items:
        chunks.append(_render_list(items))
    for note in footnotes:
        chunks.append(f"[{note.ref}] {_one_line(_inline(note.runs))}".rstrip())
    return "\n\n".join(chunks) + "\n" if chunks else ""


def render_text(text: StoryText) -> str:
    """A whole story as a plain-text file: headline, standfirst, byline, then the body."""
    head = [_one_line(t) for t in (text.headline, text.standfirst, text.byline)]
    body = render_body_text(_with_dateline(text.body, _one_line(text.dateline)))
    chunks = [t for t in head if t]
    if body:
        chunks.append(body.rstrip("\n"))
    return "\n\n".join(chunks) + "\n"


def _with_dateline(body: Body, dateline: str) -> Body:
    """The body with the dateline opening its first paragraph (or standing alone before it)."""
    if not dateline:
        return body
    blocks = list(body.blocks)
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            blocks[i] = Paragraph((Run(dateline + " "), *block.runs))
            return Body(tuple(blocks))
    return Body((Paragraph(plain(dateline)), *blocks))


def _render_block(block: Block) -> str:
    match block:
        case Paragraph(runs):
            lines = _lines(_inline(runs))
            # Escape exactly when reading the lines back would not give this paragraph.
            if lines and _read_paragraph(lines) != [Paragraph(plain(_join(lines)))]:
                lines[0] = "\\" + lines[0]
            return "\n".join(lines)
        case Subhead(runs, level):
            text = _one_line(_inline(runs))
            return f"{'#' * level} {text}" if text else ""
        case Quote(runs):
            return "\n".join(f"> {line}" for line in _lines(_inline(runs)))
        case Table(rows):
            cells = (("\t".join(_one_line(_inline(c)) for c in row)) for row in rows)
            return "\n".join(row.rstrip("\t") for row in cells if row.strip())
        case Image(_, caption, alt):
            label = _one_line(_inline(caption)) or _one_line(alt)
            return f"[Image: {label}]" if label else "[Image]"
    return ""


def _render_list(items: list[ListItem]) -> str:
    """Consecutive list items as one paragraph, numbered afresh per list and per level."""
    numbers: dict[int, tuple[bool, int]] = {}  # level -> (ordered, last number used)
    lines: list[str] = []
    for item in items:
        level = max(item.level, 0)
        for deeper in [lv for lv in numbers if lv > level]:
            del numbers[deeper]
        ordered, count = numbers.get(level, (item.ordered, 0))
        count = count + 1 if ordered == item.ordered else 1
        numbers[level] = (item.ordered, count)
        text = _one_line(_inline(item.runs))
        marker = f"{count}." if item.ordered else "-"
        # A lone "1. lower case" line would read as a date (see _read_list), so use "1)".
        if item.ordered and len(items) == 1 and text[:1].islower():
            marker = f"{count})"
        lines.append(f"{'  ' * level}{marker} {text}".rstrip())
    return "\n".join(lines)


def _inline(runs: Iterable[Run]) -> str:
    """The runs' text without marks; a link's address follows its text in brackets."""
    out: list[str] = []
    for link, group in groupby(runs, key=lambda run: run.link):
        text = "".join(run.text for run in group)
        shown = text.strip()
        if link and shown and shown not in (link, link.removeprefix("mailto:")):
            out.append(f"{text} ({link})")
        else:
            out.append(text or link or "")
    return clean("".join(out))


def _lines(text: str) -> list[str]:
    return [line for line in (_join([raw]) for raw in text.split("\n")) if line]


def _one_line(text: str) -> str:
    return _join(clean(text).split("\n"))
