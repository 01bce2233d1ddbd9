"""A story's pictures in the body document: decoded once per story, fitted to the text width."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QImageIOHandler,
    QImageReader,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from desk.domain.body import Body, Image, Picture, runs_text

MAX_HEIGHT = 400  # a picture is shown at most this high (logical pixels), to leave room for text
MAX_WIDTH = 1600  # and decoded at most this wide: more than any column of text needs
# Room a picture leaves at the right: for a scroll bar that its own height may bring, and the
# cursor. A picture grows again only when the text has this much more room than before, so
# that a scroll bar coming and going cannot make it grow and shrink for ever.
SLACK, GROW = 24, 32
OBJECT = "\ufffc"  # the character a QTextDocument holds an image at
LINE_SEPARATOR = "\u2028"  # between the picture and its caption, inside the one block
# The document keeps resources by address alone, whatever their type: hence two schemes.
SHOWN, DECODED = "desk-picture", "desk-picture-decoded"
_IMAGE = QTextDocument.ResourceType.ImageResource
_USER = QTextDocument.ResourceType.UserResource
_ROTATED = QImageIOHandler.Transformation.TransformationRotate90


def image_label(image: Image) -> str:
    """The one line a picture is named by on screen: its caption, or else its alt text."""
    return " ".join((runs_text(image.caption) or image.alt).split())


def picture_text(image: Image) -> str:
    """The text of a block showing the picture: the image, then its label on a line below."""
    label = image_label(image)
    return OBJECT + LINE_SEPARATOR + label if label else OBJECT


def picture_url(name: str, scheme: str = SHOWN) -> QUrl:
    """Where the document keeps a picture (any name: '#' or '?' in it stay part of it)."""
    url = QUrl()
    url.setScheme(scheme)
    url.setPath(name, QUrl.ParsingMode.DecodedMode)
    return url


# --- decoding ------------------------------------------------------------------------------------


class DecodedPictures:
    """Owns a story's pictures as decoded for the screen, so that showing the same pictures
    again (the story reloaded after a save) decodes nothing."""

    def __init__(self) -> None:
        # name -> (the picture, the scale it was decoded at, the image: None if unreadable)
        self._decoded: dict[str, tuple[Picture, float, QImage | None]] = {}

    def decode(
        self, body: Body, pictures: Mapping[str, Picture], scale: float = 1.0
    ) -> dict[str, QImage]:
        """The pictures the body's Image blocks show, by name (those Qt cannot read left out);
        the pictures of the last body, if not shown again, are let go."""
        decoded = {}
        for name in {b.ref for b in body.blocks if isinstance(b, Image)} & pictures.keys():
            picture, last = pictures[name], self._decoded.get(name)
            same = last is not None and last[0] is picture and last[1] == scale
            decoded[name] = last if same else (picture, scale, decode(picture, scale))
        self._decoded = decoded
        return {name: image for name, (_, _, image) in decoded.items() if image is not None}

    def names(self) -> list[str]:
        """The names of the pictures shown."""
        return [name for name, (_, _, image) in self._decoded.items() if image is not None]


def decode(picture: Picture, scale: float = 1.0) -> QImage | None:
    """The picture at no more than MAX_WIDTH x MAX_HEIGHT logical pixels (of `scale` device
    pixels each), decoded straight at that size where the format can (a 6000 x 4000 JPEG reads
    in a few hundredths of a second); None for what Qt cannot read (EMF, WMF, bad bytes)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(picture.data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a photo turned in its EXIF data is shown upright
    stored = reader.size()  # as stored: before that turn, as is the size asked for below
    turned = bool(reader.transformation() & _ROTATED)
    if stored.isValid() and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        pixels = _pixels(stored.transposed() if turned else stored, scale)[1]
        reader.setScaledSize(pixels.transposed() if turned else pixels)
    image = reader.read()
    if image.isNull():
        return None
    upright = (stored.transposed() if turned else stored) if stored.isValid() else image.size()
    logical, pixels = _pixels(upright, scale)
    if image.size() != pixels:
        image = _scaled(image, pixels)
    image.setDevicePixelRatio(pixels.width() / logical.width())
    return image


def _pixels(upright: QSize, scale: float) -> tuple[QSize, QSize]:
    """The largest size a picture is shown at (logical pixels) and how many pixels that takes
    on a screen of `scale` (never more than the picture has)."""
    fit = _fitted(QSizeF(upright), MAX_WIDTH)
    logical = QSize(max(round(fit.width()), 1), max(round(fit.height()), 1))
    if logical.width() * scale >= upright.width():
        return logical, upright
    return logical, QSize(
        max(round(logical.width() * scale), 1), max(round(logical.height() * scale), 1)
    )


def _fitted(size: QSizeF, width: float) -> QSizeF:
    """`size` made smaller, keeping its shape, to fit `width` and MAX_HEIGHT."""
    box = QSizeF(max(width, 1.0), MAX_HEIGHT)
    if size.width() <= box.width() and size.height() <= box.height():
        return size
    return size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)


