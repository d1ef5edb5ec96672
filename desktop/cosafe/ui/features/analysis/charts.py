"""pyqtgraph charts of the analysis panel: scores per criterion, day versus night, feeling drivers.

Contract:
- Each chart is a QWidget with ``show_data(...)`` taking plain results of
  ``core.perception_stats`` and an empty-state message (shown instead of the chart
  when there is nothing to draw, saying what to do). ``message`` is the text shown
  ("" while the chart shows); ``bars`` lists what is drawn and ``categories`` the
  category axis' labels, for tests and exports.
- Readable in a short dock: a chart's axis title is its title above the plot and its
  legend and caption stand beside it, top-aligned, so scrolling a tall chart hides
  rows, never them. Value axes end at the data's scale (0–100 %, 0–5, −1…1), not beyond.
- ``CriteriaChart.show_data(distribution, labels)``: one stacked horizontal bar per
  criterion, the shares of scores 0, 1, 2 and 3 (dark = poor, on the viridis ramp
  the map uses), criteria top to bottom in the set's order; the legend beside it lists
  the scores top to bottom.
- ``DayNightChart.show_data(pairs)``: for each place walked by day and by night, the
  two 0–5 scores joined by a line (a "dumbbell"), with a sentence saying how many
  places are worse at night.
- ``DriversChart.show_data(drivers, text)``: each criterion's correlation with the
  "feeling" score as a bar (−1 … 1) and ``text`` in plain words below it.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from cosafe.core.formats import format_fixed
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.features.analysis.words import AnalysisCharts

SCORE_COLOURS = ("#440154", "#31688E", "#35B779", "#FDE725")  # 0 poor … 3 good (viridis)
SCORE_NAMES = ("0 poor", "1", "2", "3 good")  # the scores as bars are told apart in ``bars`` (not shown)
DAY_COLOUR, NIGHT_COLOUR = "#E69F00", "#0072B2"  # Okabe–Ito orange and blue
TEXT_COLOUR = "#263238"
BAR_HEIGHT = 0.7
CHART_MIN_HEIGHT = 130  # with its title, fits the Analysis tab of the 1024×768 layout without scrolling
ROW_MIN_PX = 16  # per category row: its label stays readable
CAPTION_MIN_WIDTH = 380
LEGEND_MIN_WIDTH = 110
DAY_NIGHT_CAPTION_WIDTH = 270  # the legend and a sentence of a few lines


def make_plot(parent: QWidget | None = None) -> pg.PlotWidget:
    """A light chart matching the panels around it; no mouse zoom (these are read, not explored)."""
    plot = pg.PlotWidget(parent, background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(CHART_MIN_HEIGHT)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen("#90A4AE"))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
    return plot


def category_axis(plot: pg.PlotWidget, side: str, labels: Sequence[str]) -> None:
    plot.getAxis(side).setTicks([[(i, label) for i, label in enumerate(labels)]])
    if side == "left":  # every row keeps room for its label; a short dock scrolls instead
        plot.setMinimumHeight(max(CHART_MIN_HEIGHT, ROW_MIN_PX * len(labels) + 50))


class ChartFrame(QWidget):
    """A chart, or in its place a message saying why it is empty and what to do."""

    def __init__(self, parent: QWidget | None = None, caption_beside: bool = False,
                 caption_width: int = CAPTION_MIN_WIDTH) -> None:
        super().__init__(parent)
        self.plot = make_plot(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 16px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long explanation reads better beside its chart than squeezed under it.
        layout = QHBoxLayout(self) if caption_beside else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The value axis' title is a label above the plot (``set_axis_title``): it wraps rather
        # than widening the plot past its widget, and stays in view when the chart scrolls.
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.title)
        column.addWidget(self.stack, 1)
        layout.addLayout(column, 3 if caption_beside else 1)
        # A caption of sentences shares the width; a legend takes only what it needs.
        layout.addWidget(self.caption, (2 if caption_width >= CAPTION_MIN_WIDTH else 1) if caption_beside else 0)
        if caption_beside:
            self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            # Wide enough that wrapping never asks for more height than the chart has.
            self.caption.setMinimumWidth(caption_width)
        self.message = ""
        self.bars: list[tuple[str, float]] = []
        self.categories: list[str] = []  # the category axis' labels, top first

    def show_empty(self, message: str) -> None:
        self.message = message
        self.bars, self.categories = [], []
        self.empty.setText(message)
        self.caption.setText("")
        self.caption.hide()
        self.title.hide()
        self.stack.setCurrentWidget(self.empty)

    def set_axis_title(self, text: str) -> None:
        """Name the value axis, above the plot (shown with the chart)."""
        self.title.setText(text)
        self.title.show()

    def show_chart(self, caption: str = "", rich: bool = False) -> None:
        """Show the chart; ``caption`` is plain text unless ``rich`` (then HTML, escaped by the caller)."""
        self.message = ""
        self.caption.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.stack.setCurrentWidget(self.plot)

    def reset_plot(self) -> pg.PlotItem:
        item = self.plot.getPlotItem()
        item.clear()
        if item.legend is not None:
            item.legend.clear()
        return item


class CriteriaChart(ChartFrame):
    """Stacked shares of scores 0–3 per criterion."""

    EMPTY = QT_TRANSLATE_NOOP("AnalysisCharts",
                              "No audit scores yet — record a walk and score its points in the Audits dock.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, caption_beside=True, caption_width=LEGEND_MIN_WIDTH)
        self.caption.setMaximumWidth(LEGEND_MIN_WIDTH)

    def show_data(self, distribution: Mapping[str, Sequence[int]], labels: Mapping[str, str],
                  empty: str | None = None) -> None:
        keys = [key for key, counts in distribution.items() if sum(counts)]
        if not keys:
            self.show_empty(empty or translate("AnalysisCharts", self.EMPTY))
            return
        plot = self.reset_plot()
        totals = np.array([sum(distribution[k]) for k in keys], dtype=float)
        shares = np.array([distribution[k] for k in keys], dtype=float) / totals[:, None] * 100.0
        left = np.zeros(len(keys))
        y = np.arange(len(keys))
        self.bars = []
        for value, (colour, name) in enumerate(zip(SCORE_COLOURS, SCORE_NAMES)):
            item = pg.BarGraphItem(x0=left, y=y, width=shares[:, value], height=BAR_HEIGHT,
                                   brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=0.5))
            plot.addItem(item)
            self.bars += [(f"{labels.get(k, k)}: {value}", float(s)) for k, s in zip(keys, shares[:, value])]
            left = left + shares[:, value]
        self.categories = [arg(self.tr("%1 (n=%2)", "a criterion and how many scored it"), labels.get(k, k), int(t))
                           for k, t in zip(keys, totals)]
        category_axis(self.plot, "left", self.categories)
        self.set_axis_title(self.tr("Share of scores (%)"))
        plot.invertY(True)
        plot.setXRange(0, 100, padding=0)
        plot.setYRange(-0.6, len(keys) - 0.4, padding=0)
        names = (self.tr("score 0 poor"), self.tr("score 1"), self.tr("score 2"), self.tr("score 3 good"))
        self.show_chart(swatch_legend(zip(SCORE_COLOURS, names), sep="<br>"), rich=True)


class DayNightChart(ChartFrame):
    """Day and night scores of the same places, joined."""

    EMPTY = QT_TRANSLATE_NOOP("AnalysisCharts",
                              "No place was walked both by day and at night yet — walk the same route after dark "
                              "and score the points in the Audits dock.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, caption_beside=True, caption_width=DAY_NIGHT_CAPTION_WIDTH)
        # A marker on 0 or 5 is drawn whole over the axis rather than cut in half.
        self.plot.getPlotItem().getViewBox().setFlag(
            QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, False)

    def show_data(self, pairs: Sequence, empty: str | None = None) -> None:  # PlacePair
        if not pairs:
            self.show_empty(empty or translate("AnalysisCharts", self.EMPTY))
            return
        plot = self.reset_plot()
        x = np.arange(1, len(pairs) + 1, dtype=float)
        day = np.array([p.day_score for p in pairs])
        night = np.array([p.night_score for p in pairs])
        lines = np.empty(3 * len(pairs))
        lines[0::3], lines[1::3], lines[2::3] = day, night, np.nan
        xs = np.repeat(x, 3)
        plot.addItem(pg.PlotCurveItem(xs, lines, pen=pg.mkPen("#90A4AE", width=2), connect="finite"))
        plot.addItem(pg.ScatterPlotItem(x, day, symbol="o", size=10, brush=pg.mkBrush(DAY_COLOUR),
                                        pen=pg.mkPen("w")))
        plot.addItem(pg.ScatterPlotItem(x, night, symbol="s", size=10, brush=pg.mkBrush(NIGHT_COLOUR),
                                        pen=pg.mkPen("w")))
        self.bars = [(f"Place {int(i)} day", float(d)) for i, d in zip(x, day)]
        self.bars += [(f"Place {int(i)} night", float(n)) for i, n in zip(x, night)]
        plot.setYRange(0, 5, padding=0)
        plot.setXRange(0.4, len(pairs) + 0.6, padding=0)
        self.set_axis_title(self.tr("Safety score (0–5) of each place, west to east"))
        step = max(1, len(pairs) // 12)
        plot.getAxis("bottom").setTicks([[(float(i), str(int(i))) for i in x[::step]]])
        legend = swatch_legend(((DAY_COLOUR, self.tr("by day")), (NIGHT_COLOUR, self.tr("at night"))), glyphs=("&#9679;", "&#9632;"))
        self.show_chart(f"{legend}<br><br>{html.escape(day_night_sentence(day, night))}", rich=True)


def swatch_legend(entries, glyphs: Sequence[str] = (), sep: str = "&nbsp;&nbsp;") -> str:
    """A legend in rich text: a coloured mark (■ unless ``glyphs`` says otherwise) before each
    label, entries joined by ``sep`` (one line; ``"<br>"`` for a column) — outside the plot,
    where it never hides a bar."""
    mark = '<span style="color:{}; font-size: 120%;">{}</span>&nbsp;{}'
    return sep.join(mark.format(colour, glyphs[i] if i < len(glyphs) else "&#9632;", html.escape(label))
                               for i, (colour, label) in enumerate(entries))


def day_night_sentence(day: np.ndarray, night: np.ndarray) -> str:
    worse = int(np.sum(night < day - 0.05))
    better = int(np.sum(night > day + 0.05))
    n = len(day)
    return arg(AnalysisCharts.tr("%Ln places walked by day and at night: %1 scored lower at night, %2 higher, "
                                 "%3 about the same. Mean score %4 by day, %5 at night.", "", n),
               worse, better, n - worse - better, format_fixed(np.mean(day)), format_fixed(np.mean(night)))


class DriversChart(ChartFrame):
    """How each criterion goes with the "feeling" score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, caption_beside=True)

    EMPTY = QT_TRANSLATE_NOOP("AnalysisCharts",
                              "Not enough audit points with a \"Feeling\" score yet to say which criteria go with "
                              "feeling unsafe — score Feeling at more points in the Audits dock.")

    def show_data(self, drivers: Sequence, text: str, empty: str | None = None) -> None:  # Driver
        usable = [d for d in drivers if d.correlation is not None and np.isfinite(d.correlation)]
        if not usable:
            self.show_empty(empty or translate("AnalysisCharts", self.EMPTY))  # plain words: what to do, not how it is computed
            return
        plot = self.reset_plot()
        values = np.array([d.correlation for d in usable], dtype=float)
        y = np.arange(len(usable))
        colours = [pg.mkBrush(NIGHT_COLOUR if v >= 0 else DAY_COLOUR) for v in values]
        plot.addItem(pg.BarGraphItem(x0=np.minimum(values, 0), y=y, width=np.abs(values), height=BAR_HEIGHT,
                                     brushes=colours, pen=pg.mkPen("w", width=0.5)))
        plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#607D8B")))
        self.bars = [(d.label, float(v)) for d, v in zip(usable, values)]
        self.categories = [arg(self.tr("%1 (n=%2)", "a criterion and how many scored it"), d.label, d.n)
                           for d in usable]
        category_axis(self.plot, "left", self.categories)
        self.set_axis_title(self.tr("Goes with feeling safe → (correlation, −1 … 1)"))
        plot.invertY(True)
        plot.setXRange(-1, 1, padding=0)
        plot.setYRange(-0.6, len(usable) - 0.4, padding=0)
        self.show_chart(text)
