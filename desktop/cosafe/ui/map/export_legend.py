"""The legend box of an exported map: one row per style actually drawn.

Contract:
- ``legend_rows(overlays) -> list[LegendRow]`` lists, for an ``ExportOverlays``, the
  proposal groups drawn, the whole safety-score ramp (a scale reads whole) plus "not
  scored" and dark spots when present, the pin feelings, incidents and route times
  present, the heat map (its source and radius) as a ramp strip, and in the public
  variant a note that the pins are blurred. Swatches are the
  panel's own (``perception_style.symbol_icon`` / ``heat_legend``), so the exported
  legend matches the Perception Map panel.
- ``paint_legend(painter, size, font, rows, ratio, avoid=None)`` draws them in a white
  plate in a corner clear of the furniture: top-left unless ``avoid`` ((n, 2) logical
  pixels of what the map draws) has fewer points under the plate in another corner
  (bottom-left above the scale bar, bottom-right above the attribution, top-right
  under the north arrow). In logical pixels; ``ratio`` (device pixels per logical
  pixel) keeps the swatches sharp. A legend taller than ``MAX_HEIGHT_SHARE`` of the
  map is laid out in two columns. Returns the plate's rectangle (empty without rows).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap

from cosafe.ui.map.export_overlays import PROPOSALS, ExportOverlays
from cosafe.ui.map.overlay import MARGIN
from cosafe.ui.features.analysis.style import (AUDIT_POINTS, HEAT, HEAT_SOURCES, INCIDENTS, LEGEND, PINS, ROUTE_COLOUR,
                                        ROUTE_DASHES, ROUTES, UNSAFE_PINS, WHITE, heat_legend, score_class,
                                        symbol_icon)

SWATCH_PX = 16
HEAT_STRIP_PX = (64, 10)
MAX_HEIGHT_SHARE = 0.45  # of the map's height: a taller legend is laid out in two columns
_PLATE = QColor(255, 255, 255, 225)
_INK = QColor("#263238")


@dataclass(frozen=True)
class LegendRow:
    text: str
    shape: str = ""  # a perception_style.SHAPES key; "" with ``dash`` for a route, "" alone for the heat strip
    pen: str = ""
    brush: str | None = None
    dash: Qt.PenStyle | None = None
    note: bool = False  # a line of text only (the public variant's blur)


def legend_rows(drawn: ExportOverlays) -> list[LegendRow]:
    rows: list[LegendRow] = []
    content = drawn.content
    if PROPOSALS in drawn.overlays:
        rows += [LegendRow(label, "circle", WHITE, colour) for label, colour in drawn.proposal_groups]
    present = {AUDIT_POINTS: len(content.point_lons) > 0, PINS: len(content.pin_lons) > 0,
               INCIDENTS: len(content.incident_lons) > 0}
    classes = score_class(content.point_scores)
    feelings = set(np.asarray(content.pin_feelings, dtype=object).tolist())
    for key, text, shape, pen, brush in LEGEND:
        if key not in drawn.overlays or not present[key]:
            continue
        if text == "Not scored" and not (classes < 0).any():
            continue
        if shape == "ring" and not np.asarray(content.point_dark, dtype=bool).any():
            continue
        if key == PINS and {"Feels safe": "safe", "Feels unsafe": "unsafe"}.get(text) not in feelings:
            continue
        rows.append(LegendRow(text, shape, pen, brush))
    if ROUTES in drawn.overlays:
        for time, dash in ROUTE_DASHES.items():
            if content.routes.get(time):
                label = "Audit walk by day" if time == "day" else f"Audit walk at {time}"
                rows.append(LegendRow(label, "", ROUTE_COLOUR, None, dash))
    if HEAT in drawn.overlays and drawn.heat_source is not None:
        source = dict(HEAT_SOURCES).get(drawn.heat_source, drawn.heat_source).lower()
        rows.append(LegendRow(f"Heat of {source} ({drawn.heat_radius_m:g} m): fewer → more"))
    pins_shown = (PINS in drawn.overlays and present[PINS]) or (HEAT in drawn.overlays
                                                                and drawn.heat_source == UNSAFE_PINS)
    if drawn.blur_m is not None and pins_shown:
        rows.append(LegendRow(f"Pin locations blurred to a {drawn.blur_m:g} m grid", note=True))
    return rows


def paint_legend(painter: QPainter, size: QSizeF, font: QFont, rows: list[LegendRow], ratio: float,
                 avoid: np.ndarray | None = None) -> QRectF:
    if not rows:
        return QRectF()
    painter.save()
    painter.setFont(font)
    metrics = painter.fontMetrics()
    line = max(SWATCH_PX, metrics.height()) + 3
    # A legend taller than MAX_HEIGHT_SHARE of the map goes in two columns rather than hide half of it.
    columns = 2 if len(rows) > 4 and line * len(rows) + 10 > MAX_HEIGHT_SHARE * size.height() else 1
    per_column = -(-len(rows) // columns)
    split = [rows[i:i + per_column] for i in range(0, len(rows), per_column)]
    most = size.width() * (0.6 if columns == 1 else 0.8) / columns
    widths = [min(max(_row_width(metrics, row) for row in column) + 8, most) for column in split]
    plate = _corner(size, QSizeF(sum(widths) + 16, line * per_column + 10), metrics.height(), avoid)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(_PLATE)
    painter.drawRoundedRect(plate, 4, 4)
    left = plate.left() + 8
    for column, width in zip(split, widths):
        y = plate.top() + 5
        for row in column:
            _paint_row(painter, metrics, row, QRectF(left, y, width, line), ratio)
            y += line
        left += width
    painter.restore()
    return plate


def _row_width(metrics: QFontMetrics, row: LegendRow) -> float:
    mark = 0 if row.note else SWATCH_PX + 6 if row.shape or row.dash is not None else HEAT_STRIP_PX[0] + 6
    return mark + metrics.horizontalAdvance(row.text)


def _paint_row(painter: QPainter, metrics: QFontMetrics, row: LegendRow, box: QRectF, ratio: float) -> None:
    x, y, line = box.left(), box.top(), box.height()
    if row.note:
        text_x = x
    elif row.shape or row.dash is not None:
        icon = symbol_icon(row.shape, row.pen, row.brush, size=round(SWATCH_PX * ratio), dash=row.dash)
        pixmap = icon.pixmap(round(SWATCH_PX * ratio))
        painter.drawPixmap(QRectF(x, y + (line - SWATCH_PX) / 2, SWATCH_PX, SWATCH_PX), pixmap,
                           QRectF(pixmap.rect()))
        text_x = x + SWATCH_PX + 6
    else:
        strip: QPixmap = heat_legend(round(HEAT_STRIP_PX[0] * ratio), round(HEAT_STRIP_PX[1] * ratio))
        painter.drawPixmap(QRectF(x, y + (line - HEAT_STRIP_PX[1]) / 2, *HEAT_STRIP_PX), strip,
                           QRectF(strip.rect()))
        text_x = x + HEAT_STRIP_PX[0] + 6
    painter.setPen(_INK)
    text = metrics.elidedText(row.text, Qt.TextElideMode.ElideRight, int(box.right() - text_x - 4))
    painter.drawText(QRectF(text_x, y, box.right() - text_x, line),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


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
