"""Named, transactional schema migrations, recorded in ``schema_migrations``.

A project file's schema version lives in ``project_meta`` under
``cosafe_schema_version``. ``upgrade`` runs every migration above the file's version
in one transaction, each inside its own savepoint, so a failure leaves the file
exactly as it was; the caller makes a backup copy first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from cosafe.core.clock import utc_now
from cosafe.store import geopackage
from cosafe.store.schema import v1 as schema_v1, v2 as schema_v2, v3 as schema_v3, v4 as schema_v4, v5 as schema_v5
from cosafe.store.schema import v6 as schema_v6, v7 as schema_v7, v8 as schema_v8

SCHEMA_VERSION_KEY = "cosafe_schema_version"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    run: Callable[[sqlite3.Connection], None]


def _create_initial_schema(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE project_meta (fid INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, value TEXT)"
    )
    geopackage.register_attributes(connection, "project_meta", "CoSafe project metadata and settings")
    connection.execute(
        "CREATE TABLE schema_migrations (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
        "version INTEGER NOT NULL UNIQUE, name TEXT NOT NULL, applied_at DATETIME NOT NULL)"
    )
    geopackage.register_attributes(connection, "schema_migrations", "CoSafe schema migrations applied")
    for table, geometry_type, ddl, description in schema_v1.create_statements():
        connection.execute(ddl)
        if geometry_type is None:
            geopackage.register_attributes(connection, table, description)
        else:
            geopackage.register_features(connection, table, geometry_type, description)
    for statement in schema_v1.INDEX_STATEMENTS:
        connection.execute(statement)
    connection.execute(schema_v1.LAYER_STYLES_DDL)
    geopackage.register_attributes(connection, "layer_styles", "QGIS layer styles")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create initial schema", _create_initial_schema),
    Migration(2, "add walk participants", schema_v2.add_walk_participants),
    Migration(3, "add merge tables", schema_v3.add_merge_tables),
    Migration(4, "add label translations", schema_v4.add_label_translations),
    Migration(5, "add incident time of day", schema_v5.add_incident_time),
    Migration(6, "add room contributions", schema_v6.add_room_contributions),
    Migration(7, "add incident description", schema_v7.add_incident_description),
    Migration(8, "add paper sheet provenance", schema_v8.add_paper_sheets),
)


def current_schema_version() -> int:
    """The project format this CoSafe writes (the last migration's version)."""
    return MIGRATIONS[-1].version


def upgrade(connection: sqlite3.Connection, from_version: int) -> list[Migration]:
    """Apply every migration above ``from_version`` in one transaction; return those applied.

    The connection must be in autocommit mode (isolation_level=None). On any error
    the whole upgrade is rolled back and the error re-raised.
    """
    pending = [m for m in MIGRATIONS if m.version > from_version]
    if not pending:
        return []
    connection.execute("BEGIN IMMEDIATE")
    try:
        for migration in pending:
            connection.execute("SAVEPOINT migration")
            migration.run(connection)
            connection.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, utc_now()),
            )
            connection.execute(
                "INSERT INTO project_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (SCHEMA_VERSION_KEY, str(migration.version)),
            )
            connection.execute("RELEASE migration")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return pending
