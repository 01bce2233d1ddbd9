"""Fuzzing the Word importer: mutated real Word files through read_docx for a bounded time.

Run: python bench/fuzz_docx.py [--seconds N] [--seed S] [--save DIR] [--corpus DIR]
                               [--max-seed-kb K] [--hang-seconds H]

read_docx must return a WordDocument or raise Unreadable with a one-line reason; anything else
is a bug. Each round takes a file of the corpus (../shared/corpus, MANIFEST.tsv column
local_path; only files Desk imports, up to --max-seed-kb) and mutates it, reproducibly from
--seed, in one of two ways:

- container: bytes of the zip flipped, inserted, deleted, overwritten or truncated;
- package (most rounds, since the zip stays valid and the XML reader is reached): parts of
  word/document.xml, styles.xml, numbering.xml, the notes, comments, core properties,
  [Content_Types].xml and the relationships edited as trees (elements deleted, duplicated,
  moved, repeated thousands of times, nested thousands deep, renamed; attributes removed or
  set to "-1", "99999999", "abc", "", "²", 5,000 digits...; odd Unicode put into text;
  relationships pointed at missing parts, "..", absolute paths, other parts), or bytes of a
  part garbled, or parts dropped, swapped and renamed.

Each read runs in this process under a timer (signal.setitimer) and is classified:
imported, refused (Unreadable; its reason counted by its text with the numbers taken out),
catch-all (refused by read_docx's last-resort net for ValueError and the like, which hides a
reader bug: reported with the traceback it caught), crash (any other exception), slow (over
2 s) or hang (stopped at --hang-seconds). A refusal whose reason is not one line is a crash.
Crashing, catch-all, slow and hanging inputs are minimised (parts dropped, then elements
removed, while the signature holds) and written to --save, one per signature.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import random
import re
import resource
import signal
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from desk.formats.docx_reader import UNFORESEEN, read_docx
from desk.formats.word import Unreadable

HERE = Path(__file__).resolve().parent
SLOW_SECONDS = 2.0
MEMORY_LIMIT = 4 * 1024**3  # address space for the whole run: a blow-up is a MemoryError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W_NS,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "v": "urn:schemas-microsoft-com:vml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
XML_PARTS = (
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/comments.xml",
    "docProps/core.xml",
    "[Content_Types].xml",
    "_rels/.rels",
    "word/_rels/document.xml.rels",
    "word/_rels/footnotes.xml.rels",
)
# Tags the reader looks at, to insert, rename to and nest.
TAGS = """w:p w:r w:t w:tbl w:tr w:tc w:sdt w:sdtContent w:sdtPr w:hyperlink w:ins w:del
w:moveTo w:moveFrom w:smartTag w:customXml w:fldSimple w:fldChar w:instrText w:sym
w:footnoteReference w:endnoteReference w:drawing w:pict w:object w:numPr w:ilvl w:numId
w:pStyle w:rStyle w:rPr w:pPr w:b w:i w:u w:vanish w:outlineLvl w:framePr w:br w:cr w:tab
w:txbxContent w:vertAlign w:rFonts w:style w:name w:basedOn w:abstractNum w:num w:lvl
w:lvlOverride w:abstractNumId w:numFmt w:footnote w:endnote w:comment w:body w:document
w:docPartObj w:docPartGallery w:showingPlcHdr w:trPr w:tblHeader w:noBreakHyphen
a:blip v:imagedata wp:docPr mc:AlternateContent mc:Choice m:oMath m:oMathPara m:t""".split()
ATTRIBUTES = """w:val r:id r:embed r:link w:id w:numId w:ilvl w:abstractNumId w:styleId w:type
w:char w:font w:fldCharType w:dropCap w:default w:date w:author w:anchor w:ascii w:hAnsi
descr title Id Target TargetMode Type PartName ContentType Extension""".split()
# fmt: off
NASTY_VALUES = [
    "-1", "99999999", "abc", "", "0", "1.5", " 1", "+1", "0x10", "²", "١", "𝟙", "NaN",
    "9" * 5000, "-99999999999999999999", "F0" * 3, "F061", "D800", "110000", "superscript",
    "begin", "separate", "end", "drop", "true", "Symbol", "Table of Contents", "heading 1",
    "Title", "list bullet²", "List Number 9", "separator", "2024-13-45T99:99:99Z", "Z",
    "http://example.com/a b", "www.", "mailto:", "javascript:alert(1)", "..", "../../x", "/",
    "/etc/passwd", "word/document.xml", "/word/document.xml", "media/", "\t\n", "a" * 10000,
]
NASTY_TARGETS = [
    "missing.xml", "..", "../..", "../../../etc/passwd", "/", "/etc/passwd", "", ".",
    "document.xml", "styles.xml", "/[Content_Types].xml", "/_rels/.rels", "media/", "//x",
    "C:\\Windows\\win.ini", "file:///etc/passwd", "http://example.com/x.png", "%2e%2e/x",
    "media/image1.png/..", "word/../word/document.xml", "\u00e9\u0301.xml", "x" * 3000,
]
REL_TYPES = """officeDocument styles numbering footnotes endnotes comments image hyperlink
core-properties metadata/core-properties settings""".split()
ODD_TEXT = [
    "\uf061\uf0b1\uf020", "\ufffd\ufeff\u200b\u200d", "\u202e\u2066\u2028\u2029\x85",
    "e\u0301\u0308\u0327" * 50, "\U0010ffff\U0001f600\U000e0001", "Пише: Ана Илић",
    "MOSCOW, Nov 27 — ", "By ", "\t\n\r  ", "Ǆ\u00df\u0130\u0131", "x" * 100_000,
]
RAW_BYTES = [
    b"\x00", b"\x01\x1f", b"\xed\xa0\x80", b"\xff\xfe", b"\xc3", b"&#0;", b"&#xD800;",
    b"&#x110000;", b"&amp", b"]]>", b"<!--", b"<![CDATA[", b"<?xml version='1.0'?>",
    b'<!DOCTYPE w [<!ENTITY a "b">]>', b"&a;", b"</w:p>", b"<w:p>", b'encoding="UTF-16"',
    b'encoding="x-nonsense"', b'encoding="EBCDIC-US"', b"\xef\xbb\xbf", b"\r", b"'\"<>",
]
# fmt: on
# The tree mutations of Mutator.xml (garbling attributes, twice as likely as the rest).
XML_OPS = """delete duplicate move remove_attribute garble_attribute garble_attribute insert
rename text nest repeat""".split()


def _qualified(tag: str) -> str:
    prefix, _, local = tag.partition(":")
    return f"{{{NS[prefix]}}}{local}" if local else prefix


class Mutator:
    """Reproducible mutations of a Word file, at the level of the zip or of its parts."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # The zip

    def container(self, raw: bytes) -> bytes:
        rng, data = self.rng, bytearray(raw)
        for _ in range(rng.choice((1, 1, 2, 4, 16))):
            if not data:
                break
            at = rng.randrange(len(data))
            op = rng.randrange(7)
            if op == 0:
                data[at] ^= 1 << rng.randrange(8)
            elif op == 1:
                data[at:at] = rng.randbytes(rng.choice((1, 2, 4, 64)))
            elif op == 2:
                del data[at : at + rng.choice((1, 4, 64, 1024))]
            elif op == 3:
                value = rng.choice((b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff", b"PK"))
                data[at : at + len(value)] = value
            elif op == 4:
                del data[rng.randrange(len(data)) :]  # truncated
            elif op == 5:  # a zip64 locator before the end record, pointing anywhere
                end = raw.rfind(b"PK\x05\x06")
                if end != -1:
                    offset = rng.choice((2**64 - 1, 2**63, 2**40, len(raw) + 10, 0, end - 56))
                    record = bytearray(raw[end:])
                    record[8:12] = rng.choice((b"\xff\xff\xff\xff", record[8:12]))
                    locator = b"PK\x06\x07" + struct.pack("<LQL", 0, max(offset, 0), 1)
                    data = bytearray(raw[:end] + locator + record)
            else:  # a field of the central directory, where the offsets and sizes live
                directory = raw.rfind(b"PK\x01\x02")
                if directory != -1:
                    at = directory + rng.randrange(46)
                    data[at : at + 4] = rng.choice(
                        (b"\xff\xff\xff\xff", b"\0\0\0\0", b"\x08\0\x63\0")
                    )
        return bytes(data)

    # The parts

    def package(self, members: dict[str, bytes]) -> dict[str, bytes]:
        rng, members = self.rng, dict(members)
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            op = rng.choices(
                ("xml", "bytes", "drop", "swap", "rename", "add", "encoding"),
                (12, 2, 1, 1, 1, 1, 1),
            )[0]
            names = list(members)
            xml_names = [n for n in names if n in XML_PARTS or n.endswith((".xml", ".rels"))]
            if op == "xml" and xml_names:
                # The main document most of the time: that is where the reader spends its time.
                name = (
                    "word/document.xml"
                    if rng.random() < 0.5 and "word/document.xml" in members
                    else rng.choice(xml_names)
                )
                members[name] = self.xml(members[name], rels=name.endswith(".rels"))
            elif op == "bytes" and names:
                name = rng.choice(xml_names or names)
                members[name] = self.part_bytes(members[name])
            elif op == "drop" and names:
                del members[rng.choice(names)]
            elif op == "swap" and len(names) > 1:
                a, b = rng.sample(names, 2)
                members[a], members[b] = members[b], members[a]
            elif op == "rename" and names:
                name = rng.choice(names)
                new = rng.choice(("word/x.xml", name.upper(), "/" + name, name + "/", "../" + name))
                members[rng.choice((new, "word\\document.xml", name + "\n"))] = members.pop(name)
            elif op == "encoding" and xml_names:  # the same XML in another encoding
                name = rng.choice(xml_names)
                text = members[name].decode("utf-8", "replace")
                text = re.sub(r"^<\?xml[^>]*\?>", "", text).lstrip("\ufeff")
                encoding = rng.choice(("utf-16", "utf-16-be", "utf-32", "latin-1", "utf-8-sig"))
                declared = rng.choice((encoding, "UTF-8", "windows-1251"))
                head = f'<?xml version="1.0" encoding="{declared}"?>'
                members[name] = (head + text).encode(encoding, "replace")
            elif op == "add":
                name = rng.choice(
                    ("word/document.xml", "word/media/", "mimetype", "word/styles.xml")
                )
                members[name] = rng.choice((b"", b"<a/>", rng.randbytes(64)))
        return members

    def part_bytes(self, data: bytes) -> bytes:
        rng, out = self.rng, bytearray(data)
        for _ in range(rng.choice((1, 2, 4))):
            at = rng.randrange(len(out) + 1)
            if rng.random() < 0.7:
                out[at:at] = rng.choice(RAW_BYTES)
            else:
                del out[at : at + rng.choice((1, 10, 100))]
        return bytes(out)

    def xml(self, data: bytes, *, rels: bool) -> bytes:
        try:
            root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
        except etree.XMLSyntaxError:
            return self.part_bytes(data)
        ops = [getattr(self, f"_{name}") for name in XML_OPS]
        if rels:
            ops += [self._relationship] * 6
        self._nesting: tuple[etree._Element, str, int] | None = None
        for _ in range(self.rng.choice((1, 1, 2, 3, 5))):
            self.rng.choice(ops)(root)
        nest = self._nesting
        if nest is not None and nest[0].getparent() is not None and root in nest[0].iterancestors():
            element, chain, depth = nest
            marker = etree.Element(NEST, chain=chain, depth=str(depth))
            element.getparent().replace(element, marker)
            marker.append(element)
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return _unfold_nests(data) if nest is not None else data

    def _pick(self, root: etree._Element, *, tag: str | None = None) -> etree._Element:
        elements = [e for e in root.iter(tag) if isinstance(e.tag, str)] if tag else None
        if not elements:
            elements = [e for e in root.iter() if isinstance(e.tag, str)]
        return self.rng.choice(elements)

    def _interesting(self, root: etree._Element) -> etree._Element:
        """An element, picked among those the reader cares about half the time."""
        tag = self.rng.choice(TAGS) if self.rng.random() < 0.5 else None
        return self._pick(root, tag=_qualified(tag) if tag else None)

    def _delete(self, root: etree._Element) -> None:
        element = self._interesting(root)
        if element.getparent() is not None:
            element.getparent().remove(element)

    def _duplicate(self, root: etree._Element) -> None:
        element = self._interesting(root)
        if element.getparent() is not None:
            element.addnext(copy.deepcopy(element))

    def _repeat(self, root: etree._Element) -> None:
        element = self._interesting(root)
        parent = element.getparent()
        if parent is not None and len(etree.tostring(element)) < 2000:
            at = parent.index(element)
            for _ in range(self.rng.choice((100, 1000, 5000))):
                parent.insert(at, copy.deepcopy(element))

    def _move(self, root: etree._Element) -> None:
        element, target = self._interesting(root), self._interesting(root)
        if (
            element.getparent() is not None
            and element not in target.iterancestors()
            and element is not target
        ):
            target.insert(self.rng.randrange(len(target) + 1), element)

    def _remove_attribute(self, root: etree._Element) -> None:
        element = self._interesting(root)
        if element.attrib:
            del element.attrib[self.rng.choice(list(element.attrib))]

    def _garble_attribute(self, root: etree._Element) -> None:
        element = self._interesting(root)
        names = (
            list(element.attrib)
            if element.attrib and self.rng.random() < 0.7
            else [_qualified(self.rng.choice(ATTRIBUTES))]
        )
        element.set(self.rng.choice(names), self.rng.choice(NASTY_VALUES))

    def _insert(self, root: etree._Element) -> None:
        target = self._interesting(root)
        new = etree.Element(_qualified(self.rng.choice(TAGS)), nsmap=NS)
        for _ in range(self.rng.randrange(3)):
            new.set(_qualified(self.rng.choice(ATTRIBUTES)), self.rng.choice(NASTY_VALUES))
        if self.rng.random() < 0.3:
            new.text = self.rng.choice(ODD_TEXT)
        target.insert(self.rng.randrange(len(target) + 1), new)

    def _rename(self, root: etree._Element) -> None:
        element = self._interesting(root)
        element.tag = _qualified(self.rng.choice(TAGS))

    def _text(self, root: etree._Element) -> None:
        element = self._pick(root, tag=_qualified(self.rng.choice(("w:t", "w:instrText", "m:t"))))
        text = element.text or ""
        at = self.rng.randrange(len(text) + 1)
        element.text = text[:at] + self.rng.choice(ODD_TEXT) + text[at:]

    def _nest(self, root: etree._Element) -> None:
        """The element wrapped in hundreds or thousands of levels of a container. lxml would
        take quadratic time to build such a chain, so xml() writes the levels out as text
        around the element once every other mutation is done."""
        element = self._interesting(root)
        if element.getparent() is not None:
            self._nesting = (element, self.rng.choice(NESTS), self.rng.choice(NEST_DEPTHS))

    def _relationship(self, root: etree._Element) -> None:
        rels = [e for e in root if isinstance(e.tag, str)]
        if not rels:
            return
        rng = self.rng
        rel = rng.choice(rels)
        op = rng.randrange(5)
        if op == 0:
            rel.set("Target", rng.choice(NASTY_TARGETS))
        elif op == 1:
            rel.set("TargetMode", rng.choice(("External", "Internal", "")))
        elif op == 2:
            base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            rel.set("Type", base + rng.choice(REL_TYPES))
        elif op == 3:
            rel.set("Id", rng.choice([r.get("Id") or "" for r in rels]))  # a duplicate id
        else:
            other = rng.choice(rels)
            rel.set("Target", other.get("Target") or "")


NEST = "{urn:fuzz-nest}nest"
NESTS = [
    "w:sdt w:sdtContent",
    "w:tbl w:tr w:tc",
    "w:hyperlink",
    "w:ins",
    "w:smartTag",
    "w:customXml",
    "mc:AlternateContent mc:Choice",
    "w:p w:r w:drawing w:txbxContent",
    "w:fldSimple",
    "w:tc",
    "w:r w:drawing w:txbxContent w:p",
]
NEST_DEPTHS = (50, 100, 127, 300, 10_000)
_NEST_MARKER = re.compile(rb'<(\w+):nest xmlns:\1="urn:fuzz-nest" chain="([^"]+)" depth="(\d+)">')
_DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())


def _unfold_nests(data: bytes) -> bytes:
    """The nesting marker written out as its levels of elements (see Mutator._nest)."""
    match = _NEST_MARKER.search(data)
    end = re.search(rb"</\w+:nest>", data)
    if match is None or end is None:
        return data
    tags = match.group(2).decode().split()
    depth = int(match.group(3))
    opens = "".join(f"<{tag}>" for tag in tags) * depth
    opens = f"<{tags[0]} {_DECLARATIONS}>{opens[len(tags[0]) + 2 :]}"
    closes = "".join(f"</{tag}>" for tag in reversed(tags)) * depth
    return b"".join(
        (
            data[: match.start()],
            opens.encode(),
            data[match.end() : end.start()],
            closes.encode(),
            data[end.end() :],
        )
    )


# Reading


class Hang(BaseException):
    """The timer went off: the read took longer than --hang-seconds."""


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang


@dataclass
class Result:
    outcome: str  # imported, refused, catch-all, crash, slow, hang
    seconds: float
    signature: str = ""
    detail: str = ""


def _where(tb: traceback.StackSummary) -> str:
    """The innermost frame in Desk's code (else the innermost frame at all)."""
    frames = [f for f in tb if "/desk/" in f.filename] or list(tb)
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"


def _normal_reason(reason: str) -> str:
    reason = re.sub(r"\(.*\)", "(...)", reason)
    return re.sub(r"\d[\d,.]*", "N", reason)


def read_one(path: Path, hang_seconds: float) -> Result:
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, hang_seconds)
    try:
        read_docx(path)
        outcome = Result("imported", 0.0)
    except Unreadable as refusal:
        reason = str(refusal)
        cause = refusal.__context__
        if reason.startswith(UNFORESEEN) and cause is not None:
            tb = traceback.extract_tb(cause.__traceback__)
            outcome = Result(
                "catch-all",
                0.0,
                f"{type(cause).__name__} at {_where(tb)}",
                "".join(traceback.format_exception(cause)),
            )
        elif "\n" in reason or "\r" in reason or not reason.strip():
            outcome = Result(
                "crash", 0.0, f"refusal not one line: {_normal_reason(reason)!r}", reason
            )
        else:
            outcome = Result("refused", 0.0, _normal_reason(reason), reason)
    except Hang:
        outcome = Result("hang", 0.0, "hang", traceback.format_exc())
    except (Exception, RecursionError, MemoryError) as error:
        tb = traceback.extract_tb(error.__traceback__)
        outcome = Result(
            "crash", 0.0, f"{type(error).__name__} at {_where(tb)}", traceback.format_exc()
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    outcome.seconds = time.perf_counter() - start
    if outcome.outcome in ("imported", "refused", "catch-all") and outcome.seconds > SLOW_SECONDS:
        outcome.signature = f"slow ({outcome.outcome}) {outcome.signature}".strip()
        outcome.outcome = "slow"
    return outcome


def to_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def from_zip(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def minimise(
    members: dict[str, bytes] | None, raw: bytes, still: Callable[[bytes], bool], budget: int = 150
) -> bytes:
    """A smaller input with the same signature: parts dropped, then elements of the XML parts
    removed, a subtree at a time, within `budget` reads. A container-level input stays as is."""
    if members is None:
        return raw
    members = dict(members)
    tries = 0
    for name in list(members):
        if tries >= budget:
            break
        tries += 1
        trial = {k: v for k, v in members.items() if k != name}
        if still(to_zip(trial)):
            members = trial
    for name in list(members):
        try:
            root = etree.fromstring(members[name], etree.XMLParser(huge_tree=True))
        except etree.XMLSyntaxError:
            continue
        queue = list(root)
        while queue and tries < budget:
            element = queue.pop(0)
            parent = element.getparent()
            if parent is None:
                continue
            tries += 1
            at = parent.index(element)
            parent.remove(element)
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            if still(to_zip({**members, name: data})):
                members[name] = data
            else:
                parent.insert(at, element)
                queue.extend(element)
    return to_zip(members)


def load_seeds(corpus: Path, max_bytes: int) -> list[tuple[str, bytes, dict[str, bytes]]]:
    with (corpus / "MANIFEST.tsv").open(newline="", encoding="utf-8") as manifest:
        rows = list(csv.DictReader(manifest, delimiter="\t"))
    seeds = []
    for row in rows:
        path = corpus / row["local_path"]
        if not path.is_file() or path.stat().st_size > max_bytes:
            continue
        try:
            read_docx(path)
            raw = path.read_bytes()
            seeds.append((row["local_path"], raw, from_zip(raw)))
        except Exception:  # a seed must be a file Desk reads
            continue
    return seeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path, help="folder for the inputs that found a bug")
    parser.add_argument("--corpus", type=Path, default=HERE.parent / ".." / "shared" / "corpus")
    parser.add_argument("--max-seed-kb", type=int, default=256)
    parser.add_argument("--hang-seconds", type=float, default=20.0)
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY or soft > MEMORY_LIMIT:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, hard))
    signal.signal(signal.SIGALRM, _alarm)
    sys.setrecursionlimit(1000)  # the default: what the app runs with

    seeds = load_seeds(args.corpus.resolve(), args.max_seed_kb * 1024)
    print(f"{len(seeds)} seed files; fuzzing for {args.seconds:g} s from seed {args.seed}")
    rng = random.Random(args.seed)
    mutator = Mutator(rng)
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    bugs: dict[str, tuple[str, int, Result]] = {}  # signature -> (seed file, round, result)
    read_seconds = 0.0
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.docx"
        started = time.monotonic()
        round_ = 0
        while time.monotonic() - started < args.seconds:
            round_ += 1
            name, raw, seed_members = rng.choice(seeds)
            members: dict[str, bytes] | None = None
            try:
                if rng.random() < 0.2:
                    data = mutator.container(raw)
                else:
                    members = mutator.package(seed_members)
                    data = to_zip(members)
            except Exception as error:  # the mutator's bug, not the reader's
                counts["mutator failed"] += 1
                if counts["mutator failed"] == 1:
                    print(f"the mutator failed (reported once): {error!r}")
                continue
            path.write_bytes(data)
            result = read_one(path, args.hang_seconds)
            read_seconds += result.seconds
            counts[result.outcome] += 1
            if result.outcome == "refused":
                reasons[result.signature] += 1
                continue
            if result.outcome == "imported" or result.signature in bugs:
                continue
            bugs[result.signature] = (name, round_, result)
            print(
                f"\n[{result.outcome}] {result.signature}  (round {round_}, from {name}, {result.seconds:.2f} s)"
            )
            print(result.detail.rstrip()[-3000:])
            if args.save:
                signature = result.signature

                def still(candidate: bytes, signature: str = signature) -> bool:
                    path.write_bytes(candidate)
                    return read_one(path, args.hang_seconds).signature == signature

                small = (
                    data if result.outcome in ("slow", "hang") else minimise(members, data, still)
                )
                slug = re.sub(r"[^a-z0-9]+", "-", signature.lower()).strip("-")[:80]
                (args.save / f"{slug}.docx").write_bytes(small)
        elapsed = time.monotonic() - started

    total = sum(counts.values()) - counts["mutator failed"]
    print(
        f"\n{total} mutated files in {elapsed:.1f} s: {total / elapsed:.1f} files/s "
        f"({read_seconds:.1f} s of it reading)"
    )
    for outcome in ("imported", "refused", "catch-all", "crash", "slow", "hang", "mutator failed"):
        print(f"  {outcome:10} {counts[outcome]}")
    print("\nrefusals by reason:")
    for reason, count in reasons.most_common():
        print(f"  {count:6}  {reason}")
    print(f"\n{len(bugs)} distinct signatures other than imported/refused:")
    for signature, (name, round_, result) in bugs.items():
        print(f"  [{result.outcome}] {signature}  (first: round {round_}, from {name})")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
