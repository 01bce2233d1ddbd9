"""Word files built in the tests: python-docx for what it can write, raw WordprocessingML for
the rest (tracked changes, content controls, notes, numbering, fields, strict namespaces)."""

from __future__ import annotations

import base64
import re
import zipfile
from io import BytesIO
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement

# A 1x1 transparent PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
NAMESPACES = nsdecls("w", "r", "wp", "a", "pic") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
MACRO_ENABLED = "application/vnd.ms-word.document.macroEnabled.main+xml"

# Transitional namespaces and their ISO 29500 strict twins.
_STRICT = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "http://purl.oclc.org/ooxml/drawingml/picture",
}


def new_document(*, author: str = "", title: str = "", keywords: str = "") -> Document:
    """An empty document on python-docx's template (Word's built-in styles) with these
    properties; the template's own author ("python-docx") is cleared."""
    document = docx.Document()
    properties = document.core_properties
    properties.author, properties.title, properties.keywords = author, title, keywords
    properties.last_modified_by = ""
    return document


def element(xml: str) -> BaseOxmlElement:
    """One element from WordprocessingML written with the usual prefixes (w:, r:, wp:, a:...)."""
    match = re.match(r"\s*<([\w:]+)", xml)
    assert match, xml
    return parse_xml(xml.replace(f"<{match.group(1)}", f"<{match.group(1)} {NAMESPACES}", 1))


def add_xml(document: Document, *xml: str) -> None:
    """Block elements (w:p, w:tbl, w:sdt...) appended to the body, before its section."""
    body = document.element.body
    for piece in xml:
        if body.sectPr is not None:
            body.sectPr.addprevious(element(piece))
        else:
            body.append(element(piece))


def p(*runs: str, style: str | None = None, ppr: str = "") -> str:
    """A w:p of raw runs, in the paragraph style with this id."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    properties = f"<w:pPr>{style_xml}{ppr}</w:pPr>" if style_xml or ppr else ""
    return f"<w:p>{properties}{''.join(runs)}</w:p>"


def r(text: str, rpr: str = "") -> str:
    """A w:r of text with these run properties (raw XML such as "<w:b/>")."""
    properties = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def link(document: Document, url: str) -> str:
    """The relationship id of an external link from the document."""
    return document.part.relate_to(url, RT.HYPERLINK, is_external=True)


def add_list(document: Document, *formats: str) -> int:
    """A numbering definition whose levels 0, 1, ... have these formats ("decimal",
    "bullet", "lowerLetter"); returns its numId for w:numPr."""
    numbering = document.part.numbering_part.element
    abstract_id = 100 + len(numbering.findall(qn("w:num")))
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="%{i + 1}."/></w:lvl>'
        for i, fmt in enumerate(formats)
    )
    abstract = element(f'<w:abstractNum w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before the nums
    else:
        numbering.append(abstract)
    num_id = abstract_id
    numbering.append(
        element(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    return num_id


def item(text: str, num_id: int, level: int = 0) -> str:
    """A list paragraph in list `num_id` at `level`."""
    numbering = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return p(r(text), ppr=numbering)


def add_notes(document: Document, kind: str, notes: dict[int, str]) -> Part:
    """A footnotes ("footnote") or endnotes ("endnote") part holding these notes by id, with
    the two separator notes Word writes first. A note's text may be raw runs ("<w:r>...")."""
    separators = "".join(
        f'<w:{kind} w:type="{t}" w:id="{i}"><w:p><w:r><w:{t}/></w:r></w:p></w:{kind}>'
        for i, t in ((-1, "separator"), (0, "continuationSeparator"))
    )
    body = "".join(
        f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f"</w:rPr><w:{kind}Ref/></w:r>{text if text.startswith('<') else r(' ' + text)}</w:p>"
        f"</w:{kind}>"
        for note_id, text in notes.items()
    )
    blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {nsdecls("w", "r")}>{separators}{body}</w:{kind}s>'
    content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    relationship = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob.encode(), document.part.package)
    document.part.relate_to(part, relationship)
    return part


def note_ref(kind: str, note_id: int) -> str:
    """The run in the text pointing to a footnote or endnote."""
    return (
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{note_id}"/></w:r>'
    )


def save(
    document: Document,
    path: Path,
    *,
    strict: bool = False,
    main_content_type: str | None = None,
    drop: tuple[str, ...] = (),
) -> Path:
    """Write the document, then rewrite its package: in strict OOXML namespaces, with another
    content type for the main part (a .docm), or without the parts named in `drop`."""
    buffer = BytesIO()
    document.save(buffer)
    out = BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            data = source.read(info)
            if strict and info.filename.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for transitional, strict_uri in _STRICT.items():
                    text = text.replace(transitional, strict_uri)
                data = text.encode("utf-8")
            if main_content_type and info.filename == "[Content_Types].xml":
                data = re.sub(
                    rb'(PartName="/word/document.xml" ContentType=")[^"]+',
                    rb"\g<1>" + main_content_type.encode(),
                    data,
                )
            target.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path
