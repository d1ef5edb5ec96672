"""Colours shared by the map canvas, the exported maps and the QGIS layer styles.

Group colours mark whose sketch is whose, so they must stay apart from each other and
from everything the basemap draws, for people with the common forms of colour
blindness too; tests/core/test_palette.py measures it (CIEDE2000, also as seen with
deuteranopia and protanopia, ``core.colour_vision``):
- ``GROUP_COLOURS`` (the colours a group can have, in the order new groups get them)
  are Okabe–Ito's blue, orange, bluish green, reddish purple and vermillion, then
  wine, maroon and ultramarine: every two differ by at least ΔE 12, and each shows on
  the light map (contrast 2:1 or more). Okabe–Ito's sky blue was the river's colour,
  its yellow vanished on the light map, and its black is the high-contrast map's ink.
- The basemap (``BASEMAP_STYLES``) draws its lines and marks in light, greyish tones
  (white roads in a warm grey casing, pale paths and stops), at least ΔE 12 from every
  group colour. Its major roads were yellow with an orange casing: the orange group's
  sketches disappeared along them.
- ``HIGH_CONTRAST_STYLES`` (View › High-Contrast Map, for bright rooms and weak
  projectors) is black ink on white with pale fills, on ``HIGH_CONTRAST_BACKGROUND``:
  group colours are the only colour on the map.
"""

from __future__ import annotations

from cosafe.core.i18n import QT_TRANSLATE_NOOP

# style class -> (fill or line colour, outline colour, line width in mm)
BASEMAP_STYLES: dict[str, tuple[str, str, float]] = {
    "landuse": ("#ece7dc", "#ece7dc", 0.0),
    "green": ("#c8e6b0", "#9cc78a", 0.2),
    "water": ("#a9d3f0", "#7fb6de", 0.2),
    "waterway": ("#a9d3f0", "#a9d3f0", 1.6),
    "building": ("#d9d0c7", "#b9aea3", 0.15),
    "railway": ("#bdbdbd", "#bdbdbd", 0.6),
    "path": ("#d4c1a8", "#d4c1a8", 0.35),
    "minor_road": ("#ffffff", "#c9c2b8", 0.9),
    "major_road": ("#ffffff", "#bdb5ab", 1.6),  # wider than a minor road; no colour of a group
    "transport": ("#ffffff", "#2f3b44", 2.4),  # a white stop ringed dark
    "lamp": ("#fff4b8", "#6e6250", 1.1),  # small and pale yellow: many of them, and light matters
    "poi": ("#e8dccf", "#7a6f65", 2.0),
    "other": ("#dedbd5", "#b5b0a8", 0.3),  # light: unknown areas must not read as dark blocks
}
MAP_BACKGROUND = "#f5f3ef"  # a warm off-white, so white minor roads with casings still read

INK = "#1a1a1a"
HIGH_CONTRAST_STYLES: dict[str, tuple[str, str, float]] = {
    "landuse": ("#ffffff", "#ffffff", 0.0),
    "green": ("#e3ecdd", INK, 0.2),
    "water": ("#c6dbe9", INK, 0.2),
    "waterway": ("#c6dbe9", "#c6dbe9", 1.6),
    "building": ("#e6e6e6", "#8a8a8a", 0.15),  # grey edges: the streets, in ink, carry the map
    "railway": (INK, INK, 0.6),
    "path": (INK, INK, 0.35),
    "minor_road": ("#ffffff", INK, 1.0),
    "major_road": ("#ffffff", INK, 1.8),
    "transport": ("#ffffff", INK, 2.4),
    "lamp": ("#fff4b8", INK, 1.1),
    "poi": ("#ffffff", INK, 2.0),
    "other": ("#f0f0f0", INK, 0.3),
}
HIGH_CONTRAST_BACKGROUND = "#ffffff"

# Drawing order, bottom first.
BASEMAP_DRAW_ORDER: tuple[str, ...] = (
    "landuse", "green", "water", "waterway", "building", "railway", "path", "minor_road", "major_road", "lamp", "poi", "transport",
    "other",
)

GROUP_COLOURS: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#882255",  # wine (Paul Tol)
    "#801500",  # maroon
    "#0000CC",  # ultramarine
)
# What the colour pickers call them; the last three are earlier palettes' colours groups may still have.
# Marked for the catalogue (context "GroupColours"), translated where shown (ui.features.workshops.words.colour_name).
GROUP_COLOUR_NAMES: dict[str, str] = {
    "#0072B2": QT_TRANSLATE_NOOP("GroupColours", "Blue"), "#E69F00": QT_TRANSLATE_NOOP("GroupColours", "Orange"),
    "#009E73": QT_TRANSLATE_NOOP("GroupColours", "Bluish green"),
    "#CC79A7": QT_TRANSLATE_NOOP("GroupColours", "Reddish purple"),
    "#D55E00": QT_TRANSLATE_NOOP("GroupColours", "Vermillion"), "#882255": QT_TRANSLATE_NOOP("GroupColours", "Wine"),
    "#801500": QT_TRANSLATE_NOOP("GroupColours", "Maroon"), "#0000CC": QT_TRANSLATE_NOOP("GroupColours", "Ultramarine"),
    "#56B4E9": QT_TRANSLATE_NOOP("GroupColours", "Sky blue"), "#F0E442": QT_TRANSLATE_NOOP("GroupColours", "Yellow"),
    "#000000": QT_TRANSLATE_NOOP("GroupColours", "Black"),
}

FEELING_COLOURS = {"safe": "#009E73", "unsafe": "#D55E00"}
FEELING_SHAPES = {"safe": "diamond", "unsafe": "triangle"}  # a warning sign for unsafe: colour is not alone
PROPOSAL_COLOUR = "#0072B2"
AUDIT_COLOUR = "#CC79A7"
INCIDENT_COLOUR = "#555555"
