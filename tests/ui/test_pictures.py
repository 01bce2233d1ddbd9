"""Pictures in the body editor: an Image block shows its picture, fitted to the text, and still
reads back as the very block it was; what Qt cannot draw stays the grey placeholder."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.domain.body import Body, Image, Mark, Paragraph, Picture, Run, plain
from desk.domain.story import StoryText
from desk.errors import NotFound
from desk.services import queries, stories
from desk.storage.uow import UnitOfWork
from desk.ui import body_pictures as pics
from desk.ui.body_document import body_to_document, document_to_body
from desk.ui.body_editor import BodyEditor
from desk.ui.main_window import MainWindow
from tests.ui.conftest import FakePrompts, _user

OBJECT, LINE = pics.OBJECT, pics.LINE_SEPARATOR
CAPTION = (Run("Most ", frozenset({Mark.ITALIC})), Run("na Savi"))
BODY = Body(
    (
        Paragraph(plain("Pre")),
        Image("photo.jpg", CAPTION, "most"),
        Image("map.png", (), "karta"),
        Image("bare.png"),
        Paragraph(plain("Posle")),
    )
)


def encoded(width: int, height: int, kind: bytes = b"png", colour: str = "steelblue") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, kind).write(image)
    buffer.close()
    return bytes(data.data())


def picture(name: str, width: int, height: int, kind: bytes = b"png") -> Picture:
    return Picture(name, f"image/{kind.decode()}", encoded(width, height, kind))


def pictures() -> dict[str, Picture]:
    made = (picture("photo.jpg", 800, 600, b"jpeg"), picture("map.png", 600, 1200))
    return {p.name: p for p in (*made, picture("bare.png", 50, 40))}


def shown(document: QTextDocument, name: str) -> QImage | None:
    image = document.resource(QTextDocument.ResourceType.ImageResource, pics.picture_url(name))
    return image if isinstance(image, QImage) else None


def block_texts(document: QTextDocument) -> list[str]:
    block, texts = document.begin(), []
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def written(body: Body, given: dict[str, Picture], width: float = -1) -> QTextDocument:
    document = QTextDocument()
    document.setTextWidth(width)
    body_to_document(body, document, pics.DecodedPictures().decode(body, given))
    return document


# --- the document --------------------------------------------------------------------------------


def test_a_body_with_pictures_round_trips_unchanged(qapp: QApplication) -> None:
    document = written(BODY, pictures())
    assert block_texts(document) == [
        "Pre",
        f"{OBJECT}{LINE}Most na Savi",  # the picture, then its caption under it
        f"{OBJECT}{LINE}karta",  # no caption: the alt text
        OBJECT,
        "Posle",
    ]
    assert document_to_body(document) == BODY


def test_the_document_holds_each_picture_fitted_to_the_text(qapp: QApplication) -> None:
    document = written(BODY, pictures(), width=500)
    room = 500 - 2 * document.documentMargin() - pics.SLACK  # 468
    assert room == 468
    photo, tall, small = (shown(document, n) for n in ("photo.jpg", "map.png", "bare.png"))
    assert photo is not None and photo.size() == QSize(468, 351)  # 800 x 600, to the width
    assert tall is not None and tall.size() == QSize(200, 400)  # 600 x 1200, to MAX_HEIGHT
    assert small is not None and small.size() == QSize(50, 40)  # never made larger
    layout, picture_block = document.documentLayout(), document.begin().next()
    assert layout.blockBoundingRect(picture_block).height() > 351  # drawn, caption under it
    assert layout.blockBoundingRect(picture_block).width() <= 500


def test_pictures_of_any_name_are_found(qapp: QApplication) -> None:
    body = Body((Image("a b#c?.png", plain("x")), Image("Ђ/слика.png")))
    given = {p.name: p for p in (picture("a b#c?.png", 30, 20), picture("Ђ/слика.png", 20, 30))}
    document = written(body, given)
    assert [shown(document, name).size() for name in given] == [QSize(30, 20), QSize(20, 30)]
    assert document.documentLayout().blockBoundingRect(document.begin()).height() > 20
    assert document_to_body(document) == body


@pytest.mark.parametrize(
    "data",
    [
        b"\x01\x00\x00\x00\x6c\x00\x00\x00" + bytes(100),  # an EMF header: Qt has no reader
        b"\xd7\xcd\xc6\x9a" + bytes(40),  # a placeable WMF
        encoded(40, 30, b"jpeg")[:60],  # a JPEG cut short
        b"",
    ],
    ids=["emf", "wmf", "broken-jpeg", "empty"],
)
def test_a_picture_qt_cannot_read_stays_a_placeholder(qapp: QApplication, data: bytes) -> None:
    body = Body((Image("photo.jpg", CAPTION, "most"),))
    document = written(body, {"photo.jpg": Picture("photo.jpg", "image/x-emf", data)})
    assert block_texts(document) == ["[Image: Most na Savi]"]
    assert shown(document, "photo.jpg") is None
    assert document_to_body(document) == body


def test_a_picture_missing_from_the_story_stays_a_placeholder(qapp: QApplication) -> None:
    document = written(BODY, {})
    assert block_texts(document)[1:4] == ["[Image: Most na Savi]", "[Image: karta]", "[Image]"]
    assert document_to_body(document) == BODY


def test_a_large_photo_is_decoded_at_the_size_it_is_shown(qapp: QApplication) -> None:
    photo = picture("big.jpg", 6000, 4000, b"jpeg")
    image = pics.decode(photo)
    assert image is not None and image.size() == QSize(600, 400)  # not 96 MB of pixels
    sharp = pics.decode(photo, scale=2.0)  # a high-density screen: twice the pixels
    assert sharp is not None and sharp.size() == QSize(1200, 800)
    assert sharp.deviceIndependentSize().toSize() == QSize(600, 400)
    wide = pics.decode(picture("wide.png", 4000, 500))
    assert wide is not None and wide.size() == QSize(pics.MAX_WIDTH, 200)


def test_a_photo_turned_in_its_exif_data_is_shown_upright(qapp: QApplication) -> None:
    data = encoded(800, 200, b"jpeg")  # stored lying down, EXIF orientation 6 stands it up
    tiff = b"MM\x00*" + struct.pack(">IHHHIHHI", 8, 1, 0x0112, 3, 1, 6, 0, 0)
    exif = b"Exif\x00\x00" + tiff
    turned = data[:2] + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + data[2:]
    image = pics.decode(Picture("turned.jpg", "image/jpeg", turned))
    assert image is not None and image.size() == QSize(100, 400)


# --- the editor ----------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    yield widget
    QGuiApplication.clipboard().clear()  # data left on the clipboard crashes Qt at exit


def select(editor: BodyEditor, start: int, end: int | None = None) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start if end is None else end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_a_picture_is_not_edited_as_text(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.set_body(BODY, pictures())
    assert block_texts(editor.document())[1] == f"{OBJECT}{LINE}Most na Savi"
    for position in (4, 5, 8):  # before the picture, after it, inside the caption
        select(editor, position)
        qtbot.keyClicks(editor, "x")
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    select(editor, 19)  # the start of the next block
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.body() == BODY
    select(editor, 18)  # the end of the caption: Enter starts a paragraph after the picture
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Novo")
    assert editor.body() == Body((*BODY.blocks[:2], Paragraph(plain("Novo")), *BODY.blocks[2:]))


def test_a_picture_deleted_whole_comes_back_on_undo_and_paste(
    editor: BodyEditor, qtbot: QtBot
) -> None:
    editor.set_body(BODY, pictures())
    select(editor, 3, 18)  # from the end of "Pre" to the end of the caption
    editor.cut()
    assert editor.body() == Body((BODY.blocks[0], *BODY.blocks[2:]))
    editor.undo()
    assert editor.body() == BODY
    assert block_texts(editor.document())[1].startswith(OBJECT)  # the picture, not a placeholder
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.paste()
    assert editor.body() == Body((*BODY.blocks, BODY.blocks[1]))
    assert block_texts(editor.document())[-1] == f"{OBJECT}{LINE}Most na Savi"


def test_copying_a_picture_as_text_leaves_the_caption(editor: BodyEditor) -> None:
    editor.set_body(BODY, pictures())
    select(editor, 4, 18)
    assert editor.createMimeDataFromSelection().text() == "\nMost na Savi"


def test_pictures_fit_the_editor_as_its_width_changes(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    document = editor.document()

    def width(name: str = "photo.jpg") -> float:
        image = shown(document, name)
        assert image is not None
        return image.deviceIndependentSize().width()

    with qtbot.assertNotEmitted(editor.bodyChanged):
        editor.set_body(BODY, pictures())
        assert width() == 533  # room enough: 800 x 600 shown 400 high
        editor.resize(360, 500)
        qtbot.waitUntil(lambda: width() <= pics.room(document) - pics.SLACK, timeout=2000)
        assert width() > 360 / 2
        editor.resize(900, 500)
        qtbot.waitUntil(lambda: width() == 533, timeout=2000)
    assert not document.isUndoAvailable() and editor.body() == BODY


def test_a_picture_never_reaches_past_the_text_at_load(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.resize(300, 200)  # narrow and short: the scroll bar comes with the picture
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_body(BODY, pictures())
    qtbot.wait(10)
    assert shown(editor.document(), "photo.jpg").deviceIndependentSize().width() <= pics.room(
        editor.document()
    )


def test_the_same_pictures_shown_again_are_not_decoded_again(qapp: QApplication) -> None:
    decoded, given = pics.DecodedPictures(), pictures()
    first = decoded.decode(BODY, given)
    assert sorted(first) == ["bare.png", "map.png", "photo.jpg"]
    again = decoded.decode(BODY, given)
    assert all(again[name].cacheKey() == first[name].cacheKey() for name in first)
    assert decoded.decode(Body(), given) == {} and decoded.names() == []


# --- the open story ------------------------------------------------------------------------------


def test_story_pictures_reads_a_storys_pictures(newsroom_uow: UnitOfWork) -> None:
    given = pictures()
    story = stories.create_story(
        newsroom_uow, "ana", StoryText("Most", "", "By Ana", "", BODY), pictures=(*given.values(),)
    )
    assert queries.story_pictures(newsroom_uow, story.id) == given
    with pytest.raises(NotFound):
        queries.story_pictures(newsroom_uow, story.id + 100)


def test_an_open_story_shows_its_pictures(
    qtbot: QtBot, newsroom_uow: UnitOfWork, prompts: FakePrompts, tmp_path: Path
) -> None:
    given = pictures()
    text = StoryText("Most na Savi", "", "By Ana Ilić", "", BODY)
    story = stories.create_story(newsroom_uow, "ana", text, pictures=(*given.values(),))
    settings = QSettings(str(tmp_path / "ana.ini"), QSettings.Format.IniFormat)
    window = MainWindow(newsroom_uow, _user(newsroom_uow, "ana"), settings, prompts)
    window.notifier.stop()
    qtbot.addWidget(window)
    window.show()
    window.open_story(story.id)
    editor = window.pane.editor
    assert editor.body() == BODY
    assert [t[:1] for t in block_texts(editor.document())] == ["P", OBJECT, OBJECT, OBJECT, "P"]
    image = shown(editor.document(), "photo.jpg")
    assert image is not None and image.deviceIndependentSize().width() <= pics.room(
        editor.document()
    )
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " danas")
    assert window.pane.save_version()
    saved = queries.get_story(newsroom_uow, story.id).body
    assert saved.blocks[:4] == BODY.blocks[:4]  # the pictures' blocks saved as they were
    assert block_texts(editor.document())[1].startswith(OBJECT)
    window.pane.autosave_timer.stop()
