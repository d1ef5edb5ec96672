"""The perception layers of an exported map: audit points, pins, incidents, walk routes, heat.

Contract (registered by the analysis package with ``map.overlay_registry``):
- ``build(request) -> PerceptionOverlay`` draws the perception layers of
  ``request.keys`` with the canvas's own ``PerceptionMapLayers``. Options:
  ``content`` (a ``MapContent``, e.g. the canvas's filtered one; default the whole
  project unfiltered, read once per render through ``request.cache``),
  ``heat_source`` (default: unsafe pins, else low audit scores, else recorded
  incidents — the first that has any heat) and ``heat_radius_m``.
- The public variant first snaps the pins and recorded incidents to the centres of a
  ``grid_m`` grid of true ground metres (``core.privacy.snap_to_grid``, as the GIS export does); the heat
  map is made from the snapped pins, and the legend says the pins are blurred.
- ``legend_rows()``: the whole safety-score ramp (a scale reads whole) plus "not
  scored" and dark spots when present, the pin feelings, incidents and route times
  present, the heat map (its source and radius) as a ramp strip, and the public note.
  The marks are the Perception Map panel's own.
- ``project_content(store)`` and ``default_heat_source(content)`` serve the plan's maps too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from cosafe.core.formats import format_number
from cosafe.core.i18n import arg, translate
from cosafe.core.privacy import snap_to_grid
from cosafe.core.projection import to_mercator
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.analysis.content import MapContent
from cosafe.ui.features.analysis.filters import PerceptionFilterState
from cosafe.ui.features.analysis.source import PerceptionSource
from cosafe.ui.features.analysis.style import (AUDIT_POINTS, DEFAULT_RADIUS_M, FEELS_SAFE, FEELS_UNSAFE, HEAT,
                                               INCIDENT_DENSITY, INCIDENTS, LEGEND, LOW_SCORES, NOT_SCORED,
                                               PERCEPTION_LAYERS, PINS, ROUTE_COLOUR, ROUTE_DASHES, ROUTES,
                                               UNSAFE_PINS, heat_legend, score_class)
from cosafe.ui.features.analysis.words import PerceptionMap
from cosafe.ui.map.export_legend import LegendRow, symbol_mark
from cosafe.ui.map.layer_stack import Extent
from cosafe.ui.map.overlay_registry import OverlayRequest




def public_content(content: MapContent, grid_m: float) -> MapContent:
    """``content`` with its pins and recorded incidents snapped to the grid (an incident's exact
    place, with its date and kind, can name who it happened to)."""
    lons, lats = snap_to_grid(content.pin_lons, content.pin_lats, grid_m)
    incident_lons, incident_lats = snap_to_grid(content.incident_lons, content.incident_lats, grid_m)
    return replace(content, pin_lons=lons, pin_lats=lats, incident_lons=incident_lons, incident_lats=incident_lats)


def project_content(store: ProjectStore) -> MapContent:
    """The whole project's perceptions as the canvas draws them with no filter."""
    source = PerceptionSource(PerceptionFilterState())
    source.set_store(store)
    return source.map_content()


def default_heat_source(content: MapContent) -> str | None:
    for source in (UNSAFE_PINS, LOW_SCORES, INCIDENT_DENSITY):
        if (content.heat_input(source)[2] > 0).any():
            return source
    return None


