"""Tests for Word out: a story in the house template, as Word, python-docx and LibreOffice read it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import zlib
from datetime import UTC, datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from zipfile import ZipFile

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import nsmap, qn
from docx.shared import Twips
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desk.domain.body import (
    Body,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
    plain,
)
from desk.domain.story import StoryText
from desk.formats.docx_writer import render_docx
from desk.formats.word import Picture, WordComment, WordProperties
from desk.paths import resources_dir

B, I, U, S = Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE, Mark.STRIKE
SUP, SUB = Mark.SUPERSCRIPT, Mark.SUBSCRIPT
GOLDEN = Path(__file__).parent / "golden"
TEMPLATE_SCRIPT = Path(__file__).parents[2] / "packaging" / "house_template.py"
WHEN = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
TEXT_WIDTH = Twips(11906 - 2 * 1418)  # A4 less two 2.5 cm margins


def run(text: str, *marks: Mark, link: str | None = None) -> Run:
    return Run(text, frozenset(marks), link)


def para(*runs: Run | str) -> Paragraph:
    return Paragraph(tuple(Run(r) if isinstance(r, str) else r for r in runs))


def item(text: str, ordered: bool = False, level: int = 0) -> ListItem:
    return ListItem(plain(text), ordered, level)


def png(width: int, height: int) -> bytes:
    """A red picture, made by hand: the tests need no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        (chunk(b"IHDR", header), chunk(b"IDAT", zlib.compress(rows)), chunk(b"IEND", b""))
    )


def export(text: StoryText, properties: WordProperties | None = None, **kwargs) -> bytes:
    return render_docx(text, properties or WordProperties(), **kwargs)


def opened(data: bytes) -> DocumentObject:
    return Document(BytesIO(data))


