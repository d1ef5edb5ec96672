"""The map canvas: basemap layers (vector, tiles, placed images), navigation, identify,
scale bar and north arrow; ``export.render_map_image`` draws the same map into an image."""

from cosafe.ui.map.canvas import MapCanvas

__all__ = ["MapCanvas"]
