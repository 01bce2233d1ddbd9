"""The Notes tab: a story's editorial notes, oldest first, with @mentions and a box to add one."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.story import Comment, User
from desk.services import newsroom, notes
from desk.ui import look
from desk.ui.controller import Change, Controller

Index = QModelIndex | QPersistentModelIndex

CommentRole = Qt.ItemDataRole.UserRole + 1  # the Comment itself
HeaderRole = Qt.ItemDataRole.UserRole + 2  # "ana · 09:14 (edited)"
MentionsRole = Qt.ItemDataRole.UserRole + 3  # the names the note mentions

# The name being typed after an "@" just before the cursor.
_TYPING_MENTION = re.compile(r"(?<![\w@])@([\w.\-]*)$")
_MARGIN = 6


class UsersModel(QAbstractListModel):
    """Owns the newsroom's people, for completing @mentions (name shown, full name as tip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: list[User] = []

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self._users = sorted(users, key=lambda u: u.name.casefold())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return user.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return user.label
        return None


class NotesModel(QAbstractListModel):
    """Owns one story's notes, oldest first, and the time they are shown against."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comments: list[Comment] = []
        self._now: datetime | None = None

    def set_comments(self, comments: list[Comment], now: datetime) -> None:
        self.beginResetModel()
        self._comments = sorted(comments, key=lambda c: (c.created_at, c.id))
        self._now = now
        self.endResetModel()

    def comment(self, row: int) -> Comment:
        return self._comments[row]

    def row_of(self, comment_id: int) -> int | None:
        return next((r for r, c in enumerate(self._comments) if c.id == comment_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._comments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._comments):
            return None
        comment = self._comments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return comment.text
        if role == CommentRole:
            return comment
        if role == HeaderRole:
            return self._header(comment)
        if role == MentionsRole:
            return notes.mentions(comment.text)  # a pure function of the text
        if role == Qt.ItemDataRole.ToolTipRole:
            written = comment.created_at.astimezone().strftime("%A %d %B %Y, %H:%M")
            if comment.edited_at is None:
                return self.tr("Written {time}").format(time=written)
            edited = comment.edited_at.astimezone().strftime("%A %d %B %Y, %H:%M")
            return self.tr("Written {time}, edited {edited}").format(time=written, edited=edited)
        return None

    def _header(self, comment: Comment) -> str:
        when = look.short_time(comment.created_at, self._now or comment.created_at)
        if comment.edited_at is not None:
            return self.tr("{author} · {time} (edited)").format(author=comment.author, time=when)
        return self.tr("{author} · {time}").format(author=comment.author, time=when)


def note_html(header: str, text: str, names: list[str], palette: QPalette) -> str:
    """A note as rich text: its header in grey, its text with each @mention highlighted."""
    grey = palette.color(QPalette.ColorRole.PlaceholderText).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    body = html.escape(text)
    if names:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        body = re.sub(
            rf"(?<![\w@])@({alternatives})(?![\w])",
            lambda m: f'<span style="color:{link}; font-weight:600">@{m.group(1)}</span>',
            body,
        )
    body = body.replace("\n", "<br>")
    return f'<div style="color:{grey}">{html.escape(header)}</div><div>{body}</div>'


class NoteDelegate(QStyledItemDelegate):
    """Draws a note as its header over its word-wrapped text, mentions highlighted."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: Index, width: int, selected: bool = False) -> QTextDocument:
        palette = QPalette(self._view.palette())
        if selected:  # one colour on the selection, readable in any theme
            text = palette.color(QPalette.ColorRole.HighlightedText)
            palette.setColor(QPalette.ColorRole.PlaceholderText, text)
            palette.setColor(QPalette.ColorRole.Link, text)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self._view.font())
        document.setHtml(
            note_html(
                index.data(HeaderRole) or "",
                index.data(Qt.ItemDataRole.DisplayRole) or "",
                index.data(MentionsRole) or [],
                palette,
            )
        )
        document.setTextWidth(max(width - 2 * _MARGIN, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(index, option.rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            text = option.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, text)
        painter.save()
        painter.translate(option.rect.left() + _MARGIN, option.rect.top() + _MARGIN)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width()
        document = self._document(index, width)
        return QSize(width, int(document.size().height()) + 2 * _MARGIN)


class NoteEditor(QPlainTextEdit):
    """Owns the note being written: Ctrl+Return submits it; "@" offers the newsroom's names."""

    submitted = Signal()

    def __init__(self, users: UsersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.completer = QCompleter(users, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self.insert_completion)

    def mention_prefix(self) -> str | None:
        """The part of a name typed after "@" up to the cursor, or None when not in a mention."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        match = _TYPING_MENTION.search(before)
        return match.group(1) if match else None

    def insert_completion(self, name: str) -> None:
        prefix = self.mention_prefix()
        if prefix is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(cursor.position() - len(prefix), cursor.MoveMode.KeepAnchor)
        cursor.insertText(name + " ")
        self.setTextCursor(cursor)
        self.completer.popup().hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (*keys, Qt.Key.Key_Escape, Qt.Key.Key_Tab):
            event.ignore()  # the completer takes these
            return
        if event.key() in keys and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)
        self._offer_names()

    def _offer_names(self) -> None:
        prefix = self.mention_prefix()
        popup = self.completer.popup()
        if prefix is None:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 8)
        self.completer.complete(rect)


class NotesWidget(QWidget):
    """Owns the Notes tab of the story pane: the list of one story's notes, the box to write
    a new one, and editing or deleting one's own notes."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.story_id: int | None = None
        self.model = NotesModel(self)
        self.users = UsersModel(self)

        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(NoteDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addActions([self.edit_action, self.delete_action])
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.edit_button, self.delete_button = QToolButton(), QToolButton()
        for button, action in (
            (self.edit_button, self.edit_action),
            (self.delete_button, self.delete_action),
        ):
            button.setDefaultAction(action)  # enabled, text and tooltip follow the action

        self.editor = NoteEditor(self.users)
        self.editor.setPlaceholderText(
            self.tr("Write a note… (@name mentions someone; Ctrl+Return adds it)")
        )
        self.editor.setMaximumHeight(self.editor.fontMetrics().lineSpacing() * 5)
        self.editor.textChanged.connect(self._update_actions)
        self.editor.submitted.connect(self.add_note)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setToolTip(self.tr("Add the note to the story (Ctrl+Return)"))
        self.add_button.clicked.connect(self.add_note)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.editor)
        column.addLayout(buttons)

        self.hint = look.hint_label(self.tr("Select a story to see its notes."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        controller.changed.connect(self._on_changed)
        self._load_users()
        self.show_story(None)

    def show_story(self, story_id: int | None) -> None:
        if story_id != self.story_id:
            self.editor.clear()
        self.story_id = story_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_comment()
        comments = None
        if self.story_id is not None:
            comments = self.controller.query(notes.list_comments, self.story_id)
        self.model.set_comments(comments or [], self.controller.now())
        self.pages.setCurrentIndex(0 if self.story_id is None else 1)
        row = self.model.row_of(selected.id) if selected else None
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_actions()

    def selected_comment(self) -> Comment | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.comment(rows[0].row()) if len(rows) == 1 else None

    def add_note(self) -> None:
        text = self.editor.toPlainText().strip()
        if self.story_id is None or not text:
            return
        story_id = self.story_id
        done = self.controller.do(notes.add_comment, story_id, text, stories=[story_id], notes=True)
        if done is not None:
            self.editor.clear()
            self.view.scrollToBottom()

    def edit_selected(self) -> None:
        comment = self._own_selected()
        if comment is None:
            return
        text = self.controller.prompts.text(
            self.tr("Edit note"), self.tr("Your note:"), initial=comment.text
        )
        if text and text.strip() != comment.text:
            self.controller.do(
                notes.edit_comment, comment.id, text, stories=[comment.story_id], notes=True
            )

    def delete_selected(self) -> None:
        comment = self._own_selected()
        if comment is None:
            return
        shown = comment.text if len(comment.text) <= 60 else comment.text[:59] + "…"
        question = self.tr("Delete your note “{text}”?").format(text=shown)
        if self.controller.prompts.confirm(self.tr("Delete note"), question):
            self.controller.do(
                notes.delete_comment, comment.id, stories=[comment.story_id], notes=True
            )

    def _own_selected(self) -> Comment | None:
        comment = self.selected_comment()
        return comment if comment and comment.author == self.controller.name else None

    def _update_actions(self) -> None:
        comment = self.selected_comment()
        own = comment is not None and comment.author == self.controller.name
        if comment is None:
            tip = self.tr("Select one of your notes first")
        else:
            tip = "" if own else self.tr("You can edit or delete only your own notes")
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(own)
            action.setToolTip(tip or action.text().removesuffix("…"))
        has_text = bool(self.editor.toPlainText().strip())
        self.add_button.setEnabled(self.story_id is not None and has_text)

    def _load_users(self) -> None:
        self.users.set_users(self.controller.query(newsroom.list_users) or [])

    def _on_changed(self, change: Change) -> None:
        if not change.story_ids:  # anything may have changed, the staff included
            self._load_users()
        if self.story_id is not None and change.touches(self.story_id):
            self.refresh()
