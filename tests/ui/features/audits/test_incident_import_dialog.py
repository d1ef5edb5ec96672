"""The incident CSV import dialog: a preview of the first rows, each role's column and why, the date format,
a live count of what will import, and the import it leads to (issue 16)."""

from __future__ import annotations

import threading

import pyproj
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shell_support import answer_next_modal
from map_support import LAT, LON

from cosafe.core.records import Incident, PerceptionPin
from cosafe.io.incident_preview import HEAD_ROWS, read_head
from cosafe.ui.features.audits import incident_import_flow
from cosafe.ui.features.audits.incident_import_dialog import IncidentImportDialog
from cosafe.ui.kit.progress_job import JobProgressDialog

# The offscreen platform's limits, a combo's list opened as a person opens it.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)")


def write_csv(folder, name: str, header: str, rows: list[str]):
    path = folder / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def chicago_like(folder, rows: int = 30):
    """A Chicago-style export: m/d/Y dates with a time, "Primary Type"; line 5 has no location, line 9 is (0,0)."""
    lines = []
    for i in range(rows):
        line = i + 2
        lat, lon = (("", "") if line == 5 else ("0", "0") if line == 9 else
                    (f"{LAT + i * 0.0001:.6f}", f"{LON + i * 0.0001:.6f}"))
        lines.append(f"{1000 + i},{(i % 12) + 1:02d}/{13 + i % 15}/2023 {i % 12 + 1:02d}:15:00 PM,THEFT,"
                     f"\"OVER $500, RETAIL\",{lat},{lon}")
    return write_csv(folder, "chicago.csv", "ID,Date,Primary Type,Description,Latitude,Longitude", lines)


