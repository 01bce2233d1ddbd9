"""Word files in: what a journalist sees of a .docx once Desk has read it into a story.

Every file is built here, with python-docx where it can write the thing and with raw
WordprocessingML where it cannot (tests/formats/docx_builder.py)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from desk.domain.body import (
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
)
from desk.formats.docx_reader import read_docx
from desk.formats.word import Unreadable, WordComment, WordDocument
from tests.formats.docx_builder import (
    MACRO_ENABLED,
    PNG,
    add_list,
    add_notes,
    add_xml,
    element,
    item,
    link,
    new_document,
    note_ref,
    p,
    r,
    save,
)

B, I, U = Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE
LEDE = "Talks between Belgrade and Pristina resumed on Monday after a break of four months."
SECOND = "Both delegations said they expected no agreement before the end of the year."

Read = Callable[..., WordDocument]


@pytest.fixture
def read(tmp_path: Path) -> Read:
    """Save a document (see docx_builder.save for the options) and read it back."""

    def read(document: Document, name: str = "story.docx", **options: object) -> WordDocument:
        return read_docx(save(document, tmp_path / name, **options))  # type: ignore[arg-type]

    return read


def body_texts(document: WordDocument) -> list[str]:
    return [block.text for block in document.text.body.blocks]


def story(document: Document, *paragraphs: tuple[str, str | None]) -> Document:
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    return document


# The headline


def test_the_title_style_is_the_headline_and_leaves_the_body(read: Read) -> None:
    document = story(
        new_document(),
        (LEDE, None),
        ("Talks resume in Brussels", "Title"),
        ("Background", "Heading 1"),
        (SECOND, None),
    )
    text = read(document).text
    assert text.headline == "Talks resume in Brussels"
    assert body_texts(read(document)) == [LEDE, "Background", SECOND]
    assert text.body.blocks[1] == Subhead((Run("Background"),), 2)


def test_without_a_title_the_first_heading_1_is_the_headline(read: Read) -> None:
    document = story(
        new_document(),
        ("EXCLUSIVE", None),
        ("Talks resume in Brussels", "Heading 1"),
        (LEDE, None),
        ("What comes next", "Heading 1"),
        (SECOND, None),
    )
    result = read(document)
    assert result.text.headline == "Talks resume in Brussels"
    assert body_texts(result) == ["EXCLUSIVE", LEDE, "What comes next", SECOND]


def test_a_heading_1_after_the_first_paragraphs_stays_a_subhead(read: Read) -> None:
    """A paper's "References" at the end is a section of the text, not its headline."""
    document = story(new_document(), (LEDE, None), ("References", "Heading 1"), (SECOND, None))
    result = read(document)
    assert result.text.headline == ""
    assert result.text.body.blocks[1] == Subhead((Run("References"),), 2)


def test_a_short_first_paragraph_is_the_headline(read: Read) -> None:
    result = read(story(new_document(), ("Talks resume in Brussels", None), (LEDE, None)))
    assert result.text.headline == "Talks resume in Brussels"
    assert body_texts(result) == [LEDE]


@pytest.mark.parametrize(
    "first",
    [
        "The talks resumed.",  # a sentence
        "Here is what the minister said:",  # a lead-in
        " ".join(["word"] * 30),  # too long for a headline
    ],
)
def test_a_first_paragraph_that_is_not_a_headline_stays_in_the_body(read: Read, first: str) -> None:
    result = read(story(new_document(), (first, None), (LEDE, None)))
    assert result.text.headline == ""
    assert body_texts(result) == [first, LEDE]


def test_without_a_headline_in_the_text_the_title_property_is_the_headline(read: Read) -> None:
    document = story(new_document(title="Talks resume in Brussels"), (LEDE, None), (SECOND, None))
    result = read(document)
    assert result.text.headline == "Talks resume in Brussels"
    assert body_texts(result) == [LEDE, SECOND]


def test_the_paragraph_the_title_property_names_is_the_headline_not_a_copy(read: Read) -> None:
    document = story(
        new_document(title="Talks resume in Brussels"),
        ("Last update: 27 November", None),
        ("Talks resume  in Brussels", None),
        (LEDE, None),
    )
    result = read(document)
    assert result.text.headline == "Talks resume in Brussels"
    assert body_texts(result) == ["Last update: 27 November", LEDE]


