"""What a careless or hostile person may type or feed the command line: clear refusals or safe
handling, never a traceback, nothing stored by a refusal, nothing written outside the folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import Desk, desk, local_desk  # noqa: F401 - the fixtures


def _count(desk: Desk) -> int:  # noqa: F811
    return len(desk.ok("list", "--limit", "10000"))


def test_hidden_controls_nul_bytes_and_direction_overrides_are_taken_out(
    desk: Desk,  # noqa: F811
    tmp_path: Path,
) -> None:
    body = tmp_path / "body.txt"
    # NUL, a bell, a right-to-left override that would show "txt.exe" as "exe.txt", and a
    # zero-width joiner inside a Serbian word, which is a real letter-joining character.
    body.write_bytes("Plata\x00 je\x07 isplaćena \u202eexe.txt\u202c danas.\n".encode())
    story = desk.ok(
        "new", "--headline", "Plata \u202eisplaćena", "--body-file", str(body), who="ana"
    )  # fmt: skip
    assert story["headline"] == "Plata isplaćena"
    assert story["body_text"] == "Plata je isplaćena exe.txt danas."


@pytest.mark.parametrize(
    ("option", "length", "field"),
    [("--headline", 10_000, "headline"), ("--byline", 5_000, "byline")],
)
def test_a_field_far_too_long_is_refused_and_nothing_is_stored(
    local_desk: Desk,  # noqa: F811
    option: str,
    length: int,
    field: str,
) -> None:
    before = _count(local_desk)
    args = ["new", "--headline", "Talks"] if option != "--headline" else ["new"]
    reason = local_desk.refused(*args, option, "x" * length, who="ana")
    assert f"The {field} is too long" in reason
    assert _count(local_desk) == before


def test_a_slug_far_too_long_is_cut_to_a_usable_name(local_desk: Desk) -> None:  # noqa: F811
    story = local_desk.ok("new", "--headline", "Talks", "--slug", "word-" * 100, who="ana")
    assert len(story["slug"]) <= 60 and story["slug"].startswith("word-word")


def test_a_body_file_that_is_not_text_or_far_too_big_is_refused(
    local_desk: Desk,  # noqa: F811
    tmp_path: Path,
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    assert "is not UTF-8 text" in local_desk.refused(
        "new", "--headline", "Talks", "--body-file", str(binary), who="ana"
    )
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(21 * 1024 * 1024)  # sparse: 21 MB of NULs without writing them
    assert "larger than 20 MB" in local_desk.refused(
        "new", "--headline", "Talks", "--body-file", str(huge), who="ana"
    )
    assert _count(local_desk) == 0


def test_a_note_far_too_long_is_refused(local_desk: Desk) -> None:  # noqa: F811
    story = local_desk.ok("new", "--headline", "Talks", who="ana")
    reason = local_desk.refused("comment", str(story["id"]), "word " * 10_000, who="ana")
    assert "The note is too long" in reason
    assert local_desk.ok("comments", str(story["id"])) == []


QUERIES = [
    '"unbalanced',
    "NEAR(a b",
    "a AND OR NOT",
    "*",
    "-",
    "col:value",
    "^start",
    "'; DROP TABLE",
    "ʻ",
]


def test_search_syntax_from_a_person_never_errors(desk: Desk) -> None:  # noqa: F811
    desk.ok("new", "--headline", "Grain talks resume in Moscow", who="ana")
    for query in QUERIES:
        command = [sys.executable, "-m", "desk", "--db", desk.db, "--json", "search", "--", query]
        done = subprocess.run(command, capture_output=True, text=True, env=desk.env, timeout=60)
        assert done.returncode == 0, (query, done.stderr)
        assert isinstance(json.loads(done.stdout), list)


def test_a_slug_that_looks_like_a_path_never_leaves_the_export_folder(
    local_desk: Desk,  # noqa: F811
    tmp_path: Path,
) -> None:
    story = local_desk.ok("new", "--headline", "Talks", "--slug", "../../etc/passwd", who="ana")
    assert "/" not in story["slug"] and ".." not in story["slug"]
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt in ("txt", "html", "docx"):
        (written,) = local_desk.ok("export", str(story["id"]), "--format", fmt, "-o", str(folder))
        assert Path(written).resolve().parent == folder.resolve()
    assert sorted(p.name for p in folder.iterdir()) == [
        "etc-passwd.docx",
        "etc-passwd.html",
        "etc-passwd.txt",
    ]
