"""Merging project files from several laptops into one project, with nothing lost or doubled.

Contract:
- ``plan_merge(target, path)`` says what merging one file would do; it writes nothing
  to either file. The rules are those of ``store.merge.plan`` (records matched by UUID,
  three-way against what the two files agreed on when they last met).
- ``merge_files(target, paths)`` merges every source in ONE transaction: any failure
  (or a cancel from ``progress``) rolls everything back and the target file is
  unchanged. Every source is checked before anything is written; a source that is not
  a CoSafe project, is of a newer format, is the target itself, holds SQL of its own
  (``schema_guard``; the target is checked for that too) or holds a row the target's
  rules refuse (``validate``; the insert itself runs the target's CHECK constraints, and a
  row it refuses rolls everything back and is then named) is refused with a
  ProjectOpenError (one line). A conflict keeps the target's version and stores theirs
  in ``merge_conflicts``; records both now hold identically become the new base; one
  ``merge_log`` row per source. A dry run plans the same way and writes nothing.
  Merging the same file twice changes no record the second time.
- Attachments (BLOBs), basemap features and tile pyramids of added basemap layers come
  with their records. A paper sheet's photo whose walk or group the target deleted does not
  stay: the same transaction removes what deletions left behind (``store.orphans``).
See ``store.merge.resolve`` for conflicts and ``field_copy`` for handing out a copy.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import shapely

from cosafe.core.clock import utc_now
from cosafe.core.i18n import arg
from cosafe.core.records import BasemapLayer, Device, MergeLogEntry, Record
from cosafe.store.merge import rows as merge_rows
from cosafe.store import orphans, schema_guard
from cosafe.store.errors import ProjectError, ProjectOpenError
from cosafe.store.geometry import GeometryBlobError
from cosafe.store.merge.basemap import copy_layer_data
from cosafe.store.merge.plan import MergePlan, TargetState, plan_source
from cosafe.store.merge.rows import MERGED_TYPES
from cosafe.store.merge.validate import refuse_bad_rows
from cosafe.store.project_store import ProjectStore
from cosafe.store.words import Merge

Progress = Callable[[float, str], bool]
_CACHE_KIB = 128 * 1024  # negative cache_size is in KiB: up to 128 MiB, used only as needed


class SameFileError(ProjectOpenError):
    """The source to merge is the target project itself."""


class MergeCancelled(ProjectError):
    """The merge was cancelled; nothing was changed."""


@dataclass
class MergeResult:
    """One source's merge: its plan, and whether it was written (False in a dry run)."""

    plan: MergePlan
    written: bool

    def summary(self) -> str:
        return self.plan.summary() + ("" if self.written else " (dry run: nothing changed)")


def plan_merge(target: ProjectStore, source_path: str) -> MergePlan:
    """What merging ``source_path`` into ``target`` would do; read-only on both."""
    _refuse_untrusted_target(target)
    with _opened_source(target, source_path) as (source, plan):
        return _planned(target.connection, TargetState(target.connection), source, plan)


def merge_files(target: ProjectStore, source_paths: Sequence[str], dry_run: bool = False,
                progress: Progress | None = None) -> list[MergeResult]:
    """Merge every source into ``target`` in one transaction (or only plan it, ``dry_run``)."""
    report = progress or (lambda fraction, text: True)
    _refuse_untrusted_target(target)
    with contextlib.ExitStack() as stack:
        opened = [stack.enter_context(_opened_source(target, path)) for path in source_paths]
        if dry_run:
            state = TargetState(target.connection)
            results = []
            for index, (source, plan) in enumerate(opened):
                _check(report, index / len(opened), arg(Merge.tr("Reading %1"), plan.source_name))
                results.append(MergeResult(_planned(target.connection, state, source, plan), False))
            return results
        results = []
        try:
            with _roomy_cache(target), target.atomic() as connection:
                state = TargetState(connection)
                written: set[type] = set()
                for index, (source, plan) in enumerate(opened):
                    _check(report, index / len(opened), arg(Merge.tr("Merging %1"), plan.source_name))
                    _planned(connection, state, source, plan, written_with_constraints=True)
                    try:
                        written |= _write(target, source, plan)
                    except (GeometryBlobError, shapely.errors.ShapelyError):
                        raise ProjectOpenError(arg(Merge.tr("%1 is damaged: a geometry in it cannot be read"),
                                                   plan.source_name)) from None
                    except sqlite3.IntegrityError as error:
                        raise _Refused(source, plan, error) from None
                    results.append(MergeResult(plan, True))
                for record_type in written:  # extents once at the end: each is a scan of the R-tree
                    merge_rows.after_write(connection, record_type)
                # Deletions do not travel, additions do: a photo read on another laptop for a walk or
                # group deleted here has nothing left to belong to, and goes (``store.orphans``).
                orphans.remove_orphans(connection)
                _check(report, 1.0, Merge.tr("Saving"))
        except _Refused as refused:
            _name_refused_row(target, refused)
        return results


@contextlib.contextmanager
def _roomy_cache(store: ProjectStore) -> Iterator[None]:
    """A page cache big enough to hold a large merge's transaction.

    With SQLite's default 2 MB, a merge of tens of thousands of records spills dirty
    pages to the file mid-transaction, each spill syncing the journal first: a
    quarter of the time. The setting is this connection's only, restored after.
    """
    (before,) = store.connection.execute("PRAGMA cache_size").fetchone()
    store.connection.execute(f"PRAGMA cache_size = {min(int(before), -_CACHE_KIB)}")
    try:
        yield
    finally:
        store.connection.execute(f"PRAGMA cache_size = {int(before)}")


