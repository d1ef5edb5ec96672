"""Writes: committed at once, rolled back whole on failure, with a one-line reason."""

from __future__ import annotations

import os
import sqlite3

import pytest

from cosafe.core.records import Attachment, Workshop
from cosafe.store.errors import ProjectWriteError
from cosafe.store.project_store import ProjectStore


def test_each_write_is_on_disk_at_once(store, project_path):
    store.insert(Workshop(title="Evening workshop"))
    # Another connection (as if the file were copied to a USB stick now) sees it.
    other = sqlite3.connect(project_path)
    assert other.execute("SELECT title FROM workshops").fetchall() == [("Evening workshop",)]
    other.close()
    assert not os.path.exists(str(project_path) + "-journal")


def test_disk_full_rolls_back_and_says_so(store):
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    before = store.counts()
    with pytest.raises(ProjectWriteError, match="disk is full"):
        store.insert(Attachment(owner_table="workshops", owner_uuid="x", filename="big.jpg", data=os.urandom(200_000)))
    assert store.counts() == before
    store.connection.execute("PRAGMA max_page_count = 1073741823")
    store.insert(Workshop(title="After freeing space"))
    assert store.count(Workshop) == 1


def test_removed_file_is_noticed(store, project_path, tmp_path):
    os.remove(project_path)
    with pytest.raises(ProjectWriteError, match="moved or deleted"):
        store.insert(Workshop(title="Lost"))
    # The open connection still holds the data: Save As rescues it.
    rescued = store.save_as(str(tmp_path / "rescued.gpkg"))
    assert rescued.name == "Test project"
    rescued.close()


def test_out_of_range_value_is_refused_with_one_line(store):
    from cosafe.core.records import AuditScore

    with pytest.raises(ProjectWriteError, match="out of its allowed range") as raised:
        store.insert(AuditScore(point_uuid="p", criterion_uuid="c", score=4))
    assert "\n" not in str(raised.value)
    assert store.count(AuditScore) == 0


def test_nested_atomic_blocks_commit_once(store):
    with pytest.raises(RuntimeError):
        with store.atomic():
            store.insert(Workshop(title="one"))
            store.insert(Workshop(title="two"))
            raise RuntimeError("cancelled half-way")
    assert store.count(Workshop) == 0


def test_save_as_writes_a_complete_copy_and_switches(store, tmp_path, project_path):
    store.insert(Workshop(title="Copied"))
    copy = store.save_as(str(tmp_path / "copy.gpkg"))
    try:
        assert copy.path == str(tmp_path / "copy.gpkg")
        assert copy.count(Workshop) == 1
        assert copy.connection.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert copy.connection.execute("PRAGMA user_version").fetchone()[0] == 10200
        assert copy.check() == []
    finally:
        copy.close()
    # The original is closed and unlocked.
    ProjectStore.open(str(project_path)).close()


def test_save_as_refuses_same_path_and_existing(store, project_path, tmp_path):
    from cosafe.store.errors import ProjectError

    with pytest.raises(ProjectError, match="different file name"):
        store.save_as(str(project_path))
    existing = tmp_path / "exists.gpkg"
    existing.write_bytes(b"keep me")
    with pytest.raises(ProjectError, match="already exists"):
        store.save_as(str(existing))
    assert existing.read_bytes() == b"keep me"


def test_save_as_into_missing_folder_fails_cleanly(store, tmp_path):
    with pytest.raises(ProjectWriteError, match="Cannot write"):
        store.save_as(str(tmp_path / "missing" / "copy.gpkg"))
    assert store.count(Workshop) == 0  # still open and usable


def test_nothing_replaces_a_file_open_in_another_window(store, project_path, tmp_path):
    from cosafe.store.errors import ProjectError

    other = tmp_path / "other.gpkg"
    ProjectStore.create(str(other), name="Other").close()
    with ProjectStore.open(str(other)):
        with pytest.raises(ProjectError, match="open in another CoSafe window"):
            ProjectStore.create(str(other), name="New", overwrite=True)
        with pytest.raises(ProjectError, match="open in another CoSafe window"):
            store.save_as(str(other), overwrite=True)
    assert store.count(Workshop) == 0  # the store stayed open


def test_save_as_keeps_the_original_open_when_the_copy_cannot_open(store, tmp_path, monkeypatch):
    from cosafe.store import project_store
    from cosafe.store.errors import ProjectOpenError

    def refuse(*args, **kwargs):
        raise ProjectOpenError("copy.gpkg cannot be opened: simulated")

    monkeypatch.setattr(project_store.ProjectStore, "open", classmethod(lambda cls, *a, **k: refuse()))
    with pytest.raises(ProjectOpenError):
        store.save_as(str(tmp_path / "copy.gpkg"))
    store.insert(Workshop(title="still open"))
    assert store.count(Workshop) == 1
