"""A backup copy of a project written beside it before a merge (a merge is not an undo step).

Contract: ``backup_before_merge(store, today=None) -> str`` writes a complete copy of
the open project (``VACUUM INTO`` a temporary file, then a rename: a failure leaves no
partial file) to ``<name>.before-merge-<YYYY-MM-DD>.gpkg`` in the project's folder —
``…-2.gpkg``, ``…-3.gpkg`` when a merge of the same day already left one, so every
backup keeps the state before its own merge — and returns its path. A folder that
cannot be written gives a one-line ProjectWriteError and the project is unchanged.
The copy is a plain CoSafe project: open it to go back to before the merge.
"""

from __future__ import annotations

import datetime
import os

from cosafe.store.project_store import ProjectStore, write_copy


def backup_path(project_path: str, today: datetime.date | None = None) -> str:
    """The first unused backup name beside ``project_path`` for ``today``."""
    folder, name = os.path.split(os.path.abspath(project_path))
    stem = os.path.splitext(name)[0]
    day = (today or datetime.date.today()).isoformat()
    candidate, number = os.path.join(folder, f"{stem}.before-merge-{day}.gpkg"), 1
    while os.path.exists(candidate):
        number += 1
        candidate = os.path.join(folder, f"{stem}.before-merge-{day}-{number}.gpkg")
    return candidate


def backup_before_merge(store: ProjectStore, today: datetime.date | None = None) -> str:
    """Write the backup copy of ``store``'s project; return its path."""
    path = backup_path(store.path, today)
    write_copy(store.connection, path)
    return path