@pytest.mark.parametrize("title", ["Normal.dot", "Document1", ".", "<%AcceptAction::Approve%>"])
def test_a_title_property_left_by_a_template_is_no_headline(read: Read, title: str) -> None:
    document = story(new_document(title=title), (LEDE, None), (SECOND, None))
    assert read(document).text.headline == ""


def test_a_subtitle_under_the_headline_is_the_standfirst(read: Read) -> None:
    document = story(
        new_document(),
        ("Talks resume in Brussels", "Title"),
        ("No deal is expected before the new year", "Subtitle"),
        (LEDE, None),
    )
    text = read(document).text
    assert text.standfirst == "No deal is expected before the new year"
    assert text.body.blocks == (Paragraph((Run(LEDE),)),)


# The byline


@pytest.mark.parametrize(
    "byline",
    [
        "By Ana Ilić and Marko Petrović",
        "Written for Balkan Insight by Ana Ilić, correspondent from Belgrade",
        "Piše: Ana Ilić",
        "Пише: Ана Илић",
    ],
)
def test_a_byline_after_the_headline_is_read_and_leaves_the_body(read: Read, byline: str) -> None:
    document = story(
        new_document(author="Jelena Marić"),
        ("Talks resume in Brussels", "Title"),
        (byline, None),
        (LEDE, None),
    )
    result = read(document)
    assert result.text.byline == byline
    assert body_texts(result) == [LEDE]


def test_author_paragraphs_make_one_byline(read: Read) -> None:
    """Pandoc and LibreOffice write each author in an Author paragraph of their own."""
    document = new_document()
    document.styles.add_style("Author", 1)
    story(
        document,
        ("Talks resume in Brussels", "Title"),
        ("Ana Ilić", "Author"),
        ("Marko Petrović", "Author"),
        (LEDE, None),
    )
    result = read(document)
    assert result.text.byline == "Ana Ilić and Marko Petrović"
    assert body_texts(result) == [LEDE]


def test_the_author_property_is_the_byline_when_the_text_has_none(read: Read) -> None:
    document = story(
        new_document(author="Ilić, Ana"), ("Talks resume in Brussels", "Title"), (LEDE, None)
    )
    assert read(document).text.byline == "Ana Ilić"


def test_the_author_property_does_not_replace_the_byline_in_the_text(read: Read) -> None:
    document = story(
        new_document(author="Jelena Marić"),
        ("Talks resume in Brussels", "Title"),
        ("By Ana Ilić", None),
        (LEDE, None),
    )
    assert read(document).text.byline == "By Ana Ilić"


def test_the_authors_name_alone_under_the_headline_is_the_byline_not_body(read: Read) -> None:
    document = story(
        new_document(author="Ana Ilić"),
        ("Talks resume in Brussels", "Title"),
        ("Ana Ilić", None),
        (LEDE, None),
    )
    result = read(document)
    assert result.text.byline == "Ana Ilić"
    assert body_texts(result) == [LEDE]


@pytest.mark.parametrize(
    "author",
    [
        "Microsoft Office User",
        "Your User Name",
        "Cisco Employee",
        "MAC BOOK PRO",
        "Учетная запись Майкрософт",
        "python-docx",
        "Ana",
        "IBAL34 - MBOU",
    ],
)
def test_an_author_property_that_is_no_persons_name_is_no_byline(read: Read, author: str) -> None:
    document = story(new_document(author=author), ("Talks resume", "Title"), (LEDE, None))
    assert read(document).text.byline == ""


# The dateline


def test_a_dateline_opening_the_first_paragraph_is_split_off_keeping_the_marks(
    read: Read,
) -> None:
    document = story(new_document(), ("Talks resume in Brussels", "Title"))
    add_xml(
        document,
        p(
            r("MOSCOW, Nov 27 — ", "<w:b/>"),
            r("Talks with "),
            r("Serbia", "<w:i/>"),
            r(" went on."),
        ),
        p(r("BRUSSELS, Nov 28 — This one stays as it is.")),
    )
    text = read(document).text
    assert text.dateline == "MOSCOW, Nov 27 —"
    assert text.body.blocks[0] == Paragraph(
        (Run("Talks with "), Run("Serbia", frozenset({I})), Run(" went on."))
    )
    assert text.body.blocks[1].text == "BRUSSELS, Nov 28 — This one stays as it is."


