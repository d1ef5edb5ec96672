"""ProjectSession: one open project as the UI sees it -- its store and its undo stack.

Contract:
- ``perform(edit)`` applies the edit (one committed transaction in the store). On
  a ProjectError nothing is pushed and ``error`` is emitted with a one-line message;
  on success an ``EditCommand`` is pushed (one undo step) and ``changed`` is emitted.
- Undo/redo run the edit's revert/apply and emit ``changed``. If one fails, the file
  no longer matches the stack, so the error is reported and the stack is cleared
  right after QUndoStack finishes its own bookkeeping.
- ``changed`` carries ``cosafe.core.changes.Change`` flags so each view refreshes
  only what it shows. A read-only session refuses every edit.
- ``notify(change)`` emits ``changed`` for work committed outside an edit (a
  basemap import, too big to keep for undo); it pushes nothing, so the undo
  history only ever holds edits made through ``perform``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from cosafe.core.changes import Change
from cosafe.core.edits import Edit
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore
from cosafe.ui.undo import EditCommand


class ProjectSession(QObject):
    """Holds an open ProjectStore and its QUndoStack; the only way the UI edits a project."""

    changed = Signal(object)  # Change flags
    error = Signal(str, str)  # title, one-line message

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # Every edit is committed at once, so the stack's clean state is not used:
        # there is never anything "unsaved" to show.
        self.undo_stack = QUndoStack(self)

    @property
    def store(self) -> ProjectStore:
        return self._store

    @property
    def path(self) -> str:
        return self._store.path

    @property
    def is_read_only(self) -> bool:
        return self._store.is_read_only

    @property
    def read_only_reason(self) -> str:
        return self._store.read_only_reason

    @property
    def name(self) -> str:
        return self._store.name or "Untitled project"

    def perform(self, edit: Edit) -> bool:
        """Apply ``edit`` and make it one undo step; return False (nothing pushed) on failure."""
        if self.is_read_only:
            self.error.emit("The change was not made", f"The project is read-only ({self.read_only_reason})")
            return False
        try:
            change = edit.apply(self._store)
        except ProjectError as failure:
            self.error.emit("The change was not saved", str(failure))
            return False
        self.undo_stack.push(EditCommand(self, edit))
        self.changed.emit(change)
        return True

    def notify(self, change: Change) -> None:
        """Tell the views about ``change``, already committed to the store without an undo step."""
        self.changed.emit(change)

    def run_undo_step(self, step: Callable[[], Change], label: str, undoing: bool) -> None:
        """Run one undo or redo step for an EditCommand; report and recover on failure."""
        try:
            change = step()
        except ProjectError as failure:
            title = f"{'Undo' if undoing else 'Redo'} of “{label}” failed"
            message = f"{str(failure).rstrip('.')}. The undo history was cleared."
            # Both wait until QUndoStack.undo()/redo() has returned: clearing inside it
            # would delete the running command, and a modal error dialog would spin an
            # event loop in the middle of the stack's bookkeeping.
            QTimer.singleShot(0, self, lambda: self._after_failed_step(title, message))
            return
        self.changed.emit(change)

    def _after_failed_step(self, title: str, message: str) -> None:
        self.undo_stack.clear()
        self.error.emit(title, message)

    def close(self) -> None:
        """Drop the undo history and close the store (releases the file lock)."""
        self.undo_stack.clear()
        self._store.close()
