"""Recorded incidents by time of day beside what people felt then: part of the Day and Night tab.

Contract:
- ``IncidentTimesView(parent).show_data(rows, unknown)`` shows ``core.incident_times.compare_bands``'
  result as a small table: per band (day, dusk, night) its clock hours, the recorded
  incidents then (count and share of those with a time) and, apart, what people felt
  then (mean safety score, share of pins marked unsafe; "hidden" for small groups as
  everywhere). ``unknown`` incidents without a time are said on their own line ("time
  unknown"), never put in a band. ``show_empty(message)`` says why there is nothing
  (no incidents imported, or none in the date range).
- ``text`` is what it shows, as plain text, for tests; ``figures`` the incidents per
  band and unknown, as numbers.
- Every heading says which figures are recorded data and which are perceptions.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cosafe.core.formats import format_share
from cosafe.core.i18n import arg
from cosafe.ui.kit.numbers import grouped


class IncidentTimesView(QWidget):
    """Incidents per time-of-day band, and the perceptions of that band in their own columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentTimes")
        self.title = QLabel(self.tr("Recorded incidents by time of day (imported data, not perceptions)"), self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.text = ""
        self.figures: dict[str, int] = {}

    def show_empty(self, message: str) -> None:
        self.figures = {}
        self.text = message
        self.body.setText(html.escape(message))

    def show_data(self, rows: Sequence, unknown: int) -> None:  # core.incident_times.BandRow
        heads = (self.tr("Time of day"), self.tr("Hours"), self.tr("Recorded incidents"),
                 self.tr("People's mean safety score (0–5)"), self.tr("Pins marked unsafe"))
        cells = [[row.label, arg(self.tr("%1–%2", "clock hours, from–to"), row.first, row.last),
                  self._count(row.incidents, row.incident_share), row.mean_score, row.unsafe_share]
                 for row in rows]
        header = "".join(f"<th align='left' style='padding: 2px 10px 2px 0;'>{html.escape(h)}</th>" for h in heads)
        body = "".join("<tr>" + "".join(f"<td style='padding: 2px 10px 2px 0;'>{html.escape(c)}</td>" for c in cells_)
                       + "</tr>" for cells_ in cells)
        unknown_line = (self.tr("Time unknown: %Ln recorded incidents have no time of day in their data; they are "
                                "counted here, not put in a band.", "", unknown) if unknown
                        else self.tr("Every recorded incident here has its time of day."))
        note = self.tr("Incidents are put in a band by their recorded clock time; walks and pins by what was "
                       "recorded for them.")
        self.body.setText(f"<table cellspacing='0'><tr>{header}</tr>{body}</table>"
                          f"<p>{html.escape(unknown_line)}</p><p style='color: palette(dark);'>{html.escape(note)}</p>")
        self.figures = {row.band: row.incidents for row in rows} | {"unknown": unknown}
        self.text = "\n".join(["\t".join(heads), *("\t".join(c) for c in cells), unknown_line, note])

    def _count(self, count: int, share: float | None) -> str:
        if share is None:
            return grouped(count)
        return arg(self.tr("%1 (%2)", "a count (its share)"), grouped(count), format_share(share))
