"""How each basemap style class looks on screen, and how that changes with zoom.

Contract:
- No Qt: colours are "#rrggbb" strings from ``core.palette``; widths are screen
  pixels for cosmetic pens, so a road is as readable at 1:50 000 as at 1:2 000.
- Zoom is expressed as ground metres per screen pixel (``metres_per_pixel``), not as
  a view width, so a large window shows as much detail as a small one at the same
  scale. ``DETAIL_LIMIT`` ≈ a 6 km wide view in a 1200 px canvas.
- ``BASEMAP_DRAW_ORDER`` decides stacking; ``z_value`` turns it into item z values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cosafe.core.palette import BASEMAP_DRAW_ORDER, BASEMAP_STYLES

BACKGROUND = "#f5f3ef"  # a warm off-white, so white minor roads with casings still read
HINT_COLOUR = "#8a8580"
MM_TO_PX = 3.0  # palette widths are print millimetres; 3 px/mm is a legible screen width

DETAIL_LIMIT = 5.0  # m/px beyond which buildings and point markers are not drawn
CASING_LIMIT = 4.0  # m/px beyond which minor roads lose their casing (one thin stroke)
OUTLINE_LIMIT = 2.0  # m/px beyond which area outlines (building edges) are not drawn

AREA_CLASSES = frozenset({"landuse", "green", "water", "building"})
CASED_CLASSES = frozenset({"minor_road", "major_road"})
DETAIL_CLASSES = frozenset({"building"})


@dataclass(frozen=True)
class ClassStyle:
    style_class: str
    fill: str  # polygon fill, line core, point marker colour
    outline: str  # polygon outline, road casing, point marker ring
    width_mm: float

    @property
    def is_area(self) -> bool:
        return self.style_class in AREA_CLASSES

    def line_width(self, metres_per_pixel: float) -> float:
        """Core width of a line in screen pixels: full at street scale, thinner zoomed out."""
        # Thin linearly in log-scale from 1 m/px (factor 1) to 16 m/px (factor 0.4).
        t = min(1.0, max(0.0, math.log2(max(metres_per_pixel, 1e-9)) / 4.0))
        width = max(self.width_mm, 0.3) * MM_TO_PX * (1.0 - 0.6 * t)
        return max(1.0, width)

    def casing(self, metres_per_pixel: float) -> bool:
        if self.style_class not in CASED_CLASSES:
            return False
        return self.style_class == "major_road" or metres_per_pixel <= CASING_LIMIT

    def line_colour(self, metres_per_pixel: float) -> str:
        """Core colour of lines: area classes use their outline colour (a park's edge line),
        and a minor road without casing takes its casing colour (white on off-white vanishes)."""
        if self.is_area:
            return self.outline
        if self.style_class in CASED_CLASSES and not self.casing(metres_per_pixel):
            return self.outline
        return self.fill

    def polygon_outline_width(self, metres_per_pixel: float) -> float:
        """Outline width in pixels, 0 for none (no outline, or zoomed too far out)."""
        if self.width_mm <= 0 or self.outline == self.fill or metres_per_pixel > OUTLINE_LIMIT:
            return 0.0
        return 1.0

    def marker_diameter(self) -> float:
        return max(4.0, self.width_mm * MM_TO_PX)

    def visible_at(self, metres_per_pixel: float) -> bool:
        return not (self.style_class in DETAIL_CLASSES and metres_per_pixel > DETAIL_LIMIT)


def style_of(style_class: str) -> ClassStyle:
    fill, outline, width = BASEMAP_STYLES.get(style_class, BASEMAP_STYLES["other"])
    return ClassStyle(style_class, fill, outline, width)


def z_value(style_class: str) -> float:
    """Stacking order: BASEMAP_DRAW_ORDER bottom first; unknown classes on top."""
    try:
        return float(BASEMAP_DRAW_ORDER.index(style_class))
    except ValueError:
        return float(len(BASEMAP_DRAW_ORDER))


def points_visible_at(metres_per_pixel: float) -> bool:
    """Point markers (shops, stops, …) only clutter a zoomed-out city view."""
    return metres_per_pixel <= DETAIL_LIMIT
