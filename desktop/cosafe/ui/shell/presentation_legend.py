"""The legend of the presentation: which colour is which group, and what the pins mean.

Contract: ``PresentationLegend(context, parent)`` lists the active workshop's groups,
each with the mark its proposals have on the map (its colour), the active group in
bold with "drawing now", then the two kinds of perception pin. It follows the
context (``changed``, ``reloaded``) and draws its marks at the size of its font, so a
larger presentation font gives larger marks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cosafe.core.palette import FEELING_COLOURS, FEELING_SHAPES
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.map.symbols import MARKER_OUTLINE, WHITE, symbol_icon

PIN_ROWS = (("safe", "Feels safe (pin)"), ("unsafe", "Feels unsafe (pin)"))
DRAWING_NOW = "drawing now"


class PresentationLegend(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationLegend")
        self.context = context
        self.rows: list[tuple[str, bool]] = []  # (text, is the active group), as shown
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        context.changed.connect(self.refresh)
        context.reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        size = self.fontMetrics().height()
        entries: list[tuple[str, str, str, str | None, bool]] = []  # text, shape, pen, brush, active
        for group in self.context.groups_of(self.context.workshop_uuid):
            entries.append((group.name, "circle", MARKER_OUTLINE, group.colour, group.uuid == self.context.group_uuid))
        for feeling, text in PIN_ROWS:
            entries.append((text, FEELING_SHAPES[feeling], WHITE, FEELING_COLOURS[feeling], False))
        self.rows = [(text, active) for text, _shape, _pen, _brush, active in entries]
        for row, (text, shape, pen, brush, active) in enumerate(entries):
            mark = QLabel(self)
            mark.setPixmap(symbol_icon(shape, pen, brush, size=size).pixmap(size, size))
            label = QLabel(f"<b>{html.escape(text)}</b> — {DRAWING_NOW}" if active else text, self)
            label.setTextFormat(Qt.TextFormat.RichText if active else Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, row, 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refresh()  # marks as large as the text
