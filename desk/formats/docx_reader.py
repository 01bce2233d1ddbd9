"""Word files in: a .docx read straight from its XML into a story, split into its parts.

Engine choice, measured over ../shared/corpus (372 files): python-docx opens 343 of them
(median 1.45 ms for open + paragraph text) and reads neither tracked insertions nor content
controls; reading the parts with lxml under our own container checks opens every readable one
at a tenth of that cost. So the walk below is ours, over the parts docx_package hands it.

The reading follows DESIGN.md (Word): the headline is the Title or first Heading 1, else a
short first paragraph; a byline follows; a dateline opens the first body paragraph; the rest is
the body with its marks, lists, quotes, tables, pictures, footnotes and links. Text inside
tracked insertions counts, tracked deletions and hidden text do not."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree

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
    Runs,
    Subhead,
    Table,
    count_words,
    runs_text,
)
from desk.domain.bylines import looks_like_byline, split_dateline
from desk.domain.story import StoryText
from desk.formats.docx_package import Package, Relationship
from desk.formats.word import Picture, Unreadable, WordComment, WordDocument, WordProperties

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
V = "{urn:schemas-microsoft-com:vml}"
DC = "{http://purl.org/dc/elements/1.1/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"

# Elements whose children are read as if they stood in their place.
_INLINE_WRAPPERS = frozenset(
    W + name for name in "ins moveTo smartTag customXml dir bdo fldSimple sdtContent".split()
)
_BLOCK_WRAPPERS = frozenset(W + name for name in "ins moveTo customXml sdtContent".split())
_SKIPPED = frozenset(W + name for name in "del moveFrom sdtPr sdtEndPr rPr pPr".split())

_OFF = frozenset({"0", "false", "off", "none"})
_MEDIA_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "svg": "image/svg+xml",
    "emf": "image/emf",
    "wmf": "image/wmf",
    "webp": "image/webp",
}
_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# A heading-like line: short, and not a sentence.
_MAX_HEADLINE_WORDS = 25
_MAX_SUBHEAD_WORDS = 14
_SENTENCE_END = re.compile(r"[.,;…]\s*$")


def read_docx(path: Path | str) -> WordDocument:
    """The story in a Word file, or Unreadable with the reason it cannot be imported."""
    with Package.open(Path(path)) as package:
        try:
            return _Reader(package).read()
        except Unreadable:
            raise
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
            raise Unreadable(f"It is damaged in a way Desk cannot read ({error}).") from None


def _on(element: etree._Element | None) -> bool:
    """A Word on/off property (<w:b/>, <w:b w:val="0"/>)."""
    return element is not None and element.get(W + "val", "1").lower() not in _OFF


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    marks: frozenset[Mark]
    numbering: tuple[str, int] | None  # (numId, ilvl)
    hidden: bool


@dataclass
class _Para:
    """A paragraph as read, before the story is split into its parts."""

    runs: Runs
    style: str  # the style's name, lower case
    outline: int | None
    list_level: int | None = None
    ordered: bool = False
    pictures: list[Image] = field(default_factory=list)

    @property
    def text(self) -> str:
        return runs_text(self.runs)


class _Reader:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.main = package.main_part()
        self.rels = package.relationships(self.main)
        self.styles: dict[str, _Style] = {}
        self.default_style = ""
        self.numbering: dict[str, dict[int, bool]] = {}  # numId -> level -> ordered
        self.notes: dict[tuple[bool, str], Runs] = {}  # (endnote, id) -> text
        self.note_refs: dict[tuple[bool, str], str] = {}  # (endnote, id) -> its mark in the text
        self.pictures: dict[str, Picture] = {}  # part name -> picture
        self.warnings: list[str] = []
        self.missing_pictures = 0
        self.linked_pictures = 0

    # The parts

    def read(self) -> WordDocument:
        root = self.package.xml(self.main)
        if root is None or root.tag != W + "document":
            raise Unreadable("It is a zip file but not a Word document.")
        self._read_styles()
        self._read_numbering()
        self._read_notes()
        body = root.find(W + "body")
        paras = list(self._blocks(body)) if body is not None else []
        properties = self._properties()
        text = _split_story(paras, properties)
        text = StoryText(
            headline=text.headline,
            standfirst=text.standfirst,
            byline=text.byline,
            dateline=text.dateline,
            body=Body(text.body.blocks + tuple(self._footnotes())),
        )
        if self.missing_pictures:
            self.warnings.append(f"{self.missing_pictures} picture(s) were missing from the file.")
        if self.package.ignored_entities:
            self.warnings.append(
                f"{self.package.ignored_entities} external XML reference(s) were left out, not fetched."
            )
        if self.linked_pictures:
            self.warnings.append(
                f"{self.linked_pictures} linked picture(s) point outside the file and were not fetched."
            )
        return WordDocument(
            text=text,
            properties=properties,
            pictures=tuple(self.pictures.values()),
            comments=tuple(self._comments()),
            warnings=tuple(self.warnings),
        )

    def _part_for(self, kind: str) -> str | None:
        for rel in self.rels.values():
            if rel.type == kind and not rel.external and self.package.has(rel.target):
                return rel.target
        return None

    def _read_styles(self) -> None:
        name = self._part_for("styles")
        root = self.package.xml(name) if name else None
        if root is None:
            return
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId") or ""
            name_el = style.find(W + "name")
            based = style.find(W + "basedOn")
            ppr = style.find(W + "pPr")
            rpr = style.find(W + "rPr")
            outline = numbering = None
            if ppr is not None:
                level = ppr.find(W + "outlineLvl")
                if level is not None and (level.get(W + "val") or "").isdigit():
                    outline = int(level.get(W + "val"))
                numbering = _numbering_of(ppr)
            self.styles[style_id] = _Style(
                name=(name_el.get(W + "val") if name_el is not None else style_id) or style_id,
                based_on=based.get(W + "val") if based is not None else None,
                outline=outline,
                marks=_marks(rpr) if style.get(W + "type") == "character" else frozenset(),
                numbering=numbering,
                hidden=rpr is not None and _on(rpr.find(W + "vanish")),
            )
            if style.get(W + "type") == "paragraph" and _on_attr(style.get(W + "default")):
                self.default_style = style_id

    def _chain(self, style_id: str | None) -> Iterator[_Style]:
        seen = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def _read_numbering(self) -> None:
        name = self._part_for("numbering")
        root = self.package.xml(name) if name else None
        if root is None:
            return
        abstract: dict[str, dict[int, bool]] = {}
        for definition in root.iter(W + "abstractNum"):
            abstract[definition.get(W + "abstractNumId") or ""] = _levels(definition)
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = dict(abstract.get(ref.get(W + "val") if ref is not None else "", {}))
            for override in num.iter(W + "lvlOverride"):
                levels.update(_levels(override))
            self.numbering[num.get(W + "numId") or ""] = levels

    def _read_notes(self) -> None:
        for kind, tag, endnote in (("footnotes", "footnote", False), ("endnotes", "endnote", True)):
            name = self._part_for(kind)
            root = self.package.xml(name) if name else None
            if root is None:
                continue
            for note in root.iter(W + tag):
                if note.get(W + "type") in (
                    "separator",
                    "continuationSeparator",
                    "continuationNotice",
                ):
                    continue
                runs: list[Run] = []
                for para in note.iter(W + "p"):
                    pieces = list(self._inline(para, frozenset(), None, [], in_note=True))
                    if runs and pieces:
                        runs.append(Run("\n"))
                    runs.extend(pieces)
                self.notes[(endnote, note.get(W + "id") or "")] = _tidy(runs)

    def _footnotes(self) -> Iterator[Footnote]:
        for key, ref in self.note_refs.items():
            yield Footnote(ref, self.notes.get(key, ()), endnote=key[0])

    def _comments(self) -> Iterator[WordComment]:
        name = self._part_for("comments")
        root = self.package.xml(name) if name else None
        if root is None:
            return
        for comment in root.iter(W + "comment"):
            text = "\n".join(
                t
                for t in (
                    "".join(x.text or "" for x in p.iter(W + "t")).strip()
                    for p in comment.iter(W + "p")
                )
                if t
            )
            if text:
                yield WordComment(
                    author=(comment.get(W + "author") or "").strip(),
                    text=text,
                    when=_when(comment.get(W + "date")),
                )

    def _properties(self) -> WordProperties:
        name = self.package.core_properties_part()
        root = self.package.xml(name) if name else None
        if root is None:
            return WordProperties()

        def value(tag: str) -> str:
            element = root.find(tag)
            return " ".join((element.text or "").split()) if element is not None else ""

        keywords = tuple(k.strip() for k in re.split(r"[,;]", value(CP + "keywords")) if k.strip())
        return WordProperties(
            title=value(DC + "title"),
            author=value(DC + "creator"),
            subject=value(DC + "subject"),
            keywords=keywords,
            category=value(CP + "category"),
            language=value(DC + "language"),
        )

    # Blocks

    def _blocks(self, parent: etree._Element) -> Iterator[_Para | Table]:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                yield from self._paragraph(child)
            elif tag == W + "tbl":
                table = self._table(child)
                if table.rows:
                    yield table
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from self._blocks(content)
            elif tag in _BLOCK_WRAPPERS:
                yield from self._blocks(child)

    def _paragraph(self, p: etree._Element) -> Iterator[_Para]:
        ppr = p.find(W + "pPr")
        style_id = self.default_style
        outline = numbering = None
        if ppr is not None:
            pstyle = ppr.find(W + "pStyle")
            if pstyle is not None:
                style_id = pstyle.get(W + "val") or style_id
            level = ppr.find(W + "outlineLvl")
            if level is not None and (level.get(W + "val") or "").isdigit():
                outline = int(level.get(W + "val"))
            numbering = _numbering_of(ppr)
            if _on(ppr.find(W + "rPr/" + W + "del")) and not _has_text(p):
                return  # a paragraph mark deleted with tracked changes on, and nothing in it
        chain = list(self._chain(style_id))
        name = chain[0].name.lower() if chain else ""
        if outline is None:
            outline = next((s.outline for s in chain if s.outline is not None), None)
        if numbering is None:
            numbering = next((s.numbering for s in chain if s.numbering is not None), None)
        pictures: list[Image] = []
        extra: list[_Para | Table] = []
        runs = _tidy(list(self._inline(p, frozenset(), None, pictures, extra=extra)))
        para = _Para(runs, name, outline, pictures=pictures)
        if numbering is not None and numbering[0] not in ("", "0"):
            levels = self.numbering.get(numbering[0])
            if levels is not None or "list" in name:
                para.list_level = numbering[1]
                para.ordered = (levels or {}).get(numbering[1], "number" in name)
        elif name.startswith("list bullet") or name.startswith("list number"):
            para.list_level = int(name[-1]) - 1 if name[-1].isdigit() else 0
            para.ordered = name.startswith("list number")
        yield para
        yield from extra

    def _table(self, tbl: etree._Element) -> Table:
        rows: list[tuple[Runs, ...]] = []
        header = False
        for i, tr in enumerate(_rows(tbl)):
            trpr = tr.find(W + "trPr")
            if i == 0 and trpr is not None and _on(trpr.find(W + "tblHeader")):
                header = True
            cells: list[Runs] = []
            for tc in _cells(tr):
                runs: list[Run] = []
                for para in tc.iter(W + "p"):
                    pieces = list(self._inline(para, frozenset(), None, [], in_note=True))
                    if runs and pieces:
                        runs.append(Run("\n"))
                    runs.extend(pieces)
                cells.append(_tidy(runs))
            if cells:
                rows.append(tuple(cells))
        return Table(tuple(rows), header)

    # Runs

    def _inline(
        self,
        parent: etree._Element,
        marks: frozenset[Mark],
        link: str | None,
        pictures: list[Image],
        *,
        extra: list[_Para | Table] | None = None,
        in_note: bool = False,
    ) -> Iterator[Run]:
        field_link: str | None = None
        in_instruction = False
        instruction: list[str] = []
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                rpr = child.find(W + "rPr")
                run_marks = marks | self._run_marks(rpr) if rpr is not None else marks
                if rpr is not None and (_on(rpr.find(W + "vanish")) or self._hidden(rpr)):
                    continue
                for piece in child:
                    ptag = piece.tag
                    if ptag == W + "fldChar":
                        kind = piece.get(W + "fldCharType")
                        if kind == "begin":
                            in_instruction, instruction = True, []
                        elif kind == "separate":
                            in_instruction = False
                            field_link = _field_link("".join(instruction))
                        elif kind == "end":
                            in_instruction, field_link = False, None
                    elif ptag == W + "instrText":
                        instruction.append(piece.text or "")
                    elif in_instruction:
                        continue
                    else:
                        text = self._piece(piece, pictures, extra, in_note)
                        if text:
                            yield Run(text, run_marks, link or field_link)
            elif tag == W + "hyperlink":
                target = self._hyperlink(child)
                yield from self._inline(
                    child, marks, target or link, pictures, extra=extra, in_note=in_note
                )
            elif tag in _INLINE_WRAPPERS:
                yield from self._inline(child, marks, link, pictures, extra=extra, in_note=in_note)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from self._inline(
                        content, marks, link, pictures, extra=extra, in_note=in_note
                    )
            elif tag == M + "oMath" or tag == M + "oMathPara":
                text = "".join(t.text or "" for t in child.iter(M + "t"))
                if text:
                    yield Run(text, marks, link)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    yield from self._inline(
                        choice, marks, link, pictures, extra=extra, in_note=in_note
                    )

    def _piece(
        self,
        piece: etree._Element,
        pictures: list[Image],
        extra: list[_Para | Table] | None,
        in_note: bool,
    ) -> str:
        """The text one child of a run stands for ("" for most that are not text)."""
        tag = piece.tag
        if tag == W + "t":
            return piece.text or ""
        if tag == W + "tab" or tag == W + "ptab":
            return "\t"
        if tag == W + "br":
            return "" if piece.get(W + "type") in ("page", "column") else "\n"
        if tag == W + "cr":
            return "\n"
        if tag == W + "noBreakHyphen":
            return "\u2011"
        if tag == W + "sym":
            code = piece.get(W + "char") or ""
            try:
                char = chr(int(code, 16))
            except ValueError:
                return ""
            return char if char.isprintable() and not 0xE000 <= ord(char) <= 0xF8FF else ""
        if tag == W + "footnoteReference" or tag == W + "endnoteReference":
            return self._note_ref(piece, endnote=tag == W + "endnoteReference")
        if tag == W + "drawing" or tag == W + "pict" or tag == W + "object":
            if not in_note:
                self._drawing(piece, pictures, extra)
            return ""
        if tag == MC + "AlternateContent":
            choice = piece.find(MC + "Choice")
            for inner in choice if choice is not None else ():
                self._piece(inner, pictures, extra, in_note)
        return ""

    def _run_marks(self, rpr: etree._Element) -> frozenset[Mark]:
        marks = set(_marks(rpr))
        rstyle = rpr.find(W + "rStyle")
        if rstyle is not None:
            for style in self._chain(rstyle.get(W + "val")):
                marks |= style.marks
        return frozenset(marks)

    def _hidden(self, rpr: etree._Element) -> bool:
        rstyle = rpr.find(W + "rStyle")
        return rstyle is not None and any(s.hidden for s in self._chain(rstyle.get(W + "val")))

    def _hyperlink(self, element: etree._Element) -> str | None:
        rel = self.rels.get(element.get(R + "id") or "")
        if rel is not None and rel.external and rel.target:
            anchor = element.get(W + "anchor")
            return rel.target + (f"#{anchor}" if anchor else "")
        return None  # a link inside the document (a bookmark) means nothing in a story

    def _note_ref(self, piece: etree._Element, *, endnote: bool) -> str:
        key = (endnote, piece.get(W + "id") or "")
        if key not in self.notes:
            return ""
        if key not in self.note_refs:
            count = sum(1 for k in self.note_refs if k[0] == endnote) + 1
            self.note_refs[key] = _roman(count) if endnote else str(count)
        return "\x00" + self.note_refs[key]  # marked: _tidy makes it a superscript run

    def _drawing(
        self, element: etree._Element, pictures: list[Image], extra: list[_Para | Table] | None
    ) -> None:
        for box in element.iter(W + "txbxContent"):
            if extra is not None:
                extra.extend(self._blocks(box))
            return
        doc_pr = next(element.iter(WP + "docPr"), None)
        alt = ""
        if doc_pr is not None:
            alt = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
        for blip in element.iter(A + "blip", V + "imagedata"):
            embed = blip.get(R + "embed") or blip.get(R + "id")
            if blip.get(R + "link") and not embed:
                self.linked_pictures += 1
                continue
            rel = self.rels.get(embed or "")
            if rel is None or rel.external:
                self.linked_pictures += rel is not None
                continue
            picture = self._picture(rel)
            if picture is not None:
                pictures.append(Image(picture.name, (), alt or (blip.get(V + "title") or "")))
            return

    def _picture(self, rel: Relationship) -> Picture | None:
        if rel.target in self.pictures:
            return self.pictures[rel.target]
        data = self.package.read(rel.target) if rel.target else None
        if not data:
            self.missing_pictures += 1
            return None
        extension = rel.target.rsplit(".", 1)[-1].lower()
        media_type = _MEDIA_TYPES.get(extension, "application/octet-stream")
        name = f"image{len(self.pictures) + 1}.{extension if extension in _MEDIA_TYPES else 'bin'}"
        picture = Picture(name, media_type, data)
        self.pictures[rel.target] = picture
        return picture


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF


def _has_text(p: etree._Element) -> bool:
    return any(t.text for t in p.iter(W + "t"))


def _marks(rpr: etree._Element | None) -> frozenset[Mark]:
    if rpr is None:
        return frozenset()
    marks = set()
    for child in rpr:
        tag = child.tag
        if tag == W + "b":
            if _on(child):
                marks.add(Mark.BOLD)
        elif tag == W + "i":
            if _on(child):
                marks.add(Mark.ITALIC)
        elif tag == W + "u":
            if (child.get(W + "val") or "single").lower() != "none":
                marks.add(Mark.UNDERLINE)
        elif tag == W + "strike" or tag == W + "dstrike":
            if _on(child):
                marks.add(Mark.STRIKE)
        elif tag == W + "vertAlign":
            value = child.get(W + "val")
            if value == "superscript":
                marks.add(Mark.SUPERSCRIPT)
            elif value == "subscript":
                marks.add(Mark.SUBSCRIPT)
    return frozenset(marks)


def _numbering_of(ppr: etree._Element) -> tuple[str, int] | None:
    num_pr = ppr.find(W + "numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    level = ilvl.get(W + "val") if ilvl is not None else "0"
    return (
        num_id.get(W + "val") or "" if num_id is not None else "",
        min(int(level), 8) if (level or "").isdigit() else 0,
    )


def _levels(definition: etree._Element) -> dict[int, bool]:
    levels = {}
    for lvl in definition.iter(W + "lvl"):
        fmt = lvl.find(W + "numFmt")
        value = fmt.get(W + "val") if fmt is not None else "decimal"
        index = lvl.get(W + "ilvl") or "0"
        if index.isdigit():
            levels[int(index)] = value not in ("bullet", "none")
    return levels


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        if child.tag == W + "tr":
            yield child
        elif child.tag in (W + "sdt", W + "customXml", W + "ins"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _rows(content)


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _cells(content)


_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"')


def _field_link(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instruction)
    if match and re.match(r"(?i)(https?|mailto|ftp):", match.group(1)):
        return match.group(1)
    return None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _tidy(pieces: Iterable[Run]) -> Runs:
    """Neighbouring runs with the same marks and link joined; note marks made superscript."""
    out: list[Run] = []
    for run in pieces:
        if run.text.startswith("\x00"):
            run = Run(run.text[1:], run.marks | {Mark.SUPERSCRIPT}, None)
        if out and out[-1].marks == run.marks and out[-1].link == run.link:
            out[-1] = Run(out[-1].text + run.text, run.marks, run.link)
        else:
            out.append(run)
    # Trim the paragraph's outer spaces, as Word's own text export does.
    while out and not out[0].text.strip(" \t"):
        out.pop(0)
    while out and not out[-1].text.strip(" \t"):
        out.pop()
    if out:
        out[0] = Run(out[0].text.lstrip(" \t"), out[0].marks, out[0].link)
        out[-1] = Run(out[-1].text.rstrip(" \t"), out[-1].marks, out[-1].link)
    return tuple(out)


# Splitting the story


def _is_short_line(text: str, limit: int) -> bool:
    text = text.strip()
    return (
        bool(text)
        and "\n" not in text
        and count_words(text) <= limit
        and not _SENTENCE_END.search(text)
    )


def _all_bold(runs: Runs) -> bool:
    return all(Mark.BOLD in r.marks for r in runs if r.text.strip()) and any(
        r.text.strip() for r in runs
    )


def _heading_level(para: _Para) -> int | None:
    """0 for a headline style (Title, the house Headline), else the heading's number (1-9)."""
    name = para.style
    if name in ("title", "headline"):
        return 0
    if match := _HEADING_NAME.fullmatch(name):
        return int(match.group(2) or (2 if match.group(1) == "subhead" else 1))
    if para.outline is not None and para.outline < 9:
        return para.outline + 1
    return None


