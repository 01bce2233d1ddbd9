"""Builds resources/house.docx, the house-style template Word export writes stories into.

Run it after changing the house style: `python packaging/house_template.py`. The same code gives
the same bytes. The style names are a contract with desk.formats.docx_writer and the Word importer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle

from desk.formats.docx_xml import LEVELS, Element, el, fixed_zip
from desk.paths import resources_dir

SERIF = "Cambria"  # LibreOffice shows the metric-compatible Caladea where Cambria is missing
SANS = "Calibri"  # and Carlito for Calibri
CM = 567  # twips
INDENT = 360  # twips a list indents per level
BULLETS = ("•", "–")
NUMBERS = (("decimal", "."), ("lowerLetter", ")"), ("lowerRoman", "."))
# The styles python-docx's default template defines that the house style keeps.
DEFAULT_STYLES = ("Normal", "DefaultParagraphFont", "TableNormal", "NoList")
UNWANTED_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
    RT.THUMBNAIL,
)
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Desk</Application><DocSecurity>0</DocSecurity></Properties>"
)


@dataclass(frozen=True)
class Style:
    """One named style and how it differs from the style it is based on (None: inherited)."""

    name: str
    based_on: str = "Normal"
    next: str | None = None
    character: bool = False
    style_id: str | None = None  # for Word's own styles whose id is not the name sans spaces
    builtin: bool = False
    outline: int | None = None
    font: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    small_caps: bool | None = None
    all_caps: bool | None = None
    superscript: bool | None = None
    underline: bool | None = None
    color: str | None = None
    before: float | None = None  # points of space above the paragraph
    after: float | None = None
    line: float | None = None  # line spacing, in lines
    indent: float | None = None  # centimetres, left and right
    keep_with_next: bool | None = None


STYLES = (
    Style("Body", next="Body", after=8, line=1.15),
    Style(
        "Headline",
        next="Standfirst",
        outline=0,
        size=26,
        bold=True,
        after=6,
        line=1.0,
        keep_with_next=True,
    ),
    Style("Standfirst", next="Byline", size=14, italic=True, color="404040", after=10),
    Style("Byline", next="Body", font=SANS, size=9.5, bold=True, small_caps=True, after=14),
    Style(
        "Subhead",
        next="Body",
        outline=1,
        size=14,
        bold=True,
        before=14,
        after=4,
        keep_with_next=True,
    ),
    Style("Subhead 3", "Subhead", next="Body", outline=2, size=12, before=12),
    Style("Subhead 4", "Subhead 3", next="Body", outline=3, size=11, italic=True, before=10),
    Style("Quote", "Body", next="Body", builtin=True, italic=True, indent=1.0),
    Style("List Bullet", "Body", builtin=True, after=3),
    Style("List Number", "Body", builtin=True, after=3),
    Style("Figure", next="Caption", before=6, after=2, keep_with_next=True),
    Style("Caption", next="Body", builtin=True, font=SANS, size=9, italic=True, color="404040"),
    Style("footnote text", style_id="FootnoteText", builtin=True, size=9),
    Style("endnote text", style_id="EndnoteText", builtin=True, size=9),
    Style("annotation text", style_id="CommentText", builtin=True, size=10),
    Style("Dateline", "Default Paragraph Font", character=True, bold=True, all_caps=True),
    Style(
        "Hyperlink",
        "Default Paragraph Font",
        character=True,
        builtin=True,
        underline=True,
        color="1F4E79",
    ),
    Style(
        "footnote reference",
        "Default Paragraph Font",
        character=True,
        style_id="FootnoteReference",
        builtin=True,
        superscript=True,
    ),
    Style(
        "endnote reference",
        "Default Paragraph Font",
        character=True,
        style_id="EndnoteReference",
        builtin=True,
        superscript=True,
    ),
    Style(
        "annotation reference",
        "Default Paragraph Font",
        character=True,
        style_id="CommentReference",
        builtin=True,
        size=8,
    ),
)

TABLE_STYLE = f"""<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="HouseTable">
  <w:name w:val="House Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
  <w:rPr><w:rFonts w:ascii="{SANS}" w:hAnsi="{SANS}" w:cs="{SANS}"/>
    <w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tcPr><w:tcBorders>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>
    </w:tcBorders></w:tcPr>
  </w:tblStylePr>
