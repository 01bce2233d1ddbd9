"""The real worker process: a reader that hangs, eats memory, exits or crashes costs one file a
reason, and the next file in the same WordReader still reads."""

from __future__ import annotations

import multiprocessing
import random
import time
from pathlib import Path

import pytest

from desk.formats.docx_worker import WordReader
from desk.formats.word import Unreadable
from tests.formats.hostile_readers import document_xml, write_docx

pytestmark = pytest.mark.slow

READERS = "tests.formats.hostile_readers."


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_docx(
        tmp_path / "good.docx", "Harbour reopens", "Ships came back on Monday.", "Fish too."
    )


def test_a_good_file_reads_through_the_worker(good: Path, tmp_path: Path) -> None:
    with WordReader() as reader:
        document = reader.read(good)
        again = reader.read(write_docx(tmp_path / "second.docx", "Second", "Its body."))
        with pytest.raises(Unreadable, match="no such file"):
            reader.read(tmp_path / "missing.docx")
        assert reader.read(good) == document
    assert document.text.headline == "Harbour reopens"
    assert document.text.body.text == "Ships came back on Monday.\n\nFish too."
    assert again.text.headline == "Second"


def _refused(reader: WordReader, path: Path) -> tuple[str, float]:
    started = time.perf_counter()
    with pytest.raises(Unreadable) as refused:
        reader.read(path)
    reason = str(refused.value)
    assert "\n" not in reason
    return reason, time.perf_counter() - started


def test_a_reader_that_hangs_is_stopped_at_the_time_limit(good: Path) -> None:
    with WordReader(time_limit=1.0, reader=READERS + "hang") as reader:
        reason, seconds = _refused(reader, good)
        assert reason == "Reading it took longer than 1 seconds; Desk stopped."
        assert 1.0 <= seconds < 3.0
        assert multiprocessing.active_children() == []  # the hung worker is gone
        reader.reader = "desk.formats.docx_reader.read_docx"  # what the next worker runs
        assert reader.read(good).text.headline == "Harbour reopens"
        assert len(multiprocessing.active_children()) == 1


def test_a_reader_that_eats_memory_dies_alone(good: Path) -> None:
    with WordReader(reader=READERS + "eat_memory") as reader:
        reason, seconds = _refused(reader, good)
        assert (
            reason == "Reading it needs more memory than a Word document ever should; Desk stopped."
        )
        assert seconds < 10
        assert multiprocessing.active_children() == []  # a worker at its limit is not reused
        reader.reader = "desk.formats.docx_reader.read_docx"
        assert reader.read(good).text.headline == "Harbour reopens"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("exit_abruptly", "stopped on it (exit code 3)"),
        ("crash", "crashed on it (SIGSEGV)"),
        (
            "go_wrong",
            "Desk could not read it (LookupError: the style table went round in a circle)",
        ),
    ],
)
def test_a_reader_that_dies_or_raises_gives_a_reason(name: str, words: str, good: Path) -> None:
    with WordReader(reader=READERS + name) as reader:
        reason, _seconds = _refused(reader, good)
        assert words in reason
        reader.reader = "desk.formats.docx_reader.read_docx"
        if name == "go_wrong":  # the worker lived: the same one reads on, with the old reader
            with pytest.raises(Unreadable, match="LookupError"):
                reader.read(good)
            reader.close()
        assert reader.read(good).text.headline == "Harbour reopens"


def test_a_reader_that_cannot_be_imported_says_so(good: Path) -> None:
    with WordReader(reader=READERS + "no_such_reader") as reader:
        reason, _seconds = _refused(reader, good)
        assert reason == (
            "Desk's Word reader could not start (AttributeError: module "
            "'tests.formats.hostile_readers' has no attribute 'no_such_reader')."
        )


def test_a_part_that_parses_into_a_huge_tree_is_refused_at_the_memory_limit(
    good: Path, tmp_path: Path
) -> None:
    """Honest headers, a modest ratio, 20 MB of XML: past the container checks, and a tree of
    three million elements, far more than the limit (lowered here to 100 MB) allows."""
    words = random.Random(1).choices(["harbour", "ships", "came", "back", "fish"], k=600_000)
    paragraphs = "".join(f"<w:p><w:r><w:t>{word}</w:t></w:r></w:p>" for word in words)
    huge = write_docx(tmp_path / "huge.docx", document=document_xml(extra=paragraphs))
    with WordReader(memory_limit=100 * 1024 * 1024) as reader:
        reason, seconds = _refused(reader, huge)
        assert "word/document.xml needs more memory to read than a Word document ever" in reason
        assert seconds < 5
        assert reader.read(good).text.headline == "Harbour reopens"
