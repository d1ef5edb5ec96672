"""The CoSafe main window: one project per window, welcome page when none is open.

Contract:
- ``install_store(store)`` makes ``store`` the window's project (closing any other),
  with a new ProjectSession and undo stack; ``close_project()`` returns to the
  welcome page and releases the file. ``open_project(path)`` is the file flow
  with its error dialogs (see ``project_files``).
- The window reflects the session: title "<name> — CoSafe [read-only]" (a field
  copy's says so and names its team: ``window_title``), the
  yellow read-only banner, edit actions disabled when read-only, the overview,
  Layers and Undo History docks, the map page (``cosafe.ui.map.canvas.MapCanvas``).
- The first window fits the screen it opens on (``screen_fit``: never larger, the
  whole of a laptop's screen) and gets the built-in dock layout for its size
  (``dock_layout``: compact below 1600×900, so the map keeps at least half of a
  1024×768 window). The active workshop and group are in the bar above the map
  (``WorkshopBar``), shown with a project. Dock tabs show whole names.
- Window geometry and dock layout are saved in QSettings on close and restored
  at start; ``reset_layout()`` restores the built-in layout for the window's size
  now. A layout saved with other docks or toolbars than this window has (an older
  CoSafe) is not restored: it would hide every panel added since.
- View › High-Contrast Map draws the basemap in black ink on white (remembered).
- View › Full Screen (F11) fills the screen with the window; View › Presentation
  Mode (F5) shows the map for the room (``presentation``); Escape leaves either.
- There is no Save: every edit is committed as it is made.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QCursor, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QDialog, QDockWidget, QTabBar, QToolBar, QUndoView, QVBoxLayout, QWidget

from cosafe import APP_NAME
from cosafe.core.changes import Change
from cosafe.core.i18n import arg
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import dialogs
from cosafe.ui.shell.dock_layout import arrange_docks, front_tabs, readable_tabs, size_docks
from cosafe.ui.shell.identify_panel import IdentifyPanel
from cosafe.ui.kit.icons import icon
from cosafe.ui.shell.menus import build_actions, build_menus
from cosafe.ui.shell.overview_panel import OverviewPanel
from cosafe.ui.shell.panel_focus import focus_next_panel
from cosafe.ui.shell.presentation import MapAwayNote, Presentation, PresentationParts
from cosafe.ui.shell.presentation_legend import PresentationLegend
from cosafe.ui.kit.page_stack import CurrentPageStack
from cosafe.ui.kit.wheel_guard import install_wheel_guard
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.shell.project_files import ProjectFiles
from cosafe.ui.shell.project_properties_dialog import edit_project_properties
from cosafe.ui.session import ProjectSession
from cosafe.ui.shell.recent_files import RecentFiles
from cosafe.ui.shell.screen_fit import first_geometry, is_compact
from cosafe.ui.shell.status import ReadOnlyBanner, StatusArea, about_text, saving_note
from cosafe.ui.shell.welcome_page import WelcomePage
from cosafe.ui.shell.window_title import window_title
from cosafe.ui.shell.workshop_bar import WorkshopBar
from cosafe.ui.features.analysis.feature import AnalysisFeature
from cosafe.ui.features.audits.feature import AuditsFeature
from cosafe.ui.features.basemap.feature import BasemapFeature
from cosafe.ui.features.merge.feature import MergeFeature
from cosafe.ui.features.paper.feature import PaperFeature
from cosafe.ui.features.plan.feature import PlanFeature
from cosafe.ui.features.proposals.feature import ProposalsFeature
from cosafe.ui.features.proposals.sketch.toolbar import Sketching
from cosafe.ui.features.room.feature import RoomFeature
from cosafe.ui.features.workshops.feature import WorkshopsFeature
from cosafe.ui.features.workshops.selector import WorkshopSelector
from cosafe.ui.host import Host, HostWindow, MenuId, ToolbarId

if TYPE_CHECKING:
    from cosafe.ui.map.canvas import MapCanvas

GEOMETRY_KEY, STATE_KEY = "mainWindow/geometry", "mainWindow/state"
HIGH_CONTRAST_KEY = "map/highContrast"
PARTS_KEY = "mainWindow/parts"  # the docks and toolbars the saved state describes


@dataclass(frozen=True)
class Features:
    """The features installed in the window, in the order they are installed: each may need those before it."""

    basemap: BasemapFeature
    workshops: WorkshopsFeature
    sketching: Sketching
    proposals: ProposalsFeature
    audits: AuditsFeature
    analysis: AnalysisFeature
    plan: PlanFeature
    merge: MergeFeature
    room: RoomFeature
    paper: PaperFeature


def opening_area() -> QRect:
    """The available area of the screen a new window opens on: the one under the mouse, else the primary."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def install_features(host: Host) -> Features:
    basemap = BasemapFeature(host)  # Layers dock, File › Import Basemap, View › Zoom to Layer
    workshops = WorkshopsFeature(host)  # Workshops dock, toolbar selector, Workshop menu; the active workshop
    sketching = Sketching(host, workshops.context)  # Draw toolbar and menu, proposals on the map, their selection
    proposals = ProposalsFeature(host, workshops.context, sketching.selection)  # details, list, comparison, voting
    audits = AuditsFeature(host, workshops, sketching)  # Audit menu, Audits dock, Record toolbar
    analysis = AnalysisFeature(host)  # perception layers on the map, Perception Map and Analysis docks
    plan = PlanFeature(host, proposals, sketching, audits)  # Stakeholders and Action Plan docks, Plan menu, plan exports
    merge = MergeFeature(host)  # merging, conflicts, field copies, merge history
    room = RoomFeature(host, workshops)  # Workshop › Open the Room…, the Room dock: phones add pins, ideas, dots
    paper = PaperFeature(host, workshops)  # Workshop › Print Group Maps…, File › Read Paper Sheets…, photos dropped
    return Features(basemap, workshops, sketching, proposals, audits, analysis, plan, merge, room, paper)


