"""The main window's actions and menus.

Contract: ``build_actions(window)`` creates every QAction once (text, icon,
shortcut, slot on the window); ``build_menus(window, actions)`` lays them out in
File / Edit / View / Help. There is deliberately no "Save": every edit is
committed as it is made. Undo/Redo come from the window's QUndoGroup, so their
text follows the active stack ("Undo Change project name").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cosafe.ui.kit.icons import icon

if TYPE_CHECKING:
    from cosafe.ui.shell.main_window import MainWindow


@dataclass
class Actions:
    new: QAction
    open: QAction
    open_sample: QAction
    save_as: QAction
    import_basemap: QAction
    export_map: QAction
    zoom_to_project: QAction
    zoom_to_layer: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    properties: QAction
    reset_layout: QAction
    about: QAction
    how_saving_works: QAction
    recent_menu: QMenu


def _action(window: MainWindow, text: str, icon_name: str, slot: Callable[[], object],
            shortcuts: list[QKeySequence] | None = None, tip: str = "") -> QAction:
    action = QAction(icon(icon_name), text, window)
    if shortcuts:
        action.setShortcuts(shortcuts)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window: MainWindow) -> Actions:
    files = window.files
    undo = window.undo_group.createUndoAction(window, "Undo")
    undo.setIcon(icon("undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = window.undo_group.createRedoAction(window, "Redo")
    redo.setIcon(icon("redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    recent_menu = QMenu("Open &Recent", window)
    recent_menu.setIcon(icon("recent"))
    recent_menu.aboutToShow.connect(window.fill_recent_menu)
    return Actions(
        new=_action(window, "&New Project…", "document-new", files.new_project, [QKeySequence("Ctrl+N")],
                    "Create an empty project file"),
        open=_action(window, "&Open Project…", "document-open", files.open_project_dialog, [QKeySequence("Ctrl+O")],
                     "Open a CoSafe project file"),
        open_sample=_action(window, "Open &Sample Project", "sample", files.open_sample,
                            tip="Open a fresh copy of the sample project to explore CoSafe"),
        save_as=_action(window, "Save &As…", "document-save-as", files.save_as, [QKeySequence("Ctrl+Shift+S")],
                        "Write a copy of the project to another file and continue there"),
        import_basemap=_action(window, "&Import Basemap…", "import-basemap", window.import_basemap,
                               [QKeySequence("Ctrl+I")],
                               "Add a street map, MBTiles or a photo of a paper map to the project"),
        export_map=_action(window, "Export Map &Image…", "export-map", window.export_map_image,
                           [QKeySequence("Ctrl+E")], "Save the map as a PNG image for slides, posters and reports"),
        zoom_to_project=_action(window, "Zoom to &Project", "zoom-project", window.zoom_to_project,
                                [QKeySequence("Ctrl+0")], "Show the whole project area"),
        zoom_to_layer=_action(window, "Zoom to &Layer", "zoom-layer", window.zoom_to_selected_layer,
                              tip="Show the whole of the layer selected in the Layers panel"),
        close=_action(window, "&Close Project", "document-close", window.close_project, [QKeySequence("Ctrl+W")]),
        quit=_action(window, "&Quit", "quit", window.close, [QKeySequence("Ctrl+Q")]),
        undo=undo,
        redo=redo,
        properties=_action(window, "Project &Properties…", "properties", window.edit_properties,
                           tip="Name, place, description and privacy threshold"),
        reset_layout=_action(window, "&Reset Layout", "layout-reset", window.reset_layout,
                             tip="Put the panels back where they started"),
        about=_action(window, "&About CoSafe", "help-about", window.show_about),
        how_saving_works=_action(window, "How CoSafe &Saves", "help-saving", window.show_saving_note),
        recent_menu=recent_menu,
    )


def build_menus(window: MainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.new)
    file_menu.addAction(actions.open)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addAction(actions.open_sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.save_as)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_basemap)
    file_menu.addAction(actions.export_map)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addAction(window.history_dock.toggleViewAction())
    edit_menu.addSeparator()
    edit_menu.addAction(actions.properties)

    view_menu = bar.addMenu("&View")
    view_menu.addAction(window.overview_dock.toggleViewAction())
    view_menu.addAction(window.layers_dock.toggleViewAction())
    view_menu.addAction(window.history_dock.toggleViewAction())
    view_menu.addAction(window.identify_dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(actions.zoom_to_project)
    view_menu.addAction(actions.zoom_to_layer)
    view_menu.addSeparator()
    view_menu.addAction(actions.reset_layout)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.how_saving_works)
    help_menu.addAction(actions.about)

    # The few things a facilitator reaches for most, one click away.
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolBar")  # saveState() identifies toolbars by object name
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (actions.open, actions.import_basemap, actions.export_map, None, actions.undo, actions.redo, None,
                   actions.zoom_to_project):
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    view_menu.insertAction(view_menu.actions()[0], toolbar.toggleViewAction())
