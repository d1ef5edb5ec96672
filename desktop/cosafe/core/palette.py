"""Colours shared by the map canvas, the exported maps and the QGIS layer styles.

Workshop colours come from the Okabe–Ito palette, which stays distinguishable for
people with the common forms of colour blindness.
"""

from __future__ import annotations

# style class -> (fill or line colour, outline colour, line width in mm)
BASEMAP_STYLES: dict[str, tuple[str, str, float]] = {
    "landuse": ("#ece7dc", "#ece7dc", 0.0),
    "green": ("#c8e6b0", "#9cc78a", 0.2),
    "water": ("#a9d3f0", "#7fb6de", 0.2),
    "waterway": ("#7fb6de", "#7fb6de", 1.6),
    "building": ("#d9d0c7", "#b9aea3", 0.15),
    "railway": ("#8c8c8c", "#8c8c8c", 0.6),
    "path": ("#b07a4f", "#b07a4f", 0.35),
    "minor_road": ("#ffffff", "#c9c2b8", 0.9),
    "major_road": ("#f7d58b", "#d9a84f", 1.6),
    "transport": ("#0072B2", "#ffffff", 2.4),
    "lamp": ("#f2c14e", "#8a6d1f", 1.1),  # small and warm: many of them, and light matters
    "poi": ("#6a51a3", "#ffffff", 2.0),
    "other": ("#dedbd5", "#b5b0a8", 0.3),  # light: unknown areas must not read as dark blocks
}

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
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)

FEELING_COLOURS = {"safe": "#009E73", "unsafe": "#D55E00"}
FEELING_SHAPES = {"safe": "diamond", "unsafe": "triangle"}  # a warning sign for unsafe: colour is not alone
PROPOSAL_COLOUR = "#0072B2"
AUDIT_COLOUR = "#CC79A7"
INCIDENT_COLOUR = "#555555"
