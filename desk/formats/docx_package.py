"""A Word file's container, opened with suspicion: checked before any XML parser sees a byte.

A .docx is a zip of XML parts tied together by relationships. This module refuses what is not
one (old binary .doc, RTF, encrypted files, zip bombs, DTDs) with a sentence a person can act
on, reads parts under a size cap, and resolves relationships without ever following one that
points outside the file. Strict OOXML is read as the transitional dialect it mirrors."""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from desk.formats.word import Unreadable

MAX_FILE_BYTES = 100 * 1024 * 1024  # a long report with photographs stays well under this
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # every part together, as declared and as read
MAX_PART_BYTES = 64 * 1024 * 1024  # one part
MAX_RATIO = 200  # unpacked to packed, for any part over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_PARTS = 10_000

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

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)


@dataclass(frozen=True)
class Relationship:
    type: str  # the last word of the type URI: "officeDocument", "image", "hyperlink", ...
    target: str  # a part name inside the file, or the address of an external target
    external: bool


def _refuse_by_content(head: bytes) -> None:
    if head.startswith(OLE_MAGIC):
        raise Unreadable(
            "It is an old Word 97-2003 document (.doc) or a password-protected file; "
            "open it in Word or LibreOffice, save it as .docx without a password, and import that."
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise Unreadable(
            "It is an RTF file, not a Word document; save it as .docx and import that."
        )
    if head.lstrip()[:1] == b"<":
        raise Unreadable("It is an XML or HTML file, not a Word document; save it as .docx.")
    raise Unreadable("It is not a Word document (a .docx is a zip file, and this is not one).")


def _ole_reason(path: Path) -> str:
    """Tell an encrypted OOXML file (an OLE container with an EncryptionInfo stream) from a .doc."""
    with path.open("rb") as handle:
        head = handle.read(1024 * 1024)
    if (
        "EncryptionInfo".encode("utf-16-le") in head
        or "EncryptedPackage".encode("utf-16-le") in head
    ):
        return "It is password-protected; remove the password in Word (File > Info) and import it again."
    return (
        "It is an old Word 97-2003 document (.doc); open it in Word or LibreOffice, "
        "save it as .docx and import that."
    )


class Package:
    """An open .docx (or .docm, .dotx, .dotm) whose container has passed every check."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self._zip = archive
        self._names = {info.filename.lstrip("/"): info for info in archive.infolist()}
        self._read_total = 0
        self.strict = False
        self.ignored_entities = 0  # external XML entities left out

    @classmethod
    def open(cls, path: Path) -> Package:
        path = Path(path)
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                head = handle.read(8)
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
                f"It is {size // (1024 * 1024)} MB; Desk imports Word files of up to "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
            )
        if head.startswith(OLE_MAGIC):
            raise Unreadable(_ole_reason(path))
        if not head.startswith(b"PK"):
            _refuse_by_content(head)
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError):
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
            raise Unreadable(f"It holds {len(infos)} parts; a Word document has a few dozen.")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise Unreadable(
                    "It is password-protected; remove the password and import it again."
                )
            total += info.file_size
            if info.file_size > MAX_PART_BYTES or (
                info.file_size > RATIO_FLOOR
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise Unreadable(
                    "It unpacks to far more than its size (a zip bomb); Desk will not open it."
                )
        if total > MAX_UNPACKED_BYTES:
            raise Unreadable(
                "It unpacks to far more than its size (a zip bomb); Desk will not open it."
            )
        if "[Content_Types].xml" not in self._names and "word/document.xml" not in self._names:
            raise Unreadable("It is a zip file but not a Word document.")

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
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise Unreadable(f"It is damaged: the part {name} cannot be read ({error}).") from None
        except RuntimeError:  # an encrypted member
            raise Unreadable(
                "It is password-protected; remove the password and import it again."
            ) from None
        if len(data) > cap or (
            len(data) > MAX_RATIO * max(info.compress_size, 1) and len(data) > RATIO_FLOOR
        ):
            raise Unreadable(
                "It unpacks to far more than its size (a zip bomb); Desk will not open it."
            )
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
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as error:
            raise Unreadable(
                f"It is damaged: the part {name} is not well-formed XML ({error})."
            ) from None
        if b"<!DOCTYPE" in head:
            self._defuse(root, name)
        return root

    def _defuse(self, root: etree._Element, name: str) -> None:
        """Word never writes a DTD. Entities that expand are an attack and refused; external
        ones are left out unread (nothing is fetched or opened), and the person is told."""
        dtd = root.getroottree().docinfo.internalDTD
        entities = list(dtd.iterentities()) if dtd is not None else []
        if any(entity.system_url is None for entity in entities):
            raise Unreadable(
                f"Its part {name} declares XML entities that expand (an attack on XML "
                "readers); Desk will not open it."
            )
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
