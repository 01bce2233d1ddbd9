"""Word export: a 5,000-word story into the house template, beside pandoc doing the same job.

Run: python bench/word_export.py [--runs N]    (results also go to bench/results/word_export.json)

- Desk: render_docx of a story of 5,000 words (subheads, a list, a quote, marks, links) in
  this process, and the same through `desk export --format docx` as a whole command
- anchor: `pandoc -f markdown -t docx` of the same story written as Markdown, per run a process
  (the issue's goal: Desk <= 0.5x pandoc)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from suite import median_ms  # bench/ is on the path when a bench script runs

from desk.domain.body import Body, ListItem, Mark, Paragraph, Quote, Run, Subhead
from desk.domain.story import StoryText
from desk.formats.docx_writer import render_docx
from desk.formats.text import render_text
from desk.formats.word import WordProperties

HERE = Path(__file__).resolve().parent
WORDS = "Pregovori o budžetu nastavljeni su u Beogradu dok ministri traže kompromis".split()


def story(words: int = 5000) -> StoryText:
    """Paragraphs of 100 words with a bold phrase and a link, a subhead every 1,000 words, one
    list and one quote: what a long feature carries."""
    blocks: list[object] = []
    for start in range(0, words, 100):
        text = " ".join(WORDS[(start + i) % len(WORDS)] for i in range(100))
        head, tail = text.split(" ", 5)[:5], text.split(" ", 5)[5]
        blocks.append(
            Paragraph(
                (
                    Run(" ".join(head) + " ", frozenset({Mark.BOLD})),
                    Run(tail[:40], link="https://example.org/budzet"),
                    Run(tail[40:]),
                )
            )
        )
        if start % 1000 == 900:
            blocks.append(Subhead((Run(f"Part {start // 1000 + 1}"),)))
    blocks[3:3] = [ListItem((Run("first point"),)), ListItem((Run("second point"),), level=1)]
    blocks[8:8] = [Quote((Run("Nismo odustali od razgovora."),))]
    return StoryText(
        headline="Pregovori o budžetu nastavljeni",
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 27. novembra —",
        body=Body(tuple(blocks)),  # type: ignore[arg-type]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    text = story()
    properties = WordProperties(title=text.headline, author="Ana Ilić", subject="budzet")
    render_docx(text, properties)  # the template is read once per process: not what we time
    results: dict[str, float | None] = {
        "desk_render_ms": median_ms(lambda: render_docx(text, properties), args.runs)
    }
    with tempfile.TemporaryDirectory() as folder:
        md = Path(folder) / "story.md"
        md.write_text(render_text(text), encoding="utf-8")  # Desk's text form reads as Markdown
        out = Path(folder) / "story.docx"
        pandoc = shutil.which("pandoc")
        results["pandoc_ms"] = (
            median_ms(
                lambda: subprocess.run(
                    [pandoc, "-f", "markdown", "-t", "docx", "-o", str(out), str(md)], check=True
                ),
                args.runs,
            )
            if pandoc
            else None
        )
        env = dict(os.environ, DESK_DATA_DIR=folder, DESK_USER="bench")
        desk = [sys.executable, "-m", "desk"]
        subprocess.run([*desk, "init"], env=env, check=True, capture_output=True)
        subprocess.run(
            [*desk, "new", "--headline", text.headline, "--body-file", str(md)],
            env=env,
            check=True,
            capture_output=True,
        )
        results["desk_command_ms"] = median_ms(
            lambda: subprocess.run(
                [*desk, "export", "1", "--format", "docx", "-o", str(out)], env=env, check=True
            ),
            args.runs,
        )
    rows = [
        ("render_docx, 5,000 words", results["desk_render_ms"]),
        ("desk export --format docx (whole command)", results["desk_command_ms"]),
        ("pandoc -f markdown -t docx (anchor)", results["pandoc_ms"]),
    ]
    print(f"{'figure':<44}{'median ms':>12}{'x pandoc':>10}")
    for label, value in rows:
        ratio = f"{value / results['pandoc_ms']:.2f}" if value and results["pandoc_ms"] else "-"
        shown = "not run" if value is None else f"{value:.1f}"
        print(f"{label:<44}{shown:>12}{ratio:>10}")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "word_export.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
