"""Opening projects: every bad file is refused with one line and left byte-for-byte unchanged;
read-only files open read-only; a file open elsewhere is refused unless read-only is asked."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from bad_files import BAD_FILES

from cosafe.core.records import Workshop
from cosafe.store.errors import (
    AlreadyOpenError,
    NewerVersionError,
    NotAProjectError,
    ProjectError,
    ProjectOpenError,
    ReadOnlyError,
)
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("make", list(BAD_FILES), ids=lambda f: f.__name__)
def test_bad_file_is_refused_with_one_line_and_left_unchanged(tmp_path, make):
    path = make(tmp_path)
    before = _digest(path)
    with pytest.raises(ProjectOpenError) as raised:
        ProjectStore.open(str(path))
    message = str(raised.value)
    assert BAD_FILES[make] in message
    assert "\n" not in message and path.name in message
    assert _digest(path) == before
    assert not Path(str(path) + "-journal").exists()


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectOpenError, match="no such file"):
        ProjectStore.open(str(tmp_path / "nope.gpkg"))
    with pytest.raises(ProjectOpenError, match="is a folder"):
        ProjectStore.open(str(tmp_path))


def test_error_kinds(tmp_path):
    from bad_files import foreign_geopackage, newer_version

    with pytest.raises(NotAProjectError) as raised:
        ProjectStore.open(str(foreign_geopackage(tmp_path)))
    assert raised.value.layer_names == ["roads"]
    with pytest.raises(NewerVersionError):
        ProjectStore.open(str(newer_version(tmp_path)))


def test_read_only_file_opens_read_only_and_refuses_edits(project_path):
    os.chmod(project_path, 0o444)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        assert store.is_read_only
        assert "read-only" in store.read_only_reason
        assert store.name == "Test project"
        with pytest.raises(ReadOnlyError):
            store.insert(Workshop(title="x"))
    assert _digest(project_path) == before


def test_second_writer_is_refused_but_may_read(project_path):
    with ProjectStore.open(str(project_path)) as first:
        with pytest.raises(AlreadyOpenError, match="already open"):
            ProjectStore.open(str(project_path))
        with ProjectStore.open(str(project_path), read_only=True) as second:
            first.insert(Workshop(title="Market workshop"))
            assert second.count(Workshop) == 1
    # Once closed, the lock is gone.
    ProjectStore.open(str(project_path)).close()


def test_lock_is_seen_by_another_process(project_path):
    import subprocess
    import sys

    code = (
        "import sys; from cosafe.store.project_store import ProjectStore\n"
        "from cosafe.store.errors import AlreadyOpenError\n"
        "try:\n    ProjectStore.open(sys.argv[1])\nexcept AlreadyOpenError as e:\n    print(e); sys.exit(3)\n"
    )
    with ProjectStore.open(str(project_path)):
        result = subprocess.run([sys.executable, "-c", code, str(project_path)], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "already open" in result.stdout


def test_create_refuses_to_overwrite(project_path):
    before = _digest(project_path)
    with pytest.raises(ProjectError, match="already exists"):
        ProjectStore.create(str(project_path), name="Again")
    assert _digest(project_path) == before


def test_create_in_missing_folder(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        ProjectStore.create(str(tmp_path / "no" / "p.gpkg"), name="x")


def test_new_project_defaults(store):
    meta = store.meta()
    assert meta["name"] == "Test project" and meta["place"] == "Testville"
    assert meta["cosafe_schema_version"] == str(migrations.current_schema_version())
    assert store.suppression_threshold == 5
    assert len(store.device_id) == 36
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert store.connection.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == 10200
    counts = store.counts()
    assert counts["criteria"] == 9 and counts["criteria_sets"] == 1 and counts["reason_tags"] >= 8
    styled = {row[0] for row in store.connection.execute("SELECT f_table_name FROM layer_styles")}
    assert {"basemap_lines", "basemap_polygons", "proposals", "perception_pins"} <= styled