@dataclass
class PerceptionOverlay:
    """The perception layers of one export and what they show."""

    keys: frozenset[str]
    content: MapContent
    heat_source: str | None
    heat_radius_m: float
    blur_m: float | None = None  # the public variant's grid: pins are drawn at its cells' centres

    def extent(self) -> Extent | None:
        bounds = _only(self.content, self.keys, self.heat_source).bounds()
        if bounds is None:
            return None
        x, y = to_mercator([bounds[0], bounds[2]], [bounds[1], bounds[3]])
        return float(x[0]), float(y[0]), float(x[1]), float(y[1])

    def drawn_xy(self) -> np.ndarray:
        drawn = _only(self.content, self.keys, self.heat_source)
        lons = np.concatenate([drawn.point_lons, drawn.pin_lons, drawn.incident_lons,
                               *(line[:, 0] for lines in drawn.routes.values() for line in lines)])
        lats = np.concatenate([drawn.point_lats, drawn.pin_lats, drawn.incident_lats,
                               *(line[:, 1] for lines in drawn.routes.values() for line in lines)])
        x, y = to_mercator(lons, lats)
        return np.column_stack([np.atleast_1d(x), np.atleast_1d(y)])

    def legend_rows(self) -> list[LegendRow]:
        rows: list[LegendRow] = []
        content = self.content
        present = {AUDIT_POINTS: len(content.point_lons) > 0, PINS: len(content.pin_lons) > 0,
                   INCIDENTS: len(content.incident_lons) > 0}
        classes = score_class(content.point_scores)
        feelings = set(np.asarray(content.pin_feelings, dtype=object).tolist())
        for key, text, shape, pen, brush in LEGEND:
            if key not in self.keys or not present[key]:
                continue
            if text == NOT_SCORED and not (classes < 0).any():
                continue
            if shape == "ring" and not np.asarray(content.point_dark, dtype=bool).any():
                continue
            if key == PINS and {FEELS_SAFE: "safe", FEELS_UNSAFE: "unsafe"}.get(text) not in feelings:
                continue
            rows.append(LegendRow(translate("PerceptionMap", text), symbol_mark(shape, pen, brush)))
        if ROUTES in self.keys:
            walked = {"day": PerceptionMap.tr("Audit walk by day"), "dusk": PerceptionMap.tr("Audit walk at dusk"),
                      "night": PerceptionMap.tr("Audit walk at night")}
            for time, dash in ROUTE_DASHES.items():
                if content.routes.get(time):
                    rows.append(LegendRow(walked[time], symbol_mark("", ROUTE_COLOUR, None, dash)))
        if HEAT in self.keys and self.heat_source is not None:
            heat = {UNSAFE_PINS: PerceptionMap.tr("Heat of unsafe pins (%1 m): fewer → more"),
                    LOW_SCORES: PerceptionMap.tr("Heat of low audit scores (%1 m): fewer → more"),
                    INCIDENT_DENSITY: PerceptionMap.tr("Heat of recorded incidents (%1 m): fewer → more")}
            text = heat.get(self.heat_source, PerceptionMap.tr("Heat map (%1 m): fewer → more"))
            rows.append(LegendRow(arg(text, format_number(self.heat_radius_m)), heat_legend, wide=True))
        pins_shown = (PINS in self.keys and present[PINS]) or (HEAT in self.keys and self.heat_source == UNSAFE_PINS)
        incidents_shown = ((INCIDENTS in self.keys and present[INCIDENTS])
                           or (HEAT in self.keys and self.heat_source == INCIDENT_DENSITY))
        if self.blur_m is not None and (pins_shown or incidents_shown):
            if pins_shown and incidents_shown:
                blurred = PerceptionMap.tr("Pin and incident locations blurred to a %1 m grid")
            elif pins_shown:
                blurred = PerceptionMap.tr("Pin locations blurred to a %1 m grid")
            else:
                blurred = PerceptionMap.tr("Incident locations blurred to a %1 m grid")
            rows.append(LegendRow(arg(blurred, format_number(self.blur_m))))
        return rows


def _only(content: MapContent, keys: frozenset[str], heat_source: str | None) -> MapContent:
    """``content`` keeping only the layers drawn (the heat map's source points count as drawn)."""
    keep = set(keys)
    if HEAT in keep and heat_source is not None:
        keep.add({UNSAFE_PINS: PINS, LOW_SCORES: AUDIT_POINTS, INCIDENT_DENSITY: INCIDENTS}[heat_source])
    empty = MapContent()
    points, pins, incidents = AUDIT_POINTS in keep, PINS in keep, INCIDENTS in keep
    return MapContent(
        point_lons=content.point_lons if points else empty.point_lons,
        point_lats=content.point_lats if points else empty.point_lats,
        point_scores=content.point_scores if points else empty.point_scores,
        point_dark=content.point_dark if points else empty.point_dark,
        pin_lons=content.pin_lons if pins else empty.pin_lons,
        pin_lats=content.pin_lats if pins else empty.pin_lats,
        pin_feelings=content.pin_feelings if pins else empty.pin_feelings,
        incident_lons=content.incident_lons if incidents else empty.incident_lons,
        incident_lats=content.incident_lats if incidents else empty.incident_lats,
        routes=content.routes if ROUTES in keep else {})


def build(request: OverlayRequest) -> PerceptionOverlay:
    content = request.options.get("content")
    if content is None:
        if "project_content" not in request.cache:  # read once for every image of a render
            request.cache["project_content"] = project_content(request.store)
        content = request.cache["project_content"]
    if request.public:
        content = public_content(content, request.grid_m)
    heat_source = request.options.get("heat_source")
    if HEAT in request.keys and heat_source is None:
        heat_source = default_heat_source(content)
    radius_m = float(request.options.get("heat_radius_m", DEFAULT_RADIUS_M))
    part = PerceptionOverlay(request.keys, content, heat_source if HEAT in request.keys else None, radius_m,
                             blur_m=request.grid_m if request.public else None)
    from cosafe.ui.features.analysis.map_layers import PerceptionMapLayers  # pyqtgraph: loaded with the first export

    layers = PerceptionMapLayers(request.view)
    for key in PERCEPTION_LAYERS:
        layers.set_layer_visible(key, key in request.keys)
    layers.set_heat(part.heat_source, radius_m)
    layers.show(content)
    return part
