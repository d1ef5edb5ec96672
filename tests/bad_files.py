"""Makers of the bad files every opener must refuse cleanly (shared by store, CLI and UI tests)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from cosafe.store.project_store import ProjectStore

SAMPLE = Path(__file__).resolve().parents[1] / "sample_projects" / "riverside.gpkg"


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


def altered_sample(folder: Path, name: str, *statements: str) -> Path:
    """A copy of the sample project (with its basemap) changed by ``statements``, as a crafted file would be."""
    from cosafe.store.geometry import register_sql_functions

    path = folder / name
    shutil.copy(SAMPLE, path)
    os.chmod(path, 0o600)
    connection = sqlite3.connect(path)
    register_sql_functions(connection)  # the R-tree triggers of a changed row call them
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


# Fires when CoSafe tidies the file on close (it deletes features of removed layers),
# imports into it or merges into it.
THRESHOLD_TRIGGER = ("CREATE TRIGGER lower_threshold AFTER DELETE ON basemap_points BEGIN "
                     "UPDATE project_meta SET value = '1' WHERE key = 'suppression_threshold'; END")


def trigger_on_basemap_points(folder: Path) -> Path:
    return altered_sample(folder, "planted.gpkg", THRESHOLD_TRIGGER)


def trigger_on_participants(folder: Path) -> Path:
    """Copies each new participant's contact into their group's name, which every export shows."""
    return altered_sample(folder, "leaky.gpkg", "CREATE TRIGGER leak AFTER INSERT ON participants BEGIN "
                                               "UPDATE groups SET name = NEW.contact WHERE uuid = NEW.group_uuid; END")


def foreign_view(folder: Path) -> Path:
    return altered_sample(folder, "viewed.gpkg", "CREATE VIEW contacts AS SELECT code, contact FROM participants")


def endless_votes_view(folder: Path) -> Path:
    """``votes`` is a recursive view that never ends, in place of the table."""
    return altered_sample(
        folder, "endless.gpkg", "DROP TABLE votes",
        "CREATE VIEW votes AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS fid, 'u' || i AS uuid, '' AS created_at, '' AS updated_at, '' AS device_id, NULL AS workshop_uuid, "
        "'p' AS proposal_uuid, NULL AS participant_uuid, NULL AS group_uuid, 1 AS dots FROM n")


def foreign_index(folder: Path) -> Path:
    """An index on an expression runs it for every row written."""
    return altered_sample(folder, "indexed.gpkg", "CREATE INDEX idx_contact ON participants (lower(contact))")


# maker -> a fragment the one-line message must contain
BAD_FILES = {
    not_sqlite: "not an SQLite/GeoPackage file",
    empty_file: "not an SQLite/GeoPackage file",
    plain_sqlite: "not a GeoPackage",
    foreign_geopackage: "is a GeoPackage with 1 layer: roads, but not a CoSafe project",
    newer_version: "newer CoSafe",
    corrupt: "is damaged",
    truncated: "is damaged",
    trigger_on_basemap_points: "planted.gpkg was refused: it holds a trigger “lower_threshold” on basemap_points",
    trigger_on_participants: "leaky.gpkg was refused: it holds a trigger “leak” on participants",
    foreign_view: "viewed.gpkg was refused: it holds a view “contacts”",
    endless_votes_view: "endless.gpkg was refused: it holds a view “votes” where a table belongs",
    foreign_index: "indexed.gpkg was refused: it holds an index “idx_contact” on participants",
}