class MainWindow(HostWindow):
    """One CoSafe window: welcome page or one open project, with its docks and menus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The wheel changes only the value control that has focus (app-wide). Once the
        # event loop runs: start-up's thousands of events need not pass through Python.
        QTimer.singleShot(0, install_wheel_guard)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("cosafe"))
        self._state_before_full_screen = Qt.WindowState.WindowNoState
        self._fit_to_screen()
        self.setAcceptDrops(True)
        self.session: ProjectSession | None = None
        # Created with the first project: the welcome page does not need it, and
        # importing pyqtgraph is a good part of the start-up time.
        self.map_canvas: MapCanvas | None = None
        self.recent = RecentFiles()
        self.undo_group = QUndoGroup(self)
        self.files = ProjectFiles(self)
        self.host = Host(self)
        self.guide_window: QDialog | None = None  # Help › Workshop Guide, made when first asked for
        self.shortcuts_dialog: QDialog | None = None

        self.banner = ReadOnlyBanner(self)
        self.banner.save_as_requested.connect(self.files.save_as)
        self.welcome = WelcomePage(self)
        self.welcome.new_requested.connect(self.files.new_project)
        self.welcome.open_requested.connect(self.files.open_project_dialog)
        self.welcome.sample_requested.connect(self.files.open_sample)
        self.welcome.recent_chosen.connect(self.files.open_recent)
        self.pages = CurrentPageStack(self)
        self.pages.addWidget(self.welcome)
        self.workshop_bar = WorkshopBar(self)
        self.host.register_toolbar(ToolbarId.WORKSHOP, self.workshop_bar)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.workshop_bar)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Docks describe an open project; on the welcome page they are parked (hidden)
        # and their wanted visibility comes back when a project opens.
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.overview = OverviewPanel(self)
        self.overview_dock = self.host.add_dock(self.tr("Project Overview"), "overviewDock", self.overview, "overview", left,
                                                scroll=False)
        self.history_view = QUndoView(self.undo_group, self)
        self.history_view.setEmptyLabel(self.tr("Project opened"))
        describe(self.history_view, self.tr("Undo history"),
                 self.tr("Every change since the project was opened; click one to go back to it"))
        self.history_dock = self.host.add_dock(self.tr("Undo History"), "historyDock", self.history_view, "history", right,
                                               scroll=False)
        self.identify_panel = IdentifyPanel(self)
        self.identify_dock = self.host.add_dock(self.tr("Identify"), "identifyDock", self.identify_panel, "identify", right,
                                                scroll=False, tab_with=self.history_dock)

        self.commands = build_actions(self)
        build_menus(self, self.host, self.commands)
        self.features = install_features(self.host)
        self.presentation = self._make_presentation()
        self.commands.high_contrast.setChecked(QSettings().value(HIGH_CONTRAST_KEY, False, type=bool))
        self.status = StatusArea(self.statusBar())
        self._restore_geometry()
        self._arrange_docks()  # for the size the window opens with
        # Captured before restoring the user's layout, for View › Reset Layout.
        self._default_state = self.saveState()
        self._restore_state()
        self.refresh_recent()
        self._show_session_state()

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        """Every dock of the window, its own and those the installed features added."""
        return tuple(self.host.dock_parking.docks)

    # -- the open project --------------------------------------------------------

    def open_project(self, path: str, read_only: bool = False) -> bool:
        return self.files.open_project(path, read_only=read_only)

    def install_store(self, store: ProjectStore) -> None:
        """Make ``store`` this window's project, replacing (and closing) the current one."""
        self._drop_session()
        session = ProjectSession(store, self)
        session.changed.connect(self._on_changed)
        session.error.connect(lambda title, message: dialogs.show_error(self, title, message))
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.overview.set_session(session)
        canvas = self.ensure_map_page()
        canvas.set_project(store)  # also zooms to the project's extent (MapCanvas contract)
        self.pages.setCurrentWidget(canvas)
        self.recent.add(store.path)
        self.refresh_recent()
        self._show_session_state()
        self.host.project_opened.emit(session)  # after the map has the project: features may draw on it

    def restart(self) -> None:
        """Start CoSafe again on the open project (in a newly chosen language), then quit this one."""
        from cosafe.ui.shell.language_menu import quit_and_restart

        path = self.session.path if self.session is not None else None
        self.close_project()  # saved as it went; closed, so the new window can open it
        quit_and_restart(path)

    def close_project(self) -> None:
        if self.session is not None:
            self.save_layout()
        self._drop_session()
        self.pages.setCurrentWidget(self.welcome)
        self._show_session_state()

    def _drop_session(self) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        self.presentation.leave()  # the map goes back before it lets the project go
        self.overview.set_session(None)
        if self.map_canvas is not None:
            self.map_canvas.set_project(None)
        self.identify_panel.show_feature(None)
        self.undo_group.removeStack(session.undo_stack)
        self.host.project_closed.emit()
        session.close()
        session.deleteLater()

    def ensure_map_page(self) -> MapCanvas:
        if self.map_canvas is None:
            from cosafe.ui.map.canvas import MapCanvas

            self.map_canvas = MapCanvas(self)
            self.map_canvas.set_high_contrast(self.commands.high_contrast.isChecked())
            self.map_canvas.cursor_moved.connect(self.status.show_position)
            self.map_canvas.feature_identified.connect(self._show_identified)
            self.pages.addWidget(self.map_canvas)
        return self.map_canvas

    def _on_changed(self, change: Change) -> None:
        if change & Change.PROJECT:
            self._update_title()
        if change & Change.BASEMAP and self.map_canvas is not None:
            self.map_canvas.reload_basemap()

    def _show_session_state(self) -> None:
        session = self.session
        has_project = session is not None
        editable = has_project and not session.is_read_only
        for action in (self.commands.save_as, self.commands.close, self.commands.export_map,
                       self.commands.zoom_to_project, self.commands.presentation):
            action.setEnabled(has_project)
        parking = self.host.dock_parking
        settle = has_project and parking.parked and self._unsettled
        parking.park(not has_project)
        if settle:
            self._settle_docks()
        self.workshop_bar.setVisible(has_project)
        self.commands.properties.setEnabled(editable)
        self.commands.remove_traces.setEnabled(editable)
        # Undo/redo follow the stack; a read-only project never gets a step.
        self.banner.show_reason(session.read_only_reason if has_project and session.is_read_only else "")
        self.status.show_project(has_project, has_project and session.is_read_only)
        self._update_title()

    # -- the map's style, full screen and presentation --------------------------------------

    def set_high_contrast(self, on: bool) -> None:
        """View › High-Contrast Map: black ink on white (``core.palette``); remembered."""
        QSettings().setValue(HIGH_CONTRAST_KEY, on)
        if self.map_canvas is not None:
            self.map_canvas.set_high_contrast(on)


    def _make_presentation(self) -> Presentation:
        features, commands = self.features, self.commands
        sketch_tools = features.sketching.tool_actions
        parts = PresentationParts(
            main_window=self,
            map_canvas=self.ensure_map_page,
            voting_dock=features.proposals.voting_dock,
            choosers=lambda bar: WorkshopSelector(features.workshops.context, bar),
            legend=lambda parent: PresentationLegend(features.workshops.context, parent),
            # What the room draws with; moving and reshaping stay on the facilitator's screen.
            tools=[*(sketch_tools[name] for name in ("select", "point", "line", "polygon", "freehand")),
                   features.audits.tool_actions["pin"]],
            undo=[commands.undo_button, commands.redo_button],
            keys=[commands.presentation, commands.undo, commands.redo],
            show_map_away=self._show_map_away,
            give_back_map=self.pages.addWidget,
        )
        self.map_away = MapAwayNote(commands.leave_mode, self)
        self.pages.addWidget(self.map_away)
        presentation = Presentation(parts, commands.leave_mode, self)
        presentation.toggled.connect(self._presentation_toggled)
        return presentation

    def _show_map_away(self, away: bool) -> None:
        if away:
            self.pages.setCurrentWidget(self.map_away)
        else:
            self.pages.setCurrentWidget(self.map_canvas if self.session is not None else self.welcome)

    def set_presenting(self, on: bool) -> None:
        """View › Presentation Mode (F5): the map for the room (see ``presentation``)."""
        if on and self.session is not None:
            self.presentation.enter()
        else:
            self.presentation.leave()
        self._presentation_toggled(self.presentation.active)

    def _presentation_toggled(self, on: bool) -> None:
        self.commands.presentation.setChecked(on)
        self._update_leave_mode()

    def set_full_screen(self, on: bool) -> None:
        """View › Full Screen (F11): the window fills its screen; off, it is as it was before."""
        if on and not self.isFullScreen():
            self._state_before_full_screen = self.windowState()
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.setWindowState(self._state_before_full_screen & ~Qt.WindowState.WindowFullScreen)
            self.show()

    def leave_mode(self) -> None:
        """Escape: out of the presentation if it is on, else out of full screen."""
        if self.presentation.active:
            self.presentation.leave()
        elif self.isFullScreen():
            self.set_full_screen(False)

    def _update_leave_mode(self) -> None:
        # Only while it means something: otherwise Escape is the map's and the panels' key.
        self.commands.leave_mode.setEnabled(self.presentation.active or self.isFullScreen())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # The first state changes come while the window is being built, before its commands.
        if event.type() == QEvent.Type.WindowStateChange and hasattr(self, "commands"):
            self.commands.full_screen.setChecked(self.isFullScreen())
            self._update_leave_mode()

    # -- fitting the screen ----------------------------------------------------------

    def _fit_to_screen(self) -> None:
        fit = first_geometry(opening_area())
        self.setGeometry(fit.geometry)
        if fit.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    @property
    def compact(self) -> bool:
        """Whether the window is small enough for the compact layout (``screen_fit.is_compact``)."""
        return is_compact(self.size())

    def _arrange_docks(self) -> None:
        """The built-in layout for the window's present size (see ``dock_layout``)."""
        self.host.dock_parking.set_defaults(arrange_docks(self, self.compact))
        self._unsettled = True  # its front tabs and sizes wait until the docks are shown

    def _settle_docks(self) -> None:
        """The built-in layout's front tabs now, its sizes once laid out: the Proposals list,
        which groups read together, gets half its column."""
        self._unsettled = False
        compact = self.compact
        front_tabs(self, compact)
        QTimer.singleShot(0, self, lambda: size_docks(self, compact))

    def event(self, event: QEvent) -> bool:
        # Qt makes a tab bar whenever docks are tabbed together (by the layout, a restored
        # state or a drag); each is told to show whole names once it is polished.
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QTabBar):
            readable_tabs(event.child())
        return super().event(event)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        self.setWindowTitle(window_title(self.session.store, self.session.name, self.session.is_read_only))

    # -- commands ---------------------------------------------------------------

    def edit_properties(self) -> None:
        if self.session is not None and not self.session.is_read_only:
            edit_project_properties(self, self.session)

    def export_map_image(self) -> None:
        if self.session is not None:
            from cosafe.ui.shell.map_export_dialog import MapExportDialog

            MapExportDialog(self.session.store, self.map_canvas, self).exec()

    def zoom_to_project(self) -> None:
        if self.map_canvas is not None and self.session is not None:
            self.map_canvas.zoom_to_project()

    def set_identify_origin(self, describe: Callable[[dict], str]) -> None:
        self.identify_panel.origin_text = describe

    def _show_identified(self, feature: dict | None) -> None:
        self.identify_panel.show_feature(feature)
        if feature is not None and not self.identify_dock.isHidden():
            self.identify_dock.raise_()

    def refresh_recent(self) -> None:
        self.welcome.set_recent(self.recent.paths())

    def fill_recent_menu(self) -> None:
        menu = self.commands.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = menu.addAction(os.path.basename(path).replace("&", "&&"))  # '&' in a name is no mnemonic
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_recent(p))
        if not paths:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear List"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_recent)

    def clear_recent(self) -> None:
        self.recent.clear()
        self.refresh_recent()

    def focus_panel(self, forward: bool = True) -> None:
        """F6 / Shift+F6: the keyboard to the next or previous panel (``panel_focus``)."""
        map_page = self.map_canvas if self.map_canvas is not None and self.map_canvas.window() is self else None
        focus_next_panel(self, [self.workshop_bar, map_page], self.host.menu(MenuId.VIEW).actions(), forward)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        self._arrange_docks()  # for the window's size now: it may have moved to another screen
        self.host.dock_parking.reset()
        if not self.host.dock_parking.parked:
            self._settle_docks()

    def show_about(self) -> None:
        dialogs.show_info(self, arg(self.tr("About %1"), APP_NAME), about_text())

    def show_saving_note(self) -> None:
        dialogs.show_info(self, self.tr("How CoSafe saves"), saving_note())

    def show_guide(self) -> None:
        """Help › Workshop Guide: one window, brought forward if already open; the window stays usable."""
        from cosafe.ui.shell.help_pages import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()

    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts: read from the window's actions now (features add theirs)."""
        from cosafe.ui.shell.help_pages import ShortcutsDialog

        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()

    # -- window state, drag and drop ---------------------------------------------------

    def _layout_parts(self) -> str:
        """The object names of the window's docks and toolbars, and its direction, as saved beside its state.

        A layout saved left to right is not restored right to left (a language changed): Qt
        would put the side panels back on their old sides, and the built-in layout mirrors them.
        """
        names = ",".join(sorted(w.objectName() for w in (*self.findChildren(QDockWidget), *self.findChildren(QToolBar))))
        return names + (";rtl" if self.isRightToLeft() else "")

    def _restore_geometry(self) -> None:
        """The window where it was last closed; Qt shrinks it to fit a smaller screen."""
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)  # when it cannot (another screen), the first fit stays

    def _restore_state(self) -> None:
        settings = QSettings()
        state = settings.value(STATE_KEY)
        # Qt hides the docks a saved state does not name, so a layout from an older
        # CoSafe would hide every panel added since: keep the built-in layout then.
        if isinstance(state, QByteArray) and not state.isEmpty() and settings.value(PARTS_KEY) == self._layout_parts():
            # The user's own tabs and sizes: nothing left to settle.
            self._unsettled = not self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        # With docks parked the state would record them as closed: keep the last
        # layout saved while a project was open instead.
        if not self.host.dock_parking.parked:
            settings.setValue(STATE_KEY, self.saveState())
            settings.setValue(PARTS_KEY, self._layout_parts())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.close_project()
        super().closeEvent(event)

    @staticmethod
    def _dropped_project(event: QDragEnterEvent | QDropEvent) -> str | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".gpkg"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_project(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_project(event)
        if not path:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop has finished: a modal error dialog inside the drop
        # handler would keep the file manager's drag waiting.
        QTimer.singleShot(0, self, lambda: self.open_project(path))
