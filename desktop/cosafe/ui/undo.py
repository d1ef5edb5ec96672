"""QUndoCommand adapter around core edits.

Contract: an ``EditCommand`` is pushed only after its edit was applied and committed
(by ``ProjectSession.perform``), so its first ``redo()`` -- which QUndoStack.push
always calls -- does nothing. Later undo()/redo() run ``revert``/``apply`` through
the host, which reports failures and tells views what changed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from cosafe.core.edits import Edit, EditableStore


class CommandHost(Protocol):
    """What a command needs from its session: the store, and a runner that reports the outcome."""

    @property
    def store(self) -> EditableStore: ...

    def run_undo_step(self, edit: Edit, undoing: bool) -> None: ...


class EditCommand(QUndoCommand):
    """One undo step wrapping one core edit."""

    def __init__(self, host: CommandHost, edit: Edit) -> None:
        super().__init__(edit.label)
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
