"""Keyboard-only fields of the audit entry form: a 0–3 score and a yes/no answer.

Contract:
- ``ScoreField``: one character. Typing a digit 0–3 fills it and moves the focus on
  (the next field in tab order); any other printable key is refused, the field keeps
  its value and ``refused(text)`` carries a hint naming the allowed keys.
  Backspace / Delete / Space clear it. ``value()`` is the score, or None when blank;
  text put in any other way (a paste) is kept as it is and ``value()`` returns the
  number it reads (so the form can refuse "7" with a message) or -1 for a non-number.
- ``AnswerField``: y (yes), n (no) or blank (Backspace / Space); refuses other keys the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from cosafe.core.criteria import SCORE_MAX, SCORE_MIN

_CLEAR_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Space}


class _OneKeyField(QLineEdit):
    refused = Signal(str)
    accepted_key = Signal()

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
            if text in self.allowed:
                self.setText(text)
                self.accepted_key.emit()
                self.focusNextChild()
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
        self.hint = f"{criterion_label}: type {SCORE_MIN}–{SCORE_MAX} (0 = poor, 3 = good), Space to leave it blank"

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
    hint = "Type y (yes) or n (no), Space to leave it blank"

    def value(self) -> bool | None:
        return {"y": True, "n": False}.get(self.text().strip().lower())

    def set_value(self, answer: bool | None) -> None:
        self.setText({True: "y", False: "n"}.get(answer, ""))  # type: ignore[arg-type]
