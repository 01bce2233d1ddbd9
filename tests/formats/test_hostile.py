"""Hostile Word files: each refused fast, in bounded memory, with a one-line reason; the ones
that merely point outside the file import with nothing fetched or opened.

Every file is built here. Memory is measured in one child process that reads them all in turn
(the high-water mark after each file, less the mark before the first, bounds what that file
took), so a bomb that got through would show as hundreds of megabytes, not as a crash."""

from __future__ import annotations

import builtins
import io
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.domain.story import StoryFilter
from desk.formats import docx_package
from desk.formats.docx_package import Package
from desk.formats.docx_reader import read_docx
from desk.formats.word import Unreadable, WordDocument
from desk.services.imports import import_files
from desk.storage.models import PictureRow
from desk.storage.uow import UnitOfWork
from tests.formats.hostile_readers import (
    LAUGH,
    LAUGHS,
    PNG,
    R_NS,
    W_NS,
    Member,
    deflated_zeros,
    document_xml,
    docx_members,
    drawing,
    member,
    relationships,
    write_docx,
    write_ole,
    write_zip,
)

MB = 1024 * 1024
SECONDS = 2.0  # a refusal, not a benchmark: the requirement's bound
MEMORY_MB = 300

LAUGHING_STYLES = (
    f'<?xml version="1.0"?>{LAUGHS.replace("w:document", "w:styles")}'
    f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="Title">'
    '<w:name w:val="&lol9;"/></w:style></w:styles>'
).encode()
STYLES_REL = ("rId9", "styles", "styles.xml", False)


def document_rels(*rels: tuple[str, str, str, bool]) -> dict[str, bytes]:
    return {"word/_rels/document.xml.rels": relationships(*rels)}


# The refused files, each built by a function of the folder it goes in.


@dataclass(frozen=True)
class Hostile:
    build: Callable[[Path], Path]
    words: tuple[str, ...]  # what the reason must say (any case)
    limits: dict[str, int] = field(default_factory=dict)  # docx_package caps to lower first


def _random_bytes(folder: Path) -> Path:
    noise = random.Random(7).randbytes(4096)
    path = folder / "noise.docx"
    path.write_bytes(b"\x00" + noise)  # not PK, not OLE, not "<", not "{\rtf"
    return path


def _text_renamed(folder: Path) -> Path:
    path = folder / "letter.docx"
    path.write_text("Dear editor,\n\nHere is my story about the harbour.\n", encoding="utf-8")
    return path


def _html(folder: Path) -> Path:
    path = folder / "page.docx"
    path.write_text(
        "\ufeff<!DOCTYPE html><html><body><h1>Harbour</h1></body></html>", encoding="utf-8"
    )
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.docx"
    path.write_bytes(b"")
    return path


def _rtf(folder: Path) -> Path:
    path = folder / "story.docx"
    path.write_text(r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Harbour story.}", encoding="ascii")
    return path


def _zip_of_something_else(folder: Path) -> Path:
    return write_zip(folder / "photos.docx", [member("readme.txt", b"holiday photos")])


def _truncated(folder: Path) -> Path:
    whole = write_docx(folder / "whole.docx", "A headline", "A body " * 200).read_bytes()
    path = folder / "truncated.docx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _gigabyte_of_zeros(folder: Path) -> Path:
    stream, crc = deflated_zeros(1024)
    zeros = Member("word/media/image1.png", stream, 1024 * MB, crc)
    return write_zip(folder / "bomb.docx", [*docx_members(), zeros])


def _lying_header(folder: Path) -> Path:
    # The header says 2 kB (nothing to fear, ratio 1:500); the stream inflates to a gigabyte.
    stream, _crc = deflated_zeros(1024)
    document = Member("word/document.xml", stream, 2000, 0)
    return write_zip(folder / "liar.docx", [*docx_members()[:2], document])


def _parts_past_the_total(folder: Path) -> Path:
    # Each part under the per-part caps and under the ratio; together past the total.
    noise = random.Random(3).randbytes(400 * 1024)
    parts = [Member(f"word/media/image{i}.png", noise, 60 * MB, 0) for i in range(5)]
    return write_zip(folder / "many-big.docx", [*docx_members(), *parts])


def _more_than_max_parts(folder: Path) -> Path:
    empty = [Member(f"word/media/p{i}.bin", b"", 0, 0, deflated=False) for i in range(10_000)]
    return write_zip(folder / "many.docx", [*docx_members(), *empty])


