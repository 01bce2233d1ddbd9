"""The window's menus and toolbars: File, Edit, Format, View, Story, Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from desk.domain.workflow import Action

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

STORIES, BOARD, BUDGET = range(3)


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
    """The menus and toolbars of the window, with standard shortcuts."""
    std = QKeySequence.StandardKey
    window.new_action = _action(window, tr("&New Story"), window.new_story, std.New, "new-story")
    window.save_action = _action(
        window, tr("&Save Version"), window.pane.save_version, std.Save, "save-version"
    )
    window.save_as_action = _action(
        window, tr("Save Version &As…"), window.save_named_version, std.SaveAs, "save-version-as"
    )
    window.export_action = _action(
        window, tr("&Export Story…"), window.word.export_story, "Ctrl+E", "export-story"
    )
    window.export_action.setEnabled(window.pane.story is not None)
    file = window.menuBar().addMenu(tr("&File"))
    file.addActions([window.new_action, window.save_action, window.save_as_action])
    file.addSeparator()
    # (Ctrl+I is italic in the body)
    file.addAction(_action(window, tr("&Import Word…"), window.word.import_word, "Ctrl+Shift+I",
                           "import-word"))  # fmt: skip
    file.addAction(window.export_action)
    file.addAction(_action(window, tr("Export &List to Folder…"), window.word.export_list,
                           "Ctrl+Shift+E", "export-list"))  # fmt: skip
    file.addSeparator()
    file.addAction(_action(window, tr("&Print Budget…"), window.budget.print_budget, std.Print))
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
    fmt = window.menuBar().addMenu(tr("F&ormat"))
    fmt.addActions(window.pane.editor.format_actions())

    view = window.menuBar().addMenu(tr("&View"))
    for index, text in ((STORIES, "&Stories"), (BOARD, "&Board"), (BUDGET, "B&udget")):
        show = _action(window, tr(text), lambda i=index: window.tabs.setCurrentIndex(i))
        show.setShortcut(QKeySequence(f"Alt+{index + 1}"))
        view.addAction(show)
    view.addSeparator()
    view.addAction(_action(window, tr("&Refresh"), window.refresh, std.Refresh, "refresh"))

    story = window.menuBar().addMenu(tr("&Story"))
    story.addActions(list(window.workflow.actions.values()))
    story.addSeparator()
    story.addAction(_action(window, tr("Add &Note"), window.add_note, "Ctrl+Shift+N"))

    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.addAction(_action(window, tr("&Workflow"), window.show_workflow, std.HelpContents))
    help_menu.addAction(_action(window, tr("&About Desk"), window.show_about))

    main = QToolBar(tr("Main"))
    main.setObjectName("main-toolbar")
    main.addActions([window.new_action, window.save_action])
    main.addSeparator()
    # Take Over appears beside the lock it takes (in the story pane), not on the toolbar.
    main.addActions(
        [a for action, a in window.workflow.actions.items() if action is not Action.TAKE_OVER]
    )
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    main.addWidget(spacer)
    main.addWidget(window.search_box)
    main.addWidget(window.bell)
    window.addToolBar(main)
    formatting = QToolBar(tr("Format"))
    formatting.setObjectName("format-toolbar")
    formatting.addActions(window.pane.editor.format_actions())
    window.addToolBarBreak()
    window.addToolBar(formatting)
