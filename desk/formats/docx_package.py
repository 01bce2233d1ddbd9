"""A Word file's container, opened with suspicion: checked before any XML parser sees a byte.

A .docx is a zip of XML parts tied together by relationships. This module refuses what is not
one (old binary .doc, RTF, encrypted files, zip bombs, DTDs) with a sentence a person can act
on, reads parts under a size cap, and resolves relationships without ever following one that
points outside the file. Strict OOXML is read as the transitional dialect it mirrors."""

from __future__ import annotations

import math
import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from lxml import etree

from desk.formats.word import Unreadable

MAX_FILE_BYTES = 100 * 1024 * 1024  # a long report with photographs stays well under this
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # every part together, as declared and as read
MAX_PART_BYTES = 64 * 1024 * 1024  # one part
MAX_RATIO = 200  # unpacked to packed, for any part over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_PARTS = 10_000
# The zip's table of contents, read whole by zipfile before any other check can run: a few
# hundred bytes a part in a real file. Capped so a file of a million empty parts is refused
# before it costs half a gigabyte of bookkeeping.
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
MB = 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Strict OOXML (ISO 29500 strict) names the same elements in other namespaces.
_STRICT = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": (
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/main": (
        b"http://schemas.openxmlformats.org/drawingml/2006/main"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": (
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    ),
    b"http://purl.oclc.org/ooxml/drawingml/picture": (
        b"http://schemas.openxmlformats.org/drawingml/2006/picture"
    ),
    b"http://purl.oclc.org/ooxml/officeDocument/math": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/math"
    ),
}


def _parser() -> etree.XMLParser:
    """A parser with entities, DTDs and the network off. Each package has its own, because
    the reasons for a refusal are read from its log of the last parse (the log on lxml's
    exception is the thread's, which keeps earlier parses' errors too)."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
    )


@dataclass(frozen=True)
class Relationship:
    type: str  # the last word of the type URI: "officeDocument", "image", "hyperlink", ...
    target: str  # a part name inside the file, or the address of an external target
    external: bool


ZIP_BOMB = "It unpacks to far more than its size (a zip bomb); Desk will not open it."
PASSWORD = (
    "It is password-protected; remove the password in Word (File > Info) and import it again."
)


def _megabytes(size: int) -> str:
    """A size in MB as a person reads it: whole when it is, else up to one decimal, rounded up
    (so a file just over the limit never reads as the limit itself)."""
    return f"{math.ceil(size * 10 / MB) / 10:g} MB"


def _refuse_by_content(head: bytes) -> None:
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{\\rtf"):
        raise Unreadable(
            "It is an RTF file, not a Word document; save it as .docx and import that."
        )
    if head[:1] == b"<":
        raise Unreadable("It is an XML or HTML file, not a Word document; save it as .docx.")
    raise Unreadable("It is not a Word document (a .docx is a zip file, and this is not one).")


# Streams an OLE (compound file) container names in its directory, which tell what it holds.
_OLE_STREAMS = ("EncryptionInfo", "EncryptedPackage", "WordDocument")
_OLE_ENTRY = 128  # bytes in one directory entry; entries start at multiples of it


def _ole_streams(path: Path) -> set[str]:
    """Which of _OLE_STREAMS the container's directory names. Its entries may sit anywhere in
    the file, so the whole file (already known to be under the size limit) is scanned a
    megabyte at a time, counting only a name where a directory entry would start and followed
    by its own length, so the same words in a document's text do not count."""
    # An entry opens with its name in UTF-16 and a NUL, and gives that length at offset 64.
    patterns = {name: (name + "\0").encode("utf-16-le") for name in _OLE_STREAMS}
    found: set[str] = set()
    with path.open("rb") as handle:
        while len(found) < len(patterns) and (chunk := handle.read(MB)):
            for name, pattern in patterns.items():
                at = chunk.find(pattern)
                while at != -1 and name not in found:
                    length = chunk[at + 64 : at + 66]
                    if at % _OLE_ENTRY == 0 and length == struct.pack("<H", len(pattern)):
                        found.add(name)
                    at = chunk.find(pattern, at + 1)
    return found


