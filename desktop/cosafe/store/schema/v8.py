"""Schema version 8: where records read from paper sheets came from. Frozen once released, like v1–v7.

A photo of a printed group map read into the project (issue 18) adds pins and ideas; merged
records are traced to their laptop by ``device_id`` and the ``devices`` names, and paper
needs the same: which sheet, which photo, when.

- ``paper_sheets``: one row per sheet read (the sheet's number, workshop and group from its
  QR code; the attachment keeping the photo, NULL when none was kept; the SHA-256 of the
  photo file as given, which tells a photo read a second time; when it was read).
- ``paper_sheet_records``: one row per record read from a sheet (the sheet's UUID, the
  record's table and UUID; one sheet per record).

*Why a link table rather than a column on pins and proposals:* a column added to those tables
would change the hash of every stored pin and proposal, so every merge base would stop
matching; as rows, the provenance merges on its own (both are ordinary records, merged by
UUID), and QGIS can join it to any table (audit scores read from audit sheets too). Both are
GeoPackage attribute tables with v1's common columns and no foreign keys, like every table.
"""

from __future__ import annotations

import sqlite3

from cosafe.store import geopackage
# v1's common columns are frozen, so v8 tables share them exactly.
from cosafe.store.schema.v1 import _COMMON as COMMON_COLUMNS

PAPER_SHEETS_DDL = f"""CREATE TABLE "paper_sheets" ({COMMON_COLUMNS},
  workshop_uuid TEXT NOT NULL,
  group_uuid TEXT NOT NULL,
  sheet_number INTEGER NOT NULL CHECK (sheet_number >= 1),
  photo_uuid TEXT,
  photo_sha256 TEXT NOT NULL DEFAULT '',
  read_at DATETIME NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', read_at) = read_at)
)"""
PAPER_SHEET_RECORDS_DDL = f"""CREATE TABLE "paper_sheet_records" ({COMMON_COLUMNS},
  sheet_uuid TEXT NOT NULL,
  record_table TEXT NOT NULL CHECK (record_table IN ('perception_pins', 'proposals', 'audit_scores')),
  record_uuid TEXT NOT NULL,
  UNIQUE (record_table, record_uuid)
)"""
INDEX_STATEMENTS = (
    "CREATE INDEX idx_paper_sheets_photo ON paper_sheets (photo_sha256)",
    "CREATE INDEX idx_paper_sheets_sheet ON paper_sheets (group_uuid, sheet_number)",
)


def add_paper_sheets(connection: sqlite3.Connection) -> None:
    """Create and register ``paper_sheets`` and ``paper_sheet_records`` (inside a migration's transaction).

    The UNIQUE constraint's index serves the one lookup of the links (by table and record).
    """
    connection.execute(PAPER_SHEETS_DDL)
    geopackage.register_attributes(connection, "paper_sheets", "Photos of printed group maps read into the project")
    connection.execute(PAPER_SHEET_RECORDS_DDL)
    geopackage.register_attributes(connection, "paper_sheet_records", "Records read from paper sheets")
    for statement in INDEX_STATEMENTS:
        connection.execute(statement)
