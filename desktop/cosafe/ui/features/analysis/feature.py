"""Installs the perception map layers, the Perception Map dock and the Analysis dock into the window.

Contract: ``AnalysisFeature(host)`` (installed with the window, after the audits) has:
- ``filter_state`` (``PerceptionFilterState``) and ``source`` (``PerceptionSource``):
  the one filter and data the map layers and the charts share.
- A "Perception Map" dock (left, tabbed with Layers): the filters, then the layer
  toggles with their legend and the heat map source and radius. An "Analysis" dock
  (bottom): the ``AnalysisPanel`` charts.
- View menu: "Perception Layers" (a tick per layer: audit points, pins, routes,
  recorded incidents, heat map), "Heat Map Source" (unsafe pins, low audit scores,
  recorded incidents), "Heat Map Radius…", and the two dock toggles.
- ``layers`` (``PerceptionMapLayers`` on the host's map) is made with the
  first project. It follows the host's project; on a session change touching audits,
  pins, incidents or workshops the data is re-read and the map redrawn; the charts
  redraw when their dock is on screen (else when it is next shown). A project
  without a basemap opens zoomed to its perceptions.
- Without a project its docks are parked (hidden, toggles disabled), like the others.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QGroupBox, QInputDialog, QMenu, QScrollArea, QVBoxLayout, QWidget

from cosafe.core.changes import Change
from cosafe.core.i18n import arg, translate
from cosafe.ui.features.analysis.style import (AUDIT_POINTS, HEAT, HEAT_SOURCES, HEAT_TIPS, INCIDENTS, LAYER_LABELS,
                                               LAYER_ORDER, LAYER_TIPS, MAX_RADIUS_M, MIN_RADIUS_M, PINS, UNSAFE_PINS)
from cosafe.ui.features.analysis.filters import PerceptionFilterPanel, PerceptionFilterState
from cosafe.ui.features.analysis.map_panel import PerceptionMapPanel
from cosafe.ui.features.analysis.source import PerceptionSource
from cosafe.ui.host import Host, MenuId
from cosafe.ui.kit.actions import make_action
from cosafe.ui.kit.numbers import grouped

WATCHED = Change.AUDITS | Change.PINS | Change.INCIDENTS | Change.WORKSHOPS


class AnalysisFeature(QObject):
    """The perception layers, filters and charts of one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.host = host
        self.window = window = host.window
        self.session: Any = None
        self.layers: Any = None  # PerceptionMapLayers, made with the map canvas
        self._fit_pending = False  # a new project: show its perceptions if it has no basemap to zoom to
        self.filter_state = PerceptionFilterState(self)
        self.source = PerceptionSource(self.filter_state, self)
        self.layer_actions: dict[str, QAction] = {}
        for key in (*LAYER_ORDER, HEAT):
            action = make_action(window, translate("PerceptionMap", LAYER_LABELS[key]),
                                 tip=translate("PerceptionMap", LAYER_TIPS[key]), checkable=True)
            action.setChecked(key != HEAT)
            action.toggled.connect(lambda on, k=key: self._layer_toggled(k, on))
            self.layer_actions[key] = action
        self.heat_group = QActionGroup(self)
        self.heat_actions: dict[str, QAction] = {}
        for key, label in HEAT_SOURCES:
            action = make_action(window, translate("PerceptionMap", label),
                                 tip=translate("PerceptionMap", HEAT_TIPS[key]), checkable=True)
            action.setChecked(key == UNSAFE_PINS)
            action.toggled.connect(lambda on: on and self._heat_changed())
            self.heat_group.addAction(action)
            self.heat_actions[key] = action
        self.radius_action = make_action(window, self.tr("Heat Map &Radius…"), tip=self.tr("How far each point's heat reaches"),
                                         slot=self.ask_radius)

        self.filters = PerceptionFilterPanel(self.filter_state, window)
        self.map_panel = PerceptionMapPanel(self.layer_actions, self.heat_actions, window)
        self.map_panel.radius_changed.connect(lambda _m: self._heat_changed())
        self.analysis: Any = None  # AnalysisPanel, made with the first project (pyqtgraph loads late)
        self.analysis_holder = QWidget(window)
        QVBoxLayout(self.analysis_holder).setContentsMargins(0, 0, 0, 0)
        # The panels scroll inside.
        self.map_dock = host.add_dock(self.tr("Perception Map"), "perceptionMapDock", self._map_dock_widget(), "layers",
                                      Qt.DockWidgetArea.LeftDockWidgetArea, scroll=False,
                                      tab_with=host.dock("layersDock"))
        self.analysis_dock = host.add_dock(self.tr("Analysis"), "analysisDock", self.analysis_holder, "compare-groups",
                                           Qt.DockWidgetArea.BottomDockWidgetArea, scroll=False)
        self.analysis_dock.visibilityChanged.connect(
            lambda shown: shown and self.analysis is not None and self.analysis.refresh_if_stale())
        self.source.updated.connect(self._redraw_map)
        self._add_menus()
        host.project_opened.connect(self.follow_session)
        host.project_closed.connect(self.follow_session)

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.map_dock, self.analysis_dock)

    def _map_dock_widget(self) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(2, 2, 2, 2)
        for title, panel in ((self.tr("Filters (map and charts)"), self.filters),
                             (self.tr("Layers and legend"), self.map_panel)):
            box = QGroupBox(title, inner)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(panel)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _add_menus(self) -> None:
        separator = self.host.add_view_toggles(self.docks)
        view = self.host.menu(MenuId.VIEW)
        layers_menu = QMenu(self.tr("Perception &Layers"), view)
        for key in (*LAYER_ORDER, HEAT):
            layers_menu.addAction(self.layer_actions[key])
        heat_menu = QMenu(self.tr("Heat Map &Source"), view)
        for action in self.heat_actions.values():
            heat_menu.addAction(action)
        heat_menu.addSeparator()
        heat_menu.addAction(self.radius_action)
        self.layers_menu, self.heat_menu = layers_menu, heat_menu
        view.insertMenu(separator, layers_menu)
        view.insertMenu(separator, heat_menu)

    # -- the project -------------------------------------------------------------------

    def follow_session(self, _session: object = None) -> None:
        session = self.host.session
        if session is not self.session:
            if self.session is not None:
                self.session.changed.disconnect(self._on_changed)
            self.session = session
            if session is not None:
                session.changed.connect(self._on_changed)
                self._ensure_layers()
                self._ensure_analysis()
            self._fit_pending = session is not None
            self.source.set_store(session.store if session is not None else None)
            self.filters.set_choices(self.source.data if session is not None else None)
        if session is not None:
            QTimer.singleShot(0, self, self._leave_room_for_map)

    def _ensure_layers(self) -> None:
        if self.layers is not None:
            return
        from cosafe.ui.features.analysis.map_layers import PerceptionMapLayers  # with the canvas: pyqtgraph loads late

        canvas = self.host.ensure_map()
        self.layers = PerceptionMapLayers(canvas.view_box)
        for key, action in self.layer_actions.items():
            self.layers.set_layer_visible(key, action.isChecked())
        self.layers.set_heat(self.heat_source, self.map_panel.radius)
        canvas.identify_sources.append(self._identify)

    def _identify(self, lon: float, lat: float, radius_m: float) -> Any:
        """A click on the map names the audit point, pin or incident under it (shown layers only)."""
        from cosafe.ui.features.analysis.identify_records import identify_record
        from cosafe.ui.kit.dates import show_date

        session = self.host.session
        tables = [table for key, table in ((AUDIT_POINTS, "audit_points"), (PINS, "perception_pins"),
                                           (INCIDENTS, "incidents")) if self.layers.is_layer_visible(key)]
        return identify_record(session.store, lon, lat, radius_m, tables, show_date) if session is not None and tables else None

    def _ensure_analysis(self) -> None:
        if self.analysis is None:
            from cosafe.ui.features.analysis.panel import AnalysisPanel  # pyqtgraph: loaded with the first project

            self.analysis = AnalysisPanel(self.analysis_holder)
            self.analysis_holder.layout().addWidget(self.analysis)
            self.analysis.set_source(self.source)

    def _on_changed(self, change: Change) -> None:
        if change & WATCHED:
            self.source.invalidate()
            self.filters.set_choices(self.source.data)

    def _redraw_map(self) -> None:
        if self.layers is None:
            return
        content = self.source.map_content()
        self.layers.show(content)
        if self._fit_pending:
            self._fit_pending = False
            # The host tells of a project after the map has it (and zoomed to any basemap).
            self._fit_without_basemap(content)
        data, kept = self.source.data, self.source.filtered
        if self.source.too_few_people():
            # The selection is one small cell: its counts would tell on the few people in it.
            threshold = self.source.threshold
            self.map_panel.set_counts(None, self.tr("On the map: what fewer than %Ln people recorded.", "", threshold))
            self.filters.set_summary(self.tr("Fewer than %Ln people match these filters, so no counts are shown.", "",
                                             threshold))
            return
        self.map_panel.set_counts(content.counts())
        if data is None or kept is None:
            self.filters.set_summary("")
        else:
            scores, pins = len(set(data.scores.score_id.tolist())), len(data.pins.uuid)
            # Each count is a whole phrase of its own, in the sentence around them.
            if self.filter_state.is_active:
                self.filters.set_summary(arg(
                    self.tr("Showing %1 and %2."),
                    arg(self.tr("%1 of %Ln audit scores", "", scores),
                        grouped(len(set(kept.scores.score_id.tolist())))),
                    arg(self.tr("%1 of %Ln pins", "", pins), grouped(len(kept.pins.uuid)))))
            else:
                self.filters.set_summary(arg(self.tr("Everything shown: %1, %2."),
                                             self.tr("%Ln audit scores", "", scores), self.tr("%Ln pins", "", pins)))

    def _fit_without_basemap(self, content) -> None:
        """A project with perceptions but no basemap would open on an empty view: show them."""
        canvas = self.host.map_canvas
        bounds = content.bounds()
        if canvas is None or bounds is None or canvas.basemap_items or canvas.raster_items:
            return
        margin = 0.0005  # degrees, about 50 m: markers at the edge stay whole
        canvas.zoom_to_bounds(bounds[0] - margin, bounds[1] - margin, bounds[2] + margin, bounds[3] + margin)

    # -- layers and heat map ---------------------------------------------------------------

    @property
    def heat_source(self) -> str:
        return next((key for key, action in self.heat_actions.items() if action.isChecked()), UNSAFE_PINS)

    def _layer_toggled(self, key: str, on: bool) -> None:
        if self.layers is not None:
            self.layers.set_layer_visible(key, on)

    def _heat_changed(self) -> None:
        if self.layers is not None:
            self.layers.set_heat(self.heat_source, self.map_panel.radius)

    def ask_radius(self) -> None:
        metres, ok = QInputDialog.getInt(self.window, self.tr("Heat Map Radius"),
                                         self.tr("How far each point's heat reaches (metres):"),
                                         self.map_panel.radius, MIN_RADIUS_M, MAX_RADIUS_M, 10)
        if ok:
            self.map_panel.set_radius(metres)
            self.layer_actions[HEAT].setChecked(True)

    # -- parking, as the window's own docks ------------------------------------------------

    def _leave_room_for_map(self) -> None:
        """The charts below should leave the map most of the height (once laid out)."""
        height = self.window.height()
        share = self.analysis_dock.height() / max(height, 1)
        if self.analysis_dock.isVisible() and not 0.25 <= share <= 0.45 and not self.analysis_dock.isFloating():
            self.window.resizeDocks([self.analysis_dock], [int(0.34 * height)], Qt.Orientation.Vertical)

