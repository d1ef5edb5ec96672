"""Makers of the bad files every opener must refuse cleanly (shared by store, CLI and UI tests)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cosafe.store.project_store import ProjectStore


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.gpkg"
    path.write_bytes(b"These are meeting notes, not a database.\n" * 20)
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.gpkg"
    path.write_bytes(b"")
    return path


def plain_sqlite(folder: Path) -> Path:
    path = folder / "plain.gpkg"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    return path


def foreign_geopackage(folder: Path) -> Path:
    """A valid GeoPackage with one feature table, not made by CoSafe."""
    from cosafe.store import geopackage
    from cosafe.store.geometry import register_sql_functions

    path = folder / "roads.gpkg"
    connection = sqlite3.connect(path, isolation_level=None)
    register_sql_functions(connection)
    connection.execute("BEGIN")
    geopackage.initialise(connection)
    connection.execute("CREATE TABLE roads (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom LINESTRING, name TEXT)")
    geopackage.register_features(connection, "roads", "LINESTRING")
    connection.execute("COMMIT")
    connection.close()
    return path


def newer_version(folder: Path) -> Path:
    path = folder / "future.gpkg"
    ProjectStore.create(str(path), name="Future").close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE project_meta SET value = '99' WHERE key = 'cosafe_schema_version'")
    connection.commit()
    connection.close()
    return path


def corrupt(folder: Path) -> Path:
    """A project whose pages past the first were overwritten with garbage."""
    path = folder / "corrupt.gpkg"
    ProjectStore.create(str(path), name="Corrupt").close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(os.urandom(min(4096 * 6, size - 4096 * 3)))
    return path


def truncated(folder: Path) -> Path:
    path = folder / "truncated.gpkg"
    ProjectStore.create(str(path), name="Truncated").close()
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    return path


# maker -> a fragment the one-line message must contain
BAD_FILES = {
    not_sqlite: "not an SQLite/GeoPackage file",
    empty_file: "not an SQLite/GeoPackage file",
    plain_sqlite: "not a GeoPackage",
    foreign_geopackage: "is a GeoPackage with 1 layer(s): roads, but not a CoSafe project",
    newer_version: "newer CoSafe",
    corrupt: "is damaged",
    truncated: "is damaged",
}
