"""Project overview dock and Project Properties dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal

from cosafe.core.edits import AddRecord, SetProjectProperties
from cosafe.core.records import RECORD_TYPES, Workshop
from cosafe.store.schema.v1 import BASEMAP_FEATURE_TABLES
from cosafe.store.project_store import count_label
from cosafe.ui.shell.project_properties_dialog import THRESHOLD_HELP, ProjectPropertiesDialog, edit_project_properties

pytestmark = OFFSCREEN_NOISE


def test_overview_shows_project_and_every_count(window, project_path):
    window.open_project(str(project_path))
    panel = window.overview
    assert panel.name_label.text() == "Test project"
    assert panel.place_label.text() == "Testville"
    assert not panel.description_label.isVisibleTo(panel)  # empty: hidden, not a blank line
    assert panel.dates_label.text().startswith("Created ")
    assert "smaller than 5 are hidden" in panel.threshold_label.text()
    tables = {t.TABLE for t in RECORD_TYPES} | set(BASEMAP_FEATURE_TABLES)
    assert set(panel.count_labels) == tables
    assert panel.count_labels["criteria"].text() == "9"
    assert panel.count_labels["reason_tags"].text() != "0"
    assert panel.count_labels["workshops"].text() == "0"
    assert count_label("basemap_lines") == "Basemap line features"
    assert count_label("perception_pins") == "Perception pins"


def test_overview_refreshes_only_what_changed(window, project_path):
    window.open_project(str(project_path))
    panel, session = window.overview, window.session
    header_reads = []
    original = panel._refresh_header
    panel._refresh_header = lambda: (header_reads.append(1), original())[1]
    session.perform(AddRecord(Workshop(title="Night walk briefing")))
    assert panel.count_labels["workshops"].text() == "1"
    assert header_reads == []  # a workshop does not touch the header
    session.perform(SetProjectProperties(session.store, {"description": "Where the market meets the river"}))
    assert header_reads == [1]
    assert panel.description_label.text() == "Where the market meets the river"


def test_overview_without_project(window):
    assert window.overview.name_label.text() == "No project open"
    assert window.overview.count_labels == {}



def test_properties_dialog_fields(qtbot):
    dialog = ProjectPropertiesDialog({"name": "A", "place": "B", "description": "C", "suppression_threshold": 5})
    qtbot.addWidget(dialog)
    assert dialog.threshold_spin.minimum() == 3 and dialog.threshold_spin.maximum() == 100
    assert "are hidden" in THRESHOLD_HELP and "<N" not in THRESHOLD_HELP  # the app hides small counts
    assert dialog.changed_values() == {}
    dialog.place_edit.setText("  New place ")
    dialog.threshold_spin.setValue(10)
    assert dialog.changed_values() == {"place": "New place", "suppression_threshold": 10}
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name_edit.clear()
    assert not ok.isEnabled()


def test_properties_dialog_driven_for_real_makes_one_edit(window, project_path):
    window.open_project(str(project_path))

    def fill(dialog: QDialog) -> None:
        dialog.name_edit.setText("Market safety audit")
        dialog.description_edit.setPlainText("Night and day walks")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    assert edit_project_properties(window, window.session)
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Change project name, description"
    assert window.session.store.get_meta("description") == "Night and day walks"
