"""Small field widgets the proposal panels share.

Contract: ``fill_combo`` fills a combo with (key, label) pairs, key as item data;
``principle_combo`` lists "Not chosen" then the first-generation CPTED principles,
a separator, and the second-generation ones, key as item data (None for none);
``principle_filter_combo`` is the same with "All principles" (data ``ALL``).
``CommittingTextEdit`` is a multi-line editor that emits ``editing_finished`` when
it loses focus, like QLineEdit does, so a description is one undo step, not one
per keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from cosafe.core.vocabulary import CPTED_PRINCIPLES
from cosafe.ui.features.proposals.common import ALL

# DOMAIN.md: the first six are classic CPTED, the rest "second generation" (social).
FIRST_GENERATION = CPTED_PRINCIPLES[:6]
SECOND_GENERATION = CPTED_PRINCIPLES[6:]


def fill_combo(combo: QComboBox, vocabulary: tuple[tuple[str, str], ...]) -> QComboBox:
    for key, label in vocabulary:
        combo.addItem(label, key)
    return combo


def _add_principles(combo: QComboBox) -> None:
    fill_combo(combo, FIRST_GENERATION)
    combo.insertSeparator(combo.count())
    for key, label in SECOND_GENERATION:
        combo.addItem(label, key)
        combo.setItemData(combo.count() - 1, "Second-generation CPTED: the social side of safety",
                         Qt.ItemDataRole.ToolTipRole)


def principle_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("Not chosen", None)
    _add_principles(combo)
    return combo


def principle_filter_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("All principles", ALL)
    _add_principles(combo)
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


def compact(combo: QComboBox, characters: int = 10) -> QComboBox:
    """Let a combo shrink to ``characters`` wide, so the dock column can stay narrow."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
