"""The Analysis panel: charts against hand-computed figures, small-cell suppression, empty states."""

from __future__ import annotations

import pytest
from perception_support import LAT, LON, add_night_walkers, new_project, on_tab, settled
from shapely.geometry import Point
from shell_support import OFFSCREEN_NOISE

from cosafe.core.criteria import SCORE_FORMULA_TEXT
from cosafe.core.edits import AddRecord
from cosafe.core.perception_data import PerceptionFilter
from cosafe.core.perception_stats import explain_drivers, feeling_drivers
from cosafe.core.records import PerceptionPin
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.analysis.panel import FILTERED_OUT, NO_PROJECT, NO_RECORDS, NO_SCORES, AnalysisPanel
from cosafe.ui.features.analysis.breakdown_chart import WORKING, BreakdownChart
from cosafe.ui.features.analysis.filters import PerceptionFilterState
from cosafe.ui.features.analysis.source import PerceptionSource

pytestmark = OFFSCREEN_NOISE
WOMEN, MEN = "Woman · 15–24 · Day", "Man · 40–59 · Night"
OTHERS = "Other or not stated · Other or not stated · Other or not stated"


def _panel(qtbot, tmp_path, night_walkers: int, three_way: bool = True):
    store, seeded = new_project(tmp_path / "p.gpkg")
    add_night_walkers(store, seeded, night_walkers)
    widget = AnalysisPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    source = PerceptionSource(PerceptionFilterState())
    source.set_store(store)
    widget.set_source(source)
    if three_way:  # its chart is made (not drawn) to set them
        widget.breakdown.set_dimensions(("gender", "age_band", "time_of_day"))
    return widget, store


@pytest.fixture
def panel(qtbot, tmp_path):
    """Six young women by day, two men at night."""
    widget, store = _panel(qtbot, tmp_path, 0)
    yield widget
    store.close()


@pytest.fixture
def panel_seven_men(qtbot, tmp_path):
    """Six young women by day, seven men at night: every group big enough to show."""
    widget, store = _panel(qtbot, tmp_path, 5)
    yield widget
    store.close()


def test_groups_big_enough_show_figures_and_bars(panel_seven_men):
    chart = on_tab(panel_seven_men, "breakdown")
    rows = {row.label: row for row in chart.rows}
    # Six young women walked by day: (7 × 3 + 2) / 8 × 5/3 = 4.79; 2 of their 8 pins unsafe.
    assert (rows[WOMEN].score_text, rows[WOMEN].share_text) == ("4.79", "25%")
    assert rows[MEN].share_text == "100%" and rows[MEN].score is not None
    assert {label for label, _ in chart.scores.bars} == {WOMEN, MEN}
    # The combinations nobody is in are listed and hidden too, so that listing says nothing.
    assert len(chart.rows) == 8 and rows["Woman · 15–24 · Night"].score_text == "hidden"


def test_a_small_group_and_what_gives_it_away_show_hidden_and_no_bar(panel):
    chart = on_tab(panel, "breakdown")
    rows = {row.label: row for row in chart.rows}
    # Two men: pooled as "Other or not stated" in every dimension, and hidden. The six women are hidden
    # too: beside the total of 8 that other breakdowns show, their 6 would give the two men away.
    assert (rows[OTHERS].score_text, rows[OTHERS].share_text) == ("hidden", "hidden")
    assert (rows[WOMEN].score_text, rows[WOMEN].share_text) == ("hidden", "hidden")
    assert all(row.score is None and row.share is None for row in chart.rows)
    assert set(chart.texts(chart.scores)) == {"hidden"} and chart.scores.bars == [] and chart.shares.bars == []
    assert "“hidden”" in chart.note.text() and "8 of 8" in chart.note.text()


def test_threshold_comes_from_the_project(panel_seven_men):
    store = panel_seven_men.source.store
    store.set_meta_values({"suppression_threshold": "7"})
    panel_seven_men.source.invalidate()
    rows = {row.label: row for row in on_tab(panel_seven_men, "breakdown").rows}
    # Six women are now a small group under the project's threshold of 7, not the default 5.
    assert rows[OTHERS].score_text == "hidden" and "Man · 40–59 · Night" in rows
    assert all(row.score is None for row in rows.values())


def test_gender_alone_at_first_so_that_groups_stay_big_enough(qtbot):
    chart = BreakdownChart()
    qtbot.addWidget(chart)
    assert chart.dimensions == ("gender",)


