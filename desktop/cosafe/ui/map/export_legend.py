"""The legend box of an exported map: one row per style actually drawn.

Contract:
- A ``LegendRow`` is a text and its mark: a square swatch (``symbol_mark`` makes one
  of a map symbol), a wide ramp strip, a group's key (``group_mark``: its marker, line
  and area, ``symbols.group_key``), or none (a note). Each feature's export part
  makes the rows of what it drew (``overlay_registry``), with the marks its panel
  shows, so the exported legend matches the window.
- ``paint_legend(painter, size, font, rows, ratio, avoid=None)`` draws them in a white
  plate in a corner clear of the furniture: top-left unless ``avoid`` ((n, 2) logical
  pixels of what the map draws) has fewer points under the plate in another corner
  (bottom-left above the scale bar, bottom-right above the attribution, top-right
  under the north arrow). In logical pixels; ``ratio`` (device pixels per logical
  pixel) keeps the swatches sharp. A legend taller than ``MAX_HEIGHT_SHARE`` of the
  map is laid out in two columns. Returns the plate's rectangle (empty without rows);
  ``legend_plate(painter, size, font, rows, avoid)`` tells that rectangle without
  drawing.
- In a right-to-left language (``i18n.language()``, the language the map is drawn
  for: a plan's may differ from the window's) each row is mirrored: its mark on the
  right, its text right-aligned and laid out right to left, a ramp strip running from
  the right (its text, "less ← more", reads so). The plate's corner is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap

from cosafe.core.i18n import RIGHT_TO_LEFT, language
from cosafe.ui.map.overlay import MARGIN
from cosafe.ui.map.symbols import group_key, group_key_width, symbol_icon

SWATCH_PX = 16
HEAT_STRIP_PX = (64, 10)
MAX_HEIGHT_SHARE = 0.45  # of the map's height: a taller legend is laid out in two columns
_PLATE = QColor(255, 255, 255, 225)
_INK = QColor("#263238")


@dataclass(frozen=True)
class LegendRow:
    """One line of a legend: a mark (drawn at the size asked, in device pixels) and its text."""

    text: str
    mark: Callable[[int, int], QPixmap] | None = None  # None: a line of text only (a note)
    wide: bool = False  # a ramp strip (HEAT_STRIP_PX) rather than a square swatch (SWATCH_PX)
    mark_px: tuple[int, int] | None = None  # (width, height) of another mark, e.g. GROUP_KEY_PX

    def mark_size(self) -> tuple[int, int]:
        """The mark's (width, height) in logical pixels."""
        return self.mark_px or (HEAT_STRIP_PX if self.wide else (SWATCH_PX, SWATCH_PX))


def symbol_mark(shape: str, pen: str, brush: str | None, dash: Qt.PenStyle | None = None
                ) -> Callable[[int, int], QPixmap]:
    """The mark of a map symbol (``symbols.SHAPES``), or a route line in ``dash`` style."""
    return lambda width, _height: symbol_icon(shape, pen, brush, size=width, dash=dash).pixmap(width)


GROUP_KEY_PX = (group_key_width(SWATCH_PX), SWATCH_PX)


def group_mark(colour: str) -> Callable[[int, int], QPixmap]:
    """The mark of a group's proposals (``symbols.group_key``); its row has ``mark_px=GROUP_KEY_PX``."""
    return lambda _width, height: group_key(colour, SWATCH_PX, height / SWATCH_PX)


