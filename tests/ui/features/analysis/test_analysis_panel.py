"""The Analysis panel: charts against hand-computed figures, small-cell suppression, empty states."""

from __future__ import annotations

import pytest
from perception_support import LAT, LON, new_project, on_tab
from shapely.geometry import Point
from shell_support import OFFSCREEN_NOISE

from cosafe.core.criteria import SCORE_FORMULA_TEXT
from cosafe.core.edits import AddRecord
from cosafe.core.perception_data import PerceptionFilter
from cosafe.core.perception_stats import explain_drivers, feeling_drivers
from cosafe.core.records import PerceptionPin
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.analysis.panel import FILTERED_OUT, NO_PROJECT, NO_RECORDS, NO_SCORES, AnalysisPanel
from cosafe.ui.features.analysis.filters import PerceptionFilterState
from cosafe.ui.features.analysis.source import PerceptionSource

pytestmark = OFFSCREEN_NOISE
WOMEN, MEN = "Woman · 15–24 · Day", "Man · 40–59 · Night"


@pytest.fixture
def panel(qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "p.gpkg")
    widget = AnalysisPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    source = PerceptionSource(PerceptionFilterState())
    source.set_store(store)
    widget.set_source(source)
    yield widget
    store.close()


def test_suppressed_cell_shows_under_threshold_text_and_no_bar(panel):
    rows = {row.label: row for row in on_tab(panel, "breakdown").rows}
    assert set(rows) == {WOMEN, MEN}
    # Six young women walked by day: (7 × 3 + 2) / 8 × 5/3 = 4.79; 2 of their 8 pins unsafe.
    assert (rows[WOMEN].score_text, rows[WOMEN].share_text) == ("4.79", "25%")
    # Two men at night: fewer than 5 people, so no figure at all.
    assert (rows[MEN].score_text, rows[MEN].share_text) == ("<5", "<5")
    assert rows[MEN].score is None and rows[MEN].share is None
    assert on_tab(panel, "breakdown").texts(on_tab(panel, "breakdown").scores) == ["4.79", "<5"]
    assert on_tab(panel, "breakdown").texts(on_tab(panel, "breakdown").shares) == ["25%", "<5"]
    assert [label for label, _ in on_tab(panel, "breakdown").scores.bars] == [WOMEN]
    assert [label for label, _ in on_tab(panel, "breakdown").shares.bars] == [WOMEN]
    assert "“<5”" in on_tab(panel, "breakdown").note.text() and "1 of 2" in on_tab(panel, "breakdown").note.text()


def test_threshold_comes_from_the_project(panel):
    store = panel.source.store
    store.set_meta_values({"suppression_threshold": "3"})
    panel.source.invalidate()
    rows = {row.label: row for row in on_tab(panel, "breakdown").rows}
    # The men's group (2 people) is now hidden as "<3", the project's threshold, not the default "<5";
    # no project can go below 3, where a figure would stand for one or two people.
    assert (rows[MEN].score_text, rows[MEN].share_text) == ("<3", "<3")
    assert "“<3”" in on_tab(panel, "breakdown").note.text()


def test_breakdown_dimensions_can_be_chosen(panel):
    on_tab(panel, "breakdown").boxes["age_band"].setChecked(False)
    assert [row.label for row in on_tab(panel, "breakdown").rows] == ["Woman · Day", "Man · Night"]
    on_tab(panel, "breakdown").set_dimensions(("time_of_day",))
    assert [row.label for row in on_tab(panel, "breakdown").rows] == ["Day", "Night"]


def test_criteria_chart_shows_shares_of_each_score(panel):
    bars = dict(on_tab(panel, "criteria").bars)
    # Lighting: 6 day points score 3; night 0, 0, 2, 2, 2, 2 → shares 2/12, 0, 4/12, 6/12.
    assert [round(bars[f"Lighting: {v}"], 1) for v in range(4)] == [16.7, 0.0, 33.3, 50.0]
    assert round(bars["People: 0"], 1) == 50.0 and round(bars["People: 2"], 1) == 50.0
    assert on_tab(panel, "criteria").message == ""
    assert on_tab(panel, "criteria").categories[-2:] == ["Gender diversity (n=12)", "Feeling (outcome) (n=12)"]
    assert "score 0 poor" in on_tab(panel, "criteria").caption.text()