def _ole_reason(path: Path) -> str:
    """Tell an encrypted OOXML file (an OLE container with an EncryptionInfo stream) from a .doc."""
    streams = _ole_streams(path)
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        return PASSWORD
    if "WordDocument" in streams:
        return (
            "It is an old Word 97-2003 document (.doc); open it in Word or LibreOffice, "
            "save it as .docx and import that."
        )
    return (
        "It is an old Office file, not a Word .docx (perhaps a .doc, .xls or .ppt renamed); "
        "open it in Word or LibreOffice, save it as .docx and import that."
    )


def _check_directory(path: Path, size: int) -> None:
    """Refuse a zip whose table of contents is too big to read, from its end record alone."""
    tail_size = min(size, 22 + 65535 + 20)  # the end record, its comment, a zip64 locator
    with path.open("rb") as handle:
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
        at = tail.rfind(b"PK\x05\x06")
        if at == -1 or at + 22 > len(tail):
            return  # zipfile will say it is damaged
        entries, directory = struct.unpack_from("<HL", tail, at + 10)
        exact = entries < 0xFFFF  # 0xFFFF: the count is in a zip64 record, if anywhere
        if (entries == 0xFFFF or directory == 0xFFFFFFFF) and at >= 20:
            locator = tail[at - 20 : at]
            if locator[:4] == b"PK\x06\x07":
                (offset,) = struct.unpack_from("<Q", locator, 8)
                # An offset past the end (up to 2**64 - 1, which seek() refuses) finds nothing.
                handle.seek(min(offset, size))
                record = handle.read(56)
                if len(record) == 56 and record[:4] == b"PK\x06\x06":
                    entries, directory = struct.unpack_from("<QQ", record, 32)
                    exact = True
    if entries > MAX_PARTS or directory > MAX_DIRECTORY_BYTES:
        raise Unreadable(_too_many(f"{entries:,}" if exact and entries > MAX_PARTS else None))


def _too_many(count: str | None) -> str:
    many = count or f"more than {MAX_PARTS:,}"
    return f"It holds {many} parts; a Word document has a few dozen, so Desk will not open it."