def _scaled(image: QImage, pixels: QSize) -> QImage:
    return image.scaled(
        pixels, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


# --- in the document -----------------------------------------------------------------------------


def keep(document: QTextDocument, images: Mapping[str, QImage]) -> None:
    """Give the document the story's decoded pictures, for Image blocks to show (a cleared
    document forgets them)."""
    for name, image in images.items():
        document.addResource(_USER, picture_url(name, DECODED), image)


def decoded(document: QTextDocument, name: str) -> QImage | None:
    kept = document.resource(_USER, picture_url(name, DECODED))
    return kept if isinstance(kept, QImage) and not kept.isNull() else None


def room(document: QTextDocument) -> float:
    """How wide the document's text may be (inside its margins); MAX_WIDTH if it has no width
    of its own."""
    width = document.textWidth()
    return width - 2 * document.documentMargin() if width > 0 else MAX_WIDTH + SLACK


def insert_picture(cursor: QTextCursor, image: Image, look: QTextCharFormat) -> bool:
    """Put the picture of an Image block in at the cursor, fitted to the width, and its label
    under it in `look`; False (nothing written) if the document has no such picture."""
    document = cursor.document()
    if (source := decoded(document, image.ref)) is None:
        return False
    line = QTextBlockFormat()  # as high as the picture, not a quarter more like text lines
    line.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    line.setTopMargin(4)
    line.setBottomMargin(14)  # a little air between the caption and the text that goes on
    cursor.mergeBlockFormat(line)
    url = picture_url(image.ref)
    document.addResource(_IMAGE, url, fitted(source, room(document) - SLACK))
    shown = QTextImageFormat()
    shown.setName(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    cursor.insertText(OBJECT, shown)
    if label := image_label(image):
        cursor.insertText(LINE_SEPARATOR + label, look)
    return True


def fitted(source: QImage, width: float) -> QImage:
    """The decoded picture made smaller, smoothly, to fit `width` and MAX_HEIGHT."""
    size = source.deviceIndependentSize()
    shown = _fitted(size, width)
    if shown.width() >= size.width() - 0.5:
        return source
    ratio = source.devicePixelRatio()
    pixels = QSize(max(int(shown.width() * ratio), 1), max(int(shown.height() * ratio), 1))
    image = _scaled(source, pixels)
    image.setDevicePixelRatio(ratio)
    return image


def refit(document: QTextDocument, names: Iterable[str]) -> bool:
    """Fit the pictures shown under these names again if they reach past the text's edge now
    (or could grow by GROW), without touching the text or its undo history; whether any did."""
    space, changed = room(document), False
    for name in names:
        source, url = decoded(document, name), picture_url(name)
        shown = document.resource(_IMAGE, url)
        if source is None or not isinstance(shown, QImage):
            continue
        image, width = fitted(source, space - SLACK), shown.deviceIndependentSize().width()
        if width > space or image.deviceIndependentSize().width() >= width + GROW:
            document.addResource(_IMAGE, url, image)
            changed = True
    if changed:  # lay the text out again around the pictures' new sizes
        document.markContentsDirty(0, document.characterCount())
    return changed
