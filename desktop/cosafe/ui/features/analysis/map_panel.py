"""The map side of the perceptions: layer toggles with their legend, and the heat map controls.

Contract:
- ``PerceptionMapPanel(layer_actions, heat_actions, parent)`` shows one tick box per
  perception layer, kept in step with the given checkable QActions (layer key ->
  action; the View menu holds the same actions), each with its legend swatches
  (``features.analysis.style.LEGEND``: score ramp, dark spot, safe/unsafe pins, recorded
  incidents, day/dusk/night routes).
- Heat map: a source combo in step with ``heat_actions`` (source key or "" for
  none -> exclusive checkable action) and a radius in metres (spin box and slider,
  ``MIN_RADIUS_M``…``MAX_RADIUS_M``). ``radius_changed(int)`` is emitted once the
  radius rests for ``RADIUS_DELAY_MS``, so dragging the slider does not recompute
  the heat map at every step; ``set_radius`` changes it from elsewhere.
- ``set_counts(counts)`` writes how many of each the map shows; ``set_counts(None, text)``
  writes ``text`` instead (a selection of too few people shows no counts).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QSpinBox,
                               QVBoxLayout, QWidget)

from cosafe.core.criteria import score_formula_text
from cosafe.core.i18n import arg, translate
from cosafe.ui.features.analysis.style import AUDIT_POINTS, DEFAULT_RADIUS_M, HEAT, HEAT_SOURCES, INCIDENTS, LAYER_LABELS, LAYER_ORDER, LEGEND, MAX_RADIUS_M, MIN_RADIUS_M, PINS, ROUTE_COLOUR, ROUTE_DASHES, ROUTES, heat_legend
from cosafe.ui.map.symbols import symbol_icon
from cosafe.ui.kit.accessibility import describe, tab_order

RADIUS_DELAY_MS = 150
NO_HEAT = ""


def _swatch(icon_label: QLabel, icon, text: str) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(22, 0, 0, 0)
    layout.setSpacing(4)
    icon_label.setPixmap(icon.pixmap(16, 16))
    layout.addWidget(icon_label)
    label = QLabel(text)
    label.setStyleSheet("font-size: 90%;")
    layout.addWidget(label, 1)
    return row


class PerceptionMapPanel(QWidget):
    """Layer toggles, legend and heat map controls of the perception map."""

    radius_changed = Signal(int)

    def __init__(self, layer_actions: Mapping[str, QAction], heat_actions: Mapping[str, QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer_actions = dict(layer_actions)
        self.heat_actions = dict(heat_actions)
        self.boxes: dict[str, QCheckBox] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(2)
        for key in LAYER_ORDER:
            box = QCheckBox(translate("PerceptionMap", LAYER_LABELS[key]), self)
            self._bind(box, self.layer_actions[key])
            if key == AUDIT_POINTS:
                box.setToolTip(score_formula_text())
            self.boxes[key] = box
            column.addWidget(box)
            for entry_key, text, symbol, pen, brush in LEGEND:
                if entry_key == key:
                    column.addWidget(_swatch(QLabel(self), symbol_icon(symbol, pen, brush),
                                             translate("PerceptionMap", text)))
            if key == ROUTES:
                walked = {"day": self.tr("Walked by day"), "dusk": self.tr("Walked at dusk"),
                          "night": self.tr("Walked at night")}
                for time, dash in ROUTE_DASHES.items():
                    column.addWidget(_swatch(QLabel(self), symbol_icon("", ROUTE_COLOUR, None, dash=dash),
                                             walked[time]))
            if key == INCIDENTS:
                note = QLabel(self.tr("Imported police or other records, not perceptions: only the date filter applies."),
                              self)
                note.setWordWrap(True)
                note.setContentsMargins(22, 0, 0, 0)
                note.setStyleSheet("color: palette(dark); font-size: 90%;")
                column.addWidget(note)

        heat = QGridLayout()
        heat.setContentsMargins(0, 8, 0, 0)
        self.heat_box = QCheckBox(self.tr("Heat map of", "followed by the heat map's source"), self)
        self._bind(self.heat_box, self.layer_actions[HEAT])
        self.source_combo = QComboBox(self)
        describe(self.source_combo, self.tr("Heat map source"), self.tr("What the heat map is made of"))
        for key, label in HEAT_SOURCES:
            self.source_combo.addItem(translate("PerceptionMap", label), key)
        self.source_combo.currentIndexChanged.connect(self._source_chosen)
        for key, action in self.heat_actions.items():
            action.toggled.connect(lambda on, k=key: on and self._show_source(k))
        self.radius_spin = QSpinBox(self)
        self.radius_spin.setAccessibleName(self.tr("Heat radius"))
        self.radius_spin.setRange(MIN_RADIUS_M, MAX_RADIUS_M)
        self.radius_spin.setSingleStep(10)
        self.radius_spin.setSuffix(self.tr(" m", "metres after a number"))
        self.radius_spin.setToolTip(self.tr("How far each point's heat reaches"))
        self.radius_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.radius_slider.setRange(MIN_RADIUS_M, MAX_RADIUS_M)
        self.radius_slider.setPageStep(50)
        describe(self.radius_slider, self.tr("Heat radius slider"), self.tr("How far each point's heat reaches"))
        self.radius_spin.valueChanged.connect(self.radius_slider.setValue)
        self.radius_slider.valueChanged.connect(self.radius_spin.setValue)
        self._radius_timer = QTimer(self)
        self._radius_timer.setSingleShot(True)
        self._radius_timer.setInterval(RADIUS_DELAY_MS)
        self._radius_timer.timeout.connect(lambda: self.radius_changed.emit(self.radius_spin.value()))
        self.radius_spin.valueChanged.connect(lambda _v: self._radius_timer.start())
        self.radius_spin.setValue(DEFAULT_RADIUS_M)
        heat.addWidget(self.heat_box, 0, 0)
        heat.addWidget(self.source_combo, 0, 1, 1, 2)
        heat.addWidget(QLabel(self.tr("Radius:"), self), 1, 0)
        heat.addWidget(self.radius_slider, 1, 1)
        heat.addWidget(self.radius_spin, 1, 2)
        tab_order(self.source_combo, self.radius_slider, self.radius_spin)  # the slider is left of the box
        ramp = QHBoxLayout()
        ramp.setContentsMargins(22, 0, 0, 0)
        strip = QLabel(self)
        strip.setPixmap(heat_legend())
        for text, stretch in ((self.tr("fewer", "heat map scale"), 0), (None, 0),
                              (self.tr("more", "heat map scale"), 1)):
            if text is None:
                ramp.addWidget(strip)
            else:
                label = QLabel(text, self)
                label.setStyleSheet("font-size: 90%;")
                ramp.addWidget(label, stretch)
        heat.addLayout(ramp, 2, 0, 1, 3)
        heat.setColumnStretch(1, 1)
        column.addLayout(heat)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("color: palette(dark);")
        column.addWidget(self.counts)
        column.addStretch(1)
        self._show_source(next((k for k, a in self.heat_actions.items() if a.isChecked()), NO_HEAT))

    @staticmethod
    def _bind(box: QCheckBox, action: QAction) -> None:
        box.setChecked(action.isChecked())
        box.setToolTip(action.toolTip())
        box.toggled.connect(action.setChecked)
        action.toggled.connect(box.setChecked)  # no loop: setChecked to the same value emits nothing

    def _source_chosen(self, _index: int) -> None:
        action = self.heat_actions.get(self.source_combo.currentData())
        if action is not None:
            action.setChecked(True)
            self.layer_actions[HEAT].setChecked(True)  # choosing what to see means wanting to see it

    def _show_source(self, key: str) -> None:
        index = self.source_combo.findData(key)
        if index >= 0 and index != self.source_combo.currentIndex():
            self.source_combo.blockSignals(True)
            self.source_combo.setCurrentIndex(index)
            self.source_combo.blockSignals(False)

    @property
    def radius(self) -> int:
        return self.radius_spin.value()

    def set_radius(self, metres: int) -> None:
        self.radius_spin.setValue(int(metres))

    def set_counts(self, counts: Mapping[str, int] | None, text: str = "") -> None:
        """Write how many of each the map shows (or ``text`` instead, when counts must not show)."""
        if counts is None:
            self.counts.setText(text)
            return
        self.counts.setText(arg(self.tr("On the map: %1 · %2 · %3 · %4"),
                                self.tr("%Ln audit points", "", counts.get(AUDIT_POINTS, 0)),
                                self.tr("%Ln pins", "", counts.get(PINS, 0)),
                                self.tr("%Ln routes", "", counts.get(ROUTES, 0)),
                                self.tr("%Ln recorded incidents", "", counts.get(INCIDENTS, 0))))