def part(data: bytes, name: str) -> etree._Element:
    with ZipFile(BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def styled(document: DocumentObject) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def xpath(element: etree._Element, path: str) -> list:
    return element.xpath(path, namespaces=nsmap)


def looks_of(run) -> set[str]:
    """The direct formatting a python-docx run carries, by name."""
    names = ("bold", "italic", "underline", "strike", "superscript", "subscript")
    return {name for name in names if getattr(run.font, name) is True}


def numbering(paragraph) -> tuple[int, int]:
    """(level, w:numId) of a list paragraph."""
    num = paragraph._p.pPr.numPr
    return num.ilvl.val, num.numId.val


RALLY = StoryText(
    headline="Thousands rally in Moscow",
    standfirst="The largest protest in a decade",
    byline="By Ana Ilić",
    dateline="MOSCOW, Nov 27 —",
    body=Body(
        (
            para(
                "Protesters gathered ",
                run("outside", B),
                " the ",
                run("Duma", link="https://duma.gov.ru"),
                ".",
            ),
            Subhead(plain("What happened"), 2),
            para("Police said 38,000 came.", run("1", SUP)),
            Subhead(plain("Who came"), 3),
            Subhead(plain("Students"), 4),
            Quote(plain("We will not leave.")),
            item("first"),
            item("nested", level=1),
            item("second"),
            Footnote("1", plain("Police estimate, 15:00.")),
        )
    ),
)

CYRILLIC = StoryText(
    headline="Хиљаде људи на улицама Београда",
    standfirst="Највећи протест у последњој деценији",
    byline="Пише: Ана Илић",
    dateline="БЕОГРАД, 27. новембар —",
    body=Body(
        (
            para("Демонстранти су се окупили ", run("испред", B), " Скупштине.", run("1", SUP)),
            item("прво", ordered=True),
            item("друго", ordered=True),
            Table(
                ((plain("Град"), plain("Број")), (plain("Београд"), plain("38.000"))), header=True
            ),
            para("Ђурђевак, čačkalica, Šiljak, žito."),
            Footnote("1", plain("Процена полиције.")),
        )
    ),
)


# --- what a reader of the file sees ----------------------------------------------------------


def test_each_part_of_the_story_has_its_house_style() -> None:
    document = opened(export(RALLY))
    assert styled(document) == [
        ("Headline", "Thousands rally in Moscow"),
        ("Standfirst", "The largest protest in a decade"),
        ("Byline", "By Ana Ilić"),
        ("Body", "MOSCOW, Nov 27 — Protesters gathered outside the Duma."),
        ("Subhead", "What happened"),
        ("Body", "Police said 38,000 came."),
        ("Subhead 3", "Who came"),
        ("Subhead 4", "Students"),
        ("Quote", "We will not leave."),
        ("List Bullet", "first"),
        ("List Bullet", "nested"),
        ("List Bullet", "second"),
    ]


def test_the_dateline_is_a_run_opening_the_first_paragraph() -> None:
    body = opened(export(RALLY)).paragraphs[3]
    assert [(r.style.name, r.text) for r in body.runs[:3]] == [
        ("Dateline", "MOSCOW, Nov 27 —"),
        ("Default Paragraph Font", " "),
        ("Default Paragraph Font", "Protesters gathered "),
    ]


def test_a_dateline_without_a_paragraph_stands_alone() -> None:
    story = StoryText(headline="Quiet", dateline="KYIV —", body=Body((Quote(plain("Words.")),)))
    document = opened(export(story))
    assert styled(document) == [("Headline", "Quiet"), ("Body", "KYIV —"), ("Quote", "Words.")]
    assert document.paragraphs[1].runs[0].style.name == "Dateline"


def test_marks_are_direct_run_formatting() -> None:
    story = StoryText(
        body=Body(
            (
                para(
                    run("b", B),
                    run("i", I),
                    run("u", U),
                    run("s", S),
                    run("up", SUP),
                    run("dn", SUB),
                    run("all", B, I),
                ),
            )
        )
    )
    data = export(story)
    looks = {r.text: looks_of(r) for r in opened(data).paragraphs[0].runs}
    assert looks == {
        "b": {"bold"},
        "i": {"italic"},
        "u": {"underline"},
        "s": {"strike"},
        "up": {"superscript"},
        "dn": {"subscript"},
        "all": {"bold", "italic"},
    }
    assert xpath(part(data, "word/document.xml"), "//w:u/@w:val") == ["single"]


def test_line_breaks_tabs_and_characters_xml_cannot_hold() -> None:
    story = StoryText(body=Body((para("one\ntwo\tthree\x00\x07\x1b four\r\nfive"),)))
    data = export(story)
    assert opened(data).paragraphs[0].text == "one\ntwo\tthree four\nfive"
    assert len(xpath(part(data, "word/document.xml"), "//w:r/w:br")) == 2


def test_links_are_real_hyperlinks_and_the_rest_plain_text() -> None:
    story = StoryText(
        body=Body(
            (
                para(
                    "See ",
                    run("the ", link="https://duma.gov.ru"),
                    run("Duma", B, link="https://duma.gov.ru"),
                    ".",
                ),
                para(run("click", link="javascript:alert(1)"), " and ", run("up", link="#top")),
            )
        )
    )
    first, second = opened(export(story)).paragraphs
    (link,) = first.hyperlinks
    assert (link.address, link.text) == ("https://duma.gov.ru", "the Duma")
    assert [r.style.name for r in link.runs] == ["Hyperlink", "Hyperlink"]
    assert link.runs[1].bold is True
    # Nothing to follow: a script, or a bookmark the file does not have.
    assert (second.text, second.hyperlinks) == ("click and up", [])


def test_lists_carry_their_level_and_each_numbered_list_starts_again() -> None:
    story = StoryText(
        body=Body(
            (
                item("a", ordered=True),
                item("a.1", ordered=True, level=1),
                item("a.•", level=1),
                item("b", ordered=True),
                item("b.1", ordered=True, level=1),
                para("Between."),
                item("again", ordered=True),
                item("bullet"),
            )
        )
    )
    data = export(story)
    document = opened(data)
    items = [p for p in document.paragraphs if p.style.name.startswith("List")]
    levels = [(p.style.name, numbering(p)[0]) for p in items]
    assert levels == [
        ("List Number", 0),
        ("List Number", 1),
        ("List Bullet", 1),
        ("List Number", 0),
        ("List Number", 1),
        ("List Number", 0),
        ("List Bullet", 0),
    ]
    ids = [numbering(p)[1] for p in items]
    # a and b are one list; a.1 and b.1 are two; "again" is a new list; bullets share one.
    assert ids[0] == ids[3] and len({ids[0], ids[1], ids[4], ids[5]}) == 4
    assert ids[2] == ids[6] == 1
    root = part(data, "word/numbering.xml")
    for num_id in {ids[0], ids[1], ids[4], ids[5]}:
        starts = xpath(root, f'w:num[@w:numId="{num_id}"]/w:lvlOverride/w:startOverride/@w:val')
        assert starts == ["1"] * 9
    abstract = xpath(root, 'w:num[@w:numId="2"]/w:abstractNumId/@w:val')[0]
    assert xpath(root, f'w:num[@w:numId="{ids[0]}"]/w:abstractNumId/@w:val') == [abstract]


def test_tables_have_the_house_style_and_a_repeating_header_row() -> None:
    story = StoryText(
        body=Body(
            (
                Table(
                    (
                        (plain("City"), plain("Crowd")),
                        (plain("Moscow"), (run("38,000", B),)),
                        (plain("Tver"),),
                    ),
                    header=True,
                ),
                Table(((plain("x\ny"), plain("z")),)),
            )
        )
    )
    first, second = opened(export(story)).tables
    assert first.style.name == second.style.name == "House Table"
    assert [[c.text for c in row.cells] for row in first.rows] == [
        ["City", "Crowd"],
        ["Moscow", "38,000"],
        ["Tver", ""],
    ]
    assert first.rows[1].cells[1].paragraphs[0].runs[0].bold is True
    headers = [
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in first.rows
    ]
    assert headers == [True, False, False]
    assert [[c.text for c in row.cells] for row in second.rows] == [["x\ny", "z"]]
    assert second.rows[0]._tr.trPr is None


def test_footnotes_and_endnotes_are_real_notes() -> None:
    story = StoryText(
        body=Body(
            (
                para(
                    "Claim.",
                    run("1", SUP),
                    " Another.",
                    run("*", SUP),
                    " Not a note: ",
                    run("9", SUP),
                ),
                Footnote(
                    "1",
                    (
                        run("Police "),
                        run("estimate", I),
                        run(", source", link="https://example.org"),
                    ),
                ),
                Footnote("*", plain("At the end."), endnote=True),
                Footnote("2", plain("Never referred to.")),
            )
        )
    )
    data = export(story)
    document = part(data, "word/document.xml")
    (body,) = xpath(document, "//w:body/w:p")
    assert xpath(body, "w:r/w:footnoteReference/@w:id") == ["1", "2"]
    assert xpath(body, "w:r/w:endnoteReference/@w:id") == ["1"]
    assert xpath(body, "w:r[last()]/w:footnoteReference/@w:id") == ["2"]  # the unreferenced one
    assert (
        xpath(body, "w:r/w:footnoteReference/../w:rPr/w:rStyle/@w:val") == ["FootnoteReference"] * 2
    )
    assert "".join(xpath(body, ".//w:t/text()")) == "Claim. Another. Not a note: 9"
    footnotes = part(data, "word/footnotes.xml")
    assert xpath(footnotes, "w:footnote/@w:id") == ["-1", "0", "1", "2"]
    assert xpath(footnotes, "w:footnote/@w:type") == ["separator", "continuationSeparator"]
    texts = ["".join(xpath(n, ".//w:t/text()")) for n in xpath(footnotes, "w:footnote[@w:id>0]")]
    assert texts == [" Police estimate, source", " Never referred to."]
    assert xpath(footnotes, "w:footnote/w:p/w:pPr/w:pStyle/@w:val") == ["FootnoteText"] * 2
    assert xpath(footnotes, "//w:hyperlink/@r:id") == ["rId1"]
    endnotes = part(data, "word/endnotes.xml")
    assert "".join(xpath(endnotes, "w:endnote[@w:id=1]//w:t/text()")) == " At the end."
    settings_xml = part(data, "word/settings.xml")
    assert xpath(settings_xml, "w:footnotePr/w:footnote/@w:id") == ["-1", "0"]
    assert xpath(settings_xml, "w:endnotePr/w:endnote/@w:id") == ["-1", "0"]


def inline(paragraph: etree._Element) -> list[str]:
    """A paragraph's runs as their text, and note references as [^id] (footnotes)."""
    out = []
    for r in xpath(paragraph, "w:r"):
        refs = xpath(r, "w:footnoteReference/@w:id")
        out.append(f"[^{refs[0]}]" if refs else "".join(xpath(r, "w:t/text()")))
    return out


def test_note_marks_inside_superscript_text_keep_the_text_around_them() -> None:
    story = StoryText(
        body=Body(
            (
                para("Claim", run(" (1)", SUP), " and", run("2", B, SUP), ", not ", run("12", SUP)),
                Footnote("1", plain("One.")),
                Footnote("2", plain("Two.")),
            )
        )
    )
    (body,) = xpath(part(export(story), "word/document.xml"), "//w:body/w:p")
    assert inline(body) == ["Claim", " (", "[^1]", ")", " and", "[^2]", ", not ", "12"]
    (bold,) = xpath(body, "w:r[w:footnoteReference/@w:id=2]/w:rPr")
    assert [etree.QName(e).localname for e in bold] == ["rStyle", "b"]


def test_notes_without_a_paragraph_get_one() -> None:
    story = StoryText(headline="Notes only", body=Body((Footnote("1", plain("Alone.")),)))
    data = export(story)
    assert styled(opened(data)) == [("Headline", "Notes only"), ("Body", "")]
    assert xpath(part(data, "word/document.xml"), "//w:p[2]/w:r/w:footnoteReference/@w:id") == ["1"]


def test_a_story_without_notes_has_no_notes_parts() -> None:
    with ZipFile(BytesIO(export(StoryText(body=Body.from_paragraphs(["Plain."]))))) as package:
        names = package.namelist()
    assert "word/footnotes.xml" not in names and "word/endnotes.xml" not in names


def test_pictures_fit_the_text_width_with_their_alt_text_and_caption() -> None:
    story = StoryText(
        body=Body(
            (
                Image("wide", (run("The square", I), run(" at noon")), "People in a square"),
                Image("small", (), "A dot"),
                Image("missing", plain("Lost picture")),
                Image("broken", plain("Broken picture")),
                Image("no-caption-missing"),
            )
        )
    )
    pictures = {
        "wide": Picture("wide", "image/png", png(4000, 1000)),
        "small": Picture("small", "image/png", png(20, 10)),
        "broken": Picture("broken", "image/png", png(20, 10)[:30]),
    }
    data = export(story, pictures=pictures)
    document = opened(data)
    assert styled(document) == [
        ("Figure", ""),
        ("Caption", "The square at noon"),
        ("Figure", ""),
        ("Caption", "Lost picture"),
        ("Caption", "Broken picture"),
    ]
    wide, small = document.inline_shapes
    assert wide.width == TEXT_WIDTH and abs(wide.height - TEXT_WIDTH / 4) <= 1
    assert small.width < TEXT_WIDTH and small.width == 2 * small.height
    descriptions = xpath(part(data, "word/document.xml"), "//wp:docPr/@descr")
    assert descriptions == ["People in a square", "A dot"]
    with ZipFile(BytesIO(data)) as package:
        assert [n for n in package.namelist() if n.startswith("word/media/")] == [
            "word/media/image1.png",
            "word/media/image2.png",
        ]


def test_windows_metafiles_are_embedded_at_their_own_size() -> None:
    emf = struct.pack("<II4i4i4s", 1, 88, 0, 0, 100, 50, 0, 0, 5000, 2500, b" EMF").ljust(88, b"\0")
    wmf = struct.pack("<IH4hHIH", 0x9AC6CDD7, 0, 0, 0, 1440, 720, 1440, 0, 0).ljust(40, b"\0")
    story = StoryText(body=Body((Image("a.emf", alt="Chart"), Image("b.wmf", alt="Logo"))))
    pictures = {
        "a.emf": Picture("a.emf", "image/emf", emf),
        "b.wmf": Picture("b.wmf", "image/wmf", wmf),
    }
    data = export(story, pictures=pictures)
    sizes = [(shape.width.mm, shape.height.mm) for shape in opened(data).inline_shapes]
    assert sizes == [(50.0, 25.0), (25.4, 12.7)]
    with ZipFile(BytesIO(data)) as package:
        assert [n for n in package.namelist() if n.startswith("word/media/")] == [
            "word/media/metafile1.emf",
            "word/media/metafile1.wmf",
        ]
        assert package.read("word/media/metafile1.emf") == emf


def test_document_properties() -> None:
    properties = WordProperties(
        title="Rally",
        author="Ana Ilić",
        subject="moscow-rally",
        keywords=("russia", "protest"),
        category="World",
        language="en",
    )
    core = opened(export(RALLY, properties, when=WHEN)).core_properties
    assert (core.title, core.author, core.last_modified_by) == ("Rally", "Ana Ilić", "Ana Ilić")
    assert (core.subject, core.keywords, core.category, core.language) == (
        "moscow-rally",
        "russia, protest",
        "World",
        "en",
    )
    assert core.created == core.modified == WHEN


def test_properties_default_to_the_headline_and_carry_no_date_unless_given() -> None:
    data = export(RALLY)
    core = opened(data).core_properties
    assert (core.title, core.created, core.modified) == ("Thousands rally in Moscow", None, None)
    belgrade = timezone(timedelta(hours=1))
    local = opened(export(RALLY, when=datetime(2026, 11, 27, 10, 30, tzinfo=belgrade)))
    assert local.core_properties.modified == WHEN


def test_comments_sit_beside_the_headline() -> None:
    comments = [
        WordComment("Vesna Kovač", "Check the figure.\nAnd the name.", WHEN),
        WordComment("tom", "Fine by me."),
    ]
    data = export(RALLY, comments=comments)
    found = [(c.author, c.initials, c.text, c.timestamp) for c in opened(data).comments]
    assert found == [
        ("Vesna Kovač", "VK", "Check the figure.\nAnd the name.", WHEN),
        ("tom", "T", "Fine by me.", None),
    ]
    headline = xpath(part(data, "word/document.xml"), "//w:body/w:p[1]")[0]
    assert sorted(xpath(headline, "w:commentRangeStart/@w:id")) == ["0", "1"]
    assert sorted(xpath(headline, "w:r/w:commentReference/@w:id")) == ["0", "1"]


def test_comments_on_a_story_without_a_headline_anchor_on_the_first_paragraph() -> None:
    story = StoryText(body=Body.from_paragraphs(["First.", "Second."]))
    data = export(story, comments=[WordComment("milica", "Needs a headline.")])
    first = xpath(part(data, "word/document.xml"), "//w:body/w:p[1]")[0]
    assert xpath(first, "w:commentRangeStart/@w:id") == ["0"]
    assert [c.text for c in opened(data).comments] == ["Needs a headline."]


def test_cyrillic_and_serbian_latin_survive_whole() -> None:
    document = opened(export(CYRILLIC))
    assert styled(document) == [
        ("Headline", "Хиљаде људи на улицама Београда"),
        ("Standfirst", "Највећи протест у последњој деценији"),
        ("Byline", "Пише: Ана Илић"),
        ("Body", "БЕОГРАД, 27. новембар — Демонстранти су се окупили испред Скупштине."),
        ("List Number", "прво"),
        ("List Number", "друго"),
        ("Body", "Ђурђевак, čačkalica, Šiljak, žito."),
    ]
    assert [c.text for c in document.tables[0].rows[1].cells] == ["Београд", "38.000"]


@pytest.mark.parametrize(
    "story",
    [StoryText(), StoryText(body=Body((para(""), Subhead(()), Quote(plain("  ")))))],
    ids=["nothing", "blank-blocks"],
)
def test_an_empty_story_still_exports(story: StoryText) -> None:
    data = export(story, comments=[WordComment("tom", "Where is the copy?")])
    document = opened(data)
    assert styled(document) == [("Body", "")]
    assert [c.text for c in document.comments] == ["Where is the copy?"]


def test_the_same_story_gives_the_same_bytes() -> None:
    pictures = {"p": Picture("p", "image/png", png(30, 20))}
    story = StoryText(
        headline="Same", body=Body((Image("p", plain("Caption")), *RALLY.body.blocks))
    )
    comments = [WordComment("tom", "Note.")]
    first = export(story, pictures=pictures, comments=comments)
    assert export(story, pictures=pictures, comments=comments) == first
    with ZipFile(BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=5), st.sets(st.sampled_from(list(Mark))))
