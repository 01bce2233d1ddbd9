"""The core's figures: saving, the command line's start-up, and Word in and out.

- save a revision of a 2,000-word story    vs  a raw SQLite insert of the same bytes
- `desk --version`                         vs  `python -c pass`
- `desk list` on a small newsroom          vs  `python -c "import sqlalchemy.orm"`
- export a 5,000-word story to .docx       vs  pandoc from Markdown to .docx
- batch .docx import, per file, over the corpus  vs  python-docx open + paragraphs; pandoc -t html

Processes are timed whole, Desk's and the anchor's runs taking turns so that a busy moment on
the machine falls on both.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import newsroom_text
from suite import Figure, Settings, median_ms, ratio_goal, taking_turns

from desk.domain.body import Body
from desk.domain.story import StoryText

PYTHON = sys.executable
CORPUS = Path(
    os.environ.get("DESK_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)


def story_body(words: int, seed: int) -> Body:
    """Copy as the benchmark newsroom has it (made-up Serbian Latin, Zipf-distributed words)."""
    rng = random.Random(seed)
    vocabulary = newsroom_text.vocabularies()["sr-Latn"]
    return Body.from_data(
        newsroom_text.body(rng, vocabulary, newsroom_text.topic(rng, vocabulary), words)
    )


def save_figure(folder: Path, runs: int) -> Figure:
    from desk.services import newsroom
    from desk.services.stories import Changes, create_story, edit_story
    from desk.storage.store import open_store
    from desk.storage.uow import UnitOfWork

    uow = UnitOfWork(open_store(f"sqlite:///{folder / 'save.sqlite'}"))
    newsroom.start_newsroom(uow, "chief")
    first = story_body(2000, 0)
    story = create_story(uow, "chief", StoryText("Budžet", byline="Piše: Ana Ilić", body=first))
    # Every save sends a different text, as typing does (an unchanged text is not saved).
    bodies = iter([story_body(2000, seed) for seed in range(1, runs * 2 + 12)])
    for _ in range(10):  # warm the statement caches, as an open window has
        edit_story(uow, "chief", story.id, Changes(body=next(bodies)))
    payload = json.dumps(first.to_data(), ensure_ascii=False).encode()
    raw = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")  # as Desk's own connections
    raw.execute("CREATE TABLE revisions (id INTEGER PRIMARY KEY, body BLOB)")

    def insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO revisions (body) VALUES (?)", (payload,))
        raw.execute("COMMIT")

    desk_times, raw_times = [], []
    for _ in range(runs * 2):  # taking turns
        desk_times.append(
            median_ms(lambda: edit_story(uow, "chief", story.id, Changes(body=next(bodies))), 1)
        )
        raw_times.append(median_ms(insert, 1))
    raw.close()
    uow.store.close()
    desk, anchor = statistics.median(desk_times), statistics.median(raw_times)
    return Figure(
        "save a revision of a 2,000-word story",
        desk,
        "ms",
        "<= 3x",
        ratio_goal(desk, anchor, 3),
        "raw SQLite insert of the same bytes",
        anchor,
        {"body_bytes": len(payload), "saves": len(desk_times)},
    )


def processes_ms(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, float]:
    """Median wall time of each command as a whole process, the commands taking turns."""
    times, _said = taking_turns({name: (c, env) for name, c in commands.items()}, runs)
    return {name: statistics.median(values) for name, values in times.items()}


def startup_figures(folder: Path, runs: int) -> list[Figure]:
    env = {**os.environ, "DESK_DATABASE_URL": f"sqlite:///{folder / 'sample.sqlite'}"}
    desk = [PYTHON, "-m", "desk"]
    subprocess.run([*desk, "init", "--demo"], check=True, capture_output=True, env=env)
    found = processes_ms(
        {
            "version": [*desk, "--version"],
            "pass": [PYTHON, "-c", "pass"],
            "list": [*desk, "list"],
            "orm": [PYTHON, "-c", "import sqlalchemy.orm"],
        },
        runs * 2,
        env,
    )
    return [
        Figure(
            "desk --version",
            found["version"],
            "ms",
            "within 100 ms of the anchor",
            found["version"] - found["pass"] <= 100,
            "python -c pass",
            found["pass"],
        ),
        Figure(
            "desk list on the sample newsroom",
            found["list"],
            "ms",
            "<= 1.5x",
            ratio_goal(found["list"], found["orm"], 1.5),
            'python -c "import sqlalchemy.orm"',
            found["orm"],
        ),
    ]


def export_figure(folder: Path, runs: int) -> Figure:
    sys.path.insert(0, str(Path(__file__).parent))
    import word_export

    from desk.formats.docx_writer import render_docx
    from desk.formats.text import render_text
    from desk.formats.word import WordProperties

    pandoc = shutil.which("pandoc")
    text = word_export.story()
    properties = WordProperties(title=text.headline, author="Ana Ilić")
    render_docx(text, properties)  # the house template is read once a process
    md = folder / "story.md"
    md.write_text(render_text(text), encoding="utf-8")
    out = folder / "story.docx"
    command = [pandoc or "pandoc", "-f", "markdown", "-t", "docx", "-o", str(out), str(md)]
    desk_times, pandoc_times = [], []
    for _ in range(runs):
        desk_times.append(median_ms(lambda: render_docx(text, properties), 1))
        if pandoc:
            pandoc_times.append(median_ms(lambda: subprocess.run(command, check=True), 1))
    desk = statistics.median(desk_times)
    anchor = statistics.median(pandoc_times) if pandoc_times else None
    return Figure(
        "export a 5,000-word story to .docx",
        desk,
        "ms",
        "<= 0.5x",
        None if anchor is None else ratio_goal(desk, anchor, 0.5),
        "pandoc -f markdown -t docx" + ("" if pandoc else " (pandoc is not installed)"),
        anchor,
    )


def import_figures(settings: Settings) -> list[Figure]:
    """Every corpus file read by Desk, python-docx and pandoc in turn (the smoke run: ten)."""
    import word_import

    if not (CORPUS / "MANIFEST.tsv").is_file():
        return []
    with (CORPUS / "MANIFEST.tsv").open(newline="", encoding="utf-8") as manifest:
        paths = [r["local_path"] for r in csv.DictReader(manifest, delimiter="\t")]
    if settings.smoke:
        paths = paths[:10]
    names = ["desk", "python-docx"] + (["pandoc"] if shutil.which("pandoc") else [])
    runs = {"desk": 3, "python-docx": 3, "pandoc": 1}
    rows = word_import.read_corpus(CORPUS, names, runs, paths)
    figures = []
    against_docx = word_import.paired_ratio(rows, "desk", "python-docx")
    if against_docx:
        figures.append(
            Figure(
                "batch .docx import, per file",
                against_docx["desk_median_ms"],
                "ms",
                "<= 1.5x",
                against_docx["ratio"] <= 1.5,
                "python-docx open + all paragraphs",
                against_docx["python-docx_median_ms"],
                {"files": against_docx["files"], "corpus_files": len(paths)},
            )
        )
    against_pandoc = word_import.paired_ratio(rows, "desk", "pandoc") if "pandoc" in names else None
    if against_pandoc:
        figures.append(
            Figure(
                "batch .docx import, per file, against pandoc",
                against_pandoc["desk_median_ms"],
                "ms",
                ">= 3x faster",
                against_pandoc["ratio"] <= 1 / 3,
                "pandoc -f docx -t html, a process a file",
                against_pandoc["pandoc_median_ms"],
                {"files": against_pandoc["files"]},
            )
        )
    return figures


def run(settings: Settings) -> list[Figure]:
    runs = 3 if settings.smoke else settings.runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = [save_figure(folder, runs * 5)]
        figures += startup_figures(folder, runs)
        figures.append(export_figure(folder, runs))
    figures += import_figures(settings)
    return figures
