"""The project's map drawn into an image — for File › Export Map Image and ``cosafe render``.

Contract:
- ``render_map_image(store, width_px, height_px, *, bbox=None, dpi=96,
  attribution=None, data=None) -> QImage`` draws the visible basemap layers with
  the canvas's own items and styles (stacking, opacity, levels of detail, tiles at
  the nearest stored zoom) at full quality — antialiased, no frame budgets — plus
  the scale bar, north arrow and attribution.
- ``bbox`` is (min lon, min lat, max lon, max lat); by default the project, as Zoom to
  Project shows it: the workshop's area (``store.queries.map.workshop_extent``) with
  the canvas's margin for it, else the visible layers' extent with the small margin;
  with no basemap and no overlay drawn there is nothing to frame (ValueError).
  The bbox is fitted whole into the image and centred, keeping the map's aspect: the
  image shows more map along the longer side.
- ``dpi`` scales everything drawn in screen pixels (line widths, markers, text,
  furniture) by dpi / 96 through the image's device pixel ratio, so a 300 DPI image
  looks like the screen map printed at the same physical size; the returned image
  has a device pixel ratio of 1 and dots-per-metre set for ``dpi`` (PNG pHYs).
- ``attribution``: None uses the visible layers' attributions, "" draws none.
- ``data``: vector data already prepared (a canvas's ``basemap``) to skip re-reading
  it; ignored if it lacks a visible vector layer.
- ``overlays``: any of ``export_overlays.overlay_keys()`` (with every feature
  registered: "proposals", "audit_points", "pins", "incidents", "routes", "heat")
  drawn over the basemap by the features that registered them, with the canvas's
  own item classes, and a legend of what they show (top-left). ``**options`` go to
  those features (``content``, ``heat_source`` and ``heat_radius_m`` say what the
  perception layers draw — default everything, unfiltered; ``hidden_groups`` leaves
  out those groups' proposals, as the canvas does). ``public=True`` snaps pins to
  the centres of a grid of ``grid_m`` ground metres before anything is drawn; an
  export never draws stories or labels. With no basemap
  to frame, the extent is the overlays' (padded as "zoom to" pads). An empty
  ``overlays`` draws exactly what it did before overlays existed.
- ``labels`` (default True): the basemap's street, place and landmark names and the
  labels the overlays' parts give (``label_candidates``: the proposals' numbers and
  votes), placed together as the canvas places them (``map.labels``): none
  overlapping, sizes in screen pixels (scaled with ``dpi``), clear of the scale bar,
  north arrow, attribution and legend and of the overlays' markers; the names are
  drawn over the basemap and under the overlays, a part's labels over the overlays.
- ``render_map_images(store, width_px, height_px, overlay_sets, ...)`` draws several
  maps of one frame (one per set of overlays) over a basemap drawn once; the labels
  are placed for each map, since each has its own overlays' labels.
- Needs a QGuiApplication or QApplication (any platform: offscreen works), never a
  window. Raises ValueError for a bad size or when there is nothing to frame.
- ``write_png(image, path) -> bool`` writes the image as a PNG readable by its owner
  only (``store.private_files``), whole or not at all: False when it could not.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QTransform

from cosafe.core.formats import format_number
from cosafe.core.i18n import arg
from cosafe.store.private_files import keep_private
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import workshop_extent
from cosafe.ui.map.basemap_data import BasemapData, load_basemap
from cosafe.ui.map.basemap_items import BasemapClassItem
from cosafe.ui.map.layer_items import LayerItems
from cosafe.ui.map.layer_stack import (MIN_FIT_METRES, VECTOR, Extent, attribution_of, padded, stacked_layers,
                                       union, visible_extent)
from cosafe.ui.map.export_legend import legend_plate, paint_legend
from cosafe.ui.map.export_overlays import ExportOverlays, build_overlays
from cosafe.ui.map.label_placement import Candidate, PlacedLabel, ScreenFrame, place_labels
from cosafe.ui.map.labels import BasemapLabels, paint_labels, reserved_corners
from cosafe.ui.map.overlay import paint_furniture, scale_bar_for, small_font
from cosafe.core.projection import extent_to_mercator, ground_scale, point_to_lonlat
from cosafe.ui.map.raster_items import MAX_TILES, TileCache, TileLayerItem
from cosafe.ui.map.style import BACKGROUND, max_resolution
from cosafe.ui.map.words import Map

SCREEN_DPI = 96.0  # the resolution the canvas's pixel sizes are designed for
FONT_PX = 13  # furniture text size in logical pixels (pixels, not points: images carry their own DPI)
MAX_SIDE_PX = 20_000  # a QImage this big is already ~1.6 GB
MAX_EXPORT_TILES = 1_500  # per tile layer: ~375 MB of decoded tiles at the very most
PROJECT_MARGIN = 0.08  # the canvas's Zoom to Project margin (``canvas.PROJECT_MARGIN``)
MARKER_PX = 8.0  # labels keep this clear of an overlay's marker or vertex (the largest marker's radius: a proposal's group shape)
BASEMAP_LAYER = "basemap"  # the layer tag of the basemap's names among an export's labels


def render_map_image(store: ProjectStore, width_px: int, height_px: int, *,
                     bbox: tuple[float, float, float, float] | None = None, dpi: float = SCREEN_DPI,
                     attribution: str | None = None, data: BasemapData | None = None,
                     overlays: frozenset[str] | set[str] = frozenset(), public: bool = False, grid_m: float = 100.0,
                     labels: bool = True, **options: Any) -> QImage:
    """Draw the project's map into a new ``width_px`` × ``height_px`` image (see the module contract)."""
    return render_map_images(store, width_px, height_px, [frozenset(overlays)], bbox=bbox, dpi=dpi,
                             attribution=attribution, data=data, public=public, grid_m=grid_m, labels=labels,
                             **options)[0]


