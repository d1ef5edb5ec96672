"""The backups CoSafe writes beside a project before a merge or an upgrade: their names, a listing, removal.

A backup is a full copy of the project — contacts and stories included — so a person
must be able to see every one and remove it. They are found by name, beside the
project file, and by content:

- ``<stem>.before-merge-<YYYY-MM-DD>.gpkg`` (``…-2.gpkg``, ``…-3.gpkg`` for a later merge
  of the same day), written by ``store.merge.backup`` before a merge;
- ``<stem>.backup-v<N><ext>`` (``…-v<N>-2<ext>`` …), written by ``ProjectStore.open``
  before upgrading a file of project format N, where ``<ext>`` is the project's own.

Contract:
- ``list_backups(project_path) -> list[Backup]``, oldest first: the regular files in
  the project's folder whose whole name fits one of the two patterns for THIS
  project's stem, and whose ``project_uuid`` is the project's own. So another
  project's backups (``x.sqlite`` beside ``x.gpkg``), a project named ``x.backup-v2``,
  its backups, a symbolic link or any other file never count, however named.
  A project that cannot be read raises its one-line ProjectOpenError; a folder that
  cannot be listed a one-line ProjectError.
- ``remove_backups(project_path, names=None) -> list[Backup]`` deletes the named
  backups (file names, or paths to them), every one when ``names`` is None, and
  returns those removed. A name that is not one of the project's backups is refused
  in one line before anything is removed; so is a read-only project (a file or folder
  marked read-only: its owner meant nothing beside it to change). A file that cannot
  be deleted stops with a one-line ProjectWriteError naming it; the ones before it are
  gone. Deleting is enough: a backup is a file of its own, not pages inside the project.
"""

from __future__ import annotations

import datetime
import os
import re
import sqlite3
import stat
from collections.abc import Sequence
from dataclasses import dataclass

from cosafe.core.i18n import arg
from cosafe.core.file_errors import os_reason
from cosafe.store.errors import ProjectError, ProjectWriteError, ReadOnlyError
from cosafe.store.inspection import inspect_project_file, read_only_uri
from cosafe.store.words import Backups

MERGE, UPGRADE = "merge", "upgrade"
MERGE_EXTENSION = ".gpkg"  # a merge backup is written by VACUUM INTO: always a GeoPackage


@dataclass(frozen=True)
class Backup:
    """One backup file beside a project."""

    path: str
    reason: str  # MERGE or UPGRADE
    from_version: int | None  # the project format an upgrade started from; None for a merge
    made: datetime.datetime  # when the file was written (its modification time), local time zone
    size: int  # bytes

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    @property
    def why(self) -> str:
        """Why it was made, in words: "before a merge", "before upgrading from format 2"."""
        if self.reason == MERGE:
            return Backups.tr("before a merge")
        return arg(Backups.tr("before upgrading from format %1"), self.from_version)


def merge_backup_path(project_path: str, day: datetime.date, number: int = 1) -> str:
    """The name of the ``number``-th merge backup of ``day`` beside ``project_path``."""
    folder, stem, _extension = _parts(project_path)
    suffix = "" if number == 1 else f"-{number}"
    return os.path.join(folder, f"{stem}.before-merge-{day.isoformat()}{suffix}{MERGE_EXTENSION}")


def upgrade_backup_path(project_path: str, from_version: int, number: int = 1) -> str:
    """The name of the ``number``-th backup made before upgrading ``project_path`` from ``from_version``."""
    folder, stem, extension = _parts(project_path)
    suffix = "" if number == 1 else f"-{number}"
    return os.path.join(folder, f"{stem}.backup-v{from_version}{suffix}{extension}")


