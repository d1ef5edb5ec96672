"""The Analysis charts read in the docked layout: titles and legends in view, axes at the data's scale."""

from __future__ import annotations

import shutil

import pytest
from perception_support import on_tab
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from shell_support import OFFSCREEN_NOISE

from cosafe.io.samples.project import write_sample_project
from cosafe.ui.features.analysis.charts import DriversChart

pytestmark = OFFSCREEN_NOISE
CHARTS = ("criteria", "day_night", "drivers")


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "riverside.gpkg"
    write_sample_project(str(path))
    return path


@pytest.fixture
def analysis(window, sample_file, tmp_path, qtbot):
    """The Analysis dock shown in the 1024×768 window on the sample, where it is short."""
    copy = tmp_path / "riverside.gpkg"
    shutil.copy(sample_file, copy)
    window.resize(1024, 768)
    assert window.open_project(str(copy))
    ui = window.features.analysis
    ui.analysis_dock.show()
    ui.analysis_dock.raise_()
    qtbot.waitUntil(ui.analysis.isVisible)
    return ui.analysis


def in_view(widget: QWidget, rect: QRect, viewport: QWidget) -> bool:
    """Whether ``rect`` of ``widget`` lies wholly inside the scroll area's ``viewport``."""
    top_left = widget.mapTo(viewport, rect.topLeft())
    return viewport.rect().contains(QRect(top_left, rect.size()))


@pytest.mark.parametrize("name", CHARTS)
def test_titles_and_legends_are_in_view_in_the_short_dock(analysis, name, qtbot):
    chart = on_tab(analysis, name)
    QApplication.processEvents()
    viewport = analysis.tabs.currentWidget().viewport()
    assert chart.message == "" and chart.plot.isVisible()
    assert chart.title.isVisible() and chart.title.text()  # the value axis' title, above the plot
    assert not chart.plot.getAxis("bottom").label.isVisible()  # not under it, where scrolling hides it
    assert in_view(chart.title, chart.title.rect(), viewport)
    # The plot is no wider inside than its widget: nothing (bars, title) is cut at its right.
    assert chart.plot.getPlotItem().minimumWidth() <= chart.plot.width()
    if name != "drivers":  # (the drivers' explanation is a page of text: it may scroll)
        caption = chart.caption
        text = QRect(0, 0, caption.width(), caption.heightForWidth(caption.width()))
        assert in_view(caption, text, viewport)  # the legend (and the day/night sentence)


def test_value_axes_end_at_the_scale(analysis):
    assert on_tab(analysis, "criteria").plot.getPlotItem().viewRange()[0] == [0.0, 100.0]
    assert on_tab(analysis, "day_night").plot.getPlotItem().viewRange()[1] == [0.0, 5.0]
    assert on_tab(analysis, "drivers").plot.getPlotItem().viewRange()[0] == [-1.0, 1.0]
    breakdown = on_tab(analysis, "breakdown")
    assert breakdown.scores.plot.getPlotItem().viewRange()[0] == [0.0, 5.0]
    assert breakdown.shares.plot.getPlotItem().viewRange()[0] == [0.0, 100.0]


def test_no_feeling_scores_say_what_to_do_in_plain_words(qtbot):
    chart = DriversChart()
    qtbot.addWidget(chart)
    chart.show_data([], "How each criterion goes with feeling (Spearman rank correlation; …):")
    assert chart.message == DriversChart.EMPTY
    assert "Spearman" not in chart.message and "Audits dock" in chart.message


@pytest.mark.parametrize("name", CHARTS)
def test_the_caption_beside_a_chart_never_covers_it(analysis, name):
    chart = on_tab(analysis, name)
    QApplication.processEvents()
    plot = QRect(chart.plot.mapTo(chart, chart.plot.rect().topLeft()), chart.plot.size())
    assert not plot.intersects(chart.caption.geometry()), (plot, chart.caption.geometry())