_HEADING_NAME = re.compile(r"(heading|subhead)\s*(\d)?")
_QUOTE_STYLES = ("quote", "intense quote", "block text", "block quotation", "quotations")


def _split_story(items: list[_Para | Table], properties: WordProperties) -> StoryText:
    paras = [i for i in items if isinstance(i, Table) or i.text.strip() or i.pictures]
    headline = standfirst = byline = ""
    start = 0

    # The headline: a Title (or house Headline), else the first Heading 1, else a short first line.
    levels = [None if isinstance(p, Table) else _heading_level(p) for p in paras]
    pick = next((i for i, lv in enumerate(levels) if lv == 0), None)
    if pick is None:
        pick = next((i for i, lv in enumerate(levels) if lv == 1), None)
    if pick is None and paras and isinstance(paras[0], _Para) and paras[0].list_level is None:
        first = paras[0]
        if (
            _is_short_line(first.text, _MAX_HEADLINE_WORDS)
            and len(paras) > 1
            and not looks_like_byline(first.text)
        ):
            pick = 0
    if pick is not None:
        headline = " ".join(paras[pick].text.split())
        del paras[pick], levels[pick]
        start = pick
    elif properties.title:
        headline = properties.title

    # A standfirst (Subtitle / house Standfirst) and a byline near the top.
    for i in range(start, min(start + 3, len(paras))):
        para = paras[i]
        if isinstance(para, Table):
            break
        if not standfirst and para.style in ("subtitle", "standfirst"):
            standfirst = " ".join(para.text.split())
            paras[i] = None  # type: ignore[call-overload]
        elif not byline and (para.style == "byline" or looks_like_byline(para.text)):
            byline = " ".join(para.text.split())
            paras[i] = None  # type: ignore[call-overload]
    kept = [p for p in paras if p is not None]
    if not byline and _plausible_author(properties.author):
        byline = properties.author

    blocks = _body_blocks(kept)
    dateline = ""
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            found, rest = split_dateline(block.text)
            if found is not None:
                dateline = found.text
                blocks[i] = Paragraph(_drop_prefix(block.runs, len(block.text) - len(rest)))
            break
        if not isinstance(block, Image):
            break
    return StoryText(
        headline=headline,
        standfirst=standfirst,
        byline=byline,
        dateline=dateline,
        body=Body(tuple(blocks)),
    )


