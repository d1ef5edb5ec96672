"""A backup copy of a project written beside it before a merge (a merge is not an undo step).

Contract:
- ``backup_path(project_path, today=None) -> str`` is the first unused name
  ``<name>.before-merge-<YYYY-MM-DD>.gpkg`` in the project's folder (``…-2.gpkg``,
  ``…-3.gpkg`` when a merge of the same day already left one, so every backup keeps
  the state before its own merge); the naming is ``store.backups``'s, which lists them.
- ``backup_before_merge(store, today=None) -> str`` writes a complete copy of the open
  project there (``VACUUM INTO`` a temporary file, then a rename: a failure leaves no
  partial file) and returns its path. A folder that cannot be written gives a
  one-line ProjectWriteError and the project is unchanged.
- ``merge_with_backup(store, paths, progress=None, today=None) -> (backup, results)``
  is the one way a merge is written (the window's and ``cosafe merge``): the backup,
  then ``merge_files`` in one transaction. One backup per merge: when the merge fails
  or is cancelled, the project is unchanged, so its backup is removed again.
The copy is a plain CoSafe project: open it to go back to before the merge.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from collections.abc import Sequence

from cosafe.store.backups import merge_backup_path
from cosafe.store.merge.files import MergeResult, Progress, merge_files
from cosafe.store.project_store import ProjectStore, write_copy
from cosafe.store.words import Merge


def backup_path(project_path: str, today: datetime.date | None = None) -> str:
    """The first unused backup name beside ``project_path`` for ``today``."""
    day = today or datetime.date.today()
    candidate, number = merge_backup_path(project_path, day), 1
    while os.path.exists(candidate):
        number += 1
        candidate = merge_backup_path(project_path, day, number)
    return candidate


def backup_before_merge(store: ProjectStore, today: datetime.date | None = None) -> str:
    """Write the backup copy of ``store``'s project; return its path."""
    path = backup_path(store.path, today)
    write_copy(store.connection, path)
    return path


def merge_with_backup(store: ProjectStore, source_paths: Sequence[str], progress: Progress | None = None,
                      today: datetime.date | None = None) -> tuple[str, list[MergeResult]]:
    """Back the project up, then merge ``source_paths`` into it; return the backup's path and the results."""
    report = progress or (lambda fraction, text: True)
    report(0.0, Merge.tr("Backing up the project…"))
    backup = backup_before_merge(store, today)
    try:
        return backup, merge_files(store, source_paths, progress=lambda f, text: report(0.1 + 0.9 * f, text))
    except BaseException:
        # The merge is one transaction, rolled back: the project is what the backup
        # holds, and a second full copy of contacts and stories would help nobody.
        with contextlib.suppress(OSError):
            os.unlink(backup)
        raise
