"""Merging a conflict copy with the story's current text, side by side, difference by difference."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.domain import workflow
from desk.domain.merge import Choice, FieldHunk, Hunk, Merge, Same, merge_texts
from desk.domain.story import Revision, Story, StoryText
from desk.services import queries, stories
from desk.services.stories import Changes, Saved
from desk.ui import look
from desk.ui.compare_dialog import diff_colours
from desk.ui.controller import Change, Controller
from desk.ui.merge_render import side_html

MERGED_LABEL = "merged with conflict copy {number}"  # stored with the revision: not translated
# Each side of a hunk is a framed cell; the side (or sides) the merge takes has a coloured frame.
_SIDE_STYLE = """
QLabel[side="true"] { background: palette(base); border: 1px solid palette(mid);
                      border-radius: 4px; padding: 6px; }
QLabel[side="true"][chosen="true"] { border: 2px solid palette(highlight); padding: 5px; }
"""


def _label(text: str = "", *, bold: bool = False) -> QLabel:
    """A label that wraps its words rather than widening the dialog."""
    label = QLabel(text)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class MergeDialog(QDialog):
    """Owns one merge: the hunks of a conflict copy against the current text (`merge`), a
    choice per hunk (`groups`, with the two sides' cells in `sides`), and saving the merged
    text as the story's next revision, which only the edit lock's holder may do."""

    def __init__(
        self,
        controller: Controller,
        story: Story,
        current: Revision,
        copy: Revision,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.story, self.current, self.copy = controller, story, current, copy
        self.merge: Merge = merge_texts(current.text, copy.text)
        self.refusal = workflow.text_refusal(controller.user, story)
        self.saved: Saved | None = None
        self._saving = False  # the save's own change is no news to this dialog
        self.groups: list[QButtonGroup] = []
        self.sides: list[tuple[QLabel, QLabel]] = []
        self._field_names = {
            "headline": self.tr("Headline"),
            "standfirst": self.tr("Standfirst"),
            "byline": self.tr("Byline"),
            "dateline": self.tr("Dateline"),
        }
        deleted, inserted = diff_colours(self.palette())
        self._colours = {True: deleted.name(), False: inserted.name()}  # by side: current?
        disabled = QPalette.ColorGroup.Disabled  # grey in light and dark themes, as hints are
        self._grey = self.palette().color(disabled, QPalette.ColorRole.Text).name()
        self.setWindowTitle(self.tr("Merge conflict copy {number}").format(number=copy.number))
        self.setStyleSheet(_SIDE_STYLE)

        if copy.base == story.revision:  # the story never moved on: the lock had passed
            intro = self.tr(
                "{author} saved conflict copy {number} on revision {base}, after the edit lock "
                "had passed from them; the story's text is still revision {current}."
            )
        else:
            intro = self.tr(
                "{author} saved conflict copy {number} on revision {base}, after the story had "
                "moved on; its current text is revision {current}."
            )
        intro = intro.format(
            author=copy.author, number=copy.number, base=copy.base, current=story.revision
        )
        if not self.merge.is_empty:
            intro += " " + self.tr("Choose for each difference which text the story keeps.")
        self.intro = _label(intro)
        self.notice = _label()  # why saving is refused, or that the story moved on
        self.notice.setStyleSheet(f"color: {look.late_colour().name()};")
        when = look.short_time(copy.created_at, controller.now())
        heading = self.tr("Current text (revision {number}, by {author})")
        self.current_header = _label(
            heading.format(number=current.number, author=current.author), bold=True
        )
        heading = self.tr("Conflict copy {number} (by {author}, {time})")
        self.copy_header = _label(
            heading.format(number=copy.number, author=copy.author, time=when), bold=True
        )
        self.count = QLabel()
        self.current_all = QPushButton(self.tr("Keep current for all"))
        self.current_all.clicked.connect(lambda: self.choose_all(Choice.CURRENT))
        self.copy_all = QPushButton(self.tr("Use copy for all"))
        self.copy_all.clicked.connect(lambda: self.choose_all(Choice.COPY))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save merged text"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        if self.merge.is_empty:
            text = self.tr("The conflict copy and the current text are the same.")
            self.empty = look.hint_label(text)
            layout.addWidget(self.empty, 1)
        else:
            layout.addLayout(self._headers())
            layout.addWidget(self._scroll(), 1)
        row = QHBoxLayout()
        for widget in (self.current_all, self.copy_all, self.count):
            row.addWidget(widget)
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)

        controller.changed.connect(self._on_changed)
        self._start()
        self._update()
        room = self.screen().availableGeometry()  # two columns of readable lines, on screen
        self.resize(min(1100, room.width() - 40), min(760, room.height() - 40))

    @classmethod
    def for_copy(
        cls, controller: Controller, story_id: int, number: int, parent: QWidget | None = None
    ) -> MergeDialog | None:
        """The merge of conflict copy `number` with the story's current text; None (after
        saying why) when the story cannot be read or the revision is no conflict copy."""
        story = controller.query(queries.get_story, story_id)
        copy = controller.query(queries.get_revision, story_id, number) if story else None
        if story is None or copy is None:
            return None
        if not copy.is_conflict:
            message = "Revision {number} is not a conflict copy."
            message = QCoreApplication.translate("MergeDialog", message)
            controller.prompts.error(message.format(number=number))
            return None
        current = controller.query(queries.get_revision, story_id, story.revision)
        return None if current is None else cls(controller, story, current, copy, parent)

    # What the person chose

    def choices(self) -> list[Choice]:
        """The choice made for each hunk, in the order of `merge.hunks`."""
        hunks = zip(self.merge.hunks, self.groups, strict=True)
        return [hunk.choices[group.checkedId()] for hunk, group in hunks]

    def choose(self, index: int, choice: Choice) -> None:
        """Take `choice` for hunk `index`, as clicking its radio button does."""
        hunk = self.merge.hunks[index]
        self.groups[index].button(hunk.choices.index(choice)).setChecked(True)

    def choose_all(self, choice: Choice) -> None:
        """Every hunk the same way; a field cannot keep both, so it keeps the current text."""
        for index, hunk in enumerate(self.merge.hunks):
            self.choose(index, choice if choice in hunk.choices else Choice.CURRENT)

    def merged(self) -> StoryText:
        return self.merge.apply(self.choices())

    # Saving

    def save(self) -> Saved | None:
        """Save the merged text over the revision this merge was built from. If the story has
        moved on since, the service keeps it as another conflict copy, and the dialog says so."""
        if self.refusal or self.merge.is_empty or self.saved:
            return None
        text = self.merged()
        label = MERGED_LABEL.format(number=self.copy.number)
        self._saving = True
        saved: Saved | None = self.controller.do(
            stories.edit_story,
            self.story.id,
            Changes(**text.fields(), body=text.body),
            base_revision=self.story.revision,
            label=label,
            stories=[self.story.id],
        )
        self._saving = False
        if saved is None:
            return None
        self.saved = saved
        # (A merge equal to the text the story moved on to only names that revision.)
        if saved.conflict and saved.revision != saved.story.revision:
            message = self.tr(
                "The merged text did not replace the story's text: the story moved on, or its "
                "edit lock changed hands, while you merged (it is now at revision {now}). It is "
                "kept as conflict copy {copy}; merge that copy from the Versions tab."
            )
            self._say(message.format(now=saved.story.revision, copy=saved.revision))
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.notice.text())
            self._freeze()
        else:
            self.accept()
        return saved

    def _on_changed(self, change: Change) -> None:
        if self._saving or self.saved or change.notes or not change.touches(self.story.id):
            return
        now = self.controller.query(queries.get_story, self.story.id)
        if now is not None and now.revision != self.story.revision:
            message = self.tr(
                "The story has moved on to revision {now} since this merge was opened. "
                "Saving now keeps the merged text as another conflict copy."
            )
            self._say(message.format(now=now.revision))

    def _say(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def _freeze(self) -> None:
        """Read only: the choices can be seen, not changed."""
        radios = [b for g in self.groups for b in g.buttons()]
        for widget in (self.current_all, self.copy_all, *radios):
            widget.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))

    def _start(self) -> None:
        """What the dialog offers when it opens: saving, or why not."""
        for widget in (self.count, self.current_all, self.copy_all):
            widget.setVisible(not self.merge.is_empty)
        self._say("")
        if self.merge.is_empty:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("There is nothing to merge."))
            self.cancel_button.setText(self.tr("Close"))
        elif self.refusal:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.refusal)
            self._say(self.tr("Read only: {reason}").format(reason=self.refusal))
            self._freeze()
        else:
            tip = self.tr("Save the merged text as the story's next revision")
            self.save_button.setToolTip(tip)

    def _update(self) -> None:
        """Frame the sides the merge takes, and count the hunks that take the copy."""
        choices = self.choices()
        for (left, right), choice in zip(self.sides, choices, strict=True):
            for cell, chosen in ((left, choice != Choice.COPY), (right, choice != Choice.CURRENT)):
                cell.setProperty("chosen", chosen)
                cell.style().unpolish(cell)
                cell.style().polish(cell)
        total, used = len(choices), sum(1 for c in choices if c is not Choice.CURRENT)
        if total == 1:
            count = self.tr("{used} of {total} difference uses the copy")
        else:
            count = self.tr("{used} of {total} differences use the copy")
        self.count.setText(count.format(used=used, total=total))

    # Building the view

    def _headers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # The scroll bar is always shown, so the headers can leave its width and stay in line.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        row.setContentsMargins(8, 0, 8 + bar, 0)
        row.setSpacing(12)
        row.addWidget(self.current_header, 1)
        row.addWidget(self.copy_header, 1)
        return row

    def _scroll(self) -> QScrollArea:
        """The hunks in reading order, fields first: a title and choice across both columns,
        then the two sides in one grid row, so each hunk's sides stay level; shared runs of
        the body in between, collapsed to one line."""
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        pieces: list[Hunk | Same] = [*self.merge.fields, *self.merge.body]
        for piece in pieces:
            row = grid.rowCount()
            if isinstance(piece, Same):
                grid.addWidget(self._same(piece), row, 0, 1, 2)
                continue
            grid.addWidget(self._choice_row(len(self.groups), piece), row, 0, 1, 2)
            self.sides.append((self._side(piece, True), self._side(piece, False)))
            grid.addWidget(self.sides[-1][0], row + 1, 0)
            grid.addWidget(self.sides[-1][1], row + 1, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        return self.scroll

    def _same(self, piece: Same) -> QLabel:
        n = len(piece.blocks)
        if n == 1:
            label = look.hint_label(self.tr("… 1 paragraph the same …"))
        else:
            label = look.hint_label(self.tr("… {n} paragraphs the same …").format(n=n))
        label.setToolTip("\n\n".join(b.text[:200] for b in piece.blocks[:3] if b.text))
        return label

    def _where(self, hunk: Hunk) -> str:
        """Which part of the story a hunk is, paragraphs numbered as in the current text."""
        if isinstance(hunk, FieldHunk):
            return self._field_names.get(hunk.name, hunk.name)
        first, count = hunk.start + 1, len(hunk.current)
        if count == 1:
            return self.tr("paragraph {first}").format(first=first)
        if count:
            return self.tr("paragraphs {first}–{last}").format(first=first, last=first + count - 1)
        if hunk.start == 0:
            return self.tr("new at the start")
        return self.tr("new after paragraph {last}").format(last=hunk.start)

    def _choice_row(self, index: int, hunk: Hunk) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 12 if index else 0, 0, 0)
        title = self.tr("Difference {i} of {n}: {where}")
        title = title.format(i=index + 1, n=len(self.merge.hunks), where=self._where(hunk))
        line.addWidget(_label(title, bold=True), 1)
        group = QButtonGroup(row)
        for choice, text in (
            (Choice.CURRENT, self.tr("Keep current")),
            (Choice.COPY, self.tr("Use copy")),
            (Choice.BOTH, self.tr("Keep both")),
        ):
            if isinstance(hunk, FieldHunk) and choice is Choice.BOTH:
                continue  # a field holds one text
            button = QRadioButton(text)
            line.addWidget(button)
            if choice not in hunk.choices:
                button.setEnabled(False)
                button.setToolTip(self.tr("Only one side has paragraphs here"))
                continue
            group.addButton(button, hunk.choices.index(choice))
            if choice is Choice.BOTH:
                button.setToolTip(self.tr("The current paragraphs, then the copy's"))
        group.button(0).setChecked(True)  # nothing changes until the person chooses
        group.idToggled.connect(lambda _id, on: on and self._update())
        self.groups.append(group)
        return row

    def _side(self, hunk: Hunk, current: bool) -> QLabel:
        """One side of a hunk (the current text's or the copy's) as a framed cell."""
        cell = QLabel(side_html(hunk, current, self._colours[current], self._grey))
        cell.setTextFormat(Qt.TextFormat.RichText)
        cell.setWordWrap(True)
        cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Ignored: a long unbroken word (a web address) may not widen its column past the other.
        cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        cell.setProperty("side", True)
        return cell


def open_merge(
    controller: Controller, story_id: int, number: int, parent: QWidget | None = None
) -> MergeDialog | None:
    """Open the merge of conflict copy `number` with the story's current text (not modal; it
    deletes itself when closed). None, after saying why, when it cannot be opened."""
    dialog = MergeDialog.for_copy(controller, story_id, number, parent)
    if dialog is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
    return dialog