</w:style>"""

DOC_DEFAULTS = f"""<w:docDefaults {nsdecls("w")}>
  <w:rPrDefault><w:rPr>
    <w:rFonts w:ascii="{SERIF}" w:eastAsia="{SERIF}" w:hAnsi="{SERIF}" w:cs="{SERIF}"/>
    <w:sz w:val="22"/><w:szCs w:val="22"/>
    <w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr>
    <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
  </w:pPr></w:pPrDefault>
</w:docDefaults>"""


def build() -> bytes:
    """The template's bytes: python-docx's default document restyled, with an empty body."""
    document = Document()
    _drop_extras(document)
    _empty_body(document)
    _page(document)
    _styles(document)
    _numbering(document)
    _settings(document)
    _properties(document)
    out = BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def _drop_extras(document: DocumentObject) -> None:
    """No Word 2010 style copy, bibliography store or python-docx thumbnail; Desk's app.xml."""
    package = document.part.package
    for source in (package, document.part):
        for r_id in [r for r, rel in source.rels.items() if rel.reltype in UNWANTED_PARTS]:
            del source.rels[r_id]
    app = package.part_related_by(RT.EXTENDED_PROPERTIES)
    for r_id in [r for r, rel in package.rels.items() if rel.reltype == RT.EXTENDED_PROPERTIES]:
        del package.rels[r_id]
    package.relate_to(
        Part(app.partname, app.content_type, APP_XML, package), RT.EXTENDED_PROPERTIES
    )


def _empty_body(document: DocumentObject) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _page(document: DocumentObject) -> None:
    """A4, 2.5 cm margins: a 16 cm measure."""
    section = document.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    for side in ("top", "bottom", "left", "right"):
        setattr(section, f"{side}_margin", Twips(round(2.5 * CM)))
    section.header_distance = section.footer_distance = Twips(round(1.25 * CM))
    _drop_rsids(document.element.body.find(qn("w:sectPr")))


def _styles(document: DocumentObject) -> None:
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in DEFAULT_STYLES:
            root.remove(style)
    for style in root.findall(qn("w:style")):  # the kept ones, back to plain defaults
        for child in style.findall(qn("w:pPr")) + style.findall(qn("w:rPr")):
            style.remove(child)
        for child in style.findall(qn("w:rsid")):
            style.remove(child)
    root.replace(root.find(qn("w:docDefaults")), parse_xml(DOC_DEFAULTS))
    for spec in STYLES:
        _add_style(document, spec)
    for spec in STYLES:  # once all exist: a style's next may come after it
        if spec.next:
            document.styles[spec.name].next_paragraph_style = document.styles[spec.next]
    root.append(parse_xml(TABLE_STYLE))
    for empty in root.xpath("w:style/w:pPr[not(*)] | w:style/w:rPr[not(*)]"):
        empty.getparent().remove(empty)


def _add_style(document: DocumentObject, spec: Style) -> None:
    kind = WD_STYLE_TYPE.CHARACTER if spec.character else WD_STYLE_TYPE.PARAGRAPH
    style = document.styles.add_style(spec.name, kind, builtin=spec.builtin)
    if spec.style_id:
        style.element.styleId = spec.style_id
    style.base_style = document.styles[spec.based_on]
    style.quick_style = not spec.style_id  # Word's own note and comment styles stay out of view
    font = style.font
    if spec.font:
        font.name = spec.font
        style.element.rPr.rFonts.set(qn("w:cs"), spec.font)
    font.size = Pt(spec.size) if spec.size else None
    font.bold, font.italic, font.superscript = spec.bold, spec.italic, spec.superscript
    font.small_caps, font.all_caps = spec.small_caps, spec.all_caps
    font.underline = spec.underline
    if spec.color:
        font.color.rgb = RGBColor.from_string(spec.color)
    if not spec.character:
        _paragraph_look(style, spec)