class Package:
    """An open .docx (or .docm, .dotx, .dotm) whose container has passed every check."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self._zip = archive
        self._names = {info.filename.lstrip("/"): info for info in archive.infolist()}
        self._read_total = 0
        self._parser = _parser()
        self.strict = False
        self.ignored_entities = 0  # external XML entities left out

    @classmethod
    def open(cls, path: Path) -> Package:
        path = Path(path)
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                head = handle.read(64)
        except FileNotFoundError:
            raise Unreadable("There is no such file.") from None
        except IsADirectoryError:
            raise Unreadable("It is a folder, not a Word file.") from None
        except OSError as error:
            raise Unreadable(f"It cannot be read: {error.strerror}.") from None
        if size == 0:
            raise Unreadable("The file is empty.")
        if size > MAX_FILE_BYTES:
            raise Unreadable(
                f"It is {_megabytes(size)}; Desk imports Word files of up to "
                f"{_megabytes(MAX_FILE_BYTES)}."
            )
        try:
            if head.startswith(OLE_MAGIC):
                raise Unreadable(_ole_reason(path))
            if not head.startswith(b"PK"):
                _refuse_by_content(head)
            _check_directory(path, size)
        except OSError as error:
            raise Unreadable(f"It cannot be read: {error.strerror}.") from None
        try:
            archive = zipfile.ZipFile(path)
        # NotImplementedError: a garbled version field ("zip file version 25.5").
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            raise Unreadable("It is damaged: its zip container cannot be read.") from None
        package = cls(path, archive)
        try:
            package._check_container()
        except Unreadable:
            archive.close()
            raise
        return package

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _check_container(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_PARTS:
            raise Unreadable(_too_many(f"{len(infos):,}"))
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise Unreadable(PASSWORD)
            total += info.file_size
            if info.file_size > MAX_PART_BYTES or (
                info.file_size > RATIO_FLOOR
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise Unreadable(ZIP_BOMB)
        if total > MAX_UNPACKED_BYTES:
            raise Unreadable(ZIP_BOMB)
        if "[Content_Types].xml" not in self._names and "word/document.xml" not in self._names:
            raise Unreadable(self._other_zip())

    def _other_zip(self) -> str:
        """Why a zip that is not a Word document was refused, naming what it is where we can."""
        mimetype = (self.read("mimetype") or b"")[:100] if "mimetype" in self._names else b""
        if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
            return (
                "It is an OpenDocument text (.odt), not a Word document; "
                "save it as .docx in LibreOffice and import that."
            )
        if mimetype.startswith(b"application/epub"):
            return "It is an e-book (EPUB), not a Word document."
        return "It is a zip file but not a Word document."

    # Parts

    def has(self, name: str) -> bool:
        return name in self._names

    def read(self, name: str) -> bytes | None:
        """A part's bytes, read under the caps whatever its header claims; None if it is absent."""
        info = self._names.get(name)
        if info is None:
            return None
        cap = min(MAX_PART_BYTES, MAX_UNPACKED_BYTES - self._read_total)
        try:
            with self._zip.open(info) as stream:
                data = stream.read(cap + 1)
        except zipfile.BadZipFile as error:
            if "CRC" not in str(error):
                raise Unreadable(
                    f"It is damaged: the part {_shown(name)} cannot be read ({_shown(error)})."
                ) from None
            # zipfile stops at the size the header declares, so a part that inflates to more
            # than it claims (a zip bomb that lies) ends here, on its checksum, unread.
            raise Unreadable(
                f"It is damaged: the part {_shown(name)} does not match the size and checksum "
                "its zip header gives."
            ) from None
        except (OSError, EOFError, ValueError, NotImplementedError, zlib.error) as error:
            raise Unreadable(
                f"It is damaged: the part {_shown(name)} cannot be read ({_shown(error)})."
            ) from None
        except RuntimeError:  # an encrypted member
            raise Unreadable(PASSWORD) from None
        if len(data) > cap or (
            len(data) > MAX_RATIO * max(info.compress_size, 1) and len(data) > RATIO_FLOOR
        ):
            raise Unreadable(ZIP_BOMB)
        self._read_total += len(data)
        return data

    def xml(self, name: str) -> etree._Element | None:
        """A part parsed as XML with entities, DTDs and the network all off; None if absent."""
        data = self.read(name)
        if data is None:
            return None
        head = data[:4096]
        if b"purl.oclc.org/ooxml" in head:
            self.strict = True
            for strict, transitional in _STRICT.items():
                data = data.replace(strict, transitional)
        _check_prolog(data, name)
        try:
            root = etree.fromstring(data, self._parser)
        except etree.XMLSyntaxError as error:
            log = self._parser.error_log
            if any(_entity_error(entry) for entry in log):
                raise Unreadable(_expanding(name)) from None
            if any(entry.type_name == "ERR_NO_MEMORY" for entry in log):
                # Under the worker's memory limit: a part that parses into a huge tree.
                raise Unreadable(
                    f"Its part {_shown(name)} needs more memory to read than a Word document ever "
                    "should; Desk will not open it."
                ) from None
            if any("Excessive depth" in entry.message for entry in log):
                raise Unreadable(
                    f"Its part {_shown(name)} is nested deeper than any Word document; "
                    "Desk will not open it."
                ) from None
            raise Unreadable(
                f"It is damaged: the part {_shown(name)} is not well-formed XML ({_shown(error)})."
            ) from None
        if root.getroottree().docinfo.internalDTD is not None:
            self._defuse(root, name)
        return root

    def _defuse(self, root: etree._Element, name: str) -> None:
        """Word never writes a DTD. Entities that expand are an attack and refused; external
        ones are left out unread (nothing is fetched or opened), and the person is told."""
        dtd = root.getroottree().docinfo.internalDTD
        entities = list(dtd.iterentities()) if dtd is not None else []
        if any(entity.system_url is None for entity in entities):
            raise Unreadable(_expanding(name))
        for node in list(root.iter(etree.Entity)):
            _remove_keeping_tail(node)
            self.ignored_entities += 1

    # Relationships

    def relationships(self, source: str) -> dict[str, Relationship]:
        """The relationships of part `source` ("" for the package), by id; targets resolved."""
        folder, base = posixpath.split(source)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.xml(rels_name)
        found: dict[str, Relationship] = {}
        if root is None:
            return found
        for rel in root:
            if not isinstance(rel.tag, str) or not rel.tag.endswith("Relationship"):
                continue
            rel_id, target = rel.get("Id"), rel.get("Target") or ""
            kind = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
            external = rel.get("TargetMode") == "External"
            if not external:
                target = self._resolve(folder, target)
            if rel_id:
                found[rel_id] = Relationship(kind, target, external)
        return found

    @staticmethod
    def _resolve(folder: str, target: str) -> str:
        """A relative target as a part name; one that climbs out of the file resolves to nothing."""
        joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        normal = posixpath.normpath(joined)
        return "" if normal.startswith("..") or normal == "." else normal

    def main_part(self) -> str:
        """The name of the main document part, found the way Word finds it."""
        for rel in self.relationships("").values():
            if rel.type == "officeDocument" and not rel.external and self.has(rel.target):
                return rel.target
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise Unreadable("It is a zip file but not a Word document (it has no document part).")

    def core_properties_part(self) -> str | None:
        for rel in self.relationships("").values():
            if rel.type in ("core-properties", "metadata/core-properties") and not rel.external:
                return rel.target if self.has(rel.target) else None
        return "docProps/core.xml" if self.has("docProps/core.xml") else None


