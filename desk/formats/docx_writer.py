"""Word out: a story as a .docx in the house style (reading Word files is in docx_reader).

The story goes into resources/house.docx, whose named styles are the contract with the reader:
Headline, Standfirst, Byline, then Body paragraphs (the first opening with a run in the Dateline
character style), Subhead / Subhead 3 / Subhead 4, Quote, List Bullet / List Number, Figure and
Caption, and tables in House Table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from io import BytesIO
from itertools import groupby

from docx import Document
from docx.document import Document as DocumentObject
from docx.image.image import Image as ImageFile
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shape import InlineShape
from docx.shared import Emu

from desk.domain.body import (
    Block,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
    runs_text,
)
from desk.domain.story import StoryText
from desk.formats import docx_xml as x
from desk.formats.docx_xml import Element, clean
from desk.formats.html import one_line, safe_href
from desk.formats.word import Picture, WordComment, WordProperties
from desk.paths import resources_dir

TEMPLATE = "house.docx"
SUBHEADS = {2: "Subhead", 3: "Subhead 3", 4: "Subhead 4"}
CONTENT_TYPES = {"emf": CT.X_EMF, "wmf": CT.X_WMF}
PROPERTY_LIMIT = 255  # characters python-docx allows in a core property


def render_docx(
    text: StoryText,
    properties: WordProperties,
    *,
    pictures: Mapping[str, Picture] | None = None,
    comments: Sequence[WordComment] = (),
    when: datetime | None = None,
) -> bytes:
    """The story as .docx bytes; the same arguments always give the same bytes.

    `pictures` holds the images the body's Image blocks name; `when` dates the file (created and
    modified), which otherwise carries no date at all."""
    document = Document(BytesIO(_template()))
    _StoryWriter(document, pictures or {}).write(text)
    _set_properties(document, properties, text.headline, when)
    _add_comments(document, comments)
    out = BytesIO()
    document.save(out)
    return x.fixed_zip(out.getvalue())


@cache
def _template() -> bytes:
    return (resources_dir() / TEMPLATE).read_bytes()


class _StoryWriter:
    """Appends a story to a house-template document; owns its list numbering and its notes."""

    def __init__(self, document: DocumentObject, pictures: Mapping[str, Picture]) -> None:
        self._document = document
        self._body = document.element.body
        self._styles = {style.name: style.style_id for style in document.styles}
        self._pictures = pictures
        bullets, numbers = (_style_num_id(document, s) for s in ("List Bullet", "List Number"))
        self._lists = x.ListNumbering(document.part.numbering_part.element, bullets, numbers)
        self._notes = _Notes(document, self._styles)
        self._last_body: Element | None = None  # where notes nobody refers to are referred to
        section = document.sections[-1]
        self._width = Emu(section.page_width - section.left_margin - section.right_margin)

    def write(self, text: StoryText) -> None:
        self._line("Headline", text.headline)
        self._line("Standfirst", text.standfirst)
        self._line("Byline", text.byline)
        self._write_body(text)
        if self._notes.waiting:
            last = self._last_body
            self._notes.finish(last if last is not None else self._add(self._paragraph("Body")))
        if not self._body.findall(qn("w:p")):  # an empty story still makes a document
            self._add(self._paragraph("Body"))

    def _write_body(self, text: StoryText) -> None:
        blocks = text.body.blocks
        self._notes.expect(b for b in blocks if isinstance(b, Footnote))
        opener = one_line(clean(text.dateline))
        if opener and not any(isinstance(b, Paragraph) for b in blocks):
            self._last_body = self._add(self._opened((), opener))
            opener = ""
        for block in blocks:
            if not isinstance(block, ListItem):
                self._lists.end()
            if isinstance(block, Paragraph) and opener:
                self._last_body = self._add(self._opened(block.runs, opener))
                opener = ""
            else:
                self._write_block(block)

    def _write_block(self, block: Block) -> None:
        match block:
            case Paragraph(runs) if block.text.strip():
                self._last_body = self._add(self._paragraph("Body", runs))
            case Subhead(runs, level) if block.text.strip():
                self._add(self._paragraph(SUBHEADS[level], runs))
            case Quote(runs) if block.text.strip():
                self._add(self._paragraph("Quote", runs))
            case ListItem(runs, ordered, level):
                self._write_item(runs, ordered, level)
            case Table(rows, header) if rows:
                self._write_table(rows, header)
            case Image(ref, caption, alt):
                self._write_image(self._pictures.get(ref), caption, alt)

    def _line(self, style: str, value: str) -> None:
        """A one-line field of the story (headline, standfirst, byline) as its own paragraph."""
        if value := one_line(clean(value)):
            self._add(self._paragraph(style, (Run(value),)))

    def _opened(self, runs: tuple[Run, ...], dateline: str) -> Element:
        """A Body paragraph opening with the dateline, then a space, then its own runs."""
        paragraph = x.paragraph(self._styles.get("Body"))
        paragraph.append(x.text_run(dateline, style_id=self._styles.get("Dateline")))
        if clean(runs_text(runs)).strip():
            paragraph.append(x.text_run(" "))
            self._inline(paragraph, runs)
        return paragraph

    def _paragraph(self, style: str, runs: tuple[Run, ...] = ()) -> Element:
        paragraph = x.paragraph(self._styles.get(style))
        self._inline(paragraph, runs)
        return paragraph

    def _inline(self, parent: Element, runs: tuple[Run, ...]) -> None:
        _append_runs(parent, runs, self._document.part, self._styles, self._notes)

    def _write_item(self, runs: tuple[Run, ...], ordered: bool, level: int) -> None:
        level = min(max(level, 0), x.LEVELS - 1)
        style = "List Number" if ordered else "List Bullet"
        num_id = self._lists.num_id(ordered, level)
        paragraph = x.paragraph(self._styles.get(style), num_id=num_id, level=level)
        self._inline(paragraph, runs)
        self._add(paragraph)

    def _write_table(self, rows: tuple[tuple[tuple[Run, ...], ...], ...], header: bool) -> None:
        columns = max(len(row) for row in rows) or 1
        width = self._width.twips
        table = x.table(self._styles.get("House Table"), columns, width, header=header)
        for index, row in enumerate(rows):
            tr = x.table_row(header=header and index == 0)
            for cell in list(row) + [()] * (columns - len(row)):
                paragraph = x.paragraph(None)
                self._inline(paragraph, cell)
                tr.append(x.table_cell(width // columns, paragraph))
            table.append(tr)
        self._add(table)

    def _write_image(self, picture: Picture | None, caption: tuple[Run, ...], alt: str) -> None:
        """The picture, fitted to the text width, then its caption; the caption alone if the
        picture is missing or unreadable."""
        inline = self._inline_picture(picture.data) if picture else None
        if inline is not None:
            shape = InlineShape(inline)
            if shape.width > self._width:
                shape.height = round(shape.height * self._width / shape.width)
                shape.width = self._width
            inline.docPr.set("descr", clean(alt))
            figure = x.paragraph(self._styles.get("Figure"))
            figure.append(x.el("w:r", x.el("w:drawing", inline)))
            self._add(figure)
        if clean(runs_text(caption)).strip():
            self._add(self._paragraph("Caption", caption))

    def _inline_picture(self, data: bytes) -> Element | None:
        """A w:inline showing the picture at its own size; None if it cannot be read."""
        part = self._document.part
        if found := x.metafile(data):
            extension, width, height = found
            partname = part.package.next_partname(f"/word/media/metafile%d.{extension}")
            image = ImagePart(partname, CONTENT_TYPES[extension], data)
            r_id = part.relate_to(image, RT.IMAGE)
            return CT_Inline.new_pic_inline(part.next_id, r_id, partname.filename, width, height)
        try:
            image_file = ImageFile.from_blob(data)
        except Exception:  # python-docx's image parsers raise all sorts on a damaged file
            return None
        if not (image_file.px_width and image_file.px_height):
            return None
        return part.new_pic_inline(BytesIO(data))

    def _add(self, element: Element) -> Element:
        return self._body.insert_element_before(element, "w:sectPr")


def _append_runs(
    parent: Element,
    runs: tuple[Run, ...],
    part: Part,
    styles: Mapping[str, str],
    notes: _Notes | None,
) -> None:
    """The runs as w:r elements, links grouped into w:hyperlink, note marks as references."""
    for href, group in groupby(runs, key=lambda run: _address(run.link)):
        texts = [run for run in group if clean(run.text)]
        if not texts:
            continue
        container = parent
        if href:
            container = x.hyperlink(part.relate_to(href, RT.HYPERLINK, is_external=True))
            parent.append(container)
        style = styles.get("Hyperlink") if href else None
        for run in texts:
            reference = notes.reference(run) if notes else []
            container.extend(reference or [x.text_run(run.text, run.marks, style)])


def _address(link: str | None) -> str | None:
    """Where a link may point from a Word file: a safe address outside it (a fragment would
    name a bookmark the file does not have)."""
    href = safe_href(link)
    return None if href is None or href.startswith("#") else clean(href)


def _style_num_id(document: DocumentObject, style: str) -> int:
    return document.styles[style].element.pPr.numPr.numId.val


class _Notes:
    """Footnotes and endnotes: numbered in the order the text refers to them, each written to
    footnotes.xml or endnotes.xml, parts made when the first note needs one."""

    def __init__(self, document: DocumentObject, styles: Mapping[str, str]) -> None:
        self._document = document
        self._styles = styles
        self._expected: dict[str, Footnote] = {}
        self._parts: dict[str, XmlPart] = {}

    @property
    def waiting(self) -> bool:
        """Whether some notes have no reference yet."""
        return bool(self._expected)

    def expect(self, notes: Iterable[Footnote]) -> None:
        """The story's notes; the first of several with the same mark wins."""
        for note in notes:
            self._expected.setdefault(note.ref, note)

    def reference(self, run: Run) -> list[Element]:
        """For a superscript run holding notes' marks ("1", " 1", "(1)"): a reference for each
        (having written the note) and the text around them. Otherwise nothing."""
        marks = sorted((m for m in self._expected if m.strip()), key=len, reverse=True)
        if Mark.SUPERSCRIPT not in run.marks or not marks:
            return []
        alternatives = "|".join(map(re.escape, marks))
        pieces = re.split(rf"(?<!\w)({alternatives})(?!\w)", run.text)
        if len(pieces) == 1:
            return []
        out = []
        for index, piece in enumerate(pieces):
            note = self._expected.pop(piece, None) if index % 2 else None
            if note is not None:
                out.append(self._write(note, run.marks))
            elif piece:  # text around the marks, or a mark already referred to
                out.append(x.text_run(piece, run.marks))
        return out

    def finish(self, paragraph: Element) -> None:
        """Notes the text never referred to, referred to at the end of `paragraph`."""
        for note in list(self._expected.values()):
            paragraph.append(self._write(note))
        self._expected.clear()

    def _write(self, note: Footnote, marks: frozenset[Mark] = frozenset()) -> Element:
        kind = "endnote" if note.endnote else "footnote"
        part = self._part(kind)
        note_id = len(part.element) - 1  # after the two separators, -1 and 0
        entry = x.note(kind, note_id, self._styles.get(f"{kind} text"), self._mark_style(kind))
        _append_runs(entry[-1], note.runs, part, self._styles, None)
        part.element.append(entry)
        return x.note_reference(kind, note_id, self._mark_style(kind), marks)

    def _mark_style(self, kind: str) -> str | None:
        return self._styles.get(f"{kind} reference")

    def _part(self, kind: str) -> XmlPart:
        if kind not in self._parts:
            self._parts[kind] = x.add_notes_part(self._document.part, kind)
        return self._parts[kind]