def list_backups(project_path: str) -> list[Backup]:
    """The project's backups beside it, oldest first (see the module contract)."""
    inspect_project_file(project_path)  # a one-line refusal for anything that is not a readable project
    identity = _project_uuid(project_path)
    folder, stem, extension = _parts(project_path)
    patterns = _patterns(stem, extension)
    try:
        names = os.listdir(folder)
    except OSError as error:
        raise ProjectError(arg(Backups.tr("The backups beside %1 cannot be listed: %2"),
                               os.path.basename(project_path), os_reason(error))) from None
    found = []
    for name in names:
        reason, from_version = _reason(patterns, name)
        if reason is None:
            continue
        path = os.path.join(folder, name)
        try:
            status = os.lstat(path)
        except OSError:
            continue  # gone since the listing
        # lstat: a link named like a backup points at some other file, which is not ours to list or delete.
        if not stat.S_ISREG(status.st_mode) or _project_uuid(path, quiet=True) != identity:
            continue
        made = datetime.datetime.fromtimestamp(status.st_mtime, tz=datetime.timezone.utc).astimezone()
        found.append(Backup(path=path, reason=reason, from_version=from_version, made=made, size=status.st_size))
    return sorted(found, key=lambda backup: (backup.made, backup.name))


def remove_backups(project_path: str, names: Sequence[str] | None = None) -> list[Backup]:
    """Delete the named backups of the project (all when ``names`` is None); return those removed."""
    project_name = os.path.basename(project_path)
    info = inspect_project_file(project_path)
    if info.read_only_reason:
        raise ReadOnlyError(arg(Backups.tr("%1 is read-only (%2); no backup was removed"), project_name,
                                info.read_only_reason))
    backups = list_backups(project_path)
    if names is None:
        chosen = backups
    else:
        by_name = {backup.name: backup for backup in backups}
        by_path = {backup.path: backup for backup in backups}
        chosen = []
        for wanted in names:
            backup = by_name.get(wanted) or by_path.get(os.path.abspath(wanted))
            if backup is None:
                raise ProjectError(arg(Backups.tr("%1 is not a backup of %2; no backup was removed"), wanted,
                                       project_name))
            if backup not in chosen:
                chosen.append(backup)
    for backup in chosen:
        try:
            os.unlink(backup.path)
        except FileNotFoundError:
            pass  # removed meanwhile (another window): what was asked for is done
        except OSError as error:
            raise ProjectWriteError(arg(Backups.tr("%1 could not be removed: %2"), backup.name, os_reason(error))) from None
    return chosen


def _parts(project_path: str) -> tuple[str, str, str]:
    folder, name = os.path.split(os.path.abspath(project_path))
    stem, extension = os.path.splitext(name)
    return folder, stem, extension


def _patterns(stem: str, extension: str) -> dict[str, re.Pattern[str]]:
    # Whole-name matches on the escaped stem: "x.backup-v2.before-merge-….gpkg" belongs
    # to a project named "x.backup-v2", never to "x".
    quoted = re.escape(stem)
    return {
        MERGE: re.compile(rf"{quoted}\.before-merge-\d{{4}}-\d{{2}}-\d{{2}}(?:-\d+)?{re.escape(MERGE_EXTENSION)}"),
        UPGRADE: re.compile(rf"{quoted}\.backup-v(\d+)(?:-\d+)?{re.escape(extension)}"),
    }


def _reason(patterns: dict[str, re.Pattern[str]], name: str) -> tuple[str | None, int | None]:
    for reason, pattern in patterns.items():
        match = pattern.fullmatch(name)
        if match:
            return reason, int(match.group(1)) if reason == UPGRADE else None
    return None, None


def _project_uuid(path: str, quiet: bool = False) -> str | None:
    """The project identity a file holds; None (when ``quiet``) for a file that is no readable project."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        if quiet:
            return None
        raise ProjectError(arg(Backups.tr("%1 cannot be read"), os.path.basename(path))) from None
    try:
        row = connection.execute("SELECT value FROM project_meta WHERE key = 'project_uuid'").fetchone()
    except sqlite3.Error:
        if quiet:
            return None
        raise ProjectError(arg(Backups.tr("%1 cannot be read"), os.path.basename(path))) from None
    finally:
        connection.close()
    return "" if row is None or row[0] is None else str(row[0])