def render_map_images(store: ProjectStore, width_px: int, height_px: int, overlay_sets: Sequence[frozenset[str]], *,
                      bbox: tuple[float, float, float, float] | None = None, dpi: float = SCREEN_DPI,
                      attribution: str | None = None, data: BasemapData | None = None, public: bool = False,
                      grid_m: float = 100.0, labels: bool = True, **options: Any) -> list[QImage]:
    """One image per set of overlays, as ``render_map_image`` draws each, over one shared basemap
    drawn once (the basemap is most of the time of a render). Without ``bbox`` all frame the
    workshop's area, else the basemap, or with none the union of every set's overlays."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_map_image needs a QGuiApplication or QApplication")
    if not (1 <= width_px <= MAX_SIDE_PX and 1 <= height_px <= MAX_SIDE_PX):
        raise ValueError(arg(Map.tr("Image size must be 1 to %1 pixels a side, not %2x%3"), MAX_SIDE_PX, width_px,
                             height_px))
    if not 10 <= dpi <= 2400:
        raise ValueError(arg(Map.tr("DPI must be between 10 and 2400, not %1"), format_number(dpi)))
    ratio = dpi / SCREEN_DPI  # device pixels per logical (screen) pixel
    layers = stacked_layers(store)
    wanted = [layer.uuid for layer in layers if layer.visible and layer.kind == VECTOR]
    if data is None or not data.covers(wanted):
        data = load_basemap(store, max_resolution) if wanted else None
    items = LayerItems(store, TileCache(capacity=MAX_EXPORT_TILES))
    items.sync(data, layers)
    cache: dict[str, Any] = {}  # what the features read for one set serves the others
    drawn = [build_overlays(store, overlays, public=public, grid_m=grid_m, cache=cache, **options) if overlays else None
             for overlays in overlay_sets]

    if bbox is not None:
        extent = extent_to_mercator(bbox)
    else:
        # Something must be drawn (a basemap, an overlay); then the frame is the workshop's area.
        content = visible_extent(store, layers, data) or union(d.extent() for d in drawn if d is not None)
        workshop = workshop_extent(store) if content is not None else None
        extent = padded(extent_to_mercator(workshop), PROJECT_MARGIN) if workshop is not None else padded(content)
    if extent is None:
        if any(overlay_sets):
            raise ValueError(Map.tr("Nothing to draw: the project has no visible basemap layer and nothing to show "
                                    "in the chosen overlays"))
        raise ValueError(Map.tr("Nothing to draw: the project has no visible basemap layer"))
    width, height = width_px / ratio, height_px / ratio  # logical pixels
    view, units_per_px = _fitted(extent, width, height)
    max_tiles = min(MAX_EXPORT_TILES, max(MAX_TILES, 4 * (width_px // 256 + 2) * (height_px // 256 + 2)))
    for item in items.raster.values():
        if isinstance(item, TileLayerItem):
            item.max_tiles = max_tiles
    items.refresh_tiles(view, units_per_px / ratio)

    base = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
    base.fill(QColor(BACKGROUND))
    base.setDevicePixelRatio(ratio)
    painter = QPainter(base)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Mercator (y up) to logical image pixels (y down), the view's top-left at (0, 0).
    world = QTransform(1 / units_per_px, 0, 0, -1 / units_per_px, -view[0] / units_per_px, view[3] / units_per_px)
    view_rect = QRectF(view[0], view[1], view[2] - view[0], view[3] - view[1])
    paint_layer_items(painter, items, world, view_rect)
    painter.end()

    latitude = point_to_lonlat((view[0] + view[2]) / 2, (view[1] + view[3]) / 2)[1]
    font = QFont(QGuiApplication.font())
    font.setPixelSize(FONT_PX)
    bar = scale_bar_for(units_per_px * ground_scale(latitude))
    if attribution is None:  # no visible layer, no one to credit (overlays alone are the project's own)
        attribution = attribution_of(layers) if any(layer.visible for layer in layers) else ""
    credit = attribution
    frame = ScreenFrame(view[0], view[3], 1 / units_per_px, width, height)
    names = BasemapLabels(data.labels if data is not None and labels else None)
    metres_per_px = units_per_px * ground_scale(latitude)
    images = []
    for overlays in drawn:
        image = base.copy() if len(drawn) > 1 else base
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        reserved = reserved_corners(width, height)
        if overlays is not None:
            points = overlays.drawn_points(world)
            # The legend goes where it hides the fewest markers: labels keep clear of it, and of the markers.
            plate = legend_plate(painter, QSizeF(width, height), small_font(font), overlays.legend_rows(), points)
            if not plate.isEmpty():
                reserved.append((plate.left(), plate.top(), plate.right(), plate.bottom()))
            obstacles = _around_points(points, width, height)
        else:
            obstacles = []
        placed = _place(names, overlays, frame, metres_per_px, reserved, obstacles) if labels else []
        paint_labels(painter, [label for label in placed if label.layer == BASEMAP_LAYER], world)
        if overlays is not None:
            overlays.paint(painter, world, view_rect)
        paint_labels(painter, [label for label in placed if label.layer != BASEMAP_LAYER], world)
        painter.setTransform(QTransform())
        paint_furniture(painter, QSizeF(width, height), font, bar, credit)
        if overlays is not None:
            paint_legend(painter, QSizeF(width, height), small_font(font), overlays.legend_rows(), ratio,
                         overlays.drawn_points(world))
        painter.end()
        image.setDevicePixelRatio(1.0)
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        images.append(image)
    return images


def paint_layer_items(painter: QPainter, items: LayerItems, world: QTransform, view_rect: QRectF) -> None:
    """Paint every basemap item, bottom first, at full quality: ``world`` maps Mercator metres to the
    painter's logical pixels and ``view_rect`` (Mercator) is what the image shows. The room's basemap
    tiles (``map.basemap_tiles``) draw with this too, so phones see what the export shows."""
    for item in items.items():
        painter.save()
        painter.setTransform(item.sceneTransform() * world)
        painter.setOpacity(item.opacity())
        if isinstance(item, BasemapClassItem):
            item.fine, item.budgeted = True, False
            item.paint_view(painter, item.sceneTransform().inverted()[0].mapRect(view_rect))
        else:
            item.paint(painter, None, None)
        painter.restore()


def _place(names: BasemapLabels, overlays: ExportOverlays | None, frame: ScreenFrame, metres_per_px: float,
           reserved: list[tuple[float, float, float, float]], obstacles: list[tuple[float, float, float, float]]
           ) -> list[PlacedLabel]:
    """The labels of one image: the basemap's names and the overlay parts' own, placed together."""
    candidates: list[Candidate] = []
    for candidate in names.label_candidates(frame, metres_per_px):
        candidate.layer = BASEMAP_LAYER
        candidates.append(candidate)
    for index, part in enumerate(overlays.parts if overlays is not None else ()):
        give = getattr(part, "label_candidates", None)
        for candidate in give(frame, metres_per_px) if give is not None else ():
            candidate.layer = index
            candidates.append(candidate)
    return place_labels(candidates, frame, reserved)


def _around_points(points: np.ndarray, width: float, height: float) -> list[tuple[float, float, float, float]]:
    """Boxes around the overlays' markers and vertices inside the image, which labels keep clear of."""
    inside = points[(points[:, 0] > -MARKER_PX) & (points[:, 0] < width + MARKER_PX)
                    & (points[:, 1] > -MARKER_PX) & (points[:, 1] < height + MARKER_PX)]
    return [(x - MARKER_PX, y - MARKER_PX, x + MARKER_PX, y + MARKER_PX) for x, y in inside.tolist()]


def _fitted(extent: Extent, width: float, height: float) -> tuple[Extent, float]:
    """The view (Mercator) centred on ``extent`` that holds it whole in width × height pixels,
    and its Mercator metres per pixel."""
    left, bottom, right, top = extent
    units_per_px = max((right - left) / width, (top - bottom) / height)
    if not math.isfinite(units_per_px) or units_per_px <= 0:
        units_per_px = MIN_FIT_METRES / max(width, height)  # a point: show its surroundings
    centre_x, centre_y = (left + right) / 2, (bottom + top) / 2
    half_w, half_h = units_per_px * width / 2, units_per_px * height / 2
    return (centre_x - half_w, centre_y - half_h, centre_x + half_w, centre_y + half_h), units_per_px


def write_png(image: QImage, path: str) -> bool:
    """Write ``image`` to ``path`` as a PNG only its owner may read; False (nothing left behind) on failure."""
    temporary = f"{path}.part"
    if not image.save(temporary, "PNG"):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    keep_private(temporary)
    try:
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True