def test_a_cyrillic_dateline_inside_a_run(read: Read) -> None:
    document = story(new_document(), ("Преговори настављени", "Title"))
    add_xml(document, p(r("БЕОГРАД, 27. новембра — Преговори "), r("су", "<w:b/>"), r(" почели.")))
    text = read(document).text
    assert text.dateline == "БЕОГРАД, 27. новембра —"
    assert text.body.blocks[0] == Paragraph(
        (Run("Преговори "), Run("су", frozenset({B})), Run(" почели."))
    )


def test_a_capitalised_label_before_a_dash_is_no_dateline(read: Read) -> None:
    document = story(
        new_document(),
        ("Application for funding", "Title"),
        ("TIM - Technologie- und Innovations-Management", None),
    )
    text = read(document).text
    assert text.dateline == ""
    assert text.body.blocks[0].text == "TIM - Technologie- und Innovations-Management"


# Marks, links, breaks


def test_direct_formatting_becomes_marks(read: Read) -> None:
    document = story(new_document(), ("Talks resume", "Title"))
    add_xml(
        document,
        p(
            r("bold", "<w:b/>"),
            r(" italic", "<w:i/>"),
            r(" under", '<w:u w:val="single"/>'),
            r(" struck", "<w:strike/>"),
            r(" m"),
            r("2", '<w:vertAlign w:val="superscript"/>'),
            r(" H"),
            r("2", '<w:vertAlign w:val="subscript"/>'),
            r("O plain", '<w:b w:val="0"/><w:u w:val="none"/>'),
        ),
        p(r(LEDE)),
    )
    runs = read(document).text.body.blocks[0].runs
    assert [(run.text, run.marks) for run in runs] == [
        ("bold", {B}),
        (" italic", {I}),
        (" under", {U}),
        (" struck", {Mark.STRIKE}),
        (" m", set()),
        ("2", {Mark.SUPERSCRIPT}),
        (" H", set()),
        ("2", {Mark.SUBSCRIPT}),
        ("O plain", set()),
    ]


def test_character_styles_become_marks_and_direct_formatting_overrides_them(
    read: Read,
) -> None:
    document = story(new_document(), ("Talks resume", "Title"))
    paragraph = document.add_paragraph()
    paragraph.add_run("strong ", style="Strong")
    paragraph.add_run("emphasis", style="Emphasis")
    unbolded = paragraph.add_run(" not bold", style="Strong")
    unbolded.bold = False
    document.add_paragraph(LEDE)
    runs = read(document).text.body.blocks[0].runs
    assert runs == (
        Run("strong ", frozenset({B})),
        Run("emphasis", frozenset({I})),
        Run(" not bold"),
    )


def test_external_links_are_kept_and_links_inside_the_document_are_not(read: Read) -> None:
    document = new_document()
    rid = link(document, "https://balkaninsight.com/talks")
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://rts.rs/a" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r('RTS')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    add_xml(
        document,
        p(
            r("Read "),
            f'<w:hyperlink r:id="{rid}">{r("the report")}</w:hyperlink>',
            r(", "),
            f'<w:hyperlink w:anchor="_Toc1">{r("the notes")}</w:hyperlink>',
            r(" and "),
            field,
            r("."),
        ),
        p(r(LEDE)),
    )
    runs = read(document).text.body.blocks[0].runs
    assert runs == (
        Run("Read "),
        Run("the report", link="https://balkaninsight.com/talks"),
        Run(", the notes and "),
        Run("RTS", link="https://rts.rs/a"),
        Run("."),
    )


