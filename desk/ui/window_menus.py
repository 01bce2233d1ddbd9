"""The window's menus and toolbars: File, Edit, Format, View, Story, Help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from desk.ui.main_window import BOARD, BUDGET, STORIES, MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _action(window: MainWindow, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> None:
    """The menus and toolbars of the window, with standard shortcuts. They are made with the
    story list, before the rest of the window (MainWindow.complete): what acts on the rest looks
    it up when chosen, and the workflow's and the formatting actions join them with the rest
    (`add_later_actions`)."""
    from PySide6.QtCore import Qt  # (this module is loaded before the first frame)

    std = QKeySequence.StandardKey
    window.new_action = _action(window, tr("&New Story"), window.new_story, std.New, "new-story")
    window.save_action = _action(
        window, tr("&Save Version"), lambda: window.pane.save_version(), std.Save, "save-version"
    )
    window.save_as_action = _action(
        window, tr("Save Version &As…"), window.save_named_version, std.SaveAs, "save-version-as"
    )
    window.export_action = _action(
        window, tr("&Export Story…"), lambda: window.word.export_story(), "Ctrl+E", "export-story"
    )
    window.export_action.setEnabled(False)  # until a story is open
    file = window.menuBar().addMenu(tr("&File"))
    file.addActions([window.new_action, window.save_action, window.save_as_action])
    file.addSeparator()
    # (Ctrl+I is italic in the body)
    file.addAction(_action(window, tr("&Import Word…"), lambda: window.word.import_word(),
                           "Ctrl+Shift+I", "import-word"))  # fmt: skip
    file.addAction(window.export_action)
    file.addAction(_action(window, tr("Export &List to Folder…"), lambda: window.word.export_list(),
                           "Ctrl+Shift+E", "export-list"))  # fmt: skip
    file.addSeparator()
    file.addAction(
        _action(window, tr("&Print Budget…"), lambda: window.budget.print_budget(), std.Print)
    )
    file.addAction(_action(window, tr("People and &Desks…"), window.show_people))
    file.addSeparator()
    file.addAction(_action(window, tr("&Quit"), window.close, std.Quit, "quit"))

    edit = window.menuBar().addMenu(tr("&Edit"))
    for text, key, slot in (
        (tr("&Undo"), std.Undo, "undo"),
        (tr("&Redo"), std.Redo, "redo"),
        (None, None, None),
        (tr("Cu&t"), std.Cut, "cut"),
        (tr("&Copy"), std.Copy, "copy"),
        (tr("&Paste"), std.Paste, "paste"),
        (tr("Select &All"), std.SelectAll, "selectAll"),
    ):
        if text is None:
            edit.addSeparator()
            continue
        action = _action(window, text, lambda s=slot: window.to_focus(s), key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # widgets handle keys
        edit.addAction(action)
    edit.addSeparator()
    edit.addAction(_action(window, tr("&Find…"), window.find, std.Find, "find"))
    window.format_menu = window.menuBar().addMenu(tr("F&ormat"))

    view = window.menuBar().addMenu(tr("&View"))
    for index, text in ((STORIES, "&Stories"), (BOARD, "&Board"), (BUDGET, "B&udget")):
        show = _action(window, tr(text), lambda i=index: window.tabs.setCurrentIndex(i))
        show.setShortcut(QKeySequence(f"Alt+{index + 1}"))
        view.addAction(show)
    view.addSeparator()
    view.addAction(_action(window, tr("&Refresh"), window.refresh, std.Refresh, "refresh"))

    story = window.story_menu = window.menuBar().addMenu(tr("&Story"))
    story.addSeparator()  # (the workflow's actions go above it)
    story.addAction(_action(window, tr("Add &Note"), window.add_note, "Ctrl+Shift+N"))

    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.addAction(_action(window, tr("&Workflow"), window.show_workflow, std.HelpContents))
    help_menu.addAction(_action(window, tr("&About Desk"), window.show_about))

    main = QToolBar(tr("Main"))
    main.setObjectName("main-toolbar")
    main.addActions([window.new_action, window.save_action])
    main.addSeparator()
    spacer = QWidget()  # (the workflow's actions go before it)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    window.toolbar_spacer = main.addWidget(spacer)
    main.addWidget(window.search_box)  # (and the bell, once it is made)
    window.addToolBar(main)
    window.main_toolbar = main
    formatting = QToolBar(tr("Format"))
    formatting.setObjectName("format-toolbar")
    # It keeps its height until the formatting actions come, so the window does not jump then.
    waiting = formatting.addAction(tr("Format"))
    waiting.setEnabled(False)
    window.addToolBarBreak()
    window.addToolBar(formatting)
    window.format_toolbar = formatting


def add_later_actions(window: MainWindow) -> None:
    """What joins the menus and toolbars with the rest of the window: the workflow's actions in
    the Story menu and on the main toolbar, the bell beside the search box, and the story
    pane's formatting actions (bold, italic, the kinds of block)."""
    from desk.domain.workflow import Action

    workflow = list(window.workflow.actions.values())
    window.story_menu.insertActions(window.story_menu.actions()[0], workflow)
    # Take Over appears beside the lock it takes (in the story pane), not on the toolbar.
    take_over = window.workflow.actions[Action.TAKE_OVER]
    on_toolbar = [action for action in workflow if action is not take_over]
    window.main_toolbar.insertActions(window.toolbar_spacer, on_toolbar)
    window.main_toolbar.addWidget(window.bell)
    formatting = window.pane.editor.format_actions()
    window.format_menu.addActions(formatting)
    window.format_toolbar.clear()
    window.format_toolbar.addActions(formatting)
