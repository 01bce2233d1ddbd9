"""The story pane's body editor: a QTextEdit that reads and writes the Body model, never HTML."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QWidget

from desk.domain.body import Body, Image, Mark, Paragraph, Picture, plain
from desk.formats.html import render_body_html, safe_href
from desk.formats.html_reader import parse_html
from desk.formats.text import clean
from desk.ui import body_document as doc
from desk.ui import body_pictures as pics

BODY_MIME = "application/x-desk-body+json"  # what copying inside Desk carries, exactly
LinkPrompt = Callable[[str], str | None]
Change = Callable[[frozenset[Mark], str | None], tuple[frozenset[Mark], str | None]]
_Key = Qt.Key
_StandardKey = QKeySequence.StandardKey

# (mark, object name, label, shortcut): the checkable character formats.
_MARK_ACTIONS = (
    (Mark.BOLD, "format-bold", "Bold", _StandardKey.Bold),
    (Mark.ITALIC, "format-italic", "Italic", _StandardKey.Italic),
    (Mark.UNDERLINE, "format-underline", "Underline", _StandardKey.Underline),
    (Mark.STRIKE, "format-strike", "Strikethrough", "Ctrl+Shift+X"),
)
# (block kind, object name, label, shortcut): what a paragraph is. Quote and lists toggle.
_KIND_ACTIONS = (
    (doc.PARAGRAPH, "format-paragraph", "Normal paragraph", "Ctrl+0"),
    (doc.SUBHEADS[2], "format-subhead-2", "Subhead 2", "Ctrl+2"),
    (doc.SUBHEADS[3], "format-subhead-3", "Subhead 3", "Ctrl+3"),
    (doc.SUBHEADS[4], "format-subhead-4", "Subhead 4", "Ctrl+4"),
    (doc.QUOTED, "format-quote", "Block quote", "Ctrl+Shift+9"),
    (doc.BULLETED, "format-bulleted-list", "Bulleted list", "Ctrl+Shift+8"),
    (doc.NUMBERED, "format-numbered-list", "Numbered list", "Ctrl+Shift+7"),
)


class BodyEditor(QTextEdit):
    """Owns the body on screen: its document and undo history, the format actions that change it
    (for the window's toolbar and menus), what copy and paste carry, and the story's pictures
    as decoded for the screen."""

    bodyChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, link_prompt: LinkPrompt | None = None):
        super().__init__(parent)
        self.ask_link: LinkPrompt = link_prompt or self._ask_link
        self._loading = False
        self._pictures = pics.DecodedPictures()
        self._fit_timer = QTimer(self)  # fits the pictures again once a resize settles
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(60)
        self._fit_timer.timeout.connect(self.fit_pictures)
        self.setTabChangesFocus(True)  # Tab moves list items; elsewhere it leaves the editor
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setPlaceholderText(self.tr("Write the story here"))
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF() * 1.2, 11.0))
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(24)
        self._marks: dict[Mark, QAction] = {}
        self._kinds: dict[str, QAction] = {}
        self._actions = self._make_actions()
        self.textChanged.connect(self._text_changed)
        self.cursorPositionChanged.connect(self._sync_actions)
        self.currentCharFormatChanged.connect(lambda _format: self._sync_actions())
        self.set_body(Body())

    # --- the body --------------------------------------------------------------------------------

    def set_body(self, body: Body, pictures: Mapping[str, Picture] | None = None) -> None:
        """Show another body: no bodyChanged, and undo cannot reach back past it. Its Image
        blocks show their pictures from `pictures` (the story's, by name) where Qt reads them."""
        images = self._pictures.decode(body, pictures or {}, self.devicePixelRatioF())
        self._loading = True
        try:
            doc.body_to_document(body, self.document(), images)
        finally:
            self._loading = False
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._sync_actions()

    def body(self) -> Body:
        return doc.document_to_body(self.document())

    def fit_pictures(self) -> None:
        """Fit the pictures to the width the text has now (they never reach past its edge)."""
        pics.refit(self.document(), self._pictures.names())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pictures.names():
            self._fit_timer.start()

    def set_editable(self, editable: bool) -> None:
        """Editable only for the holder of the edit lock; the text stays selectable either way."""
        self.setReadOnly(not editable)
        if not editable:
            flags = Qt.TextInteractionFlag
            self.setTextInteractionFlags(
                flags.TextSelectableByMouse | flags.TextSelectableByKeyboard
            )
        for action in self._actions:
            action.setEnabled(editable)

    def _text_changed(self) -> None:
        if not self._loading:
            self.bodyChanged.emit()

    # --- the format actions ----------------------------------------------------------------------

    def format_actions(self) -> list[QAction]:
        """Bold, italic, underline, strikethrough, link, then the block kinds, in toolbar order."""
        return list(self._actions)

    def _make_actions(self) -> list[QAction]:
        for mark, name, label, keys in _MARK_ACTIONS:
            action = self._action(name, self.tr(label), QKeySequence(keys), checkable=True)
            action.triggered.connect(lambda on, mark=mark: self.set_mark(mark, on))
            self._marks[mark] = action
        link = self._action("format-link", self.tr("Link…"), QKeySequence("Ctrl+K"))
        link.triggered.connect(lambda: self.edit_link())
        for kind, name, label, keys in _KIND_ACTIONS:
            action = self._action(name, self.tr(label), QKeySequence(keys), checkable=True)
            action.triggered.connect(lambda _on, kind=kind: self.set_kind(kind))
            self._kinds[kind] = action
        return [*self._marks.values(), link, *self._kinds.values()]

    def _action(self, name: str, text: str, keys: QKeySequence, *, checkable: bool = False):
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(keys)
        # Only while the body has the focus: Ctrl+B in the headline field is not for the body.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        self.addAction(action)
        return action

    def _sync_actions(self) -> None:
        """Check the actions that describe the text at the cursor."""
        block = self.textCursor().block()
        marks, _link = doc.marks_of(self.currentCharFormat(), doc.heading_level(block))
        for mark, action in self._marks.items():
            action.setChecked(mark in marks)
        kind = doc.block_kind(block)
        for name, action in self._kinds.items():
            action.setChecked(name == kind)

    def set_mark(self, mark: Mark, on: bool) -> None:
        self._restyle(lambda marks, link: (marks | {mark} if on else marks - {mark}, link))

    def set_kind(self, kind: str) -> None:
        """Make the paragraphs under the cursor `kind`; a quote or list made again is undone."""
        cursor, toggles = self.textCursor(), (doc.QUOTED, doc.BULLETED, doc.NUMBERED)
        if kind in toggles and doc.block_kind(cursor.block()) == kind:
            kind = doc.PARAGRAPH
        _set_block_kind(cursor, kind)
        self._refresh_cursor()

    def edit_link(self) -> None:
        """Ask for the address of the selection's (or the word's) link; empty removes it."""
        cursor = self.textCursor()
        heading = doc.heading_level(cursor.block())
        current = doc.marks_of(cursor.charFormat(), heading)[1]
        if not cursor.hasSelection():
            if current:
                _select_link(cursor, current)
            else:
                cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        answer = self.ask_link(current or "")
        if answer is None or self.isReadOnly():
            return
        href = safe_href(answer.strip())
        if answer.strip() and href is None:
            return  # an address that would run code is never linked
        if cursor.hasSelection():
            _restyle(cursor, lambda marks, _link: (marks, href))
        elif href:
            cursor.insertText(href, doc.char_format(frozenset(), href, heading))
        self._refresh_cursor()

    def _restyle(self, change: Change) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            _restyle(cursor, change)
        else:  # what is typed next
            heading = doc.heading_level(cursor.block())
            marks, link = change(*doc.marks_of(self.currentCharFormat(), heading))
            self.setCurrentCharFormat(doc.char_format(marks, link, heading))
        self._sync_actions()

    def _refresh_cursor(self) -> None:
        """Re-read the format at the cursor after its block changed under it."""
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._sync_actions()

    # --- keys, copy and paste --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly() or not self._handled_key(event):
            super().keyPressEvent(event)

    def _handled_key(self, event: QKeyEvent) -> bool:
        """Tab moves list items; Enter leaves a subhead; placeholders refuse to be half-edited."""
        cursor, key = self.textCursor(), event.key()
        if key in (_Key.Key_Tab, _Key.Key_Backtab):
            shifted = _shift_list_items(cursor, -1 if key == _Key.Key_Backtab else 1)
            if shifted:
                self._refresh_cursor()
            return shifted
        enter = key in (_Key.Key_Return, _Key.Key_Enter) and not event.modifiers()
        if enter and self._break_out(cursor):
            return True
        return _edits(event) and not _may_edit(self.document(), *_edit_range(cursor, key))

    def _break_out(self, cursor: QTextCursor) -> bool:
        """Enter at the end of a subhead or a placeholder (or before one) starts a paragraph."""
        block, position = cursor.block(), cursor.position()
        if cursor.hasSelection() or doc.in_table(block):
            return False
        opaque = block.blockFormat().hasProperty(doc.OPAQUE)
        if position == block.position() + len(block.text()) and (
            opaque or doc.heading_level(block)
        ):
            cursor.insertBlock(doc.block_format(), QTextCharFormat())
        elif opaque and position == block.position() and block.text():
            cursor.beginEditBlock()
            cursor.insertBlock()
            before = QTextCursor(block)  # the block kept before the split: now the empty one
            before.setBlockFormat(doc.block_format())
            before.setBlockCharFormat(QTextCharFormat())
            cursor.endEditBlock()
            cursor.setPosition(block.position())
        else:
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if event.commitString() and not _may_edit(self.document(), start, end):
            return event.ignore()
        return super().inputMethodEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(BODY_MIME) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste (or drop) as body blocks: formatting the model has is kept, the rest dropped."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if self.isReadOnly() or not _may_edit(self.document(), start, end):
            return
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        doc.insert_body(cursor, pasted_body(source))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        body = doc.selection_body(cursor)
        mime = QMimeData()
        mime.setData(BODY_MIME, json.dumps(body.to_data(), ensure_ascii=False).encode())
        mime.setHtml(render_body_html(body))
        mime.setText(cursor.selection().toPlainText().replace(pics.OBJECT, ""))
        return mime

    def _ask_link(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Link"), self.tr("Address (empty removes the link):"), text=current
        )
        return text if ok else None


def pasted_body(source: QMimeData) -> Body:
    """What a paste brings: Desk's own copy as it was, HTML through the model (pictures from
    elsewhere left out: nothing is fetched), or plain text as paragraphs, one a line."""
    if source.hasFormat(BODY_MIME):
        try:
            return Body.from_data(json.loads(bytes(source.data(BODY_MIME).data()).decode()))
        except (ValueError, KeyError, TypeError):
            pass  # a damaged copy: read its HTML or text instead
    if source.hasHtml():
        blocks = tuple(b for b in parse_html(source.html()).blocks if not isinstance(b, Image))
        if blocks or not source.hasText():
            return Body(blocks)
    lines = clean(source.text()).split("\n")
    if len(lines) == 1:  # a word or a phrase goes in as it is, spaces and all
        return Body((Paragraph(plain(lines[0])),) if lines[0] else ())
    return Body.from_paragraphs(line.strip() for line in lines)


# --- editing the document ------------------------------------------------------------------------


def _edits(event: QKeyEvent) -> bool:
    if event.key() in (_Key.Key_Backspace, _Key.Key_Delete, _Key.Key_Return, _Key.Key_Enter):
        return True
    if event.matches(_StandardKey.Paste) or event.matches(_StandardKey.Cut):
        return True
    return bool(event.text()) and event.text().isprintable()


def _edit_range(cursor: QTextCursor, key: int) -> tuple[int, int]:
    if cursor.hasSelection():
        return cursor.selectionStart(), cursor.selectionEnd()
    position = cursor.position()
    if key == _Key.Key_Backspace:
        return max(position - 1, 0), position
    return position, position + (key == _Key.Key_Delete)


def _may_edit(document: QTextDocument, start: int, end: int) -> bool:
    """Whether changing start..end leaves every placeholder whole or gone, never half-edited."""
    for position in {start, end}:
        block = document.findBlock(position)
        whole = start <= block.position() and end >= block.position() + len(block.text())
        if block.blockFormat().hasProperty(doc.OPAQUE) and not whole:
            return False
    return True


def _selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    block, end = cursor.document().findBlock(cursor.selectionStart()), cursor.selectionEnd()
    out = [block]
    while block.next().isValid() and block.next().position() < end:
        block = block.next()
        out.append(block)
    return out


def _restyle(cursor: QTextCursor, change: Change) -> None:
    """Change the marks and link of the selected text, piece by piece, keeping the rest."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    for block in _selected_blocks(cursor):
        if block.blockFormat().hasProperty(doc.OPAQUE):
            continue
        heading = doc.heading_level(block)
        for at, text, fmt in doc.fragments(block):
            lo, hi = max(start, at), min(end, at + len(text))
            if lo < hi:
                edit.setPosition(lo)
                edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                edit.setCharFormat(doc.char_format(*change(*doc.marks_of(fmt, heading)), heading))
    edit.endEditBlock()


def _set_block_kind(cursor: QTextCursor, kind: str) -> None:
    """Make the selected blocks `kind`, keeping their marks; cells and placeholders stay."""
    level = next((lv for lv, name in doc.SUBHEADS.items() if name == kind), 0)
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    for block in _selected_blocks(cursor):
        if doc.block_kind(block) == doc.OTHER:
            continue
        heading, depth, old = doc.heading_level(block), doc.list_level(block), block.textList()
        looks = [
            (at, len(text), doc.marks_of(fmt, heading)) for at, text, fmt in doc.fragments(block)
        ]
        edit.setPosition(block.position())
        if old is not None:
            old.remove(block)
        edit.setBlockFormat(doc.block_format(kind, level))
        if kind in (doc.BULLETED, doc.NUMBERED):
            _join_list(edit, kind == doc.NUMBERED, depth if old is not None else 0)
        edit.setBlockCharFormat(doc.char_format(frozenset(), None, level))
        for at, length, (marks, link) in looks:  # the same marks, in the new kind's look
            edit.setPosition(at)
            edit.setPosition(at + length, QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(doc.char_format(marks, link, level))
    edit.endEditBlock()


def _join_list(cursor: QTextCursor, ordered: bool, level: int) -> None:
    """Put the cursor's block in a list: the one just above if it is of this kind and level."""
    above = cursor.block().previous()
    items = above.textList() if above.isValid() else None
    if items is not None and doc.list_level(above) == level and doc.is_numbered(items) == ordered:
        items.add(cursor.block())
    else:
        cursor.createList(doc.list_format(ordered, level))


def _shift_list_items(cursor: QTextCursor, delta: int) -> bool:
    """Move the list items under the cursor a level in or out; False if it is not in a list."""
    items = [b for b in _selected_blocks(cursor) if b.textList() is not None]
    if not items:
        return False
    edit = QTextCursor(cursor.document())
    edit.beginEditBlock()
    for block in items:
        old = block.textList()
        ordered, level = doc.is_numbered(old), max(doc.list_level(block) + delta, 0)
        old.remove(block)
        edit.setPosition(block.position())
        _join_list(edit, ordered, level)
    edit.endEditBlock()
    return True


def _select_link(cursor: QTextCursor, href: str) -> None:
    """Select the whole link the cursor stands in."""
    position, spans = cursor.position(), []
    for at, text, fmt in doc.fragments(cursor.block()):
        if fmt.isAnchor() and fmt.anchorHref() == href:
            if spans and spans[-1][1] == at:
                spans[-1] = (spans[-1][0], at + len(text))
            else:
                spans.append((at, at + len(text)))
    for lo, hi in spans:
        if lo <= position <= hi:
            cursor.setPosition(lo)
            cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            return
