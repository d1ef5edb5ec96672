"""File › Merge Projects…: choose files, preview in plain words, back up, merge off the UI thread.

Contract: ``MergeFlow(window).run(paths=None) -> list[MergeResult]``
- asks for one or more project files (``ask_merge_paths``, a module function tests
  replace) unless given them;
- plans every file in a worker (``merge_files(..., dry_run=True)``, read-only on all
  files) behind the cancellable progress dialog; a refusal (not a CoSafe project, a
  newer version, the project itself, unreadable) is ONE one-line error dialog and
  nothing changes;
- shows ``MergePreviewDialog``; on Merge the worker writes the backup copy and then
  merges everything in one transaction (``store.merge.backup.merge_with_backup``); a
  cancel or a failure leaves the project unchanged and the backup is removed again;
- after a merge: ``session.notify(merged_change(results))`` — PROJECT and the flags of
  every kind of record added or updated (a merge is no undo step; the undo history is
  cleared, as earlier steps could overwrite what came in), the status bar
  says what came in and where the backup is, and ``conflicts_found`` is emitted with
  the number of records in conflict when there are any. Returns the results ([] if nothing
  was merged). A read-only project merges nothing (the action is disabled).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from cosafe.core.changes import Change, change_for_table
from cosafe.core.i18n import arg
from cosafe.io.import_errors import ImportCancelled
from cosafe.store.merge.files import MergeCancelled, MergeResult, merge_files
from cosafe.store.merge.backup import backup_path, merge_with_backup
from cosafe.ui.kit import dialogs
from cosafe.ui.host import Host
from cosafe.ui.features.merge.preview import MergePreviewDialog
from cosafe.ui.features.merge.words import MergePreview
from cosafe.ui.kit.progress_job import Progress, run_with_progress
from cosafe.ui.kit.numbers import grouped

LAST_FOLDER_KEY = "merge/lastFolder"
STATUS_TIMEOUT = 12000


def ask_merge_paths(parent: QWidget | None, directory: str) -> list[str]:
    """One or more project files to merge (absolute paths), or [] when cancelled."""
    return dialogs.ask_open_files(parent, MergePreview.tr("Merge Projects"), directory, dialogs.PROJECT_FILTER)


def ask_preview(parent: QWidget | None, target_name: str, results: list[MergeResult], backup_name: str) -> bool:
    """Show what the merge would do; True when the person chose Merge."""
    dialog = MergePreviewDialog(target_name, [r.plan for r in results], backup_name, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def _cancellable(job):
    """The engine's own cancel becomes the progress dialog's "cancelled"."""
    def run(progress: Progress) -> Any:
        try:
            return job(progress)
        except MergeCancelled:
            raise ImportCancelled() from None
    return run


def merged_change(results: list[MergeResult]) -> Change:
    """The views a merge concerns: the kinds of records that came in or changed, and the project.

    A table this version does not know maps to Change.ALL, so nothing is ever missed;
    the pins panel alone takes seconds to re-read 50,000 pins, hence no blanket ALL.
    """
    change = Change.PROJECT  # merge log, devices, conflicts
    for result in results:
        for kind in ("added", "updated"):
            for table, uuids in getattr(result.plan, kind).items():
                if uuids:
                    change |= change_for_table(table)
    return change


class MergeFlow(QObject):
    """The project merge of one main window."""

    conflicts_found = Signal(int)

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self._host = host
        self._window = host.window
        self.backup_path: str | None = None

    def run(self, paths: list[str] | None = None) -> list[MergeResult]:
        session = self._host.session
        if session is None or session.is_read_only:
            return []
        paths = paths or ask_merge_paths(self._window, self._host.remembered_folder(LAST_FOLDER_KEY))
        if not paths:
            return []
        self._host.remember_folder(LAST_FOLDER_KEY, paths[0])
        store = session.store
        names = self.tr(", ", "between file names").join(os.path.basename(p) for p in paths)
        planned = run_with_progress(self._window, arg(self.tr("Reading %1…", "%1: file names"), names), _cancellable(
            lambda progress: merge_files(store, paths, dry_run=True, progress=progress)))
        if planned.cancelled:
            self._tell(self.tr("Merge cancelled; nothing was changed"))
            return []
        if planned.error is not None:
            dialogs.show_error(self._window, self.tr("Nothing was merged"), planned.error)
            return []
        if not ask_preview(self._window, session.name, planned.result, os.path.basename(backup_path(store.path))):
            return []

        outcome = run_with_progress(self._window, arg(self.tr("Merging %1…", "%1: file names"), names), _cancellable(
            lambda progress: merge_with_backup(store, paths, progress=progress)))
        if outcome.cancelled:
            self._tell(self.tr("Merge cancelled; nothing was changed"))
            return []
        if outcome.error is not None:
            dialogs.show_error(self._window, self.tr("The merge did not happen"), outcome.error)
            return []
        self.backup_path, results = outcome.result
        session.undo_stack.clear()  # earlier steps were made before the merge and could overwrite it
        session.notify(merged_change(results))
        added = sum(r.plan.count("added") for r in results)
        updated = sum(r.plan.count("updated") for r in results)
        conflicts = sum(r.plan.count("conflicts") for r in results)
        self._tell(arg(self.tr("Merged %1: %2 added, %3 updated, %4 in conflict. Backup: %5"), names,
                       grouped(added), grouped(updated), grouped(conflicts),
                       os.path.basename(self.backup_path)))
        if conflicts:
            self.conflicts_found.emit(conflicts)
        return results

    def _tell(self, text: str) -> None:
        self._host.show_status(text, STATUS_TIMEOUT)
