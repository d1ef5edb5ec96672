"""The perception layers of one map: what is drawn, which layers show, and the heat map.

Contract:
- It draws a ``features.analysis.content.MapContent`` (plain lon/lat arrays).
- ``PerceptionMapLayers(view_box)``; ``show(content)`` replaces every item (a few
  batched items per layer, see ``features.analysis.map_items``); ``clear()`` removes them.
- ``set_layer_visible(key, on)`` / ``is_layer_visible(key)`` for the keys of
  ``features.analysis.style.LAYER_LABELS`` (the heat map included); hidden layers keep
  their items, just not shown. The heat map is off until a source is chosen.
- ``set_heat(source | None, radius_m)`` computes the heat grid of the shown content
  (``core.heatmap.heat_grid``, well under 0.2 s for 10,000 points) and shows it as
  one image below the markers; None turns it off. ``show`` recomputes it for the
  new content.
- ``items(key)`` lists a layer's items; ``heat_item`` is the image. Only reads.
"""

from __future__ import annotations

import pyqtgraph as pg

from cosafe.core.heatmap import heat_grid
from cosafe.ui.features.analysis.heat_items import HeatItem
from cosafe.ui.features.analysis.content import MapContent
from cosafe.ui.features.analysis.map_items import audit_point_items, incident_items, pin_items, route_items
from cosafe.ui.features.analysis.style import AUDIT_POINTS, HEAT, INCIDENTS, LAYER_LABELS, PINS, ROUTES


class PerceptionMapLayers:
    """The perception items in one ViewBox."""

    def __init__(self, view_box: pg.ViewBox) -> None:
        self._view_box = view_box
        self._items: dict[str, list] = {key: [] for key in LAYER_LABELS if key != HEAT}
        self._visible = {key: True for key in LAYER_LABELS}
        self.content = MapContent()
        self.heat_item = HeatItem()
        self.heat_item.setVisible(False)
        view_box.addItem(self.heat_item, ignoreBounds=True)
        self.heat_source: str | None = None
        self.heat_radius_m = 100.0

    def items(self, key: str) -> list:
        return list(self._items.get(key, []))

    def show(self, content: MapContent) -> None:
        self._remove_items()
        self.content = content
        built = {AUDIT_POINTS: audit_point_items(content.point_lons, content.point_lats, content.point_scores,
                                                 content.point_dark),
                 PINS: pin_items(content.pin_lons, content.pin_lats, content.pin_feelings),
                 INCIDENTS: incident_items(content.incident_lons, content.incident_lats),
                 ROUTES: route_items(content.routes)}
        for key, items in built.items():
            self._items[key] = items
            for item in items:
                item.setVisible(self._visible[key])
                self._view_box.addItem(item, ignoreBounds=True)
        self._update_heat()

    def clear(self) -> None:
        self.show(MapContent())

    def _remove_items(self) -> None:
        for key, items in self._items.items():
            for item in items:
                self._view_box.removeItem(item)
            self._items[key] = []

    def set_layer_visible(self, key: str, on: bool) -> None:
        if key not in self._visible:
            raise ValueError(f"No perception layer {key!r}")
        self._visible[key] = on
        if key == HEAT:
            self._update_heat()
        for item in self._items.get(key, []):
            item.setVisible(on)

    def is_layer_visible(self, key: str) -> bool:
        return self._visible[key]

    def set_heat(self, source: str | None, radius_m: float) -> None:
        self.heat_source = source
        self.heat_radius_m = float(radius_m)
        self._update_heat()

    def _update_heat(self) -> None:
        if self.heat_source is None or not self._visible[HEAT]:
            self.heat_item.set_grid(None)
            return
        lons, lats, weights = self.content.heat_input(self.heat_source)
        keep = weights > 0
        if not keep.any():
            self.heat_item.set_grid(None)
            return
        self.heat_item.set_grid(heat_grid(lons[keep], lats[keep], weights[keep], self.heat_radius_m))
