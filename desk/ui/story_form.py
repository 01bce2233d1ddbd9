"""The story's metadata fields: headline, standfirst, byline, dateline and the planning details."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desk.domain.story import Story
from desk.services.stories import KEEP, Changes

NO_DESK = ""


class TimeField(QWidget):
    """A date and time that may be left unset (no deadline, no embargo)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(label)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(self.changed)

    def value(self) -> datetime | None:
        if not self.check.isChecked():
            return None
        return self.edit.dateTime().toPython().astimezone().replace(second=0, microsecond=0)

    def set_value(self, value: datetime | None, default: datetime) -> None:
        self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDateTime(QDateTime((value or default).astimezone()))
        self.edit.setEnabled(value is not None and self.check.isEnabled())
        self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        self.check.setEnabled(editable)
        self.edit.setEnabled(editable and self.check.isChecked())


class StoryFormWidget(QWidget):
    """Owns the metadata fields of the open story; says what the person changed as Changes."""

    textEdited = Signal()  # headline, standfirst, byline or dateline
    detailsEdited = Signal()  # slug, desk, tags, deadline, target, embargo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLineEdit()
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.standfirst = QLineEdit()
        self.standfirst.setPlaceholderText(
            self.tr("Standfirst: one or two sentences under the headline")
        )
        self.byline = QLineEdit()
        self.byline.setPlaceholderText(self.tr("By …"))
        self.dateline = QLineEdit()
        self.dateline.setPlaceholderText(self.tr("PLACE, date"))
        self.slug = QLineEdit()
        self.desk = QComboBox()
        self.assignee = QComboBox()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        self.target = QSpinBox()
        self.target.setRange(0, 20000)
        self.target.setSingleStep(50)
        self.target.setSpecialValueText(self.tr("none"))
        self.target.setSuffix(self.tr(" words"))
        self.deadline = TimeField(self.tr("Has a deadline"))
        self.embargo = TimeField(self.tr("Embargoed: not to be published before this time"))
        for name in ("headline", "standfirst", "byline", "dateline", "slug", "tags", "desk",
                     "assignee"):  # fmt: skip
            getattr(self, name).setObjectName(f"field-{name}")

        text = QFormLayout()
        text.addRow(self.headline)
        text.addRow(self.standfirst)
        row = QHBoxLayout()
        row.addWidget(self.byline, 3)
        row.addWidget(self.dateline, 2)
        text.addRow(row)
        details = QGridLayout()
        details.setHorizontalSpacing(12)
        # Two rows: slug, desk, writer, length; then tags (wide), deadline, embargo.
        places = [
            (self.tr("Slug"), self.slug, 0, 0, 1),
            (self.tr("Desk"), self.desk, 0, 2, 1),
            (self.tr("Writer"), self.assignee, 0, 4, 1),
            (self.tr("Length"), self.target, 0, 6, 1),
            (self.tr("Tags"), self.tags, 1, 0, 3),
            (self.tr("Deadline"), self.deadline, 1, 4, 1),
            (self.tr("Embargo"), self.embargo, 1, 6, 1),
        ]
        for label, widget, row, column, span in places:
            details.addWidget(QLabel(label), row, column)
            details.addWidget(widget, row, column + 1, 1, span)
        for column, stretch in ((1, 3), (3, 2), (5, 3), (7, 2)):
            details.setColumnStretch(column, stretch)
        self.slug.setMinimumWidth(160)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(text)
        layout.addRow(details)

        for field in (self.headline, self.standfirst, self.byline, self.dateline):
            field.textEdited.connect(self.textEdited)
        self.slug.textEdited.connect(self.detailsEdited)
        self.tags.textEdited.connect(self.detailsEdited)
        self.desk.activated.connect(lambda _i: self.detailsEdited.emit())
        self.assignee.activated.connect(lambda _i: self.detailsEdited.emit())
        self.target.valueChanged.connect(lambda _v: self._details_changed())
        self.deadline.changed.connect(self._details_changed)
        self.embargo.changed.connect(self._details_changed)
        self._loading = False
        self._story: Story | None = None

    def _details_changed(self) -> None:
        if not self._loading:
            self.detailsEdited.emit()

    def set_desks(self, names: list[str]) -> None:
        current = self.desk.currentData()
        self.desk.clear()
        self.desk.addItem(self.tr("(no desk)"), NO_DESK)
        for name in names:
            self.desk.addItem(name, name)
        if current is not None:
            self.desk.setCurrentIndex(max(0, self.desk.findData(current)))

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """Who a story can be assigned to: (name, label) pairs."""
        self.assignee.clear()
        self.assignee.addItem(self.tr("(the author)"), NO_DESK)
        for name, label in people:
            self.assignee.addItem(label, name)

    def show_story(self, story: Story, now: datetime) -> None:
        """Fill the fields from `story` (emits no edit signals)."""
        self._loading = True
        self._story = story
        text = story.text
        for name in ("headline", "standfirst", "byline", "dateline"):
            widget: QLineEdit = getattr(self, name)
            if widget.text() != getattr(text, name):
                widget.setText(getattr(text, name))
                widget.setCursorPosition(0)
        self.slug.setText(story.slug)
        self.slug.setCursorPosition(0)
        self.tags.setText(", ".join(story.tags))
        self.tags.setCursorPosition(0)
        desk = story.desk or NO_DESK
        if self.desk.findData(desk) < 0:
            self.desk.addItem(desk, desk)
        self.desk.setCurrentIndex(self.desk.findData(desk))
        assignee = story.assignee or NO_DESK
        if self.assignee.findData(assignee) < 0:
            self.assignee.addItem(assignee, assignee)
        self.assignee.setCurrentIndex(self.assignee.findData(assignee))
        self.assignee.setToolTip(self.tr("Who writes the story; it holds the text while a draft"))
        self.target.setValue(story.target_words or 0)
        self.deadline.set_value(story.deadline, now)
        self.embargo.set_value(story.embargo_at, now)
        self._loading = False

    def set_editable(self, text: bool, details: bool) -> None:
        for field in (self.headline, self.standfirst, self.byline, self.dateline):
            field.setReadOnly(not text)
        self.slug.setReadOnly(not details)
        self.tags.setReadOnly(not details)
        for widget in (self.desk, self.target, self.assignee):
            widget.setEnabled(details)
        self.deadline.set_editable(details)
        self.embargo.set_editable(details)

    def text_changes(self) -> dict[str, Any]:
        story = self._story
        if story is None:
            return {}
        return {
            name: getattr(self, name).text().strip()
            for name in ("headline", "standfirst", "byline", "dateline")
            if getattr(self, name).text().strip() != getattr(story.text, name)
        }

    def detail_changes(self) -> Changes:
        """The planning details the person changed, the rest left at KEEP."""
        story = self._story
        if story is None:
            return Changes()
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        desk = self.desk.currentData() or None
        assignee = self.assignee.currentData() or None
        target = self.target.value() or None

        def changed(new: Any, old: Any) -> Any:
            return KEEP if new == old else new

        return Changes(
            slug=changed(self.slug.text().strip(), story.slug),
            desk=changed(desk, story.desk),
            assignee=changed(assignee, story.assignee),
            tags=changed(tags, story.tags),
            target_words=changed(target, story.target_words),
            deadline=changed(self.deadline.value(), _minute(story.deadline)),
            embargo_at=changed(self.embargo.value(), _minute(story.embargo_at)),
        )


def _minute(moment: datetime | None) -> datetime | None:
    return moment.replace(second=0, microsecond=0) if moment else None
