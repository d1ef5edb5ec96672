"""Schema version 3: what merging project files from several laptops needs. Frozen once released.

- ``devices``: a person's name for each laptop ("Field team 2 laptop"). A record whose
  ``uuid`` IS the device id it names (``device_id`` is, as everywhere, the laptop that
  wrote the row); merged like any record, so every file learns every team's name.
- ``merge_log``: one row per source file merged in (when = ``created_at``, the source
  file name, project and device ids, and the counts). A record, but never merged: it is
  the history of this file.
- ``merge_base``: per (peer device, table, record uuid) the row hash both files held
  when they last met; how a merge tells "changed here", "changed there" and "both".
- ``merge_conflicts``: per (peer device, table, record uuid) their version of a record
  changed on both sides, kept whole until someone resolves it (``theirs`` is the row as
  JSON; ``theirs_hash`` its row hash).
All four are GeoPackage attribute tables, without foreign keys like every CoSafe table.
"""

from __future__ import annotations

import sqlite3

from cosafe.store import geopackage
# v1's common columns are frozen, so v3 record tables share them exactly.
from cosafe.store.schema.v1 import _COMMON as COMMON_COLUMNS

_DATETIME = "CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', {0}) = {0})"

TABLES: dict[str, tuple[str, str]] = {
    "devices": (f"""CREATE TABLE "devices" ({COMMON_COLUMNS},
  name TEXT NOT NULL
)""", "Laptops that made records, by name"),
    "merge_log": (f"""CREATE TABLE "merge_log" ({COMMON_COLUMNS},
  source_name TEXT NOT NULL,
  source_project_uuid TEXT NOT NULL DEFAULT '',
  source_device_id TEXT NOT NULL DEFAULT '',
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  conflicts INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT ''
)""", "Project files merged into this one"),
    "merge_base": ("""CREATE TABLE "merge_base" (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  peer_device_id TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_uuid TEXT NOT NULL,
  row_hash TEXT NOT NULL,
  UNIQUE (peer_device_id, table_name, record_uuid)
)""", "What this file and each peer agreed on when they last met"),
    "merge_conflicts": (f"""CREATE TABLE "merge_conflicts" (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  peer_device_id TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_uuid TEXT NOT NULL,
  theirs TEXT NOT NULL,
  theirs_hash TEXT NOT NULL,
  detected_at DATETIME NOT NULL {_DATETIME.format("detected_at")},
  UNIQUE (peer_device_id, table_name, record_uuid)
)""", "Records changed on both sides of a merge, their version kept until resolved"),
}

INDEX_STATEMENTS = (
    "CREATE INDEX idx_merge_conflicts_record ON merge_conflicts (table_name, record_uuid)",
)


def add_merge_tables(connection: sqlite3.Connection) -> None:
    """Create and register the v3 tables (run inside a migration's transaction)."""
    for table, (ddl, description) in TABLES.items():
        connection.execute(ddl)
        geopackage.register_attributes(connection, table, description)
    for statement in INDEX_STATEMENTS:
        connection.execute(statement)
