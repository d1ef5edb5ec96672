"""How each basemap style class looks on screen, and how that changes with zoom.

Contract:
- No Qt: colours are "#rrggbb" strings from ``core.palette``; widths are screen
  pixels for cosmetic pens, so a road is as readable at 1:50 000 as at 1:2 000.
- Zoom is expressed as ground metres per screen pixel (``metres_per_pixel``), not as
  a view width, so a large window shows as much detail as a small one at the same
  scale. ``DETAIL_LIMIT`` ≈ a 6 km wide view in a 1200 px canvas.
- ``BASEMAP_DRAW_ORDER`` decides stacking; ``z_value`` turns it into item z values.
- ``style_of(style_class, high_contrast=False)`` and ``background(high_contrast)``: the
  normal style, or the high-contrast one (black ink on white, ``core.palette``) for
  bright rooms and weak projectors. Widths and levels of detail are the same in both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cosafe.core.palette import (BASEMAP_DRAW_ORDER, BASEMAP_STYLES, HIGH_CONTRAST_BACKGROUND, HIGH_CONTRAST_STYLES,
                                 MAP_BACKGROUND)

BACKGROUND = MAP_BACKGROUND
HINT_COLOUR = "#8a8580"
MM_TO_PX = 3.0  # palette widths are print millimetres; 3 px/mm is a legible screen width

DETAIL_LIMIT = 5.0  # m/px beyond which buildings are not drawn
POINT_LIMIT = 2.5  # m/px beyond which point markers (shops, stops) are not drawn: dots everywhere
THIN_LIMIT = 6.0  # m/px beyond which every line is 1 px (Qt strokes those far faster)
CASING_LIMIT = 4.0  # m/px beyond which minor roads lose their casing (one thin stroke)
OUTLINE_LIMIT = 2.0  # m/px beyond which area outlines (building edges) are not drawn

AREA_CLASSES = frozenset({"landuse", "green", "water", "building"})
CASED_CLASSES = frozenset({"minor_road", "major_road"})
# Classes left out beyond a zoom (ground m/px): buildings and footways only clutter a city view.
HIDDEN_BEYOND: dict[str, float] = {"building": DETAIL_LIMIT, "path": 10.0}


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
        if metres_per_pixel > THIN_LIMIT:
            # Qt's fast path is the 1 px cosmetic line; wider ones cost ~15x per segment,
            # and a city-wide view has the most segments.
            return 1.0
        if metres_per_pixel < 1.0:
            # Closer than 1 m/px streets widen (x2 at 0.25 m/px) as they do on paper maps.
            factor = min(2.5, metres_per_pixel ** -0.5)
        else:
            # Thin linearly in log-scale from 1 m/px (factor 1) towards 16 m/px (factor 0.4).
            factor = 1.0 - 0.6 * min(1.0, math.log2(metres_per_pixel) / 4.0)
        return max(1.0, max(self.width_mm, 0.3) * MM_TO_PX * factor)

    def casing(self, metres_per_pixel: float) -> bool:
        if self.style_class not in CASED_CLASSES:
            return False
        return metres_per_pixel <= (THIN_LIMIT if self.style_class == "major_road" else CASING_LIMIT)

    def line_colour(self, cased: bool) -> str:
        """Core colour of lines: area classes use their outline colour (a park's edge line),
        and a road drawn without casing takes its casing colour (white on off-white vanishes)."""
        if self.is_area or (self.style_class in CASED_CLASSES and not cased):
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
        return metres_per_pixel <= max_resolution(self.style_class)


def style_of(style_class: str, high_contrast: bool = False) -> ClassStyle:
    styles = HIGH_CONTRAST_STYLES if high_contrast else BASEMAP_STYLES
    fill, outline, width = styles.get(style_class, styles["other"])
    return ClassStyle(style_class, fill, outline, width)


def background(high_contrast: bool = False) -> str:
    return HIGH_CONTRAST_BACKGROUND if high_contrast else BACKGROUND


def max_resolution(style_class: str) -> float:
    """Coarsest zoom (ground m/px) at which ``style_class`` is drawn."""
    return HIDDEN_BEYOND.get(style_class, math.inf)


def z_value(style_class: str) -> float:
    """Stacking order: BASEMAP_DRAW_ORDER bottom first; unknown classes on top."""
    try:
        return float(BASEMAP_DRAW_ORDER.index(style_class))
    except ValueError:
        return float(len(BASEMAP_DRAW_ORDER))


def points_visible_at(metres_per_pixel: float) -> bool:
    """Point markers (shops, stops, …) only clutter a zoomed-out city view."""
    return metres_per_pixel <= POINT_LIMIT
