"""Correspondents' copy as LibreOffice and pandoc write it (tests/fixtures/word, made by
make.sh there), split into a story the way a desk editor would split it by hand."""

from __future__ import annotations

from pathlib import Path

from desk.domain.body import Footnote, ListItem, Mark, Paragraph, Quote, Run, Subhead
from desk.formats.docx_reader import read_docx

WORD = Path(__file__).resolve().parents[1] / "fixtures" / "word"


def test_an_english_story_from_libreoffice() -> None:
    document = read_docx(WORD / "en_libreoffice.docx")
    text = document.text
    assert text.headline == "Grain talks resume in Moscow"
    assert text.byline == "Written for Desk Daily by Ana Ilić, Moscow correspondent"
    assert text.dateline == "MOSCOW, Nov 27 —"
    first, subhead, *items, quote, last = text.body.blocks
    assert isinstance(first, Paragraph)
    assert first.text.startswith("Talks on the Black Sea grain corridor resumed on Thursday")
    assert Run("resumed", frozenset({Mark.BOLD})) in first.runs
    assert Run("foreign ministry", frozenset({Mark.ITALIC})) in first.runs
    assert subhead == Subhead((Run("What is on the table"),), 2)
    assert [(i.text, i.level, i.ordered) for i in items if isinstance(i, ListItem)] == [
        ("Safe passage for ships", 0, False),
        ("Insurance", 0, False),
        ("for cargo", 1, False),
    ]
    assert quote == Quote((Run("We are ready to talk, not to wait."),))
    # The link keeps its address and none of the underline LibreOffice draws it with.
    links = [r for r in last.runs if r.link]
    assert [r.link for r in links] == ["https://example.org/grain"]
    assert "".join(r.text for r in links).strip() == "the ministry's site"
    assert all(Mark.UNDERLINE not in r.marks for r in links)


def test_a_serbian_cyrillic_story_from_pandoc() -> None:
    document = read_docx(WORD / "sr_cyrl_pandoc.docx")
    text = document.text
    assert text.headline == "Избори у Београду заказани за март"
    # pandoc writes the author metadata as its own paragraph; the typed byline is what prints.
    assert text.byline == "Пише: Ана Илић"
    assert text.dateline == "БЕОГРАД, 27. новембра —"
    assert document.properties.keywords == ("избори", "Београд")
    first, subhead, one, two, quote, last, note = text.body.blocks
    assert first.text.startswith("Градска изборна комисија заказала је изборе за 30. март")
    assert Run("заказала је", frozenset({Mark.BOLD})) in first.runs
    assert subhead.text == "Шта следи" and isinstance(subhead, Subhead)
    assert [(one.text, one.ordered), (two.text, two.ordered)] == [
        ("Предаја листа", True),
        ("Провера потписа", True),
    ]
    assert isinstance(quote, Quote) and quote.text == "Рокови су кратки, али изводљиви."
    assert last.runs[-1] == Run("1", frozenset({Mark.SUPERSCRIPT}))
    assert note == Footnote("1", (Run("Подаци Републичке изборне комисије."),))
