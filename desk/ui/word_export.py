"""Stories out of the window: the open story to a file, and every story of the list as it is
filtered into a folder, written off the UI thread behind a progress dialog that can stop it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.domain.story import Story, StoryFilter
from desk.errors import DeskError
from desk.services import queries
from desk.services.exports import export_each, export_stories, file_name
from desk.services.session import Newsroom, database_file, second_handle
from desk.ui import look
from desk.ui.controller import Controller
from desk.ui.prompts import Prompts
from desk.ui.story_list_model import SEARCH_LIMIT

SHOW_AFTER_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate("WordExport", text)


@dataclass(frozen=True)
class ExportKind:
    """A choice in the save dialog: a file format and, for Word, whether notes go along."""

    label: str  # a file dialog filter, "Web page (*.html)"
    fmt: str
    comments: bool = False


def kinds() -> list[ExportKind]:
    return [
        ExportKind(tr("Word document (*.docx)"), "docx"),
        ExportKind(tr("Word document, editorial notes as comments (*.docx)"), "docx", True),
        ExportKind(tr("Web page (*.html)"), "html"),
        ExportKind(tr("Plain text (*.txt)"), "txt"),
    ]


def kind_for(path: Path, label: str) -> ExportKind | None:
    """What to write: the chosen filter when the file's ending agrees with it (or there is
    none), else the kind the ending names (a person may type "story.txt" under the Word
    filter); None for an ending Desk does not write."""
    fmt = path.suffix.lower().lstrip(".")
    options = kinds()
    chosen = next((k for k in options if k.label == label), None)
    if chosen is not None and fmt in (chosen.fmt, ""):
        return chosen
    return next((k for k in options if k.fmt == fmt), None)


def export_story(
    controller: Controller, prompts: Prompts, story: Story, folder: Path, kind: int = 0
) -> tuple[Path, ExportKind] | None:
    """Ask where to write `story` (offering kinds()[kind] first) and write it; the file and
    what was written, or None (cancelled, or refused with a message)."""
    options = kinds()
    offered = options[kind if 0 <= kind < len(options) else 0]
    answer = prompts.save_file(
        tr("Export story"),
        folder / file_name(story, offered.fmt, set()),
        [k.label for k in options],
        offered.label,
    )
    if answer is None:
        return None
    path, label = answer
    chosen = kind_for(path, label)
    if chosen is not None and not path.suffix:
        path = path.with_suffix(f".{chosen.fmt}")
    if chosen is None:
        refusal = tr(
            "Desk writes Word (.docx), web pages (.html) and plain text (.txt); %1 is none."
        )
        prompts.error(refusal.replace("%1", path.name))
        return None
    written = controller.query(
        export_stories, [story.id], chosen.fmt, path, comments=chosen.comments
    )
    return (path, chosen) if written else None


def ask_list_export(
    prompts: Prompts, total: int, folder: Path, kind: int = 0
) -> tuple[ExportKind, Path] | None:
    """Ask how to write a list of `total` stories (offering kinds()[kind] first) and into
    which folder; None when the person cancels or would rather not replace files there."""
    options = kinds()
    label = prompts.choice(
        tr("Export list"),
        tr("Export the %1 in this list as:").replace("%1", look.count(total, "story", "stories")),
        [k.label for k in options],
        kind if 0 <= kind < len(options) else 0,
    )
    chosen = next((k for k in options if k.label == label), None)
    title = tr("Export list to folder")
    target = prompts.folder(title, folder) if chosen is not None else None
    if chosen is None or target is None:
        return None
    question = tr("%1 already holds .%2 files; those with the same names as these stories "
                  "will be replaced. Export anyway?")  # fmt: skip
    question = question.replace("%1", str(target)).replace("%2", chosen.fmt)
    if any(target.glob(f"*.{chosen.fmt}")) and not prompts.confirm(title, question):
        return None
    return chosen, target


class _ExportThread(QThread):
    """Finds the list's stories and writes them, one at a time, on its own newsroom handle."""

    counted = Signal(int)
    wrote = Signal(int)  # how many files are written so far
    failed = Signal(str)

    def __init__(self, handle: Newsroom, job: ListExport) -> None:
        super().__init__()
        self.handle, self.job = handle, job
        self.halt = threading.Event()

    def run(self) -> None:
        job = self.job
        try:
            ids = queries.story_ids(self.handle, job.story_filter, job.query, SEARCH_LIMIT)
            self.counted.emit(len(ids))
            files = export_each(
                self.handle, ids, job.kind.fmt, job.folder, comments=job.kind.comments
            )
            for written, _path in enumerate(files, 1):
                self.wrote.emit(written)
                if self.halt.is_set():
                    files.close()
                    return
        except DeskError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(tr("Cannot write to %1: %2.").replace("%1", str(job.folder))
                             .replace("%2", error.strerror or str(error)))  # fmt: skip


