"""The main window's actions and menus.

Contract: ``build_actions(window)`` creates every QAction once (text, icon,
shortcut, slot on the window); ``build_menus(window, host, actions)`` lays them out
in File / Edit / View / Help and the main toolbar, and registers the menus, the
toolbar and the commands features place entries beside with the host by id (the
basemap feature adds Import Basemap and Zoom to Layer). There is deliberately no "Save": every edit is
committed as it is made. Undo/Redo come from the window's QUndoGroup, so their
text follows the active stack ("Undo Change project name") in the Edit menu; the
toolbar's buttons say just "Undo" and "Redo" (``undo_button``, ``redo_button``), with
the whole label in their tooltip, so the toolbar keeps its width whatever was done.
Edit ends with Language (``language_menu``). View begins with the main toolbar's toggle, named by what the bar holds
(``MAIN_TOOLBAR_TITLE``), has Next Panel (F6) after Reset Layout (``shell.panel_focus``;
Previous Panel, Shift+F6, is in no menu), and ends with High-Contrast Map, Full Screen (F11), Presentation Mode (F5) and
Presentation Text Size; Escape (``leave_mode``, in no menu) leaves either mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.host import CommandId, Host, MenuId, ToolbarId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.kit.icons import icon
from cosafe.ui.kit.mnemonics import plain
from cosafe.ui.shell.language_menu import LanguageMenu
from cosafe.ui.shell.presentation import SCALES
from cosafe.ui.shell.words import Menus

if TYPE_CHECKING:
    from cosafe.ui.shell.main_window import MainWindow


MAIN_TOOLBAR_TITLE = QT_TRANSLATE_NOOP("Menus", "Toolbar: Open, Export, Undo, Zoom")
_TWIN_OF = "cosafe_twin_of"  # a short twin's property: the action it follows


@dataclass
class Actions:
    new: QAction
    open: QAction
    open_sample: QAction
    save_as: QAction
    remove_traces: QAction
    export_map: QAction
    zoom_to_project: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    undo_button: QAction  # the toolbar's short "Undo", following ``undo``
    redo_button: QAction
    properties: QAction
    reset_layout: QAction
    next_panel: QAction
    previous_panel: QAction
    high_contrast: QAction
    full_screen: QAction
    presentation: QAction
    leave_mode: QAction  # Escape: out of the presentation, else out of full screen
    presentation_scales: dict[float, QAction]
    about: QAction
    how_saving_works: QAction
    guide: QAction
    shortcuts: QAction
    recent_menu: QMenu


def short_twin(action: QAction, text: str) -> QAction:
    """A button's action that says only ``text`` and does what ``action`` does.

    Enabled with it, and its tooltip is ``action``'s whole text ("Undo Add proposal
    “Lights”") with the shortcut. It has no shortcut of its own: the key stays with
    ``action``, so one key press is one undo.
    """
    twin = QAction(action.icon(), text, action.parent())
    twin.triggered.connect(action.trigger)
    # Read back through Qt each time, not through this wrapper: PySide has been seen to drop
    # the Python wrapper of the undo group's action while the action lives on (after a dot
    # was placed from the keyboard), and every later change then raised here.
    twin.setProperty(_TWIN_OF, action)

    def follow() -> None:
        source = twin.property(_TWIN_OF)
        twin.setEnabled(source.isEnabled())
        key = source.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        whole = plain(source.text())
        twin.setToolTip(arg(Menus.tr("%1 (%2)", "a command and its key"), whole, key) if key else whole)

    action.changed.connect(follow)
    follow()
    return twin


def build_actions(window: MainWindow) -> Actions:
    files = window.files
    undo = window.undo_group.createUndoAction(window, Menus.tr("&Undo"))
    undo.setIcon(icon("undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = window.undo_group.createRedoAction(window, Menus.tr("&Redo"))
    redo.setIcon(icon("redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    high_contrast = make_action(window, Menus.tr("&High-Contrast Map"), "", "",
                                Menus.tr("Black ink on white for bright rooms and weak projectors: only the groups "
                                "are in colour"), checkable=True)
    high_contrast.toggled.connect(window.set_high_contrast)
    full_screen = make_action(window, Menus.tr("&Full Screen"), "", "F11", Menus.tr("The window fills the screen"), checkable=True)
    full_screen.toggled.connect(window.set_full_screen)
    presentation = make_action(window, Menus.tr("Presentation &Mode"), "", "F5",
                               Menus.tr("The map for the room: full screen on the projector, large text, only the tools "
                               "the room uses"), checkable=True)
    presentation.toggled.connect(window.set_presenting)
    leave_mode = make_action(window, Menus.tr("Leave Full Screen or Presentation"), "", "Escape", slot=window.leave_mode)
    leave_mode.setEnabled(False)
    scales = QActionGroup(window)
    presentation_scales: dict[float, QAction] = {}
    for scale in SCALES:
        action = scales.addAction(arg(Menus.tr("%1%", "a text size"), round(scale * 100)))
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, s=scale: window.presentation.set_scale(s))
        presentation_scales[scale] = action
    recent_menu = QMenu(Menus.tr("Open &Recent"), window)
    recent_menu.setIcon(icon("recent"))
    recent_menu.aboutToShow.connect(window.fill_recent_menu)
    return Actions(
        new=make_action(window, Menus.tr("&New Project…"), "document-new", "Ctrl+N", Menus.tr("Create an empty project file"),
                        files.new_project),
        open=make_action(window, Menus.tr("&Open Project…"), "document-open", "Ctrl+O", Menus.tr("Open a CoSafe project file"),
                         files.open_project_dialog),
        open_sample=make_action(window, Menus.tr("Open &Sample Project"), "sample", "",
                                Menus.tr("Open a fresh copy of the sample project to explore CoSafe"), files.open_sample),
        save_as=make_action(window, Menus.tr("Save &As…"), "document-save-as", "Ctrl+Shift+S",
                            Menus.tr("Write a copy of the project to another file and continue there"), files.save_as),
        remove_traces=make_action(window, Menus.tr("Remove &Traces of Deleted Records…"), "remove", "",
                                  Menus.tr("Rewrite the project file so nothing deleted records held can be recovered"),
                                  files.remove_traces),
        export_map=make_action(window, Menus.tr("E&xport Map Image…"), "export-map", "Ctrl+E",
                               Menus.tr("Save the map as a PNG image for slides, posters and reports"), window.export_map_image),
        zoom_to_project=make_action(window, Menus.tr("Zoom to &Project"), "zoom-project", "Ctrl+0",
                                    Menus.tr("Show the workshop area: the proposals, pins, walks and the project area set"), window.zoom_to_project),
        close=make_action(window, Menus.tr("&Close Project"), "document-close", "Ctrl+W", slot=window.close_project),
        quit=make_action(window, Menus.tr("&Quit"), "quit", "Ctrl+Q", slot=window.close),
        undo=undo,
        redo=redo,
        undo_button=short_twin(undo, Menus.tr("Undo")),
        redo_button=short_twin(redo, Menus.tr("Redo")),
        properties=make_action(window, Menus.tr("Project &Properties…"), "properties", "",
                               Menus.tr("Name, place, description, privacy threshold, currency and report language"), window.edit_properties),
        reset_layout=make_action(window, Menus.tr("&Reset Layout"), "layout-reset", "",
                                 Menus.tr("Put the panels back where they started"), window.reset_layout),
        next_panel=make_action(window, Menus.tr("Ne&xt Panel"), "", "F6",
                               Menus.tr("Move the keyboard to the next panel: the map, the workshop bar, each open panel"),
                               lambda: window.focus_panel(True)),
        previous_panel=make_action(window, Menus.tr("Previous Panel"), "", "Shift+F6",
                                   Menus.tr("Move the keyboard to the panel before"), lambda: window.focus_panel(False)),
        high_contrast=high_contrast,
        full_screen=full_screen,
        presentation=presentation,
        leave_mode=leave_mode,
        presentation_scales=presentation_scales,
        about=make_action(window, Menus.tr("&About CoSafe"), "help-about", slot=window.show_about),
        how_saving_works=make_action(window, Menus.tr("How CoSafe &Saves"), "help-saving", slot=window.show_saving_note),
        guide=make_action(window, Menus.tr("&Workshop Guide"), "", "F1",
                          Menus.tr("Preparing a workshop, running it and what comes after, illustrated (offline)"),
                          window.show_guide),
        shortcuts=make_action(window, Menus.tr("&Keyboard Shortcuts"), "", "",
                              Menus.tr("Every key CoSafe answers to, by menu"), window.show_shortcuts),
        recent_menu=recent_menu,
    )


def build_menus(window: MainWindow, host: Host, actions: Actions) -> None:
    """The window's File, Edit, View and Help menus and main toolbar, registered with ``host`` by id."""
    for command_id in (CommandId.EXPORT_MAP, CommandId.CLOSE, CommandId.ZOOM_TO_PROJECT):
        host.add_command(command_id, getattr(actions, command_id.value))
    file_menu = host.add_menu(MenuId.FILE, Menus.tr("&File"), before=None)
    file_menu.addAction(actions.new)
    file_menu.addAction(actions.open)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addAction(actions.open_sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.save_as)
    file_menu.addAction(actions.remove_traces)
    file_menu.addSeparator()
    file_menu.addAction(actions.export_map)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)

    edit_menu = host.add_menu(MenuId.EDIT, Menus.tr("&Edit"), before=None)
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addAction(window.history_dock.toggleViewAction())
    edit_menu.addSeparator()
    edit_menu.addAction(actions.properties)
    edit_menu.addMenu(LanguageMenu(window, lambda: window.restart()))  # looked up when chosen

    view_menu = host.add_menu(MenuId.VIEW, Menus.tr("&View"), before=None)
    view_menu.addAction(window.overview_dock.toggleViewAction())
    view_menu.addAction(window.history_dock.toggleViewAction())
    view_menu.addAction(window.identify_dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(actions.zoom_to_project)
    view_menu.addSeparator()
    view_menu.addAction(actions.reset_layout)
    view_menu.addAction(actions.next_panel)  # Shift+F6 is in no menu: View has a letter for no more
    view_menu.addSeparator()
    view_menu.addAction(actions.high_contrast)
    view_menu.addAction(actions.full_screen)
    view_menu.addAction(actions.presentation)
    sizes = view_menu.addMenu(Menus.tr("Presentation &Text Size"))
    sizes.addActions(list(actions.presentation_scales.values()))
    sizes.aboutToShow.connect(lambda: actions.presentation_scales[window.presentation.scale].setChecked(True))
    # Keys of the whole window (and of the presentation, which adds them too), not of wherever
    # the focus is: like every key without a modifier, they act only inside their widget.
    for action in (actions.full_screen, actions.presentation, actions.leave_mode, actions.guide,
                   actions.next_panel, actions.previous_panel):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.addAction(action)  # leave_mode and previous_panel are in no menu: keys only

    help_menu = host.add_menu(MenuId.HELP, Menus.tr("&Help"), before=None)
    help_menu.addAction(actions.guide)
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.how_saving_works)
    help_menu.addAction(actions.about)

    # The few things a facilitator reaches for most, one click away.
    # Its title is its entry in View (and the toolbar area's context menu): it says what
    # the bar holds, so the entry says what it shows or hides ("Main" said nothing).
    toolbar = host.add_toolbar(ToolbarId.MAIN, translate("Menus", MAIN_TOOLBAR_TITLE))
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (actions.open, actions.export_map, None, actions.undo_button, actions.redo_button, None,
                   actions.zoom_to_project):
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    toggle = toolbar.toggleViewAction()
    toggle.setStatusTip(Menus.tr("Show or hide the toolbar with Open Project, Export Map Image, Undo, Redo and Zoom to "
                                 "Project"))
    view_menu.insertAction(view_menu.actions()[0], toggle)
