"""The analysis feature: the perception layers on the map, their filters, legend and charts.

Registers the perception layers as overlays of exported maps (``map_export``).
"""

from cosafe.ui.features.analysis.style import LAYER_LABELS, PERCEPTION_LAYERS
from cosafe.ui.map.overlay_registry import OverlayPart, OverlayRequest, register_overlays


def _build_export(request: OverlayRequest) -> OverlayPart:
    # map_export loads with the first export: it needs pyqtgraph and the map items.
    from cosafe.ui.features.analysis.map_export import build

    return build(request)


register_overlays({key: LAYER_LABELS[key] for key in PERCEPTION_LAYERS}, _build_export,
                  options=("content", "heat_source", "heat_radius_m"), order=20, context="PerceptionMap")