def test_day_night_pairs_and_sentence(panel):
    bars = dict(on_tab(panel, "day_night").bars)
    assert len(bars) == 12
    assert round(bars["Place 1 day"], 2) == 4.79 and round(bars["Place 1 night"], 2) == 1.25
    assert ("6 places walked by day and at night: 6 scored lower at night, 0 higher, 0 about the same. "
            "Mean score 4.8 by day, 1.5 at night.") in on_tab(panel, "day_night").caption.text()


def test_feeling_drivers_in_plain_words(panel):
    assert len(on_tab(panel, "drivers").bars) == 8
    drivers = feeling_drivers(panel.source.filtered)
    assert on_tab(panel, "drivers").caption.text() == explain_drivers(drivers)
    assert "lighting" in on_tab(panel, "drivers").caption.text()
    # Each bar is its criterion's correlation with feeling, labelled with the criterion.
    assert dict(on_tab(panel, "drivers").bars) == {d.label: pytest.approx(d.correlation) for d in drivers}


def test_formula_is_shown(panel):
    assert panel.formula.text() == SCORE_FORMULA_TEXT
    assert panel.formula.isVisible()


def test_filters_that_keep_nothing_say_so(panel):
    panel.source.state.set_filter(PerceptionFilter(genders=frozenset({"non_binary"})))
    assert on_tab(panel, "criteria").message == FILTERED_OUT
    assert on_tab(panel, "day_night").message == FILTERED_OUT
    assert on_tab(panel, "drivers").message == FILTERED_OUT
    assert on_tab(panel, "breakdown").message == FILTERED_OUT and on_tab(panel, "breakdown").rows == []


def test_empty_project_says_what_to_do(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "empty.gpkg"), name="empty")
    widget = AnalysisPanel()
    qtbot.addWidget(widget)
    assert on_tab(widget, "criteria").message == NO_PROJECT and on_tab(widget, "breakdown").message == NO_PROJECT
    source = PerceptionSource(PerceptionFilterState())
    source.set_store(store)
    widget.set_source(source)
    widget.refresh()
    assert on_tab(widget, "criteria").message == NO_SCORES
    assert "Audits dock" in on_tab(widget, "criteria").message and on_tab(widget, "breakdown").message == NO_RECORDS
    assert on_tab(widget, "criteria").stack.currentWidget() is on_tab(widget, "criteria").empty
    store.close()


def test_hidden_panel_catches_up_when_shown(window, qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "w.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "w.gpkg"))
    ui = window.features.analysis
    ui.analysis_dock.show()
    qtbot.waitUntil(lambda: ui.analysis.isVisible())
    ui.analysis.tabs.setCurrentIndex(1)
    assert {row.label for row in on_tab(ui.analysis, "breakdown").rows} == {WOMEN, MEN}
    ui.analysis_dock.hide()
    pin = PerceptionPin(geom=Point(LON, LAT), feeling="unsafe", time_of_day="dusk")
    assert window.session.perform(AddRecord(pin))  # an anonymous pin: a new cell of unknown people
    assert {row.label for row in on_tab(ui.analysis, "breakdown").rows} == {WOMEN, MEN}  # not redrawn while hidden
    ui.analysis_dock.show()
    qtbot.waitUntil(lambda: len(on_tab(ui.analysis, "breakdown").rows) == 3)
    assert on_tab(ui.analysis, "breakdown").rows[-1].score_text == "<5"


def test_only_the_shown_tab_makes_its_chart(panel):
    # Each chart is a pyqtgraph plot (tens of milliseconds): the others wait for their tab.
    assert set(panel._charts) == {panel.tabs.currentIndex()}
    on_tab(panel, "day_night")
    assert set(panel._charts) == {0, 2}