def _set_properties(
    document: DocumentObject, properties: WordProperties, headline: str, when: datetime | None
) -> None:
    core = document.core_properties
    core.title = _property(properties.title or headline)
    core.author = core.last_modified_by = _property(properties.author)
    core.subject = _property(properties.subject)
    core.keywords = _property(", ".join(properties.keywords))
    core.category = _property(properties.category)
    core.language = _property(properties.language)
    if when is not None:
        core.created = core.modified = _utc(when)
    _set_proofing_language(document, properties.language)


# The language Word and LibreOffice check the spelling in, by the story's language tag.
PROOFING = {"en": "en-US", "sr-Latn": "sr-Latn-RS", "sr-Cyrl": "sr-Cyrl-RS"}


def _set_proofing_language(document: DocumentObject, language: str) -> None:
    """The text's language in the document defaults, so the spelling is checked in it."""
    tag = PROOFING.get(language)
    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if tag and lang is not None:
        lang.set(qn("w:val"), tag)


def _property(value: str) -> str:
    return one_line(clean(value))[:PROPERTY_LIMIT]


def _utc(when: datetime) -> datetime:
    """A time in UTC; a naive one is taken to be UTC already."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _add_comments(document: DocumentObject, comments: Sequence[WordComment]) -> None:
    """Each comment in the margin beside the headline (or the first paragraph with text)."""
    if not comments:
        return
    paragraphs = document.paragraphs
    anchor = next((p.runs for p in paragraphs if p.runs), None) or [paragraphs[0].add_run()]
    for comment in comments:
        author = one_line(clean(comment.author))
        added = document.add_comment(
            anchor, text=clean(comment.text), author=author, initials=_initials(author)
        )
        # python-docx stamps each comment with the current time; keep the file reproducible.
        comments_part = document.part.part_related_by(RT.COMMENTS)
        element = comments_part.element.get_comment_by_id(added.comment_id)
        element.date = _utc(comment.when) if comment.when else None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isalnum()).upper()[:4]
