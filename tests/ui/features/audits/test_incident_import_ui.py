"""Import Recorded Incidents… through the window: options, worker, one undo step, one-line errors."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from audit_support import NOISE
from shell_support import answer_next_modal, menu_action
from map_support import LAT, LON

from cosafe.core.records import Incident, PerceptionPin
from cosafe.ui.features.audits import incident_import_flow
from cosafe.ui.features.audits.incident_import_dialog import IncidentImportDialog
from cosafe.ui.features.audits.incident_import_flow import IncidentOptionsDialog

pytestmark = NOISE


def write_csv(folder, name: str, header: str, rows: list[str]):
    path = folder / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def good_csv(folder):
    return write_csv(folder, "police.csv", "longitude,latitude,date,offence", [
        f"{LON + 0.001},{LAT},2024-03-14,robbery",
        f"{LON - 0.001},{LAT + 0.0005},14 March 2024,assault",
        f"{LON},{LAT - 0.001},2024/05/02,harassment",
    ])


def accept_options(source: str | None = None):
    """Answer the next import dialog (a CSV's preview, or another file's options) with Import/OK."""
    def handler(dialog):
        assert isinstance(dialog, (IncidentOptionsDialog, IncidentImportDialog))
        if source is not None:
            dialog.source_edit.setText(source)
        if isinstance(dialog, IncidentImportDialog):
            assert dialog.ok_button.isEnabled(), dialog.counts.text()
            dialog.ok_button.click()
        else:
            dialog.accept()

    answer_next_modal(handler)


def refused_in_preview(seen: list[str]):
    """Answer the next CSV preview, noting its counts line and that Import is disabled, and cancel it."""
    def handler(dialog):
        assert isinstance(dialog, IncidentImportDialog)
        seen.append(dialog.counts.text())
        assert not dialog.ok_button.isEnabled()
        dialog.reject()

    answer_next_modal(handler)


def test_menu_entries_say_recorded_incidents(recording):
    audit = menu_action(recording.window, "Audit", "Import Recorded Incidents")
    assert audit is menu_action(recording.window, "File", "Import Recorded Incidents")
    assert audit.shortcut().toString() == "Ctrl+Shift+I" and audit.isEnabled()


def test_a_csv_is_imported_with_its_source_label(recording, tmp_path, monkeypatch):
    path = good_csv(tmp_path)
    monkeypatch.setattr(incident_import_flow, "ask_incident_path", lambda _parent, _folder: str(path))
    accept_options("Police records 2024")
    recording.window.features.audits.incidents_action.trigger()
    incidents = sorted(recording.store.list(Incident), key=lambda i: i.occurred_on)
    assert [(i.category, i.occurred_on, i.source) for i in incidents] == [
        ("robbery", "2024-03-14", "Police records 2024"), ("assault", "2024-03-14", "Police records 2024"),
        ("harassment", "2024-05-02", "Police records 2024")]
    assert abs(incidents[0].geom.x - (LON + 0.001)) < 1e-9 or abs(incidents[1].geom.x - (LON + 0.001)) < 1e-9
    assert recording.store.list(PerceptionPin) == []  # never mixed with perceptions
    assert recording.undo_texts() == ["Import 3 recorded incidents from police.csv"]
    assert "3 recorded incidents" in recording.window.statusBar().currentMessage()
    assert recording.errors == []
    recording.window.session.undo_stack.undo()  # one step takes the whole import back
    assert recording.store.list(Incident) == []
    recording.window.session.undo_stack.redo()
    assert len(recording.store.list(Incident)) == 3


def test_a_file_without_coordinates_is_refused_in_its_preview_in_one_line(recording, tmp_path):
    path = write_csv(tmp_path, "nowhere.csv", "place,date,offence", ["market,2024-03-01,robbery"])
    seen: list[str] = []
    refused_in_preview(seen)
    assert recording.window.features.audits.incidents.run(str(path)) == 0
    [message] = seen
    assert "coordinates" in message and "\n" not in message
    assert recording.store.list(Incident) == [] and recording.errors == []
    assert recording.window.session.undo_stack.count() == 0


def test_a_file_the_preview_cannot_read_is_refused_in_one_line(recording, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("  \n")
    assert recording.window.features.audits.incidents.run(str(path)) == 0
    [(title, message)] = recording.errors
    assert title == "The recorded incidents were not imported"
    assert message == "empty.csv is empty or a folder, not an incident file"
    assert recording.store.list(Incident) == []


def test_a_gdal_virtual_layer_is_refused_in_one_line(recording, tmp_path):
    path = tmp_path / "police.csv"
    path.write_text("<OGRVRTDataSource><OGRVRTLayer name='police'><SrcDataSource>/vsicurl/http://127.0.0.1:9/p.csv"
                    "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>")
    assert recording.window.features.audits.incidents.run(str(path)) == 0
    [(title, message)] = recording.errors
    assert title == "The recorded incidents were not imported"
    assert message.startswith("police.csv is a GDAL virtual layer (VRT), not an incident file") and "\n" not in message
    assert recording.store.list(Incident) == [] and recording.window.session.undo_stack.count() == 0


def test_cancelling_the_options_imports_nothing(recording, tmp_path):
    answer_next_modal(lambda dialog: dialog.reject())
    assert recording.window.features.audits.incidents.run(str(good_csv(tmp_path))) == 0
    assert recording.store.list(Incident) == [] and recording.errors == []


def test_the_source_is_required(qtbot):
    dialog = IncidentOptionsDialog("police.csv")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.source_edit.text() == "police" and ok.isEnabled()
    dialog.source_edit.clear()
    assert not ok.isEnabled()


def test_read_only_projects_cannot_import(recording, tmp_path):
    window = recording.window
    window.close_project()
    assert window.open_project(recording.path, read_only=True)
    assert not window.features.audits.incidents_action.isEnabled()
    assert window.features.audits.incidents.run(str(good_csv(tmp_path))) == 0


def test_rows_without_a_location_are_skipped_and_said(recording, tmp_path, monkeypatch):
    path = write_csv(tmp_path, "gaps.csv", "GEO_LON,GEO_LAT,FIRST_OCCURRENCE_DATE,OFFENSE_CATEGORY_ID", [
        f"{LON},{LAT},2024-03-14T22:30:00,larceny", ",,2024-03-15,larceny", "0,0,2024-03-16,larceny"])
    monkeypatch.setattr(incident_import_flow, "ask_incident_path", lambda _parent, _folder: str(path))
    infos = []
    monkeypatch.setattr(incident_import_flow.dialogs, "show_info", lambda _parent, title, text: infos.append(text))
    accept_options("Denver PD")
    recording.window.features.audits.incidents_action.trigger()
    assert [(i.category, i.occurred_on) for i in recording.store.list(Incident)] == [("larceny", "2024-03-14")]
    expected = "skipped 2 rows without a location (lines 3, 4)"
    assert len(infos) == 1 and infos[0].endswith(expected)
    assert recording.window.statusBar().currentMessage().endswith(expected)
    assert recording.errors == []


def test_a_geojson_named_csv_gets_no_preview_and_the_import_s_own_line(recording, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
                    f'"coordinates": [{LON}, {LAT}]}}, "properties": {{"date": "2024-03-14", "type": "theft"}}}}]}}')
    shown = []
    answer_next_modal(lambda dialog: shown.append(type(dialog)) or dialog.accept())
    assert recording.window.features.audits.incidents.run(str(path)) == 0
    assert shown == [IncidentOptionsDialog]  # not a CSV by its content: any other file's short options, no preview
    [(title, message)] = recording.errors
    assert title == "The recorded incidents were not imported" and "\n" not in message
    assert message.startswith("points.csv cannot be read as an incident file (its content is GeoJSON")
    assert recording.store.list(Incident) == []


def test_a_file_without_a_date_column_imports_undated_and_says_so(recording, tmp_path, monkeypatch):
    path = write_csv(tmp_path, "nodates.csv", "longitude,latitude,offence",
                     [f"{LON},{LAT},robbery", f"{LON + 0.001},{LAT},theft"])
    infos = []
    monkeypatch.setattr(incident_import_flow.dialogs, "show_info", lambda _parent, title, text: infos.append(text))
    accept_options()  # the preview lets it import
    assert recording.window.features.audits.incidents.run(str(path)) == 2
    assert [i.occurred_on for i in recording.store.list(Incident)] == [None, None]
    expected = "the file has no date column, so all 2 incidents were kept without a date"
    assert len(infos) == 1 and infos[0].endswith(expected)
    assert recording.window.statusBar().currentMessage().endswith(expected)
    assert recording.errors == []


def test_a_date_column_no_value_of_which_can_be_read_is_refused_in_its_preview(recording, tmp_path):
    path = write_csv(tmp_path, "vague.csv", "longitude,latitude,date,offence", [f"{LON},{LAT},last tuesday,robbery"])
    seen: list[str] = []
    refused_in_preview(seen)
    assert recording.window.features.audits.incidents.run(str(path)) == 0
    [message] = seen
    assert "date" in message and "\n" not in message
    assert recording.store.list(Incident) == [] and recording.window.session.undo_stack.count() == 0
