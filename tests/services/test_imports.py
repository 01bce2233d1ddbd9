"""Word files into the newsroom: a draft with its pictures, notes and tags; refusals store nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.domain.body import Body, Image, Paragraph, Picture, Run
from desk.domain.story import State, StoryFilter, StoryText
from desk.formats.docx_reader import read_docx
from desk.formats.docx_writer import render_docx
from desk.formats.word import Unreadable, WordComment, WordDocument, WordProperties
from desk.services.exports import export_stories
from desk.services.imports import import_files, store_document, word_files
from desk.services.notes import list_comments
from desk.storage.uow import UnitOfWork
from tests.formats.docx_builder import PNG


def _document(**text: object) -> WordDocument:
    body = Body((Paragraph((Run("Talks resumed on Thursday."),)),))
    return WordDocument(text=StoryText(**({"body": body} | text)))  # type: ignore[arg-type]


def _count(uow: UnitOfWork) -> tuple[int, int]:
    with uow.reading():
        stories = uow.stories.count(StoryFilter())
        pictures = sum(len(uow.pictures.for_story(s)) for s in range(1, stories + 1))
    return stories, pictures


def test_a_word_file_becomes_a_draft_of_the_importer_with_pictures_notes_and_tags(
    staffed: UnitOfWork,
) -> None:
    document = WordDocument(
        text=StoryText(
            headline="Flood in Obrenovac",
            byline="Piše: Ana Ilić",
            dateline="OBRENOVAC, Nov 27 —",
            body=Body(
                (
                    Paragraph((Run("The river rose overnight."),)),
                    Image("image1.png", (Run("The main street"),), "Water at the doors"),
                )
            ),
        ),
        properties=WordProperties(keywords=("flood", "Obrenovac")),
        pictures=(Picture("image1.png", "image/png", PNG),),
        comments=(WordComment("Jelena Marić", "Check the water level figure"),),
    )
    story = store_document(staffed, "ana", document, Path("poplava.docx"), desk="Region")
    assert (story.state, story.author, story.lock_holder, story.desk) == (
        State.DRAFT,
        "ana",
        "ana",
        "Region",
    )
    assert story.headline == "Flood in Obrenovac"
    assert story.byline_parts["names"] == ["Ana Ilić"]
    assert story.tags == ("flood", "Obrenovac")
    with staffed.reading():
        assert staffed.pictures.for_story(story.id)["image1.png"].data == PNG
    notes = list_comments(staffed, story.id)
    assert [(n.author, n.text) for n in notes] == [
        ("ana", "Word comment by Jelena Marić: Check the water level figure")
    ]


def test_an_imported_story_exports_to_word_with_its_picture(
    staffed: UnitOfWork, tmp_path: Path
) -> None:
    text = StoryText(
        headline="Flood in Obrenovac",
        body=Body((Paragraph((Run("The river rose."),)), Image("image1.png", (), "Water"))),
    )
    source = tmp_path / "in.docx"
    source.write_bytes(
        render_docx(
            text, WordProperties(), pictures={"image1.png": Picture("image1.png", "image/png", PNG)}
        )
    )
    story = store_document(staffed, "ana", read_docx(source), source)
    (written,) = export_stories(staffed, [story.id], "docx", tmp_path / "out.docx")
    again = read_docx(written)
    assert again.text.headline == "Flood in Obrenovac"
    assert [p.data for p in again.pictures] == [PNG]


def test_without_a_headline_the_slug_comes_from_the_title_property_or_the_file_name(
    staffed: UnitOfWork,
) -> None:
    titled = WordDocument(text=_document().text, properties=WordProperties(title="Budžet za 2027."))
    assert store_document(staffed, "ana", titled, Path("x.docx")).slug == "budzet-za-2027"
    untitled = _document()
    assert (
        store_document(staffed, "ana", untitled, Path("Izveštaj Niš.docx")).slug == "izvestaj-nis"
    )


def test_a_headline_too_long_for_its_field_stays_in_the_body(staffed: UnitOfWork) -> None:
    long_title = " ".join(["Word"] * 120)
    story = store_document(staffed, "ana", _document(headline=long_title), Path("long.docx"))
    assert story.headline == ""
    assert story.body.blocks[0].text == long_title.strip()
    assert story.body.blocks[1].text == "Talks resumed on Thursday."


def test_a_batch_keeps_the_good_files_and_reports_each_refusal(
    staffed: UnitOfWork, tmp_path: Path
) -> None:
    good = tmp_path / "good.docx"
    good.write_bytes(render_docx(_document(headline="Talks resume").text, WordProperties()))
    bad = tmp_path / "bad.docx"
    bad.write_text("this is not a Word file")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(render_docx(StoryText(), WordProperties()))
    before = _count(staffed)

    outcomes = list(import_files(staffed, "ana", [bad, good, empty], read=read_docx))

    assert [o.file for o in outcomes] == [bad, good, empty]
    assert [o.imported for o in outcomes] == [False, True, False]
    assert "not a Word document" in (outcomes[0].error or "")
    assert outcomes[2].error == "It has no text to import."
    assert outcomes[1].headline == "Talks resume"
    assert outcomes[1].to_data() == {"file": str(good), "id": outcomes[1].story_id}
    assert _count(staffed) == (before[0] + 1, before[1])


def test_a_refusal_inside_the_newsroom_stores_nothing(staffed: UnitOfWork, tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(render_docx(_document(headline="Talks").text, WordProperties()))
    before = _count(staffed)
    (outcome,) = import_files(staffed, "ana", [path], desk="Sport", read=read_docx)
    assert not outcome.imported and "Sport" in (outcome.error or "")
    assert _count(staffed) == before


def test_a_folder_gives_its_word_files_in_name_order(tmp_path: Path) -> None:
    names = ("b.docx", "a.DOCX", "c.dotm", "notes.txt", "d.doc", "e.odt", "photo.jpg", "~$b.docx")
    for name in names:
        (tmp_path / name).write_bytes(b"")
    found = [p.name for p in word_files([tmp_path])]
    assert found == ["a.DOCX", "b.docx", "c.dotm", "d.doc", "e.odt"]


def test_a_reader_refusal_is_the_files_outcome(staffed: UnitOfWork, tmp_path: Path) -> None:
    def refuse(_path: Path) -> WordDocument:
        raise Unreadable("It is password-protected.")

    (outcome,) = import_files(staffed, "ana", [tmp_path / "x.docx"], read=refuse)
    assert outcome.error == "It is password-protected."


def test_an_opendocument_file_is_told_to_be_saved_as_word(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "izvestaj.odt"
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(Unreadable, match=r"OpenDocument .*save it as \.docx"):
        read_docx(path)


def test_a_web_page_export_writes_the_pictures_beside_it(
    staffed: UnitOfWork, tmp_path: Path
) -> None:
    document = WordDocument(
        text=StoryText(
            headline="Flood",
            body=Body((Paragraph((Run("Water."),)), Image("image1.png", (Run("Main street"),)))),
        ),
        pictures=(Picture("image1.png", "image/png", PNG),),
    )
    story = store_document(staffed, "ana", document, Path("flood.docx"))
    (page,) = export_stories(staffed, [story.id], "html", tmp_path)
    assert page.name == "flood.html"
    assert (tmp_path / "flood-image1.png").read_bytes() == PNG
    html = page.read_text(encoding="utf-8")
    assert '<img src="flood-image1.png"' in html
    assert "<figcaption>Main street</figcaption>" in html
