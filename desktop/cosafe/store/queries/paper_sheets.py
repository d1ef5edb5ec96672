"""Where records read from paper came from, and whether a photo or sheet was read before (schema v8).

Contract (read only):
- ``sheet_of_record(store, table, uuid)``: the ``PaperSheet`` the record ``uuid`` of ``table``
  was read from, or None (drawn, typed, sent from a phone; or a file older than v8).
- ``earlier_reading(store, photo_sha256, group_uuid, sheet_number)``: the latest earlier
  reading of the same photo (same SHA-256) or of the same group map (the same group's sheet of
  that number; an audit sheet, one with audit scores linked, is no group map even when its
  walk has that group), or None. A sheet read whose records were all undone is gone with them.
- Audit sheets (their ``PaperSheet`` carries the walk's workshop and group, '' when it has none,
  and the walk is known by the audit scores linked to it):
  ``sheet_of_audit_point(store, point_uuid)``: the latest sheet any of the point's scores was
  read from, or None; ``earlier_audit_reading(store, photo_sha256, walk_uuid, sheet_number)``:
  the latest earlier reading of the same photo, or of the walk's audit sheet of that number
  (a sheet with a score of one of the walk's points linked), or None;
  ``score_links(store, score_uuids)``: the ``PaperSheetRecord`` of each of those audit scores
  that has one, by score UUID; ``links_of_sheet(store, sheet_uuid)``: how many records link to it.
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
        f'SELECT {names} FROM "{PaperSheet.TABLE}" p WHERE (photo_sha256 != \'\' AND photo_sha256 = ?) '
        "OR (group_uuid = ? AND sheet_number = ? AND NOT EXISTS (SELECT 1 FROM paper_sheet_records l "
        "WHERE l.sheet_uuid = p.uuid AND l.record_table = 'audit_scores')) ORDER BY read_at DESC LIMIT 1",
        (photo_sha256, group_uuid, sheet_number))
    return _sheet_of_row(cursor.fetchone())


def _sheet_of_row(row) -> PaperSheet | None:
    if row is None:
        return None
    return mapping.from_row(PaperSheet, dict(zip(mapping.column_names(PaperSheet), row)))  # type: ignore[return-value]


def sheet_of_audit_point(store: ProjectStore, point_uuid: str) -> PaperSheet | None:
    """The latest sheet any of the audit point's scores was read from (see the module contract)."""
    if not _has_tables(store) or not point_uuid:
        return None
    found = store.connection.execute(
        "SELECT l.sheet_uuid FROM paper_sheet_records l JOIN audit_scores s ON s.uuid = l.record_uuid "
        "JOIN paper_sheets p ON p.uuid = l.sheet_uuid WHERE l.record_table = 'audit_scores' AND s.point_uuid = ? "
        "ORDER BY p.read_at DESC LIMIT 1", (point_uuid,)).fetchone()
    return store.get(PaperSheet, found[0]) if found is not None else None


def earlier_audit_reading(store: ProjectStore, photo_sha256: str, walk_uuid: str,
                          sheet_number: int) -> PaperSheet | None:
    """The latest earlier reading of this photo or of this walk's audit sheet (see the module contract)."""
    if not _has_tables(store):
        return None
    names = ", ".join(f'p."{name}"' for name in mapping.column_names(PaperSheet))
    cursor = store.connection.execute(
        f'SELECT {names} FROM "{PaperSheet.TABLE}" p WHERE (p.photo_sha256 != \'\' AND p.photo_sha256 = ?) '
        "OR (p.sheet_number = ? AND EXISTS (SELECT 1 FROM paper_sheet_records l "
        "JOIN audit_scores s ON s.uuid = l.record_uuid JOIN audit_points a ON a.uuid = s.point_uuid "
        "WHERE l.sheet_uuid = p.uuid AND l.record_table = 'audit_scores' AND a.walk_uuid = ?)) "
        "ORDER BY p.read_at DESC LIMIT 1", (photo_sha256, sheet_number, walk_uuid))
    return _sheet_of_row(cursor.fetchone())


def score_links(store: ProjectStore, score_uuids: list[str]) -> dict[str, PaperSheetRecord]:
    """Each linked audit score's link, by score UUID (see the module contract)."""
    if not _has_tables(store) or not score_uuids:
        return {}
    links: dict[str, PaperSheetRecord] = {}
    for start in range(0, len(score_uuids), 500):  # well under SQLite's limit of bound values
        chunk = score_uuids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for link in store.list(PaperSheetRecord, f"record_table = 'audit_scores' AND record_uuid IN ({marks})",
                               tuple(chunk)):
            links[link.record_uuid] = link
    return links


def links_of_sheet(store: ProjectStore, sheet_uuid: str) -> int:
    """How many records are linked to the sheet ``sheet_uuid``."""
    if not _has_tables(store):
        return 0
    return store.connection.execute(f'SELECT count(*) FROM "{PaperSheetRecord.TABLE}" WHERE sheet_uuid = ?',
                                    (sheet_uuid,)).fetchone()[0]
