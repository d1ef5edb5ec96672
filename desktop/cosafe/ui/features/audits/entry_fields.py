"""Keyboard-only fields of the audit entry form: a 0–3 score and a yes/no answer.

Contract:
- ``ScoreField``: one character, one key per criterion. A digit 0–3 fills it and
  Space blanks it, and either moves the focus on (the next field in tab order) and
  emits ``moved_on``; Backspace / Delete clear it and stay. Any other printable key
  is refused: the field keeps its value and ``refused(text)`` carries a hint naming
  the allowed keys. ``value()`` is the score, or None when blank; text put in any
  other way (a paste) is kept as it is and ``value()`` returns the number it reads
  (so the form can refuse "7" with a message) or -1 for a non-number.
- ``AnswerField``: y (yes), n (no) or Space (blank), each moving on the same way;
  refuses other keys the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from cosafe.core.criteria import SCORE_MAX, SCORE_MIN
from cosafe.core.i18n import arg

_CLEAR_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}


class _OneKeyField(QLineEdit):
    refused = Signal(str)
    accepted_key = Signal()
    moved_on = Signal()  # a key filled (or blanked) the field and the focus moved to the next one

    allowed: tuple[str, ...] = ()
    hint = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(3)  # a paste of "10" must show, to be refused on save
        self.setFixedWidth(44)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text().lower()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and key in _CLEAR_KEYS:
            self.clear()
            return
        if plain and text and text.isprintable():
            if text in self.allowed or key == Qt.Key.Key_Space:
                self.setText(text.strip())  # Space: blank, as a sheet's unanswered box
                self.accepted_key.emit()
                self.focusNextChild()
                self.moved_on.emit()
            else:
                self.refused.emit(self.hint)
            return
        super().keyPressEvent(event)  # Tab, Enter (saves the sheet), Ctrl+V, arrows

    def focusInEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        super().focusInEvent(event)
        self.selectAll()


class ScoreField(_OneKeyField):
    allowed = tuple(str(n) for n in range(SCORE_MIN, SCORE_MAX + 1))

    def __init__(self, criterion_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = arg(self.tr("%1: type %2–%3 (0 = poor, 3 = good), Space to leave it blank; a comment goes in "
                                "the comment field below the scores"), criterion_label, SCORE_MIN, SCORE_MAX)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return -1


class AnswerField(_OneKeyField):
    allowed = ("y", "n")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = self.tr("Type y (yes) or n (no), Space to leave it blank")

    def value(self) -> bool | None:
        return {"y": True, "n": False}.get(self.text().strip().lower())

    def set_value(self, answer: bool | None) -> None:
        self.setText({True: "y", False: "n"}.get(answer, ""))  # type: ignore[arg-type]
