"""A merge trusts no file carrying SQL of its own, source or target: it is refused in one line
before anything is written, and the target stays byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import bad_files
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema_guard import UntrustedSchemaError
from merge_support import add_pin, add_proposal, file_hash, new_project


@pytest.fixture
def office(tmp_path: Path):
    store = new_project(tmp_path / "office.gpkg")
    add_proposal(store, "Light the underpass")
    yield store
    store.close()


@pytest.fixture
def team_path(office: ProjectStore, tmp_path: Path) -> Path:
    path = tmp_path / "team2.gpkg"
    make_field_copy(office, str(path), "Field team 2")
    return path


def test_a_source_carrying_sql_of_its_own_is_refused(office, tmp_path):
    planted = bad_files.trigger_on_basemap_points(tmp_path)
    before = file_hash(office.path), file_hash(planted)
    with pytest.raises(UntrustedSchemaError, match="^planted.gpkg was refused: it holds a trigger “lower_threshold” "
                                                   "on basemap_points"):
        merge_files(office, [str(planted)])
    assert (file_hash(office.path), file_hash(planted)) == before


def test_a_target_given_sql_while_open_is_refused_before_any_write(office, team_path, tmp_path):
    """Another program (QGIS) can change a file CoSafe has open; merging or handing out writes it."""
    with ProjectStore.open(str(team_path)) as team:
        add_pin(team, "from the field")
    connection = sqlite3.connect(office.path)
    connection.execute("CREATE TRIGGER leak AFTER INSERT ON perception_pins BEGIN "
                       "UPDATE project_meta SET value = NEW.story WHERE key = 'name'; END")
    connection.commit()
    connection.close()
    before = file_hash(office.path)
    for attempt in (lambda: merge_files(office, [str(team_path)]),
                    lambda: make_field_copy(office, str(tmp_path / "copy.gpkg"), "Field team 3")):
        with pytest.raises(UntrustedSchemaError, match="^office.gpkg was refused: it holds a trigger “leak” on "
                                                       "perception_pins"):
            attempt()
    assert file_hash(office.path) == before
    assert not (tmp_path / "copy.gpkg").exists()