@pytest.mark.parametrize(
    ("target", "kept"),
    [
        ("www.rts.rs", "http://www.rts.rs"),
        ("mailto:desk@rts.rs", "mailto:desk@rts.rs"),
        ("javascript:alert(1)", None),
        ("consultantplus://offline/ref=0935E3", None),
        ("notes/sources.docx", None),
    ],
)
def test_only_links_a_reader_can_follow_are_kept(read: Read, target: str, kept: str | None) -> None:
    document = story(new_document(), ("Talks resume", "Title"))
    rid = link(document, target)
    add_xml(document, p(r("See "), f'<w:hyperlink r:id="{rid}">{r("this")}</w:hyperlink>'))
    runs = read(document).text.body.blocks[0].runs
    assert "".join(run.text for run in runs) == "See this"
    assert runs[-1].link == kept


def test_line_breaks_and_tabs_are_kept_page_breaks_are_not(read: Read) -> None:
    document = new_document()
    add_xml(
        document,
        p(
            "<w:r><w:t>Ana Ilić</w:t><w:br/><w:t>Belgrade</w:t>"
            '<w:tab/><w:t>2026</w:t><w:br w:type="page"/><w:t>.</w:t></w:r>'
        ),
        p(r(LEDE)),
    )
    assert read(document).text.body.blocks[0].text == "Ana Ilić\nBelgrade\t2026."


