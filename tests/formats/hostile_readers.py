"""Word files the hostile-file tests build, and misbehaving readers the worker process imports.

The builders write files byte by byte where zipfile would not (a header that lies, a gigabyte
of zeros in a second) and by zipfile where it will. The readers stand in for a parser with a
bug: WordReader(reader="tests.formats.hostile_readers.hang") runs one in the real worker
process, so the tests can watch the fence hold."""

from __future__ import annotations

import ctypes
import functools
import os
import struct
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from desk.formats.docx_reader import read_docx
from desk.formats.word import WordDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_TYPE}officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def paragraph(text: str, style: str = "") -> str:
    """One w:p with its text (and a paragraph style, if given)."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def document_xml(*paragraphs: str, prolog: str = "", extra: str = "") -> bytes:
    """word/document.xml: a DTD (or anything) in `prolog`, paragraphs of text, then `extra`
    (raw body XML such as a drawing)."""
    body = "".join(paragraph(text) for text in paragraphs) + extra
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"{prolog}"
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def relationships(*rels: tuple[str, str, str, bool]) -> bytes:
    """A .rels part from (id, type, target, external) rows."""
    rows = "".join(
        f'<Relationship Id="{rid}" Type="{REL_TYPE}{kind}" Target="{escape(target)}"'
        + (' TargetMode="External"' if external else "")
        + "/>"
        for rid, kind, target, external in rels
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{REL_NS}">{rows}</Relationships>'
    ).encode()


def write_docx(
    path: Path,
    *paragraphs: str,
    document: bytes | None = None,
    parts: dict[str, bytes] | None = None,
) -> Path:
    """A small valid .docx at `path`: the paragraphs as its text (the first a Title), or the
    `document` part given whole, plus any further `parts` (which may replace the defaults)."""
    if document is None:
        texts = paragraphs or ("A headline", "The body of the story.")
        body = paragraph(texts[0], "Title") + "".join(paragraph(t) for t in texts[1:])
        document = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
        ).encode()
    members = {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": PACKAGE_RELS.encode(),
        "word/document.xml": document,
        **(parts or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@dataclass(frozen=True)
class Member:
    """One zip entry as it lies in the file: its bytes as stored, and what its header says."""

    name: str
    stored: bytes
    size: int  # the unpacked size the header declares
    crc: int
    deflated: bool = True
    flags: int = 0  # bit 0: encrypted


def member(name: str, data: bytes, *, flags: int = 0) -> Member:
    """An honest deflated entry."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Member(
        name, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data), flags=flags
    )


@functools.cache
def deflated_zeros(megabytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of `megabytes` MiB of zeros, and their CRC-32, made in well under a
    second: each flushed megabyte compresses to the same bytes, so one is repeated."""
    chunk = bytes(1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packer.compress(chunk)
    packer.flush(zlib.Z_FULL_FLUSH)  # the first block may differ; the rest repeat
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    assert packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH) == block
    stream = block * megabytes + packer.flush()
    assert len(zlib.decompressobj(-15).decompress(stream, 3 * 1024 * 1024)) == 3 * 1024 * 1024
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return stream, crc


def write_zip(path: Path, members: list[Member]) -> Path:
    """A zip written by hand, so its headers say exactly what the member says they say."""
    body = bytearray()
    directory = bytearray()
    for entry in members:
        name = entry.name.encode()
        method = 8 if entry.deflated else 0
        fields = (entry.flags, method, 0, 0x21, entry.crc, len(entry.stored), entry.size)
        offset = len(body)
        body += struct.pack("<4sH2H2H3L2H", b"PK\x03\x04", 20, *fields, len(name), 0)
        body += name + entry.stored
        directory += struct.pack(
            "<4s2H2H2H3L5H2L", b"PK\x01\x02", 20, 20, *fields, len(name), 0, 0, 0, 0, 0, offset
        )
        directory += name
    count = min(len(members), 0xFFFF)  # 0xFFFF: "see the zip64 record", which there is not
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def docx_members(document: bytes | None = None) -> list[Member]:
    """The parts of the smallest Word file, as zip members."""
    document = document or document_xml("A headline", "The body of the story.")
    return [
        member("[Content_Types].xml", CONTENT_TYPES.encode()),
        member("_rels/.rels", PACKAGE_RELS.encode()),
        member("word/document.xml", document),
    ]


def write_ole(path: Path, *streams: str, directory_at: int = 1) -> Path:
    """An OLE compound file (what Word 97-2003 and encrypted Office files are) whose directory,
    at sector `directory_at`, names `streams`: only what is needed to recognise one."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 0x1A, 3, 0xFFFE, 9)  # version 3, little-endian, 512 B
    struct.pack_into("<L", header, 0x30, directory_at - 1)
    entries = bytearray()
    for kind, name in ((5, "Root Entry"), *((2, stream) for stream in streams)):
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB3L", entry, 64, len(encoded), kind, 1, *(0xFFFFFFFF,) * 3)
        entries += entry
    filler = bytes(512 * (directory_at - 1))
    path.write_bytes(bytes(header) + filler + bytes(entries).ljust(512, b"\0"))
    return path


LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 or "")) * 10}">' for i in range(1, 10))
    + "]>"
)
LAUGH = "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def drawing(attribute: str, rel_id: str, alt: str = "A picture") -> str:
    """An inline picture whose blip refers to relationship `rel_id` by r:embed or r:link."""
    return (
        "<w:p><w:r><w:drawing>"
        '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:docPr id="1" name="Picture 1" descr="{alt}"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:blipFill><a:blip r:{attribute}="{rel_id}"/></pic:blipFill>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )


# Readers for the worker process: each takes the path, as read_docx does.


def hang(path: str) -> WordDocument:
    """A parser stuck in a loop."""
    time.sleep(60)
    return read_docx(path)


def eat_memory(path: str) -> WordDocument:
    """A parser that allocates without bound (a megabyte at a time, kept)."""
    hoard = []
    while True:
        hoard.append(bytearray(1024 * 1024))


def exit_abruptly(path: str) -> WordDocument:
    """A library that calls exit underneath Python."""
    os._exit(3)


def crash(path: str) -> WordDocument:
    """A C extension reading address zero."""
    return ctypes.string_at(0)  # type: ignore[return-value]


def go_wrong(path: str) -> WordDocument:
    """A reader bug that raises something no one expected."""
    raise LookupError("the style table went round in a circle")
