"""Rows of merged tables as plain tuples: reading, hashing, JSON and writing back.

Contract:
- A row is the tuple of a record's stored columns in ``mapping.column_names`` order
  (everything but ``fid``: geometry blob, attachment BLOB, timestamps, device id).
  ``row_hash`` of equal rows is equal in every file and process, so two files can
  tell "the same record" by comparing hashes.
- ``row_to_json``/``row_from_json`` round-trip a row exactly (byte for byte): the
  geometry is its GeoPackage blob (header + WKB) in hex, other BLOBs base64.
- Writers run in the caller's transaction and keep R-tree and gpkg_contents current.
"""

from __future__ import annotations

import base64
import hashlib
import json
import marshal
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import shapely

from cosafe.core.records import RECORD_TYPES, Device, Record
from cosafe.store import geometry, geopackage, mapping

Row = tuple[Any, ...]

# Merged between files, in an order where a referenced table comes before its users.
MERGED_TYPES: tuple[type[Record], ...] = (*RECORD_TYPES, Device)
MERGED_BY_TABLE: dict[str, type[Record]] = {t.TABLE: t for t in MERGED_TYPES}

# Records matched by what they mean when their UUIDs differ (two projects created
# apart have different default criteria sets and reason tags with the same keys).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "criteria_sets": ("name", "version"),
    "criteria": ("set_uuid", "key"),
    "reason_tags": ("key",),
    "walk_participants": ("walk_uuid", "participant_uuid"),
    "label_translations": ("table_name", "record_uuid", "field_name", "language"),
}

# Columns holding the UUID of a record of a natural-key table: remapped on merge.
REFERENCES: dict[str, dict[str, str]] = {
    "criteria_sets": {"based_on_uuid": "criteria_sets"},
    "criteria": {"set_uuid": "criteria_sets"},
    "audit_walks": {"criteria_set_uuid": "criteria_sets"},
    "audit_scores": {"criterion_uuid": "criteria"},
}
# Columns holding the UUID of a record of the table named in another column of the row.
TABLE_NAMED_REFERENCES: dict[str, dict[str, str]] = {
    "label_translations": {"record_uuid": "table_name"},
}


def columns(record_type: type[Record]) -> list[str]:
    return mapping.column_names(record_type)


def row_hash(row: Row) -> str:
    """A short digest of a row's values (text, integers, floats, bytes, None).

    marshal format 2 is a pure function of the values (no back-references, which
    came with format 3; floats as IEEE bytes), and twice as fast as ``repr``.
    """
    return hashlib.blake2b(marshal.dumps(row, 2), digest_size=16).hexdigest()


def row_hashes(rows: Iterable[Row]) -> list[str]:
    """``row_hash`` of each row; the loop without a call per row, for tens of thousands."""
    digest, dump = hashlib.blake2b, marshal.dumps
    return [digest(dump(row, 2), digest_size=16).hexdigest() for row in rows]


def read_rows(connection: sqlite3.Connection, record_type: type[Record], where: str = "",
              params: Sequence[Any] = ()) -> list[Row]:
    names = ", ".join(columns(record_type))
    sql = f'SELECT {names} FROM "{record_type.TABLE}"' + (f" WHERE {where}" if where else "")
    return connection.execute(sql, tuple(params)).fetchall()


def read_row(connection: sqlite3.Connection, record_type: type[Record], uuid: str) -> Row | None:
    found = read_rows(connection, record_type, "uuid = ?", (uuid,))
    return found[0] if found else None


def row_to_record(record_type: type[Record], row: Row) -> Record:
    return mapping.from_row(record_type, dict(zip(columns(record_type), row)))


def row_to_json(record_type: type[Record], row: Row) -> str:
    values: dict[str, Any] = {}
    encodings: dict[str, str] = {}
    for name, value in zip(columns(record_type), row):
        if isinstance(value, bytes):
            if name == "geom":
                value, encodings[name] = value.hex(), "gpkg-hex"
            else:
                value, encodings[name] = base64.b64encode(value).decode("ascii"), "base64"
        values[name] = value
    return json.dumps({"table": record_type.TABLE, "columns": values, "encodings": encodings},
                      ensure_ascii=False, sort_keys=True)


