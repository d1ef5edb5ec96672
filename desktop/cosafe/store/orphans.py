"""Photos and paper-sheet provenance left behind by deletions: found and removed (issue 18).

Deleting an audit walk, a group or a workshop takes the paper sheets read for it along in the
same undo step (``core.paper_provenance``). Files saved by CoSafe before that still hold what
those deletions left: sheet photos (people's handwriting and notes) of walks and groups that no
longer exist, ``paper_sheets`` rows pointing at them, and ``paper_sheet_records`` links to
deleted scores, pins and ideas. A merge can bring the same in: a photo another laptop added to
a walk deleted here since (deletions do not travel, additions do).

Contract:
- ``has_orphans(connection)``: whether anything below is to be done (a few indexed queries; no
  write). False for a file without the paper-sheet tables (schema before v8).
- ``remove_orphans(connection)``: inside the caller's transaction, and only what
  ``has_orphans`` finds:
  1. an attachment of a group or audit walk that no longer exists (a sheet photo) is deleted
     (placed paper maps, attachments of basemap layers, are the store's close-time purge's: a
     removed layer can be undone while the project is open; photos of audit points and
     proposals were always deleted with them);
  2. a sheet whose kept photo went in 1 keeps no reference to it (photo NULL, SHA-256 '');
  3. a link to a record that no longer exists is deleted, then a sheet with no link at all,
     as ``core.paper_provenance`` does when a deletion leaves a sheet without one;
  4. a sheet naming a group that no longer exists says none (''), and a group map (no audit
     score linked) then also keeps no photo and no SHA-256, as after deleting a group; one
     naming a workshop that no longer exists says none ('').
  ``updated_at`` and ``device_id`` stay as they were (as when stored images are cleaned): it
  is no one's edit, and two copies cleaned apart hold equal rows, so a merge between them
  sees no change. Deleted bytes are overwritten (the store writes with ``secure_delete``).
  A sheet's photo that is simply not in the file is left alone: a field copy holds no photos
  but the sheets that name them.

Where it runs: ``ProjectStore`` on opening a file to write in it and on closing it, and a
merge at the end of its transaction. A file opened read-only is never changed; a file with
nothing to clean is left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3

from cosafe.core.paper_provenance import LINKED_TABLES
from cosafe.core.records import AuditScore, AuditWalk, Group, PaperSheet, PaperSheetRecord, Workshop
from cosafe.store import geopackage

# The records that keep photos of paper sheets (an attachment's owner_table, the owner's table). Photos of
# audit points and proposals go with them in every deletion and were never left behind by one.
PHOTO_OWNERS: tuple[str, ...] = (Group.TABLE, AuditWalk.TABLE)
_SHEETS, _LINKS = PaperSheet.TABLE, PaperSheetRecord.TABLE

_ORPHAN_PHOTOS = " OR ".join(
    f"(owner_table = '{table}' AND owner_uuid NOT IN (SELECT uuid FROM \"{table}\"))" for table in PHOTO_OWNERS)
_LIVE_LINK = " OR ".join(
    f"(record_table = '{table}' AND record_uuid IN (SELECT uuid FROM \"{table}\"))" for table in LINKED_TABLES)
_AUDIT_SHEET = (f"EXISTS (SELECT 1 FROM \"{_LINKS}\" l WHERE l.sheet_uuid = \"{_SHEETS}\".uuid "
                f"AND l.record_table = '{AuditScore.TABLE}')")
_LOST_GROUP = f"group_uuid != '' AND group_uuid NOT IN (SELECT uuid FROM \"{Group.TABLE}\")"
_LOST_WORKSHOP = f"workshop_uuid != '' AND workshop_uuid NOT IN (SELECT uuid FROM \"{Workshop.TABLE}\")"

_CHECKS = (
    f"SELECT 1 FROM attachments WHERE {_ORPHAN_PHOTOS}",
    f'SELECT 1 FROM "{_LINKS}" WHERE NOT ({_LIVE_LINK})',
    f'SELECT 1 FROM "{_SHEETS}" WHERE uuid NOT IN (SELECT sheet_uuid FROM "{_LINKS}")',
    f'SELECT 1 FROM "{_SHEETS}" WHERE ({_LOST_GROUP}) OR ({_LOST_WORKSHOP})',
)


def _has_sheet_tables(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                              (_SHEETS, _LINKS)).fetchone()[0] == 2


def has_orphans(connection: sqlite3.Connection) -> bool:
    """Whether ``remove_orphans`` has anything to do (see the module contract)."""
    if not _has_sheet_tables(connection):
        return False
    return any(connection.execute(check + " LIMIT 1").fetchone() for check in _CHECKS)


def remove_orphans(connection: sqlite3.Connection) -> None:
    """Remove what deletions left behind, in the caller's transaction (see the module contract)."""
    if not has_orphans(connection):
        return
    photos = [uuid for (uuid,) in connection.execute(f"SELECT uuid FROM attachments WHERE {_ORPHAN_PHOTOS}")]
    for start in range(0, len(photos), 500):  # well under SQLite's limit of bound values
        chunk = photos[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        connection.execute(f"DELETE FROM attachments WHERE uuid IN ({marks})", chunk)
        connection.execute(f'UPDATE "{_SHEETS}" SET photo_uuid = NULL, photo_sha256 = \'\' '
                           f"WHERE photo_uuid IN ({marks})", chunk)
    connection.execute(f'DELETE FROM "{_LINKS}" WHERE NOT ({_LIVE_LINK})')
    connection.execute(f'DELETE FROM "{_SHEETS}" WHERE uuid NOT IN (SELECT sheet_uuid FROM "{_LINKS}")')
    connection.execute(f'UPDATE "{_SHEETS}" SET photo_uuid = NULL, photo_sha256 = \'\' '
                       f"WHERE ({_LOST_GROUP}) AND NOT {_AUDIT_SHEET}")
    connection.execute(f'UPDATE "{_SHEETS}" SET group_uuid = \'\' WHERE {_LOST_GROUP}')
    connection.execute(f'UPDATE "{_SHEETS}" SET workshop_uuid = \'\' WHERE {_LOST_WORKSHOP}')
    for table in ("attachments", _SHEETS, _LINKS):
        geopackage.touch(connection, table)
