"""Helpers for the recording tests: a main window on a street project with a workshop and people.

Holds no tests; the test_audit_* / test_perception_* / test_criteria_* modules import from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from map_support import LAT, LON, street_project

from cosafe.core.records import Group, Participant, Workshop
from cosafe.ui.kit import dialogs

NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
LEFT = Qt.MouseButton.LeftButton
PEOPLE = (("P01", "woman", "15_24"), ("P02", "woman", "25_39"), ("P03", "man", "40_59"),
          ("P04", "non_binary", "15_24"), ("P05", "woman", "60_plus"), ("P06", "man", "15_24"))


@dataclass
class Recording:
    qtbot: object
    window: object
    path: str
    workshop: Workshop
    group: Group
    people: list[Participant]
    errors: list[tuple[str, str]] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    accept_confirm: bool = True

    @property
    def store(self):
        return self.window.session.store

    @property
    def ui(self):
        return self.window.features.audits

    @property
    def canvas(self):
        return self.window.map_canvas

    @property
    def viewport(self):
        return self.canvas.graphics_view.viewport()

    def at(self, dlon: float, dlat: float) -> QPoint:
        return self.canvas.viewport_position(LON + dlon, LAT + dlat).toPoint()

    def click(self, dlon: float, dlat: float) -> None:
        pos = self.at(dlon, dlat)
        self.qtbot.mousePress(self.viewport, LEFT, Qt.KeyboardModifier.NoModifier, pos)
        self.qtbot.mouseRelease(self.viewport, LEFT, Qt.KeyboardModifier.NoModifier, pos)

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.canvas.graphics_view, key)

    def undo_texts(self) -> list[str]:
        stack = self.window.session.undo_stack
        return [stack.text(i) for i in range(stack.count())]


def seed_workshop(store) -> tuple[Workshop, Group, list[Participant]]:
    workshop = Workshop(title="Riverside night audit", held_on="2026-03-02")
    group = Group(workshop_uuid=workshop.uuid, name="Women's group", colour="#CC79A7")
    other = Group(workshop_uuid=workshop.uuid, name="Youth", colour="#0072B2")
    people = [Participant(workshop_uuid=workshop.uuid, group_uuid=group.uuid if i < 3 else other.uuid,
                          code=code, gender=gender, age_band=age) for i, (code, gender, age) in enumerate(PEOPLE)]
    for record in (workshop, group, other, *people):
        store.insert(record)
    return workshop, group, people


@pytest.fixture
def recording(qtbot, tmp_path, monkeypatch):
    from cosafe.ui.shell.main_window import MainWindow

    path = tmp_path / "audit.gpkg"
    store, _layer = street_project(path)
    workshop, group, people = seed_workshop(store)
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(str(path))
    window.map_canvas.zoom_to_bounds(LON - 0.004, LAT - 0.003, LON + 0.004, LAT + 0.003)
    state = Recording(qtbot, window, str(path), workshop, group, people)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: state.errors.append((title, message)))
    monkeypatch.setattr(dialogs, "ask_confirm",
                        lambda _parent, title, message, _ok: state.confirms.append(message) or state.accept_confirm)
    yield state
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    window.close()


def all_map_tools(recording: Recording) -> dict:
    """The window's map tool actions by name: the Draw tools and the Record tools."""
    return {**recording.window.features.sketching.tool_actions, **recording.ui.tool_actions}


def checked_tools(recording: Recording) -> list[str]:
    """The map tools shown as checked (highlighted) in the toolbars."""
    return [name for name, action in all_map_tools(recording).items() if action.isChecked()]


def tool_in_use(recording: Recording) -> str:
    """The tool the map actually uses: a recording tool when one is on, else the sketch tool."""
    tools = recording.ui.tools
    sketch_tool = recording.window.features.sketching.controller.tool.name
    if tools is not None and tools.tool is not None:
        assert sketch_tool == "select", "a sketch tool draws under a recording tool"
        return tools.tool
    return sketch_tool
