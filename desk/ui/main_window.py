"""The Desk window: queues, the story list, the open story with its notes, history and versions,
the board and the budget, under standard menus.

The window is on the screen before a newsroom is open, saying that one is being opened; `open`
then shows the story list, and `complete` makes the rest once the list is on the screen. So this
module needs only Qt to begin with, and what reads the newsroom is imported where it is used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# (Not Qt's namespace `Qt` here: making it takes a tenth of the time to the first frame.)
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from desk.domain.queues import Queue, QueueId
    from desk.domain.story import User
    from desk.services.session import Newsroom
    from desk.ui.controller import Change
    from desk.ui.prompts import Prompts

ALL_DESKS = ""
STORIES, BOARD, BUDGET = range(3)  # the window's views, as its tabs
STORY_SIZES = [800, 380]  # the story's pane and what is beside it, until the person moves them
SETTLE_AT_LATEST_MS = 3000  # should the list not be drawn (a window started minimised, say)


class PaintWatch(QObject):
    """Calls `then` once, just after `widget` next paints: when that frame is on the screen."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The frame is drawn in this pass and shown at its end: go on after that.
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


class MadeLater:
    """A part of the window that `complete` makes. Asked for before then, it is made at once (a
    menu's shortcut pressed as the list appears, say); once made, it is an ordinary attribute."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow | None, owner: type | None = None) -> Any:
        if window is None:
            return self
        window.complete()
        return window.__dict__[self.name]


class MainWindow(QMainWindow):
    """Lays out the views and wires them to one controller; owns no newsroom logic itself."""

    pane = MadeLater()  # StoryPane: the open story
    notes, history, versions = MadeLater(), MadeLater(), MadeLater()  # beside it
    board, budget = MadeLater(), MadeLater()  # BoardView, BudgetView
    notifier, bell = MadeLater(), MadeLater()  # Notifier, BellButton
    word = MadeLater()  # WordDesk
    workflow = MadeLater()  # WorkflowActions: the Story menu's

    firstFrame = Signal()  # the window is on the screen (its first paint is shown)
    filled = Signal()  # after `open`: the story list's first page is on the screen

    def __init__(
        self,
        handle: Newsroom | None,
        user: User | None,
        settings: QSettings,
        prompts: Prompts | None = None,
        autosave_seconds: float | None = None,
    ) -> None:
        """The window of `user` on the newsroom `handle`, ready at once. Without them, the
        window as it first appears, with its remembered size and place and a line saying the
        newsroom is being opened, until `open` fills it."""
        super().__init__()
        self.settings = settings
        self.is_open = False
        self.setWindowTitle(self.tr("Desk"))
        self.resize(1360, 860)
        if geometry := settings.value("window/geometry"):
            self.restoreGeometry(geometry)
        self.opening_line = QLabel(self.tr("Opening the newsroom…"))
        self.opening_line.setObjectName("opening")
        self.opening_line.setStyleSheet("qproperty-alignment: AlignCenter")  # (see above)
        self.opening_line.setEnabled(False)  # grey, as the views' own empty lines are
        self.setCentralWidget(self.opening_line)
        PaintWatch(self, self.firstFrame.emit)
        self.completed = self.settled = False  # see `complete` and `settle`
        if handle is not None and user is not None:
            self.open(handle, user, prompts, autosave_seconds)
            self.settle()  # all at once: nobody is waiting for a first frame here

    def open(
        self,
        handle: Newsroom,
        user: User,
        prompts: Prompts | None = None,
        autosave_seconds: float | None = None,
    ) -> None:
        """Fill the window for `user` on `handle`: the queues, the first page of the list last
        shown, the menus and the toolbars. The rest of the window (`complete`), and what the
        list does not need (`settle`), follow as soon as the list is on the screen (`filled`)."""
        from desk.services import session
        from desk.ui.controller import Controller
        from desk.ui.prompts import Prompts
        from desk.ui.queue_model import QueueModel
        from desk.ui.story_list_model import StoryListModel
        from desk.ui.story_list_view import StoryListView
        from desk.ui.window_menus import build_menus

        self.prompts = prompts or Prompts(self)
        self.controller = Controller(handle, user, self.prompts)
        self.controller.setParent(self)  # goes with the window
        self._autosave_seconds = autosave_seconds
        self.setWindowTitle(self.tr("Desk — %1 (%2)").replace("%1", user.label).replace(
            "%2", self.tr(user.role.value)))  # fmt: skip
        if server := session.server_name(handle):  # a shared newsroom: say which
            self.setWindowTitle(self.windowTitle() + " — " + server)

        # Views
        self.queues = QueueModel(self.controller, self)
        self.queue_view = QListView()
        self.queue_view.setObjectName("queues")
        self.queue_view.setModel(self.queues)
        self.queue_view.setSpacing(1)
        self.desk_filter = QComboBox()
        self.desk_filter.setObjectName("desk-filter")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search all stories (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(280)
        self.list_model = StoryListModel(self.controller, self)
        self.list_view = StoryListView(self.list_model)
        self.list_view.setObjectName("story-list")
        self.side = QTabWidget()  # its pages come with `complete`
        self.side.setObjectName("side-tabs")
        for title in (self.tr("Notes"), self.tr("History"), self.tr("Versions")):
            self.side.addTab(QWidget(), title)
        self._layout()
        build_menus(self)
        self._wire()

        self._fill_desks()
        self._restore_state()  # shows the list last shown: its first page is read now
        self.is_open = True
        QTimer.singleShot(SETTLE_AT_LATEST_MS, self, self._settle_if_shown)
        if self.tabs.currentIndex() == STORIES:
            PaintWatch(self.list_view.viewport(), self._filled)
        else:  # the board or the budget was left open: it is needed now
            self.complete()
            PaintWatch(self, self._filled)

    def complete(self) -> None:
        """Make the rest of the window, once: the open story's pane with the notes, history and
        versions beside it, the board, the budget, the workflow's actions, the bell, and Word in
        and out."""
        if self.completed:
            return
        assert self.is_open, "a window is completed once its newsroom is open"
        from desk.domain.workflow import Action
        from desk.ui import icons
        from desk.ui.bell import BellButton
        from desk.ui.board_view import BoardView
        from desk.ui.budget_view import BudgetView
        from desk.ui.history_view import HistoryWidget
        from desk.ui.notes_view import NotesWidget
        from desk.ui.notifier import Notifier
        from desk.ui.story_pane import AUTOSAVE_SECONDS, StoryPane
        from desk.ui.versions_view import VersionsWidget
        from desk.ui.window_menus import add_later_actions
        from desk.ui.word_desk import WordDesk
        from desk.ui.workflow_actions import WorkflowActions

        self.completed = True
        made = self.__dict__  # (where the MadeLater parts go)
        seconds = self._autosave_seconds or float(
            self.settings.value("autosave/seconds", AUTOSAVE_SECONDS)
        )
        pane = made["pane"] = StoryPane(self.controller, autosave_seconds=seconds)
        self.story_split.replaceWidget(0, pane).deleteLater()  # (the placeholder)
        if not self.settings.value("window/story"):  # (as it is shared with the pane there)
            width = sum(self.story_split.sizes())
            self.story_split.setSizes([width * part // sum(STORY_SIZES) for part in STORY_SIZES])
        parts = [NotesWidget(self.controller), HistoryWidget(self.controller)]
        parts.append(VersionsWidget(self.controller))
        made["notes"], made["history"], made["versions"] = parts
        for index, part in enumerate(parts):
            _put_page(self.side, index, part)
        made["board"], made["budget"] = BoardView(self.controller), BudgetView(self.controller)
        _put_page(self.tabs, BOARD, self.board)
        _put_page(self.tabs, BUDGET, self.budget)
        made["notifier"] = Notifier(self.controller, self)
        made["bell"] = BellButton(self.notifier)
        made["word"] = WordDesk(self)  # Word in and out: File menu, drops, batches
        made["workflow"] = WorkflowActions(self.controller, pane.flush, self)
        add_later_actions(self)
        self.setWindowIcon(icons.icon("desk"))

        pane.storyShown.connect(self._story_shown)
        pane.edited.connect(self.workflow.update)
        pane.message.connect(self.say)
        take_over = self.workflow.actions[Action.TAKE_OVER]
        pane.take_over_button.setDefaultAction(take_over)
        take_over.changed.connect(lambda: pane.take_over_button.setVisible(take_over.isEnabled()))
        pane.mergeAsked.connect(self._merge)
        self.notifier.arrived.connect(self._notices)
        self.bell.storyChosen.connect(self.open_story)
        self.board.storyActivated.connect(self._open_from_view)
        self.budget.storyActivated.connect(self._open_from_view)
        self.word.accept_drops()  # (on every widget: so the last thing made)

    def _filled(self) -> None:
        self.filled.emit()
        self._settle_if_shown()

    def _settle_if_shown(self) -> None:
        if self.isVisible():  # (not once closed: a timing run closes it as the list comes up)
            self.settle()

    def settle(self) -> None:
        """Once, what waits until the list is on the screen: the rest of the window, the queue
        counts, the first story opened, news from the newsroom, text kept from last time."""
        if self.settled:
            return
        self.settled = True
        self.complete()
        self.queues.refresh_counts()
        self.list_view.setFocus()  # (which opens the first story)
        self.notifier.start()
        QTimer.singleShot(0, self.bring_back_unsaved)  # once the window is up

    # Layout

    def _layout(self) -> None:
        from PySide6.QtCore import Qt

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 6, 0, 6)
        title = QLabel(self.tr("Queues"))
        title.setStyleSheet("font-weight: bold")
        column.addWidget(title)
        column.addWidget(self.queue_view, 1)
        column.addWidget(QLabel(self.tr("Desk")))
        column.addWidget(self.desk_filter)

        self.story_split = QSplitter(Qt.Orientation.Horizontal)
        self.story_split.addWidget(QWidget())  # the story's pane, made by `complete`
        self.story_split.addWidget(self.side)
        self.story_split.setStretchFactor(0, 3)
        self.story_split.setStretchFactor(1, 1)
        self.list_split = QSplitter(Qt.Orientation.Vertical)
        self.list_split.addWidget(self.list_view)
        self.list_split.addWidget(self.story_split)
        self.list_split.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("main-split")
        self.main_split.addWidget(left)
        self.main_split.addWidget(self.list_split)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([210, 1150])
        self.list_split.setSizes([300, 560])
        self.story_split.setSizes(STORY_SIZES)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.main_split, self.tr("Stories"))
        self.tabs.addTab(QWidget(), self.tr("Board"))  # made by `complete`
        self.tabs.addTab(QWidget(), self.tr("Budget"))
        self.setCentralWidget(self.tabs)
        self.status_user = QLabel(f"{self.controller.user.label} · {self.controller.user.role}")
        self.status_count = QLabel()
        self.statusBar().addPermanentWidget(self.status_count)
        self.statusBar().addPermanentWidget(self.status_user)

    def _wire(self) -> None:
        self.queue_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_list())
        self.desk_filter.activated.connect(lambda _i: self._show_list())
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self._show_list)
        self.search_box.textChanged.connect(lambda _t: self.search_timer.start())
        self.list_view.storySelected.connect(self.open_story)
        self.list_model.loaded.connect(self._show_count)
        self.controller.changed.connect(self._changed)
        self.controller.failed.connect(self.say)
        QApplication.instance().applicationStateChanged.connect(self._app_state)  # type: ignore[union-attr]

    # Lists

    def current_queue(self) -> Queue | None:
        from desk.ui.queue_model import QueueRole

        index = self.queue_view.currentIndex()
        return index.data(QueueRole) if index.isValid() else None

    def select_queue(self, queue_id: QueueId | str) -> None:
        row = self.queues.row_of(queue_id)
        if row is not None:
            self.queue_view.setCurrentIndex(self.queues.index(row))

    def _show_list(self) -> None:
        queue = self.current_queue()
        if queue is None:
            return
        story_filter = queue.filter(self.controller.user)
        desk = self.desk_filter.currentData()
        if desk:
            from dataclasses import replace

            story_filter = replace(story_filter, desk=desk)
        self.list_model.show(story_filter, self.search_box.text())

    def _show_count(self) -> None:
        from desk.ui import look

        total = self.list_model.total
        text = look.count(total, self.tr("story"), self.tr("stories"))
        if self.list_model.query:
            text += " " + self.tr("found")
        self.status_count.setText(text)

    def _fill_desks(self) -> None:
        from desk.services import newsroom

        self.desk_filter.clear()
        self.desk_filter.addItem(self.tr("All desks"), ALL_DESKS)
        for desk in self.controller.query(newsroom.list_desks) or []:
            self.desk_filter.addItem(desk.name, desk.name)

    def refresh(self) -> None:
        self.controller.announce()

    def _changed(self, change: Change) -> None:
        self.queues.refresh_counts()
        if not change.notes:  # (the board and the budget follow changes themselves)
            self.list_model.refresh_rows()
            self._show_count()

    # The open story

    def open_story(self, story_id: int | None) -> None:
        if story_id is None or not self.pane.show_story(story_id):
            return
        if self.list_view.current_story() != story_id:
            self.list_view.blockSignals(True)
            self.list_view.select_story(story_id)
            self.list_view.blockSignals(False)

    def _open_from_view(self, story_id: int) -> None:
        self.tabs.setCurrentIndex(STORIES)
        self.open_story(story_id)

    def _story_shown(self, story) -> None:  # story: Story | None
        self.workflow.update(story)
        for widget in (self.notes, self.history, self.versions):
            widget.show_story(story.id if story else None)
        self.save_action.setEnabled(story is not None and not self.pane.editor.isReadOnly())
        self.save_as_action.setEnabled(self.save_action.isEnabled())
        self.export_action.setEnabled(story is not None)

    def new_story(self) -> None:
        from desk.domain.story import StoryText
        from desk.services import stories

        if not self.pane.flush():
            return
        headline = self.prompts.line(self.tr("New story"), self.tr("Headline or slug:"))
        if not headline or not headline.strip():
            return
        story = self.controller.do(
            stories.create_story, StoryText(headline=headline.strip()), stories=()
        )
        if story is None:
            return
        self.show_draft(story.id)
        self.pane.editor.setFocus()

    def show_draft(self, story_id: int) -> None:
        """Open one of my drafts where it lives: My drafts, in the Stories view."""
        from desk.domain.queues import QueueId

        self.tabs.setCurrentIndex(STORIES)
        self.select_queue(QueueId.MY_DRAFTS)
        self.open_story(story_id)

    def save_named_version(self) -> None:
        label = self.prompts.line(self.tr("Save version"), self.tr("Name this version:"))
        if label is not None:
            self.pane.save_version(label.strip())

    def add_note(self) -> None:
        self.side.setCurrentWidget(self.notes)
        self.notes.editor.setFocus()

    def find(self) -> None:
        self.tabs.setCurrentIndex(STORIES)
        self.search_box.setFocus()
        self.search_box.selectAll()

    def to_focus(self, slot: str) -> None:
        """Edit menu items act on the widget with the keyboard focus (its undo, its paste)."""
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, slot):
            getattr(widget, slot)()

    def say(self, message: str) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(message, 8000)

    def _notices(self, notices: list) -> None:
        from desk.ui.notifier import describe

        if notices:
            self.statusBar().showMessage(describe(notices[-1]), 10000)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive and self.isVisible() and self.completed:
            self.pane.autosave()  # (a closed window's text was kept in a file as it closed)

    def show_people(self) -> None:
        from desk.ui.people_dialog import PeopleDialog

        PeopleDialog(self.controller, self).exec()
        self._fill_desks()
        self.pane.refresh_choices()

    def bring_back_unsaved(self) -> list[str]:
        """Text kept in files when it could not be saved (last time, or in another window on
        this computer) goes back into the newsroom now; the person is told what became of it."""
        from desk.ui import unsaved

        if not self.isVisible():
            return []  # closed before it came to this
        said = unsaved.bring_back(self.controller)
        if said:
            self.prompts.inform(self.tr("Text brought back"), "\n\n".join(said))
            self.say(said[-1])
        return said

    def _merge(self, story_id: int, number: int) -> None:
        """The story pane's "Compare and merge…": the conflict copy beside the current text."""
        from desk.ui.merge_dialog import open_merge

        self.merge_dialog = open_merge(self.controller, story_id, number, self)

    def show_workflow(self) -> None:
        from desk.ui.help_dialog import HelpDialog, workflow_html

        HelpDialog(self.tr("How a story moves"), workflow_html(), self).exec()

    def show_about(self) -> None:
        from desk.ui.help_dialog import HelpDialog, about_html

        HelpDialog(self.tr("About Desk"), about_html(), self).exec()

    # Remembered layout

    def _restore_state(self) -> None:
        """Everything of the layout but the window's size and place (restored as it is made)."""
        from desk.domain.queues import QueueId
        from desk.domain.story import Role

        s = self.settings
        if state := s.value("window/state"):
            self.restoreState(state)
        for name, splitter in self._splitters().items():
            if sizes := s.value(f"window/{name}"):
                splitter.restoreState(sizes)
        widths = s.value("window/columns")
        if isinstance(widths, list):
            self.list_view.restore_widths(widths)
        start = str(s.value("window/queue", ""))
        fallback = QueueId.INCOMING if self.controller.user.role.at_least(Role.EDITOR) else (
            QueueId.MY_DRAFTS)  # fmt: skip
        self.select_queue(start if self.queues.row_of(start) is not None else fallback)
        self.tabs.setCurrentIndex(int(s.value("window/tab", STORIES) or 0))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_split, "list": self.list_split, "story": self.story_split}

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for name, splitter in self._splitters().items():
            s.setValue(f"window/{name}", splitter.saveState())
        s.setValue("window/columns", [str(w) for w in self.list_view.column_widths()])
        if queue := self.current_queue():
            s.setValue("window/queue", queue.id.value)
        s.setValue("window/tab", self.tabs.currentIndex())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_open:  # closed while the newsroom was being opened: nothing to keep
            event.accept()
            return
        if not self.completed:  # closed the moment the list was up: nothing was opened yet
            self.controller.background.wait(3000)
            self.save_state()
            event.accept()
            return
        if self.pane.dirty and not self.pane.flush():
            kept = self.pane.keep_unsaved()
            where = (
                self.tr(
                    "They are kept in %1, and go back into the newsroom the next time you open it."
                ).replace("%1", str(kept))
                if kept
                else self.tr("They could not be kept anywhere.")
            )
            question = self.tr("Your last changes could not be saved in the newsroom.")
            if not self.prompts.confirm(self.tr("Close Desk"), f"{question} {where}"):
                event.ignore()
                return
        self.notifier.stop()
        self.word.stop()
        self.pane.shut()
        self.controller.background.wait(3000)
        self.save_state()
        event.accept()


def _put_page(tabs: QTabWidget, index: int, page: QWidget) -> None:
    """`page` in place of the placeholder at `index`, under the same title."""
    current, title, placeholder = tabs.currentIndex(), tabs.tabText(index), tabs.widget(index)
    tabs.removeTab(index)
    tabs.insertTab(index, page, title)
    tabs.setCurrentIndex(current)
    placeholder.deleteLater()
