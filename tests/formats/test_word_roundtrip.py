"""Word out and back in: what Desk exports, Desk reads back as the same story."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.body import (
    Block,
    Body,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Picture,
    Quote,
    Run,
    Runs,
    Subhead,
    Table,
)
from desk.domain.story import StoryText
from desk.formats.docx_reader import read_docx
from desk.formats.docx_writer import render_docx
from desk.formats.word import WordProperties
from tests.formats.docx_builder import PNG

PICTURE = Picture("image1.png", "image/png", PNG)

WORDS = st.sampled_from(
    "talks resumed in Belgrade today Moscow Priština ministar je rekao "
    "преговори су настављени у Београду данас Ilić Đoković".split()
)
MARKS = st.frozensets(
    st.sampled_from([Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE, Mark.STRIKE, Mark.SUBSCRIPT]),
    max_size=2,
)
LINKS = st.one_of(
    st.none(), st.sampled_from(["https://example.org/a", "https://desk.example/b?x=1"])
)


@st.composite
def runs(draw: st.DrawFn, *, min_words: int = 1, links: bool = True, breaks: bool = True) -> Runs:
    """A paragraph's runs: words with marks, links and line breaks, never blank at either end."""
    out: list[Run] = []
    for i in range(draw(st.integers(1, 4))):
        words = draw(st.lists(WORDS, min_size=min_words, max_size=5))
        text = " ".join(words)
        if i and breaks and draw(st.booleans()):
            text = "\n" + text
        link = draw(LINKS) if links else None
        marks = draw(MARKS)
        # A link is drawn underlined, so an underline on a link is its look, not a mark.
        out.append(Run(text + " ", marks - {Mark.UNDERLINE} if link else marks, link))
    last = out[-1]
    out[-1] = Run(last.text.rstrip(), last.marks, last.link)
    return _merged(out)


def _merged(pieces: list[Run] | Runs) -> Runs:
    merged: list[Run] = []
    for run in pieces:
        if merged and (merged[-1].marks, merged[-1].link) == (run.marks, run.link):
            merged[-1] = Run(merged[-1].text + run.text, run.marks, run.link)
        else:
            merged.append(run)
    return tuple(merged)


def _sentence(draw: st.DrawFn) -> Runs:
    """Body text that ends as a sentence (a short all-bold line would read as a subhead)."""
    body = draw(runs())
    last = body[-1]
    return (*body[:-1], Run(last.text + ".", last.marks, last.link))


@st.composite
def blocks(draw: st.DrawFn) -> list[Block]:
    kind = draw(st.sampled_from(["p", "sub", "quote", "list", "table", "image"]))
    if kind == "p":
        return [Paragraph(_sentence(draw))]
    if kind == "sub":
        return [Subhead(draw(runs(links=False, breaks=False)), draw(st.integers(2, 4)))]
    if kind == "quote":
        return [Quote(_sentence(draw))]
    if kind == "list":
        levels = draw(st.lists(st.integers(0, 2), min_size=1, max_size=4))
        ordered = draw(st.booleans())
        fixed = [0]
        for level in levels[1:]:
            fixed.append(min(level, fixed[-1] + 1))  # a list goes one level deeper at a time
        return [ListItem(draw(runs(breaks=False)), ordered, level) for level in fixed]
    if kind == "table":
        width = draw(st.integers(1, 3))
        rows = draw(
            st.lists(st.tuples(*[runs(links=False) for _ in range(width)]), min_size=1, max_size=3)
        )
        return [Table(tuple(rows), draw(st.booleans()))]
    caption = draw(st.one_of(st.just(()), runs(links=False, breaks=False)))
    return [Image(PICTURE.name, caption, draw(st.sampled_from(["", "A crowd in the square"])))]


