"""The Analysis panel: what the audit scores and pins say, through the shared perception filter.

Contract:
- ``AnalysisPanel(parent)``; ``set_source(source | None)`` follows a
  ``PerceptionSource`` (its ``updated`` signal redraws the panel, at once when it is
  on screen, else when it is next shown — ``RefreshWhenShown``); ``refresh()``
  redraws from ``source.filtered`` now.
- Tabs: Criteria (``CriteriaChart``: scores 0–3 per criterion), People
  (``BreakdownChart``: mean score and unsafe share by gender × age band × time of day,
  cells under the project's suppression threshold, and cells that would reveal them, "hidden"), Day and night
  (``DayNightChart``, and under it ``IncidentTimesView``: recorded incidents per time of
  day — by their clock time, ``core.incident_times`` — beside what people felt then,
  incidents without a time counted as "time unknown"), Feeling (``DriversChart`` with ``explain_drivers`` in plain
  words). The safety score formula (``core.criteria.SCORE_FORMULA_TEXT``) is always
  shown under the tabs.
- Empty states say what to do: no project, nothing recorded yet (record in the
  Audits dock), or nothing left by the filters (widen them).
- Small-cell suppression: when a filter leaves fewer people than the project's
  threshold, the Criteria, Day and Night and Feeling charts show no figures, only
  why (``too_few_text``); the People tab shows such cells as "hidden".
- Only reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from cosafe.core.criteria import score_formula_text
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.perception_stats import (criterion_distribution, day_night_comparison, explain_drivers,
                                          feeling_drivers)
from cosafe.core.incident_times import compare_bands
from cosafe.ui.features.analysis.charts import CriteriaChart, DayNightChart, DriversChart
from cosafe.ui.features.analysis.incident_times_view import IncidentTimesView
from cosafe.ui.features.analysis.breakdown_chart import BreakdownChart
from cosafe.ui.features.analysis.source import PerceptionSource
from cosafe.ui.features.analysis.words import AnalysisCharts
from cosafe.ui.kit.refresh import RefreshWhenShown

# Empty states, in English (context "AnalysisCharts"): shown through ``translate``.
NO_PROJECT = QT_TRANSLATE_NOOP("AnalysisCharts", "Open a project to see what its audits and pins say.")
FILTERED_OUT = QT_TRANSLATE_NOOP("AnalysisCharts", "Nothing matches the filters — widen them in the Perception "
                                                   "Filters dock (or Clear Filters).")
NO_SCORES = QT_TRANSLATE_NOOP("AnalysisCharts", "No audit points yet — record a walk in the Audits dock.")
NO_RECORDS = QT_TRANSLATE_NOOP("AnalysisCharts", "No audit points or perception pins yet — record a walk or place "
                                                 "pins in the Audits dock.")
NO_INCIDENTS = QT_TRANSLATE_NOOP("AnalysisCharts", "No recorded incidents in these dates — import police or NGO "
                                                   "data with Audit › Import Recorded Incidents to compare them "
                                                   "with what people feel by time of day.")


class AnalysisPanel(RefreshWhenShown, QWidget):
    """Four chart tabs over the filtered perceptions, and the score formula."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: PerceptionSource | None = None
        self._charts: dict[int, QWidget] = {}  # made when their tab is first shown: each is a pyqtgraph plot
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._stale_tabs: set[int] = set()
        for title, tip in (
                (self.tr("Criteria"), self.tr("How each criterion was scored, 0 (poor) to 3 (good)")),
                (self.tr("People"),
                 self.tr("Mean safety score and share of unsafe pins by gender, age and time of day")),
                (self.tr("Day and Night"), self.tr("The same places scored by day and at night")),
                (self.tr("Feeling"), self.tr("Which criteria go with feeling unsafe"))):
            # A short dock scrolls its charts rather than taking the map's height (and many
            # demographic cells make a tall chart).
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setMinimumHeight(24)  # a squeezed dock must not make the window taller
            index = self.tabs.addTab(scroll, title)
            self.tabs.setTabToolTip(index, tip)
        self.formula = QLabel(score_formula_text(), self)
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setStyleSheet("color: palette(dark); font-size: 90%;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.formula)
        self.tabs.currentChanged.connect(lambda _index: self._draw_current_tab())
        self.refresh()

    def _chart(self, index: int) -> QWidget:
        if index not in self._charts:
            kind = (CriteriaChart, BreakdownChart, DayNightChart, DriversChart)[index]
            chart = kind(self)
            if isinstance(chart, BreakdownChart):
                chart.dimensions_changed.connect(self.refresh_soon)
            self._charts[index] = chart
            if isinstance(chart, DayNightChart):  # recorded incidents by time of day, under the places
                page = QWidget(self)
                column = QVBoxLayout(page)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(chart, 1)
                self.incident_times = IncidentTimesView(page)
                column.addWidget(self.incident_times)
                self.tabs.widget(index).setWidget(page)
            else:
                self.tabs.widget(index).setWidget(chart)
        return self._charts[index]

    @property
    def criteria(self) -> CriteriaChart:
        return self._chart(0)  # type: ignore[return-value]

    @property
    def breakdown(self) -> BreakdownChart:
        return self._chart(1)  # type: ignore[return-value]

    @property
    def day_night(self) -> DayNightChart:
        return self._chart(2)  # type: ignore[return-value]

    @property
    def drivers(self) -> DriversChart:
        return self._chart(3)  # type: ignore[return-value]

    def set_source(self, source: PerceptionSource | None) -> None:
        if self.source is not None:
            self.source.updated.disconnect(self.refresh_soon)
        self.source = source
        if source is not None:
            source.updated.connect(self.refresh_soon)
        self.refresh_soon()

    def refresh(self) -> None:
        """Redraw the chart on show now and the others when their tab is picked: each costs a plot."""
        self._stale_tabs = set(range(self.tabs.count()))
        self._draw_current_tab()

    def _draw_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._stale_tabs:
            self._stale_tabs.discard(index)
            self._draw(self._chart(index))

    def _draw(self, chart: QWidget) -> None:
        # Charts are told apart by type: the ``criteria``/``breakdown``/… properties would
        # make every other tab's chart just to compare with it.
        store = self.source.store if self.source is not None else None
        data = self.source.data if self.source is not None else None
        kept = self.source.filtered if self.source is not None else None
        if store is None or data is None or kept is None:
            no_project = translate("AnalysisCharts", NO_PROJECT)
            if isinstance(chart, BreakdownChart):
                chart.show_data(None, 5, no_project)
            elif isinstance(chart, DriversChart):
                chart.show_data([], "", no_project)
            else:
                chart.show_empty(no_project)  # type: ignore[attr-defined]
            if isinstance(chart, DayNightChart):
                self.incident_times.show_empty(no_project)
            return
        has_scores, has_pins = len(data.scores.date) > 0, len(data.pins.date) > 0
        threshold = store.suppression_threshold
        if isinstance(chart, DayNightChart):
            self._draw_incident_times(kept, threshold)
        if isinstance(chart, BreakdownChart):
            chart.show_data(kept, threshold, translate("AnalysisCharts", NO_RECORDS if not (has_scores or has_pins)
                                                       else FILTERED_OUT))
            return
        if self.source is not None and self.source.too_few_people():
            chart.show_empty(too_few_text(threshold))  # type: ignore[attr-defined]
            return
        scores_empty = translate("AnalysisCharts", NO_SCORES if not has_scores else FILTERED_OUT)
        if isinstance(chart, CriteriaChart):
            # The outcome ("feeling") is scored like the others but is not part of the safety score.
            labels = {key: arg(self.tr("%1 (outcome)", "a criterion scored as the outcome"), label)
                      if key in data.outcome_keys else label
                      for key, label in data.labels.get("criterion", {}).items()}
            chart.show_data(criterion_distribution(kept), labels, scores_empty)
        elif not len(kept.scores.date):
            chart.show_empty(scores_empty)  # type: ignore[attr-defined]
        elif isinstance(chart, DayNightChart):
            chart.show_data(day_night_comparison(kept))
        else:
            drivers = feeling_drivers(kept)
            chart.show_data(drivers, explain_drivers(drivers) if drivers else "")  # type: ignore[attr-defined]

    def _draw_incident_times(self, kept, threshold: int) -> None:
        """Recorded incidents per time of day, and beside them what people felt then (their own figures)."""
        assert self.source is not None
        times = self.source.incident_times()
        if not times:
            self.incident_times.show_empty(translate("AnalysisCharts", NO_INCIDENTS))
            return
        # Too few people in the selection: their figures stay hidden, as every chart hides them.
        rows, unknown = compare_bands(times, kept, threshold, withheld=self.source.too_few_people())
        self.incident_times.show_data(rows, unknown)


def too_few_text(threshold: int) -> str:
    return AnalysisCharts.tr("Fewer than %Ln people match these filters, so their figures are hidden to protect "
                             "them (the project's threshold is %Ln). Widen the filters to see more.", "", threshold)
