"""The maps of the exported action plan, drawn by the canvas's renderer (``map.export``).

Contract:
- ``render_plan_maps(store, width_px, height_px, dpi=150, public=False, grid_m=100)
  -> list[PlanMap]`` in this order, each only when it has something to show:
  "audit_scores" (audit points by safety score, dark spots, walk routes), "pins"
  (perception pins by feeling), "heat" (heat map of unsafe pins, or of low audit
  scores when there are none, or of recorded incidents), "proposals" (the workshop
  proposals by group).
- Every map frames the same area — everything any of them shows, with a margin — so
  they can be compared page to page. ``caption`` says what is shown and how to read
  it; with ``public`` the pins (and the heat made from them) are snapped to a
  ``grid_m`` grid first, and the captions say so. ``png`` is the encoded image
  (``width_px`` × ``height_px``, its DPI recorded).
- Needs a QGuiApplication (the CLI runs with QT_QPA_PLATFORM=offscreen). Only reads the store.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from cosafe.core.formats import format_number
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.projection import to_lonlat
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.analysis.api import (AUDIT_POINTS, DEFAULT_RADIUS_M, HEAT, HEAT_SOURCES, INCIDENT_DENSITY,
                                             LOW_SCORES, PINS, ROUTES, UNSAFE_PINS, MapContent, default_heat_source,
                                             project_content)
from cosafe.ui.features.plan.words import PlanMaps
from cosafe.ui.features.proposals.api import PROPOSALS
from cosafe.ui.map.export import render_map_images
from cosafe.ui.map.export_overlays import build_overlays, overlay_keys
from cosafe.ui.map.layer_stack import padded, union

MARGIN_SHARE = 0.08  # of the framed area on each side: markers at the edge stay whole
MIN_FRAME_M = 600.0  # Mercator metres: a handful of points still shows the streets around them
PNG_QUALITY = 80  # Qt's PNG "quality" is the inverse of zlib's effort


@dataclass(frozen=True)
class PlanMap:
    key: str
    title: str
    caption: str
    png: bytes


# Marked words, translated where the captions are written (``translate("PlanMaps", …)``).
_ROUTE_STYLES = (("day", QT_TRANSLATE_NOOP("PlanMaps", "solid by day")),
                 ("dusk", QT_TRANSLATE_NOOP("PlanMaps", "dash-dot at dusk")),
                 ("night", QT_TRANSLATE_NOOP("PlanMaps", "dashed at night")))
_HEAT_TITLE = {
    UNSAFE_PINS: QT_TRANSLATE_NOOP("PlanMaps", "Heat map: unsafe pins"),
    LOW_SCORES: QT_TRANSLATE_NOOP("PlanMaps", "Heat map: low audit scores"),
    INCIDENT_DENSITY: QT_TRANSLATE_NOOP("PlanMaps", "Heat map: recorded incidents"),
}
_HEAT_READING = {
    UNSAFE_PINS: QT_TRANSLATE_NOOP("PlanMaps", "Heat map of where participants marked feeling unsafe."),
    LOW_SCORES: QT_TRANSLATE_NOOP("PlanMaps", "Heat map of where audit points scored low for safety (a score of 0 "
                                              "weighs most, 5 nothing)."),
    INCIDENT_DENSITY: QT_TRANSLATE_NOOP("PlanMaps", "Heat map of where incidents were recorded (imported data, not "
                                                    "perceptions)."),
}


def _sentences(*parts: str) -> str:
    """Whole sentences, each translated on its own, one after the other."""
    return " ".join(part for part in parts if part)


def _plans(content: MapContent, has_proposals: bool, public: bool, grid_m: float, radius_m: float
           ) -> list[tuple[str, frozenset[str], str, str]]:
    """(key, overlays, title, caption) of each map that has something to show."""
    blurred = arg(PlanMaps.tr("Pin locations blurred to a %1 m grid: each pin is drawn at the centre of its %1 m "
                              "square, so pins in one square are drawn on top of each other."),
                  format_number(grid_m)) if public else ""
    plans = []
    if len(content.point_lons):
        unscored = PlanMaps.tr("Grey squares were not scored.") if np.isnan(content.point_scores).any() else ""
        dark = PlanMaps.tr("Black rings: lighting scored 0 (dark spots).") if np.asarray(content.point_dark).any() \
            else ""
        times = [translate("PlanMaps", text) for time, text in _ROUTE_STYLES if content.routes.get(time)]
        routes = arg(PlanMaps.tr("Pink lines: the audit walk routes (%1).", "%1: how each time of day is drawn"),
                     ", ".join(times)) if times else ""
        plans.append(("audit_scores", frozenset({AUDIT_POINTS, ROUTES}),
                      PlanMaps.tr("Safety audit: scores along the walks"),
                      _sentences(PlanMaps.tr("Audit points coloured by their mean safety score, 0 (poor, dark purple) "
                                             "to 5 (good, yellow)."), unscored, dark, routes)))
    if len(content.pin_lons):
        plans.append(("pins", frozenset({PINS}), PlanMaps.tr("Where people feel safe and unsafe"),
                      _sentences(PlanMaps.tr("Perception pins placed by workshop participants: green diamonds where "
                                             "they feel safe, orange triangles where they feel unsafe."), blurred)))
    source = default_heat_source(content)
    if source is not None:
        title = translate("PlanMaps", _HEAT_TITLE[source]) if source in _HEAT_TITLE else dict(HEAT_SOURCES)[source]
        plans.append(("heat", frozenset({HEAT}), title,
                      _sentences(translate("PlanMaps", _HEAT_READING[source]),
                                 arg(PlanMaps.tr("Each point spreads over %1 m; the darker the red, the more of them "
                                                 "close together. Pale or no colour: few or none."), format_number(radius_m)),
                                 blurred if source == UNSAFE_PINS else "")))
    if has_proposals:
        plans.append(("proposals", frozenset({PROPOSALS}), PlanMaps.tr("Workshop proposals"),
                      PlanMaps.tr("Proposals drawn by the workshop groups: markers mark a place, lines a route, shaded "
                                  "areas an area to change. Each group has its colour and also its own marker shape, "
                                  "line dash and area hatch (see the legend), so groups can be told apart without "
                                  "colour. The action plan links its actions to them.")))
    return plans


def render_plan_maps(store: ProjectStore, width_px: int, height_px: int, dpi: float = 150, public: bool = False,
                     grid_m: float = 100) -> list[PlanMap]:
    """Draw the plan's maps (see the module contract)."""
    radius_m = float(DEFAULT_RADIUS_M)
    content = project_content(store)
    everything = build_overlays(store, frozenset(overlay_keys()) - {HEAT}, content=content, public=public,
                                grid_m=grid_m)
    has_proposals = bool(everything.part(PROPOSALS).legend_rows())
    plans = _plans(everything.part(PINS).content, has_proposals, public, grid_m, radius_m)
    if not plans:
        return []
    images = render_map_images(store, width_px, height_px, [overlays for _key, overlays, _t, _c in plans],
                               bbox=_frame(everything.extent()), dpi=dpi, content=content, public=public,
                               grid_m=grid_m, heat_radius_m=radius_m)
    # Encoding is a third of the time and Qt lets go of the GIL meanwhile: encode side by side.
    with ThreadPoolExecutor(max_workers=min(len(images), os.cpu_count() or 1)) as pool:
        pngs = list(pool.map(_png, images))
    return [PlanMap(key, title, caption, png) for (key, _o, title, caption), png in zip(plans, pngs)]


def _frame(extent: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
    """The lon/lat box every plan map shows: what they draw, with a margin."""
    if extent is None:
        return None
    left, bottom, right, top = extent
    margin = max(right - left, top - bottom) * MARGIN_SHARE
    framed = padded(union([(left - margin, bottom - margin, right + margin, top + margin)]))
    assert framed is not None
    left, bottom, right, top = framed
    grow_x, grow_y = max(0.0, MIN_FRAME_M - (right - left)) / 2, max(0.0, MIN_FRAME_M - (top - bottom)) / 2
    lons, lats = to_lonlat([left - grow_x, right + grow_x], [bottom - grow_y, top + grow_y])
    return float(lons[0]), float(lats[0]), float(lons[1]), float(lats[1])


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # No alpha (the map is opaque) and light compression: a fifth of the default's time, a tenth larger.
    if not image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "PNG", PNG_QUALITY):
        # Shown to the person: "The maps could not be drawn (…)".
        raise RuntimeError(PlanMaps.tr("the map image could not be encoded as PNG"))
    buffer.close()
    return bytes(data.data())
