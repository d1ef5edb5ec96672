"""Helpers for the sketching tests: a main window with a street project and real mouse input.

Holds no tests; the test_sketch* modules import from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from map_support import LAT, LON, street_project

from cosafe.core.records import Proposal

NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
LEFT = Qt.MouseButton.LeftButton


class StandInContext(QObject):
    """The toolbar's WorkshopContext as far as drawing needs it."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.workshop_uuid: str | None = "w-1"
        self.group_uuid: str | None = "g-1"


@dataclass
class Sketch:
    qtbot: object
    window: object
    path: str
    messages: list[str] = field(default_factory=list)

    @property
    def canvas(self):
        return self.window.map_canvas

    @property
    def viewport(self):
        return self.canvas.graphics_view.viewport()

    @property
    def store(self):
        return self.window.session.store

    def tool(self, name: str) -> None:
        self.window.features.sketching.tool_actions[name].trigger()

    def at(self, dlon: float, dlat: float) -> QPoint:
        """Viewport pixel of a point given as an offset (degrees) from the test area's centre."""
        return self.canvas.viewport_position(LON + dlon, LAT + dlat).toPoint()

    def click(self, dlon: float, dlat: float, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        pos = self.at(dlon, dlat)
        self.qtbot.mousePress(self.viewport, LEFT, modifier, pos)
        self.qtbot.mouseRelease(self.viewport, LEFT, modifier, pos)

    def drag(self, points: list[tuple[float, float]], button=LEFT) -> None:
        first = self.at(*points[0])
        self.qtbot.mousePress(self.viewport, button, Qt.KeyboardModifier.NoModifier, first)
        for point in points[1:]:
            self.qtbot.mouseMove(self.viewport, self.at(*point))
        self.qtbot.mouseRelease(self.viewport, button, Qt.KeyboardModifier.NoModifier, self.at(*points[-1]))

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.canvas.graphics_view, key, modifier)

    def proposals(self) -> list[Proposal]:
        return self.store.list(Proposal)

    def rows(self) -> list[tuple]:
        """Every proposal row as stored but its fid (an undone delete inserts a new row), to compare."""
        rows = self.store.connection.execute("SELECT * FROM proposals").fetchall()
        return sorted((row[1:] for row in rows), key=repr)


@pytest.fixture
def sketch(qtbot, tmp_path):
    from cosafe.ui.shell.main_window import MainWindow

    store, _layer = street_project(tmp_path / "streets.gpkg")
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    window.features.sketching.context = StandInContext()  # new proposals take its workshop and group
    assert window.open_project(str(tmp_path / "streets.gpkg"))
    window.map_canvas.zoom_to_bounds(LON - 0.004, LAT - 0.003, LON + 0.004, LAT + 0.003)
    state = Sketch(qtbot, window, str(tmp_path / "streets.gpkg"))
    window.features.sketching.controller.message.connect(state.messages.append)
    yield state
    window.close()
