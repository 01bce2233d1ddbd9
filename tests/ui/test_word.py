"""Word in and out of the window: import by menu and by drop, a batch stopped halfway, the
report; the open story and the whole list exported; failures said in words."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desk.domain.queues import QueueId
from desk.domain.story import State, StoryFilter
from desk.formats.docx_reader import read_docx
from desk.services import newsroom, notes, queries
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork
from desk.ui import story_list_model, word_export
from desk.ui.main_window import MainWindow
from tests.ui.conftest import FakePrompts, _user, type_text, write_story


@pytest.fixture
def open_window(qtbot, newsroom_uow: UnitOfWork, prompts: FakePrompts, tmp_path: Path):
    """open_window("ana") -> the main window signed in as ana, reading Word in-process."""

    def make(name: str) -> MainWindow:
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(newsroom_uow, _user(newsroom_uow, name), settings, prompts)
        window.notifier.stop()
        window.word.read_word = read_docx
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def word_file(path: Path, title: str, byline: str = "By Ana Ilić", body: str = "") -> Path:
    document = docx.Document()
    document.add_heading(title, 0)  # Word's Title style
    document.add_paragraph(byline)
    document.add_paragraph(body or f"BELGRADE, Nov 27 — {title}, officials said on Thursday.")
    document.save(str(path))
    return path


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def my_drafts(uow: UnitOfWork, name: str = "ana") -> list[str]:
    found = queries.list_stories(uow, StoryFilter(states=(State.DRAFT,), involving=name))
    return sorted(s.headline for s in found)


def finish_import(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.word.word_import is None, timeout=20000)


def test_import_through_the_menu_reports_each_file(qtbot, qtmodeltester, open_window, prompts,
                                                    tmp_path, newsroom_uow):  # fmt: skip
    window = open_window("ana")
    good = [word_file(tmp_path / "roads.docx", "Floods close the ring road"),
            word_file(tmp_path / "пијаца.docx", "Нова пијаца на Дорћолу", "Пише: Ана Илић")]  # fmt: skip
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"this is not a zip file")
    prompts.answers = [[good[0], bad, good[1]]]
    trigger(window, "import-word")
    finish_import(qtbot, window)

    assert my_drafts(newsroom_uow) == ["Floods close the ring road", "Нова пијаца на Дорћолу"]
    report = window.word.import_report
    assert report is not None and report.isVisible()
    assert report.summary.text() == "2 imported, 1 refused"
    lines = report.lines()
    assert lines[0] == "roads.docx: Imported as “Floods close the ring road”"
    assert lines[1].startswith("notes.docx: It is not a Word document")
    assert lines[2] == "пијаца.docx: Imported as “Нова пијаца на Дорћолу”"
    qtmodeltester.check(report.model)
    assert prompts.errors == []
    first = window.pane.story
    assert first is not None and first.headline == "Floods close the ring road"  # in My drafts
    assert first.text.byline == "By Ana Ilić"
    assert first.text.dateline.startswith("BELGRADE, Nov 27")

    window.select_queue(QueueId.ALL)
    report.open_button.click()
    assert not report.isVisible()
    assert window.current_queue().id is QueueId.MY_DRAFTS
    assert window.pane.story_id == first.id


def drag_event(kind, paths: list[Path], widget: QWidget):  # -> QDragEnterEvent | QDropEvent
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))  # as file managers send it
    event = kind(
        QPoint(5, 5) if kind is QDragEnterEvent else QPointF(5, 5),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.mime = mime  # (kept alive as long as the event)
    return event


def drop(widget: QWidget, paths: list[Path]) -> QDragEnterEvent:
    """Drag `paths` over `widget` and let go; the drag's entry (Qt delivers the drop to the
    widget that accepted it, or to nothing)."""
    enter = drag_event(QDragEnterEvent, paths, widget)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(widget, drag_event(QDropEvent, paths, widget))
    return enter


def test_a_word_file_dropped_on_the_body_becomes_a_draft(qtbot, open_window, tmp_path,
                                                         newsroom_uow, prompts):  # fmt: skip
    story_id = write_story(newsroom_uow, "ana", "Bridge reopens", "The bridge reopened.")
    window = open_window("ana")
    window.open_story(story_id)
    target = window.pane.editor.viewport()  # the body would take the path as text
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8")
    refused = drag_event(QDragEnterEvent, [other], window)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()  # no Word file, no folder: not ours

    path = word_file(tmp_path / "storm.docx", "Storm warning for the south")
    enter = drop(target, [path])
    assert enter.isAccepted()
    assert enter.dropAction() == Qt.DropAction.CopyAction  # the copy cursor
    finish_import(qtbot, window)

    assert my_drafts(newsroom_uow) == ["Bridge reopens", "Storm warning for the south"]
    assert window.pane.story.headline == "Storm warning for the south"  # opened, no report
    assert window.word.import_report is None
    assert window.statusBar().currentMessage() == "Imported “Storm warning for the south”"
    opened = queries.get_story(newsroom_uow, story_id)
    assert opened.body.text == "The bridge reopened."  # the path never went into the text
    assert prompts.errors == []


def test_a_folder_dropped_on_the_window_imports_its_word_files(qtbot, open_window, tmp_path,
                                                               newsroom_uow):  # fmt: skip
    window = open_window("ana")
    folder = tmp_path / "inbox"
    folder.mkdir()
    word_file(folder / "a.docx", "First of two")
    word_file(folder / "b.docx", "Second of two")
    (folder / "readme.txt").write_text("not for Desk")
    assert drop(window.queue_view, [folder]).isAccepted()  # (the queues pass it on)
    finish_import(qtbot, window)
    assert my_drafts(newsroom_uow) == ["First of two", "Second of two"]
    assert window.word.import_report.summary.text() == "2 imported"


def test_cancel_stops_after_the_file_in_hand(qtbot, open_window, tmp_path, newsroom_uow):
    window = open_window("ana")
    files = [word_file(tmp_path / f"{n}.docx", f"Story number {n}") for n in range(1, 5)]
    second_started, release = threading.Event(), threading.Event()

    def slow_read(path: Path):  # -> WordDocument
        if path == files[1]:
            second_started.set()
            release.wait(10)
        return read_docx(path)

    window.word.read_word = slow_read
    window.word.import_paths(files)
    batch = window.word.word_import
    qtbot.waitUntil(second_started.is_set, timeout=5000)
    assert my_drafts(newsroom_uow) == ["Story number 1"]
    assert batch.progress.labelText() == "Importing 2 of 4: 2.docx"
    batch.progress.findChild(QPushButton).click()  # Cancel, while the second file is read
    release.set()
    finish_import(qtbot, window)

    assert my_drafts(newsroom_uow) == ["Story number 1", "Story number 2"]
    report = window.word.import_report
    assert report.summary.text() == "2 imported, 2 not read (the import was stopped)"
    assert report.lines()[2:] == [
        "3.docx: Not read: the import was stopped.",
        "4.docx: Not read: the import was stopped.",
    ]


def test_the_real_reader_process_imports_and_refuses(qtbot, open_window, tmp_path, newsroom_uow):
    window = open_window("ana")
    window.word.read_word = None  # a WordReader worker process, as in the app
    good = word_file(tmp_path / "good.docx", "Read in a worker process")
    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    window.word.import_paths([good, empty])
    finish_import(qtbot, window)
    assert my_drafts(newsroom_uow) == ["Read in a worker process"]
    assert window.word.import_report.lines()[1] == "empty.docx: It has no text to import."


def test_export_the_open_story_saves_it_first(qtbot, open_window, prompts, tmp_path,
                                              newsroom_uow):  # fmt: skip
    story_id = write_story(newsroom_uow, "ana", "Floods close the ring road", "Water rose.")
    window = open_window("ana")
    window.open_story(story_id)
    editor = window.pane.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Traffic is slow.")

    prompts.answers = [tmp_path / "ring.txt"]
    trigger(window, "export-story")
    assert prompts.suggested.name == "floods-close-the-ring-road.docx"
    text = (tmp_path / "ring.txt").read_text("utf-8")
    assert "Floods close the ring road" in text
    assert "Water rose. Traffic is slow." in text  # the text on screen was saved first
    assert window.statusBar().currentMessage() == f"Exported to {tmp_path / 'ring.txt'}"

    prompts.answers = [tmp_path / "ring.html"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export Story…
    assert "Floods close the ring road</h1>" in (tmp_path / "ring.html").read_text("utf-8")
    assert prompts.suggested.name == "floods-close-the-ring-road.txt"  # the last kind chosen
    assert prompts.errors == []


def test_export_the_open_story_to_word_with_notes(open_window, prompts, tmp_path, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Floods close the ring road", "Water rose.")
    notes.add_comment(newsroom_uow, "milica", story_id, "Check the river level.")
    window = open_window("ana")
    window.open_story(story_id)
    prompts.answers = [(tmp_path / "ring", "Word document (*.docx)")]  # no ending typed
    trigger(window, "export-story")
    plain = tmp_path / "ring.docx"
    assert "Floods close the ring road" in [p.text for p in docx.Document(str(plain)).paragraphs]
    assert "word/comments.xml" not in zipfile.ZipFile(plain).namelist()

    noted = tmp_path / "noted.docx"
    prompts.answers = [(noted, "Word document, editorial notes as comments (*.docx)")]
    trigger(window, "export-story")
    comments = zipfile.ZipFile(noted).read("word/comments.xml").decode()
    assert "Check the river level." in comments
    assert prompts.errors == []


def test_export_story_refusals_are_messages(open_window, prompts, tmp_path, newsroom_uow):
    story_id = write_story(newsroom_uow, "ana", "Floods close the ring road", "Water rose.")
    window = open_window("ana")
    assert not window.export_action.isEnabled()  # no story open yet
    window.open_story(story_id)
    assert window.export_action.isEnabled()
    prompts.answers = [tmp_path / "ring.pdf", tmp_path / "missing" / "ring.txt"]
    trigger(window, "export-story")
    trigger(window, "export-story")
    assert prompts.errors == [
        "Desk writes Word (.docx), web pages (.html) and plain text (.txt); ring.pdf is none.",
        f"The folder {tmp_path / 'missing'} does not exist.",
    ]
    assert list(tmp_path.glob("ring*")) == []


def test_export_the_whole_list_not_only_the_rows_loaded(qtbot, open_window, prompts, tmp_path,
                                                        newsroom_uow, monkeypatch):  # fmt: skip
    monkeypatch.setattr(story_list_model, "PAGE", 2)  # the list loads two rows at a time
    for n in range(1, 6):
        write_story(newsroom_uow, "ana", f"Story {n}", f"Text {n}.", desk="Politics")
    write_story(newsroom_uow, "ana", "Elsewhere", "Text.", desk="World")
    write_story(newsroom_uow, "marko", "Not ana's", "Text.", desk="Politics")
    window = open_window("ana")
    window.desk_filter.setCurrentIndex(window.desk_filter.findData("Politics"))
    window.desk_filter.activated.emit(window.desk_filter.currentIndex())
    assert window.list_model.rowCount() == 2 and window.list_model.total == 5

    folder = tmp_path / "out"
    folder.mkdir()
    prompts.answers = ["Plain text", folder]
    trigger(window, "export-list")
    qtbot.waitUntil(lambda: window.word.list_export is None, timeout=10000)

    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"story-{n}.txt" for n in range(1, 6)]
    assert "Story 3" in (folder / "story-3.txt").read_text("utf-8")
    assert window.statusBar().currentMessage() == f"5 stories exported to {folder}"
    assert prompts.errors == []


def test_an_export_that_cannot_write_says_why(qtbot, open_window, prompts, tmp_path,
                                              newsroom_uow):  # fmt: skip
    write_story(newsroom_uow, "ana", "Alpha", "Text.")
    write_story(newsroom_uow, "ana", "Beta", "Text.")
    folder = tmp_path / "out"
    (folder / "beta.html").mkdir(parents=True)  # a folder where the file should go
    window = open_window("ana")
    prompts.answers = ["Web page", folder, True]  # ... and yes, replace files of that name
    trigger(window, "export-list")
    qtbot.waitUntil(lambda: window.word.list_export is None, timeout=10000)

    assert prompts.asked == ["Export list", "Export list to folder", "Export list to folder"]
    assert len(prompts.errors) == 1
    assert prompts.errors[0].startswith(f"Cannot write {folder / 'beta.html'}: ")
    assert prompts.errors[0].endswith("Nothing was exported.")  # beta is the newest, first
    assert sorted(p.name for p in folder.iterdir()) == ["beta.html"]


def test_cancel_stops_an_export_between_stories(qtbot, open_window, prompts, tmp_path,
                                                newsroom_uow, monkeypatch):  # fmt: skip
    for n in range(1, 6):
        write_story(newsroom_uow, "ana", f"Story {n}", f"Text {n}.")
    first_written, release = threading.Event(), threading.Event()
    real = word_export.export_each

    def gated(*args, **kwargs):
        for n, path in enumerate(real(*args, **kwargs), 1):
            yield path
            if n == 1:
                first_written.set()
                release.wait(10)

    monkeypatch.setattr(word_export, "export_each", gated)
    window = open_window("ana")
    folder = tmp_path / "out"
    folder.mkdir()
    prompts.answers = ["Plain text", folder]
    trigger(window, "export-list")
    job = window.word.list_export
    qtbot.waitUntil(lambda: job.written == 1, timeout=5000)
    assert job.progress.labelText() == "Exporting 2 of 5"
    job.progress.findChild(QPushButton).click()
    release.set()
    qtbot.waitUntil(lambda: window.word.list_export is None, timeout=5000)

    assert len(list(folder.iterdir())) == 2  # the story being written when Cancel came
    message = f"Export stopped: 2 of 5 stories exported to {folder}."
    assert window.statusBar().currentMessage() == message


def test_export_on_a_newsroom_in_memory(qtbot, prompts, tmp_path, clock):
    """One connection that cannot cross threads: the export runs on the UI thread."""
    store = open_store("sqlite://")
    uow = UnitOfWork(store, clock)
    newsroom.start_newsroom(uow, "vesna", "Vesna Kovač")
    write_story(uow, "vesna", "Alpha", "Text.")
    settings = QSettings(str(tmp_path / "vesna.ini"), QSettings.Format.IniFormat)
    window = MainWindow(uow, _user(uow, "vesna"), settings, prompts)
    window.notifier.stop()
    qtbot.addWidget(window)
    window.select_queue(QueueId.ALL)
    prompts.answers = ["Word document (", tmp_path]
    trigger(window, "export-list")
    assert window.word.list_export is None  # done at once
    assert [p.name for p in tmp_path.glob("*.docx")] == ["alpha.docx"]
    assert window.statusBar().currentMessage() == f"1 story exported to {tmp_path}"
