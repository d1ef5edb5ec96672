"""Every way opening can fail shows one one-line message and leaves the file as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from shell_support import OFFSCREEN_NOISE, file_hash, set_schema_version

from cosafe.store.schema.migrations import current_schema_version
from cosafe.store.project_store import ProjectStore

pytestmark = OFFSCREEN_NOISE


def not_sqlite(path, _project):
    path.write_bytes(os.urandom(8192))


def sqlite_not_geopackage(path, _project):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


def plain_geopackage(path, _project):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 0x47504B47")
    connection.execute("PRAGMA user_version = 10200")
    connection.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT)")
    connection.execute("INSERT INTO gpkg_contents VALUES ('roads', 'features'), ('schools', 'features')")
    connection.commit()
    connection.close()


def newer_version(path, project):
    shutil.copy(project, path)
    set_schema_version(path, 99)


def corrupt(path, project):
    data = bytearray(project.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def planted_trigger(path, _project):
    from bad_files import THRESHOLD_TRIGGER, altered_sample

    altered_sample(path.parent, path.name, THRESHOLD_TRIGGER)


def endless_votes_view(path, _project):
    from bad_files import endless_votes_view as make

    make(path.parent).rename(path)


CASES = [
    (not_sqlite, "Cannot open project", "bad.gpkg is not a CoSafe project: it is not an SQLite/GeoPackage file"),
    (sqlite_not_geopackage, "Cannot open project",
     "bad.gpkg is an SQLite database but not a GeoPackage, so not a CoSafe project"),
    (plain_geopackage, "Not a CoSafe project",
     "bad.gpkg is a GeoPackage with 2 layers: roads, schools, but not a CoSafe project. "
     "Start a new project with its layers as the basemap?"),
    (newer_version, "Cannot open project",
     f"bad.gpkg was made by a newer CoSafe (project format 99; this version reads up to {current_schema_version()}): "
     "update CoSafe to open it"),
    (corrupt, "Cannot open project", "bad.gpkg is damaged: the SQLite integrity check failed"),
    (planted_trigger, "Cannot open project",
     "bad.gpkg was refused: it holds a trigger “lower_threshold” on basemap_points, which neither CoSafe nor the "
     "GeoPackage standard makes (SQL of a file's own could change records unseen or never finish)"),
    (endless_votes_view, "Cannot open project",
     "bad.gpkg was refused: it holds a view “votes” where a table belongs, which neither CoSafe nor the "
     "GeoPackage standard makes (SQL of a file's own could change records unseen or never finish)"),
]


@pytest.mark.parametrize(("make", "title", "message"), CASES, ids=[case[0].__name__ for case in CASES])
def test_open_error_is_one_line_and_file_unchanged(window, dialog_log, tmp_path, project_path, make, title, message):
    (tmp_path / "case").mkdir()
    bad = tmp_path / "case" / "bad.gpkg"
    make(bad, project_path)
    before = file_hash(bad)
    dialog_log.open_path = str(bad)
    assert not window.files.open_project_dialog()
    assert dialog_log.errors + dialog_log.confirms == [(title, message)]
    assert "\n" not in message
    assert file_hash(bad) == before
    assert os.listdir(bad.parent) == ["bad.gpkg"]  # no journal, backup or lock file left beside it
    assert window.session is None and window.pages.currentWidget() is window.welcome


def test_missing_file(window, dialog_log, tmp_path):
    assert not window.open_project(str(tmp_path / "nowhere.gpkg"))
    assert dialog_log.errors == [("Cannot open project", "nowhere.gpkg: no such file")]
    assert not (tmp_path / "nowhere.gpkg").exists()


def test_a_failed_open_keeps_the_current_project(window, dialog_log, tmp_path, project_path):
    window.open_project(str(project_path))
    bad = tmp_path / "bad.gpkg"
    not_sqlite(bad, project_path)
    assert not window.open_project(str(bad))
    assert window.session is not None and window.session.path == str(project_path)
    assert window.windowTitle() == "Test project — CoSafe"


def test_already_open_offers_read_only_and_declining_changes_nothing(window, dialog_log, project_path):
    other = ProjectStore.open(str(project_path))  # "another CoSafe window"
    try:
        before = file_hash(project_path)
        assert not window.open_project(str(project_path))
        assert dialog_log.read_only_offers == [
            "project.gpkg is already open in another CoSafe window; it can be opened read-only"]
        assert dialog_log.errors == []
        assert window.session is None
        assert file_hash(project_path) == before
    finally:
        other.close()


def test_already_open_accepting_opens_read_only(window, dialog_log, project_path):
    other = ProjectStore.open(str(project_path))
    try:
        dialog_log.accept_read_only = True
        assert window.open_project(str(project_path))
        assert window.session.is_read_only
        assert window.windowTitle() == "Test project — CoSafe [read-only]"
        assert window.banner.text() == "Read-only: opened read-only. Use File › Save As to make an editable copy."
    finally:
        window.close_project()
        other.close()


def test_the_same_file_in_two_windows(window, dialog_log, project_path, qtbot):
    from cosafe.ui.shell.main_window import MainWindow

    assert window.open_project(str(project_path))
    second = MainWindow()
    qtbot.addWidget(second)
    dialog_log.accept_read_only = True
    assert second.open_project(str(project_path))
    assert len(dialog_log.read_only_offers) == 1
    assert second.session.is_read_only and not window.session.is_read_only
    second.close()


def test_a_plain_geopackage_can_become_a_projects_basemap(window, dialog_log, tmp_path, monkeypatch):
    """Accepting the offer creates a new project beside the file and imports its layers."""
    import map_files
    from shell_support import answer_next_modal

    source = map_files.geojson(tmp_path)  # roads written by GDAL ...
    city = tmp_path / "city.gpkg"
    map_files.write_layer(city, "GPKG", *map_files.by_kind("LineString"), layer="roads")  # ... and as a GeoPackage
    before = file_hash(city)
    dialog_log.accept_confirm = True
    dialog_log.new_path = str(tmp_path / "city project.gpkg")
    def accept_details_then_options(dialog) -> None:
        dialog.accept()  # the new project's name and place, as suggested
        answer_next_modal(lambda options: options.ok_button.click())  # the import options, as suggested

    answer_next_modal(accept_details_then_options)
    assert window.open_project(str(city))
    assert window.session.path == str(tmp_path / "city project.gpkg")
    [layer] = window.session.store.list(__import__("cosafe.core.records", fromlist=["BasemapLayer"]).BasemapLayer)
    assert (layer.name, layer.feature_count) == ("city", 1)
    assert file_hash(city) == before and source.exists()