def open_dialog(qtbot, path) -> IncidentImportDialog:
    dialog = IncidentImportDialog(read_head(str(path)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo, data) -> None:
    """Pick the entry holding ``data`` as a person does: open the list and click the entry."""
    qtbot = QtBot(combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = combo.model().index(combo.findData(data), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentData() == data


def test_the_preview_shows_the_first_rows_and_each_guess_with_its_reason(qtbot, tmp_path):
    dialog = open_dialog(qtbot, chicago_like(tmp_path))
    assert dialog.file_label.text() == "File: chicago.csv" and dialog.source_edit.text() == "chicago"
    assert dialog.table.rowCount() == 20 and dialog.table.columnCount() == 6
    assert dialog.table.verticalHeaderItem(0).text() == "2"  # the file's line numbers
    assert dialog.table.item(0, 3).text() == "OVER $500, RETAIL"
    shown = {role: combo.currentText() for role, combo in dialog.combos.items()}
    assert shown == {"x": "Longitude", "y": "Latitude", "date": "Date", "time": "(none)",
                     "category": "Primary Type", "description": "Description"}
    assert dialog.reasons["category"].text() == "guessed: named like one"
    assert dialog.reasons["time"].text() == "none needed: the dates carry the time"
    assert "guessed: named like one" in dialog.combos["category"].toolTip()
    assert dialog.format_combo.currentText() == "Detected: month/day/year (03/14/2024)"
    assert dialog.crs_reason.text() == "none needed: the coordinates are longitude and latitude"
    assert dialog.table.horizontalHeaderItem(2).text() == "Primary Type\n(Category)"
    assert dialog.table.horizontalHeaderItem(0).text() == "ID"
    assert dialog.counts.text() == ("All 30 rows of the file read: 28 will be imported; 2 skipped without a usable "
                                    "location (lines 5, 9); 28 with a time of day")
    assert dialog.ok_button.isEnabled()
    dialog.source_edit.clear()
    assert not dialog.ok_button.isEnabled()  # the source is required


def test_a_column_chosen_or_left_out_is_said_and_counted(qtbot, tmp_path):
    dialog = open_dialog(qtbot, chicago_like(tmp_path))
    choose(dialog.combos["category"], "Description")
    assert dialog.reasons["category"].text() == "chosen"
    assert dialog.table.horizontalHeaderItem(3).text() == "Description\n(Category)"
    assert dialog.combos["description"].currentText() == "Description"  # the others stay as they were shown
    assert dialog.reasons["description"].text() == "guessed: named like one"
    choose(dialog.combos["y"], "")
    assert dialog.reasons["y"].text() == "none chosen"
    assert "coordinates" in dialog.counts.text() and not dialog.ok_button.isEnabled()
    choose(dialog.combos["y"], "Latitude")
    assert dialog.ok_button.isEnabled()
    options = dialog.options()
    assert options["category_field"] == "Description" and options["time_field"] == ""
    assert options["x_field"] == "Longitude" and options["date_format"] is None


def test_projected_xy_wait_for_their_coordinate_system(qtbot, tmp_path):
    to_feet = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2227", always_xy=True)  # California zone III, US feet
    rows = []
    for i in range(4):
        x, y = to_feet.transform(LON + i * 0.0005, LAT)
        rows.append(f"{x:.1f},{y:.1f},2024-03-1{i} 21:4{i},Burglary" if i != 2 else f"{x:.1f},,2024-03-12,Theft")
    dialog = open_dialog(qtbot, write_csv(tmp_path, "stateplane.csv", "X,Y,Date,Crime type", rows))
    assert dialog.crs_reason.text() == "needed: these x/y are not degrees; write their system"
    assert "no coordinate reference system" in dialog.counts.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.crs_edit, "EPSG:2227")
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    assert dialog.crs_reason.text() == "chosen; it wins over what the columns look like"
    assert dialog.counts.text() == ("All 4 rows of the file read: 3 will be imported; 1 skipped without a usable "
                                    "location (line 4); 3 with a time of day")
    assert dialog.options()["crs"] == "EPSG:2227"


def test_day_or_month_is_asked_and_the_choice_imports_as_one_undo_step(recording, tmp_path, monkeypatch):
    path = write_csv(tmp_path, "police.csv", "GEO_LON,GEO_LAT,FIRST_OCCURRENCE_DATE,TIME_OCC,OFFENSE_CATEGORY_ID", [
        f"{LON},{LAT},03/04/2024,2215,larceny", f"{LON + 0.001},{LAT},05/04/2024,0930,robbery",
        f"0,0,06/04/2024,1200,larceny", f"{LON},{LAT + 0.001},07/04/2024,,assault"])
    monkeypatch.setattr(incident_import_flow, "ask_incident_path", lambda _parent, _folder: str(path))
    infos: list[str] = []
    monkeypatch.setattr(incident_import_flow.dialogs, "show_info", lambda _parent, _title, text: infos.append(text))
    seen: dict[str, object] = {}

    def answer(dialog):
        assert isinstance(dialog, IncidentImportDialog)
        seen["asked"] = (dialog.format_combo.currentText(), dialog.format_reason.text(),
                         dialog.ok_button.isEnabled())
        seen["time"] = dialog.combos["time"].currentText()
        choose(dialog.format_combo, "day_first")
        seen["chosen"] = (dialog.format_reason.text(), dialog.counts.text())
        dialog.source_edit.setText("Denver PD 2024")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot = recording.qtbot
    answer_next_modal(answer)
    recording.window.features.audits.incidents_action.trigger()
    assert seen["asked"] == ("Choose day/month or month/day…",
                             "Dates such as 03/04 could be day/month or month/day: choose which", False)
    assert seen["time"] == "TIME_OCC"
    assert seen["chosen"] == ("chosen", "All 4 rows of the file read: 3 will be imported; 1 skipped without a "
                                        "usable location (line 4); 2 with a time of day")
    incidents = sorted(recording.store.list(Incident), key=lambda i: i.occurred_on)
    assert [(i.category, i.occurred_on, i.occurred_at, i.source) for i in incidents] == [
        ("larceny", "2024-04-03", "22:15", "Denver PD 2024"), ("robbery", "2024-04-05", "09:30", "Denver PD 2024"),
        ("assault", "2024-04-07", None, "Denver PD 2024")]
    assert recording.store.list(PerceptionPin) == []
    assert recording.undo_texts() == ["Import 3 recorded incidents from police.csv"]
    assert len(infos) == 1 and infos[0].endswith("skipped 1 row without a location (line 4)")
    assert recording.errors == []
    recording.window.session.undo_stack.undo()
    assert recording.store.list(Incident) == []


def test_a_200000_row_export_previews_from_its_first_rows(qtbot, tmp_path):
    path = tmp_path / "big.csv"
    row = f"THEFT,2023-01-02T10:15:00,{LAT:.6f},{LON:.6f},{'x' * 60}\n"
    path.write_text("Crime type,Date,Latitude,Longitude,Notes\n" + row * 200_000, encoding="utf-8")
    head = read_head(str(path))
    assert len(head.rows) == HEAD_ROWS and not head.whole
    assert head.text.count("\n") == HEAD_ROWS + 1  # the reader is given these rows, not the file
    dialog = open_dialog(qtbot, path)
    assert dialog.counts.text() == ("The first 500 rows read (the import counts the whole file): 500 will be "
                                    "imported; 500 with a time of day")
    assert dialog.table.rowCount() == 20


def test_cancel_while_a_large_file_is_read_stops_the_read_and_changes_nothing(recording, tmp_path, monkeypatch):
    rows = [f"{LON + (i % 100) * 0.00001:.6f},{LAT:.6f},2024-03-14 21:05,theft" for i in range(12_000)]
    path = write_csv(tmp_path, "large.csv", "longitude,latitude,date,offence", rows)
    monkeypatch.setattr(incident_import_flow, "ask_incident_path", lambda _parent, _folder: str(path))
    reached, pressed, shares = threading.Event(), threading.Event(), []
    real = incident_import_flow.read_labelled_file

    def held_in_the_read(*args, rows_read, **kwargs):
        def told(share: float) -> bool:
            shares.append(share)
            if share > 0:  # some rows read: hold the worker there until Cancel was pressed
                reached.set()
                pressed.wait(5)
            return rows_read(share)

        return real(*args, rows_read=told, **kwargs)

    monkeypatch.setattr(incident_import_flow, "read_labelled_file", held_in_the_read)

    def press_cancel(dialog):
        assert reached.wait(20)  # the worker is in the middle of the rows
        dialog.findChild(QPushButton).click()
        pressed.set()

    answer_next_modal(lambda dialog: dialog.ok_button.click(), kind=IncidentImportDialog)
    answer_next_modal(press_cancel, kind=JobProgressDialog)
    recording.window.features.audits.incidents_action.trigger()
    assert shares == [0.0, 5000 / 12000]  # the bar moved with the rows; Cancel stopped the read there
    assert recording.window.statusBar().currentMessage() == ("Import of recorded incidents cancelled; nothing was "
                                                             "changed")
    assert recording.store.list(Incident) == [] and recording.window.session.undo_stack.count() == 0
    assert recording.errors == []
