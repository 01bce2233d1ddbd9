"""Word import over the shared corpus: Desk's reader beside pandoc, mammoth and python-docx.

Run: python bench/word_import.py [--corpus DIR] [--runs N] [--engines desk,pandoc] [--limit K]
(results also go to bench/results/word_import.json)

For every file of the corpus (MANIFEST.tsv, column local_path) and every engine: whether it
opened the file, the wall time (median of --runs per file), and what it kept: bold, italic,
links, list items, tables, notes, images, headings and words. Files are taken one at a time
and every engine reads the file in turn, so a busy spell on a shared machine falls on all of
them alike.

- desk         desk.formats.docx_reader.read_docx, in this process
- desk-worker  the same through desk.formats.docx_worker.WordReader: one worker process for
               the whole batch (its first read includes starting the worker)
- python-docx  the speed anchor: bare Document(path) + the text of every paragraph
- mammoth      mammoth.convert_to_html
- pandoc       `pandoc -s -f docx -t html FILE` as a subprocess (process start included); -s so
               that Title/Author/Abstract paragraphs, which pandoc moves into the metadata, are
               in the output

Only the reading is timed; the counting is done afterwards. Desk counts runs carrying a mark,
the HTML engines count elements, so only orders of magnitude and zeros compare; the fair
figure is the number of files in which an engine found at least one of each thing. Links are
links out of the document (internal #anchors, note references and back-links are not counted).
Words are counted with desk.domain.body.count_words for every engine.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path
from typing import Any

from desk.domain.body import Footnote, Image, ListItem, Mark, Subhead, Table, count_words
from desk.formats.docx_reader import read_docx
from desk.formats.docx_worker import WordReader
from desk.formats.word import WordDocument

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ENGINES = ("desk", "desk-worker", "python-docx", "mammoth", "pandoc")
DEFAULT_RUNS = {"desk": 3, "desk-worker": 3, "python-docx": 3, "mammoth": 1, "pandoc": 1}
KEPT = ("bold", "italic", "links", "lists", "tables", "notes", "images", "headings")
PANDOC_TIMEOUT = 60.0

Counts = dict[str, int | None]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


# --- counting what each engine kept ---------------------------------------------------------


def desk_counts(document: WordDocument) -> Counts:
    """Runs carrying each mark (a link is a run with .link), blocks of each kind, words."""
    text = document.text
    counts: Counts = dict.fromkeys((*KEPT, "underline", "strike"), 0)
    for block in text.body.blocks:
        if isinstance(block, Table):
            runs = [run for row in block.rows for cell in row for run in cell]
        elif isinstance(block, Image):
            runs = list(block.caption)
        else:
            runs = list(block.runs)
        for run in runs:
            counts["bold"] += Mark.BOLD in run.marks
            counts["italic"] += Mark.ITALIC in run.marks
            counts["underline"] += Mark.UNDERLINE in run.marks
            counts["strike"] += Mark.STRIKE in run.marks
            counts["links"] += run.link is not None
        counts["lists"] += isinstance(block, ListItem)
        counts["tables"] += isinstance(block, Table)
        counts["notes"] += isinstance(block, Footnote)
        counts["images"] += isinstance(block, Image)
        counts["headings"] += isinstance(block, Subhead)
    counts["headline"] = int(bool(text.headline.strip()))  # kept apart too, for the JSON
    counts["headings"] += counts["headline"]
    parts = (text.headline, text.standfirst, text.byline, text.dateline, text.body.text)
    counts["words"] = count_words("\n".join(parts))
    return counts


_HTML_MARKS = {
    "strong": "bold",
    "b": "bold",
    "em": "italic",
    "i": "italic",
    "u": "underline",
    "s": "strike",
    "del": "strike",
    "strike": "strike",
    "table": "tables",
    "img": "images",
    **{f"h{n}": "headings" for n in range(1, 7)},
}
# Tags that end a run of text: a word never spans them.
_BREAKS = frozenset(
    "p div br li td th tr h1 h2 h3 h4 h5 h6 blockquote section ol ul table hr img".split()
)
_VOID = frozenset("br hr img col meta link input".split())


class _HtmlCounter(HTMLParser):
    """Counts elements in mammoth's or pandoc's HTML; notes are the items of the notes list
    (mammoth: <li id="footnote-1">, pandoc: the <li>s of <section role="doc-endnotes">)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.counts: Counts = dict.fromkeys((*KEPT, "underline", "strike", "internal_links"), 0)
        self.text: list[str] = []
        self.skip = 0  # inside <head>, <style> or <script>
        self.sections: list[bool] = []  # open <section>s: is it pandoc's notes section?
        self.note_lists = 0  # lists open inside the notes section

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("head", "style", "script"):
            self.skip += 1
        if tag in _BREAKS:
            self.text.append(" ")
        if tag in _HTML_MARKS:
            self.counts[_HTML_MARKS[tag]] += 1
        elif tag == "section":
            classes = (a.get("class") or "").split()
            self.sections.append(a.get("role") == "doc-endnotes" or "footnotes" in classes)
        elif tag in ("ol", "ul") and any(self.sections):
            self.note_lists += 1
        elif tag == "li":
            ident = a.get("id") or ""
            in_notes = any(self.sections) and self.note_lists == 1
            if in_notes or ident.startswith(("footnote-", "endnote-")):
                self.counts["notes"] += 1
            else:
                self.counts["lists"] += 1
        elif tag == "a" and a.get("href"):
            internal = a["href"].startswith("#")
            self.counts["internal_links" if internal else "links"] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "style", "script"):
            self.skip = max(0, self.skip - 1)
        if tag in _BREAKS and tag not in _VOID:
            self.text.append(" ")
        if tag == "section" and self.sections:
            self.sections.pop()
        elif tag in ("ol", "ul") and any(self.sections):
            self.note_lists = max(0, self.note_lists - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.text.append(data)


def html_counts(html: str) -> Counts:
    """What an HTML rendering of a document kept: one count per element, and its words."""
    counter = _HtmlCounter()
    counter.feed(html)
    counter.close()
    counts = counter.counts
    counts["words"] = count_words("".join(counter.text))
    return counts


def python_docx_counts(document: Any, texts: list[str]) -> Counts:
    """Runs with direct bold/italic, hyperlinks out of the document, tables and paragraph
    words (body paragraphs only); python-docx gives no cheap way to the rest: None."""
    counts: Counts = dict.fromkeys(KEPT)
    paragraphs = document.paragraphs
    runs = [run for p in paragraphs for run in p.runs]
    counts["bold"] = sum(1 for run in runs if run.bold)
    counts["italic"] = sum(1 for run in runs if run.italic)
    counts["links"] = sum(1 for p in paragraphs for h in getattr(p, "hyperlinks", ()) if h.address)
    counts["tables"] = len(document.tables)
    counts["words"] = count_words("\n".join(texts))
    return counts


# --- the engines: each returns a function that reads one file and one that counts -----------


def make_engines(names: Iterable[str], reader: WordReader) -> dict[str, Callable]:
    """For each engine, read(path) -> result; count(result) -> Counts. Only read is timed."""
    engines: dict[str, Callable] = {}
    for name in names:
        if name == "desk":
            engines[name] = (read_docx, desk_counts)
        elif name == "desk-worker":
            engines[name] = (reader.read, desk_counts)
        elif name == "python-docx":
            import docx

            def read_python_docx(path: Path) -> tuple[Any, list[str]]:
                document = docx.Document(str(path))
                return document, [p.text for p in document.paragraphs]

            engines[name] = (read_python_docx, lambda result: python_docx_counts(*result))
        elif name == "mammoth":
            import mammoth

            def read_mammoth(path: Path) -> str:
                with path.open("rb") as file:
                    return mammoth.convert_to_html(file).value

            engines[name] = (read_mammoth, html_counts)
        elif name == "pandoc":

            def read_pandoc(path: Path) -> str:
                done = subprocess.run(
                    ["pandoc", "-s", "-f", "docx", "-t", "html", str(path)],
                    capture_output=True,
                    timeout=PANDOC_TIMEOUT,
                )
                if done.returncode:
                    message = done.stderr.decode(errors="replace").strip().splitlines()
                    raise RuntimeError(f"exit {done.returncode}: {message[-1] if message else ''}")
                return done.stdout.decode("utf-8", errors="replace")

            engines[name] = (read_pandoc, html_counts)
    return engines


def measure(read: Callable, count: Callable, path: Path, runs: int) -> dict[str, Any]:
    """One file through one engine: opened or the error, times, and what it kept."""
    times: list[float] = []
    result: Any = None
    error = None
    for _ in range(runs):
        start = time.perf_counter()
        try:
            result = read(path)
        except Exception as caught:  # an engine failing a file is data, not a crash
            error = f"{type(caught).__name__}: {caught}"[:300]
        times.append((time.perf_counter() - start) * 1000)
        if error:
            break  # a refusal is not timed again
    row: dict[str, Any] = {
        "opened": error is None,
        "ms": round(statistics.median(times), 3),
        "times_ms": [round(t, 3) for t in times],
    }
    if error:
        row["error"] = error
        return row
    try:
        row["kept"] = count(result)
    except Exception as caught:
        row["opened"] = False
        row["error"] = f"counting failed: {type(caught).__name__}: {caught}"[:300]
    return row


# --- the summary ------------------------------------------------------------------------------


def summarise(name: str, rows: list[dict[str, Any]], total: int) -> dict[str, Any]:
    mine = [r["engines"][name] for r in rows]
    opened = [m for m in mine if m["opened"]]
    times = [m["ms"] for m in opened]
    summary: dict[str, Any] = {
        "opened": len(opened),
        "files": total,
        "median_ms": round(statistics.median(times), 3) if times else None,
        "p95_ms": round(percentile(times, 0.95), 3) if times else None,
        # One pass over the corpus: the per-file medians added up, failures included.
        "total_s": round(sum(m["ms"] for m in mine) / 1000, 3),
        "errors": dict(Counter(m["error"].split(":")[0] for m in mine if not m["opened"])),
    }
    for key in (*KEPT, "words"):
        values = [m["kept"][key] for m in opened]
        if any(v is None for v in values) or not values:
            summary[f"files_with_{key}"] = None
            summary[f"total_{key}"] = None
        else:
            summary[f"files_with_{key}"] = sum(1 for v in values if v)
            summary[f"total_{key}"] = sum(values)
    if name == "desk-worker" and mine:
        summary["first_read_ms"] = mine[0]["times_ms"][0]  # includes starting the worker
    return summary


def paired_ratio(rows: list[dict[str, Any]], a: str, b: str) -> dict[str, Any] | None:
    """Median time of `a` over median time of `b`, both over the files both opened."""
    both = [r["engines"] for r in rows if r["engines"][a]["opened"] and r["engines"][b]["opened"]]
    if not both:
        return None
    median_a = statistics.median(e[a]["ms"] for e in both)
    median_b = statistics.median(e[b]["ms"] for e in both)
    return {
        "files": len(both),
        f"{a}_median_ms": round(median_a, 3),
        f"{b}_median_ms": round(median_b, 3),
        "ratio": round(median_a / median_b, 3),
    }


def print_table(summaries: dict[str, dict[str, Any]]) -> None:
    def cell(value: Any, width: int, digits: int = 0) -> str:
        if value is None:
            return f"{'-':>{width}}"
        return f"{value:>{width}.{digits}f}" if isinstance(value, float) else f"{value:>{width}}"

    head = f"{'engine':<12} {'opened':>8} {'median':>8} {'p95':>8} {'total':>7}"
    head += "".join(f" {k:>8}" for k in KEPT) + f" {'words':>9}"
    print(head)
    print(f"{'':<12} {'':>8} {'ms':>8} {'ms':>8} {'s':>7}" + f" {'files with at least one':>35}")
    for name, s in summaries.items():
        line = f"{name:<12} {s['opened']:>4}/{s['files']:<3} {cell(s['median_ms'], 8, 2)}"
        line += f" {cell(s['p95_ms'], 8, 2)} {cell(s['total_s'], 7, 1)}"
        line += "".join(f" {cell(s[f'files_with_{k}'], 8)}" for k in KEPT)
        print(line + f" {cell(s['total_words'], 9)}")
    print(
        "(counts compare as 'files with at least one'; Desk counts runs carrying a mark, the\n"
        " HTML engines count elements, so raw totals compare only as orders of magnitude and\n"
        " zeros; '-' = python-docx not asked; headings include Desk's headline)"
    )


def read_corpus(corpus: Path, names: list[str], runs: dict[str, int], paths: list[str]) -> list:
    """Every file through every engine in turn; one row per file."""
    rows: list[dict[str, Any]] = []
    with WordReader() as reader:
        engines = make_engines(names, reader)
        for number, local in enumerate(paths, 1):
            path = corpus / local
            if path.is_file():
                path.read_bytes()  # so that every engine finds it in the page cache
            row = {"path": local, "engines": {}}
            for name, (read, count) in engines.items():
                row["engines"][name] = measure(read, count, path, runs[name])
            rows.append(row)
            print(f"\r{number}/{len(paths)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return rows


def opened_not_by_desk(rows: list[dict[str, Any]], name: str) -> list[str]:
    return [
        r["path"]
        for r in rows
        if r["engines"][name]["opened"] and not r["engines"]["desk"]["opened"]
    ]


def words_lost(rows: list[dict[str, Any]], other: str) -> list[dict[str, Any]]:
    """Files where `other` found more words than Desk, most words first."""
    lost = []
    for r in rows:
        desk, them = r["engines"]["desk"], r["engines"][other]
        if desk["opened"] and them["opened"] and them["kept"]["words"] > desk["kept"]["words"]:
            lost.append(
                {"path": r["path"], "desk": desk["kept"]["words"], other: them["kept"]["words"],
                 "lost": them["kept"]["words"] - desk["kept"]["words"]}
            )  # fmt: skip
    return sorted(lost, key=lambda item: -item["lost"])


def machine(names: list[str]) -> dict[str, Any]:
    pandoc = None
    if "pandoc" in names:  # asked about only when it is one of the engines (it may be absent)
        pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True)
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python-docx": version("python-docx"),
        "mammoth": version("mammoth") if "mammoth" in names else None,
        "pandoc": pandoc.stdout.splitlines()[0] if pandoc else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / ".." / "shared" / "corpus")
    parser.add_argument(
        "--runs", type=int, help="timings per file (default: 3 desk/python-docx, 1 pandoc/mammoth)"
    )
    parser.add_argument("--engines", default=",".join(ENGINES), help=",".join(ENGINES))
    parser.add_argument("--limit", type=int, help="only the first K files of the manifest")
    args = parser.parse_args()
    names = [n.strip() for n in args.engines.split(",") if n.strip()]
    if not names or set(names) - set(ENGINES):
        parser.error(f"--engines takes a comma-separated choice of {','.join(ENGINES)}")
    if "pandoc" in names and not shutil.which("pandoc"):
        parser.error("pandoc is not on PATH; install it or leave it out with --engines")
    if "mammoth" in names and importlib.util.find_spec("mammoth") is None:
        parser.error(
            "mammoth is not installed (pip install mammoth); or leave it out with --engines"
        )
    corpus = args.corpus.resolve()
    with (corpus / "MANIFEST.tsv").open(newline="", encoding="utf-8") as manifest:
        paths = [r["local_path"] for r in csv.DictReader(manifest, delimiter="\t")]
    paths = paths[: args.limit] if args.limit else paths
    runs = {n: args.runs or DEFAULT_RUNS[n] for n in names}

    rows = read_corpus(corpus, names, runs, paths)
    summaries = {n: summarise(n, rows, len(paths)) for n in names}
    print_table(summaries)
    ratios = {}
    for a, b in (("desk", "python-docx"), ("desk", "pandoc"), ("desk-worker", "python-docx")):
        if a in names and b in names and (ratio := paired_ratio(rows, a, b)):
            ratios[f"{a} / {b}"] = ratio
    print()
    for label, r in ratios.items():
        faster = f", {1 / r['ratio']:.1f}x faster" if r["ratio"] < 1 else ""
        print(f"{label:<26} {r['ratio']:>6.3f}x{faster}  (medians over the {r['files']} files both opened)")  # fmt: skip
    for label, limit in {"desk / python-docx": 1.5, "desk / pandoc": 1 / 3}.items():
        if label in ratios:
            verdict = "met" if ratios[label]["ratio"] <= limit else "NOT met"
            print(f"goal {label} <= {limit:.2f}: {verdict}")

    extra = {n: opened_not_by_desk(rows, n) for n in names if "desk" in names and n != "desk"}
    for name, missed in extra.items():
        print(f"\nopened by {name} but not by desk: {len(missed)}", *missed, sep="\n    ")
    lost = {n: words_lost(rows, n) for n in ("pandoc", "mammoth") if {"desk", n} <= set(names)}
    for name, files in lost.items():
        print(f"\nmost words {name} finds and desk does not (top 10): lost, desk, {name}, file")
        for item in files[:10]:
            print(f"{item['lost']:>7} {item['desk']:>7} {item[name]:>7}  {item['path']}")

    results = {
        "corpus": str(corpus),
        "files": len(paths),
        "runs": runs,
        "pandoc_command": "pandoc -s -f docx -t html FILE",
        "machine": machine(names),
        "summary": summaries,
        "ratios": ratios,
        "opened_but_not_by_desk": extra,
        "words_lost": lost,
        "rows": rows,
    }
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "word_import.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
