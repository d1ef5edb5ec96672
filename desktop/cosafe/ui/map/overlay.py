"""Map furniture that stays put while the map moves: scale bar, north arrow,
attribution, and the calm hint shown when there is nothing to draw.

Contract:
- ``MapOverlay`` is a transparent widget laid over the map view; it takes no mouse
  input (clicks and wheel go to the map) and repaints when told the scale changed.
- The scale bar shows the longest "nice" ground length (1-2-5 steps: 10 m, 20 m,
  50 m, … 1 km, 2 km, 5 km) that fits in ``MAX_BAR_PX``; its pixel length is that
  length divided by true ground metres per pixel (Mercator metres × cos(latitude)).
- The map is always north-up (Web Mercator, no rotation), so the arrow never turns.
- ``set_crosshair(on)`` shows a cross at the centre: where Enter places on a map worked
  from the keyboard (the canvas shows it while the keyboard is in use there).
- The painting functions (``paint_furniture`` …) take a painter and a logical size,
  so a map export draws the same furniture into an image (scaled for its DPI by the
  image's device pixel ratio).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from cosafe.core.formats import format_number
from cosafe.core.i18n import arg
from cosafe.ui.map.style import HINT_COLOUR
from cosafe.ui.map.words import Map

MAX_BAR_PX = 120.0
MARGIN = 12
_INK = QColor("#333333")
_PLATE = QColor(255, 255, 255, 200)  # translucent, so the map stays visible under it


def nice_length(max_metres: float) -> float:
    """The largest 1, 2 or 5 × 10^k metres not above ``max_metres`` (at least 1 m)."""
    if not math.isfinite(max_metres) or max_metres < 1.0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(max_metres))
    for step in (5.0, 2.0, 1.0):
        if step * power <= max_metres * (1 + 1e-9):
            return step * power
    return power


def format_length(metres: float) -> str:
    if metres >= 1000:
        return arg(Map.tr("%1 km", "a length on the scale bar"), format_number(metres / 1000))
    return arg(Map.tr("%1 m", "a length on the scale bar"), format_number(metres))


@dataclass(frozen=True)
class ScaleBar:
    metres: float  # ground length the bar stands for
    pixels: float  # its drawn length on screen
    label: str


def scale_bar_for(metres_per_pixel: float, max_pixels: float = MAX_BAR_PX) -> ScaleBar | None:
    if not math.isfinite(metres_per_pixel) or metres_per_pixel <= 0:
        return None
    metres = nice_length(max_pixels * metres_per_pixel)
    return ScaleBar(metres, metres / metres_per_pixel, format_length(metres))


class MapOverlay(QWidget):
    """Scale bar (bottom-left), north arrow (top-right), attribution (bottom-right), hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.scale_bar: ScaleBar | None = None
        self.attribution = ""
        self.hint = ""
        self.crosshair = False

    def set_crosshair(self, on: bool) -> None:
        if on != self.crosshair:
            self.crosshair = on
            self.update()

    def set_ground_resolution(self, metres_per_pixel: float) -> None:
        bar = scale_bar_for(metres_per_pixel)
        if bar != self.scale_bar:
            self.scale_bar = bar
            self.update()

    def set_attribution(self, text: str) -> None:
        self.attribution = text
        self.update()

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = QSizeF(self.size())
        if self.hint:
            self._paint_hint(painter)
        else:
            # Scale and direction mean nothing over an empty canvas.
            paint_furniture(painter, size, self.font(), self.scale_bar, "")
        if self.attribution:
            paint_attribution(painter, size, self.attribution, small_font(self.font()))
        if self.crosshair and not self.hint:
            paint_crosshair(painter, QPointF(size.width() / 2, size.height() / 2))
        painter.end()

    def _paint_hint(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.setPen(QColor(HINT_COLOUR))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.hint)


# -- shared with map exports: everything in logical pixels of ``size`` ------------------


def paint_crosshair(painter: QPainter, centre: QPointF, arm: float = 12.0) -> None:
    """A cross at ``centre``: ink on a white halo, seen on any map, open at its middle."""
    for colour, width in ((QColor("white"), 4.0), (_INK, 2.0)):
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(centre + QPointF(dx * 4, dy * 4), centre + QPointF(dx * arm, dy * arm))


def small_font(base: QFont) -> QFont:
    """The font of labels and attribution: a little smaller than the base font."""
    font = QFont(base)
    if font.pixelSize() > 0:
        font.setPixelSize(max(9, round(font.pixelSize() * 0.85)))
    else:
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return font


def paint_furniture(painter: QPainter, size: QSizeF, base_font: QFont, bar: ScaleBar | None,
                    attribution: str) -> None:
    """Scale bar (bottom-left), north arrow (top-right) and attribution (bottom-right)."""
    small = small_font(base_font)
    if bar is not None:
        paint_scale_bar(painter, size, bar, small)
    paint_north_arrow(painter, size, base_font)
    if attribution:
        paint_attribution(painter, size, attribution, small)


def paint_scale_bar(painter: QPainter, size: QSizeF, bar: ScaleBar, font: QFont) -> None:
    painter.setFont(font)
    text_height = painter.fontMetrics().height()
    left = MARGIN + 6.0
    base = size.height() - MARGIN - 6.0
    plate = QRectF(MARGIN, base - text_height - 12, bar.pixels + 12, text_height + 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_PLATE)
    painter.drawRoundedRect(plate, 3, 3)
    pen = QPen(_INK, 2)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    # The bar's ink runs exactly from left to left + pixels: tests measure it.
    painter.drawLine(QPointF(left, base), QPointF(left + bar.pixels, base))
    for x in (left + 1, left + bar.pixels - 1):
        painter.drawLine(QPointF(x, base), QPointF(x, base - 6))
    painter.drawText(QRectF(left, base - text_height - 6, bar.pixels + 40, text_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.label)


def paint_north_arrow(painter: QPainter, size: QSizeF, font: QFont) -> None:
    arrow = 26.0
    centre = QPointF(size.width() - MARGIN - arrow / 2, MARGIN + arrow / 2 + 14)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_PLATE)
    painter.drawEllipse(centre, arrow * 0.75, arrow * 0.75 + 6)
    half, tip = arrow * 0.28, arrow * 0.5
    left_half, right_half = QPainterPath(), QPainterPath()
    for path, side in ((left_half, -half), (right_half, half)):
        path.moveTo(centre.x(), centre.y() - tip)
        path.lineTo(centre.x() + side, centre.y() + tip)
        path.lineTo(centre.x(), centre.y() + tip * 0.45)
        path.closeSubpath()
    painter.setPen(QPen(_INK, 1))
    painter.setBrush(_INK)
    painter.drawPath(left_half)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(right_half)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    label = QRectF(centre.x() - 10, centre.y() - tip - painter.fontMetrics().height() - 1, 20,
                   painter.fontMetrics().height())
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, Map.tr("N", "north, on the north arrow"))


def paint_attribution(painter: QPainter, size: QSizeF, text: str, font: QFont) -> None:
    painter.setFont(font)
    metrics = painter.fontMetrics()
    text = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, max(60, int(size.width()) // 2))
    width, height = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
    box = QRectF(size.width() - width - 2, size.height() - height - 2, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_PLATE)
    painter.drawRect(box)
    painter.setPen(QColor("#555555"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
