"""The marker shapes the map draws, and the same shapes as legend swatches.

Contract:
- ``SHAPES`` are unit-size QPainterPaths (y down, as on screen) by name — circle,
  square, ring (drawn hollow with a heavy pen), diamond, triangle (pointing up),
  cross, and the proposals' group shapes (``core.group_symbols.MARKER_SHAPES``: star,
  triangle_down, plus, hexagon, half_disc, pentagon) — used by map markers and
  legends alike. ``marker_path(shape, size)`` is one at ``size`` pixels across, with
  the square drawn a little smaller so that every shape weighs about the same.
- ``symbol_icon(shape, pen, brush, size=18, dash=None)`` is a swatch of one (a short
  line in ``dash`` style when given); a ``WHITE`` outline is drawn dark
  (``MARKER_OUTLINE``) so it shows on a light panel.
- A group's line dash and area hatch (``core.group_symbols``) in Qt: ``group_pen(colour,
  width)`` is a cosmetic pen in the dash of the group with that colour (``apply_dash``
  gives any pen a dash), ``hatch_brush(colour)`` its areas' hatch (None for the plain
  fill; ``HATCH_STYLES`` maps the names to Qt's). Qt's hatch patterns are drawn in
  logical pixels whatever the painter's scale: the same on the canvas at every zoom,
  and in an exported image, whose device pixel ratio makes them larger with the rest.
- ``group_icon(colour, size=14)`` is a group's icon wherever groups are listed (the
  group choosers, the Workshops panel, the group dialog's colours, the proposals'
  tables): its marker shape in its colour, cached, the same when its row is selected.
- ``group_key(colour, height, ratio=1.0, fill_alpha=70)`` is a group's legend mark: its
  marker, a short line and a small area side by side (``group_key_width(height)``
  logical pixels wide), each drawn as the map draws that group's proposals.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform

from cosafe.core.group_symbols import DASH_PATTERNS, group_symbol

MARKER_OUTLINE = "#263238"
WHITE = "#FFFFFF"


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _cross() -> QPainterPath:
    arm = 0.11
    plus = _polygon([(-arm, -0.5), (arm, -0.5), (arm, -arm), (0.5, -arm), (0.5, arm), (arm, arm), (arm, 0.5),
                     (-arm, 0.5), (-arm, arm), (-0.5, arm), (-0.5, -arm), (-arm, -arm)])
    return QTransform().rotate(45).map(plus)


def _circle() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), 0.5, 0.5)
    return path


def _square() -> QPainterPath:
    path = QPainterPath()
    path.addRect(-0.5, -0.5, 1.0, 1.0)
    return path


def _regular(corners: int, radius: float, first_degrees: float) -> QPainterPath:
    angles = [math.radians(first_degrees + 360 * i / corners) for i in range(corners)]
    return _polygon([(radius * math.cos(a), radius * math.sin(a)) for a in angles])


def _star() -> QPainterPath:
    # Points reach past the unit circle: a star's arms hold little ink, and it must weigh as a circle does.
    radii = [0.62 if i % 2 == 0 else 0.29 for i in range(10)]
    angles = [math.radians(-90 + 36 * i) for i in range(10)]
    return _polygon([(r * math.cos(a), r * math.sin(a)) for r, a in zip(radii, angles)])


def _half_disc() -> QPainterPath:
    # A dome over its flat side, with ink at the centre: a marker must cover the place it marks.
    radius, base = 0.6, 0.26
    path = QPainterPath(QPointF(-radius, base))
    path.arcTo(QRectF(-radius, base - radius, 2 * radius, 2 * radius), 180, -180)
    path.closeSubpath()
    return path


def _plus() -> QPainterPath:
    arm = 0.18  # thicker than the incident's cross, and upright, so neither reads as the other
    return _polygon([(-arm, -0.52), (arm, -0.52), (arm, -arm), (0.52, -arm), (0.52, arm), (arm, arm), (arm, 0.52),
                     (-arm, 0.52), (-arm, arm), (-0.52, arm), (-0.52, -arm), (-arm, -arm)])


SHAPES: dict[str, QPainterPath] = {
    "circle": _circle(),
    "square": _square(),
    "ring": _circle(),  # drawn hollow with a heavy pen: the dark-spot mark
    "diamond": _polygon([(0, -0.55), (0.45, 0), (0, 0.55), (-0.45, 0)]),
    "triangle": _polygon([(-0.5, 0.42), (0, -0.5), (0.5, 0.42)]),  # pointing up: a warning sign
    "cross": _cross(),
    # The proposals' group shapes (core.group_symbols), none a pin's or an incident's.
    "star": _star(),
    "triangle_down": _polygon([(-0.54, -0.42), (0.54, -0.42), (0, 0.52)]),
    "plus": _plus(),
    "hexagon": _regular(6, 0.54, 0),  # flat top and bottom, pointed sides: not a circle at a glance
    "half_disc": _half_disc(),
    "pentagon": _regular(5, 0.56, -90),
}
_OPTICAL_SCALE = {"square": 0.88}  # a square's corners make it look larger than a circle of its width

HATCH_STYLES: dict[str, Qt.BrushStyle] = {
    "none": Qt.BrushStyle.NoBrush,
    "bdiag": Qt.BrushStyle.BDiagPattern,
    "fdiag": Qt.BrushStyle.FDiagPattern,
    "cross": Qt.BrushStyle.CrossPattern,
    "horizontal": Qt.BrushStyle.HorPattern,
    "diag_cross": Qt.BrushStyle.DiagCrossPattern,
    "vertical": Qt.BrushStyle.VerPattern,
    "dense": Qt.BrushStyle.Dense7Pattern,  # the sparsest dots: denser ones darken a large area
}


def marker_path(shape: str, size: float) -> QPainterPath:
    """``SHAPES[shape]`` at ``size`` pixels across (the square a little smaller, see ``_OPTICAL_SCALE``)."""
    scale = size * _OPTICAL_SCALE.get(shape, 1.0)
    return QTransform.fromScale(scale, scale).map(SHAPES[shape])


def apply_dash(pen: QPen, dash: str) -> None:
    """Give ``pen`` a group's dash (``core.group_symbols.DASH_PATTERNS``); solid leaves it as it is.

    A dashed pen gets flat ends: the patterns are measured as drawn, and round ends
    would grow every dash by a line width and close the gaps of the dotted ones.
    """
    pattern = DASH_PATTERNS[dash]
    if pattern:
        pen.setDashPattern(list(pattern))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)


def symbol_icon(shape: str, pen: str, brush: str | None, size: int = 18, dash: Qt.PenStyle | None = None) -> QIcon:
    """A legend swatch: the map's marker shape (or a short route line when ``dash`` is given)."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if dash is not None:
        painter.setPen(QPen(QColor(pen), 2.5, dash, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(1, size / 2), QPointF(size - 1, size / 2))
    else:
        _paint_marker(painter, QPointF(size / 2, size / 2), shape, size * 0.85, pen, brush)
    painter.end()
    return QIcon(pixmap)


@functools.cache
def group_icon(colour: str, size: int = 14) -> QIcon:
    """A group's marker in its colour with a dark edge (see the module contract)."""
    result = symbol_icon(group_symbol(colour).shape, MARKER_OUTLINE, colour, size=size)
    # The same pixmap when selected: the style's selection tint would turn orange into olive.
    result.addPixmap(result.pixmap(size, size), QIcon.Mode.Selected)
    return result


def _paint_marker(painter: QPainter, centre: QPointF, shape: str, size: float, pen: str, brush: str | None) -> None:
    painter.save()
    painter.translate(centre)
    # White outlines vanish on a light panel: the legend edges them dark.
    outline = QPen(QColor(pen if pen != WHITE else MARKER_OUTLINE), 3.0 if shape == "ring" else
                   1.5 if brush is None else 1.0)
    outline.setCosmetic(True)
    painter.setPen(outline)
    painter.setBrush(QBrush(QColor(brush)) if brush is not None else Qt.BrushStyle.NoBrush)
    painter.drawPath(marker_path(shape, size))
    painter.restore()


HATCH_ALPHA = 170  # of 255
KEY_LINE_SHARE = 1.5  # the key's line sample, in heights: long enough to show two dashes


def group_key_width(height: int) -> int:
    """How wide ``group_key`` draws at ``height`` pixels: marker, line and area with gaps."""
    return round(height * (1 + KEY_LINE_SHARE + 1) + 2 * max(2, height // 5))


def group_pen(colour: str | QColor, width: float) -> QPen:
    """A cosmetic pen ``width`` pixels wide in the dash of the group with ``colour``: a line
    proposal's stroke, an area's outline."""
    pen = QPen(QColor(colour))
    pen.setCosmetic(True)
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    apply_dash(pen, group_symbol(colour if isinstance(colour, str) else colour.name()).dash)
    return pen


def hatch_brush(colour: str) -> QBrush | None:
    """The hatch an area of the group with ``colour`` has over its fill (None: plain fill)."""
    style = HATCH_STYLES[group_symbol(colour).hatch]
    # Darker than the fill under it, so it shows on the group's own tint; not opaque, so
    # the streets under a large area still read through it.
    ink = QColor(colour).darker(115)
    ink.setAlpha(HATCH_ALPHA)
    return None if style == Qt.BrushStyle.NoBrush else QBrush(ink, style)


def group_key(colour: str, height: int, ratio: float = 1.0, fill_alpha: int = 70) -> QPixmap:
    """A group's legend mark (see the module contract), ``height`` logical pixels high at ``ratio``.

    Drawn as the proposals are on the map — the marker with a dark edge (white on the
    map, lost on a light legend), the line in the group's dash, the area's translucent
    fill, hatch and dashed outline — so a reader matches the legend by shape alone.
    """
    symbol = group_symbol(colour)
    width = group_key_width(height)
    pixmap = QPixmap(QSize(max(1, round(width * ratio)), max(1, round(height * ratio))))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    gap = max(2, height // 5)
    _paint_marker(painter, QPointF(height / 2, height / 2), symbol.shape, height * 0.85, MARKER_OUTLINE, colour)
    left = height + gap
    # The map's 4-pixel line at an 18-pixel key; the dashes, measured in widths, shrink with it.
    scale = max(0.6, height / 18)
    painter.setPen(group_pen(colour, 3.0 * scale))
    painter.drawLine(QPointF(left, height / 2), QPointF(left + KEY_LINE_SHARE * height, height / 2))
    left += KEY_LINE_SHARE * height + gap
    area = QRectF(left + 1, 1.5, height - 2, height - 3)
    fill = QColor(colour)
    fill.setAlpha(fill_alpha)
    painter.setPen(Qt.PenStyle.NoPen)
    for brush in (QBrush(fill), hatch_brush(colour)):
        if brush is not None:
            painter.setBrush(brush)
            painter.drawRect(area)
    painter.setPen(group_pen(colour, 2.0 * scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)
    painter.end()
    return pixmap