def _plausible_author(author: str) -> bool:
    """A person's name in the document properties, not "Microsoft Office User" or a program."""
    words = author.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in author):
        return False
    lowered = author.lower()
    if any(
        w in lowered
        for w in (
            "user",
            "office",
            "microsoft",
            "admin",
            "python",
            "apache",
            "author",
            "unknown",
            "windows",
            "owner",
        )
    ):
        return False
    return all(w[0].isupper() for w in words if w.isalpha())


def _body_blocks(paras: list[_Para | Table]) -> list[Block]:
    blocks: list[Block] = []
    for para in paras:
        if isinstance(para, Table):
            blocks.append(para)
            continue
        if (
            para.style == "caption"
            and blocks
            and isinstance(blocks[-1], Image)
            and not blocks[-1].caption
        ):
            last = blocks[-1]
            blocks[-1] = Image(last.ref, para.runs, last.alt)
            continue
        if para.runs:
            blocks.append(_block(para, previous=blocks[-1] if blocks else None))
        blocks.extend(para.pictures)
    return blocks


def _block(para: _Para, previous: Block | None) -> Block:
    if para.list_level is not None:
        return ListItem(para.runs, para.ordered, para.list_level)
    level = _heading_level(para)
    if level is not None:
        return Subhead(para.runs, min(max(level, 2), 4))
    if para.style in _QUOTE_STYLES:
        return Quote(para.runs)
    if (
        previous is not None
        and _all_bold(para.runs)
        and _is_short_line(para.text, _MAX_SUBHEAD_WORDS)
    ):
        plain_runs = tuple(Run(r.text, r.marks - {Mark.BOLD}, r.link) for r in para.runs)
        return Subhead(plain_runs, 2)
    return Paragraph(para.runs)


def _drop_prefix(runs: Runs, length: int) -> Runs:
    """The runs without their first `length` characters."""
    out: list[Run] = []
    for run in runs:
        if length >= len(run.text):
            length -= len(run.text)
            continue
        out.append(Run(run.text[length:], run.marks, run.link) if length else run)
        length = 0
    return _tidy(out)