def test_any_text_exports_and_reads_back_without_what_xml_cannot_hold(
    texts: list[str], marks: set[Mark]
) -> None:
    story = StoryText(body=Body((Paragraph(tuple(Run(t, frozenset(marks)) for t in texts)),)))
    expected = "".join(texts).replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(c for c in expected if c in "\t\n" or (c >= " " and c != "\x7f"))
    expected = "".join(
        c for c in expected if not ("\ud800" <= c <= "\udfff" or c in "\ufffe\uffff")
    )
    paragraphs = opened(export(story)).paragraphs
    assert "\n".join(p.text for p in paragraphs) == expected


# --- the template ------------------------------------------------------------------------------


def test_the_template_defines_the_house_styles() -> None:
    template = Document(str(resources_dir() / "house.docx"))
    styles = {s.name: s for s in template.styles}
    paragraph_styles = ["Headline", "Standfirst", "Byline", "Body", "Subhead", "Subhead 3"]
    paragraph_styles += ["Subhead 4", "Quote", "Caption", "List Bullet", "List Number"]
    assert all(styles[name].type == 1 for name in paragraph_styles)
    assert styles["Dateline"].type == 2 and styles["House Table"].type == 3
    outline = {
        name: styles[name].element.pPr.outlineLvl.val
        for name in ("Headline", "Subhead", "Subhead 3", "Subhead 4")
    }
    assert outline == {"Headline": 0, "Subhead": 1, "Subhead 3": 2, "Subhead 4": 3}
    assert styles["Subhead 4"].base_style.name == "Subhead 3"
    assert styles["Quote"].base_style.name == "Body"
    assert template.paragraphs == [] and template.tables == []
    root = template.part.numbering_part.element
    for style in ("List Bullet", "List Number"):
        num_id = styles[style].element.pPr.numPr.numId.val
        abstract = root.num_having_numId(num_id).abstractNumId.val
        levels = root.xpath(
            f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl/w:pPr/w:ind/@w:left'
        )
        assert [int(v) for v in levels] == sorted({int(v) for v in levels}) and len(levels) == 9