def test_a_symbol_font_character_is_the_character_it_shows(read: Read) -> None:
    document = new_document()
    add_xml(
        document,
        p(
            r("Particles of 5 "),
            '<w:r><w:sym w:font="Symbol" w:char="F06D"/></w:r>',
            r("m and "),
            r("\uf0b0", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>'),
            r("C."),
        ),
    )
    assert read(document).text.body.blocks[0].text == "Particles of 5 μm and °C."


# Subheads


def test_headings_2_to_4_are_subheads_of_their_level(read: Read) -> None:
    document = story(
        new_document(),
        ("Talks resume", "Title"),
        ("The parties", "Heading 2"),
        ("Belgrade", "Heading 3"),
        ("The delegation", "Heading 4"),
        ("Its members", "Heading 5"),
        (LEDE, None),
    )
    blocks = read(document).text.body.blocks
    assert [(b.text, b.level) for b in blocks[:4]] == [  # type: ignore[union-attr]
        ("The parties", 2),
        ("Belgrade", 3),
        ("The delegation", 4),
        ("Its members", 4),
    ]


def test_a_numbered_heading_is_a_subhead_not_a_list_item(read: Read) -> None:
    document = new_document()
    num_id = add_list(document, "decimal", "decimal")
    numbering = f'<w:numPr><w:ilvl w:val="1"/><w:numId w:val="{num_id}"/></w:numPr>'
    add_xml(document, p(r(LEDE)), p(r("Results"), style="Heading2", ppr=numbering), p(r(SECOND)))
    assert read(document).text.body.blocks[1] == Subhead((Run("Results"),), 2)


def test_a_short_bold_line_between_paragraphs_is_a_subhead_without_the_bold(read: Read) -> None:
    document = new_document()
    add_xml(
        document,
        p(r(LEDE)),
        p(r("What the ministers said", "<w:b/>")),
        p(r(SECOND)),
        p(r(LEDE + " " + SECOND, "<w:b/>")),
        p(r(SECOND)),
        p(r("Ends", "<w:b/>")),
    )
    blocks = read(document).text.body.blocks
    assert blocks[1] == Subhead((Run("What the ministers said"),), 2)
    assert blocks[3] == Paragraph((Run(LEDE + " " + SECOND, frozenset({B})),))
    assert blocks[5] == Paragraph((Run("Ends", frozenset({B})),))  # nothing follows it


# Lists, quotes, tables


def test_numbered_lists_nest_by_level(read: Read) -> None:
    document = new_document()
    num_id = add_list(document, "decimal", "bullet", "lowerLetter")
    add_xml(
        document,
        p(r(LEDE)),
        item("Belgrade", num_id),
        item("the government", num_id, 1),
        item("the opposition", num_id, 2),
        item("Pristina", num_id),
    )
    assert read(document).text.body.blocks[1:] == (
        ListItem((Run("Belgrade"),), ordered=True, level=0),
        ListItem((Run("the government"),), ordered=False, level=1),
        ListItem((Run("the opposition"),), ordered=True, level=2),
        ListItem((Run("Pristina"),), ordered=True, level=0),
    )


def test_list_styles_make_list_items(read: Read) -> None:
    document = story(
        new_document(),
        (LEDE, None),
        ("Belgrade", "List Bullet"),
        ("the government", "List Bullet 2"),
        ("Pristina", "List Number"),
    )
    assert read(document).text.body.blocks[1:] == (
        ListItem((Run("Belgrade"),), ordered=False, level=0),
        ListItem((Run("the government"),), ordered=False, level=1),
        ListItem((Run("Pristina"),), ordered=True, level=0),
    )


def test_quote_styles_make_block_quotes(read: Read) -> None:
    document = story(
        new_document(),
        (LEDE, None),
        ("We will not give up.", "Quote"),
        ("Nor will we.", "Intense Quote"),
    )
    blocks = read(document).text.body.blocks
    assert blocks[1:] == (Quote((Run("We will not give up."),)), Quote((Run("Nor will we."),)))


def test_a_table_keeps_its_cells_and_its_header_row(read: Read) -> None:
    document = story(new_document(), (LEDE, None))
    table = document.add_table(rows=3, cols=2)
    rows = [("Party", "Seats"), ("SNS", "127"), ("SPS", "18")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    table.cell(2, 0).add_paragraph("coalition")
    table.rows[0]._tr.get_or_add_trPr().append(element("<w:tblHeader/>"))
    plain = document.add_table(rows=1, cols=1)
    plain.cell(0, 0).text = "No header here"
    blocks = read(document).text.body.blocks
    assert blocks[1] == Table(
        (
            ((Run("Party"),), (Run("Seats"),)),
            ((Run("SNS"),), (Run("127"),)),
            ((Run("SPS\ncoalition"),), (Run("18"),)),
        ),
        header=True,
    )
    assert blocks[2] == Table((((Run("No header here"),),),), header=False)


# Notes, pictures, comments


def test_footnotes_and_endnotes_become_note_blocks_with_their_marks_in_the_text(
    read: Read,
) -> None:
    document = story(new_document(), ("Talks resume", "Title"))
    add_notes(document, "footnote", {1: "The ministry confirmed it.", 2: "Unused note."})
    add_notes(document, "endnote", {1: "Figures from the electoral commission."})
    add_xml(
        document,
        p(r("The talks resumed"), note_ref("footnote", 1), r(" on Monday"), note_ref("endnote", 1)),
        p(r(SECOND)),
    )
    blocks = read(document).text.body.blocks
    assert blocks[0] == Paragraph(
        (
            Run("The talks resumed"),
            Run("1", frozenset({Mark.SUPERSCRIPT})),
            Run(" on Monday"),
            Run("i", frozenset({Mark.SUPERSCRIPT})),
        )
    )
    assert blocks[2:] == (
        Footnote("1", (Run("The ministry confirmed it."),)),
        Footnote("i", (Run("Figures from the electoral commission."),), endnote=True),
    )


def test_two_note_marks_in_a_row_read_as_two(read: Read) -> None:
    document = story(new_document(), ("Talks resume", "Title"))
    add_notes(document, "footnote", {1: "First source.", 2: "Second source."})
    add_xml(
        document,
        p(r("The talks resumed"), note_ref("footnote", 1), note_ref("footnote", 2), r(".")),
    )
    blocks = read(document).text.body.blocks
    assert blocks[0].runs[1] == Run("1,2", frozenset({Mark.SUPERSCRIPT}))
    assert [note.ref for note in blocks[1:]] == ["1", "2"]  # type: ignore[union-attr]


def test_a_link_in_a_footnote_is_the_one_the_notes_part_names(read: Read) -> None:
    """Its relationship id means something else in the document part (rId1 is the styles)."""
    document = story(new_document(), ("Talks resume", "Title"))
    notes = add_notes(
        document, "footnote", {1: f'<w:hyperlink r:id="rId1">{r("Source")}</w:hyperlink>'}
    )
    assert notes.relate_to("https://rts.rs/izvor", RT.HYPERLINK, is_external=True) == "rId1"
    add_xml(document, p(r("Talks resumed"), note_ref("footnote", 1), r(".")))
    note = read(document).text.body.blocks[-1]
    assert note == Footnote("1", (Run("Source", link="https://rts.rs/izvor"),))


def test_a_picture_keeps_its_bytes_alt_text_and_caption(read: Read) -> None:
    document = story(new_document(), (LEDE, None))
    document.add_picture(BytesIO(PNG))
    doc_pr = document.paragraphs[-1].runs[0]._r.xpath(".//wp:docPr")[0]
    doc_pr.set("descr", "Protesters outside the Assembly")
    document.add_paragraph("Protesters in Belgrade on Sunday.", style="Caption")
    document.add_paragraph(SECOND)
    result = read(document)
    (picture,) = result.pictures
    assert picture.data == PNG and picture.media_type == "image/png"
    assert result.text.body.blocks[1] == Image(
        picture.name, (Run("Protesters in Belgrade on Sunday."),), "Protesters outside the Assembly"
    )
    assert body_texts(result)[2] == SECOND


def test_a_picture_in_a_table_cell_follows_the_table(read: Read) -> None:
    document = story(new_document(), (LEDE, None))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Water level"
    table.cell(0, 1).paragraphs[0].add_run().add_picture(BytesIO(PNG))
    document.add_paragraph(SECOND)
    result = read(document)
    (picture,) = result.pictures
    kinds = [block.kind for block in result.text.body.blocks]
    assert kinds == ["paragraph", "table", "image", "paragraph"]
    assert result.text.body.blocks[1].rows == (((Run("Water level"),), ()),)
    assert result.text.body.blocks[2].ref == picture.name
    assert result.warnings == ()


def test_a_missing_picture_part_imports_the_story_with_a_warning(read: Read) -> None:
    document = story(new_document(), (LEDE, None))
    document.add_picture(BytesIO(PNG))
    document.add_paragraph(SECOND)
    result = read(document, drop=("word/media/image1.png",))
    assert body_texts(result) == [LEDE, SECOND]
    assert result.pictures == ()
    assert result.warnings == ("1 picture(s) were missing from the file.",)


def test_comments_become_notes_with_their_author(read: Read) -> None:
    document = new_document()
    paragraph = document.add_paragraph(LEDE)
    document.add_comment(paragraph.runs, text="Check the date.", author="Milica Jović")
    document.add_comment(paragraph.runs, text="", author="Tom Reed")  # empty: no note
    comments = read(document).comments
    assert [(c.author, c.text) for c in comments] == [("Milica Jović", "Check the date.")]
    assert isinstance(comments[0], WordComment)


# Tracked changes, content controls, hidden text


def test_tracked_insertions_count_and_tracked_deletions_do_not(read: Read) -> None:
    stamp = 'w:author="Milica Jović" w:date="2026-11-27T10:00:00Z"'
    document = new_document()
    add_xml(
        document,
        p(
            r("Talks resumed on "),
            f'<w:del w:id="1" {stamp}><w:r><w:delText>Sunday</w:delText></w:r></w:del>',
            f'<w:ins w:id="2" {stamp}>{r("Monday")}</w:ins>',
            r("."),
        ),
        # A paragraph mark deleted: accepting the change joins the paragraph to the next.
        p(r("Both delegations "), ppr=f'<w:rPr><w:del w:id="3" {stamp}/></w:rPr>'),
        p(r("said so.")),
        p(f'<w:moveFrom w:id="4" {stamp}>{r("Moved away.")}</w:moveFrom>'),
        p(f'<w:moveTo w:id="5" {stamp}>{r("Moved here.")}</w:moveTo>'),
    )
    assert body_texts(read(document)) == [
        "Talks resumed on Monday.",
        "Both delegations said so.",
        "Moved here.",
    ]


def test_content_controls_are_read_but_not_a_contents_table_or_placeholder(read: Read) -> None:
    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr>"
        '<w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click here to enter text.</w:t>'
        "</w:r></w:sdtContent></w:sdt>"
    )
    document = new_document()
    document.styles.add_style("Placeholder Text", 2)  # id PlaceholderText
    add_xml(
        document,
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        f"{p(r('Background'), r(chr(9) + '2'))}</w:sdtContent></w:sdt>",
        f"<w:sdt><w:sdtPr/><w:sdtContent>{p(r(LEDE))}</w:sdtContent></w:sdt>",
        p(
            r("Filed from "),
            f"<w:sdt><w:sdtPr/><w:sdtContent>{r('Belgrade')}</w:sdtContent></w:sdt>",
            r(". "),
            placeholder,
        ),
    )
    assert body_texts(read(document)) == [LEDE, "Filed from Belgrade."]


def test_hidden_text_is_not_read(read: Read) -> None:
    document = new_document()
    document.styles.add_style("Editor Only", 2).font.hidden = True  # id EditorOnly
    add_xml(
        document,
        p(
            r("Talks resumed"),
            r(" (check this)", "<w:vanish/>"),
            r(" (and this)", '<w:rStyle w:val="EditorOnly"/>'),
            r(" on Monday."),
        ),
    )
    assert body_texts(read(document)) == ["Talks resumed on Monday."]


def test_a_drop_cap_joins_its_paragraph(read: Read) -> None:
    document = new_document()
    add_xml(
        document,
        p(r("T"), ppr='<w:framePr w:dropCap="drop" w:lines="3"/>'),
        p(r("alks resumed on Monday.")),
        p(r(SECOND)),
    )
    assert body_texts(read(document)) == ["Talks resumed on Monday.", SECOND]


def test_every_text_box_of_a_grouped_shape_is_read(read: Read) -> None:
    boxes = "".join(
        f"<v:rect><v:textbox><w:txbxContent>{p(r(label))}</w:txbxContent></v:textbox></v:rect>"
        for label in ("Ministry", "Focal point")
    )
    document = new_document()
    add_xml(document, p(r(LEDE), f"<w:r><w:pict><v:group>{boxes}</v:group></w:pict></w:r>"))
    assert body_texts(read(document)) == [LEDE, "Ministry", "Focal point"]


# Properties and kinds of file


def test_keywords_become_a_tuple(read: Read) -> None:
    document = story(new_document(keywords="Serbia, elections; Vučić "), (LEDE, None))
    assert read(document).properties.keywords == ("Serbia", "elections", "Vučić")


def test_a_strict_ooxml_file_reads_like_the_transitional_one(read: Read, tmp_path: Path) -> None:
    def build() -> Document:
        document = story(
            new_document(author="Ana Ilić"), ("Talks resume", "Title"), ("By Ana Ilić", None)
        )
        rid = link(document, "https://rts.rs/")
        add_xml(
            document, p(r(LEDE, "<w:b/>"), f'<w:hyperlink r:id="{rid}">{r("RTS")}</w:hyperlink>')
        )
        document.add_picture(BytesIO(PNG))
        return document

    transitional = read(build(), "transitional.docx")
    strict = read(build(), "strict.docx", strict=True)
    with zipfile.ZipFile(tmp_path / "strict.docx") as package:
        main = package.read("word/document.xml")
    assert b"http://purl.oclc.org/ooxml/wordprocessingml/main" in main
    assert b"schemas.openxmlformats.org/wordprocessingml" not in main
    assert strict.text == transitional.text
    assert strict.pictures == transitional.pictures
    assert strict.text.body.blocks[0].runs[1].link == "https://rts.rs/"


def test_a_macro_enabled_document_imports_without_its_macros(read: Read, tmp_path: Path) -> None:
    document = story(new_document(), ("Talks resume", "Title"), (LEDE, None))
    result = read(document, "story.docm", main_content_type=MACRO_ENABLED)
    with zipfile.ZipFile(tmp_path / "story.docm") as package:
        assert MACRO_ENABLED.encode() in package.read("[Content_Types].xml")
    assert result.text.headline == "Talks resume"
    assert body_texts(result) == [LEDE]


def test_a_document_without_its_main_part_is_refused_in_one_line(read: Read) -> None:
    document = story(new_document(), (LEDE, None))
    with pytest.raises(Unreadable) as refused:
        read(document, drop=("word/document.xml",))
    assert "\n" not in str(refused.value)
    assert "not a Word document" in str(refused.value)
