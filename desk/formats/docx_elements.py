"""Reading Word's XML, element by element: namespaces, on/off properties, marks, numbering,
fields, links, symbols and content controls. The reader (docx_reader) walks a document with
these; none of them knows about stories."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from desk.domain.body import Mark

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
INLINE_WRAPPERS = frozenset(
    W + name for name in "ins moveTo smartTag customXml dir bdo fldSimple sdtContent".split()
)
BLOCK_WRAPPERS = frozenset(W + name for name in "ins moveTo customXml sdtContent".split())
SKIPPED_ELEMENTS = frozenset(W + name for name in "del moveFrom sdtPr sdtEndPr rPr pPr".split())

OFF = frozenset({"0", "false", "off", "none"})
MEDIA_TYPES = {
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
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
# Characters the Symbol font draws for codes 0x20-0x7E and 0xA0-0xFE (Adobe's Symbol
# encoding); Word stores them as w:sym or as private-use characters U+F020-U+F0FE.
SYMBOL_FONT = dict(
    zip(
        [*range(0x20, 0x7F), *range(0xA0, 0xFF)],
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"
        "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪"
        " 〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭",
        strict=True,
    )
)
del SYMBOL_FONT[0xF0]  # the Apple logo on a Mac, nothing elsewhere
SYMBOL_PRIVATE = re.compile("[\uf020-\uf0fe]")
LIST_LEVELS = 9  # a list's levels, 0-8, as Word numbers them
# Paragraph styles of generated text a story does without: a table of contents.
SKIPPED_STYLES = re.compile(r"toc \d|toc heading|table of figures")


def is_on(element: etree._Element | None) -> bool:
    """A Word on/off property (<w:b/>, <w:b w:val="0"/>)."""
    return element is not None and element.get(W + "val", "1").lower() not in OFF


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


@dataclass
class Style:
    name: str
    based_on: str | None
    outline: int | None
    marks: frozenset[Mark]
    numbering: tuple[str, int] | None  # (numId, ilvl)
    hidden: bool


# A paragraph style as the reader uses it: name, outline level, list (numId, ilvl), and
# "heading", "skip" (generated text such as a table of contents) or None.
ParagraphStyle = tuple[str, int | None, tuple[str, int] | None, str | None]


def sdt_content(sdt: etree._Element, styles: dict[str, Style]) -> etree._Element | None:
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


def symbol_text(text: str, rpr: etree._Element | None) -> str:
    """Text in the Symbol font as the characters it shows (U+F061 is α in Symbol)."""
    fonts = rpr.find(W + "rFonts") if rpr is not None else None
    font = (fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or "") if fonts is not None else ""
    if font.lower() != "symbol":
        return text
    return SYMBOL_PRIVATE.sub(lambda m: SYMBOL_FONT.get(ord(m.group()) & 0xFF, ""), text)


def decimal(value: str | None) -> int | None:
    """A whole number as Word writes one (ASCII digits), else None. str.isdigit alone will
    not do: "²" passes it and int() refuses it, as it refuses a number of 5,000 digits."""
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 18:
        return None
    return int(value)


def on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in OFF


def has_text(p: etree._Element) -> bool:
    return any(t.text for t in p.iter(W + "t"))


def marks_of(rpr: etree._Element | None, off: set[Mark] | None = None) -> frozenset[Mark]:
    """The marks a w:rPr turns on; those it turns off explicitly go into `off` if given."""
    if rpr is None:
        return frozenset()
    marks: set[Mark] = set()
    off = set() if off is None else off
    for child in rpr:
        tag = child.tag
        if tag == W + "b":
            (marks if is_on(child) else off).add(Mark.BOLD)
        elif tag == W + "i":
            (marks if is_on(child) else off).add(Mark.ITALIC)
        elif tag == W + "u":
            on = (child.get(W + "val") or "single").lower() != "none"
            (marks if on else off).add(Mark.UNDERLINE)
        elif tag == W + "strike" or tag == W + "dstrike":
            (marks if is_on(child) else off).add(Mark.STRIKE)
        elif tag == W + "vertAlign":
            value = child.get(W + "val")
            if value == "superscript":
                marks.add(Mark.SUPERSCRIPT)
            elif value == "subscript":
                marks.add(Mark.SUBSCRIPT)
            else:
                off.update((Mark.SUPERSCRIPT, Mark.SUBSCRIPT))
    return frozenset(marks)


def numbering_of(num_pr: etree._Element) -> tuple[str, int]:
    """The list (numId) and level (ilvl) of a w:numPr."""
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    level = decimal(ilvl.get(W + "val")) if ilvl is not None else 0
    return (
        num_id.get(W + "val") or "" if num_id is not None else "",
        min(level, LIST_LEVELS - 1) if level is not None else 0,
    )


def list_levels(definition: etree._Element) -> dict[int, bool]:
    """Whether each level (0-8) of a list definition is numbered. Levels past the ninth are
    never used (numbering_of caps a paragraph's level), and every w:num copies these."""
    levels = {}
    for lvl in definition.iter(W + "lvl"):
        index = decimal(lvl.get(W + "ilvl") or "0")
        if index is not None and index < LIST_LEVELS:
            fmt = lvl.find(W + "numFmt")
            value = fmt.get(W + "val") if fmt is not None else "decimal"
            levels[index] = value not in ("bullet", "none")
    return levels


def table_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        if child.tag == W + "tr":
            yield child
        elif child.tag in (W + "sdt", W + "customXml", W + "ins"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from table_rows(content)


def row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from row_cells(content)


_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"')


_WEB_LINK = re.compile(r"(?i)(https?|mailto|ftp):")


def hyperlink_field(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instruction)
    return web_link(match.group(1)) if match else None


def web_link(target: str) -> str | None:
    """A link a reader of the story can follow: a web or mail address. A path relative to
    the Word file, a program's own scheme ("consultantplus:") or a script is none."""
    target = target.strip()
    if target.lower().startswith("www."):
        return "http://" + target
    return target if _WEB_LINK.match(target) else None


def when_of(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
