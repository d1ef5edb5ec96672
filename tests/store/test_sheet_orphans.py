"""Sheet photos and provenance that deletions left in files saved before are removed on opening to write (issue 18)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from cosafe.core.records import Attachment, AuditWalk, Group, PaperSheet, PaperSheetRecord, PerceptionPin
from cosafe.store.geometry import register_sql_functions
from cosafe.store import orphans
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.paper_sheets import sheet_of_record
from sheets_read import read_sheets, rows


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def deleted_as_before(path: Path, walk: AuditWalk, group: Group) -> None:
    """What deleting the walk and then the group did before, written as a file an earlier CoSafe saved: the
    walk's points, scores and answers and the group went, the drawings were detached; photos, sheets and links
    stayed."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        register_sql_functions(connection)  # the GeoPackage triggers call them
        points = "SELECT uuid FROM audit_points WHERE walk_uuid = ?"
        for table in ("audit_scores", "checklist_answers"):
            connection.execute(f"DELETE FROM {table} WHERE point_uuid IN ({points})", (walk.uuid,))
        connection.execute("DELETE FROM audit_points WHERE walk_uuid = ?", (walk.uuid,))
        connection.execute("DELETE FROM audit_walks WHERE uuid = ?", (walk.uuid,))
        for table in ("perception_pins", "proposals"):
            connection.execute(f"UPDATE {table} SET group_uuid = NULL WHERE group_uuid = ?", (group.uuid,))
        connection.execute("DELETE FROM groups WHERE uuid = ?", (group.uuid,))
        connection.commit()


def test_a_file_with_orphaned_sheet_photos_is_cleaned_on_opening_to_write_and_untouched_read_only(tmp_path):
    path = tmp_path / "older.gpkg"
    with ProjectStore.create(str(path), name="Older") as store:
        read = read_sheets(store)
    deleted_as_before(path, read.walk, read.group)
    left = file_hash(path)

    with ProjectStore.open(str(path), read_only=True) as looked_at:
        assert looked_at.count(Attachment) == 2 and looked_at.count(PaperSheet) == 2
    assert file_hash(path) == left  # a read-only open changes nothing

    with ProjectStore.open(str(path)) as store:
        # Cleaned on opening, before anything else is done with the file.
        assert store.count(Attachment) == 0
        assert store.get(PaperSheet, read.audit_sheet.uuid) is None
        assert store.count(PaperSheetRecord, "record_table = 'audit_scores'") == 0
        sheet = store.get(PaperSheet, read.map_sheet.uuid)
        assert (sheet.group_uuid, sheet.photo_uuid, sheet.photo_sha256) == ("", None, "")
        # No one's edit: the row keeps when and where it was written; the drawings keep their sheet.
        assert (sheet.updated_at, sheet.device_id) == (read.map_sheet.updated_at, read.map_sheet.device_id)
        assert all(sheet_of_record(store, "perception_pins", pin.uuid) == sheet for pin in store.list(PerceptionPin))
        assert not orphans.has_orphans(store.connection)
        assert store.check() == []
    cleaned = file_hash(path)
    with ProjectStore.open(str(path)) as store:
        pass
    assert file_hash(path) == cleaned  # nothing left to clean: the file stays byte for byte the same


def test_a_file_with_sheets_and_nothing_left_behind_is_not_written(tmp_path):
    path = tmp_path / "clean.gpkg"
    with ProjectStore.create(str(path), name="Clean") as store:
        read_sheets(store)
    before = file_hash(path)
    with ProjectStore.open(str(path)) as store:
        assert not orphans.has_orphans(store.connection)
    assert file_hash(path) == before


def test_a_sheet_photo_a_field_copy_does_not_hold_is_left_named(tmp_path):
    """A field copy holds no photos but the sheets that name them: that is no orphan."""
    path = tmp_path / "copy.gpkg"
    with ProjectStore.create(str(path), name="Copy") as store:
        read = read_sheets(store)
        store.delete_many(Attachment, [read.map_photo.uuid, read.audit_photo.uuid])
        before = rows(store)
        assert not orphans.has_orphans(store.connection)
    with ProjectStore.open(str(path)) as store:
        assert rows(store) == before
