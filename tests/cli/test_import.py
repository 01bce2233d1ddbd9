"""`desk import` in real subprocesses: each file's fate in order, the good ones kept, the hostile
ones refused with a line each and nothing stored, exit 1 when any was refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import Desk
from tests.formats.hostile_readers import (
    LAUGH,
    LAUGHS,
    PNG,
    Member,
    deflated_zeros,
    document_xml,
    docx_members,
    drawing,
    relationships,
    write_docx,
    write_ole,
    write_zip,
)

pytestmark = pytest.mark.slow

MB = 1024 * 1024


@pytest.fixture
def desk(tmp_path: Path, shared_url: str) -> Desk:
    runner = Desk(tmp_path, shared_url)
    assert runner.ok("init")["chief"] == "vesna"
    return runner


def _with_picture(path: Path, headline: str, body: str, prolog: str = "") -> Path:
    extra = drawing("embed", "rId1") + (LAUGH if prolog else "")
    return write_docx(
        path,
        document=document_xml(headline, body, prolog=prolog, extra=extra),
        parts={
            "word/media/image1.png": PNG,
            "word/_rels/document.xml.rels": relationships(
                ("rId1", "image", "media/image1.png", False)
            ),
        },
    )


def _bomb(path: Path) -> Path:
    stream, crc = deflated_zeros(1024)
    return write_zip(path, [*docx_members(), Member("word/media/a.png", stream, 1024 * MB, crc)])


def _pictures(desk: Desk) -> int:
    [(count,)] = desk.sql("SELECT count(*) FROM pictures")
    return count


def test_a_batch_reports_each_file_in_order_and_keeps_the_good(desk: Desk, tmp_path: Path) -> None:
    desk.ok("desk", "add", "World")
    files = [
        _with_picture(tmp_path / "harbour.docx", "Harbour reopens", "Ships came back on Monday."),
        _with_picture(tmp_path / "laughs.docx", "A headline", "A body.", prolog=LAUGHS),
        _bomb(tmp_path / "bomb.docx"),
        write_ole(tmp_path / "secret.docx", "EncryptionInfo", "EncryptedPackage"),
        write_docx(tmp_path / "grain.docx", "Grain talks resume", "After a month."),
    ]
    done = desk.run("import", *map(str, files), "--desk", "World", "--json")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert [set(row) for row in report] == [
        {"file", "id"},
        *[{"file", "error"}] * 3,
        {"file", "id"},
    ]
    assert [row["file"] for row in report] == list(map(str, files))
    assert "entities that expand" in report[1]["error"]
    assert "zip bomb" in report[2]["error"]
    assert "password-protected" in report[3]["error"]

    stories = desk.ok("list")
    assert sorted(s["id"] for s in stories) == sorted([report[0]["id"], report[4]["id"]])
    assert {s["desk"] for s in stories} == {"World"}
    shown = desk.ok("show", str(report[0]["id"]))
    assert (shown["headline"], shown["body_text"], shown["state"]) == (
        "Harbour reopens",
        "Ships came back on Monday.",
        "draft",
    )
    assert _pictures(desk) == 1  # the harbour's; the refused file's picture was never stored


def test_plain_output_one_line_a_file_and_the_exit_code(desk: Desk, tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", "Harbour reopens", "Ships came back.")
    renamed = tmp_path / "letter.docx"
    renamed.write_text("Dear editor, here is my story.", encoding="utf-8")
    missing = tmp_path / "missing.docx"

    done = desk.run("import", str(good), str(renamed), str(missing))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    (story_id,) = [s["id"] for s in desk.ok("list")]
    assert done.stdout == f"{story_id}\t{good}: Harbour reopens\n"
    assert done.stderr.splitlines() == [
        f"desk: {renamed}: It is not a Word document (a .docx is a zip file, and this is not one).",
        f"desk: {missing}: There is no such file.",
    ]

    again = desk.run("import", str(good), "--json")
    assert (again.returncode, again.stderr) == (0, "")
    assert json.loads(again.stdout) == [{"file": str(good), "id": story_id + 1}]


def test_a_folder_imports_the_word_files_inside(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_docx(folder / "b-grain.docx", "Grain talks resume", "After a month.")
    write_docx(folder / "a-harbour.DOCX", "Harbour reopens", "Ships came back.")
    (folder / "notes.txt").write_text("not a story", encoding="utf-8")
    done = desk.run("import", str(folder), "--json")
    assert (done.returncode, done.stderr) == (0, "")
    report = json.loads(done.stdout)
    assert [Path(row["file"]).name for row in report] == ["a-harbour.DOCX", "b-grain.docx"]
    shown = [desk.ok("show", str(row["id"]))["headline"] for row in report]
    assert shown == ["Harbour reopens", "Grain talks resume"]

    empty = tmp_path / "empty"
    empty.mkdir()
    assert desk.refused("import", str(empty)) == "There were no Word files to import."
