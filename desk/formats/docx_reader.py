"""Word files in: a .docx read straight from its XML into a story, split into its parts.

Engine choice, measured over ../shared/corpus (372 files): python-docx opens 343 of them
(median 1.45 ms for open + paragraph text) and reads neither tracked insertions nor content
controls; reading the parts with lxml under our own container checks opens every readable one,
and faster (median about 1.3 ms for the whole story). So the walk below is ours, over the parts docx_package hands it.

The reading follows DESIGN.md (Word): the headline is the Title, else a Heading 1 near the top,
else the paragraph the title property names, else a short first paragraph, else the title
property; a byline follows (Author paragraphs, "By ...", "Piše: ...", else the author property
when it is a person's name); a dateline opens the first body paragraph; the rest is the body
with its marks, lists, quotes, tables, pictures, footnotes and links. Text inside tracked
insertions counts, tracked deletions and hidden text do not. Generated text (a table of
contents, a content control's grey placeholder) is left out, and only links a reader can
follow (web and mail addresses) are kept."""

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
_CHARS_PER_WORD = 8  # the length limit in characters, for scripts written without spaces
_SENTENCE_END = re.compile(r"[.,;…。]\s*$")
# Characters the Symbol font draws for codes 0x20-0x7E and 0xA0-0xFE (Adobe's Symbol
# encoding); Word stores them as w:sym or as private-use characters U+F020-U+F0FE.
_SYMBOL_FONT = dict(
    zip(
        [*range(0x20, 0x7F), *range(0xA0, 0xFF)],
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"
        "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪"
        " 〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭",
        strict=True,
    )
)
del _SYMBOL_FONT[0xF0]  # the Apple logo on a Mac, nothing elsewhere
_SYMBOL_PRIVATE = re.compile("[\uf020-\uf0fe]")
# Paragraph styles of generated text a story does without: a table of contents.
_SKIPPED_STYLES = re.compile(r"toc \d|toc heading|table of figures")


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


# A paragraph style as the reader uses it: name, outline level, list (numId, ilvl), and
# "heading", "skip" (generated text such as a table of contents) or None.
_ParagraphStyle = tuple[str, int | None, tuple[str, int] | None, str | None]


