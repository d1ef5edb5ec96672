"""The perception filters: one shared state, the panel's choices and dates, map and charts together."""

from __future__ import annotations

import pytest
from perception_support import new_project, on_tab
from shell_support import OFFSCREEN_NOISE

from cosafe.core.perception_data import PerceptionFilter
from cosafe.store.queries.perception import load_perception_data
from cosafe.ui.features.analysis.map_items import RouteItem
from cosafe.ui.features.analysis.panel import too_few_text
from cosafe.ui.features.analysis.filters import PerceptionFilterPanel, PerceptionFilterState
from cosafe.ui.features.analysis.style import AUDIT_POINTS, INCIDENTS, PINS, ROUTES

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def panel(qtbot, tmp_path):
    store, seeded = new_project(tmp_path / "p.gpkg")
    state = PerceptionFilterState()
    widget = PerceptionFilterPanel(state)
    qtbot.addWidget(widget)
    widget.set_choices(load_perception_data(store))
    yield widget, seeded
    store.close()


def test_state_emits_only_real_changes(qtbot):
    state = PerceptionFilterState()
    seen = []
    state.changed.connect(seen.append)
    state.set_filter(PerceptionFilter())
    assert seen == [] and not state.is_active
    state.update(genders=frozenset({"woman"}))
    assert seen == [PerceptionFilter(genders=frozenset({"woman"}))] and state.is_active
    state.update(genders=frozenset({"woman"}))
    assert len(seen) == 1
    state.reset()
    assert seen[-1] == PerceptionFilter() and not state.is_active


def test_menu_ticks_filter_a_dimension(panel):
    widget, seeded = panel
    menu = widget.buttons["group"].menu()
    menu.aboutToShow.emit()
    ticks = {action.text(): action for action in menu.actions() if action.isCheckable()}
    assert set(ticks) == {"Young women", "Night shift"} and all(a.isChecked() for a in ticks.values())
    ticks["Night shift"].setChecked(False)
    assert widget.state.filter.group_uuids == frozenset({seeded.groups[0].uuid})
    assert widget.buttons["group"].text() == "Young women"
    ticks["Night shift"].setChecked(True)  # every choice ticked again: no filter at all
    assert widget.state.filter.group_uuids is None and widget.buttons["group"].text() == "All"
    widget.set_selected("gender", {"woman", "man"})
    assert widget.buttons["gender"].text() == "2 chosen"
    menu = widget.buttons["gender"].menu()
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "All").trigger()
    assert widget.state.filter.genders is None
    widget.set_selected("time_of_day", set())
    assert widget.state.filter.times_of_day == frozenset() and widget.buttons["time_of_day"].text() == "None"


def test_dates_are_an_inclusive_range_either_way_round(panel):
    widget, _seeded = panel
    assert not widget.date_from.isEnabled()
    assert widget.date_from.date().toString("yyyy-MM-dd") == "2026-11-10"  # the data's first day
    assert widget.date_to.date().toString("yyyy-MM-dd") == "2026-11-12"
    widget.set_dates("2026-11-11", "2026-11-30")
    assert (widget.state.filter.date_from, widget.state.filter.date_to) == ("2026-11-11", "2026-11-30")
    assert widget.date_check.isChecked() and widget.date_from.isEnabled()
    widget.set_dates("2026-11-30", "2026-11-01")
    assert (widget.state.filter.date_from, widget.state.filter.date_to) == ("2026-11-01", "2026-11-30")
    widget.clear_button.click()
    assert widget.state.filter == PerceptionFilter()
    assert not widget.date_check.isChecked() and not widget.clear_button.isEnabled()


def counts(ui) -> dict[str, int]:
    found = {}
    for key in (AUDIT_POINTS, PINS, INCIDENTS, ROUTES):
        found[key] = sum(item.line_count if isinstance(item, RouteItem) else len(item.data)
                         for item in ui.layers.items(key) if item.style_name != "dark_spot")
    return found


