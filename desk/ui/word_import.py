"""Word files into the newsroom from the window: read off the UI thread, stored one at a time
through the controller, with a progress dialog that can stop the batch and a closing report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.formats.word import DOCUMENT_EXTENSIONS, WORD_EXTENSIONS, WordDocument
from desk.services.imports import Outcome, store_document, word_files
from desk.ui.controller import Controller
from desk.ui.table_model import HeadedTableModel, Index

Reader = Callable[[Path], WordDocument]
SHOW_AFTER_MS = 400  # a batch shorter than this never flashes a progress dialog
NAME_WIDTH = 340  # pixels of file name in the progress dialog before it is elided


def tr(text: str) -> str:
    return QCoreApplication.translate("WordImport", text)


def word_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in WORD_EXTENSIONS)
    return f"{tr('Word documents')} ({patterns})"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders being dragged, when at least one is a document (a Word
    file, or a .doc, .rtf or .odt to be told why not) or a folder; else none. Other files come
    along, to be refused by name in the report."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    wanted = any(p.suffix.lower() in DOCUMENT_EXTENSIONS or p.is_dir() for p in paths)
    return paths if wanted else []


class WordDrops(QObject):
    """Takes Word files and folders dropped anywhere on a window, before a widget under the
    pointer (the body editor, a text field) could take them as text, and hands them on.
    Other drags (text, cards on the board) pass through untouched."""

    def __init__(self, window: QWidget, on_drop: Callable[[list[Path]], None]) -> None:
        super().__init__(window)
        self.on_drop = on_drop
        self._last: tuple[list[str], list[Path]] = ([], [])
        window.setAcceptDrops(True)
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def _paths(self, mime: QMimeData) -> list[Path]:
        # Drag moves come with every mouse move: look at the disk once per drag.
        urls = [url.toString() for url in mime.urls()]
        if urls != self._last[0]:
            self._last = (urls, dropped_paths(mime))
        return self._last[1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
        paths = self._paths(event.mimeData())
        if not paths:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self._last = ([], [])
            self.on_drop(paths)
        return True


class _ReadWorker(QObject):
    """Lives on the batch's thread and reads one file when asked. Without a reader given,
    one WordReader (one worker process, with its time and memory limits) serves the batch."""

    done = Signal(int, object, str)  # index, WordDocument | None, the reason it was refused

    def __init__(self, read: Reader | None) -> None:
        super().__init__()
        self._read = read
        self._reader: Any = None

    @Slot(int, object)
    def read(self, index: int, path: Path) -> None:
        try:
            if self._read is None:
                from desk.formats.docx_worker import WordReader

                self._reader = WordReader()
                self._read = self._reader.read
            document, reason = self._read(path), ""
        except DeskError as error:
            document, reason = None, str(error)
        except Exception as error:  # an in-process reader met a file it cannot parse
            document, reason = None, tr("Desk could not read it (%1).").replace("%1", str(error))
        self.done.emit(index, document, reason)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()


class WordImport(QObject):
    """Owns one batch: its files, the thread that reads them, the progress dialog and each
    file's Outcome. Files are read one at a time; each document read is stored on the UI
    thread through the controller (so every view refreshes from its one signal), and only
    then is the next file read, so Cancel stops after the file in hand and keeps the rest.
    `finished` carries the outcomes of the files read; `left_out` lists those Cancel left."""

    finished = Signal(list)  # [Outcome]
    message = Signal(str)  # for the status bar
    _wanted = Signal(int, object)  # index, path: read this file next

    def __init__(
        self,
        controller: Controller,
        paths: Sequence[Path],
        parent: QWidget,
        *,
        read: Reader | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.paths: list[Path] = []
        self.outcomes: list[Outcome] = []
        self.stopped = False
        self.running = False
        self._thread = QThread(self)
        self._worker = _ReadWorker(read)
        self._worker.moveToThread(self._thread)
        self._wanted.connect(self._worker.read)
        self._worker.done.connect(self._stored)
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Importing Word documents"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.cancel)
        self.add(paths)

    def add(self, paths: Sequence[Path]) -> None:
        """More files for the batch (dropped while it runs); folders give their Word files."""
        self.paths.extend(word_files(paths))
        self.progress.setMaximum(max(len(self.paths), 1))

    def start(self) -> None:
        self.running = True
        self.progress.setValue(0)
        self._thread.start()
        self._next()

    def cancel(self) -> None:
        """Stop after the file being read; what was imported stays."""
        if self.running and not self.stopped:
            self.stopped = True
            self.message.emit(self.tr("Stopping the import after this file…"))

    def _next(self) -> None:
        index = len(self.outcomes)
        if self.progress.wasCanceled():
            self.cancel()
        if self.stopped or index >= len(self.paths):
            self._finish()
            return
        path = self.paths[index]
        metrics = self.progress.fontMetrics()
        name = metrics.elidedText(path.name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
        self.progress.setLabelText(
            self.tr("Importing %1 of %2: %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.paths)))
            .replace("%3", name)
        )
        self._wanted.emit(index, path)

    def _stored(self, index: int, document: WordDocument | None, reason: str) -> None:
        if not self.running:
            return  # the window closed while the file was read
        path = self.paths[index]
        if document is None:
            outcome = Outcome(path, error=reason)
        else:
            story = self.controller.do(store_document, document, path, quiet=True)
            if story is None:
                outcome = Outcome(path, error=self.controller.last_error)
            else:
                headline = story.headline or story.slug
                outcome = Outcome(path, story.id, headline, warnings=document.warnings)
        self.outcomes.append(outcome)
        if not self.stopped:
            self.progress.setValue(len(self.outcomes))  # (may deliver a click on Cancel)
        self._next()

    def _finish(self) -> None:
        self._shut()
        self.progress.reset()  # (stops the timer that would show it)
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit(self.outcomes)

    def stop(self) -> None:
        """Stop at once, after the file being read (the window is closing)."""
        self.stopped = True
        self._shut()

    def _shut(self) -> None:
        """End the reading thread and its worker process."""
        self.running = False
        self._thread.quit()
        self._thread.wait()
        self._worker.close()

    @property
    def left_out(self) -> list[Path]:
        """The files never read because the batch was stopped."""
        return self.paths[len(self.outcomes) :]


def summary(outcomes: Sequence[Outcome], left_out: int = 0) -> str:
    """ "11 imported, 1 refused" (and how many were never read when the batch was stopped)."""
    imported = sum(1 for o in outcomes if o.imported)
    parts = [tr("%1 imported").replace("%1", f"{imported:,}")]
    if refused := len(outcomes) - imported:
        parts.append(tr("%1 refused").replace("%1", f"{refused:,}"))
    if left_out:
        parts.append(tr("%1 not read (the import was stopped)").replace("%1", f"{left_out:,}"))
    return ", ".join(parts)


def fate(outcome: Outcome) -> str:
    """What became of one file, in a sentence or two."""
    if not outcome.imported:
        return outcome.error or tr("Refused.")
    lines = [tr("Imported as “%1”").replace("%1", outcome.headline), *outcome.warnings]
    return "\n".join(lines)


class OutcomeModel(HeadedTableModel):
    """The report's rows: each file with its fate; files never read come last."""

    FILE, FATE = range(2)

    def __init__(
        self, outcomes: Sequence[Outcome], left_out: Sequence[Path], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = (self.tr("File"), self.tr("What happened"))
        self._rows = [*outcomes, *(Outcome(p) for p in left_out)]

    def rows(self) -> Sequence[Outcome]:
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        outcome = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return outcome.file.name
            if outcome.imported or outcome.error:
                return fate(outcome)
            return self.tr("Not read: the import was stopped.")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return str(outcome.file)
        if role == Qt.ItemDataRole.DecorationRole and column == self.FILE:
            return self._icon(outcome)
        return None

    def _icon(self, outcome: Outcome):  # -> QIcon
        style = QApplication.style()
        if outcome.imported:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if outcome.warnings
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
        elif outcome.error:
            pixmap = QStyle.StandardPixmap.SP_DialogCancelButton
        else:
            pixmap = QStyle.StandardPixmap.SP_MediaSkipForward
        return style.standardIcon(pixmap)


class ImportReportDialog(QDialog):
    """Says what became of each file of a batch; offers to open the first story imported."""

    openStory = Signal(int)

    def __init__(
        self, outcomes: Sequence[Outcome], left_out: Sequence[Path], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Word import"))
        self.summary = QLabel(summary(outcomes, len(left_out)))
        self.summary.setObjectName("import-summary")
        self.summary.setStyleSheet("font-weight: bold")
        self.model = OutcomeModel(outcomes, left_out, self)
        self.table = QTableView()
        self.table.setObjectName("import-report")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OutcomeModel.FATE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(OutcomeModel.FILE, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        first = next((o.story_id for o in outcomes if o.story_id is not None), None)
        self.open_button = buttons.addButton(
            self.tr("Open First Story"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(first is not None)
        self.open_button.setDefault(first is not None)
        self.open_button.clicked.connect(lambda: self._open(first))
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(first is None)
        self.table.doubleClicked.connect(self._open_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(780, min(540, 160 + 36 * self.model.rowCount()))
        (self.open_button if first is not None else buttons).setFocus()

    def _open(self, story_id: int | None) -> None:
        if story_id is not None:
            self.accept()
            self.openStory.emit(story_id)

    def _open_row(self, index: QModelIndex) -> None:
        self._open(self.model.rows()[index.row()].story_id)

    def lines(self) -> list[str]:
        """The report as text, a row a line (for tests and for copying)."""
        model = self.model
        return [
            f"{model.index(r, 0).data()}: {model.index(r, 1).data()}"
            for r in range(model.rowCount())
        ]
