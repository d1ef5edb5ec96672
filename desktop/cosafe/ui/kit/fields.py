"""Small field widgets every panel and dialog shares.

Contract:
- ``ALL`` is the item data of an "All" entry in a filter combo.
- ``fill_combo(combo, vocabulary)`` adds (key, label) pairs, label shown, key as item
  data; ``vocabulary_combo(vocabulary, current, parent)`` is a new combo filled with a
  core vocabulary's labels in the reader's language (``core.vocabulary.choices``), with
  ``current`` chosen (else the first); ``combo_key(combo)`` reads the key back.
- ``compact(combo, characters)`` lets a combo shrink so a dock column can stay narrow.
- ``CommittingTextEdit`` is a multi-line editor that emits ``editing_finished`` when
  it loses focus, like QLineEdit does, so a description is one undo step, not one
  per keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from cosafe.core.vocabulary import Vocabulary, choices

ALL = ""


def fill_combo(combo: QComboBox, vocabulary: Vocabulary) -> QComboBox:
    for key, label in vocabulary:
        combo.addItem(label, key)
    return combo


def vocabulary_combo(vocabulary: Vocabulary, current: str | None, parent: QWidget | None = None) -> QComboBox:
    combo = fill_combo(QComboBox(parent), choices(vocabulary))
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def combo_key(combo: QComboBox) -> str | None:
    return combo.currentData()


def compact(combo: QComboBox, characters: int = 10) -> QComboBox:
    """Let a combo shrink to ``characters`` wide, so the dock column can stay narrow."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class CommittingTextEdit(QPlainTextEdit):
    """A plain-text editor that says when editing finished (focus left)."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in the other fields
        self.setMinimumHeight(60)
        self.setMaximumHeight(110)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()