def test_one_filter_changes_map_and_charts_together(window, qtbot, tmp_path):
    store, _seeded = new_project(tmp_path / "w.gpkg")
    store.close()
    assert window.open_project(str(tmp_path / "w.gpkg"))
    ui = window.features.analysis
    ui.analysis_dock.show()
    qtbot.waitUntil(lambda: ui.analysis.isVisible())
    ui.analysis.tabs.setCurrentIndex(1)
    assert counts(ui) == {AUDIT_POINTS: 12, PINS: 12, INCIDENTS: 4, ROUTES: 2}
    # Gender at first: women, and the two men pooled as "Other or not stated".
    assert [row.label for row in on_tab(ui.analysis, "breakdown").rows] == ["Woman", "Other or not stated"]
    qtbot.waitUntil(lambda: bool(on_tab(ui.analysis, "criteria").bars))  # drawn once its tab is on screen
    assert dict(on_tab(ui.analysis, "criteria").bars)["Lighting: 3"] == pytest.approx(50.0)

    ui.filters.set_selected("gender", {"man"})
    # Map: only what the men recorded — the night walk, its points and their pins; incidents stay.
    assert counts(ui) == {AUDIT_POINTS: 6, PINS: 4, INCIDENTS: 4, ROUTES: 1}
    assert [item.time_of_day for item in ui.layers.items(ROUTES)] == ["night"]
    # Charts: the same two men — too few to show figures for, so none are shown.
    assert [(r.label, r.score_text) for r in on_tab(ui.analysis, "breakdown").rows] == [
        ("Other or not stated", "hidden")]
    assert on_tab(ui.analysis, "criteria").message == too_few_text(5) and on_tab(ui.analysis, "criteria").bars == []
    assert on_tab(ui.analysis, "day_night").message == too_few_text(5) and on_tab(ui.analysis, "drivers").message == too_few_text(5)
    assert ui.filters.summary.text() == "Fewer than 5 people match these filters, so no counts are shown."
    assert ui.map_panel.counts.text() == "On the map: what fewer than 5 people recorded."

    ui.filters.set_selected("gender", {"woman"})  # six young women: enough to show their figures
    assert counts(ui) == {AUDIT_POINTS: 6, PINS: 8, INCIDENTS: 4, ROUTES: 1}
    assert dict(on_tab(ui.analysis, "criteria").bars)["Lighting: 3"] == pytest.approx(100.0)
    assert [(r.label, r.score_text) for r in on_tab(ui.analysis, "breakdown").rows] == [("Woman", "4.79")]
    assert ui.filters.summary.text() == "Showing 54 of 108 audit scores and 8 of 12 pins."
    assert ui.map_panel.counts.text() == "On the map: 6 audit points · 8 pins · 1 route · 4 recorded incidents"
    ui.filters.set_selected("gender", {"man"})

    ui.filters.set_dates("2026-11-01", "2026-11-11")  # men walked on the 12th: nothing left of theirs
    assert counts(ui) == {AUDIT_POINTS: 0, PINS: 0, INCIDENTS: 1, ROUTES: 0}
    assert on_tab(ui.analysis, "criteria").message.startswith("Nothing matches the filters")

    ui.filters.clear_button.click()
    assert counts(ui) == {AUDIT_POINTS: 12, PINS: 12, INCIDENTS: 4, ROUTES: 2}
    assert len(on_tab(ui.analysis, "breakdown").rows) == 2 and on_tab(ui.analysis, "criteria").message == ""


def test_another_project_starts_unfiltered(window, qtbot, tmp_path):
    for name in ("a.gpkg", "b.gpkg"):
        new_project(tmp_path / name)[0].close()
    assert window.open_project(str(tmp_path / "a.gpkg"))
    ui = window.features.analysis
    ui.filters.set_selected("gender", {"man"})
    assert counts(ui)[PINS] == 4
    assert window.open_project(str(tmp_path / "b.gpkg"))
    assert ui.filter_state.filter == PerceptionFilter()
    assert ui.filters.buttons["gender"].text() == "All"
    assert counts(ui) == {AUDIT_POINTS: 12, PINS: 12, INCIDENTS: 4, ROUTES: 2}
    assert ui.source.store.path == str(tmp_path / "b.gpkg")
