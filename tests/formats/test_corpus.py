"""The whole corpus of real Word files (../shared/corpus) through read_docx, against the
outcome recorded for each file in corpus_outcomes.tsv.

A file is either imported, with the facts recorded below, or refused with its one-line
reason. The column others_open says whether python-docx, mammoth or pandoc opened the file
(measured once, when the record was made, and kept when it is rewritten; a new corpus file
needs it filled in by hand); Desk must open every file one of them opens.

After a deliberate change to the reader, rewrite the record and review its diff:

    DESK_UPDATE_CORPUS=1 pytest tests/formats/test_corpus.py
"""

from __future__ import annotations

import csv
import os
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

from desk.domain.body import Footnote, count_words
from desk.formats.docx_reader import read_docx
from desk.formats.word import Unreadable

RECORD = Path(__file__).with_name("corpus_outcomes.tsv")
IMPORTED = "imported"
# What is recorded of a file Desk imports: what a regression would change.
FACTS = ("words", "blocks", "notes", "pictures", "comments", "headline", "byline", "dateline")
COLUMNS = ("path", "outcome", "others_open", *FACTS)
MIN_IMPORTED = 355


@dataclass(frozen=True)
class Outcome:
    """What became of one file: imported (with its facts) or refused (with the reason), or
    an error other than a refusal, which must never happen."""

    outcome: str
    facts: dict[str, str]
    error: str | None = None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_outcome(path: Path) -> Outcome:
    try:
        document = read_docx(path)
    except Unreadable as refusal:
        return Outcome(str(refusal), {})
    except Exception:
        return Outcome("error", {}, traceback.format_exc())
    text = document.text
    words = " ".join((text.headline, text.byline, text.standfirst, text.dateline, text.body.text))
    blocks = text.body.blocks
    facts = {
        "words": count_words(words),
        "blocks": len(blocks),
        "notes": sum(isinstance(block, Footnote) for block in blocks),
        "pictures": len(document.pictures),
        "comments": len(document.comments),
        "headline": _one_line(text.headline),
        "byline": _one_line(text.byline),
        "dateline": _one_line(text.dateline),
    }
    return Outcome(IMPORTED, {name: str(value) for name, value in facts.items()})


def manifest_paths(corpus: Path) -> list[str]:
    with (corpus / "MANIFEST.tsv").open(newline="", encoding="utf-8") as manifest:
        return [row["local_path"] for row in csv.DictReader(manifest, delimiter="\t")]


def load_record() -> dict[str, dict[str, str]]:
    with RECORD.open(newline="", encoding="utf-8") as record:
        rows = csv.DictReader(record, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["path"]: row for row in rows}


def write_record(outcomes: dict[str, Outcome], others_open: dict[str, str]) -> None:
    with RECORD.open("w", newline="", encoding="utf-8") as record:
        writer = csv.writer(
            record, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n"
        )
        writer.writerow(COLUMNS)
        for path, outcome in outcomes.items():
            facts = [outcome.facts.get(name, "") for name in FACTS]
            writer.writerow([path, outcome.outcome, others_open.get(path, "?"), *facts])


def as_row(path: str, outcome: Outcome, others_open: str) -> dict[str, str]:
    facts = {name: outcome.facts.get(name, "") for name in FACTS}
    return {"path": path, "outcome": outcome.outcome, "others_open": others_open, **facts}


@pytest.fixture(scope="module")
def outcomes(corpus: Path) -> dict[str, Outcome]:
    """Every file of the corpus read once, in the manifest's order."""
    return {path: read_outcome(corpus / path) for path in manifest_paths(corpus)}


@pytest.fixture(scope="module")
def record(outcomes: dict[str, Outcome]) -> dict[str, dict[str, str]]:
    if os.environ.get("DESK_UPDATE_CORPUS") == "1":
        previous = load_record() if RECORD.exists() else {}
        write_record(outcomes, {path: row["others_open"] for path, row in previous.items()})
    if not RECORD.exists():
        pytest.fail(f"{RECORD.name} is missing; create it with DESK_UPDATE_CORPUS=1")
    return load_record()


def test_no_file_fails_with_anything_but_a_refusal(outcomes: dict[str, Outcome]) -> None:
    errors = {path: o.error for path, o in outcomes.items() if o.error is not None}
    assert not errors, "\n".join(f"{path}\n{error}" for path, error in errors.items())


def test_every_refusal_is_one_sentence_on_one_line(outcomes: dict[str, Outcome]) -> None:
    reasons = {o.outcome for o in outcomes.values() if o.outcome not in (IMPORTED, "error")}
    assert reasons, "the corpus holds damaged and protected files; none was refused"
    for reason in reasons:
        assert "\n" not in reason and reason.endswith("."), reason
        assert reason[0].isupper() and "Traceback" not in reason, reason


def test_most_of_the_corpus_imports(outcomes: dict[str, Outcome]) -> None:
    imported = sum(o.outcome == IMPORTED for o in outcomes.values())
    assert imported >= MIN_IMPORTED, f"only {imported} of {len(outcomes)} files imported"


def test_the_record_covers_the_corpus(
    outcomes: dict[str, Outcome], record: dict[str, dict[str, str]]
) -> None:
    assert sorted(record) == sorted(outcomes)
    assert {row["others_open"] for row in record.values()} <= {"yes", "no"}


def test_desk_opens_every_file_another_reader_opens(
    outcomes: dict[str, Outcome], record: dict[str, dict[str, str]]
) -> None:
    opened_by_others = [path for path, row in record.items() if row["others_open"] == "yes"]
    assert len(opened_by_others) >= MIN_IMPORTED
    refused = {path: outcomes[path].outcome for path in opened_by_others}
    refused = {path: outcome for path, outcome in refused.items() if outcome != IMPORTED}
    assert not refused, refused


def test_every_file_has_its_recorded_outcome_and_facts(
    outcomes: dict[str, Outcome], record: dict[str, dict[str, str]]
) -> None:
    differ = []
    for path, outcome in outcomes.items():
        wanted = record.get(path)
        if wanted is None:
            differ.append(f"{path}: not in {RECORD.name}")
            continue
        got = as_row(path, outcome, wanted["others_open"])
        changes = [f"{k} {wanted[k]!r} -> {got[k]!r}" for k in COLUMNS if wanted[k] != got[k]]
        if changes:
            differ.append(f"{path}: " + "; ".join(changes))
    hint = f"\n(if the change is meant, rewrite {RECORD.name} with DESK_UPDATE_CORPUS=1)"
    assert not differ, "\n".join(differ[:30]) + hint
