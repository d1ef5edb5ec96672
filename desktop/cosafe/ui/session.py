"""ProjectSession: one open project as the UI sees it -- its store and its undo stack, and the undo adapter.

Contract:
- ``perform(edit)`` applies the edit (one committed transaction in the store). On
  a ProjectError nothing is pushed and ``error`` is emitted with a one-line message;
  on success an ``EditCommand`` is pushed (one undo step) and ``changed`` is emitted.
- Undo/redo run the edit's revert/apply and emit ``changed``. If one fails, the file
  no longer matches the stack, so the error is reported and the stack is cleared
  right after QUndoStack finishes its own bookkeeping.
- ``changed`` carries ``cosafe.core.changes.Change`` flags so each view refreshes
  only what it shows. While it is being emitted, ``changed_records`` tells which
  records (table -> UUIDs) the change touched, or is None when that is not known;
  a view with many rows may update just those. A read-only session refuses every edit.
- An ``EditCommand``'s text is its edit's label, shown as it is in the Undo History
  and in Edit › Undo / Redo (an '&' in a name is not taken for a mnemonic there).
- An ``EditCommand`` (Qt's undo step around one core edit) is pushed only after its
  edit was applied and committed, so its first ``redo()`` -- which QUndoStack.push
  always calls -- does nothing; later undo()/redo() run ``revert``/``apply`` through
  the session, which reports failures and tells views what changed.
- ``notify(change)`` emits ``changed`` for work committed outside an edit (a
  basemap import, too big to keep for undo); it pushes nothing, so the undo
  history only ever holds edits made through ``perform``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cosafe.core.changes import Change
from cosafe.core.edits import Edit, EditableStore
from cosafe.core.i18n import arg
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore


class CommandHost(Protocol):
    """What a command needs from its session: the store, and a runner that reports the outcome."""

    @property
    def store(self) -> EditableStore: ...

    def run_undo_step(self, edit: Edit, undoing: bool) -> None: ...


class EditCommand(QUndoCommand):
    """One undo step wrapping one core edit."""

    def __init__(self, host: CommandHost, edit: Edit) -> None:
        # Before the newline: the History panel's text; after it: the Edit menu's Undo /
        # Redo text, where a single '&' would be a mnemonic ("Wood & 7th" showed as
        # "Wood  7th"), so it is doubled there.
        super().__init__(f"{edit.label}\n{edit.label.replace('&', '&&')}")
        self._host = host
        self._edit = edit
        self._already_applied = True

    @property
    def edit(self) -> Edit:
        return self._edit

    def redo(self) -> None:
        if self._already_applied:
            # push() calls redo() at once; perform() has already committed the edit.
            self._already_applied = False
            return
        self._host.run_undo_step(self._edit, undoing=False)

    def undo(self) -> None:
        self._host.run_undo_step(self._edit, undoing=True)


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
        self.changed_records: dict[str, frozenset[str]] | None = None

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
        return self._store.name or self.tr("Untitled project")

    def perform(self, edit: Edit) -> bool:
        """Apply ``edit`` and make it one undo step; return False (nothing pushed) on failure."""
        if self.is_read_only:
            self.error.emit(self.tr("The change was not made"),
                            arg(self.tr("The project is read-only (%1)"), self.read_only_reason))
            return False
        try:
            change = edit.apply(self._store)
        except ProjectError as failure:
            self.error.emit(self.tr("The change was not saved"), str(failure))
            return False
        self.undo_stack.push(EditCommand(self, edit))
        self._announce(change, edit.touched_records())
        return True

    def adopt(self, edit: Edit, change: Change) -> None:
        """Make ``edit``, already applied and committed by a worker (an import), one undo step, and announce it."""
        self.undo_stack.push(EditCommand(self, edit))
        self._announce(change, edit.touched_records())

    def touched_only(self, table: str) -> frozenset[str] | None:
        """While ``changed`` is emitted: the UUIDs touched in ``table`` if no other table was touched, else None."""
        records = self.changed_records
        if records is None or set(records) - {table}:
            return None
        return records.get(table, frozenset())

    def notify(self, change: Change) -> None:
        """Tell the views about ``change``, already committed to the store without an undo step."""
        self._announce(change, None)

    def _announce(self, change: Change, records: dict[str, frozenset[str]] | None) -> None:
        self.changed_records = records
        try:
            self.changed.emit(change)
        finally:
            self.changed_records = None

    def run_undo_step(self, edit: Edit, undoing: bool) -> None:
        """Undo (revert) or redo (apply) ``edit`` for its EditCommand; report and recover on failure."""
        try:
            change = edit.revert(self._store) if undoing else edit.apply(self._store)
        except ProjectError as failure:
            if undoing:
                title = arg(self.tr("Undo of “%1” failed"), edit.label)
            else:
                title = arg(self.tr("Redo of “%1” failed"), edit.label)
            message = arg(self.tr("%1. The undo history was cleared."), str(failure).rstrip("."))
            # Both wait until QUndoStack.undo()/redo() has returned: clearing inside it
            # would delete the running command, and a modal error dialog would spin an
            # event loop in the middle of the stack's bookkeeping.
            QTimer.singleShot(0, self, lambda: self._after_failed_step(title, message))
            return
        self._announce(change, edit.touched_records())

    def _after_failed_step(self, title: str, message: str) -> None:
        self.undo_stack.clear()
        self.error.emit(title, message)

    def close(self) -> None:
        """Drop the undo history and close the store (releases the file lock)."""
        self.undo_stack.clear()
        self._store.close()


def editable(session: ProjectSession | None) -> bool:
    """Whether edits can be made now: a project is open and it is not read-only."""
    return session is not None and not session.is_read_only
