"""The influence–interest grid: every stakeholder as a labelled point on a 2×2 grid.

Contract:
- ``StakeholderGrid.show_stakeholders(stakeholders)`` draws one point per
  stakeholder at (interest, influence), both 1–5, coloured by sector
  (``SECTOR_COLOURS``), with its (shortened) name beside it. Stakeholders sharing a
  cell are stacked one above the other, so each stays visible and clickable.
- The lines at 3 split the grid into four quadrants, labelled in their corners:
  "Manage closely" (high influence, high interest), "Keep satisfied" (high
  influence, low interest), "Keep informed" (low influence, high interest),
  "Monitor" (low both); 3 counts as high (the middle of the scale leans to attention),
  as ``stakeholder_panel.quadrant`` says in the table's tooltips.
- Clicking a point emits ``stakeholder_clicked(uuid)``; ``set_selected(uuid | None)``
  rings that point. ``positions`` maps uuid -> the (x, y) drawn, for tests.
The chart only reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Stakeholder
from cosafe.core.vocabulary import STAKEHOLDER_SECTORS, choices
from cosafe.ui.features.plan.stakeholder_panel import quadrant

# Okabe–Ito colours, distinct for colour-blind readers too.
SECTOR_COLOURS = {"government": "#0072B2", "business": "#E69F00", "community": "#009E73",
                  "civil_society": "#CC79A7"}
OTHER_COLOUR = "#777777"
QUADRANTS = ((QT_TRANSLATE_NOOP("StakeholderGrid", "Manage closely"), True, True),
             (QT_TRANSLATE_NOOP("StakeholderGrid", "Keep satisfied"), True, False),
             (QT_TRANSLATE_NOOP("StakeholderGrid", "Keep informed"), False, True),
             (QT_TRANSLATE_NOOP("StakeholderGrid", "Monitor"), False, False))  # translated where drawn
STACK_STEP = 0.3  # grid units between stakeholders stacked in one cell
MAX_LABEL = 14  # characters of a name shown beside its point (the tooltip and the table have it whole)
TEXT_COLOUR, QUADRANT_COLOUR = "#263238", "#78909C"


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[:MAX_LABEL - 1].rstrip() + "…"


class StakeholderGrid(QWidget):
    stakeholder_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderGrid")
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumSize(380, 180)
        item = self.plot.getPlotItem()
        # Room above 5 and below 1 for the quadrant names, so they never sit on a point.
        item.setXRange(0.3, 5.7, padding=0)
        item.setYRange(0.05, 5.95, padding=0)
        for side, title in (("bottom", self.tr("Interest →")), ("left", self.tr("Influence →"))):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen("#90A4AE"))
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
            axis.setTicks([[(v, str(v)) for v in range(1, 6)]])
            axis.setLabel(title, color=TEXT_COLOUR)
        for vertical in (True, False):
            line = pg.InfiniteLine(pos=3, angle=90 if vertical else 0, pen=pg.mkPen("#B0BEC5", width=1.5))
            self.plot.addItem(line)
        italic = QFont()
        italic.setItalic(True)
        corners = {(True, True): (5.65, 5.92, (1, 0)), (True, False): (0.35, 5.92, (0, 0)),
                   (False, True): (5.65, 0.08, (1, 1)), (False, False): (0.35, 0.08, (0, 1))}
        for name, high_influence, high_interest in QUADRANTS:
            x, y, anchor = corners[(high_influence, high_interest)]
            label = pg.TextItem(translate("StakeholderGrid", name), color=QUADRANT_COLOUR, anchor=anchor)
            label.setFont(italic)
            label.setPos(x, y)
            self.plot.addItem(label)
        self.label_font = QFont()
        self.label_font.setPointSizeF(max(7.0, self.label_font.pointSizeF() - 1))
        self.scatter = pg.ScatterPlotItem(size=11, hoverable=True, tip=None)
        self.scatter.sigClicked.connect(self._clicked)
        self.plot.addItem(self.scatter)
        self.ring = pg.ScatterPlotItem(size=19, pen=pg.mkPen("#212121", width=2), brush=None)
        self.plot.addItem(self.ring)
        self._labels: list[pg.TextItem] = []
        self.positions: dict[str, tuple[float, float]] = {}
        self.selected: str | None = None
        legend = "  ".join(f"<span style='color:{SECTOR_COLOURS[key]}'>●</span> {label}"
                           for key, label in choices(STAKEHOLDER_SECTORS))
        self.legend = QLabel(legend, self)
        self.legend.setObjectName("fieldHelp")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)

    def show_stakeholders(self, stakeholders: Sequence[Stakeholder]) -> None:
        for label in self._labels:
            self.plot.removeItem(label)
        self._labels = []
        self.positions = {}
        cells: dict[tuple[int, int], list[Stakeholder]] = defaultdict(list)
        for stakeholder in stakeholders:
            cells[(stakeholder.interest, stakeholder.influence)].append(stakeholder)
        spots = []
        for (interest, influence), members in cells.items():
            # Sharing a cell: stacked one above the other, each name on its own line.
            step = min(STACK_STEP, 0.9 / len(members))
            for index, stakeholder in enumerate(sorted(members, key=lambda m: m.name.casefold())):
                x = float(interest)
                y = float(influence) - (index - (len(members) - 1) / 2) * step
                colour = SECTOR_COLOURS.get(stakeholder.sector, OTHER_COLOUR)
                spots.append({"pos": (x, y), "data": stakeholder.uuid, "brush": pg.mkBrush(colour),
                              "pen": pg.mkPen("w", width=1.2)})
                self.positions[stakeholder.uuid] = (x, y)
                # Names on the right of their point, but on the left near the right edge, so they stay inside.
                right_edge = x > 4
                label = pg.TextItem(_short(stakeholder.name or self.tr("Unnamed")), color=TEXT_COLOUR,
                                    anchor=(1, 0.5) if right_edge else (0, 0.5))
                label.setFont(self.label_font)
                label.setToolTip(arg(self.tr("%1 — %2", "a stakeholder's name — the grid's advice, e.g. keep informed"),
                                     stakeholder.name, quadrant(stakeholder.influence, stakeholder.interest)))
                label.setPos(x - 0.1 if right_edge else x + 0.1, y)
                self.plot.addItem(label)
                self._labels.append(label)
        self.scatter.setData(spots)
        if self.selected not in self.positions:
            self.selected = None
        self._draw_ring()

    def set_selected(self, uuid: str | None) -> None:
        self.selected = uuid if uuid in self.positions else None
        self._draw_ring()

    def _draw_ring(self) -> None:
        if self.selected is None:
            self.ring.setData([])
        else:
            x, y = self.positions[self.selected]
            self.ring.setData([{"pos": (x, y)}])

    def _clicked(self, _item: pg.ScatterPlotItem, points, _event=None) -> None:
        if len(points):
            uuid = points[0].data()
            self.set_selected(uuid)
            self.stakeholder_clicked.emit(uuid)