class ListExport(QObject):
    """Owns one export of a list to a folder: the thread that writes, its progress dialog and
    the tally. A failure is a message through the prompts; `finished` carries the line for
    the status bar ("212 stories exported to …")."""

    finished = Signal(str)

    def __init__(
        self,
        controller: Controller,
        story_filter: StoryFilter,
        query: str,
        kind: ExportKind,
        folder: Path,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.story_filter, self.query, self.kind, self.folder = story_filter, query, kind, folder
        self.total = 0
        self.written = 0
        self.error = ""
        # A newsroom in memory has one connection that cannot cross threads (as in Background):
        # there the writing runs on the UI thread, the modal progress dialog keeping it alive.
        handle = controller.uow
        self._inline = handle.dialect == "sqlite" and database_file(handle) is None
        self._thread = _ExportThread(handle if self._inline else second_handle(handle), self)
        self._thread.counted.connect(self._counted)
        self._thread.wrote.connect(self._wrote)
        self._thread.failed.connect(self._failed)
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Exporting stories"))
        self.progress.setLabelText(self.tr("Finding the stories…"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.setRange(0, 0)  # busy until the stories are counted
        self.progress.canceled.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        if self._inline:
            self._thread.run()
            self._done()
        else:
            self._thread.finished.connect(self._done)
            self._thread.start()

    def cancel(self) -> None:
        """Stop after the story being written; the files written stay."""
        self._thread.halt.set()

    def stop(self) -> None:
        """Stop and wait (the window is closing)."""
        self.cancel()
        self._thread.wait()

    def _counted(self, total: int) -> None:
        self.total = total
        self.progress.setRange(0, max(total, 1))
        self._say_progress()

    def _wrote(self, written: int) -> None:
        self.written = written
        if self.progress.wasCanceled():
            self.cancel()
        if not self._thread.halt.is_set():
            self._say_progress()
            self.progress.setValue(written)

    def _say_progress(self) -> None:
        self.progress.setLabelText(
            self.tr("Exporting %1 of %2")
            .replace("%1", f"{min(self.written + 1, self.total):,}")
            .replace("%2", f"{self.total:,}")
        )

    def _failed(self, message: str) -> None:
        self.error = message

    def _done(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        exported = look.count(self.written, self.tr("story"), self.tr("stories"))
        where = str(self.folder)
        if self.error:
            done = (
                self.tr("%1 had been exported to %2.").replace("%1", exported).replace("%2", where)
                if self.written
                else self.tr("Nothing was exported.")
            )
            message = f"{self.error} {done}"
            self.controller.prompts.error(message)
        elif self._thread.halt.is_set() and self.written < self.total:
            message = (
                self.tr("Export stopped: %1 of %2 exported to %3.")
                .replace("%1", f"{self.written:,}")
                .replace("%2", look.count(self.total, self.tr("story"), self.tr("stories")))
                .replace("%3", where)
            )
        else:
            message = self.tr("%1 exported to %2").replace("%1", exported).replace("%2", where)
        self.finished.emit(message)
