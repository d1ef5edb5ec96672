"""MapCanvas: the project's map — basemap layers, navigation, identify, scale bar and north arrow.

Contract (other widgets code against exactly this):
- ``MapCanvas(parent=None)``; ``set_project(store | None)`` shows that project's
  basemap and zooms to it (None clears); ``reload_basemap()`` picks up changes to the
  layers (added, removed, visibility, opacity, order), keeping the view (or zooming
  to the map if there was none) — geometry is re-read only when a vector layer not
  read before becomes visible; ``zoom_to_extent()`` (every visible layer);
  ``zoom_to_project()`` (the workshop's area: its proposals, pins, walks and audit
  points and the area the facilitator set, ``store.queries.map.workshop_extent``,
  with a margin; the whole map when the project has none of them — what opening a
  project shows); ``zoom_to_bounds(min_lon, min_lat, max_lon, max_lat)``;
  ``zoom_to_layer(layer_uuid)``.
- Signals: ``cursor_moved(lon, lat)`` as the mouse moves; ``clicked(lon, lat)`` on
  a left click without drag; ``feature_identified(dict | None)`` after each click
  while ``identify_enabled`` (see ``identify.IdentifiedFeature.as_dict``), the
  feature then outlined on the map; None when the click hit nothing (or a reload
  hid the feature).
- Layers draw bottom to top by ``sort_order`` (higher on top), each with its own
  opacity: vector layers as one batched item per (layer, style class), tile layers
  with the stored zoom level nearest the screen's resolution (tiles reloaded
  ``TILE_DELAY_MS`` after the view moves), placed images through their affine fit.
- The view is a pyqtgraph ViewBox in Web Mercator metres, y up (north up), aspect
  locked. Left drag pans, the wheel and pinch gestures zoom around the cursor or
  the gesture's centre, two fingers moving together pan, arrow keys pan and +/- zoom
  about the centre.
- The keyboard places as the mouse does: with the map focused, Insert, and Enter while the
  keyboard is in use there (when the tool does not take it: a line's Enter finishes it),
  are a left click at the centre of the view (``click_centre``). The keyboard is in use
  from when the map is focused other than by a click, or a key is pressed there, until
  the mouse presses on it; a crosshair marks the centre meanwhile. So Enter after mouse
  clicks stays a key for the tool, placing nothing.
- Fingers and pens (``contact.ContactInput``): one finger or the pen reaches the tools
  as left-button mouse events carrying its device; two fingers only pan and zoom.
  ``press_cancelled`` is emitted when a press already delivered is taken back (a second
  finger landed during a drag): tools drop what it began; the release that follows
  must commit nothing.
- Context menu: a right click, the Menu key, or a long press of a finger or pen
  (``contact.LONG_PRESS_MS``) opens one menu (``context_menu`` while shown). Each of
  ``context_menu_sources`` — ``(menu, MapSpot) -> None`` — may add its entries for
  that spot (separated from the next source's); the canvas ends it with What Is Here?
  (identify there, with a project).
- The canvas observes the store and never writes to it.
- ``set_high_contrast(on)`` draws the basemap in the high-contrast style (``style``)
  or the normal one, now and for layers shown later; ``high_contrast`` tells which.
- Labels (``labels``, a ``labels.MapLabels``): the basemap's street, place and
  landmark names, and what features add as label sources, placed together without
  overlap in screen pixels; placed again each time the view rests and when a source
  changes; as many times larger than normal as the canvas's font is than the
  application's (presentation mode's text size).
- With no basemap it shows a calm hint ("No basemap yet") rather than an error.
- Extras for tools, exports and tests: ``view_box``, ``graphics_view``, ``overlay``,
  ``basemap_items`` ((layer UUID, style class) -> item), ``raster_items`` (layer
  UUID -> item), ``layer_items``, ``highlight``, ``identify_at(lon, lat)`` (asks the
  ``identify_sources`` of layers drawn above the basemap first),
  ``refresh_tiles()``, ``lonlat_at`` / ``viewport_position``,
  ``ground_metres_per_pixel``, ``mercator_view``, ``spot_at(viewport_pos, coarse)``,
  ``contact`` and ``show_basemap(data)`` for vector data loaded elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QMenu, QVBoxLayout, QWidget

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.core.palette import BASEMAP_STYLES
from cosafe.core.records import BasemapLayer
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import workshop_extent
from cosafe.ui.map.basemap_data import BasemapData, load_basemap
from cosafe.ui.map.basemap_items import BasemapClassItem
from cosafe.ui.map.highlight import HighlightItem
from cosafe.store.queries.identify import IdentifiedFeature, identify_feature
from cosafe.ui.map.contact import ContactInput, target_radius_px
from cosafe.ui.map.interaction import MapInput, MapSpot
from cosafe.ui.map.labels import BASEMAP_LABEL_Z, BasemapLabels, MapLabels, text_scale
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z, LayerItems, RasterItem
from cosafe.ui.map.layer_stack import (VECTOR, Extent, attribution_of, layer_extent, padded, stacked_layers,
                                       visible_extent)
from cosafe.ui.map.overlay import MapOverlay
from cosafe.core.projection import (WORLD_HALF_WIDTH, extent_to_mercator, ground_scale, point_to_lonlat,
                                      point_to_mercator)
from cosafe.ui.map.style import BACKGROUND, background, max_resolution, points_visible_at, style_of

NO_PROJECT_HINT = QT_TRANSLATE_NOOP("Map", "No project open")
EMPTY_HINT = QT_TRANSLATE_NOOP("Map", "No basemap yet")
PAN_STEP = 0.2  # fraction of the view an arrow key moves
ZOOM_STEP = 1.25  # factor a +/- key zooms by
MIN_VIEW_METRES = 20.0  # closer than this a basemap is only a few blurred lines
REFINE_DELAY_MS = 250  # a view resting this long is redrawn once at full quality
TILE_DELAY_MS = 120  # tiles are reloaded at most this often while the view moves
IDENTIFY_PX = 8.0  # how near (screen pixels) a click must be to a line or point
PROJECT_MARGIN = 0.08  # of the workshop area on each side: markers and labels at its edge stay whole
_KEY_PAN = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
_KEY_ZOOM_IN = {Qt.Key.Key_Plus, Qt.Key.Key_Equal}
_KEY_ZOOM_OUT = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}
_KEY_CLICK = {Qt.Key.Key_Return, Qt.Key.Key_Enter}  # a click at the centre, while the keyboard is in use


class MapCanvas(QWidget):
    """The map widget of a project."""

    cursor_moved = Signal(float, float)  # lon, lat (degrees, EPSG:4326)
    clicked = Signal(float, float)  # lon, lat of a left click without drag
    feature_identified = Signal(object)  # dict (IdentifiedFeature.as_dict) or None
    press_cancelled = Signal()  # a finger's press already delivered was taken back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: ProjectStore | None = None
        self._data: BasemapData | None = None
        self._items: LayerItems | None = None
        self._highlight: HighlightItem | None = None
        self._identified: IdentifiedFeature | None = None
        self._high_contrast = False
        self.identify_enabled = True  # a dialog that uses clicks for itself may turn it off
        # Layers drawn over the basemap name their own features: (lon, lat, radius_m) -> feature or None.
        self.identify_sources: list[Callable[[float, float, float], IdentifiedFeature | None]] = []
        # What features and tools offer in the map's context menu at a spot.
        self.context_menu_sources: list[Callable[[QMenu, MapSpot], None]] = []
        self._menu: QMenu | None = None

        self._view = pg.GraphicsView(self, background=BACKGROUND)
        self._view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view_box = pg.ViewBox(lockAspect=True, enableMenu=False, invertY=False, defaultPadding=0.0)
        self._view_box.disableAutoRange()
        self._view_box.setLimits(minXRange=MIN_VIEW_METRES, minYRange=MIN_VIEW_METRES,
                                 maxXRange=4 * WORLD_HALF_WIDTH, maxYRange=4 * WORLD_HALF_WIDTH)
        self._view.setCentralItem(self._view_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setFocusProxy(self._view)

        self._overlay = MapOverlay(self)
        self._overlay.raise_()

        self._view.installEventFilter(self)
        self._view.viewport().installEventFilter(self)  # a mouse press hides the crosshair
        self._view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._input = MapInput(self._view.viewport())
        self._input.clicked.connect(self._on_click)
        self._input.zoom.connect(self._zoom_about)
        self._input.pan.connect(self._pan_between)
        self._input.context_requested.connect(self._on_context_requested)
        self._contact = ContactInput(self._view.viewport())
        self._contact.cancelled.connect(self._on_press_cancelled)
        self._contact.long_pressed.connect(self._on_long_press)
        # While the view moves, frames are drafts; when it rests, one fine redraw.
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(REFINE_DELAY_MS)
        self._refine_timer.timeout.connect(self._refine)
        self._tile_timer = QTimer(self)
        self._tile_timer.setSingleShot(True)
        self._tile_timer.setInterval(TILE_DELAY_MS)
        self._tile_timer.timeout.connect(self.refresh_tiles)
        self._view_box.sigRangeChanged.connect(self._on_view_changed)
        self._view_box.sigRangeChanged.connect(self._update_scale)
        self._view_box.sigResized.connect(self._update_scale)
        self._view_box.sigResized.connect(self._on_view_changed)
        # Until a project says otherwise, look at a neutral 2 km square at 0°, 0°.
        self._view_box.setRange(xRange=(-1000, 1000), yRange=(-1000, 1000), padding=0)
        self._labels = MapLabels(self._view_box, self)
        self._basemap_labels = BasemapLabels()
        self._labels.add_source(self._basemap_labels, BASEMAP_LABEL_Z)
        self._refresh_overlay()

    # -- public API ------------------------------------------------------------

    def set_project(self, store: ProjectStore | None) -> None:
        """Show ``store``'s basemap and zoom to it; None empties the canvas."""
        self._clear_items()
        self._store = store
        self._data = None
        self._items = LayerItems(store) if store is not None else None
        self.reload_basemap()
        self.zoom_to_project()
        self.refresh_tiles()

    def reload_basemap(self) -> None:
        """Make the map match the store's layer records (see the module contract)."""
        if self._store is None:
            self._show(None, [])
            return
        layers = stacked_layers(self._store)
        wanted = [layer.uuid for layer in layers if layer.visible and layer.kind == VECTOR]
        data = self._data
        if data is None or not data.covers(wanted):
            data = load_basemap(self._store, max_resolution) if wanted else None
        self._show(data, layers)

    def show_basemap(self, data: BasemapData | None) -> None:
        """Draw vector ``data`` prepared elsewhere (``basemap_data.load_basemap`` is Qt-free, so
        a caller may run it on a worker while the UI waits), keeping the view as reload does."""
        if self._store is not None:
            layers = stacked_layers(self._store)
        else:  # data without a project: every layer in it, opaque, in no particular order
            layers = [BasemapLayer(uuid=uuid, name="", kind=VECTOR, attribution=data.attribution)
                      for uuid in (data.layers if data is not None else ())]
            if self._items is None:
                self._items = LayerItems(None)  # type: ignore[arg-type]  # vector only: no store reads
        self._show(data, layers)

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_high_contrast(self, on: bool) -> None:
        """The high-contrast basemap style, or the normal one (see the module contract)."""
        if on == self._high_contrast:
            return
        self._high_contrast = on
        self._view.setBackground(background(on))
        self._restyle(self.basemap_items.values())

    def _restyle(self, items) -> None:
        for item in items:
            if isinstance(item, BasemapClassItem):
                item.style = style_of(item.style_class, self._high_contrast)
                item.update()

    def zoom_to_extent(self) -> None:
        """Fit every visible layer in the view (no-op without one)."""
        if self._items is None:
            return
        if self._store is None:
            extent = self._data.bounds if self._data is not None else None
        else:
            extent = visible_extent(self._store, self._items.layers, self._data)
        self._fit(extent)

    def zoom_to_project(self) -> None:
        """Fit the workshop's area in the view, else every visible layer (see the module contract)."""
        box = workshop_extent(self._store) if self._store is not None else None
        if box is None:
            self.zoom_to_extent()
        else:
            self._fit(extent_to_mercator(box), margin=PROJECT_MARGIN)

    def zoom_to_bounds(self, min_lon: float, min_lat: float, max_lon: float, max_lat: float) -> None:
        """Fit a lon/lat box in the view."""
        self._fit(extent_to_mercator((min_lon, min_lat, max_lon, max_lat)))

    def zoom_to_layer(self, layer_uuid: str) -> None:
        """Fit one layer (visible or not) in the view; no-op if it has nothing to show."""
        if self._store is None:
            return
        layer = self._store.get(BasemapLayer, layer_uuid)
        if layer is not None:
            self._fit(layer_extent(self._store, layer, self._data))

    def identify_at(self, lon: float, lat: float, pixels: float = IDENTIFY_PX) -> IdentifiedFeature | None:
        """Identify and outline the visible feature within ``pixels`` of a point, as a click does; emit
        the result."""
        found = None
        if self._store is not None:
            metres_per_pixel = self.ground_metres_per_pixel()
            radius = pixels * metres_per_pixel
            # Workshop data is drawn above the basemap, so it is asked first.
            found = next((hit for source in self.identify_sources if (hit := source(lon, lat, radius)) is not None),
                         None)
            if found is None:
                hidden = [c for c in BASEMAP_STYLES if metres_per_pixel > max_resolution(c)]
                found = identify_feature(self._store, lon, lat, radius, hidden_classes=hidden,
                                         points=points_visible_at(metres_per_pixel))
        self._set_identified(found)
        return found

    def clear_identification(self) -> None:
        self._set_identified(None)

    def open_context_menu(self, viewport_pos: QPointF, coarse: bool = False) -> QMenu:
        """Show the map's context menu for the spot at ``viewport_pos`` (see the module contract)."""
        spot = self.spot_at(viewport_pos, coarse)
        if self._menu is not None:
            self._menu.destroyed.disconnect(self._forget_menu)  # it must not forget the new one
            self._menu.close()
        self._menu = menu = QMenu(self)
        # Gone once closed: its actions' slots hold the tools, which hold this canvas.
        menu.aboutToHide.connect(menu.deleteLater)
        menu.destroyed.connect(self._forget_menu)
        for source in self.context_menu_sources:
            before = len(menu.actions())
            source(menu, spot)
            if len(menu.actions()) > before:
                menu.addSeparator()
        what = menu.addAction(self.tr("What Is &Here?"))
        what.setEnabled(self._store is not None)
        what.triggered.connect(lambda: self.identify_at(spot.lon, spot.lat, target_radius_px(IDENTIFY_PX, coarse)))
        menu.popup(self._view.viewport().mapToGlobal(viewport_pos.toPoint()))
        return menu

    @property
    def context_menu(self) -> QMenu | None:
        """The context menu while it is shown, else None."""
        return self._menu if self._menu is not None and self._menu.isVisible() else None

    def _forget_menu(self) -> None:
        self._menu = None

    def spot_at(self, viewport_pos: QPointF, coarse: bool = False) -> MapSpot:
        """The map point under ``viewport_pos``, for hit tests made with a finger or pen when ``coarse``."""
        point = self._view_point(viewport_pos)
        lon, lat = point_to_lonlat(point.x(), point.y())
        return MapSpot(point.x(), point.y(), lon, lat, float(self._view_box.viewPixelSize()[0]), coarse)

    def refresh_tiles(self) -> None:
        """Load the tiles the current view needs (the canvas does this shortly after each move)."""
        self._tile_timer.stop()
        if self._items is not None and self._items.raster:
            device_pixel = self._view_box.viewPixelSize()[0] / self._view.viewport().devicePixelRatioF()
            self._items.refresh_tiles(self.mercator_view(), device_pixel)

    # -- extras ----------------------------------------------------------------

    @property
    def view_box(self) -> pg.ViewBox:
        return self._view_box

    @property
    def graphics_view(self) -> pg.GraphicsView:
        return self._view

    @property
    def overlay(self) -> MapOverlay:
        return self._overlay

    @property
    def contact(self) -> ContactInput:
        """The finger or pen on the map (``device`` of the last contact)."""
        return self._contact

    @property
    def basemap_items(self) -> dict[tuple[str, str], BasemapClassItem]:
        return dict(self._items.vector) if self._items is not None else {}

    @property
    def raster_items(self) -> dict[str, RasterItem]:
        return dict(self._items.raster) if self._items is not None else {}

    @property
    def layer_items(self) -> LayerItems | None:
        return self._items

    @property
    def labels(self) -> MapLabels:
        return self._labels

    @property
    def basemap(self) -> BasemapData | None:
        return self._data

    @property
    def highlight(self) -> HighlightItem | None:
        return self._highlight

    def mercator_view(self) -> Extent:
        """The visible rectangle, absolute Web Mercator metres (min x, min y, max x, max y)."""
        rect = self._view_box.viewRect()
        return rect.left(), rect.top(), rect.right(), rect.bottom()  # y up: QRectF top is the smaller y

    def lonlat_at(self, viewport_pos: QPointF) -> tuple[float, float]:
        """Lon/lat under a point in graphics-view viewport pixels."""
        point = self._view_point(viewport_pos)
        return point_to_lonlat(point.x(), point.y())

    def _view_point(self, viewport_pos: QPointF) -> QPointF:
        """Web Mercator metres under a point in viewport pixels."""
        return self._view_box.mapSceneToView(self._view.mapToScene(viewport_pos.toPoint()))

    def viewport_position(self, lon: float, lat: float) -> QPointF:
        """Viewport pixel position of a lon/lat (may lie outside the viewport)."""
        x, y = point_to_mercator(lon, lat)
        scene = self._view_box.mapViewToScene(QPointF(x, y))
        return QPointF(self._view.mapFromScene(scene))

    def ground_metres_per_pixel(self) -> float:
        """True ground metres per screen pixel at the centre of the view."""
        pixel_width = self._view_box.viewPixelSize()[0]
        centre = self._view_box.viewRect().center()
        return pixel_width * ground_scale(point_to_lonlat(centre.x(), centre.y())[1])

    def sizeHint(self) -> QSize:
        return QSize(640, 480)  # a map wants room; the layout's own hint is a scroll area's

    # -- drawing ---------------------------------------------------------------

    def _show(self, data: BasemapData | None, layers: list[BasemapLayer]) -> None:
        had_content = self._has_content()
        self._data = data
        self._basemap_labels.set_data(data.labels if data is not None else None)
        if self._items is not None:
            added, removed = self._items.sync(data, layers)
            for item in removed:
                self._view_box.removeItem(item)
            if self._high_contrast:
                self._restyle(added)  # layer items are made in the normal style
            for item in added:
                self._view_box.addItem(item, ignoreBounds=True)
        if self._identified is not None and not any(
                layer.uuid == self._identified.layer_uuid and layer.visible for layer in layers):
            self._set_identified(None)
        self._refresh_overlay()
        if self._has_content():
            self._refine_timer.start()
            self.refresh_tiles()
            if not had_content:
                self.zoom_to_extent()

    def _clear_items(self) -> None:
        if self._items is not None:
            for item in self._items.clear():
                self._view_box.removeItem(item)
        self._set_identified(None)

    def _has_content(self) -> bool:
        return self._items is not None and bool(self._items.vector or self._items.raster)

    def _set_identified(self, found: IdentifiedFeature | None) -> None:
        had = self._identified is not None
        if self._highlight is not None:
            self._view_box.removeItem(self._highlight)
            self._highlight = None
        self._identified = found
        if found is not None:
            self._highlight = HighlightItem(found.geometry)
            self._highlight.setZValue(BASEMAP_TOP_Z)
            self._view_box.addItem(self._highlight, ignoreBounds=True)
        if found is not None or had:
            self.feature_identified.emit(found.as_dict() if found is not None else None)

    def _fit(self, extent: Extent | None, margin: float | None = None) -> None:
        fitted = padded(extent) if margin is None else padded(extent, margin)
        if fitted is not None:
            self._view_box.setRange(xRange=(fitted[0], fitted[2]), yRange=(fitted[1], fitted[3]), padding=0)

    # -- events ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view:
            if kind == QEvent.Type.KeyPress:
                return self._navigate_by_key(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.FocusIn:
                by_mouse = event.reason() == Qt.FocusReason.MouseFocusReason  # type: ignore[attr-defined]
                self._overlay.set_crosshair(not by_mouse)
            elif kind == QEvent.Type.FocusOut:
                self._overlay.set_crosshair(False)
        elif kind == QEvent.Type.MouseButtonPress and event.spontaneous():
            self._overlay.set_crosshair(False)  # the mouse is in use: it shows where it places
        return super().eventFilter(watched, event)

    def click_centre(self) -> None:
        """A left click at the centre of the view, as the mouse makes one: every tool takes it."""
        viewport = self._view.viewport()
        centre = QPointF(viewport.rect().center())
        screen = QPointF(viewport.mapToGlobal(centre.toPoint()))
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        for kind, held in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, none)):
            QApplication.sendEvent(viewport, QMouseEvent(kind, centre, screen, left, held,
                                                         Qt.KeyboardModifier.NoModifier))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._labels.set_text_scale(text_scale(self.font()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._overlay.setGeometry(self.rect())

    def _navigate_by_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        rect = self._view_box.viewRect()
        if key in _KEY_PAN:
            dx, dy = _KEY_PAN[Qt.Key(key)]
            self._view_box.translateBy(x=dx * PAN_STEP * rect.width(), y=dy * PAN_STEP * rect.height())
        elif key in _KEY_ZOOM_IN:
            self._view_box.scaleBy(s=(1 / ZOOM_STEP, 1 / ZOOM_STEP))
        elif key in _KEY_ZOOM_OUT:
            self._view_box.scaleBy(s=(ZOOM_STEP, ZOOM_STEP))
        elif (key == Qt.Key.Key_Insert or key in _KEY_CLICK and self._overlay.crosshair) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._overlay.set_crosshair(True)
            self.click_centre()
            return True
        else:
            return False
        self._overlay.set_crosshair(True)
        return True

    def _zoom_about(self, factor: float, viewport_pos: QPointF) -> None:
        self._view_box.scaleBy(s=(1 / factor, 1 / factor), center=self._view_point(viewport_pos))

    def _pan_between(self, start: QPointF, end: QPointF) -> None:
        was, now = self._view_point(start), self._view_point(end)
        self._view_box.translateBy(x=was.x() - now.x(), y=was.y() - now.y())

    # Methods, not lambdas: a lambda holding the canvas, connected to its own child, would keep it alive.
    def _on_context_requested(self, viewport_pos: QPointF) -> None:
        self.open_context_menu(viewport_pos, False)

    def _on_long_press(self, viewport_pos: QPointF) -> None:
        self.open_context_menu(viewport_pos, True)

    def _on_press_cancelled(self) -> None:
        self._input.forget_press()
        self.press_cancelled.emit()

    def _on_click(self, viewport_pos: QPointF, coarse: bool) -> None:
        lon, lat = self.lonlat_at(viewport_pos)
        self.clicked.emit(lon, lat)
        if self.identify_enabled and self._store is not None:
            self.identify_at(lon, lat, target_radius_px(IDENTIFY_PX, coarse))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._view_box.mapSceneToView(scene_pos)
        self.cursor_moved.emit(*point_to_lonlat(point.x(), point.y()))

    def _on_view_changed(self, *_: object) -> None:
        if self._items is None:
            return
        for item in self._items.vector.values():
            item.fine = False
        self._refine_timer.start()
        if self._items.raster and not self._tile_timer.isActive():
            self._tile_timer.start()  # not restarted: tiles keep coming while a pan goes on

    def _refine(self) -> None:
        items = self._items.vector.values() if self._items is not None else ()
        redraw = any(item.degraded for item in items)
        for item in items:
            item.fine = True
        self._labels.place()  # the view rests: labels for it (each label item repaints)
        if redraw:
            self._view.viewport().update()

    def _update_scale(self, *_: object) -> None:
        self._overlay.set_ground_resolution(self.ground_metres_per_pixel())

    def _refresh_overlay(self) -> None:
        if self._store is None and self._data is None:
            self._overlay.set_hint(translate("Map", NO_PROJECT_HINT))
            self._overlay.set_attribution("")
        elif not self._has_content():
            self._overlay.set_hint(translate("Map", EMPTY_HINT))
            self._overlay.set_attribution("")
        else:
            self._overlay.set_hint("")
            layers = self._items.layers if self._items is not None else []
            self._overlay.set_attribution(attribution_of(layers))
        self._update_scale()
