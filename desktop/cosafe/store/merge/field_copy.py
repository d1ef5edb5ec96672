"""Handing out a field copy of a project to a team, so its work merges back cleanly.

Contract: ``make_field_copy(store, path, device_name)`` writes a complete copy of the
open project (same basemap, settings and records) to a new file ``path`` with a NEW
device id, names both laptops in ``devices`` (the copy by ``device_name``; this one, if
unnamed, as "Main laptop"), drops this file's pending conflicts from the copy (they are
this laptop's to resolve), and writes merge bases on both sides: every record as it is
now is what the two files agree on, so merging the team's file back later raises no
false conflicts. Either both files end up so, or this project is unchanged and no copy
is left. Returns the copy's device id.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3

from cosafe.core.clock import new_uuid, utc_now
from cosafe.core.records import Device
from cosafe.store import mapping, schema_guard
from cosafe.store.merge import rows as merge_rows
from cosafe.store.errors import ProjectError, ProjectWriteError
from cosafe.store.merge.rows import MERGED_TYPES
from cosafe.store.project_store import ProjectStore, connect_writable, write_copy

MAIN_DEVICE_NAME = "Main laptop"


def make_field_copy(store: ProjectStore, path: str, device_name: str) -> str:
    """Write a field copy for a team named ``device_name``; return the copy's new device id."""
    path = os.path.abspath(path)
    name = " ".join(device_name.split())
    if not name:
        raise ProjectError("Give the field copy a name, such as “Field team 2”")
    if path == store.path:
        raise ProjectError("Choose a different file name for the field copy")
    if os.path.exists(path):
        raise ProjectError(f"{os.path.basename(path)} already exists; choose another name for the field copy")
    if store.is_read_only:
        # The bases must be written here too, or the team's work would come back as conflicts.
        raise ProjectError(f"The project is read-only ({store.read_only_reason}); a field copy needs to write to it")
    # Checked on opening; checked again because another program may have added SQL since, and both files get written.
    schema_guard.refuse_untrusted_schema(store.connection, os.path.basename(store.path))
    office, copy_id, now = store.device_id, new_uuid(), utc_now()
    devices = [Device(uuid=copy_id, name=name, device_id=office, created_at=now, updated_at=now)]
    if store.get(Device, office) is None:
        devices.append(Device(uuid=office, name=MAIN_DEVICE_NAME, device_id=office, created_at=now, updated_at=now))
    rows = [tuple(mapping.to_row(d).values()) for d in devices]
    write_copy(store.connection, path)
    try:
        bases = _prepare_copy(path, rows, copy_id, office, now)
        with store.atomic() as connection:
            merge_rows.insert_rows(connection, Device, rows)
            merge_rows.after_write(connection, Device)
            merge_rows.upsert_bases(connection, copy_id, bases)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return copy_id


def _prepare_copy(path: str, device_rows: list[tuple], copy_id: str, office: str, now: str) -> list[tuple[str, str, str]]:
    """Give the copy its identity and bases; return the (table, uuid, hash) both now hold."""
    connection = connect_writable(path)
    try:
        connection.execute("BEGIN IMMEDIATE")
        merge_rows.insert_rows(connection, Device, device_rows)
        merge_rows.after_write(connection, Device)
        connection.executemany(
            "INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [("device_id", copy_id), ("handed_out_from", office), ("handed_out_at", now)])
        connection.execute("DELETE FROM merge_conflicts")
        # This laptop's bases with other laptops stay: the copy holds what this laptop
        # holds, so what they agreed on is a version the copy's records come from too.
        bases = [(t.TABLE, uuid, digest) for t in MERGED_TYPES
                 for uuid, digest in merge_rows.table_hashes(connection, t).items()]
        merge_rows.upsert_bases(connection, office, bases)
        connection.execute("COMMIT")
        return bases
    except sqlite3.Error as error:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise ProjectWriteError(f"The field copy was not written: {error}") from None
    finally:
        connection.close()
