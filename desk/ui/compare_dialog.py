"""Two revisions of a story side by side, older on the left, with their word-level changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.domain.body import Body, Subhead
from desk.domain.diff import Diff, Op, Segment
from desk.domain.story import TEXT_FIELDS, Revision
from desk.services import queries
from desk.ui import look
from desk.ui.controller import Controller


def diff_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Backgrounds for deleted and inserted words that the palette's text stays readable on:
    pale red and green behind dark text, deep red and green behind light text."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return QColor("#7d2b2b"), QColor("#2a6437")
    return QColor("#ffd4d4"), QColor("#c8f0cf")


class CompareDialog(QDialog):
    """Owns the comparison of two revisions: a summary line, and two read-only panes (`left`
    older, `right` newer) whose changed words are highlighted and whose scrolling is linked."""

    def __init__(
        self,
        before: Revision,
        after: Revision,
        diff: Diff,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.before, self.after, self.diff = before, after, diff
        self.setWindowTitle(
            self.tr("Compare revisions {old} and {new}").format(old=before.number, new=after.number)
        )
        self._field_names = {
            "headline": self.tr("Headline"),
            "standfirst": self.tr("Standfirst"),
            "byline": self.tr("Byline"),
            "dateline": self.tr("Dateline"),
        }
        self.deleted_colour, self.inserted_colour = diff_colours(self.palette())

        self.summary = QLabel(diff.summary())
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.left = self._browser()
        self.right = self._browser()
        self._write(self.left.document(), Op.DELETE, before.text.body)
        self._write(self.right.document(), Op.INSERT, after.text.body)
        self.left_header = QLabel(self._heading(before, now))
        self.right_header = QLabel(self._heading(after, now))

        splitter = QSplitter()
        for header, browser in ((self.left_header, self.left), (self.right_header, self.right)):
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(header)
            column.addWidget(browser)
            splitter.addWidget(pane)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)  # Escape closes too, as in every QDialog
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._following = False
        for source, target in ((self.left, self.right), (self.right, self.left)):
            source.verticalScrollBar().valueChanged.connect(
                lambda _value, s=source, t=target: self._follow(s, t)
            )
        self.resize(960, 640)

    @classmethod
    def for_revisions(
        cls,
        controller: Controller,
        story_id: int,
        old: int | None,
        new: int | None,
        parent: QWidget | None = None,
    ) -> CompareDialog | None:
        """The dialog for two revisions of a story, the lower number on the left; a None
        number means the current revision. None when the story cannot be read."""
        if old is not None and new is not None and old > new:
            old, new = new, old
        result = controller.query(queries.story_diff, story_id, old, new)
        if result is None:
            return None
        before, after, diff = result
        if before.number > after.number:  # one given, and newer than the current revision
            return cls.for_revisions(controller, story_id, after.number, before.number, parent)
        return cls(before, after, diff, controller.now(), parent)

    def _browser(self) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setReadOnly(True)
        browser.setOpenLinks(False)
        return browser

    def _heading(self, revision: Revision, now: datetime) -> str:
        heading = self.tr("Revision {number} · {author} · {time}").format(
            number=revision.number,
            author=revision.author,
            time=look.short_time(revision.created_at, now),
        )
        if revision.is_conflict:
            heading += self.tr(" · conflict copy")
        if revision.label:
            heading += f" · {revision.label}"
        return heading

    def _write(self, document: QTextDocument, side: Op, body: Body) -> None:
        """Fill one pane: the text fields, then every block of the diff. `side` is the op
        this pane shows highlighted (DELETE on the left, INSERT on the right)."""
        cursor = QTextCursor(document)
        first = True

        def block(char_format: QTextCharFormat, gap: int = 8) -> None:
            nonlocal first
            block_format = QTextBlockFormat()
            block_format.setBottomMargin(gap)
            if first:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
                first = False
            else:
                cursor.insertBlock(block_format, char_format)

        size = self.font().pointSizeF()
        size = size if size > 0 else 10.0  # a font set in pixels has no point size
        changed = {f.name: f.segments for f in self.diff.fields}
        old_fields, new_fields = self.before.text.fields(), self.after.text.fields()
        for name in dict.fromkeys([*TEXT_FIELDS, *changed]):
            mine = (old_fields if side is Op.DELETE else new_fields).get(name, "")
            if name not in changed and not mine:
                continue
            label = QTextCharFormat()
            label.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            label.setFontPointSize(size * 0.85)
            block(label, gap=0)
            cursor.insertText(self._field_names.get(name, name), label)
            text_format = QTextCharFormat()
            if name == "headline":
                text_format.setFontWeight(QFont.Weight.Bold)
                text_format.setFontPointSize(size * 1.3)
            block(text_format)
            segments = changed.get(name) or (Segment(Op.EQUAL, mine),)
            self._segments(cursor, segments, side, text_format)

        for part in self.diff.blocks:
            index = part.old_index if side is Op.DELETE else part.new_index
            text_format = QTextCharFormat()
            if index is not None and isinstance(body.blocks[index], Subhead):
                text_format.setFontWeight(QFont.Weight.Bold)
            block(text_format)
            # A paragraph only in the other revision leaves an empty line here, so the
            # paragraphs after it stay roughly side by side.
            self._segments(cursor, part.segments, side, text_format)

    def _segments(
        self,
        cursor: QTextCursor,
        segments: tuple[Segment, ...],
        side: Op,
        plain: QTextCharFormat,
    ) -> None:
        marked = QTextCharFormat(plain)
        if side is Op.DELETE:
            marked.setBackground(self.deleted_colour)
            marked.setFontStrikeOut(True)
        else:
            marked.setBackground(self.inserted_colour)
        for segment in segments:
            if segment.op is Op.EQUAL:
                cursor.insertText(segment.text, plain)
            elif segment.op is side:
                cursor.insertText(segment.text, marked)

    def _follow(self, source: QTextBrowser, target: QTextBrowser) -> None:
        """Scroll `target` to the same place as `source`, proportionally."""
        if self._following:
            return
        here, there = source.verticalScrollBar(), target.verticalScrollBar()
        self._following = True
        try:
            ratio = here.value() / here.maximum() if here.maximum() else 0.0
            there.setValue(round(ratio * there.maximum()))
        finally:
            self._following = False