def _understated_parts(folder: Path) -> Path:
    path = _more_than_max_parts(folder)
    data = bytearray(path.read_bytes())
    data[-14:-10] = (5).to_bytes(2, "little") * 2  # the end record claims five entries
    path.write_bytes(bytes(data))
    return path


def _huge_directory(folder: Path) -> Path:
    # 100,000 entries: half a gigabyte of zipfile bookkeeping at a hundred MB a file.
    empty = [Member(f"{i}", b"", 0, 0, deflated=False) for i in range(100_000)]
    return write_zip(folder / "directory.docx", empty)


def _laughs(folder: Path) -> Path:
    document = document_xml("A headline", prolog=LAUGHS, extra=LAUGH)
    return write_docx(folder / "laughs.docx", document=document)


def _laughs_in_styles(folder: Path) -> Path:
    parts = {"word/styles.xml": LAUGHING_STYLES, **document_rels(STYLES_REL)}
    return write_docx(folder / "styles.docx", "A headline", "The body.", parts=parts)


def _laughs_after_a_comment(folder: Path) -> Path:
    prolog = "<!--" + "padding " * 1000 + "-->" + LAUGHS
    return write_docx(
        folder / "late.docx", document=document_xml("A headline", prolog=prolog, extra=LAUGH)
    )


def _laughs_in_utf16(folder: Path) -> Path:
    document = document_xml("A headline", prolog=LAUGHS, extra=LAUGH).decode()
    document = document.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return write_docx(folder / "utf16.docx", document=document.encode("utf-16"))


def _parameter_entity(folder: Path) -> Path:
    prolog = "<!DOCTYPE w:document [<!ENTITY % inner \"<!ENTITY boom 'x'>\"> %inner;]>"
    document = document_xml(
        "A headline", prolog=prolog, extra="<w:p><w:r><w:t>&boom;</w:t></w:r></w:p>"
    )
    return write_docx(folder / "parameter.docx", document=document)


def _quadratic(folder: Path) -> Path:
    prolog = f'<!DOCTYPE w:document [<!ENTITY a "{"a" * 50_000}">]>'
    extra = "<w:p><w:r><w:t>" + "&a;" * 20_000 + "</w:t></w:r></w:p>"
    return write_docx(
        folder / "quadratic.docx", document=document_xml("A headline", prolog=prolog, extra=extra)
    )


def _deep(folder: Path) -> Path:
    extra = "<w:customXml>" * 400 + "<w:p/>" + "</w:customXml>" * 400
    return write_docx(folder / "deep.docx", document=document_xml("A headline", extra=extra))


def _encrypted(folder: Path) -> Path:
    return write_ole(folder / "secret.docx", "EncryptionInfo", "EncryptedPackage")


def _encrypted_directory_far(folder: Path) -> Path:
    # A big encrypted file: its directory lies past the first megabyte.
    return write_ole(
        folder / "big-secret.docx", "\x06DataSpaces", "EncryptedPackage", "EncryptionInfo",
        directory_at=2100,
    )  # fmt: skip


def _binary_doc(folder: Path) -> Path:
    return write_ole(folder / "old.docx", "WordDocument", "1Table", "\x05SummaryInformation")


def _old_excel(folder: Path) -> Path:
    return write_ole(folder / "sheet.docx", "Workbook")


def _encrypted_entry(folder: Path) -> Path:
    members = docx_members()
    document = members[2]
    members[2] = Member(document.name, document.stored, document.size, document.crc, flags=1)
    return write_zip(folder / "zipcrypto.docx", members)