def _paragraph_look(style: ParagraphStyle, spec: Style) -> None:
    paragraph = style.paragraph_format
    paragraph.space_before = Pt(spec.before) if spec.before is not None else None
    paragraph.space_after = Pt(spec.after) if spec.after is not None else None
    paragraph.line_spacing = spec.line
    if spec.indent is not None:
        paragraph.left_indent = paragraph.right_indent = Twips(round(spec.indent * CM))
    paragraph.keep_with_next = spec.keep_with_next
    if spec.outline is not None:
        style.element.get_or_add_pPr().get_or_add_outlineLvl().val = spec.outline


def _numbering(document: DocumentObject) -> None:
    """Two lists of nine levels: bullets (w:num 1, List Bullet) and numbers (2, List Number)."""
    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    bullets, numbers = [], []
    for level in range(LEVELS):
        number_format, end = NUMBERS[level % len(NUMBERS)]
        bullets.append(("bullet", BULLETS[level % len(BULLETS)]))
        numbers.append((number_format, f"%{level + 1}{end}"))
    for abstract_id, levels in enumerate((bullets, numbers)):
        root.append(_abstract_num(abstract_id, levels))
    for num_id, style in ((1, "List Bullet"), (2, "List Number")):
        root.append(el("w:num", el("w:abstractNumId", val=str(num_id - 1)), numId=str(num_id)))
        numbering = document.styles[style].element.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_numId().val = num_id


def _abstract_num(abstract_id: int, levels: list[tuple[str, str]]) -> Element:
    definition = el(
        "w:abstractNum",
        el("w:nsid", val=f"{0x4445534B + abstract_id:08X}"),  # "DESK"
        el("w:multiLevelType", val="hybridMultilevel"),
        abstractNumId=str(abstract_id),
    )
    for level, (number_format, text) in enumerate(levels):
        indent = el("w:ind", left=str(INDENT * (level + 1)), hanging=str(INDENT))
        definition.append(
            el(
                "w:lvl",
                el("w:start", val="1"),
                el("w:numFmt", val=number_format),
                el("w:lvlText", val=text),
                el("w:lvlJc", val="left"),
                el("w:pPr", indent),
                ilvl=str(level),
            )
        )
    return definition


def _settings(document: DocumentObject) -> None:
    """Nothing that claims the text was proofed or remembers who edited the template."""
    root = document.settings.element
    for name in ("w:rsids", "w:proofState", "w:savePreviewPicture"):
        for child in root.findall(qn(name)):
            root.remove(child)
    root.find(qn("w:zoom")).attrib.clear()
    root.find(qn("w:zoom")).set(qn("w:percent"), "100")
    # Word 2013 and later: no "Compatibility Mode" in the title bar.
    mode = root.xpath('w:compat/w:compatSetting[@w:name="compatibilityMode"]')[0]
    mode.set(qn("w:val"), "15")


def _properties(document: DocumentObject) -> None:
    """Blank properties and no dates: an export sets what it knows."""
    core = document.core_properties
    core.author = core.comments = core.last_modified_by = ""
    element = document.part.package.part_related_by(RT.CORE_PROPERTIES).element
    for name in ("dcterms:created", "dcterms:modified"):
        for child in element.findall(qn(name)):
            element.remove(child)


def _drop_rsids(element: Element) -> None:
    for name in list(element.attrib):
        if name.startswith(qn("w:rsid")):
            del element.attrib[name]


def main() -> None:
    """Write the template beside Desk's other resources (atomically)."""
    target = resources_dir() / "house.docx"
    temporary = Path(f"{target}.tmp")
    temporary.write_bytes(build())
    os.replace(temporary, target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
