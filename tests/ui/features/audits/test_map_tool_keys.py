"""Single-letter tool keys act only while the map has focus (issue 14).

In the trial a click beside a field left the focus outside any text box, so the words
typed next switched map tools (P, L, A, F, R, U, N…) and the next click on the map
made a stray point.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from audit_support import LEFT, NOISE, checked_tools, tool_in_use
from map_support import LAT, LON
from shapely.geometry import Point

from cosafe.core.edits import AddRecord
from cosafe.core.records import PerceptionPin, Proposal

pytestmark = NOISE


def test_words_typed_after_a_click_beside_a_field_switch_no_tool_and_make_no_point(recording):
    qtbot, window = recording.qtbot, recording.window
    proposal = Proposal(geom=Point(LON + 0.001, LAT + 0.001), title="Lights on Soko St",
                        workshop_uuid=recording.workshop.uuid)
    assert window.session.perform(AddRecord(proposal, "Add proposal"))
    window.features.proposals.properties_dock.raise_()
    recording.click(0.001, 0.001)  # selects it on the map: the map has the focus now
    assert window.features.sketching.selection.selected_uuids == [proposal.uuid]
    assert QApplication.focusWidget() is recording.canvas.graphics_view
    details = window.features.proposals.properties
    form = details.title_edit.parentWidget().layout().itemAt(1).layout()
    assert isinstance(form, QFormLayout)
    qtbot.mouseClick(form.labelForField(details.title_edit), LEFT)  # meant the Title field, hit its label
    steps = window.session.undo_stack.count()
    qtbot.keyClicks(QApplication.focusWidget(), "solar lamp")  # s, l, a, r, m, p: once six tool keys
    assert checked_tools(recording) == ["select"] and tool_in_use(recording) == "select"
    recording.click(-0.002, -0.002)  # the next click on the map, on an empty spot
    assert [p.uuid for p in recording.store.list(Proposal)] == [proposal.uuid]  # no stray point
    assert recording.store.list(PerceptionPin) == []
    assert window.session.undo_stack.count() == steps


def test_a_click_on_a_panel_without_a_scroll_area_takes_the_focus_off_the_map(recording):
    panel = recording.window.features.basemap.panel  # the Layers dock holds it as it is
    recording.window.host.dock("layersDock").raise_()
    recording.click(-0.002, -0.002)
    assert QApplication.focusWidget() is recording.canvas.graphics_view
    label = next(label for label in panel.findChildren(QLabel) if label.isVisible())
    recording.qtbot.mouseClick(label, LEFT)
    assert QApplication.focusWidget() is not recording.canvas.graphics_view
    recording.qtbot.keyClicks(QApplication.focusWidget(), "plan")
    assert checked_tools(recording) == ["select"] and tool_in_use(recording) == "select"


def test_words_typed_in_a_list_switch_no_tool(recording):
    table = recording.ui.panel.table
    recording.window.features.audits.dock.raise_()
    recording.qtbot.mouseClick(table.viewport(), LEFT)
    assert QApplication.focusWidget() is table
    recording.qtbot.keyClicks(table, "plan")
    assert checked_tools(recording) == ["select"] and tool_in_use(recording) == "select"


def test_with_the_map_focused_a_letter_picks_its_tool(recording):
    recording.click(-0.002, -0.002)
    assert QApplication.focusWidget() is recording.canvas.graphics_view
    for key, name in ((Qt.Key.Key_P, "point"), (Qt.Key.Key_L, "line"), (Qt.Key.Key_S, "select")):
        recording.key(key)
        assert checked_tools(recording) == [name] and tool_in_use(recording) == name
    assert "(P on the map)" in recording.window.features.sketching.tool_actions["point"].toolTip()


def test_every_unmodified_key_of_the_window_acts_only_where_its_widget_or_panel_has_focus(recording):
    """A new single-key shortcut made window-wide would bring the trap back: none is."""
    plain = []
    for action in recording.window.findChildren(QAction):
        for sequence in action.shortcuts():
            if sequence.count() == 1 and sequence[0].keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
                plain.append(action.text().replace("&", ""))
                assert action.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut,
                                                    Qt.ShortcutContext.WidgetWithChildrenShortcut), (
                    f"{action.text()} ({sequence.toString()}) fires wherever the focus is")
    assert {"Select", "Point", "Draw Walk Route", "Audit Point", "Perception Pin"} <= set(plain)
