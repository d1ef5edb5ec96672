"""Wires the recording of perceptions into the main window: Audit menu, Audits dock, Record toolbar.

Contract: ``AuditsFeature(host, workshops, sketching)`` (installed after the
proposals) adds
- the Audits dock (``dock``, object name ``auditsDock``), tabbed with
  the Workshops dock, with two tabs: Walks (``audits_panel``) and Pins (``pins_panel``,
  the active workshop's pins to edit or delete); parked (hidden) without a project;
- a "Record" toolbar (``ToolbarId.RECORD``) and an "Audit" menu (``MenuId.AUDIT``, before Help):
  New Audit Walk… (Ctrl+Shift+W), Edit Walk…, Delete Walk, Enter Audit Sheets…
  (Ctrl+Shift+E), the map tools Draw Walk Route (R), Audit Point (U) and Perception
  Pin (N) (keys that act only while the map has focus), Reason Tags…, Criteria…,
  Import Recorded Incidents… (Ctrl+Shift+I, also in File after Import Basemap…).
- Map tools (``PerceptionTools``) share the Draw tools' exclusive group
  (``Sketching.share_tool_group``): exactly one map tool is checked and it is the one
  in use; choosing Select or a Draw tool puts a recording tool down, and putting one
  down checks Select. With a walk selected, Route draws its route (ONE edit; for a
  walk that has a route already it asks first, Cancel the default), Audit Point
  places the next numbered point of the walk (ONE AddRecord), or, while the entry
  form is open, the current sheet's spot. Pin adds a pin, or edits the pin under the
  click (``pin_flow``). The map's context menu (right click, long press) has Edit Pin…
  and Delete Pin on a pin, whatever the tool.
- Read-only projects: every recording action is disabled; lists stay readable.
Every change goes through ``host.session.perform`` (one undo step each).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget
from shapely.geometry import LineString

from cosafe.core.edits import AddRecord
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import AuditPoint
from cosafe.core.audits import next_sequence, route_edit
from cosafe.ui.features.audits.audits_panel import AuditsPanel
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.icons import icon
from cosafe.ui.features.audits.pin_flow import PinFlow
from cosafe.ui.features.audits.pins_panel import PinsPanel
from cosafe.ui.features.proposals.api import Sketching
from cosafe.ui.features.workshops.api import WorkshopsFeature
from cosafe.ui.host import CommandId, Host, MenuId, ToolbarId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.session import editable

# name, text, icon, shortcut, what it does; texts in English (context "Audits"), shown translated
TOOL_ACTIONS = (
    ("route", QT_TRANSLATE_NOOP("Audits", "Draw Walk &Route"), "tool-route", "R",
     QT_TRANSLATE_NOOP("Audits", "Click along the selected walk's route; Enter or double-click finishes")),
    ("audit_point", QT_TRANSLATE_NOOP("Audits", "A&udit Point"), "tool-audit-point", "U",
     QT_TRANSLATE_NOOP("Audits", "Click to place the selected walk's next audit point (or the sheet being entered)")),
    ("pin", QT_TRANSLATE_NOOP("Audits", "&Perception Pin"), "tool-pin", "N",
     QT_TRANSLATE_NOOP("Audits", "Click to add a safe/unsafe pin, or click a pin to edit it")),
)


class AuditsFeature(QObject):
    """The window's recording UI: panel, actions, map tools and the open entry form."""

    def __init__(self, host: Host, workshops: WorkshopsFeature, sketching: Sketching) -> None:
        super().__init__(host)
        self.host = host
        self.window = window = host.window
        self.sketching = sketching
        self.panel = AuditsPanel(workshops.context, window)
        self.panel.walk_selected.connect(lambda _uuid: self._update_actions())
        self.pins = PinFlow(host, workshops.context)
        self.pins_panel = PinsPanel(workshops.context, self.pins, window)
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("auditsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.panel, icon("audits"), self.tr("Walks"))
        self.tabs.addTab(self.pins_panel, icon("tool-pin"), self.tr("Pins"))
        self.dock = host.add_dock(self.tr("Audits"), "auditsDock", self.tabs, "audits", Qt.DockWidgetArea.LeftDockWidgetArea,
                                  scroll=False, tab_with=workshops.dock)
        host.dock("overviewDock").raise_()
        self.tools: Any = None  # PerceptionTools, made with the map canvas
        self.entry_form: Any = None

        self.entry_action = make_action(window, self.tr("Enter Audit &Sheets…"), "audit-sheets", "Ctrl+Shift+E",
                                        self.tr("Type in the selected walk's paper sheets with the keyboard"),
                                        self.open_entry_form)
        self.tags_action = make_action(window, self.tr("Reason &Tags…"), "tags", "",
                                       self.tr("Add, rename or retire the reasons pins can give"),
                                       self.edit_reason_tags)
        self.criteria_action = make_action(window, self.tr("&Criteria…"), "criteria", "",
                                           self.tr("Add, rename, reorder or retire the audit criteria; the score "
                                                   "formula"),
                                           self.edit_criteria)
        self._incidents: Any = None  # made on first use: it loads the GIS readers (pyogrio, pyproj)
        self.incidents_action = make_action(window, self.tr("Import Recorded &Incidents…"), "import-incidents",
                                            "Ctrl+Shift+I",
                                            self.tr("Add police or NGO incident records (CSV or GIS file), kept "
                                                    "apart from perceptions"), lambda: self.incidents.run())
        self.panel.new_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.tool_actions: dict[str, QAction] = {}
        for name, text, icon_name, key, tip in TOOL_ACTIONS:
            action = make_action(window, translate("Audits", text), icon_name, key, translate("Audits", tip),
                                 checkable=True)
            action.toggled.connect(lambda on, n=name: self._tool_toggled(n, on))
            self.tool_actions[name] = action
        # One group with the Draw tools: in the trial Route stayed on under a highlighted
        # Select, and two clicks and Enter replaced a walk's route.
        sketching.share_tool_group(self.tool_actions.values())
        host.add_map_shortcuts(self.tool_actions.values())  # R, U, N: only while the map has focus
        self._build_menu_and_toolbar()
        # The walk's next steps beside its list: enter the sheets, draw the route, place points.
        for action, short in ((self.entry_action, self.tr("Sheets")), (self.tool_actions["route"], self.tr("Route")),
                              (self.tool_actions["audit_point"], self.tr("Point"))):
            action.setIconText(short)
            self.panel.steps_bar.addAction(action)
        host.project_opened.connect(self.follow_session)
        host.project_closed.connect(self.follow_session)
        self.follow_session()

    def _build_menu_and_toolbar(self) -> None:
        menu = self.host.add_menu(MenuId.AUDIT, self.tr("&Audit"))
        for action in (self.panel.new_action, self.panel.edit_action, self.panel.delete_action, self.entry_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.tool_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tags_action)
        menu.addAction(self.criteria_action)
        menu.addSeparator()
        menu.addAction(self.incidents_action)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())
        self.menu = menu
        file_menu = self.host.menu(MenuId.FILE)
        basemap = self.host.command(CommandId.IMPORT_BASEMAP)
        actions = file_menu.actions()
        following = actions[actions.index(basemap) + 1] if actions[-1] is not basemap else None
        file_menu.insertAction(following, self.incidents_action)  # beside Import Basemap…
        toolbar = self.host.add_toolbar(ToolbarId.RECORD, self.tr("Record"))
        toolbar.addAction(self.entry_action)
        for action in self.tool_actions.values():
            toolbar.addAction(action)
        self.toolbar = toolbar

    # -- following the project -----------------------------------------------------------

    @property
    def session(self) -> Any:
        return self.host.session

    def follow_session(self, _session: object = None) -> None:
        session = self.session
        if self.entry_form is not None:
            self.entry_form.close_now(save=True)  # the project is going: keep what was typed if it can be
            self.entry_form = None
        self.set_tool(None)
        self.panel.set_session(session)
        self.pins_panel.set_session(session)
        self._update_actions()
        canvas = self.host.map_canvas
        if canvas is not None and self.pins.fill_context_menu not in canvas.context_menu_sources:
            canvas.context_menu_sources.append(self.pins.fill_context_menu)  # a pin's commands, tool or not

    @property
    def incidents(self) -> Any:
        """The recorded-incident import (``incident_import_flow.IncidentImporter``)."""
        if self._incidents is None:
            from cosafe.ui.features.audits.incident_import_flow import IncidentImporter

            self._incidents = IncidentImporter(self.host)
        return self._incidents

    def _update_actions(self) -> None:
        can_edit = editable(self.session)
        has_walk = self.panel.selected_walk_uuid() is not None
        self.entry_action.setEnabled(can_edit and has_walk)
        for action in self.tool_actions.values():
            action.setEnabled(can_edit)
        self.incidents_action.setEnabled(can_edit)
        for action in (self.tags_action, self.criteria_action):
            action.setEnabled(self.session is not None)  # read-only: view the list

    def tell(self, text: str) -> None:
        self.host.show_status(text)

    # -- map tools -----------------------------------------------------------------------

    def _ensure_tools(self) -> Any:
        if self.tools is None:
            from cosafe.ui.features.audits.map_tools import PerceptionTools  # with the canvas: pyqtgraph loads late

            self.tools = PerceptionTools(self.host.ensure_map(), self)
            self.tools.message.connect(self.tell)
            self.tools.route_drawn.connect(self._route_drawn)
            self.tools.clicked.connect(self._map_clicked)
            self.tools.dismissed.connect(lambda: self.set_tool(None))
            if self.sketching.controller is not None:
                self.sketching.controller.tool_changed.connect(self._sketch_tool_changed)
        return self.tools

    def set_tool(self, name: str | None) -> None:
        """Turn one recording tool on; None puts it down and Select becomes the map's tool."""
        if name is not None:
            self.tool_actions[name].setChecked(True)  # _tool_toggled does the rest
            return
        if any(action.isChecked() for action in self.tool_actions.values()):
            self.sketching.set_tool("select")  # its action's check unchecks ours: the tool goes off
        self._put_down()

    def _put_down(self) -> None:
        for action in self.tool_actions.values():
            action.setChecked(False)
        if self.tools is not None and self.tools.tool is not None:
            self.tools.set_tool(None)

    def _tool_toggled(self, name: str, on: bool) -> None:
        if not on:
            if self.tools is not None and self.tools.tool == name:
                self.tools.set_tool(None)
            return
        if not editable(self.session):
            self.set_tool(None)
            return
        if name in ("route", "audit_point") and self.panel.selected_walk_uuid() is None:
            self.tell(self.tr("Select an audit walk in the Audits panel first"))
        self.sketching.yield_map()  # one tool at a time on the map: no drawing left half done
        self._ensure_tools().set_tool(name)
        self.host.ensure_map().graphics_view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def _sketch_tool_changed(self, name: str) -> None:
        if name != "select":
            self._put_down()  # a Draw tool was chosen: it is checked now, ours go off

    def _route_drawn(self, lonlats: list[tuple[float, float]]) -> None:
        walk = self.panel.selected_walk()
        if walk is None or not editable(self.session):
            self.tell(self.tr("Select an audit walk in the Audits panel first: the route was not kept"))
            return
        if walk.geom is not None and not dialogs.ask_confirm(
                self.window, self.tr("Replace the walk's route?"),
                arg(self.tr("“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? "
                            "(Undo brings the old route back.)", "", len(lonlats)), walk.title, len(walk.geom.coords)),
                self.tr("Replace Route")):
            self.tell(arg(self.tr("The route of “%1” was kept as it was"), walk.title))
            self.set_tool(None)  # a route drawn by mistake: the tool must not stay on for the next
            return
        if self.session.perform(route_edit(self.session.store, walk.uuid, LineString(lonlats))):
            self.tell(arg(self.tr("Route of “%1” drawn: %Ln points", "", len(lonlats)), walk.title))
            self.set_tool(None)

    def _map_clicked(self, tool: str, lon: float, lat: float, units_per_pixel: float, coarse: bool) -> None:
        if tool == "pin":
            self.pins.clicked(lon, lat, units_per_pixel, coarse)
            return
        form = self.entry_form
        if form is not None and form.isVisible():
            form.set_clicked_location(lon, lat)
            form.activateWindow()  # back to typing: the next keys are the sheet's
            return
        walk = self.panel.selected_walk()
        if walk is None or not editable(self.session):
            self.tell(self.tr("Select an audit walk in the Audits panel first"))
            return
        from shapely.geometry import Point

        sequence = next_sequence(self.session.store, walk.uuid)
        point = AuditPoint(walk_uuid=walk.uuid, sequence=sequence, geom=Point(lon, lat))
        if self.session.perform(AddRecord(point, arg(self.tr("Place audit point %1 of “%2”"), sequence, walk.title))):
            self.tell(arg(self.tr("Audit point %1 placed; Enter Audit Sheets to score it"), sequence))

    # -- dialogs -------------------------------------------------------------------------

    def edit_reason_tags(self) -> None:
        if self.session is None:
            return
        from cosafe.ui.features.audits.reason_tags_dialog import ReasonTagsDialog

        dialog = ReasonTagsDialog(self.session, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def edit_criteria(self) -> None:
        if self.session is None:
            return
        from cosafe.ui.features.audits.criteria_editor import CriteriaEditor

        dialog = CriteriaEditor(self.session, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- the entry form ------------------------------------------------------------------

    def open_entry_form(self) -> None:
        walk = self.panel.selected_walk()
        if walk is None or not editable(self.session):
            return
        from cosafe.ui.features.audits.entry_form import AuditEntryForm

        if self.entry_form is not None:
            if self.entry_form.walk_uuid == walk.uuid and self.entry_form.isVisible():
                self.entry_form.activateWindow()
                return
            self.entry_form.close()  # asks first when a sheet was typed and not saved
            if self.entry_form is not None and self.entry_form.isVisible():
                self.entry_form.activateWindow()  # kept open to save it
                return
        form = AuditEntryForm(self.session, walk.uuid, self.window)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.pick_requested.connect(lambda: self.tool_actions["audit_point"].setChecked(True))
        form.destroyed.connect(lambda _obj=None, f=form: self._form_gone(f))
        self.entry_form = form
        form.show()
        form.activateWindow()

    def _form_gone(self, form: object) -> None:
        if self.entry_form is form:
            self.entry_form = None

