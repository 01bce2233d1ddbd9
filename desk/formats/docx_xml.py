"""WordprocessingML pieces for the Word writer: runs, paragraphs, tables, lists, notes, pictures."""

from __future__ import annotations

import re
import struct
from io import BytesIO
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.numbering import CT_Numbering
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.document import DocumentPart

from desk.domain.body import Mark

Element = BaseOxmlElement

# Characters XML 1.0 cannot carry (tab and newline can, and mean something in a run) and DEL.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_NEWLINE = re.compile(r"\r\n?")
_PIECES = re.compile(r"(\n|\t)")
# The table look flags Word writes beside the attributes: first row (0x20), no banding (0x600).
_LOOK = {True: "0620", False: "0600"}
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
LEVELS = 9  # list levels Word numbers
NOTE_PARTS = {
    "footnote": ("/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES),
    "endnote": ("/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES),
}
# Where w:footnotePr and w:endnotePr go in settings.xml: before the first of these present.
_AFTER_NOTE_SETTINGS = ("w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr")
EMU_PER_INCH = 914400
EMU_PER_HUNDREDTH_MM = 360


def clean(text: str) -> str:
    """The text with line ends as "\\n" and nothing XML cannot hold."""
    return _ILLEGAL.sub("", _NEWLINE.sub("\n", text))


def el(tag: str, *children: Element, **attrs: str) -> Element:
    """An element with its children and attributes (in the w: namespace)."""
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    element.extend(children)
    return element


def paragraph(style_id: str | None, *, num_id: int | None = None, level: int = 0) -> Element:
    """An empty w:p in a style, in the list `num_id` at `level` if given."""
    properties = el("w:pPr")
    if style_id:
        properties.append(el("w:pStyle", val=style_id))
    if num_id is not None:
        properties.append(
            el("w:numPr", el("w:ilvl", val=str(level)), el("w:numId", val=str(num_id)))
        )
    return el("w:p", properties) if len(properties) else el("w:p")


def text_run(
    text: str, marks: frozenset[Mark] = frozenset(), style_id: str | None = None
) -> Element:
    """A w:r of text: newlines become line breaks, tabs tabs, marks direct formatting."""
    run = el("w:r")
    properties = _run_properties(marks, style_id)
    if len(properties):
        run.append(properties)
    for piece in _PIECES.split(clean(text)):
        if piece == "\n":
            run.append(el("w:br"))
        elif piece == "\t":
            run.append(el("w:tab"))
        elif piece:
            t = el("w:t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)
    return run


def _run_properties(marks: frozenset[Mark], style_id: str | None) -> Element:
    """w:rPr with its children in the order the schema asks for."""
    properties = el("w:rPr")
    if style_id:
        properties.append(el("w:rStyle", val=style_id))
    if Mark.BOLD in marks:
        properties.append(el("w:b"))
    if Mark.ITALIC in marks:
        properties.append(el("w:i"))
    if Mark.STRIKE in marks:
        properties.append(el("w:strike"))
    if Mark.UNDERLINE in marks:
        properties.append(el("w:u", val="single"))
    if Mark.SUPERSCRIPT in marks:
        properties.append(el("w:vertAlign", val="superscript"))
    elif Mark.SUBSCRIPT in marks:
        properties.append(el("w:vertAlign", val="subscript"))
    return properties


def hyperlink(r_id: str) -> Element:
    """A w:hyperlink to the address of relationship `r_id`."""
    link = el("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    return link


def note_reference(
    kind: str, note_id: int, style_id: str | None, marks: frozenset[Mark] = frozenset()
) -> Element:
    """The run in the text that points to footnote (kind "footnote") or endnote `note_id`,
    superscript by its style, with any other marks the text gave it."""
    run = el("w:r")
    properties = _run_properties(marks - {Mark.SUPERSCRIPT}, style_id)
    if len(properties):
        run.append(properties)
    run.append(el(f"w:{kind}Reference", id=str(note_id)))
    return run


def add_notes_part(document: DocumentPart, kind: str) -> XmlPart:
    """A new footnotes.xml or endnotes.xml holding the two separator notes Word needs, related
    to the document and named in its settings."""
    partname, content_type, reltype = NOTE_PARTS[kind]
    root = parse_xml(f"<w:{kind}s {nsdecls('w', 'r')}/>")
    for note_id, separator in (("-1", "separator"), ("0", "continuationSeparator")):
        spacing = el("w:spacing", after="0", line="240", lineRule="auto")
        line = el("w:p", el("w:pPr", spacing), el("w:r", el(f"w:{separator}")))
        root.append(el(f"w:{kind}", line, type=separator, id=note_id))
    part = XmlPart(PackURI(partname), content_type, root, document.package)
    document.relate_to(part, reltype)
    separators = el(f"w:{kind}Pr", el(f"w:{kind}", id="-1"), el(f"w:{kind}", id="0"))
    successors = _AFTER_NOTE_SETTINGS[0 if kind == "footnote" else 1 :]
    document.settings.element.insert_element_before(separators, *successors)
    return part


def note(kind: str, note_id: int, text_style: str | None, mark_style: str | None) -> Element:
    """A footnote or endnote opening with its number; its paragraph is the last child."""
    mark = el("w:r")
    if mark_style:
        mark.append(el("w:rPr", el("w:rStyle", val=mark_style)))
    mark.append(el(f"w:{kind}Ref"))
    body = paragraph(text_style)
    body.extend((mark, text_run(" ")))
    return el(f"w:{kind}", body, id=str(note_id))


class ListNumbering:
    """Which w:num each list item uses: bullets share the template's, and each numbered list
    (at each level) gets a new one that starts again at 1."""

    def __init__(self, numbering: CT_Numbering, bullets: int, numbers: int) -> None:
        self._numbering = numbering
        self._bullets = bullets
        self._abstract_numbers = numbering.num_having_numId(numbers).abstractNumId.val
        self._open: dict[int, int] = {}  # level -> the w:num of the numbered list open there

    def end(self) -> None:
        """The list is over: the next numbered item starts a new one."""
        self._open.clear()

    def num_id(self, ordered: bool, level: int) -> int:
        for deeper in [open_level for open_level in self._open if open_level > level]:
            del self._open[deeper]
        if not ordered:
            self._open.pop(level, None)
            return self._bullets
        if level not in self._open:
            self._open[level] = self._restarted()
        return self._open[level]

    def _restarted(self) -> int:
        num = self._numbering.add_num(self._abstract_numbers)
        for level in range(LEVELS):
            num.add_lvlOverride(level).add_startOverride(1)
        return num.numId


def table(style_id: str | None, columns: int, width: int, *, header: bool) -> Element:
    """An empty w:tbl spanning the text width (`width` in twips) with equal columns."""
    properties = el("w:tblPr")
    if style_id:
        properties.append(el("w:tblStyle", val=style_id))
    properties.append(el("w:tblW", w="5000", type="pct"))
    flags = {"firstRow": "1" if header else "0", "lastRow": "0", "firstColumn": "0"}
    flags |= {"lastColumn": "0", "noHBand": "1", "noVBand": "1"}
    properties.append(el("w:tblLook", val=_LOOK[header], **flags))
    grid = el("w:tblGrid", *(el("w:gridCol", w=str(width // columns)) for _ in range(columns)))
    return el("w:tbl", properties, grid)


def table_row(*, header: bool) -> Element:
    """A w:tr, repeated at the top of each page when it is the header row."""
    return el("w:tr", el("w:trPr", el("w:tblHeader"))) if header else el("w:tr")


def table_cell(width: int, content: Element) -> Element:
    """A w:tc `width` twips wide holding one paragraph."""
    return el("w:tc", el("w:tcPr", el("w:tcW", w=str(width), type="dxa")), content)


def metafile(data: bytes) -> tuple[str, int, int] | None:
    """("emf" or "wmf", width, height in EMU) of a Windows metafile, which Word shows but
    python-docx cannot measure; None for anything else (and for a WMF without its size)."""
    if len(data) >= 44 and data[:4] == b"\x01\0\0\0" and data[40:44] == b" EMF":
        left, top, right, bottom = struct.unpack_from("<4i", data, 24)  # frame, 0.01 mm
        width, height = (right - left) * EMU_PER_HUNDREDTH_MM, (bottom - top) * EMU_PER_HUNDREDTH_MM
        return ("emf", width, height) if width > 0 and height > 0 else None
    if len(data) >= 22 and data[:4] == b"\xd7\xcd\xc6\x9a":  # a placeable WMF
        left, top, right, bottom, per_inch = struct.unpack_from("<4hH", data, 6)
        if per_inch and right > left and bottom > top:
            scale = EMU_PER_INCH / per_inch
            return "wmf", round((right - left) * scale), round((bottom - top) * scale)
    return None


def fixed_zip(package: bytes) -> bytes:
    """The same package with every entry dated 1980-01-01, so equal documents are equal bytes."""
    out = BytesIO()
    with ZipFile(BytesIO(package)) as source, ZipFile(out, "w", ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = ZipInfo(info.filename, date_time=_ZIP_EPOCH)
            entry.create_system = 0  # otherwise the byte for the OS that wrote it differs
            entry.compress_type = ZIP_DEFLATED
            target.writestr(entry, source.read(info))
    return out.getvalue()