def _planned(target: sqlite3.Connection, state: TargetState, source: ProjectStore, plan: MergePlan, *,
             written_with_constraints: bool = False) -> MergePlan:
    """Plan one source; a source whose tables cannot be read, or that holds a row the
    target's rules refuse (``validate``), is refused in one line."""
    try:
        planned = plan_source(state, source.connection, plan)
        refuse_bad_rows(target, source.connection, planned, written_with_constraints=written_with_constraints)
    except sqlite3.DatabaseError as error:
        raise ProjectOpenError(_unreadable(plan.source_name, error)) from None
    return planned


class _Refused(Exception):
    """SQLite refused a row of ``plan`` while it was written (a NOT NULL or CHECK constraint,
    say); raised out of the transaction so that it is rolled back before the row is named."""

    def __init__(self, source: ProjectStore, plan: MergePlan, error: sqlite3.IntegrityError) -> None:
        super().__init__(str(error))
        self.source, self.plan, self.error = source, plan, error


def _name_refused_row(target: ProjectStore, refused: _Refused) -> None:
    """Raise the one line for a row the insert refused, the transaction already rolled back.

    The write left the NOT NULL and CHECK constraints of inserted and updated rows to the
    insert, which says which rule failed but not for which record: checking the source's
    plan again as a dry run does (on temporary copies; the target is not written) names it.
    """
    plan = refused.plan
    try:
        refuse_bad_rows(target.connection, refused.source.connection, plan)
    except sqlite3.DatabaseError as error:
        raise ProjectOpenError(_unreadable(plan.source_name, error)) from None
    # Nothing a temporary copy can show (a UNIQUE key the plan did not foresee, say).
    raise ProjectOpenError(arg(Merge.tr("%1 holds a record this project cannot take (%2)"), plan.source_name,
                               refused.error)) from None


def _refuse_untrusted_target(target: ProjectStore) -> None:
    """The target was checked when it was opened; another program may have added SQL since (QGIS can
    edit a file CoSafe has open), and a merge writes thousands of rows into it."""
    schema_guard.refuse_untrusted_schema(target.connection, os.path.basename(target.path))


def _unreadable(name: str, error: Exception) -> str:
    return arg(Merge.tr("%1 is damaged: its records cannot be read (%2)"), name, error)


def _check(report: Progress, fraction: float, text: str) -> None:
    if report(fraction, text) is False:
        raise MergeCancelled(Merge.tr("The merge was cancelled; nothing was changed"))


@contextlib.contextmanager
def _opened_source(target: ProjectStore, path: str) -> Iterator[tuple[ProjectStore, MergePlan]]:
    """Open a source read-only (an older format upgraded in memory) or refuse it in one line."""
    name = os.path.basename(path) or path
    if os.path.exists(path) and os.path.samefile(path, target.path):
        raise SameFileError(arg(Merge.tr("%1 is the project you are merging into; choose another file"), name))
    source = ProjectStore.open(path, read_only=True)
    try:
        device_id = source.get_meta("device_id") or source.get_meta("project_uuid") or ""
        try:
            named = source.get(Device, device_id) or target.get(Device, device_id)
        except sqlite3.DatabaseError as error:
            raise ProjectOpenError(_unreadable(name, error)) from None
        plan = MergePlan(source_path=os.path.abspath(path), source_name=name,
                         source_project_uuid=source.get_meta("project_uuid") or "",
                         source_device_id=device_id, source_device_name=named.name if named else "")
        yield source, plan
    finally:
        source.close()


def _write(target: ProjectStore, source: ProjectStore, plan: MergePlan) -> set[type[Record]]:
    """Write one planned source into the open transaction; return the record types written."""
    connection = target.connection
    work = plan.work
    written = set()
    for record_type in MERGED_TYPES:
        inserts, updates = work.inserts.get(record_type.TABLE), work.updates.get(record_type.TABLE)
        if not (inserts or updates):
            continue
        # The target's CHECK constraints run in these writes (``validate`` left them to it).
        if inserts:
            merge_rows.insert_rows(connection, record_type, inserts)
        if updates:
            merge_rows.update_rows(connection, record_type, updates)
        written.add(record_type)
    layers = work.inserts.get(BasemapLayer.TABLE)
    if layers:
        copy_layer_data(connection, source.connection, [merge_rows.row_to_record(BasemapLayer, r) for r in layers])
    now = utc_now()
    connection.executemany(
        "INSERT INTO merge_conflicts (peer_device_id, table_name, record_uuid, theirs, theirs_hash, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (peer_device_id, table_name, record_uuid) DO UPDATE SET "
        "theirs = excluded.theirs, theirs_hash = excluded.theirs_hash, detected_at = excluded.detected_at",
        [(plan.source_device_id, table, uuid, merge_rows.row_to_json(merge_rows.MERGED_BY_TABLE[table], row), digest, now)
         for table, uuid, row, digest in work.conflicts])
    connection.executemany("DELETE FROM merge_conflicts WHERE peer_device_id = ? AND table_name = ? AND record_uuid = ?",
                           [(plan.source_device_id, table, uuid) for table, uuid in work.settled])
    merge_rows.upsert_bases(connection, plan.source_device_id, work.bases)
    counts = plan.counts()
    target.insert(MergeLogEntry(source_name=plan.source_name, source_project_uuid=plan.source_project_uuid,
                                source_device_id=plan.source_device_id, note=_note(target, source), **counts))
    return written


def _note(target: ProjectStore, source: ProjectStore) -> str:
    """What the merge log should say about this source beyond its counts."""
    notes = []
    if source.upgraded_in_memory:
        notes.append("an older project format, read upgraded in memory (the source file was not changed)")
    if source.device_id and source.device_id == target.device_id:
        notes.append("a plain copy of this project's file, not a field copy: records made on either laptop "
                     "carry the same laptop identity")
    return "; ".join(notes)