def test_breakdown_dimensions_can_be_chosen(panel_seven_men):
    chart = on_tab(panel_seven_men, "breakdown")
    three_way = list(chart.rows)
    chart.boxes["age_band"].setChecked(False)
    # Worked out off the UI thread: meanwhile the note says so and the last table stays.
    assert chart.working and chart.note.text() == WORKING and chart.rows == three_way
    assert [row.label for row in settled(chart).rows] == ["Woman · Day", "Woman · Night", "Man · Day", "Man · Night"]
    chart.boxes["gender"].setChecked(False)
    chart.set_dimensions(("time_of_day",))  # before the first is done: only the latest is drawn
    assert [row.label for row in settled(chart).rows] == ["Day", "Night"]


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


def test_recorded_incidents_by_time_of_day_beside_what_people_felt(panel_seven_men):
    on_tab(panel_seven_men, "day_night")
    view = panel_seven_men.incident_times
    # Four incidents recorded at 22:15, 10:05, no time, 19:00.
    assert view.figures == {"day": 1, "dusk": 1, "night": 1, "unknown": 1}
    lines = view.text.split("\n")
    assert lines[0] == ("Time of day\tHours\tRecorded incidents\tPeople's mean safety score (0–5)\t"
                        "Pins marked unsafe")
    # Six young women by day (mean 4.79, 2 of 8 pins unsafe), seven men at night (all 4 pins unsafe).
    assert lines[1] == "Day\t06:00–17:59\t1 (33%)\t4.79\t25%"
    assert lines[2] == "Dusk\t18:00–19:59\t1 (33%)\t–\t–"
    assert lines[3].startswith("Night\t20:00–05:59\t1 (33%)\t") and lines[3].endswith("\t100%")
    assert lines[4] == ("Time unknown: 1 recorded incident has no time of day in its data; it is counted here, "
                        "not put in a band.")
    assert view.title.text() == "Recorded incidents by time of day (imported data, not perceptions)"


def test_incidents_follow_the_date_range_and_small_groups_stay_hidden(panel):
    panel.source.state.set_filter(PerceptionFilter(date_from="2026-11-01"))
    on_tab(panel, "day_night")
    assert panel.incident_times.figures == {"day": 0, "dusk": 1, "night": 0, "unknown": 1}
    # Two men at night: too few to show, so every perception figure beside the incidents is hidden.
    panel.source.state.set_filter(PerceptionFilter(genders=frozenset({"man"})))
    on_tab(panel, "day_night")
    rows = panel.incident_times.text.split("\n")[1:4]
    assert all(row.endswith("\thidden\thidden") for row in rows), rows
    assert panel.incident_times.figures == {"day": 1, "dusk": 1, "night": 1, "unknown": 1}
    panel.source.state.set_filter(PerceptionFilter(date_from="2027-01-01"))
    on_tab(panel, "day_night")
    assert panel.incident_times.text.startswith("No recorded incidents in these dates")


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
    before = [row.label for row in on_tab(ui.analysis, "breakdown").rows]
    assert before == ["Woman", "Other or not stated"]  # gender alone at first
    ui.analysis_dock.hide()
    pin = PerceptionPin(geom=Point(LON, LAT), feeling="unsafe", time_of_day="dusk")
    assert window.session.perform(AddRecord(pin))  # an anonymous pin: one more unknown person
    assert [row.label for row in on_tab(ui.analysis, "breakdown").rows] == before  # not redrawn while hidden
    ui.analysis_dock.show()
    # The unknown person joins the pooled category: 6 women and 3 others, the same two rows, redrawn.
    qtbot.waitUntil(lambda: "of 2" in on_tab(ui.analysis, "breakdown").note.text())
    assert [row.label for row in on_tab(ui.analysis, "breakdown").rows] == before


@pytest.fixture
def untouched_panel(qtbot, tmp_path):
    widget, store = _panel(qtbot, tmp_path, 0, three_way=False)
    yield widget
    store.close()


def test_only_the_shown_tab_makes_its_chart(untouched_panel):
    panel = untouched_panel
    # Each chart is a pyqtgraph plot (tens of milliseconds): the others wait for their tab.
    assert set(panel._charts) == {panel.tabs.currentIndex()}
    on_tab(panel, "day_night")
    assert set(panel._charts) == {0, 2}
