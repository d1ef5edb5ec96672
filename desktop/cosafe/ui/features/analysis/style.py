"""How perceptions look on the map and in its legend (no pyqtgraph: the window loads it late).

Contract:
- Layer keys and their labels (``LAYER_LABELS``); ``SCORE_CLASSES``, the
  colour-blind-safe sequential ramp (viridis: ordered in lightness, so it also reads
  in grey) of audit points by their 0–5 safety score, dark meaning poor;
  ``score_class`` puts scores in those classes.
- Shapes tell things apart without colour: audit points are small squares with a dark
  edge (proposals on the same map have their group's shape, ``core.group_symbols``,
  white-edged), dark spots a heavy black ring around theirs, safe pins
  diamonds, unsafe pins triangles, recorded
  incidents crosses; walk routes are solid by day, dash-dot at dusk, dashed at
  night. The shapes are the map's own (``map.symbols.SHAPES``, drawn as swatches by
  ``symbol_icon``); ``LEGEND`` lists every style.
- Heat map colours: ``heat_lut`` — a colour-blind-safe sequential ramp (ColorBrewer
  YlOrRd, light to dark red) whose opacity rises with the value, so empty cells
  leave the map untouched and a hot spot never hides the streets under it.
- Heat map sources (``HEAT_SOURCES``), radius limits, and ``heat_weights``: an
  unsafe pin weighs 1, a safe one 0; an audit point (5 − score) / 5 (unscored 0);
  an incident 1.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from cosafe.core.heatmap import low_score_weights
from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.palette import AUDIT_COLOUR, FEELING_COLOURS, INCIDENT_COLOUR
from cosafe.ui.map.symbols import MARKER_OUTLINE, WHITE

HEAT, ROUTES, INCIDENTS, AUDIT_POINTS, PINS = "heat", "routes", "incidents", "audit_points", "pins"
# In English, marked for context "PerceptionMap": shown through ``translate("PerceptionMap", label)``.
LAYER_LABELS = {
    AUDIT_POINTS: QT_TRANSLATE_NOOP("PerceptionMap", "Audit points (safety score)"),
    PINS: QT_TRANSLATE_NOOP("PerceptionMap", "Perception pins"),
    ROUTES: QT_TRANSLATE_NOOP("PerceptionMap", "Audit walk routes"),
    INCIDENTS: QT_TRANSLATE_NOOP("PerceptionMap", "Recorded incidents"),
    HEAT: QT_TRANSLATE_NOOP("PerceptionMap", "Heat map"),
}
# The tooltip of each layer's tick in the View menu.
LAYER_TIPS = {
    AUDIT_POINTS: QT_TRANSLATE_NOOP("PerceptionMap", "Show audit points (safety score) on the map"),
    PINS: QT_TRANSLATE_NOOP("PerceptionMap", "Show perception pins on the map"),
    ROUTES: QT_TRANSLATE_NOOP("PerceptionMap", "Show audit walk routes on the map"),
    INCIDENTS: QT_TRANSLATE_NOOP("PerceptionMap", "Show recorded incidents on the map"),
    HEAT: QT_TRANSLATE_NOOP("PerceptionMap", "Show heat map on the map"),
}
LAYER_ORDER = (AUDIT_POINTS, PINS, ROUTES, INCIDENTS)  # the marker layers, as the panel lists them
PERCEPTION_LAYERS = (AUDIT_POINTS, PINS, INCIDENTS, ROUTES, HEAT)  # as an exported map offers them

SCORE_CLASSES: tuple[tuple[str, str], ...] = (
    ("#440154", QT_TRANSLATE_NOOP("PerceptionMap", "Safety score 0–1 poor")),
    ("#3B528B", QT_TRANSLATE_NOOP("PerceptionMap", "Safety score 1–2")),
    ("#21908C", QT_TRANSLATE_NOOP("PerceptionMap", "Safety score 2–3")),
    ("#5DC863", QT_TRANSLATE_NOOP("PerceptionMap", "Safety score 3–4")),
    ("#FDE725", QT_TRANSLATE_NOOP("PerceptionMap", "Safety score 4–5 good")))
NO_SCORE_COLOUR = "#9E9E9E"
POINT_PX, DARK_SPOT_PX, PIN_PX, INCIDENT_PX = 10.0, 20.0, 13.0, 11.0
ROUTE_PX = 3.0
ROUTE_COLOUR = AUDIT_COLOUR
ROUTE_DASHES = {"day": Qt.PenStyle.SolidLine, "dusk": Qt.PenStyle.DashDotLine, "night": Qt.PenStyle.DashLine}


# (layer, label, shape, pen colour, brush colour or None for hollow); labels in English, context "PerceptionMap"
NOT_SCORED = QT_TRANSLATE_NOOP("PerceptionMap", "Not scored")
FEELS_SAFE = QT_TRANSLATE_NOOP("PerceptionMap", "Feels safe")
FEELS_UNSAFE = QT_TRANSLATE_NOOP("PerceptionMap", "Feels unsafe")
LEGEND: tuple[tuple[str, str, str, str, str | None], ...] = (
    *((AUDIT_POINTS, label, "square", MARKER_OUTLINE, colour) for colour, label in SCORE_CLASSES),
    (AUDIT_POINTS, NOT_SCORED, "square", NO_SCORE_COLOUR, None),
    (AUDIT_POINTS, QT_TRANSLATE_NOOP("PerceptionMap", "Dark spot (lighting scored 0)"), "ring", "#000000", None),
    (PINS, FEELS_SAFE, "diamond", WHITE, FEELING_COLOURS["safe"]),
    (PINS, FEELS_UNSAFE, "triangle", WHITE, FEELING_COLOURS["unsafe"]),
    (INCIDENTS, QT_TRANSLATE_NOOP("PerceptionMap", "Recorded incident (imported data)"), "cross", WHITE,
     INCIDENT_COLOUR),
)

UNSAFE_PINS, LOW_SCORES, INCIDENT_DENSITY = "unsafe_pins", "low_scores", "incidents"
# Labels in English, context "PerceptionMap"; ``HEAT_TIPS`` are their tooltips in the View menu.
HEAT_TIPS = {
    UNSAFE_PINS: QT_TRANSLATE_NOOP("PerceptionMap", "Make the heat map from unsafe pins"),
    LOW_SCORES: QT_TRANSLATE_NOOP("PerceptionMap", "Make the heat map from low audit scores"),
    INCIDENT_DENSITY: QT_TRANSLATE_NOOP("PerceptionMap", "Make the heat map from recorded incidents"),
}
HEAT_SOURCES: tuple[tuple[str, str], ...] = (
    (UNSAFE_PINS, QT_TRANSLATE_NOOP("PerceptionMap", "Unsafe pins")),
    (LOW_SCORES, QT_TRANSLATE_NOOP("PerceptionMap", "Low audit scores")),
    (INCIDENT_DENSITY, QT_TRANSLATE_NOOP("PerceptionMap", "Recorded incidents")),
)
DEFAULT_RADIUS_M = 100
MIN_RADIUS_M, MAX_RADIUS_M = 10, 1000

MAX_ALPHA = 200  # of 255 at the hottest cell
_RAMP = ("#FFFFB2", "#FED976", "#FEB24C", "#FD8D3C", "#F03B20", "#BD0026")  # YlOrRd


def heat_lut() -> np.ndarray:
    """256 RGBA rows: the YlOrRd ramp with alpha from 0 (value 0) to MAX_ALPHA (value 1)."""
    stops = np.linspace(0.0, 1.0, len(_RAMP))
    rgb = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in _RAMP], dtype=float)
    t = np.linspace(0.0, 1.0, 256)
    lut = np.empty((256, 4), dtype=np.uint8)
    for channel in range(3):
        lut[:, channel] = np.interp(t, stops, rgb[:, channel]).round()
    # Faint cells fade out fast: a radius of smoothing should not tint the whole city.
    lut[:, 3] = (np.clip(t / 0.35, 0.0, 1.0) ** 1.5 * MAX_ALPHA).round()
    lut[0, 3] = 0
    return lut


def score_class(scores: np.ndarray) -> np.ndarray:
    """Index into SCORE_CLASSES of each 0–5 score (5 belongs to the top class); -1 for NaN."""
    scores = np.asarray(scores, dtype=float)
    classes = np.clip(np.floor(np.nan_to_num(scores, nan=0.0)), 0, len(SCORE_CLASSES) - 1).astype(int)
    return np.where(np.isnan(scores), -1, classes)


def heat_weights(source: str, scores: np.ndarray | None = None, feelings: np.ndarray | None = None,
                 count: int = 0) -> np.ndarray:
    """Weight of each point for ``source`` (see the module contract); incidents: ``count`` ones."""
    if source == UNSAFE_PINS:
        return (np.asarray(feelings, dtype=object) == "unsafe").astype(float)
    if source == LOW_SCORES:
        return np.nan_to_num(low_score_weights(np.asarray(scores, dtype=float)), nan=0.0)
    if source == INCIDENT_DENSITY:
        return np.ones(count)
    raise ValueError(f"Unknown heat map source {source!r}")


def heat_legend(width: int = 120, height: int = 10) -> QPixmap:
    """The heat ramp as a strip, cold (left) to hot, over white as on a light map."""
    lut = heat_lut()
    pixmap = QPixmap(QSize(width, height))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    for x in range(width):
        r, g, b, a = (int(v) for v in lut[round(x / max(width - 1, 1) * 255)])
        painter.setPen(QColor(r, g, b, a))
        painter.drawLine(x, 0, x, height - 1)
    painter.setPen(QColor(MARKER_OUTLINE))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    return pixmap
