"""The map canvas: batched basemap drawing, navigation, scale bar and north arrow."""

from cosafe.ui.map.canvas import MapCanvas

__all__ = ["MapCanvas"]
