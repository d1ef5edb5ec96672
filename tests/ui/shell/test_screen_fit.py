"""The window fits the screen it opens on: its size, its layout, the workshop choosers, readable tabs.

The UI tests run on one offscreen 1920×1080 screen (tests/ui/conftest.py). Other
screens need a process of their own (Qt's screens are fixed when the application
starts): ``window_probe.py`` opens the window there and reports what it sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QTabBar
from shell_support import OFFSCREEN_NOISE

from cosafe.ui.shell.dock_layout import ROOMY
from cosafe.ui.shell.screen_fit import first_geometry, is_compact

pytestmark = OFFSCREEN_NOISE
HERE = Path(__file__).parent
SCREENS = HERE.parent / "screens"


# -- the first geometry, for screens of any size and place ------------------------------------


@pytest.mark.parametrize("available", [QRect(0, 0, 1024, 768), QRect(0, 0, 1920, 1080), QRect(0, 27, 1366, 741),
                                       QRect(1366, 0, 1920, 1080)])
def test_a_laptop_sized_screen_is_filled_and_never_exceeded(available):
    fit = first_geometry(available)
    assert fit.geometry == available and fit.maximized


def test_a_large_monitor_gets_a_large_window_in_its_middle():
    available = QRect(0, 0, 2560, 1410)
    fit = first_geometry(available)
    assert (fit.geometry.width(), fit.geometry.height()) == (1920, 1200)
    assert available.contains(fit.geometry) and fit.geometry.center() == available.center()
    assert not fit.maximized


def test_which_layout_a_size_gets():
    assert is_compact(QRect(0, 0, 1020, 764).size()) and is_compact(QRect(0, 0, 1366, 741).size())
    assert not is_compact(QRect(0, 0, 1916, 1076).size())


# -- on the tests' 1920×1080 screen, in this process ------------------------------------------------


def visible_in(window, widget) -> bool:
    return widget.isVisible() and window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def dock_tab_bars(window) -> list[QTabBar]:
    return [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()]


def test_on_a_1920x1080_screen_the_window_fills_it_with_the_choosers_in_view(window, project_path, qtbot):
    available = window.screen().availableGeometry()
    assert (available.width(), available.height()) == (1920, 1080)
    assert window.isMaximized() and window.frameGeometry() == available
    window.open_project(str(project_path))
    selector = window.features.workshops.selector
    assert not window.compact
    assert visible_in(window, selector.workshop_combo) and visible_in(window, selector.group_combo)
    # Right above the map, whatever the toolbars hold.
    bar = window.workshop_bar
    assert bar.y() + bar.height() <= window.map_canvas.mapTo(bar.parentWidget(), QPoint(0, 0)).y()
    assert window.toolBarArea(bar) == Qt.ToolBarArea.NoToolBarArea


def cut_tabs(window) -> list[str]:
    """Tabs whose names are shortened ("L…") or that stick out of their bar."""
    return [bar.tabText(index) for bar in dock_tab_bars(window) for index in range(bar.count())
            if bar.tabRect(index).width() < bar.fontMetrics().horizontalAdvance(bar.tabText(index))
            or bar.tabRect(index).right() > bar.width()]


def settled(window, qtbot) -> None:
    """Wait until the built-in layout has its sizes (set once the window has laid the docks out)."""
    share, least, most = ROOMY.column
    column = int(min(most, max(least, share * window.width())))
    qtbot.waitUntil(lambda: abs(window.overview_dock.width() - column) <= 2)


def test_dock_tabs_show_whole_names(window, project_path, qtbot):
    window.open_project(str(project_path))
    settled(window, qtbot)
    assert len(dock_tab_bars(window)) == 5  # two stacks each side, the charts below the map
    assert cut_tabs(window) == []
    # A tab bar Qt makes later (the user tabs two docks together) shows whole names too.
    window.tabifyDockWidget(window.overview_dock, window.features.audits.dock)
    qtbot.waitUntil(lambda: all(bar.elideMode() == Qt.TextElideMode.ElideNone for bar in dock_tab_bars(window)))


def test_the_choosers_stay_whole_when_the_map_column_narrows(window, project_path, qtbot):
    window.open_project(str(project_path))
    settled(window, qtbot)
    left = window.overview_dock
    # Dragging the left column as wide as it goes: the docks give way, not the choosers.
    window.resizeDocks([left], [1500], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: left.width() > 800)
    selector = window.features.workshops.selector
    qtbot.waitUntil(lambda: visible_in(window, selector.group_combo))
    assert visible_in(window, selector.workshop_combo)


# -- on other screens, in a process of their own ------------------------------------------------------


def probe(tmp_path: Path, screens: str, *args: str) -> dict:
    """What ``window_probe.py`` reports of the window on the sample, on the screens of ``screens``."""
    sample = tmp_path / "sample.gpkg"
    subprocess.run([sys.executable, "-m", "cosafe", "sample", str(sample)], check=True, capture_output=True,
                   timeout=120)
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS / screens}",
                       XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, str(HERE / "window_probe.py"), str(sample), *args], capture_output=True,
                          text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_on_a_1024x768_screen_everything_a_workshop_needs_is_reachable(tmp_path):
    seen = probe(tmp_path, "one_1024x768.json")
    assert seen["screens"] == [[0, 0, 1024, 768]]
    frame = QRect(*seen["frame"])
    assert QRect(0, 0, 1024, 768).contains(frame) and seen["maximized"]  # fills the screen, never larger
    assert seen["compact"]
    assert seen["map_share"] >= 0.5
    window = QRect(0, 0, *seen["size"])
    for name, chooser in seen["choosers"].items():
        assert chooser["visible"] and window.contains(QRect(*chooser["rect"])), name
    assert seen["hidden_buttons"] == [] and seen["hidden_menus"] == []  # nothing behind a toolbar's »
    assert seen["cut_tabs"] == []
    # Every dock has a menu entry that brings it, inside the window, its tab readable.
    assert len(seen["docks"]) >= 15
    for name, dock in seen["docks"].items():
        assert dock["in_a_menu"] and dock["visible"] and window.contains(QRect(*dock["rect"])), name
        assert dock["tab_whole"] in (True, None), name


@pytest.mark.parametrize("language", ["en", "fr"])
def test_on_a_1024x768_projector_the_presentations_choosers_show_whole_names(tmp_path, language):
    """The choosers showed "Riverside sa…" and "Women tra…" beside their labels and "End Presentation (Esc)"."""
    seen = probe(tmp_path, "one_1024x768.json", "--present", "--language", language)
    presented = seen["presentation"]
    assert presented["full_screen"] and QRect(*presented["frame"]) == QRect(0, 0, 1024, 768)
    choosers = seen["presentation_choosers"]
    assert [chooser["text"] for chooser in choosers] == ["Riverside safety mapping workshop", "Women traders"]
    for chooser in choosers:
        assert chooser["visible"] and chooser["width"] <= chooser["room"], chooser


def test_on_a_1024x768_screen_the_opened_rooms_qr_code_is_whole(tmp_path):
    """The Room dock got 277 pixels beside the two stacks of the side: the QR code was cut, the dock scrolled."""
    seen = probe(tmp_path, "one_1024x768.json", "--room", "--language", "fr")
    room = seen["room"]
    assert room["open"] and room["qr_whole"]
    window = QRect(0, 0, *seen["size"])
    assert window.contains(QRect(*room["dock"])) and window.contains(QRect(*room["qr_rect"]))
    assert min(room["qr"]) >= 140  # whole pixels per module: a 150-pixel code of 37 modules is 148 pixels


def test_on_a_1024x768_screen_the_walks_titles_are_whole_in_french(tmp_path):
    """The walks' titles showed "Market to rive…" beside an empty Group column."""
    seen = probe(tmp_path, "one_1024x768.json", "--audits", "--language", "fr")
    walks = seen["walks"]
    title, date, time_of_day, group, points = walks["columns"]
    assert title["title"] == "Marche" and title["texts"] == ["Market to river loop (day)",
                                                             "Market to river loop (night)"]
    assert title["widest"] < title["width"] and not walks["scrolls"]
    assert group["hidden"] and group["texts"] == ["", ""]  # no walk of the sample has a group
    for column in (date, time_of_day, points):
        assert not column["hidden"] and column["widest"] < column["width"], column
