"""Word in and out of the window: the File menu's import and exports, and files dropped on the
window. Reading, storing and writing are in word_import and word_export; this holds the jobs
running and what the window remembers (the folders, the last format)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desk.services.imports import Outcome
from desk.ui.word_export import ExportKind, ListExport, ask_list_export, export_story, kinds
from desk.ui.word_import import ImportReportDialog, Reader, WordDrops, WordImport, word_filter

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("WordDesk", text)


class WordDesk:
    """The window's Word jobs: at most one import batch and one list export at a time."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.read_word: Reader | None = None  # None: a WordReader process per batch
        self.word_import: WordImport | None = None  # the batch running
        self.import_report: ImportReportDialog | None = None  # the last batch's report
        self.list_export: ListExport | None = None  # the export running
        self.drops: WordDrops | None = None

    def accept_drops(self) -> None:
        """Word files and folders dropped anywhere on the window (once its widgets exist)."""
        self.drops = WordDrops(self.window, self.import_paths)

    def stop(self) -> None:
        """The window is closing: stop what runs, keeping what is done."""
        for job in (self.word_import, self.list_export):
            if job is not None:
                job.stop()

    def _folder(self, key: str) -> Path:
        folder = Path(str(self.window.settings.value(key, "") or Path.home()))
        return folder if folder.is_dir() else Path.home()

    def import_word(self) -> None:
        title = tr("Import Word documents")
        files = self.window.prompts.open_files(title, self._folder("import/folder"), word_filter())
        if files:
            self.window.settings.setValue("import/folder", str(files[0].parent))
            self.import_paths(files)

    def import_paths(self, paths: list[Path]) -> None:
        """Word files, and the Word files in folders, in as my drafts (while a batch runs,
        they join it)."""
        if self.word_import is not None and self.word_import.running:
            self.word_import.add(paths)
            return
        self.word_import = WordImport(
            self.window.controller, paths, self.window, read=self.read_word
        )
        self.word_import.finished.connect(self._imported)
        self.word_import.message.connect(self.window.say)
        self.word_import.start()

    def _imported(self, outcomes: list[Outcome]) -> None:
        batch, self.word_import = self.word_import, None
        left_out = batch.left_out if batch is not None else []
        if batch is not None:
            batch.deleteLater()
        first = next((o.story_id for o in outcomes if o.story_id is not None), None)
        if not outcomes and not left_out:
            self.window.prompts.error(tr("There are no Word documents there to import."))
        elif first is not None and len(outcomes) == 1 and not (outcomes[0].warnings or left_out):
            self.window.show_draft(first)  # one clean file needs no report
            self.window.say(tr("Imported “%1”").replace("%1", outcomes[0].headline))
        else:
            if first is not None and self.window.pane.story is None:
                self.window.show_draft(first)  # nothing open: show where the stories landed
            elif first is not None and self.window.list_model.row_of(first) is not None:
                self.window.open_story(first)
            if self.import_report is not None:
                self.import_report.deleteLater()
            self.import_report = ImportReportDialog(outcomes, left_out, self.window)
            self.import_report.openStory.connect(self.window.show_draft)
            self.import_report.open()
            self.window.say(self.import_report.summary.text())

    def export_story(self) -> None:
        """The open story to a file (saving the text on screen first)."""
        if self.window.pane.story is None or not self._saved_first():
            return
        where, kind = self._folder("export/folder"), self._export_kind()
        done = export_story(
            self.window.controller, self.window.prompts, self.window.pane.story, where, kind
        )
        if done is not None:
            self._remember_export(done[0].parent, done[1])
            self.window.say(tr("Exported to %1").replace("%1", str(done[0])))

    def export_list(self) -> None:
        """Every story of the list, as filtered now, into a folder."""
        if self.list_export is not None or not self._saved_first():
            return
        model = self.window.list_model
        if not model.total:
            self.window.prompts.error(tr("There are no stories in this list to export."))
            return
        start, kind = self._folder("export/folder"), self._export_kind()
        if (asked := ask_list_export(self.window.prompts, model.total, start, kind)) is None:
            return
        self._remember_export(asked[1], asked[0])
        job = ListExport(
            self.window.controller, model.story_filter, model.query, *asked, self.window
        )
        job.finished.connect(self._exported)
        self.list_export = job
        job.start()

    def _saved_first(self) -> bool:
        """Before an export: the text on screen is saved, or the person is told why not."""
        if self.window.pane.flush():
            return True
        error = tr("The open story could not be saved, so nothing was exported: %1")
        self.window.prompts.error(error.replace("%1", self.window.controller.last_error))
        return False

    def _export_kind(self) -> int:
        return int(self.window.settings.value("export/kind", 0) or 0)

    def _remember_export(self, folder: Path, kind: ExportKind) -> None:
        self.window.settings.setValue("export/folder", str(folder))
        self.window.settings.setValue("export/kind", kinds().index(kind))

    def _exported(self, message: str) -> None:
        if self.list_export is not None:
            self.list_export.deleteLater()
        self.list_export = None
        self.window.say(message)
