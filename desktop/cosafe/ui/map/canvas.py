"""MapCanvas: the project's map — basemap, navigation, scale bar and north arrow.

Contract (other widgets code against exactly this):
- ``MapCanvas(parent=None)``; ``set_project(store | None)`` shows that project's
  basemap and zooms to it (None clears); ``reload_basemap()`` re-reads the basemap
  from the store, keeping the view (or zooming to the data if there was none);
  ``zoom_to_extent()``; signal ``cursor_moved(lon, lat)`` as the mouse moves.
- The view is a pyqtgraph ViewBox in Web Mercator metres, y up (north up), aspect
  locked. Left drag pans, the wheel zooms around the cursor, arrow keys pan and
  +/- zoom about the centre.
- The canvas observes the store and never writes to it.
- With no basemap it shows a calm hint ("No basemap yet") rather than an error.
- Extras for tools and tests: ``view_box``, ``graphics_view``, ``overlay``,
  ``basemap_items`` (style class -> item), ``lonlat_at`` / ``viewport_position``,
  ``ground_metres_per_pixel``, and ``show_basemap(data)`` for data loaded elsewhere.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.basemap_data import BasemapData, load_basemap
from cosafe.ui.map.basemap_items import BasemapClassItem, build_items
from cosafe.ui.map.overlay import MapOverlay
from cosafe.ui.map.projection import WORLD_HALF_WIDTH, ground_scale, point_to_lonlat, point_to_mercator
from cosafe.ui.map.style import BACKGROUND, max_resolution

NO_PROJECT_HINT = "No project open"
EMPTY_HINT = "No basemap yet"
PAN_STEP = 0.2  # fraction of the view an arrow key moves
ZOOM_STEP = 1.25  # factor a +/- key zooms by
MIN_VIEW_METRES = 20.0  # closer than this a basemap is only a few blurred lines
MIN_FIT_METRES = 500.0  # zooming to a lone point shows at least a few streets around it
REFINE_DELAY_MS = 250  # a view resting this long is redrawn once at full quality
_KEY_PAN = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
_KEY_ZOOM_IN = {Qt.Key.Key_Plus, Qt.Key.Key_Equal}
_KEY_ZOOM_OUT = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}


class MapCanvas(QWidget):
    """The map widget of a project."""

    cursor_moved = Signal(float, float)  # lon, lat (degrees, EPSG:4326)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: ProjectStore | None = None
        self._data: BasemapData | None = None
        self._items: dict[str, BasemapClassItem] = {}

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
        self._view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # While the view moves, frames are drafts; when it rests, one fine redraw.
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(REFINE_DELAY_MS)
        self._refine_timer.timeout.connect(self._refine)
        self._view_box.sigRangeChanged.connect(self._on_view_changed)
        self._view_box.sigRangeChanged.connect(self._update_scale)
        self._view_box.sigResized.connect(self._update_scale)
        # Until a project says otherwise, look at a neutral 2 km square at 0°, 0°.
        self._view_box.setRange(xRange=(-1000, 1000), yRange=(-1000, 1000), padding=0)
        self._refresh_overlay()

    # -- public API ------------------------------------------------------------

    def set_project(self, store: ProjectStore | None) -> None:
        """Show ``store``'s basemap and zoom to it; None empties the canvas."""
        self._store = store
        self._data = None
        self.reload_basemap()
        self.zoom_to_extent()

    def reload_basemap(self) -> None:
        """Re-read the basemap from the store and rebuild the batched items."""
        self.show_basemap(load_basemap(self._store, max_resolution) if self._store is not None else None)

    def show_basemap(self, data: BasemapData | None) -> None:
        """Draw ``data`` prepared elsewhere (``basemap_data.load_basemap`` is Qt-free, so a
        caller may run it on a worker while the UI waits), keeping the view as reload does."""
        had_data = self._data is not None
        for item in self._items.values():
            self._view_box.removeItem(item)
        self._items = {}
        self._data = data
        if self._data is not None:
            self._items = build_items(self._data)
            for item in self._items.values():
                self._view_box.addItem(item, ignoreBounds=True)
            self._refine_timer.start()
            if not had_data:
                self.zoom_to_extent()
        self._refresh_overlay()

    def zoom_to_extent(self) -> None:
        """Fit the whole basemap in the view (no-op without one)."""
        if self._data is None:
            return
        left, bottom, right, top = self._data.bounds
        # A single point or a straight east-west road has no size: show its surroundings.
        pad_x = max((right - left) * 0.03, (MIN_FIT_METRES - (right - left)) / 2)
        pad_y = max((top - bottom) * 0.03, (MIN_FIT_METRES - (top - bottom)) / 2)
        self._view_box.setRange(xRange=(left - pad_x, right + pad_x), yRange=(bottom - pad_y, top + pad_y),
                                padding=0)

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
    def basemap_items(self) -> dict[str, BasemapClassItem]:
        return dict(self._items)

    @property
    def basemap(self) -> BasemapData | None:
        return self._data

    def lonlat_at(self, viewport_pos: QPointF) -> tuple[float, float]:
        """Lon/lat under a point in graphics-view viewport pixels."""
        point = self._view_box.mapSceneToView(self._view.mapToScene(viewport_pos.toPoint()))
        return point_to_lonlat(point.x(), point.y())

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

    # -- events ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            return self._navigate_by_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

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
        else:
            return False
        return True

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._view_box.mapSceneToView(scene_pos)
        self.cursor_moved.emit(*point_to_lonlat(point.x(), point.y()))

    def _on_view_changed(self, *_: object) -> None:
        for item in self._items.values():
            item.fine = False
        self._refine_timer.start()

    def _refine(self) -> None:
        redraw = any(item.degraded for item in self._items.values())
        for item in self._items.values():
            item.fine = True
        if redraw:
            self._view.viewport().update()

    def _update_scale(self, *_: object) -> None:
        self._overlay.set_ground_resolution(self.ground_metres_per_pixel())

    def _refresh_overlay(self) -> None:
        if self._store is None:
            self._overlay.set_hint(NO_PROJECT_HINT)
            self._overlay.set_attribution("")
        elif self._data is None:
            self._overlay.set_hint(EMPTY_HINT)
            self._overlay.set_attribution("")
        else:
            self._overlay.set_hint("")
            self._overlay.set_attribution(self._data.attribution)
        self._update_scale()