def test_the_shipped_template_is_what_the_script_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("house_template", TEMPLATE_SCRIPT)
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, script)  # its dataclass looks itself up there
    spec.loader.exec_module(script)
    with (
        ZipFile(BytesIO(script.build())) as built,
        ZipFile(resources_dir() / "house.docx") as shipped,
    ):
        assert built.namelist() == shipped.namelist()
        for name in built.namelist():
            assert built.read(name) == shipped.read(name), (
                f"{name}: run packaging/house_template.py"
            )


# --- golden files ------------------------------------------------------------------------------


def normalised_document(data: bytes) -> str:
    """word/document.xml pretty-printed, attributes sorted, without the revision ids Word
    sprinkles everywhere."""
    root = etree.fromstring(
        etree.tostring(part(data, "word/document.xml")), etree.XMLParser(remove_blank_text=True)
    )
    for element in root.iter():
        kept = sorted(
            (name, value)
            for name, value in element.attrib.items()
            if not etree.QName(name).localname.startswith("rsid")
        )
        element.attrib.clear()
        element.attrib.update(kept)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def assert_golden(request: pytest.FixtureRequest, data: bytes) -> None:
    """Compare with golden/<test name>.xml; DESK_UPDATE_GOLDEN=1 writes that file instead."""
    path = GOLDEN / f"{request.node.name}.xml"
    actual = normalised_document(data)
    if os.environ.get("DESK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with DESK_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def test_golden_english_story(request: pytest.FixtureRequest) -> None:
    assert_golden(request, export(RALLY, comments=[WordComment("tom", "Good.", WHEN)]))


def test_golden_serbian_cyrillic_story(request: pytest.FixtureRequest) -> None:
    assert_golden(request, export(CYRILLIC))


def test_golden_marks_links_and_picture(request: pytest.FixtureRequest) -> None:
    story = StoryText(
        headline="Marks",
        body=Body(
            (
                para(
                    run("bold", B),
                    " ",
                    run("H", I),
                    run("2", SUB),
                    "O",
                    run("x", SUP),
                    " ",
                    run("gone", S, U),
                ),
                para("Line\nbreak\tand tab, ", run("a link", link="https://example.org/a?b=1&c=2")),
                Image("pic", plain("Caption text"), "Alt text"),
                Footnote("n", plain("An endnote."), endnote=True),
            )
        ),
    )
    assert_golden(request, export(story, pictures={"pic": Picture("pic", "image/png", png(8, 6))}))


def test_golden_empty_story(request: pytest.FixtureRequest) -> None:
    assert_golden(request, export(StoryText()))


# --- LibreOffice -------------------------------------------------------------------------------


def libreoffice() -> str:
    """The soffice command; the test skips without it, unless DESK_REQUIRE_LIBREOFFICE=1."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("DESK_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("soffice is not on PATH and DESK_REQUIRE_LIBREOFFICE=1")
        pytest.skip("LibreOffice (soffice) is not installed")
    return soffice


def convert(soffice: str, source: Path, target: str) -> str:
    """The text of `source` converted by LibreOffice (with a profile of its own) to `target`."""
    profile = source.parent / "profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    command += ["--convert-to", target, "--outdir", str(source.parent), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    extension = target.split(":")[0]
    return source.with_suffix(f".{extension}").read_text(encoding="utf-8-sig")


@pytest.mark.slow
def test_libreoffice_reads_the_story(tmp_path: Path) -> None:
    soffice = libreoffice()
    source = tmp_path / "story.docx"
    pictures = {"map": Picture("map", "image/png", png(40, 20))}
    story = StoryText(
        CYRILLIC.headline,
        CYRILLIC.standfirst,
        CYRILLIC.byline,
        CYRILLIC.dateline,
        Body((*CYRILLIC.body.blocks, Image("map", plain("Мапа"), "Мапа града"))),
    )
    source.write_bytes(export(story, pictures=pictures, comments=[WordComment("tom", "Провери.")]))
    lines = [line.strip() for line in convert(soffice, source, "txt:Text").splitlines()]
    for expected in (
        "Хиљаде људи на улицама Београда",
        "Највећи протест у последњој деценији",
        "Пише: Ана Илић",
        "БЕОГРАД, 27. новембар — Демонстранти су се окупили испред Скупштине.1",
        "1. прво",
        "2. друго",
        "Град",
        "Број",
        "Београд",
        "38.000",
        "Ђурђевак, čačkalica, Šiljak, žito.",
        "Мапа",
    ):
        assert expected in lines
    # Plain text leaves out notes, comments and pictures; LibreOffice's HTML keeps them.
    html = convert(soffice, source, "html")
    assert "Процена полиције." in html and "Провери." in html
    assert html.count("<img ") == 1


@pytest.mark.parametrize(
    ("language", "proofing"),
    [("en", "en-US"), ("sr-Latn", "sr-Latn-RS"), ("sr-Cyrl", "sr-Cyrl-RS"), ("", "en-US")],
)
def test_the_spelling_is_checked_in_the_storys_language(language: str, proofing: str) -> None:
    data = render_docx(StoryText(headline="Izbori"), WordProperties(language=language))
    with ZipFile(BytesIO(data)) as package:
        styles = package.read("word/styles.xml").decode()
    assert f'<w:lang w:val="{proofing}"' in styles
