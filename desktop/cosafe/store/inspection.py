"""Tell what a file is before opening it as a project, without changing a byte.

``inspect_project_file`` reads the header and then uses a read-only SQLite
connection, so a file that is refused is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from dataclasses import dataclass

from cosafe.core.i18n import arg
from cosafe.core.file_errors import os_reason
from cosafe.store import schema_guard
from cosafe.store.errors import NewerVersionError, NotAProjectError, ProjectOpenError
from cosafe.store.geopackage import ACCEPTED_APPLICATION_IDS
from cosafe.store.schema.migrations import SCHEMA_VERSION_KEY, current_schema_version
from cosafe.store.words import ProjectFile

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ProjectFileInfo:
    path: str
    schema_version: int
    writable: bool
    read_only_reason: str  # empty when writable


def read_only_uri(path: str) -> str:
    """The SQLite URI that opens ``path`` for reading only."""
    # quote(), not urllib.request.pathname2url: the same on POSIX, without loading the HTTP client.
    return "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro"


def inspect_project_file(path: str) -> ProjectFileInfo:
    """Return facts about a CoSafe project file or raise ProjectOpenError saying why not.

    Checks, in order: the file exists; it is SQLite; it is a GeoPackage; it is not
    damaged; it is a CoSafe project; it holds no trigger, view or index that neither
    CoSafe nor the GeoPackage standard makes; its schema is not newer than this version.
    The connection reads with ``trusted_schema`` off and a time limit.
    """
    name = os.path.basename(path) or path
    if not os.path.exists(path):
        raise ProjectOpenError(arg(ProjectFile.tr("%1: no such file"), name))
    if not os.path.isfile(path):
        raise ProjectOpenError(arg(ProjectFile.tr("%1 is a folder, not a project file"), name))
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProjectOpenError(arg(ProjectFile.tr("%1 cannot be read: %2"), name, os_reason(error))) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectOpenError(arg(ProjectFile.tr("%1 is not a CoSafe project: it is not an SQLite/GeoPackage file"),
                                   name))
    if header[68:72] not in ACCEPTED_APPLICATION_IDS:
        raise ProjectOpenError(arg(ProjectFile.tr("%1 is an SQLite database but not a GeoPackage, so not a CoSafe "
                                                  "project"), name))
    try:
        connection = schema_guard.distrust(sqlite3.connect(read_only_uri(path), uri=True))
    except sqlite3.Error as error:
        raise ProjectOpenError(arg(ProjectFile.tr("%1 cannot be opened: %2"), name, error)) from None
    try:
        _check_integrity(connection, name)
        with schema_guard.time_limit(connection):
            version = _schema_version(connection, name)
    finally:
        connection.close()
    writable, reason = _writability(path)
    return ProjectFileInfo(path=path, schema_version=version, writable=writable, read_only_reason=reason)


def _check_integrity(connection: sqlite3.Connection, name: str) -> None:
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        rows = [("error",)]
    if rows != [("ok",)]:
        raise ProjectOpenError(arg(ProjectFile.tr("%1 is damaged: the SQLite integrity check failed"), name))


def _schema_version(connection: sqlite3.Connection, name: str) -> int:
    """The file's CoSafe schema version; refuses a file that is not a project or holds
    SQL of its own (``schema_guard``) before reading any record."""
    try:
        # Only plain tables are read: a view in a table's place could run any query.
        tables = {n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")}
        if "project_meta" not in tables:
            layers = []
            if "gpkg_contents" in tables:
                layers = [n for (n,) in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]
            if layers:
                listed = ", ".join(layers[:5]) + (", …" if len(layers) > 5 else "")
                message = arg(ProjectFile.tr("%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project", "",
                                             len(layers)), name, listed)
            else:
                message = arg(ProjectFile.tr("%1 is a GeoPackage, but not a CoSafe project"), name)
            raise NotAProjectError(message, layers)
        schema_guard.refuse_untrusted_schema(connection, name)
        row = connection.execute("SELECT value FROM project_meta WHERE key = ?", (SCHEMA_VERSION_KEY,)).fetchone()
    except sqlite3.DatabaseError as error:
        if schema_guard.was_interrupted(error):
            raise ProjectOpenError(arg(ProjectFile.tr("%1 took too long to read, so it was refused"), name)) from None
        raise ProjectOpenError(arg(ProjectFile.tr("%1 is damaged: its tables cannot be read"), name)) from None
    if row is None or not str(row[0]).isdigit():
        raise ProjectOpenError(arg(ProjectFile.tr("%1 is damaged: it has no CoSafe schema version"), name))
    version = int(row[0])
    current = current_schema_version()
    if version > current:
        raise NewerVersionError(arg(ProjectFile.tr("%1 was made by a newer CoSafe (project format %2; this version "
                                                   "reads up to %3): update CoSafe to open it"), name, version, current))
    return version


def _writability(path: str) -> tuple[bool, str]:
    # A file with no write permission bits is read-only to us even for root, who
    # could write it anyway: the person who marked it so meant it.
    if not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222:
        return False, ProjectFile.tr("the file is read-only")
    # SQLite writes its rollback journal beside the file, so the folder must be writable too.
    if not os.access(os.path.dirname(os.path.abspath(path)), os.W_OK | os.X_OK):
        return False, ProjectFile.tr("its folder is read-only")
    return True, ""
