"""Schema version 4: a facilitator's criteria, criteria sets and reason tags in several languages.
Frozen once released, like v1–v3.

``label_translations`` is a GeoPackage attribute table beside the labelled tables
(registered in ``gpkg_contents``, so QGIS and GDAL list it like the others): one row
per (labelled table, record UUID, field, language) holding the label in that language;
the row in ``criteria``, ``criteria_sets`` or ``reason_tags`` keeps the text as typed.
It has v1's common columns (fid, uuid, timestamps, device) and refers by UUID without a
foreign key, like every CoSafe table. Which tables and fields may be labelled is held by
CHECK constraints; the language is not (a later CoSafe may speak more languages, and its
rows must still merge into this one's files).
"""

from __future__ import annotations

import sqlite3

from cosafe.store import geopackage
# v1's common columns are frozen, so v4 tables share them exactly.
from cosafe.store.schema.v1 import _COMMON as COMMON_COLUMNS

LABEL_TRANSLATIONS_DDL = f"""CREATE TABLE "label_translations" ({COMMON_COLUMNS},
  table_name TEXT NOT NULL CHECK (table_name IN ('criteria_sets', 'criteria', 'reason_tags')),
  record_uuid TEXT NOT NULL,
  field_name TEXT NOT NULL CHECK (field_name IN ('name', 'label', 'good_means')),
  language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
  text TEXT NOT NULL DEFAULT '',
  UNIQUE (table_name, record_uuid, field_name, language)
)"""


def add_label_translations(connection: sqlite3.Connection) -> None:
    """Create and register ``label_translations`` (run inside a migration's transaction).

    The UNIQUE constraint's index serves the one lookup (by table and record), so no other index.
    """
    connection.execute(LABEL_TRANSLATIONS_DDL)
    geopackage.register_attributes(connection, "label_translations",
                                   "Criteria, criteria sets and reason tags in other languages")
