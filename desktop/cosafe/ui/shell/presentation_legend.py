"""The legend of the presentation: which colour is which group, and what the pins mean.

Contract: ``PresentationLegend(context, parent)`` lists the active workshop's groups,
each with the marks its proposals have on the map (``symbols.group_key``: its colour,
and its marker shape, line dash and area hatch, so the groups are told apart without
colour too), the active group in bold with "drawing now", then the two kinds of
perception pin. Each mark's tooltip and accessible name say the symbol in words. It
follows the context (``changed``, ``reloaded``) and draws its marks at the size of
its font, so a larger presentation font gives larger marks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cosafe.core.group_symbols import group_symbol, symbol_description
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.palette import FEELING_COLOURS, FEELING_SHAPES
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.kit.direction import in_reading_direction
from cosafe.ui.map.symbols import WHITE, group_key, symbol_icon

PIN_ROWS = (("safe", QT_TRANSLATE_NOOP("PresentationLegend", "Feels safe (pin)")),
            ("unsafe", QT_TRANSLATE_NOOP("PresentationLegend", "Feels unsafe (pin)")))
# The pins' shapes (``FEELING_SHAPES``) in words, for the marks' tooltips.
SHAPE_WORDS = {"diamond": QT_TRANSLATE_NOOP("PresentationLegend", "diamond"),
               "triangle": QT_TRANSLATE_NOOP("PresentationLegend", "triangle")}


class PresentationLegend(QWidget):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationLegend")
        self.context = context
        self.rows: list[tuple[str, bool]] = []  # (text, is the active group), as shown
        self.marks: list[QPixmap] = []  # each row's mark, as shown
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
        ratio = self.devicePixelRatioF()
        entries: list[tuple[str, QPixmap, str, bool]] = []  # text, mark, the mark in words, active
        for group in self.context.groups_of(self.context.workshop_uuid):
            entries.append((group.name, group_key(group.colour, size, ratio),
                            symbol_description(group_symbol(group.colour)), group.uuid == self.context.group_uuid))
        for feeling, text in PIN_ROWS:
            shape = FEELING_SHAPES[feeling]
            icon = symbol_icon(shape, WHITE, FEELING_COLOURS[feeling], size=size)
            entries.append((translate("PresentationLegend", text), icon.pixmap(size, size),
                            translate("PresentationLegend", SHAPE_WORDS.get(shape, shape)), False))
        self.rows = [(text, active) for text, _mark, _words, active in entries]
        self.marks = [mark for _text, mark, _words, _active in entries]
        for row, (text, pixmap, words, active) in enumerate(entries):
            mark = QLabel(self)
            mark.setPixmap(pixmap)
            mark.setToolTip(words)
            mark.setAccessibleName(words)
            shown = arg(self.tr("<b>%1</b> — drawing now", "the active group"), html.escape(text)) if active else text
            # Right to left, a group named in Latin letters ("Youth") stood at the far side of
            # the column, away from its mark (kit.direction says why).
            label = QLabel(in_reading_direction(self, shown), self)
            label.setTextFormat(Qt.TextFormat.RichText if active else Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, row, 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refresh()  # marks as large as the text