@dataclass
class _Para:
    """A paragraph as read, before the story is split into its parts."""

    runs: Runs
    style: str  # the style's name, lower case
    outline: int | None
    list_level: int | None = None
    ordered: bool = False
    pictures: list[Image] = field(default_factory=list)
    # Its text runs on into the next paragraph: a drop cap, or a paragraph mark deleted
    # with changes tracked (accepting the deletion joins the two).
    joins_next: bool = False

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
        self.paragraph_styles: dict[str, _ParagraphStyle] = {}  # style id -> what it means
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
        paras = _joined(self._blocks(body)) if body is not None else []
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
                num_pr = ppr.find(W + "numPr")
                numbering = _numbering_of(num_pr) if num_pr is not None else None
            self.styles[style_id] = _Style(
                name=(name_el.get(W + "val") if name_el is not None else style_id) or style_id,
                based_on=based.get(W + "val") if based is not None else None,
                outline=outline,
                # A link's own look (Hyperlink: blue, underlined) is not the writer's underline.
                marks=_marks(rpr)
                if style.get(W + "type") == "character" and "hyperlink" not in style_id.lower()
                else frozenset(),
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
            # A link in a note is one of the notes part's relationships, not the document's.
            main_rels, self.rels = self.rels, self.package.relationships(name or "")
            try:
                self._read_notes_in(root, tag, endnote)
            finally:
                self.rels = main_rels

    def _read_notes_in(self, root: etree._Element, tag: str, endnote: bool) -> None:
        for note in root.iter(W + tag):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
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
                content = _sdt_content(child, self.styles)
                if content is not None:
                    yield from self._blocks(content)
            elif tag in _BLOCK_WRAPPERS:
                yield from self._blocks(child)

    def _paragraph(self, p: etree._Element) -> Iterator[_Para]:
        ppr = p.find(W + "pPr")
        style_id = self.default_style
        outline = numbering = None
        joins_next = False
        for child in ppr if ppr is not None else ():
            tag = child.tag
            if tag == W + "pStyle":
                style_id = child.get(W + "val") or style_id
            elif tag == W + "numPr":
                numbering = _numbering_of(child)
            elif tag == W + "outlineLvl":
                if (child.get(W + "val") or "").isdigit():
                    outline = int(child.get(W + "val"))
            elif tag == W + "framePr":
                joins_next = joins_next or child.get(W + "dropCap") in ("drop", "margin")
            elif tag == W + "rPr" and _on(child.find(W + "del")):
                if not _has_text(p):
                    return  # a paragraph mark deleted with tracked changes on, and nothing in it
                joins_next = True
        style = self.paragraph_styles.get(style_id)
        if style is None:
            style = self.paragraph_styles[style_id] = self._paragraph_style(style_id)
        name, style_outline, style_numbering, kind = style
        if kind == "skip":
            return
        if outline is None:
            outline = style_outline
        if kind == "heading":
            numbering = None  # "1.2 Results": a numbered heading is still a heading, not a list
        elif numbering is None:
            numbering = style_numbering
        pictures: list[Image] = []
        extra: list[_Para | Table] = []
        pieces = self._inline(p, frozenset(), None, pictures, extra=extra)
        runs = _tidy(pieces, trim=not joins_next)  # the joined text is trimmed once joined
        para = _Para(runs, name, outline, pictures=pictures, joins_next=joins_next)
        if numbering is not None and numbering[0] not in ("", "0"):
            levels = self.numbering.get(numbering[0])
            if levels is not None or "list" in name:
                para.list_level = numbering[1]
                para.ordered = (levels or {}).get(numbering[1], "number" in name)
        elif name.startswith(("list bullet", "list number")):
            para.list_level = 0
            para.ordered = name.startswith("list number")
        # Word's "List Bullet 2" is the second level, though its list has only a first one.
        if para.list_level == 0 and name.startswith(("list bullet", "list number")):
            para.list_level = int(name[-1]) - 1 if name[-1].isdigit() else 0
        yield para
        yield from extra

    def _paragraph_style(self, style_id: str) -> _ParagraphStyle:
        """What a paragraph style means for reading: its name, outline level and list, and
        whether it is a heading's or one of the generated text a story leaves out."""
        chain = list(self._chain(style_id))
        name = chain[0].name.lower() if chain else ""
        outline = next((s.outline for s in chain if s.outline is not None), None)
        numbering = next((s.numbering for s in chain if s.numbering is not None), None)
        kind = None
        if _SKIPPED_STYLES.match(name):
            kind = "skip"
        elif _HEADING_NAME.fullmatch(name) or name == "title":
            kind = "heading"
        return name, outline, numbering, kind

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
                            if (
                                ptag == W + "t"
                                and not text.isascii()
                                and _SYMBOL_PRIVATE.search(text)
                            ):
                                text = _symbol_text(text, rpr)
                            yield Run(text, run_marks, link or field_link)
            elif tag == W + "hyperlink":
                target = self._hyperlink(child)
                yield from self._inline(
                    child, marks, target or link, pictures, extra=extra, in_note=in_note
                )
            elif tag in _INLINE_WRAPPERS:
                yield from self._inline(child, marks, link, pictures, extra=extra, in_note=in_note)
            elif tag == W + "sdt":
                content = _sdt_content(child, self.styles)
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
            try:
                code = int(piece.get(W + "char") or "", 16)
            except ValueError:
                return ""
            if (piece.get(W + "font") or "").lower() == "symbol" and (
                code < 0x100 or 0xF000 <= code <= 0xF0FF
            ):
                return _SYMBOL_FONT.get(code & 0xFF, "")
            char = chr(code) if 0 < code < 0x110000 else ""
            return char if char.isprintable() and not 0xE000 <= code <= 0xF8FF else ""
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
        rstyle = rpr.find(W + "rStyle")
        if rstyle is None:
            return _marks(rpr)
        # Direct formatting wins over the character style: <w:b w:val="0"/> unbolds Strong.
        off: set[Mark] = set()
        direct = _marks(rpr, off)
        styled = set().union(*(style.marks for style in self._chain(rstyle.get(W + "val"))))
        return frozenset((styled - off) | direct)

    def _hidden(self, rpr: etree._Element) -> bool:
        rstyle = rpr.find(W + "rStyle")
        return rstyle is not None and any(s.hidden for s in self._chain(rstyle.get(W + "val")))

    def _hyperlink(self, element: etree._Element) -> str | None:
        rel = self.rels.get(element.get(R + "id") or "")
        if rel is not None and rel.external and rel.target:
            anchor = element.get(W + "anchor")
            return _web_link(rel.target + (f"#{anchor}" if anchor else ""))
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
        # A shape may group several text boxes and pictures; a box's own pictures and boxes
        # are read with its paragraphs.
        boxes = list(element.iter(W + "txbxContent"))
        inner = {
            e
            for box in boxes
            for e in box.iter(W + "txbxContent", A + "blip", V + "imagedata")
            if e is not box
        }
        for box in boxes:
            if extra is not None and box not in inner:
                extra.extend(self._blocks(box))
        doc_pr = next(element.iter(WP + "docPr"), None)
        alt = ""
        if doc_pr is not None:
            alt = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
        seen = set()
        for blip in element.iter(A + "blip", V + "imagedata"):
            if blip in inner:
                continue
            embed = blip.get(R + "embed") or blip.get(R + "id")
            if blip.get(R + "link") and not embed:
                self.linked_pictures += 1
                continue
            rel = self.rels.get(embed or "")
            if rel is None or rel.external:
                self.linked_pictures += rel is not None
                continue
            picture = self._picture(rel)
            if picture is not None and picture.name not in seen:
                seen.add(picture.name)
                pictures.append(Image(picture.name, (), alt or (blip.get(V + "title") or "")))

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


def _joined(items: Iterable[_Para | Table]) -> list[_Para | Table]:
    """The paragraphs with each drop cap or deleted paragraph mark joined to the next one."""
    out: list[_Para | Table] = []
    carry: _Para | None = None
    for item in items:
        if carry is not None and isinstance(item, _Para):
            item.runs = _tidy((*carry.runs, *item.runs))
            item.pictures[:0] = carry.pictures
            carry = None
        elif carry is not None:  # nothing to join: a table follows
            carry.runs = _tidy(carry.runs)
            out.append(carry)
            carry = None
        if isinstance(item, _Para) and item.joins_next:
            carry = item
        else:
            out.append(item)
    if carry is not None:
        carry.runs = _tidy(carry.runs)
        out.append(carry)
    return out


def _sdt_content(sdt: etree._Element, styles: dict[str, _Style]) -> etree._Element | None:
    """What a content control holds, or None when it holds no part of the story: a table of
    contents, or the grey placeholder text ("Click here to enter text.") of an empty field."""
    content = sdt.find(W + "sdtContent")
    properties = sdt.find(W + "sdtPr")
    if properties is None or content is None:
        return content
    gallery = properties.find(f"{W}docPartObj/{W}docPartGallery")
    if gallery is not None and gallery.get(W + "val") == "Table of Contents":
        return None
    # Tools that fill a template leave the placeholder flag on; only text still in Word's
    # Placeholder Text style is the placeholder itself.
    if properties.find(W + "showingPlcHdr") is not None:
        placeholder = True
        for run in content.iter(W + "r"):
            style = run.find(f"{W}rPr/{W}rStyle")
            name = styles.get(style.get(W + "val") or "") if style is not None else None
            if run.find(W + "t") is not None and (name is None or name.name != "Placeholder Text"):
                placeholder = False
                break
        if placeholder:
            return None
    return content


def _symbol_text(text: str, rpr: etree._Element | None) -> str:
    """Text in the Symbol font as the characters it shows (U+F061 is α in Symbol)."""
    fonts = rpr.find(W + "rFonts") if rpr is not None else None
    font = (fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or "") if fonts is not None else ""
    if font.lower() != "symbol":
        return text
    return _SYMBOL_PRIVATE.sub(lambda m: _SYMBOL_FONT.get(ord(m.group()) & 0xFF, ""), text)


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF


def _has_text(p: etree._Element) -> bool:
    return any(t.text for t in p.iter(W + "t"))


def _marks(rpr: etree._Element | None, off: set[Mark] | None = None) -> frozenset[Mark]:
    """The marks a w:rPr turns on; those it turns off explicitly go into `off` if given."""
    if rpr is None:
        return frozenset()
    marks: set[Mark] = set()
    off = set() if off is None else off
    for child in rpr:
        tag = child.tag
        if tag == W + "b":
            (marks if _on(child) else off).add(Mark.BOLD)
        elif tag == W + "i":
            (marks if _on(child) else off).add(Mark.ITALIC)
        elif tag == W + "u":
            on = (child.get(W + "val") or "single").lower() != "none"
            (marks if on else off).add(Mark.UNDERLINE)
        elif tag == W + "strike" or tag == W + "dstrike":
            (marks if _on(child) else off).add(Mark.STRIKE)
        elif tag == W + "vertAlign":
            value = child.get(W + "val")
            if value == "superscript":
                marks.add(Mark.SUPERSCRIPT)
            elif value == "subscript":
                marks.add(Mark.SUBSCRIPT)
            else:
                off.update((Mark.SUPERSCRIPT, Mark.SUBSCRIPT))
    return frozenset(marks)


def _numbering_of(num_pr: etree._Element) -> tuple[str, int]:
    """The list (numId) and level (ilvl) of a w:numPr."""
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


_WEB_LINK = re.compile(r"(?i)(https?|mailto|ftp):")


def _field_link(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instruction)
    return _web_link(match.group(1)) if match else None


def _web_link(target: str) -> str | None:
    """A link a reader of the story can follow: a web or mail address. A path relative to
    the Word file, a program's own scheme ("consultantplus:") or a script is none."""
    target = target.strip()
    if target.lower().startswith("www."):
        return "http://" + target
    return target if _WEB_LINK.match(target) else None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _tidy(pieces: Iterable[Run], *, trim: bool = True) -> Runs:
    """Neighbouring runs with the same marks and link joined; note marks made superscript, and
    a comma put between two marks in a row, as a reader sees them ("2,3", not "23")."""
    out: list[Run] = []
    after_note = False
    for run in pieces:
        if run.text.startswith("\x00"):
            text = ("," if after_note else "") + run.text[1:]
            run = Run(text, run.marks | {Mark.SUPERSCRIPT}, None)
            after_note = True
        else:
            after_note = False
        if out and out[-1].marks == run.marks and out[-1].link == run.link:
            out[-1] = Run(out[-1].text + run.text, run.marks, run.link)
        else:
            out.append(run)
    if not trim:
        return tuple(out)
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
        and len(text) <= limit * _CHARS_PER_WORD
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
_STANDFIRST_STYLES = ("subtitle", "standfirst")
_BYLINE_STYLES = ("byline", "author")
# How far into the document a Heading 1 may stand and still be the headline: only short
# lines (a kicker, a date, a picture) may come before it, so that "References" at the end
# of a paper or a heading after the first paragraphs is never taken for the headline.
_LINES_BEFORE_HEADLINE = 3


def _split_story(items: list[_Para | Table], properties: WordProperties) -> StoryText:
    paras = [i for i in items if isinstance(i, Table) or i.text.strip() or i.pictures]
    headline = standfirst = byline = ""
    start = 0
    pick = _headline_index(paras, properties.title)
    if pick is not None:
        headline = " ".join(paras[pick].text.split())  # type: ignore[union-attr]
        del paras[pick]
        start = pick
    elif _plausible_title(properties.title):
        headline = properties.title

    # A standfirst (Subtitle / house Standfirst) and a byline just after the headline.
    taken: set[int] = set()
    for i in range(start, min(start + 3, len(paras))):
        para = paras[i]
        if isinstance(para, Table):
            break
        if i in taken:
            continue
        if not standfirst and para.style in _STANDFIRST_STYLES:
            standfirst = " ".join(para.text.split())
            taken.add(i)
        elif not byline and para.style in _BYLINE_STYLES:
            lines = list(_styled_run(paras, i, _BYLINE_STYLES))
            texts = [" ".join(paras[j].text.split()) for j in lines]  # type: ignore[union-attr]
            # Pandoc and LibreOffice put each author in an Author paragraph of their own.
            authors = all(paras[j].style == "author" for j in lines)  # type: ignore[union-attr]
            byline = _names_line(texts) if authors else ", ".join(t for t in texts if t)
            taken.update(lines)
        elif not byline and looks_like_byline(para.text):
            byline = " ".join(para.text.split())
            taken.add(i)
    if not byline and (byline := _property_byline(properties.author)):
        # The name may stand alone under the headline (a cover page): it is the byline there.
        names = {byline.casefold(), " ".join(properties.author.split()).casefold()}
        taken.update(
            i
            for i, para in enumerate(paras[start : start + 3], start)
            if isinstance(para, _Para) and " ".join(para.text.split()).casefold() in names
        )
    kept = [p for i, p in enumerate(paras) if i not in taken]

    blocks = _body_blocks(kept)
    dateline = ""
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            found, rest = split_dateline(block.text)
            # A bare place ("TIM - Technologie-Management") must open a sentence, not a label.
            bare = found is not None and found.day is None and found.agency is None
            if bare and count_words(rest) < 4 and not rest.rstrip().endswith((".", "!", "?")):
                found = None
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


def _headline_index(paras: list[_Para | Table], title: str) -> int | None:
    """Which paragraph is the headline: a Title (or the house Headline) anywhere, else a
    Heading 1 near the top, else the paragraph the document's title property names, else a
    short first line. None when none of them is."""
    for i, para in enumerate(paras):
        if isinstance(para, _Para) and _heading_level(para) == 0:
            return i
    for i, para in enumerate(paras[: _LINES_BEFORE_HEADLINE + 1]):
        if not isinstance(para, _Para) or para.list_level is not None:
            break
        if _heading_level(para) == 1:
            return i
        if para.text.strip() and not _is_short_line(para.text, _MAX_HEADLINE_WORDS):
            break
    wanted = " ".join(title.split()).casefold()
    for i, para in enumerate(paras[:5]):
        if wanted and isinstance(para, _Para) and " ".join(para.text.split()).casefold() == wanted:
            return i
    first = paras[0] if len(paras) > 1 else None
    if (
        isinstance(first, _Para)
        and first.list_level is None
        and _is_short_line(first.text, _MAX_HEADLINE_WORDS)
        and not first.text.rstrip().endswith((":", "："))  # "This is some code:" leads in
        and first.style not in (*_BYLINE_STYLES, *_STANDFIRST_STYLES)
        and not looks_like_byline(first.text)
    ):
        return 0
    return None


def _styled_run(paras: list[_Para | Table], start: int, styles: tuple[str, ...]) -> Iterator[int]:
    """The indexes of the paragraphs in one of `styles` from `start` on, while they last."""
    for i in range(start, len(paras)):
        para = paras[i]
        if not isinstance(para, _Para) or para.style not in styles:
            return
        yield i


def _names_line(names: list[str]) -> str:
    """Names one to a paragraph (the Author style) as one line: "A", "A and B", "A, B and C"."""
    names = [n for n in names if n]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_FILE_NAME = re.compile(r"(?i).*\.(docx?|dotx?|docm|dotm|rtf|odt|pdf|txt)$")
_PLACEHOLDER_TITLE = re.compile(
    r"(?i)(title|untitled|naslov|наслов|заголовок|titel|titre|(document|dokument|документ)\s*\d*)"
)


def _plausible_title(title: str) -> bool:
    """A headline in the title property, not "Normal.dot", "Document1" or a template's field."""
    return (
        count_words(title) > 0
        and len(title) <= _MAX_HEADLINE_WORDS * _CHARS_PER_WORD
        and not _FILE_NAME.fullmatch(title)
        and not _PLACEHOLDER_TITLE.fullmatch(title.strip())
        and not any(mark in title for mark in ("<%", "%>", "{{", "}}", "[[", "###"))
    )


# Words in the author property of a file written by a program, a shared computer or an office.
_NOT_PEOPLE = frozenset(
    """user office microsoft admin administrator python apache author unknown windows owner
    employee staff team company corporation corp ltd inc llc gmbh dept department computer
    laptop pc mac macbook test guest default client generated korisnik корисник пользователь
    учетная запись майкрософт""".split()
)


def _property_byline(author: str) -> str:
    """The author property as a byline ("Allison, Timothy B." as "Timothy B. Allison"), or ""
    when it is not a person's name."""
    author = " ".join(author.split())
    if author.count(",") == 1:
        last, first = (part.strip() for part in author.split(","))
        if not (0 < len(last.split()) <= 2 and 0 < len(first.split()) <= 3):
            return ""
        author = f"{first} {last}"
    return author if _plausible_author(author) else ""


def _plausible_author(author: str) -> bool:
    """A person's name, not "Microsoft Office User", "MAC BOOK PRO" or a program."""
    words = author.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in author):
        return False
    if any(w in _NOT_PEOPLE for w in re.split(r"[\W_]+", author.lower())):
        return False
    # Two- and three-letter words in capitals are a company's or a machine's (ETS, МБУ, PRO).
    if any(2 <= len(w) <= 3 and w.isalpha() and w.isupper() for w in words):
        return False
    return all(w[0].isupper() for w in words if w.isalpha())


def _body_blocks(paras: list[_Para | Table]) -> list[Block]:
    blocks: list[Block] = []
    for i, para in enumerate(paras):
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
            previous = blocks[-1] if blocks else None
            blocks.append(_block(para, previous, followed=i + 1 < len(paras)))
        blocks.extend(para.pictures)
    return blocks


def _block(para: _Para, previous: Block | None, *, followed: bool) -> Block:
    if para.list_level is not None:
        return ListItem(para.runs, para.ordered, para.list_level)
    level = _heading_level(para)
    if level is not None:
        return Subhead(para.runs, min(max(level, 2), 4))
    if para.style in _QUOTE_STYLES:
        return Quote(para.runs)
    # A short line all in bold between two paragraphs is a subhead typed by hand.
    if (
        previous is not None
        and followed
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