def row_from_json(record_type: type[Record], text: str) -> Row:
    document = json.loads(text)
    values, encodings = document["columns"], document.get("encodings", {})
    row = []
    for name in columns(record_type):
        value = values.get(name)
        encoding = encodings.get(name)
        if encoding == "gpkg-hex":
            value = bytes.fromhex(value)
        elif encoding == "base64":
            value = base64.b64decode(value)
        row.append(value)
    return tuple(row)


def insert_rows(connection: sqlite3.Connection, record_type: type[Record], rows: Sequence[Row]) -> None:
    """Insert rows; spatial rows are indexed in bulk (no per-row trigger). The table's
    constraints hold: a row breaking one raises sqlite3.IntegrityError."""
    if rows:
        _insert_rows(connection, record_type, rows)


def _insert_rows(connection: sqlite3.Connection, record_type: type[Record], rows: Sequence[Row]) -> None:
    names = columns(record_type)
    if record_type.GEOMETRY_TYPE:
        at = names.index("geom")
        shaped = [row for row in rows if row[at] is not None]
        # Bounds of all rows at once (points carry no envelope to read them from).
        boxes = shapely.bounds(geometry.decode_many([row[at] for row in shaped])) if shaped else np.empty((0, 4))
        drawn = ~np.isnan(boxes[:, 0])  # an empty geometry has NaN bounds and no index entry
        if drawn.any():
            geopackage.bulk_insert_features(connection, record_type.TABLE, names,
                                            [row for row, keep in zip(shaped, drawn) if keep], boxes[drawn])
        indexed = {id(row) for row, keep in zip(shaped, drawn) if keep}
        rows = [row for row in rows if id(row) not in indexed]
    if rows:
        marks = ", ".join("?" for _ in names)
        connection.executemany(f'INSERT INTO "{record_type.TABLE}" ({", ".join(names)}) VALUES ({marks})', rows)


def update_rows(connection: sqlite3.Connection, record_type: type[Record], rows: Iterable[Row]) -> None:
    """Overwrite the stored rows with the same UUIDs (fid kept; the R-tree triggers follow).
    The table's constraints hold, as for ``insert_rows``."""
    names = columns(record_type)
    others = [n for n in names if n != "uuid"]
    at = names.index("uuid")
    sql = f'UPDATE "{record_type.TABLE}" SET {", ".join(f"{n} = ?" for n in others)} WHERE uuid = ?'
    connection.executemany(sql, ([v for i, v in enumerate(row) if i != at] + [row[at]] for row in rows))


def delete_row(connection: sqlite3.Connection, record_type: type[Record], uuid: str) -> None:
    connection.execute(f'DELETE FROM "{record_type.TABLE}" WHERE uuid = ?', (uuid,))


def after_write(connection: sqlite3.Connection, record_type: type[Record]) -> None:
    if record_type.GEOMETRY_TYPE:
        geopackage.refresh_extent(connection, record_type.TABLE)
    else:
        geopackage.touch(connection, record_type.TABLE)


def table_hashes(connection: sqlite3.Connection, record_type: type[Record]) -> dict[str, str]:
    """UUID -> row hash of every row of a table."""
    rows = read_rows(connection, record_type)
    return dict(zip((row[0] for row in rows), row_hashes(rows)))


def upsert_bases(connection: sqlite3.Connection, peer: str, entries: Iterable[tuple[str, str, str]]) -> None:
    """Record (table, uuid, hash) as what this file and ``peer`` agree on."""
    connection.executemany(
        "INSERT INTO merge_base (peer_device_id, table_name, record_uuid, row_hash) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (peer_device_id, table_name, record_uuid) DO UPDATE SET row_hash = excluded.row_hash",
        ((peer, table, uuid, digest) for table, uuid, digest in entries),
    )