def _layout(metrics: QFontMetrics, size: QSizeF, rows: list[LegendRow], avoid: np.ndarray | None
            ) -> tuple[QRectF, list[list[LegendRow]], list[float], float]:
    """(plate, rows by column, column widths, line height) of a legend."""
    line = max(SWATCH_PX, metrics.height()) + 3
    # A legend taller than MAX_HEIGHT_SHARE of the map goes in two columns rather than hide half of it.
    columns = 2 if len(rows) > 4 and line * len(rows) + 10 > MAX_HEIGHT_SHARE * size.height() else 1
    per_column = -(-len(rows) // columns)
    split = [rows[i:i + per_column] for i in range(0, len(rows), per_column)]
    most = size.width() * (0.6 if columns == 1 else 0.8) / columns
    widths = [min(max(_row_width(metrics, row) for row in column) + 8, most) for column in split]
    plate = _corner(size, QSizeF(sum(widths) + 16, line * per_column + 10), metrics.height(), avoid)
    return plate, split, widths, line


def legend_plate(painter: QPainter, size: QSizeF, font: QFont, rows: list[LegendRow],
                 avoid: np.ndarray | None = None) -> QRectF:
    """Where ``paint_legend`` with the same arguments puts its plate (empty without rows),
    without drawing: so map labels can keep clear of it."""
    if not rows:
        return QRectF()
    painter.save()
    painter.setFont(font)
    plate = _layout(painter.fontMetrics(), size, rows, avoid)[0]
    painter.restore()
    return plate


def paint_legend(painter: QPainter, size: QSizeF, font: QFont, rows: list[LegendRow], ratio: float,
                 avoid: np.ndarray | None = None) -> QRectF:
    if not rows:
        return QRectF()
    painter.save()
    painter.setFont(font)
    metrics = painter.fontMetrics()
    plate, split, widths, line = _layout(metrics, size, rows, avoid)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(_PLATE)
    painter.drawRoundedRect(plate, 4, 4)
    right_to_left = language() in RIGHT_TO_LEFT
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    left = plate.left() + 8
    # Columns too run from the reader's side: the first on the right in a right-to-left legend.
    for column, width in zip(split[::-1] if right_to_left else split, widths[::-1] if right_to_left else widths):
        y = plate.top() + 5
        for row in column:
            _paint_row(painter, metrics, row, QRectF(left, y, width, line), ratio, right_to_left)
            y += line
        left += width
    painter.restore()
    return plate


def _row_width(metrics: QFontMetrics, row: LegendRow) -> float:
    mark = 0 if row.mark is None else row.mark_size()[0] + 6
    return mark + metrics.horizontalAdvance(row.text)


def _paint_row(painter: QPainter, metrics: QFontMetrics, row: LegendRow, box: QRectF, ratio: float,
               right_to_left: bool = False) -> None:
    x, y, line = box.left(), box.top(), box.height()
    text_box = QRectF(box)
    if row.mark is not None:
        width, height = row.mark_size()
        pixmap = row.mark(round(width * ratio), round(height * ratio))
        target = QRectF(box.right() - width if right_to_left else x, y + (line - height) / 2, width, height)
        if right_to_left and row.wide:  # the ramp from the right, as its "less ← more" reads
            pixmap = QPixmap.fromImage(pixmap.toImage().flipped(Qt.Orientation.Horizontal))
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        if right_to_left:
            text_box.setRight(target.left() - 6)
        else:
            text_box.setLeft(target.right() + 6)
    if right_to_left:
        text_box.setLeft(x)
    painter.setPen(_INK)
    text = metrics.elidedText(row.text, Qt.TextElideMode.ElideRight, int(text_box.width() - 4))
    side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    painter.drawText(text_box, side | Qt.AlignmentFlag.AlignVCenter, text)


def _corner(size: QSizeF, plate: QSizeF, text_height: float, avoid: np.ndarray | None) -> QRectF:
    """The plate's place: the first corner (top-left first) hiding the fewest drawn points."""
    below_furniture = text_height + 30 + MARGIN  # the scale bar's or attribution's plate, and a gap
    right = size.width() - MARGIN - plate.width()
    bottom = size.height() - below_furniture - plate.height()
    corners = [QRectF(MARGIN, MARGIN, plate.width(), plate.height()),
               QRectF(MARGIN, bottom, plate.width(), plate.height()),
               QRectF(right, bottom, plate.width(), plate.height()),
               QRectF(right, MARGIN + 62, plate.width(), plate.height())]  # under the north arrow
    if avoid is None or not len(avoid):
        return corners[0]
    x, y = avoid[:, 0], avoid[:, 1]
    pad = 8.0  # markers are drawn around their point

    def hidden(rect: QRectF) -> int:
        return int(((x > rect.left() - pad) & (x < rect.right() + pad)
                    & (y > rect.top() - pad) & (y < rect.bottom() + pad)).sum())
    return min(corners, key=hidden)  # min keeps the first of equals: top-left when nothing is hidden
