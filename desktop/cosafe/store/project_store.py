"""ProjectStore: the one owner of a project file's SQLite connection.

Contract:
- Every write runs in ``atomic()``: one transaction, committed at once (rollback
  journal, so the file on disk is complete after every commit). A failed write
  rolls back and raises ProjectWriteError with a one-line reason.
- Opening never changes a file it refuses (see ``inspection``); an older schema is
  migrated only after a backup copy is written beside it (``upgrade_backup``; one per
  upgrade: removed again when the upgrade fails), or, when the file cannot be
  written, in a copy in memory (read-only).
- A read-only store (read-only file or folder, or opened so on purpose) raises
  ReadOnlyError on every write.
- Opening a file to write in it, and closing it, removes the sheet photos and paper-sheet
  provenance that deletions left behind (``store.orphans``); when there are none, nothing
  is written.
- One thread at a time: the UI thread, or a worker while the UI waits for it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from cosafe import __version__
from cosafe.core.clock import new_uuid, utc_now
from cosafe.core.criteria import DEFAULT_CRITERIA, DEFAULT_CRITERIA_SET_NAME
from cosafe.core.currency import CURRENCY_KEY, currency_in_force
from cosafe.core.report_language import REPORT_LANGUAGE_KEY, report_language_in_force
from cosafe.core.records import (RECORD_TYPES, RECORD_TYPES_BY_TABLE, Criterion, CriteriaSet, Device, MergeLogEntry,
                                 ReasonTag, Record, kind_label)
from cosafe.core.i18n import arg
from cosafe.core.privacy import DEFAULT_THRESHOLD, threshold_in_force
from cosafe.core.vocabulary import DEFAULT_REASON_TAGS
from cosafe.core.file_errors import os_reason
from cosafe.store import geopackage, mapping, orphans, qgis_styles, row_checks, schema_guard, stored_images, tiles
from cosafe.store.schema import migrations
from cosafe.store.errors import AlreadyOpenError, ProjectError, ProjectOpenError, ProjectWriteError, ReadOnlyError
from cosafe.store.file_lock import ProjectLock, is_locked
from cosafe.store.private_files import keep_private
from cosafe.store.backups import upgrade_backup_path
from cosafe.store.geometry import register_sql_functions
from cosafe.store.inspection import inspect_project_file, read_only_uri
from cosafe.store.schema.v1 import BASEMAP_FEATURE_TABLES
from cosafe.store.stored_images import ImageCleaner, ImageCleaning
from cosafe.store.words import Map, ProjectFile

R = TypeVar("R", bound=Record)

_BATCH = 500  # UUIDs per DELETE … IN (…): well under SQLite's limit on bound parameters
_REPORTED_ROWS = 20  # bad records ``check`` lists before it stops looking


class ProjectStore:
    """An open CoSafe project file. Create with ``create`` or ``open``; ``close`` when done."""

    def __init__(self, path: str, connection: sqlite3.Connection, lock: ProjectLock | None, read_only_reason: str) -> None:
        self.path = os.path.abspath(path)
        self._connection = connection
        self._lock = lock
        self.read_only_reason = read_only_reason
        self._identity = lock.file_identity() if lock else None
        self._in_transaction = False
        self.device_id = self.get_meta("device_id") or ""
        # Set by ``open`` when it upgraded the file: the backup it wrote first, for the
        # message that tells the person where it is.
        self.upgrade_backup: str | None = None
        # Set by ``open`` when an older file could only be read upgraded in memory.
        self.upgraded_in_memory = False

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(cls, path: str, *, name: str, place: str = "", description: str = "", overwrite: bool = False) -> ProjectStore:
        """Write a new, empty project (default criteria set and reason tags) and open it.

        The file is built under a temporary name and moved into place, so a failure
        never leaves a half-written project or touches an existing file.
        """
        path = os.path.abspath(path)
        _refuse_to_replace(path, overwrite)
        folder = os.path.dirname(path)
        if not os.path.isdir(folder):
            raise ProjectError(arg(ProjectFile.tr("Folder %1 does not exist"), folder))
        with _written_beside(path, ProjectFile.tr("Could not write the new project")) as temporary:
            connection = connect_writable(temporary)
            try:
                _build_new_project(connection, name=name, place=place, description=description)
            finally:
                connection.close()
        return cls.open(path)

    @classmethod
    def open(cls, path: str, *, read_only: bool = False) -> ProjectStore:
        """Open a project; raise ProjectOpenError (file unchanged) when it cannot be.

        A file that cannot be written is opened read-only with ``read_only_reason``
        set. A file another CoSafe has open raises AlreadyOpenError unless
        ``read_only`` is asked for. An older schema is migrated after a backup, whose
        path is then ``upgrade_backup`` (None otherwise).
        """
        info = inspect_project_file(path)
        reason = ProjectFile.tr("opened read-only") if read_only else info.read_only_reason
        lock: ProjectLock | None = None
        backup: str | None = None
        upgraded_in_memory = False
        if not reason:
            lock = ProjectLock(path)
            if not lock.acquire():
                raise AlreadyOpenError(arg(ProjectFile.tr("%1 is already open in another CoSafe window; it can be "
                                                          "opened read-only"), os.path.basename(path)))
        try:
            older = info.schema_version < migrations.current_schema_version()
            if older and reason:
                # A field team's old file on a read-only stick still opens: upgraded in
                # memory, the file itself untouched.
                connection = _upgraded_in_memory(path, info.schema_version)
                reason = arg(ProjectFile.tr("%1; an older format, upgraded in memory only",
                                            "%1 is why the file is read-only"), reason)
                upgraded_in_memory = True
            elif reason:
                connection = schema_guard.distrust(sqlite3.connect(
                    read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False))
            else:
                if older:
                    backup = upgrade_with_backup(path, info.schema_version)
                connection = connect_writable(path)
        except BaseException:
            if lock:
                lock.release()
            raise
        store = cls(path, connection, lock, reason)
        store.upgrade_backup = backup
        store.upgraded_in_memory = upgraded_in_memory
        if not reason:
            # Photos an earlier CoSafe left behind when their walk or group was deleted go before
            # anything else is done with the file; housekeeping, so a failure does not stop it opening.
            with contextlib.suppress(ProjectError, sqlite3.Error):
                store.remove_orphans()
        return store

    def close(self) -> None:
        """Drop data of removed basemap layers, close the connection, release the lock.

        Safe to call twice. A removed layer's features and tiles stay in the file
        while the project is open, so the removal can be undone.
        """
        if self._connection is not None:
            if not self.is_read_only:
                # Housekeeping only: a failure here must not stop the project closing.
                with contextlib.suppress(ProjectError, sqlite3.Error):
                    self._purge_removed_basemap_data()
                with contextlib.suppress(ProjectError, sqlite3.Error):
                    self.remove_orphans()  # e.g. a photo a merge brought for a walk deleted here
            self._connection.close()
            self._connection = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def is_read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for store modules that run their own queries."""
        return self._connection

    # -- transactions ------------------------------------------------------

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one transaction and commit it; nested blocks join the outer one."""
        if self.is_read_only:
            raise ReadOnlyError(arg(ProjectFile.tr("The project is read-only (%1); nothing was changed"),
                                    self.read_only_reason))
        if self._in_transaction:
            yield self._connection
            return
        self._check_file_still_there()
        try:
            self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise ProjectWriteError(arg(ProjectFile.tr("The change was not saved: %1"),
                                        _describe_sqlite_error(error))) from None
        self._in_transaction = True
        try:
            yield self._connection
            self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise ProjectWriteError(arg(ProjectFile.tr("The change was not saved: %1"),
                                        _describe_sqlite_error(error))) from None
        except BaseException:
            self._rollback()
            raise
        finally:
            self._in_transaction = False

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._connection.execute("ROLLBACK")

    def _check_file_still_there(self) -> None:
        try:
            status = os.stat(self.path)
        except OSError:
            status = None
        if status is None or (self._identity and (status.st_dev, status.st_ino) != self._identity):
            raise ProjectWriteError(ProjectFile.tr("The project file was moved or deleted while open, so the change "
                                                   "was not saved; use File › Save As to keep a copy"))

    def _purge_removed_basemap_data(self) -> None:
        """Delete features, images and tile tables of layers whose record is gone (if any)."""
        live = "SELECT uuid FROM basemap_layers"
        orphan_queries = [f'SELECT 1 FROM "{t}" WHERE layer_uuid NOT IN ({live})' for t in BASEMAP_FEATURE_TABLES]
        orphan_queries.append(f"SELECT 1 FROM attachments WHERE owner_table = 'basemap_layers' AND owner_uuid NOT IN ({live})")
        orphaned_tiles = [t for (t,) in self._connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'tiles' "
            "AND table_name NOT IN (SELECT data_table FROM basemap_layers WHERE data_table IS NOT NULL)"
        ) if tiles.is_tile_table(self._connection, t)]  # a name the file registers is dropped only if it is a tile table
        if not orphaned_tiles and not any(self._connection.execute(q + " LIMIT 1").fetchone() for q in orphan_queries):
            return  # nothing to do: a project that was only looked at stays byte-for-byte the same
        with self.atomic() as connection:
            for table in BASEMAP_FEATURE_TABLES:
                connection.execute(f'DELETE FROM "{table}" WHERE layer_uuid NOT IN ({live})')
                geopackage.refresh_extent(connection, table)
            connection.execute(f"DELETE FROM attachments WHERE owner_table = 'basemap_layers' AND owner_uuid NOT IN ({live})")
            for table in orphaned_tiles:
                tiles.drop_tile_table(connection, table)

    def remove_orphans(self) -> None:
        """Delete sheet photos and paper-sheet provenance that deletions left behind (``store.orphans``);
        nothing is written when there are none, so a file only looked at stays byte-for-byte the same."""
        if orphans.has_orphans(self._connection):
            with self.atomic() as connection:
                orphans.remove_orphans(connection)

    # -- project metadata ----------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self._connection.execute("SELECT value FROM project_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def meta(self) -> dict[str, str | None]:
        return dict(self._connection.execute("SELECT key, value FROM project_meta ORDER BY key"))

    def set_meta_values(self, values: Mapping[str, str | None]) -> None:
        """Write ``values`` in one transaction; a None value removes its key.

        Removing rather than storing NULL lets an edit that sets a key the file did not
        have (the currency, the project area) be undone to exactly the file it was.
        """
        with self.atomic() as connection:
            _write_meta(connection, {k: v for k, v in values.items() if v is not None})
            connection.executemany("DELETE FROM project_meta WHERE key = ?", [(k,) for k, v in values.items() if v is None])
            geopackage.touch(connection, "project_meta")

    @property
    def name(self) -> str:
        return self.get_meta("name") or ""

    @property
    def suppression_threshold(self) -> int:
        return threshold_in_force(self.get_meta("suppression_threshold"))

    @property
    def currency(self) -> str:
        """The ISO 4217 code of the project's costs; "" when it has none (``core.currency``)."""
        return currency_in_force(self.get_meta(CURRENCY_KEY))

    @property
    def report_language(self) -> str:
        """The language code the plan and exports are written in; "" when none is set (``core.report_language``)."""
        return report_language_in_force(self.get_meta(REPORT_LANGUAGE_KEY))

    @property
    def schema_version(self) -> int:
        return int(self.get_meta(migrations.SCHEMA_VERSION_KEY) or 0)

    # -- records -------------------------------------------------------------

    def insert(self, record: Record) -> None:
        """Insert a record (stamping this device when it has none)."""
        if not record.device_id:
            record.device_id = self.device_id
        self._insert_rows(type(record), [mapping.to_row(record)])

    def insert_many(self, records: Sequence[Record]) -> None:
        """Insert records of one type in one transaction."""
        if not records:
            return
        for record in records:
            if not record.device_id:
                record.device_id = self.device_id
        self._insert_rows(type(records[0]), [mapping.to_row(r) for r in records])

    def _insert_rows(self, record_type: type[Record], rows: list[dict[str, Any]]) -> None:
        columns = mapping.column_names(record_type)
        sql = (
            f'INSERT INTO "{record_type.TABLE}" ({", ".join(columns)}) '
            f'VALUES ({", ".join(":" + c for c in columns)})'
        )
        with self.atomic() as connection:
            connection.executemany(sql, rows)
            self._after_write(connection, record_type)

    def replace(self, record: Record) -> None:
        """Overwrite the stored record with the same UUID by this one."""
        columns = [c for c in mapping.column_names(type(record)) if c != "uuid"]
        sql = f'UPDATE "{record.TABLE}" SET {", ".join(f"{c} = :{c}" for c in columns)} WHERE uuid = :uuid'
        with self.atomic() as connection:
            if connection.execute(sql, mapping.to_row(record)).rowcount != 1:
                raise KeyError(f"No {record.LABEL.lower()} with id {record.uuid}")
            self._after_write(connection, type(record))

    def delete(self, record_type: type[Record], uuid: str) -> None:
        with self.atomic() as connection:
            connection.execute(f'DELETE FROM "{record_type.TABLE}" WHERE uuid = ?', (uuid,))
            self._after_write(connection, record_type)

    def delete_many(self, record_type: type[Record], uuids: Sequence[str]) -> None:
        """Delete these records of one type in one transaction (unknown UUIDs are ignored)."""
        with self.atomic() as connection:
            for start in range(0, len(uuids), _BATCH):
                batch = uuids[start:start + _BATCH]
                connection.execute(f'DELETE FROM "{record_type.TABLE}" WHERE uuid IN ({",".join("?" * len(batch))})',
                                   tuple(batch))
            self._after_write(connection, record_type)

    def list_in_box(self, record_type: type[R], min_lon: float, min_lat: float, max_lon: float,
                    max_lat: float) -> list[R]:
        """Records of a spatial type whose R-tree box meets this lon/lat box: an indexed query, no scan."""
        index = f"rtree_{record_type.TABLE}_geom"
        return self.list(record_type, f"fid IN (SELECT id FROM {index} WHERE minx <= ? AND maxx >= ? "
                                      "AND miny <= ? AND maxy >= ?)", (max_lon, min_lon, max_lat, min_lat))

    def get(self, record_type: type[R], uuid: str) -> R | None:
        found = self.list(record_type, "uuid = ?", (uuid,))
        return found[0] if found else None

    def list(self, record_type: type[R], where: str = "", params: Sequence[Any] = (), order_by: str = "fid",
             *, with_geometry: bool = True) -> list[R]:
        """Return records of one type; ``where`` is an SQL condition with ``?`` parameters.

        ``with_geometry=False`` leaves ``geom`` as None, for lists and tables that do
        not draw: decoding thousands of geometries is most of the cost of a read.
        """
        names = mapping.column_names(record_type)
        columns = ", ".join(n for n in names if with_geometry or n != "geom")
        sql = f'SELECT {columns} FROM "{record_type.TABLE}"'
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by}"
        cursor = self._connection.execute(sql, tuple(params))
        names = [d[0] for d in cursor.description]
        return [mapping.from_row(record_type, dict(zip(names, row))) for row in cursor]  # type: ignore[misc]

    def count(self, record_type: type[Record], where: str = "", params: Sequence[Any] = ()) -> int:
        """Number of records of one type, optionally only those matching ``where`` (as in ``list``)."""
        sql = f'SELECT count(*) FROM "{record_type.TABLE}"' + (f" WHERE {where}" if where else "")
        return self._connection.execute(sql, tuple(params)).fetchone()[0]

    def counts(self) -> dict[str, int]:
        """Number of records of every kind, keyed by table name (basemap features included)."""
        result = {t.TABLE: self.count(t) for t in RECORD_TYPES}
        for table in BASEMAP_FEATURE_TABLES:
            result[table] = self._connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        return result

    def _after_write(self, connection: sqlite3.Connection, record_type: type[Record]) -> None:
        if record_type.GEOMETRY_TYPE:
            geopackage.refresh_extent(connection, record_type.TABLE)
        else:
            geopackage.touch(connection, record_type.TABLE)

    # -- copies and checks ---------------------------------------------------

    def save_as(self, new_path: str, *, overwrite: bool = False) -> ProjectStore:
        """Write a complete copy to ``new_path`` and return it, open; then close this store.

        The copy is written under a temporary name first and opened before this store
        is closed, so on any failure this store stays open and both files are as they were.
        """
        new_path = os.path.abspath(new_path)
        if new_path == self.path:
            raise ProjectError(ProjectFile.tr("Choose a different file name to save a copy"))
        _refuse_to_replace(new_path, overwrite)
        write_copy(self._connection, new_path)
        copy = ProjectStore.open(new_path)
        self.close()
        return copy

    def has_images_to_clean(self) -> bool:
        """Whether ``clean_images`` has work to do (a quick SQL test; see ``store.stored_images``)."""
        return stored_images.has_images_to_clean(self._connection)

    def clean_images(self, clean: ImageCleaner, *, all_images: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> ImageCleaning:
        """Store the file's images as CoSafe stores new ones: no metadata, neutral names; say how many changed.

        Every image the first time a file is cleaned (and with ``all_images``), after that
        only those under a name that is not neutral; ``clean`` decides, and an image it
        cannot decode stays as it is and is counted. One transaction: on any failure (or
        an exception from ``progress(done, total)``, which is how a caller stops it) the
        file is as it was; a database failure is a one-line ProjectWriteError. No undo
        step: no record changes in what a person sees of it.
        When any image was cleaned the file is then rewritten (VACUUM), as Remove Traces
        does: secure delete overwrites the bytes the cleaning replaces, but a file an
        older CoSafe wrote was written without it, so photos deleted then (and earlier
        copies of a photo's first bytes, where its EXIF is) may still be in its free
        space. If only the rewrite fails, the images stay cleaned and ProjectWriteError says so.
        """
        with self.atomic() as connection:
            all_images = all_images or connection.execute(
                "SELECT 1 FROM project_meta WHERE key = ? AND value = ?",
                (stored_images.CHECKED_KEY, stored_images.CHECKED_VALUE)).fetchone() is None
            cleaning = stored_images.clean_stored_images(connection, clean, all_images=all_images, progress=progress)
        if cleaning.cleaned:
            self._rewrite(ProjectFile.tr("The photos were cleaned, but the file was not rewritten"))
        return cleaning

    def remove_traces(self, clean_image: ImageCleaner) -> ImageCleaning:
        """Clean every stored image (``clean_images``), then rewrite the file (VACUUM) so nothing a
        deleted record held survives in its free pages; return what the cleaning did.

        For a file that came from elsewhere (where secure delete may have been off, or
        an older CoSafe stored photos as the camera wrote them); it changes no record a
        person sees, so it is no undo step. Refused for a read-only project. A failure
        raises ProjectWriteError with a one-line reason: in the cleaning, the file is as
        it was (one transaction); in the rewrite, the images stay cleaned (SQLite rolls
        a VACUUM back, not what was committed before it).
        """
        if self.is_read_only:
            raise ReadOnlyError(arg(ProjectFile.tr("The project is read-only (%1); nothing was changed"),
                                    self.read_only_reason))
        cleaning = self.clean_images(clean_image, all_images=True)
        if not cleaning.cleaned:  # otherwise clean_images has just rewritten it
            self._rewrite(ProjectFile.tr("The traces were not removed"))
        return cleaning

    def _rewrite(self, failure: str) -> None:
        """VACUUM the file; ProjectWriteError saying ``failure`` and why if that fails (SQLite rolls it back)."""
        self._check_file_still_there()
        try:
            self._connection.execute("VACUUM")
        except sqlite3.Error as error:
            raise ProjectWriteError(_failed(failure, _describe_sqlite_error(error))) from None

    def check(self) -> list[str]:
        """Problems with integrity, GeoPackage conformance, schema version and records (empty = all pass).

        Every record and basemap feature is held to what CoSafe itself writes (value
        types, JSON, geometries, and the CHECK constraints of CoSafe's own schema, which
        SQLite's integrity check skips on a file opened read-only): see ``row_checks``.
        """
        problems = []
        rows = self._connection.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems.extend(arg(ProjectFile.tr("integrity: %1", "a problem SQLite's integrity check found"), row[0])
                            for row in rows[:10])
        problems.extend(arg(ProjectFile.tr("GeoPackage: %1", "a problem of the GeoPackage structure"), p)
                        for p in geopackage.check_conformance(self._connection))
        if self.schema_version != migrations.current_schema_version():
            problems.append(arg(ProjectFile.tr("schema: version %1, expected %2"), self.schema_version,
                                migrations.current_schema_version()))
        found = row_checks.file_problems(self._connection, (*RECORD_TYPES, Device, MergeLogEntry),
                                         schema_guard.cosafe_table_sql, BASEMAP_FEATURE_TABLES, limit=_REPORTED_ROWS)
        problems.extend(arg(ProjectFile.tr("records: %1", "a record that is not one CoSafe writes"), p) for p in found)
        if len(found) >= _REPORTED_ROWS:
            problems.append(ProjectFile.tr("records: checking stopped after %Ln bad records", "", _REPORTED_ROWS))
        return problems


def count_label(table: str) -> str:
    """A person's name for the records counted under ``table`` in ``ProjectStore.counts``."""
    record_type = RECORD_TYPES_BY_TABLE.get(table)
    if record_type is not None:
        return kind_label(record_type)
    return {"MULTIPOINT": Map.tr("Basemap point features"), "MULTILINESTRING": Map.tr("Basemap line features"),
            "MULTIPOLYGON": Map.tr("Basemap polygon features")}[BASEMAP_FEATURE_TABLES[table]]


def _refuse_to_replace(path: str, overwrite: bool) -> None:
    """Raise ProjectError if ``path`` exists and may not be replaced (or is open in CoSafe)."""
    if not os.path.exists(path):
        return
    if not overwrite:
        raise ProjectError(arg(ProjectFile.tr("%1 already exists"), os.path.basename(path)))
    if os.path.isfile(path) and is_locked(path):
        raise ProjectError(arg(ProjectFile.tr("%1 is open in another CoSafe window; close it there first"),
                               os.path.basename(path)))


def write_copy(connection: sqlite3.Connection, new_path: str) -> None:
    """Write a compact, complete copy of an open database to ``new_path`` (replacing it)."""
    with _written_beside(new_path, ProjectFile.tr("The copy was not saved")) as temporary:
        connection.execute("VACUUM INTO ?", (temporary,))


@contextlib.contextmanager
def _written_beside(path: str, failure: str) -> Iterator[str]:
    """Yield an unused temporary path in ``path``'s folder, then move what was written there onto ``path``.

    On any failure the temporary file is removed, ``path`` is untouched, and a
    ProjectWriteError says ``failure`` and why.
    """
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(suffix=".gpkg.part", dir=folder)
        os.close(handle)
        os.unlink(temporary)  # SQLite (and VACUUM INTO) want a path that does not exist yet
    except OSError as error:
        raise ProjectWriteError(arg(ProjectFile.tr("Cannot write in %1: %2"), folder, os_reason(error))) from None
    try:
        yield temporary
        keep_private(temporary)
        os.replace(temporary, path)
    except sqlite3.Error as error:
        raise ProjectWriteError(_failed(failure, _describe_sqlite_error(error))) from None
    except OSError as error:
        raise ProjectWriteError(_failed(failure, os_reason(error))) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _upgraded_in_memory(path: str, from_version: int) -> sqlite3.Connection:
    """A copy of the file in memory, migrated to the current format; the file is only read."""
    source = schema_guard.distrust(sqlite3.connect(read_only_uri(path), uri=True))
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source.backup(memory)
        register_sql_functions(memory)
        migrations.upgrade(memory, from_version)
    except sqlite3.Error as error:
        memory.close()
        raise ProjectOpenError(arg(ProjectFile.tr("%1 could not be read to upgrade it in memory: %2"),
                                   os.path.basename(path), error)) from None
    finally:
        source.close()
    return memory


def upgrade_with_backup(path: str, from_version: int) -> str:
    """Copy the file to a backup beside it, then migrate it; return the backup path.

    The backup is named by ``store.backups`` (``NAME.backup-vN.gpkg``, the first unused),
    written under a temporary name, made private and then renamed, so a failure leaves
    no partial copy. One backup per upgrade: when the migration fails, the backup is
    removed again and ProjectOpenError says the upgrade was undone.
    """
    number = 1
    while os.path.exists(backup := upgrade_backup_path(path, from_version, number)):
        number += 1
    try:
        with _written_beside(backup, ProjectFile.tr("Could not make a backup before upgrading")) as temporary:
            shutil.copyfile(path, temporary)  # not copy2: the backup's time is when it was made
    except ProjectWriteError as error:
        raise ProjectOpenError(str(error)) from None
    connection = connect_writable(path)
    try:
        migrations.upgrade(connection, from_version)
    except sqlite3.Error as error:
        # The upgrade is one transaction and was rolled back, so the file holds what the
        # backup holds: keeping it would leave one more full copy of contacts and stories
        # on every attempt. Removing it here is simpler and surer than recognising an
        # earlier attempt's copy at the next one.
        with contextlib.suppress(OSError):
            os.unlink(backup)
        raise ProjectOpenError(arg(ProjectFile.tr("Upgrading the project failed and was undone (the file is as it was, "
                                                  "and no backup was kept): %1"), _describe_sqlite_error(error))) from None
    finally:
        connection.close()
    return backup


def connect_writable(path: str) -> sqlite3.Connection:
    """Open a writable connection in autocommit mode with the spatial SQL functions.

    Every connection that writes a project file is made here: rollback journal,
    full sync, and secure delete (what a deleted record held is overwritten with
    zeros, not left readable in free pages; some SQLite builds have it off).
    Only for a file ``inspect_project_file`` has passed (or one being created): its
    triggers are then all known ones. ``trusted_schema`` stays as SQLite has it, since
    the standard's R-tree triggers cannot run with it off (see ``schema_guard``).
    """
    # check_same_thread=False: slow work (an import) may run the store from a worker
    # thread while the UI waits behind a modal progress dialog; the store is still
    # used by one thread at a time.
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    register_sql_functions(connection)
    # Rollback journal, not WAL: the .gpkg alone must be complete after every commit.
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA secure_delete = ON")
    return connection


def _write_meta(connection: sqlite3.Connection, values: Mapping[str, str | None]) -> None:
    connection.executemany(
        "INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def _build_new_project(connection: sqlite3.Connection, *, name: str, place: str, description: str) -> None:
    connection.execute("BEGIN")
    geopackage.initialise(connection)
    connection.execute("COMMIT")
    migrations.upgrade(connection, 0)
    now = utc_now()
    device_id = new_uuid()
    connection.execute("BEGIN")
    _write_meta(
        connection,
        {
            "project_uuid": new_uuid(),
            "name": name,
            "place": place,
            "description": description,
            "created_at": now,
            "updated_at": now,
            "suppression_threshold": str(DEFAULT_THRESHOLD),
            "device_id": device_id,
            "created_with": f"CoSafe {__version__}",
        },
    )
    criteria_set = CriteriaSet(name=DEFAULT_CRITERIA_SET_NAME, device_id=device_id)
    seed: list[Record] = [criteria_set]
    seed += [
        Criterion(set_uuid=criteria_set.uuid, key=c.key, label=c.label, good_means=c.good_means,
                  position=i, is_outcome=c.is_outcome, device_id=device_id)
        for i, c in enumerate(DEFAULT_CRITERIA)
    ]
    seed += [ReasonTag(key=key, label=label, device_id=device_id) for key, label in DEFAULT_REASON_TAGS]
    for record in seed:
        row = mapping.to_row(record)
        columns = list(row)
        connection.execute(
            f'INSERT INTO "{record.TABLE}" ({", ".join(columns)}) VALUES ({", ".join("?" for _ in columns)})',
            list(row.values()),
        )
    qgis_styles.write_default_styles(connection)
    # Every image this CoSafe stores is clean already: nothing to check on the first open.
    stored_images.mark_images_checked(connection)
    connection.execute("COMMIT")


def _failed(failure: str, reason: str) -> str:
    """"The copy was not saved: the disk is full" — what failed, then why."""
    return arg(ProjectFile.tr("%1: %2", "what failed, then why: “The copy was not saved: the disk is full”"),
               failure, reason)


def _describe_sqlite_error(error: sqlite3.Error) -> str:
    """A one-line reason a person can act on (SQLite's own words when it is none of the known ones)."""
    text = str(error)
    if "disk is full" in text or "database or disk is full" in text:
        return ProjectFile.tr("the disk is full")
    if "readonly" in text or "read-only" in text:
        return ProjectFile.tr("the file cannot be written (read-only)")
    if "locked" in text or "busy" in text:
        return ProjectFile.tr("the file is locked by another program")
    if "disk I/O error" in text:
        return ProjectFile.tr("the disk could not be written (I/O error; was the USB stick removed?)")
    if "CHECK constraint failed" in text:
        return arg(ProjectFile.tr("a value is out of its allowed range (%1)"), text.split(":", 1)[-1].strip())
    if "UNIQUE constraint failed" in text:
        return ProjectFile.tr("a record with the same identity already exists")
    return text