def _over_the_limit(folder: Path) -> Path:
    noise = random.Random(5).randbytes(MB + MB // 2)
    return write_docx(
        folder / "big.docx", "A headline", "The body.", parts={"word/media/image1.png": noise}
    )


HOSTILE = {
    "random bytes": Hostile(_random_bytes, ("not a word document", "zip")),
    "a text file renamed .docx": Hostile(_text_renamed, ("not a word document", "zip")),
    "an HTML page renamed .docx": Hostile(_html, ("html", "not a word document")),
    "an empty file": Hostile(_empty, ("empty",)),
    "an RTF file renamed .docx": Hostile(_rtf, ("rtf", "save it as .docx")),
    "a zip that is not a Word file": Hostile(_zip_of_something_else, ("not a word document",)),
    "a truncated .docx": Hostile(_truncated, ("damaged",)),
    "a gigabyte of zeros in one part": Hostile(_gigabyte_of_zeros, ("zip bomb",)),
    "a part that inflates past the size its header gives": Hostile(
        _lying_header, ("damaged", "word/document.xml", "zip header")
    ),
    "parts that together unpack past the cap": Hostile(_parts_past_the_total, ("zip bomb",)),
    "more parts than a Word file has": Hostile(_more_than_max_parts, ("10,003 parts",)),
    "an end record that understates the parts": Hostile(_understated_parts, ("10,003 parts",)),
    "a zip directory of 100,000 entries": Hostile(_huge_directory, ("more than 10,000 parts",)),
    "billion laughs in document.xml": Hostile(_laughs, ("entities", "expand", "document.xml")),
    "billion laughs in styles.xml": Hostile(_laughs_in_styles, ("entities", "styles.xml")),
    "billion laughs after a long comment": Hostile(_laughs_after_a_comment, ("entities",)),
    "billion laughs in UTF-16": Hostile(_laughs_in_utf16, ("entities",)),
    "an internal parameter entity": Hostile(_parameter_entity, ("entities",)),
    "one big entity used many times": Hostile(_quadratic, ("entities",)),
    "XML nested 400 deep": Hostile(_deep, ("nested deeper",)),
    "an encrypted Word file": Hostile(_encrypted, ("password",)),
    "an encrypted file with its directory past 1 MB": Hostile(
        _encrypted_directory_far, ("password",)
    ),
    "a Word 97-2003 .doc renamed": Hostile(_binary_doc, (".doc", "save it as .docx")),
    "an old Excel file renamed": Hostile(_old_excel, ("old office file", "save it as .docx")),
    "a zip entry marked encrypted": Hostile(_encrypted_entry, ("password",)),
    "a file over the size limit": Hostile(
        _over_the_limit, ("It is 1.", "MB; Desk imports", "up to 1 MB"), {"MAX_FILE_BYTES": MB}
    ),
}

# Refused by none of the checks, and measured with them: media is never unpacked.


def _nested_zips(folder: Path) -> Path:
    stream, crc = deflated_zeros(1024)
    inner = folder / "inner.zip"
    write_zip(inner, [Member("zeros.bin", stream, 1024 * MB, crc)])
    outer = folder / "outer.zip"
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(10):
            archive.write(inner, f"copy{i}.zip")
    inner.unlink()
    return write_docx(
        folder / "nested.docx",
        "A headline",
        "The body mentions an attachment.",
        parts={"word/embeddings/archive.zip": outer.read_bytes()},
    )


MEASURED = {**{name: case.build for name, case in HOSTILE.items()}, "nested zips": _nested_zips}

_MEASURE = """
import json, resource, sys
from desk.formats import docx_package
from desk.formats.docx_reader import read_docx
from desk.formats.word import Unreadable

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

base, out = peak(), {}
for name, path, limits in json.load(sys.stdin):
    saved = {key: getattr(docx_package, key) for key in limits}
    for key, value in limits.items():
        setattr(docx_package, key, value)
    try:
        read_docx(path)
        reason = None
    except Unreadable as error:
        reason = str(error)
    for key, value in saved.items():
        setattr(docx_package, key, value)
    out[name] = {"megabytes": peak() - base, "reason": reason}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths = {}
    for i, (name, build) in enumerate(MEASURED.items()):
        folder = tmp_path_factory.mktemp(f"hostile{i}")
        paths[name] = build(folder)
    return paths


@pytest.fixture(scope="module")
def measured(built: dict[str, Path]) -> dict[str, dict[str, object]]:
    """Each file read in turn in one child process: peak memory so far (MB over the start)."""
    order = [
        (name, str(path), HOSTILE[name].limits if name in HOSTILE else {})
        for name, path in built.items()
    ]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE],
        input=json.dumps(order), capture_output=True, text=True, timeout=120, check=False,
        cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_is_refused_fast_and_small(
    name: str,
    built: dict[str, Path],
    measured: dict[str, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = HOSTILE[name]
    for key, value in case.limits.items():
        monkeypatch.setattr(docx_package, key, value)
    started = time.perf_counter()
    with pytest.raises(Unreadable) as refused:
        read_docx(built[name])
    seconds = time.perf_counter() - started
    reason = str(refused.value)
    assert "\n" not in reason and reason.endswith("."), reason
    for word in case.words:
        assert word.lower() in reason.lower(), reason
    assert seconds < SECONDS
    assert measured[name]["reason"] == reason  # the child read the same file the same way
    assert measured[name]["megabytes"] < MEMORY_MB, measured[name]


def test_a_zip_of_zips_inside_imports_unopened(
    built: dict[str, Path], measured: dict[str, dict[str, object]]
) -> None:
    started = time.perf_counter()
    document = read_docx(built["nested zips"])
    assert time.perf_counter() - started < SECONDS
    assert document.text.headline == "A headline"
    assert document.text.body.text == "The body mentions an attachment."
    assert document.pictures == ()  # an embedded file is not a picture, and is never unpacked
    assert measured["nested zips"] == {
        "megabytes": measured["nested zips"]["megabytes"],
        "reason": None,
    }
    assert measured["nested zips"]["megabytes"] < 50


def test_the_cap_on_bytes_read_holds_when_the_headers_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a header declares, Package.read stops at the cap on the bytes it inflates."""
    words = random.Random(11).choices(
        ["harbour", "ships", "came", "back", "on", "Monday"], k=400_000
    )
    body = " ".join(words)  # 2.4 MB of XML that packs well under the ratio: honest headers
    path = write_docx(tmp_path / "long.docx", "A headline", body)
    for cap in ("MAX_PART_BYTES", "MAX_UNPACKED_BYTES"):
        with Package.open(path) as package, monkeypatch.context() as lowered:
            lowered.setattr(docx_package, cap, MB)  # after the headers passed at the old cap
            with pytest.raises(Unreadable, match="zip bomb"):
                package.read("word/document.xml")
    with Package.open(path) as package:
        assert len(package.read("word/document.xml") or b"") > 2 * MB


def test_sizes_over_the_limit_read_as_more_than_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "just-over.docx"
    path.write_bytes(b"PK" + bytes(MB))  # two bytes over a one-megabyte limit
    monkeypatch.setattr(docx_package, "MAX_FILE_BYTES", MB)
    with pytest.raises(Unreadable) as refused:
        read_docx(path)
    assert str(refused.value) == "It is 1.1 MB; Desk imports Word files of up to 1 MB."


# Files that point outside themselves: they import, and nothing outside is fetched or opened.


# A witness in its own process (so it needs nothing of ours, not even the GIL, while a parser
# blocks): a named pipe that notices being opened, and a TCP port that notices a connection,
# each closing at once so that a reader which does reach out fails fast instead of hanging.
_WITNESS = """
import os, socket, sys, threading, time
server = socket.create_server(("127.0.0.1", 0))
print(server.getsockname()[1], flush=True)
seen = []
def feed():
    while True:
        descriptor = os.open(sys.argv[1], os.O_WRONLY)  # blocks until someone opens it to read
        seen.append("pipe")
        os.write(descriptor, b"root:x:0:0:SECRET-FROM-THE-PIPE\\n")
        os.close(descriptor)
        time.sleep(0.1)  # let that reader see the end before the pipe opens again
def listen():
    while True:
        connection, _ = server.accept()
        seen.append("port")
        connection.close()
threading.Thread(target=feed, daemon=True).start()
threading.Thread(target=listen, daemon=True).start()
sys.stdin.read()
print(" ".join(seen), flush=True)
"""


class Outside:
    """What a file may point at: the witness's pipe and port, and /etc/passwd; and a spy on
    Python's own ways of opening files and sockets."""

    def __init__(self, folder: Path) -> None:
        self.pipe = folder / "secret.txt"
        os.mkfifo(self.pipe)
        self.witness = subprocess.Popen(
            [sys.executable, "-c", _WITNESS, str(self.pipe)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.witness.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.witness.stdout.readline())}"

    def seen(self) -> list[str]:
        """What the witness saw: "pipe" if the pipe was opened, "port" per connection."""
        output, _ = self.witness.communicate("", timeout=10)
        return output.split()

    def close(self) -> None:
        if self.witness.poll() is None:
            self.witness.kill()
            self.witness.wait()

    def read(self, path: Path, monkeypatch: pytest.MonkeyPatch) -> WordDocument:
        """read_docx(path) with Python's file and network doors watched: only `path` may open."""
        touched: list[str] = []
        allowed = path.resolve()

        def check(target: object) -> None:
            if isinstance(target, int) or Path(os.fsdecode(target)).resolve() != allowed:  # type: ignore[arg-type]
                touched.append(repr(target))
                raise PermissionError(f"the reader opened {target!r}")

        real_open, real_os_open = builtins.open, os.open

        def spy_open(target: object, *args: object, **kw: object) -> object:
            check(target)
            return real_open(target, *args, **kw)  # type: ignore[call-overload]

        def spy_os_open(target: object, *args: object, **kw: object) -> int:
            check(target)
            return real_os_open(target, *args, **kw)  # type: ignore[arg-type]

        def refuse(*args: object, **kw: object) -> None:
            touched.append(repr(args))
            raise PermissionError(f"the reader went to the network: {args!r}")

        with monkeypatch.context() as spied:
            spied.setattr(builtins, "open", spy_open)
            spied.setattr(io, "open", spy_open)
            spied.setattr(os, "open", spy_os_open)
            spied.setattr(urllib.request, "urlopen", refuse)
            spied.setattr(socket.socket, "connect", refuse)
            spied.setattr(socket, "create_connection", refuse)
            spied.setattr(socket, "getaddrinfo", refuse)
            started = time.perf_counter()
            document = read_docx(path)
            seconds = time.perf_counter() - started
        assert touched == []
        assert seconds < SECONDS
        assert self.seen() == [], "the reader opened a file or an address the document named"
        return document


@pytest.fixture
def outside(tmp_path: Path) -> Iterator[Outside]:
    watched = Outside(tmp_path)
    yield watched
    watched.close()


def _entity_prolog(*systems: str) -> str:
    names = [f"e{i}" for i in range(len(systems))]
    declarations = "".join(
        f'<!ENTITY {n} SYSTEM "{s}">' for n, s in zip(names, systems, strict=True)
    )
    return f"<!DOCTYPE w:document [{declarations}]>", "".join(f"&{n};" for n in names)


def _with_entities(path: Path, *systems: str) -> Path:
    prolog, references = _entity_prolog(*systems)
    extra = f"<w:p><w:r><w:t>Before {references} after</w:t></w:r></w:p>"
    return write_docx(path, document=document_xml("A headline", prolog=prolog, extra=extra))


def _assert_plain(document: WordDocument, body: str) -> None:
    text = document.text.body.text + document.text.headline
    assert document.text.headline == "A headline"
    assert document.text.body.text == body
    assert "root:" not in text and "SECRET" not in text
    assert document.pictures == ()


def test_external_entities_are_left_out_unread(
    tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> None:
    systems = (
        f"file://{outside.pipe}",
        "file:///etc/passwd",
        str(outside.pipe),
        f"{outside.url}/x",
    )
    document = outside.read(_with_entities(tmp_path / "entities.docx", *systems), monkeypatch)
    _assert_plain(document, "Before  after")
    assert document.warnings == ("4 external XML reference(s) were left out, not fetched.",)


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE w:document [<!ENTITY % remote SYSTEM "{url}/evil.dtd"> %remote;]>',
        '<!DOCTYPE w:document [<!ENTITY % local SYSTEM "file://{pipe}"> %local;]>',
        '<!DOCTYPE w:document SYSTEM "{url}/document.dtd">',
        '<!DOCTYPE w:document PUBLIC "-//Evil//EN" "file://{pipe}">',
    ],
    ids=["remote parameter entity", "local parameter entity", "remote DTD", "local DTD"],
)
def test_external_dtds_and_parameter_entities_are_not_loaded(
    prolog: str, tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> None:
    prolog = prolog.format(url=outside.url, pipe=outside.pipe)
    document = document_xml("A headline", "The body.", prolog=prolog)
    path = write_docx(tmp_path / "dtd.docx", document=document)
    _assert_plain(outside.read(path, monkeypatch), "The body.")


def test_linked_pictures_are_not_fetched(
    tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = drawing("link", "rId1") + drawing("link", "rId2") + drawing("embed", "rId3")
    rels = document_rels(
        ("rId1", "image", f"file://{outside.pipe}", True),
        ("rId2", "image", "file:///etc/passwd", True),
        ("rId3", "image", f"{outside.url}/a.png", True),
    )
    document = document_xml("A headline", "The body.", extra=pictures)
    path = write_docx(tmp_path / "linked.docx", document=document, parts=rels)
    document_read = outside.read(path, monkeypatch)
    _assert_plain(document_read, "The body.")
    assert document_read.warnings == (
        "3 linked picture(s) point outside the file and were not fetched.",
    )


def test_targets_that_climb_out_of_the_file_resolve_to_nothing(
    tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = drawing("embed", "rId1") + drawing("embed", "rId2") + drawing("embed", "rId3")
    rels = document_rels(
        ("rId1", "image", "../../../../../../../../etc/passwd", False),
        ("rId2", "image", "../../../../../../../.." + str(outside.pipe), False),
        ("rId3", "image", str(outside.pipe), False),  # absolute: a part name inside the file
        STYLES_REL[:2] + ("../../../../../../etc/passwd", False),
    )
    document = document_xml("A headline", "The body.", extra=pictures)
    path = write_docx(tmp_path / "climbing.docx", document=document, parts=rels)
    document_read = outside.read(path, monkeypatch)
    _assert_plain(document_read, "The body.")
    assert document_read.warnings == ("3 picture(s) were missing from the file.",)


def test_templates_subdocuments_and_chunks_outside_are_ignored(
    tmp_path: Path, outside: Outside, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = (
        f'<?xml version="1.0"?><w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:attachedTemplate r:id="rId1"/></w:settings>'
    ).encode()
    parts = {
        "word/settings.xml": settings,
        "word/_rels/settings.xml.rels": relationships(
            ("rId1", "attachedTemplate", f"file://{outside.pipe}", True)
        ),
        **document_rels(
            ("rId5", "settings", "settings.xml", False),
            ("rId6", "subDocument", f"{outside.url}/chapter.docx", True),
            ("rId7", "aFChunk", "../../../../../../../../etc/passwd", False),
            ("rId8", "aFChunk", f"file://{outside.pipe}", True),
        ),
    }
    extra = '<w:p><w:subDoc r:id="rId6"/></w:p><w:altChunk r:id="rId7"/><w:altChunk r:id="rId8"/>'
    document = document_xml("A headline", "The body.", extra=extra)
    path = write_docx(tmp_path / "template.docx", document=document, parts=parts)
    document_read = outside.read(path, monkeypatch)
    _assert_plain(document_read, "The body.")


# Through the services: a refused file stores nothing.


def _counts(uow: UnitOfWork) -> tuple[int, int]:
    with uow.reading():
        stories = uow.stories.count(StoryFilter())
    with uow.store.session(write=False) as session:
        pictures = session.scalar(select(func.count()).select_from(PictureRow))
    return stories, pictures or 0


def test_a_batch_keeps_the_good_files_and_stores_nothing_of_the_hostile(
    staffed: UnitOfWork, tmp_path: Path
) -> None:
    picture = drawing("embed", "rId1")
    image = {"word/media/image1.png": PNG}
    good = write_docx(
        tmp_path / "good.docx",
        document=document_xml("Harbour reopens", "Ships came back on Monday.", extra=picture),
        parts={**image, **document_rels(("rId1", "image", "media/image1.png", False))},
    )
    # A picture that would be stored, in a file whose styles part is an attack.
    hostile = write_docx(
        tmp_path / "hostile.docx",
        document=document_xml("A headline", "The body.", extra=picture),
        parts={
            **image,
            "word/styles.xml": LAUGHING_STYLES,
            **document_rels(("rId1", "image", "media/image1.png", False), STYLES_REL),
        },
    )
    bomb = _gigabyte_of_zeros(tmp_path)
    other = write_docx(tmp_path / "other.docx", "Second story", "Its body.")
    before = _counts(staffed)
    files = [good, hostile, bomb, tmp_path / "missing.docx", other]
    outcomes = list(import_files(staffed, "ana", files, read=read_docx))
    assert [o.imported for o in outcomes] == [True, False, False, False, True]
    assert [o.file for o in outcomes] == files
    assert "entities" in (outcomes[1].error or "")
    assert "zip bomb" in (outcomes[2].error or "")
    assert outcomes[3].error == "There is no such file."
    assert [o.headline for o in outcomes if o.imported] == ["Harbour reopens", "Second story"]
    assert _counts(staffed) == (before[0] + 2, before[1] + 1)
