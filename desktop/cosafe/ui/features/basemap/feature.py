"""The basemap feature: the Layers dock, File › Import Basemap and View › Zoom to Layer.

Contract: ``BasemapFeature(host)`` (installed first: other docks tab beside its
Layers dock) adds
- ``panel`` / ``dock``: the Layers dock (``layersDock``), tabbed with Project
  Overview (left), its toggle in View right after the overview's;
- ``import_action``: File › Import Basemap… (Ctrl+I), before Export Map Image and on
  the main toolbar before it too, registered as ``CommandId.IMPORT_BASEMAP``;
  ``import_basemap()`` runs it (``import_flow.BasemapImporter``, made on first use:
  it loads the GIS readers), then brings the new layer forward in the Layers dock;
- ``zoom_action``: View › Zoom to Layer, after Zoom to Project: the layer selected in
  the panel (also its context menu's Zoom to Layer);
- ``area_action`` / ``clear_area_action``: View › Set Project Area to This View and
  Clear Project Area, after it: the facilitator's area, which Zoom to Project (and
  opening the project, and a map export of the whole project) shows with the
  workshop's proposals, pins and walks — e.g. the streets the workshop is about
  before anything is drawn on them. One undoable project-property edit each. The area
  is drawn on the map as a dashed box (``area_item``) while it is set.
It follows the host's project; importing and setting the area are off for a
read-only project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from cosafe.ui.features.basemap.layers_panel import LayersPanel
from cosafe.core.changes import Change
from cosafe.core.edits import SetProjectProperties
from cosafe.core.projection import point_to_lonlat
from cosafe.store.queries.map import PROJECT_AREA_KEY, format_area, project_area
from cosafe.ui.host import CommandId, Host, MenuId, ToolbarId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.session import editable


class BasemapFeature(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.host = host
        window = host.window
        self._importer: Any = None
        self._watched: Any = None  # the session whose changes the area actions follow
        self.area_item: Any = None  # area_item.ProjectAreaItem, made with the map
        self.panel = LayersPanel(window)
        self.panel.import_requested.connect(self.import_basemap)
        self.panel.zoom_requested.connect(self.zoom_to_layer)
        overview = host.dock("overviewDock")
        self.dock = host.add_dock(self.tr("Layers"), "layersDock", self.panel, "layers",
                                  Qt.DockWidgetArea.LeftDockWidgetArea,
                                  scroll=False, tab_with=overview)
        overview.raise_()
        self.import_action = make_action(window, self.tr("Import &Basemap…"), "import-basemap", "Ctrl+I",
                                         self.tr("Add a street map, MBTiles or a photo of a paper map to the "
                                                 "project"),
                                         self.import_basemap)
        self.zoom_action = make_action(window, self.tr("&Zoom to Layer"), "zoom-layer", "",
                                       self.tr("Show the whole of the layer selected in the Layers panel"),
                                       self.zoom_to_selected_layer)
        self.area_action = make_action(window, self.tr("Set Project &Area to This View"), "", "",
                                       self.tr("Zoom to Project will show at least what the map shows now"),
                                       self.set_area_to_view)
        self.clear_area_action = make_action(window, self.tr("Clear Project Area"), "", "",
                                             self.tr("Zoom to Project shows only the proposals, pins and walks "
                                                     "again"),
                                             self.clear_area)
        host.add_command(CommandId.IMPORT_BASEMAP, self.import_action)
        export_map = host.command(CommandId.EXPORT_MAP)
        host.menu(MenuId.FILE).insertAction(export_map, self.import_action)
        host.toolbar(ToolbarId.MAIN).insertAction(export_map, self.import_action)
        view = host.menu(MenuId.VIEW)
        view_actions = view.actions()
        after_overview = view_actions[view_actions.index(overview.toggleViewAction()) + 1]
        view.insertAction(after_overview, self.dock.toggleViewAction())
        view_actions = view.actions()
        after_zoom = view_actions[view_actions.index(host.command(CommandId.ZOOM_TO_PROJECT)) + 1]
        view.insertAction(after_zoom, self.zoom_action)
        view.insertAction(after_zoom, self.area_action)
        view.insertAction(after_zoom, self.clear_area_action)
        host.project_opened.connect(self.follow_session)
        host.project_closed.connect(self.follow_session)
        self.follow_session()

    def follow_session(self, _session: object = None) -> None:
        session = self.host.session
        if session is not self._watched:
            if self._watched is not None:
                self._watched.changed.disconnect(self._on_changed)
            if session is not None:
                session.changed.connect(self._on_changed)
            self._watched = session
        self.panel.set_session(session)
        self.import_action.setEnabled(editable(session))
        self.zoom_action.setEnabled(session is not None)
        self._update_area_actions()
        self._draw_area()

    def _on_changed(self, change: Change) -> None:
        if change & Change.PROJECT:
            self._update_area_actions()
            self._draw_area()

    def _draw_area(self) -> None:
        session, canvas = self.host.session, self.host.map_canvas
        if canvas is None:
            return
        if self.area_item is None:
            from cosafe.ui.features.basemap.area_item import ProjectAreaItem  # pyqtgraph: only with a map

            self.area_item = ProjectAreaItem()
            canvas.view_box.addItem(self.area_item, ignoreBounds=True)
        self.area_item.set_area(project_area(session.store) if session is not None else None)

    def _update_area_actions(self) -> None:
        session = self.host.session
        self.area_action.setEnabled(editable(session))
        self.clear_area_action.setEnabled(editable(session) and session is not None
                                          and project_area(session.store) is not None)

    def set_area_to_view(self) -> bool:
        """Make the map's view the project area (one undoable edit)."""
        session, canvas = self.host.session, self.host.map_canvas
        if not editable(session) or canvas is None:
            return False
        min_x, min_y, max_x, max_y = canvas.mercator_view()
        box = (*point_to_lonlat(min_x, min_y), *point_to_lonlat(max_x, max_y))
        return session.perform(SetProjectProperties(session.store, {PROJECT_AREA_KEY: format_area(box)}))

    def clear_area(self) -> bool:
        session = self.host.session
        if not editable(session) or project_area(session.store) is None:
            return False
        return session.perform(SetProjectProperties(session.store, {PROJECT_AREA_KEY: None}))

    @property
    def importer(self) -> Any:
        """The basemap import (``import_flow.BasemapImporter``), made on first use."""
        if self._importer is None:
            from cosafe.ui.features.basemap.import_flow import BasemapImporter

            self._importer = BasemapImporter(self.host, self.show_layer)
        return self._importer

    def import_basemap(self) -> bool:
        return self.importer.run()

    def zoom_to_layer(self, uuid: str) -> None:
        if self.host.map_canvas is not None and self.host.session is not None:
            self.host.map_canvas.zoom_to_layer(uuid)

    def zoom_to_selected_layer(self) -> None:
        layer = self.panel.selected_layer()
        if layer is not None:
            self.zoom_to_layer(layer.uuid)

    def show_layer(self, uuid: str | None) -> None:
        """Bring the Layers panel forward (with ``uuid`` selected), e.g. after an import."""
        if not self.dock.isHidden():
            self.dock.raise_()
        if uuid is not None:
            self.panel.select(uuid)
