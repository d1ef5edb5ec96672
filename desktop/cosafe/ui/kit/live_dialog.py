"""A dialog that edits the open project while it is shown (criteria, reason tags).

Contract: a subclass sets ``WATCHED`` and implements ``refresh()``; it calls
``follow_session()`` once its widgets exist. Until the dialog closes, every change of
the session in ``WATCHED`` (its own edits, undo, redo) calls ``refresh()``; closing stops
listening. Enter never closes the dialog: in these dialogs it adds what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from cosafe.core.changes import Change
from cosafe.ui.session import ProjectSession


class LiveEditDialog(QDialog):
    WATCHED: Change = Change(0)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._listening = False

    def follow_session(self) -> None:
        """Start following the session's changes, and show the project as it is now."""
        self.session.changed.connect(self._on_changed)
        self._listening = True
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changed(self, change: Change) -> None:
        if change & self.WATCHED:
            self.refresh()

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.session.changed.disconnect(self._on_changed)
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter adds what was typed (returnPressed there); it must not also close the dialog
        super().keyPressEvent(event)
