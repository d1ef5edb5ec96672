"""Where records read from paper came from, and whether a photo or sheet was read before (schema v8).

Contract (read only):
- ``sheet_of_record(store, table, uuid)``: the ``PaperSheet`` the record ``uuid`` of ``table``
  was read from, or None (drawn, typed, sent from a phone; or a file older than v8).
- ``earlier_reading(store, photo_sha256, group_uuid, sheet_number)``: the latest earlier
  reading of the same photo (same SHA-256) or of the same sheet (the same group's sheet of
  that number), or None. A sheet read whose records were all undone is gone with them.
"""

from __future__ import annotations

from cosafe.core.records import PaperSheet, PaperSheetRecord
from cosafe.store import mapping
from cosafe.store.project_store import ProjectStore


def _has_tables(store: ProjectStore) -> bool:
    return store.schema_version >= 8


def sheet_of_record(store: ProjectStore, table: str, uuid: str) -> PaperSheet | None:
    """The sheet the record was read from (see the module contract)."""
    if not _has_tables(store) or not uuid:
        return None
    found = store.connection.execute(
        f'SELECT sheet_uuid FROM "{PaperSheetRecord.TABLE}" WHERE record_table = ? AND record_uuid = ?',
        (table, uuid)).fetchone()
    return store.get(PaperSheet, found[0]) if found is not None else None


def earlier_reading(store: ProjectStore, photo_sha256: str, group_uuid: str, sheet_number: int) -> PaperSheet | None:
    """The latest earlier reading of this photo or this sheet (see the module contract)."""
    if not _has_tables(store):
        return None
    names = ", ".join(f'"{name}"' for name in mapping.column_names(PaperSheet))
    cursor = store.connection.execute(
        f'SELECT {names} FROM "{PaperSheet.TABLE}" WHERE (photo_sha256 != \'\' AND photo_sha256 = ?) '
        "OR (group_uuid = ? AND sheet_number = ?) ORDER BY read_at DESC LIMIT 1",
        (photo_sha256, group_uuid, sheet_number))
    row = cursor.fetchone()
    if row is None:
        return None
    return mapping.from_row(PaperSheet, dict(zip(mapping.column_names(PaperSheet), row)))  # type: ignore[return-value]
