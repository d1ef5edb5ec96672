"""The small coloured square that stands for a group wherever groups are listed.

Contract: ``swatch(colour, size=14)`` is a cached QIcon: a rounded square filled
with ``colour`` with a dark outline (so yellow shows on white and black on dark),
the same when its row is selected.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


@functools.cache
def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#37474F"), 1))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2)
    painter.end()
    result = QIcon(pixmap)
    # The same pixmap when selected: the style's selection tint would turn orange into olive.
    result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result
