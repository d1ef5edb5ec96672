"""Mean safety score and unsafe-pin share by demographic cell, with small-cell suppression.

Contract:
- ``BreakdownChart()``: tick boxes choose the dimensions (gender, age band, role,
  time of day; gender at first); ``show_data(data, threshold)``
  draws one row per cell of ``core.perception_stats.protected_cells`` — a bar of the
  mean 0–5 score on the left chart and of the unsafe share of pins (0–100 %) on the
  right, the figure written at the bar's end (inside it, in white, near the axis' end).
  The value axes end at 5 and 100 %, the charts' titles stand above them.
- A hidden cell (fewer people than ``threshold``, or one from which such a cell could
  be worked out) gets no bar and no figure, only the text "hidden"
  (``format_cell_value``) in both charts. A cell without
  scores or pins shows "–" on that side.
- ``rows`` lists what is shown: ``BreakdownRow(label, score_text, share_text,
  score, share)``; score/share are None when no bar is drawn.
- The cells are worked out off the UI thread (``kit.background``): while they are,
  ``working`` is True, the note says so and the previous drawing stays; a newer
  ``show_data`` overtakes an older one. ``rows`` then describes the latest.
- ``dimensions_changed`` is emitted when the tick boxes change (the panel redraws).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.perception_stats import PerceptionData, format_cell_value, protected_cells
from cosafe.ui.features.analysis.charts import BAR_HEIGHT, TEXT_COLOUR, ChartFrame, category_axis
from cosafe.ui.kit.background import Background

# (dimension, its name, the tooltip of its tick box); names in English, context "AnalysisCharts"
CHOICES = (
    ("gender", QT_TRANSLATE_NOOP("AnalysisCharts", "Gender"),
     QT_TRANSLATE_NOOP("AnalysisCharts", "Compare groups of people by gender; each tick splits them further")),
    ("age_band", QT_TRANSLATE_NOOP("AnalysisCharts", "Age band"),
     QT_TRANSLATE_NOOP("AnalysisCharts", "Compare groups of people by age band; each tick splits them further")),
    ("role", QT_TRANSLATE_NOOP("AnalysisCharts", "Role"),
     QT_TRANSLATE_NOOP("AnalysisCharts", "Compare groups of people by role; each tick splits them further")),
    ("time_of_day", QT_TRANSLATE_NOOP("AnalysisCharts", "Time of day"),
     QT_TRANSLATE_NOOP("AnalysisCharts", "Compare groups of people by time of day; each tick splits them further")),
)
# One dimension at first: a workshop's few dozen people split three ways leave almost every
# group too small to show (and the groups that would give them away hidden with them).
DEFAULT = ("gender",)
SCORE_BAR, SHARE_BAR = "#21908C", "#D55E00"
INSIDE_FROM = 0.8  # a bar longer than this share of the axis carries its figure inside
ROW_PX = 22  # height per cell: labels stay readable however many cells there are
WORKING = QT_TRANSLATE_NOOP("AnalysisCharts", "Working out which groups can be shown without giving anyone away…")


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    score_text: str
    share_text: str
    score: float | None  # drawn bar value, None when no bar
    share: float | None  # 0..1


class BreakdownChart(QWidget):
    """Two linked bar charts over the same rows of demographic cells."""

    dimensions_changed = Signal()
    EMPTY = QT_TRANSLATE_NOOP("AnalysisCharts",
                              "No audit scores or perception pins yet — record a walk or place pins in the Audits "
                              "dock to compare groups of people.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Compare by:"), self))
        for key, label, tip in CHOICES:
            box = QCheckBox(translate("AnalysisCharts", label), self)
            box.setChecked(key in DEFAULT)
            box.setToolTip(translate("AnalysisCharts", tip))
            box.toggled.connect(lambda _on: self.dimensions_changed.emit())
            self.boxes[key] = box
            choose.addWidget(box)
        choose.addStretch(1)
        self.scores = ChartFrame(self)
        self.shares = ChartFrame(self)
        self.shares.plot.setYLink(self.scores.plot)
        charts = QHBoxLayout()
        charts.setSpacing(2)
        charts.addWidget(self.scores, 3)
        charts.addWidget(self.shares, 2)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addLayout(charts, 1)
        layout.addWidget(self.note)
        self.rows: list[BreakdownRow] = []
        self.message = ""
        self._background = Background(self)
        self._background.done.connect(lambda result: self._show_cells(*result))
        self._background.failed.connect(self._failed)

    @property
    def dimensions(self) -> tuple[str, ...]:
        return tuple(key for key, _label, _tip in CHOICES if self.boxes[key].isChecked())

    def set_dimensions(self, keys: tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)
        self.dimensions_changed.emit()

    @property
    def working(self) -> bool:
        """True while the protected cells of the latest ``show_data`` are being worked out."""
        return self._background.working

    def show_data(self, data: PerceptionData | None, threshold: int, empty: str | None = None) -> None:
        """Draw ``data``'s cells; with data, once they are worked out off the UI thread (``working``)."""
        if data is None:
            self._background.forget()
            self._show_cells(None, (), threshold, empty, [])
            return
        dimensions = self.dimensions
        # Working out which cells can be shown is a linear programme per hidden figure:
        # about a second for a three-way table of 200 people. The window stays live meanwhile.
        self._background.start(lambda: (data, dimensions, threshold, empty,
                                        protected_cells(data, dimensions, threshold)))
        self.note.setText(translate("AnalysisCharts", WORKING))

    def _failed(self, text: str) -> None:
        self.rows = []
        self.message = text
        for frame in (self.scores, self.shares):
            frame.show_empty(text)
        self.note.setText("")

    def _show_cells(self, data: PerceptionData | None, dimensions: tuple[str, ...], threshold: int,
                    empty: str | None, cells: list) -> None:
        if not cells or (data is not None and not len(data.scores.date) and not len(data.pins.date)):
            self.rows = []
            self.message = empty or translate("AnalysisCharts", self.EMPTY)
            for frame in (self.scores, self.shares):
                frame.show_empty(self.message)
            self.note.setText("")
            return
        self.message = ""
        self.rows = [BreakdownRow(
            label=" · ".join(data.label(dim, key) for dim, key in zip(dimensions, cell.keys)) or self.tr("Everyone"),
            score_text=format_cell_value(cell, cell.mean_score),
            share_text=format_cell_value(cell, cell.unsafe_share, percent=True),
            score=None if cell.suppressed else cell.mean_score,
            share=None if cell.suppressed else cell.unsafe_share) for cell in cells]
        self._draw(self.scores, [r.score for r in self.rows], [r.score_text for r in self.rows], 5.0,
                   SCORE_BAR, self.tr("Mean safety score (0–5)"), labels=True)
        self._draw(self.shares, [None if r.share is None else r.share * 100 for r in self.rows],
                   [r.share_text for r in self.rows], 100.0, SHARE_BAR, self.tr("Unsafe pins (% of pins)"),
                   labels=False)
        suppressed = sum(cell.suppressed for cell in cells)
        self.note.setText(
            arg(self.tr("Groups with fewer than %Ln people, and groups from which one could be worked out, show "
                        "“hidden” instead of a figure, to protect participants (%1 of %2 here). "
                        "Each comparison you tick splits people into smaller groups, so more are hidden.", "",
                        threshold), suppressed, len(cells))
            if suppressed else self.tr("Every group here has at least %Ln people.", "", threshold))
        height = max(160, ROW_PX * len(self.rows) + 70)
        for frame in (self.scores, self.shares):
            frame.plot.setMinimumHeight(height)

    def _draw(self, frame: ChartFrame, values: list[float | None], texts: list[str], top: float, colour: str,
              title: str, labels: bool) -> None:
        plot = frame.reset_plot()
        drawn = [(i, v) for i, v in enumerate(values) if v is not None]
        if drawn:
            y, width = np.array([i for i, _ in drawn], dtype=float), np.array([v for _, v in drawn])
            plot.addItem(pg.BarGraphItem(x0=np.zeros(len(drawn)), y=y, width=width, height=BAR_HEIGHT,
                                         brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=0.5)))
        frame.bars = [(self.rows[i].label, float(v)) for i, v in drawn]
        for i, (value, text) in enumerate(zip(values, texts)):
            # "<5" and "–" stand at the axis, where a bar would start: no length to read.
            # Near the axis' end a figure goes inside its bar, so the axis can end at ``top``.
            inside = value is not None and value > top * INSIDE_FROM
            label = pg.TextItem(text, color="w" if inside else TEXT_COLOUR, anchor=(1, 0.5) if inside else (0, 0.5))
            label.setPos((value or 0.0) + top * (-0.01 if inside else 0.01), i)
            plot.addItem(label)
        category_axis(frame.plot, "left", [r.label for r in self.rows] if labels else [""] * len(self.rows))
        if not labels:
            plot.getAxis("left").setWidth(4)
        # A title on top stays in view when many rows scroll the axis away.
        plot.setTitle(title, color=TEXT_COLOUR, size="10pt")
        plot.invertY(True)
        plot.setXRange(0, top, padding=0)
        plot.setYRange(-0.6, len(self.rows) - 0.4, padding=0)
        frame.show_chart()

    def texts(self, frame: ChartFrame) -> list[str]:
        """Every figure written on one of the two charts, top row first."""
        items = [i for i in frame.plot.getPlotItem().items if isinstance(i, pg.TextItem)]
        return [i.toPlainText() for i in sorted(items, key=lambda i: i.pos().y())]
