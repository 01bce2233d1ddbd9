"""Every question the window asks a person, behind one small interface tests can swap."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class Prompts(QObject):
    """Asks with real dialogs, parented to the window. Tests use a subclass with answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent

    def error(self, message: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Desk"), message)

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self._parent, title, message)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self._parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def text(
        self, title: str, label: str, *, required: bool = True, initial: str = ""
    ) -> str | None:
        """A few lines of text (a note, a reason); None when cancelled."""
        dialog = NoteDialog(self._parent, title, label, required=required, initial=initial)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text()

    def line(self, title: str, label: str, initial: str = "") -> str | None:
        value, ok = QInputDialog.getText(self._parent, title, label, text=initial)
        return value if ok else None

    def time(self, title: str, label: str, initial: datetime) -> datetime | None:
        dialog = TimeDialog(self._parent, title, label, initial)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def choice(self, title: str, label: str, items: list[str], current: int = 0) -> str | None:
        """One of `items`; None when cancelled."""
        value, ok = QInputDialog.getItem(self._parent, title, label, items, current, False)
        return value if ok else None

    def open_files(self, title: str, start: Path, filters: str) -> list[Path]:
        """The files the person picks (none when cancelled); `filters` as Qt writes them."""
        names, _chosen = QFileDialog.getOpenFileNames(self._parent, title, str(start), filters)
        return [Path(name) for name in names]

    def save_file(
        self, title: str, suggested: Path, filters: list[str], chosen: str = ""
    ) -> tuple[Path, str] | None:
        """Where to write a file, and the filter the person chose; None when cancelled."""
        name, picked = QFileDialog.getSaveFileName(
            self._parent, title, str(suggested), ";;".join(filters), chosen or filters[0]
        )
        return (Path(name), picked) if name else None

    def folder(self, title: str, start: Path) -> Path | None:
        """A folder the person picks; None when cancelled."""
        name = QFileDialog.getExistingDirectory(self._parent, title, str(start))
        return Path(name) if name else None


class NoteDialog(QDialog):
    """Asks for a note or a reason; OK stays disabled until one is written when required."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, *, required: bool, initial: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(initial)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if required:
            self.editor.textChanged.connect(
                lambda: ok.setEnabled(bool(self.editor.toPlainText().strip()))
            )
            ok.setEnabled(bool(initial.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(420, 220)

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class TimeDialog(QDialog):
    """Asks for a date and time, in the computer's time zone."""

    def __init__(self, parent: QWidget | None, title: str, label: str, initial: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QDateTimeEdit(QDateTime(initial.astimezone()))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def value(self) -> datetime:
        return self.edit.dateTime().toPython().astimezone()