def _shown(text: object, limit: int = 200) -> str:
    """A part name or a parser's message as it may stand in a one-line reason: a zip may name
    a part "a\nb", and libxml2 ends some messages with a line break."""
    line = " ".join(str(text).split()).replace(" ,", ",")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _entity_error(entry: etree._LogEntry) -> bool:
    """libxml2's own guards against entity expansion, should a DTD get past _check_prolog.
    A reference written wrong ("&amp" without its ";", ERR_ENTITYREF_...) is damage, not one."""
    return entry.type_name.startswith("ERR_ENTITY_") or "entity amplification" in entry.message


def _expanding(name: str) -> str:
    return (
        f"Its part {_shown(name)} declares XML entities that expand (an attack on XML readers); "
        "Desk will not open it."
    )


class _PrologRead(Exception):
    """The root element has begun: there is no more DTD to look at."""


def _check_prolog(data: bytes, name: str) -> None:
    """Refuse a part whose DTD declares an entity with a value, before lxml parses it.

    expat reads only the prolog (it is stopped at the root element, and never loads an
    external DTD or entity). Entities declared with a SYSTEM address and no value pass: they
    are left out later, unread. What expat cannot judge (an encoding it does not know, a
    declaration after an unread parameter entity) lxml's checks in Package.xml still catch."""
    parser = expat.ParserCreate()

    def declared(_entity: str, _parameter: int, value: str | None, *_rest: object) -> None:
        if value is not None:
            raise Unreadable(_expanding(name))

    def started(*_args: object) -> None:
        raise _PrologRead

    parser.EntityDeclHandler = declared
    parser.StartElementHandler = started
    view = memoryview(data)
    try:
        for start in range(0, len(data), 65536):
            parser.Parse(view[start : start + 65536], False)
        parser.Parse(b"", True)
    except (_PrologRead, expat.ExpatError, ValueError, LookupError):
        return  # LookupError: an encoding expat does not know, which lxml then judges


def _remove_keeping_tail(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)