@st.composite
def stories(draw: st.DrawFn) -> StoryText:
    body: list[Block] = [Paragraph(_sentence(draw))]
    for group in draw(st.lists(blocks(), max_size=6)):
        if body and isinstance(body[-1], ListItem) and group and isinstance(group[0], ListItem):
            body.append(Paragraph(_sentence(draw)))  # two lists in a row would read as one
        body.extend(group)
    notes = draw(st.integers(0, 2))
    for n in range(1, notes + 1):  # footnotes, each pointed at from a paragraph
        body.append(Paragraph((Run("See the note."), Run(str(n), frozenset({Mark.SUPERSCRIPT})))))
    body.extend(
        Footnote(str(n), draw(runs(links=False, breaks=False))) for n in range(1, notes + 1)
    )
    return StoryText(
        headline=" ".join(draw(st.lists(WORDS, min_size=1, max_size=8))).capitalize(),
        standfirst=draw(st.sampled_from(["", "What the ministers agreed, and what they did not."])),
        byline=draw(st.sampled_from(["", "By Ana Ilić", "Пише: Ана Илић", "Piše: Marko Petrović"])),
        dateline=draw(st.sampled_from(["", "BELGRADE, Nov 27 —", "МОСКВА, 27. новембра —"])),
        body=Body(tuple(body)),
    )


def _export_import(text: StoryText, tmp_path: Path, pictures: dict[str, Picture]) -> StoryText:
    path = tmp_path / "story.docx"
    path.write_bytes(render_docx(text, WordProperties(title=text.headline), pictures=pictures))
    return read_docx(path).text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=stories())
def test_a_story_comes_back_from_word_as_it_left(text: StoryText, tmp_path: Path) -> None:
    back = _export_import(text, tmp_path, {PICTURE.name: PICTURE})
    assert back == text


def test_pictures_come_back_with_their_bytes_and_alt_text(tmp_path: Path) -> None:
    text = StoryText(
        headline="Flood in Obrenovac",
        body=Body(
            (
                Paragraph((Run("The river rose overnight."),)),
                Image(PICTURE.name, (Run("The main street at dawn"),), "Water up to the doors"),
            )
        ),
    )
    path = tmp_path / "flood.docx"
    path.write_bytes(render_docx(text, WordProperties(), pictures={PICTURE.name: PICTURE}))
    document = read_docx(path)
    assert [p.data for p in document.pictures] == [PNG]
    image = document.text.body.blocks[1]
    assert isinstance(image, Image)
    assert image.alt == "Water up to the doors"
    assert image.caption == (Run("The main street at dawn"),)


def test_properties_come_back(tmp_path: Path) -> None:
    properties = WordProperties(
        title="Izbori u Beogradu",
        author="Ana Ilić",
        subject="izbori-beograd",
        keywords=("izbori", "Beograd"),
        category="Politics",
    )
    path = tmp_path / "izbori.docx"
    text = StoryText(headline="Izbori u Beogradu", body=Body((Paragraph((Run("Tekst."),)),)))
    path.write_bytes(render_docx(text, properties))
    back = read_docx(path).properties
    assert (back.title, back.author, back.subject, back.keywords, back.category) == (
        "Izbori u Beogradu",
        "Ana Ilić",
        "izbori-beograd",
        ("izbori", "Beograd"),
        "Politics",
    )


def _marks_by_block(text: StoryText) -> list[tuple[str, str, frozenset[Mark], frozenset[str]]]:
    """Each block's kind, words and the marks and links on its text."""
    out = []
    for block in text.body.blocks:
        cells = [c for row in block.rows for c in row] if isinstance(block, Table) else []
        all_runs = [r for c in cells for r in c] if cells else list(_block_runs(block))
        marks = frozenset(m for r in all_runs if r.text.strip() for m in r.marks)
        links = frozenset(r.link for r in all_runs if r.link)
        out.append((block.kind, " ".join(block.text.split()), marks, links))
    return out


def _block_runs(block: Block) -> Runs:
    return block.caption if isinstance(block, Image) else getattr(block, "runs", ())


def test_every_corpus_file_that_imports_survives_export_and_import(
    corpus: Path, tmp_path: Path
) -> None:
    from desk.formats.word import Unreadable

    manifest = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    checked, differ = 0, []
    for line in manifest:
        name = line.split("\t")[2]
        try:
            first = read_docx(corpus / name)
        except Unreadable:
            continue
        pictures = {p.name: p for p in first.pictures}
        back = _export_import(first.text, tmp_path, pictures)
        checked += 1
        wanted = (first.text.headline, first.text.byline, first.text.dateline)
        if (back.headline, back.byline, back.dateline) != wanted or _marks_by_block(
            back
        ) != _marks_by_block(first.text):
            differ.append(name)
    assert checked >= 355
    assert differ == []
