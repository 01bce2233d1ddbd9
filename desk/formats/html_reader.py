"""HTML in: what a person pastes from a web page, Word or Google Docs, read into the body model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import groupby

from desk.domain.body import (
    Block,
    Body,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
)
from desk.domain.story import StoryText
from desk.formats.html import (
    MARK_TAGS,
    STORY_FIELDS,
    UNWANTED,
    WHITESPACE,
    one_line,
    safe_href,
)


def parse_html(html: str) -> Body:
    """The body of an HTML page or fragment, leaving out the story fields render_html marks."""
    return _read(html).body()


def parse_html_story(html: str) -> StoryText:
    """A story from HTML: the fields render_html marks by class, and the body."""
    reader = _read(html)
    fields = {name: one_line("".join(reader.fields.get(name, ()))) for name in STORY_FIELDS}
    return StoryText(**fields, body=reader.body())


def _read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SKIPPED = frozenset(
    "script style head title template noscript svg math iframe object canvas select "
    "textarea".split()
)
_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu "
    "nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_TABLE_PARTS = frozenset("table caption thead tbody tfoot tr td th".split())
_HEADINGS = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_TAG_MARKS = {tag: mark for mark, tag in MARK_TAGS.items()}
_TAG_MARKS |= {"b": Mark.BOLD, "i": Mark.ITALIC, "ins": Mark.UNDERLINE}
_TAG_MARKS |= {"strike": Mark.STRIKE, "del": Mark.STRIKE}
_BLANK_LINE = re.compile(r"\n[ \t\r\f]*\n")
_MSO_LEVEL = re.compile(r"level(\d+)")
_ORDERED_MARKER = re.compile(r"\(?[0-9a-z]{1,5}[.)]", re.IGNORECASE)


# Deeper elements are read as part of their parent: no real story nests this deep, and a cap
# keeps hostile input (thousands of unclosed tags) from taking quadratic time.
_MAX_DEPTH = 200


@dataclass
class _Element:
    """An open element and what it means for the text inside it (inherited values precomputed)."""

    tag: str
    marks: frozenset[Mark] = frozenset()
    link: str | None = None
    role: str = ""  # its own: "skip", "marker", "footnotes", or "field:NAME"
    context: str = ""  # what text inside is for: "skip", "marker", "field:NAME" or "" (the body)
    attrs: dict[str, str] = field(default_factory=dict)
    list_level: int | None = None  # Word writes list items as paragraphs with mso-list styles
    tables: int = 0  # how many tables it is in, itself included
    pre: bool = False
    footnotes: bool = False


class _Reader(HTMLParser):
    """Builds body blocks from HTML as a browser would lay it out, forgiving any malformation."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.fields: dict[str, list[str]] = {}
        self._done_fields: set[str] = set()
        self._stack: list[_Element] = [_Element("#root")]
        self._runs: list[Run] = []  # pieces of the block being gathered, merged when it ends
        self._marker = ""  # the bullet or number Word writes before a list paragraph
        self._rows: list[tuple[bool, list[list[Run]]]] | None = None  # (is header, cells)
        self._note: list[Run] | None = None
        self._figure: tuple[str | None, str, list[Run]] | None = None  # src, alt, caption

    def body(self) -> Body:
        return Body(tuple(self.blocks))

    # HTMLParser's callbacks.

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _BLOCKS:
            self._close_innermost({"head"}, set())  # content ends an unclosed <head>
            self._close_implied(tag)
            self._flush()
        if tag == "br":
            self._line_break()
        elif tag == "img":
            self._image(values)
        elif tag not in _VOID and len(self._stack) < _MAX_DEPTH:
            self._stack.append(self._open(tag, values))
            if self._table_depth() == 1:
                self._table_start(tag)
            if tag == "figure" and self._figure is None:
                self._figure = (None, "", [])
            if tag == "li" and self._stack[-1].footnotes:
                self._note = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read a stray </br> as <br>
            return self._line_break()
        # An end tag does not reach out of a table cell (or a cell out of its table).
        stops = {"table"} if tag in _TABLE_PARTS else {"table", "td", "th"}
        self._close_innermost({tag}, set() if tag == "table" else stops)

    def handle_data(self, data: str) -> None:
        data, role = UNWANTED.sub("", data), self._stack[-1].context
        if role.startswith("field:"):
            if role[6:] not in self._done_fields:
                self.fields.setdefault(role[6:], []).append(data)
        elif role == "marker":
            self._marker += data
        elif role != "skip" and self._stack[-1].pre:
            # Wire copy arrives in <pre>: blank lines part paragraphs, single newlines only wrap.
            first, *rest = _BLANK_LINE.split(data)
            self._add(first)
            for part in rest:
                self._flush()
                self._add(part)
        elif role != "skip":
            self._add(data)

    def close(self) -> None:
        super().close()
        while len(self._stack) > 1:
            self._pop()
        self._flush()

    # The open elements.

    def _open(self, tag: str, attrs: dict[str, str]) -> _Element:
        parent = self._stack[-1]
        marks = set(parent.marks)
        if tag in _TAG_MARKS:
            marks.add(_TAG_MARKS[tag])
        link = safe_href(attrs["href"]) if tag == "a" and "href" in attrs else parent.link
        style = _style(attrs.get("style", ""))
        _apply_style(marks, style, in_link=link is not None)
        classes = set(attrs.get("class", "").lower().split())
        role = next((f"field:{name}" for name in STORY_FIELDS if name in classes), "")
        if tag in _SKIPPED or "footnote-back" in classes:  # pandoc's "↩" back to the text
            role = "skip"
        elif style.get("mso-list", "").lower() == "ignore":
            role = "marker"
        elif "footnotes" in classes:
            role = "footnotes"
        level = _MSO_LEVEL.search(style.get("mso-list", ""))
        # Skipping wins; otherwise the outermost field or marker holds the text.
        own = "" if role == "footnotes" else role
        context = "skip" if role == "skip" else parent.context or own
        return _Element(
            tag,
            frozenset(marks),
            link,
            role,
            context,
            attrs,
            int(level.group(1)) - 1 if level and tag == "p" else None,
            parent.tables + (tag == "table"),
            parent.pre or tag == "pre",
            parent.footnotes or role == "footnotes",
        )

    def _close_implied(self, tag: str) -> None:
        """Close what a new block ends by itself: an open paragraph, a sibling item or cell."""
        self._close_innermost({"p"}, {"td", "th", "table", "caption", "button", "li"})
        if tag == "li":
            self._close_innermost({"li"}, {"ul", "ol", "table"})
        elif tag in ("dt", "dd"):
            self._close_innermost({"dt", "dd"}, {"dl", "table"})
        elif tag in _TABLE_PARTS and tag not in ("table", "caption"):
            self._close_innermost({"td", "th"}, {"table"})
            if tag not in ("td", "th"):
                self._close_innermost({"tr"}, {"table"})
            if tag in ("thead", "tbody", "tfoot"):
                self._close_innermost({"thead", "tbody", "tfoot"}, {"table"})
        elif tag in _HEADINGS:
            self._close_innermost(set(_HEADINGS), {"td", "th", "table", "li", "blockquote"})

    def _close_innermost(self, tags: set[str], stops: set[str]) -> None:
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag in tags:
                while len(self._stack) > i:
                    self._pop()
                return
            if self._stack[i].tag in stops:
                return

    def _pop(self) -> None:
        element = self._stack[-1]
        if element.tag in _BLOCKS:
            self._flush()
        if element.tag == "table" and self._table_depth() == 1 and self._rows is not None:
            rows = [(header, cells) for header, cells in self._rows if cells]
            if rows:
                cells = tuple(tuple(_merged(c) for c in row) for _, row in rows)
                self._emit(Table(cells, header=rows[0][0]))
            self._rows = None
        if element.role.startswith("field:"):
            self._done_fields.add(element.role[6:])
        if element.tag == "li" and self._note is not None:
            if self._note:
                endnote = "endnote" in element.attrs.get("class", "").split()
                ref = _footnote_ref(element.attrs, self.blocks)
                self._emit(Footnote(ref, _merged(self._note), endnote))
            self._note = None
        if element.tag == "figure" and sum(e.tag == "figure" for e in self._stack) == 1:
            src, alt, caption = self._figure or (None, "", [])
            self._figure = None
            if src or caption:
                self._emit(
                    Image(src, _merged(caption), alt) if src else Paragraph(_merged(caption))
                )
        self._stack.pop()

    def _table_depth(self) -> int:
        return self._stack[-1].tables

    def _table_start(self, tag: str) -> None:
        """Rows and cells of the outermost table; a table inside a cell is read as its text."""
        if tag == "table":
            self._rows = []
        elif self._rows is not None and tag in ("tr", "td", "th"):
            if tag == "tr" or not self._rows:
                self._rows.append((any(e.tag == "thead" for e in self._stack), []))
            if tag != "tr":
                header, cells = self._rows[-1]
                self._rows[-1] = (header or (tag == "th" and not cells), cells)
                cells.append([])

    # The text.

    def _add(self, text: str) -> None:
        text = WHITESPACE.sub(" ", text)
        if text.startswith(" ") and self._at_line_start():
            text = text[1:]
        if text:
            top = self._stack[-1]
            self._runs.append(Run(text, top.marks, top.link))

    def _at_line_start(self) -> bool:
        return not self._runs or self._runs[-1].text.endswith((" ", "\n"))

    def _line_break(self) -> None:
        if self._stack[-1].context:
            return self.handle_data(" ")  # a line break in a field or marker is a space
        if self._runs and self._runs[-1].text.endswith("\n") and self._rows is None:
            return self._flush()  # two line breaks in a row part paragraphs, as many pages do
        _strip_end(self._runs)
        top = self._stack[-1]
        self._runs.append(Run("\n", top.marks, top.link))

    def _image(self, attrs: dict[str, str]) -> None:
        src = safe_href(attrs.get("src"))
        if self._stack[-1].context:
            return
        if self._figure is not None and self._figure[0] is None:
            self._figure = (src, attrs.get("alt", ""), self._figure[2])
        elif src:
            self._flush()
            self._emit(Image(src, alt=attrs.get("alt", "")))

    def _flush(self) -> None:
        """End the block being gathered and put it where the open elements say it belongs."""
        runs, marker = _tidy(self._runs), self._marker
        self._runs, self._marker = [], ""
        if not runs:
            return
        tags = [e.tag for e in self._stack]
        if self._rows and self._rows[-1][1] and {"td", "th"} & set(tags):
            return _extend(self._rows[-1][1][-1], runs)
        if self._figure is not None and "figcaption" in tags:
            return _extend(self._figure[2], runs)
        if self._note is not None:
            return _extend(self._note, runs)
        lists = [t for t in tags if t in ("ul", "ol")]
        word_level = next((e.list_level for e in reversed(self._stack) if e.tag == "p"), None)
        heading = next((t for t in reversed(tags) if t in _HEADINGS), None)
        if "li" in tags:
            self._emit(ListItem(runs, lists[-1:] == ["ol"], max(len(lists) - 1, 0)))
        elif word_level is not None:
            ordered = bool(_ORDERED_MARKER.match(marker.strip()))
            self._emit(ListItem(runs, ordered, max(word_level, 0)))
        elif heading:
            self._emit(Subhead(runs, _HEADINGS[heading]))
        else:
            self._emit(Quote(runs) if "blockquote" in tags else Paragraph(runs))

    def _emit(self, block: Block) -> None:
        self.blocks.append(block)


