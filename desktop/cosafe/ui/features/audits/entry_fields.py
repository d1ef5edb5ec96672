"""Keyboard-only fields of the audit entry form: a 0–3 score and a yes/no answer.

Contract:
- ``ScoreField``: one character, one key per criterion. A digit 0–3 fills it and
  Space blanks it, and either moves the focus on (the next field in tab order) and
  emits ``moved_on``; Backspace / Delete clear it and stay. Any other printable key
  is refused: the field keeps its value and ``refused(text)`` carries a hint naming
  the allowed keys. ``value()`` is the score, or None when blank; text put in any
  other way (a paste) is kept as it is and ``value()`` returns the number it reads
  (so the form can refuse "7" with a message) or -1 for a non-number.
- ``AnswerField``: the reader's language's letters for yes and no (``answer_letters``:
  y/n in English, s/n in Spanish, o/n in French; English's y and n too where the
  language leaves them free) or Space (blank), each moving on the same way; refuses
  other keys the same way. A saved answer shows as the language's letter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from cosafe.core.criteria import SCORE_MAX, SCORE_MIN
from cosafe.core.i18n import arg
from cosafe.ui.features.audits.words import Audits

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


def answer_letters() -> tuple[str, str]:
    """The letters that answer Yes and No, in the reader's language ("s", "n" in Spanish; "y", "n" in English).

    A translation that does not give two different single letters is not used: the English ones are.
    """
    letters = tuple(Audits.tr("y n", "the keys typed for Yes and No on the audit checklist, in this order: two "
                              "different single letters separated by a space, the first letters of your words for "
                              "yes and no where you can").lower().split())
    if len(letters) != 2 or letters[0] == letters[1] or any(len(one) != 1 for one in letters):
        return ("y", "n")
    return letters[0], letters[1]


def answer_keys() -> dict[str, bool]:
    """Typed letter → answer: the language's letters, then English's y and n where the language leaves them free."""
    yes, no = answer_letters()
    keys = {yes: True, no: False}
    keys.setdefault("y", True)
    keys.setdefault("n", False)
    return keys


class AnswerField(_OneKeyField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = answer_keys()
        self._letters = answer_letters()
        self.allowed = tuple(self._keys)
        self.hint = arg(self.tr("Type %1 (yes) or %2 (no), Space to leave it blank"), *self._letters)

    def value(self) -> bool | None:
        return self._keys.get(self.text().strip().lower())

    def set_value(self, answer: bool | None) -> None:
        self.setText({True: self._letters[0], False: self._letters[1]}.get(answer, ""))  # type: ignore[arg-type]