def _style(style: str) -> dict[str, str]:
    """Inline CSS declarations by property name (exact names: "mso-bidi-font-weight" is not one)."""
    out: dict[str, str] = {}
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        out[name.strip().lower()] = value.replace("!important", "").strip()
    return out


def _apply_style(marks: set[Mark], style: dict[str, str], *, in_link: bool) -> None:
    """Marks as Word and Google Docs write them, in spans (or in a <b> set back to normal)."""
    weight = style.get("font-weight", "").lower()
    if weight in ("bold", "bolder") or (weight.isdecimal() and int(weight) >= 600):
        marks.add(Mark.BOLD)
    elif weight in ("normal", "lighter") or weight.isdecimal():
        marks.discard(Mark.BOLD)
    font_style = style.get("font-style", "").lower()
    if font_style in ("italic", "oblique"):
        marks.add(Mark.ITALIC)
    elif font_style == "normal":
        marks.discard(Mark.ITALIC)
    decoration = (
        style.get("text-decoration", "") + " " + style.get("text-decoration-line", "")
    ).lower()
    if "none" in decoration.split():
        marks.difference_update({Mark.UNDERLINE, Mark.STRIKE})
    # Google Docs underlines every link through its style: that is the link's look, not a mark.
    if "underline" in decoration and not in_link:
        marks.add(Mark.UNDERLINE)
    if "line-through" in decoration:
        marks.add(Mark.STRIKE)
    align = style.get("vertical-align", "").lower()
    if align in ("super", "sub", "baseline"):
        marks.difference_update({Mark.SUPERSCRIPT, Mark.SUBSCRIPT})
        if align != "baseline":
            marks.add(Mark.SUPERSCRIPT if align == "super" else Mark.SUBSCRIPT)


def _tidy(runs: list[Run]) -> tuple[Run, ...]:
    """A block's runs without blank space at its ends (no-break spaces too: Word pads with them)."""
    runs = list(runs)
    _strip_end(runs)
    while runs and not runs[0].text.strip():
        runs.pop(0)
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].marks, runs[0].link)
    return _merged(runs)


def _strip_end(runs: list[Run]) -> None:
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].marks, runs[-1].link)


def _merged(pieces: list[Run]) -> tuple[Run, ...]:
    """Neighbouring pieces with the same marks and link as one run (joined once: linear time)."""
    groups = groupby((p for p in pieces if p.text), key=lambda p: (p.marks, p.link))
    return tuple(Run("".join(p.text for p in group), *key) for key, group in groups)


def _extend(target: list[Run], runs: tuple[Run, ...]) -> None:
    """Add a paragraph to a cell, caption or footnote: paragraphs there become line breaks."""
    target.extend(((Run("\n"),) if target else ()) + runs)


def _footnote_ref(attrs: dict[str, str], blocks: list[Block]) -> str:
    if attrs.get("data-ref"):
        return attrs["data-ref"]
    if attrs.get("value", "").isdecimal():
        return attrs["value"]
    if match := re.fullmatch(r"fn[-_:]?(.+)", attrs.get("id", "")):
        return match.group(1)
    return str(sum(isinstance(b, Footnote) for b in blocks) + 1)
