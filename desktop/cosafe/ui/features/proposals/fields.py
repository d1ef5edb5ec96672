"""Small field widgets the proposal panels share.

Contract: ``principle_combo`` lists "Not chosen" then the first-generation CPTED principles,
a separator, and the second-generation ones, key as item data (None for none);
``principle_filter_combo`` is the same with "All principles" (data ``ALL``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cosafe.core.vocabulary import CPTED_PRINCIPLES
from cosafe.ui.kit.fields import ALL, fill_combo

# DOMAIN.md: the first six are classic CPTED, the rest "second generation" (social).
FIRST_GENERATION = CPTED_PRINCIPLES[:6]
SECOND_GENERATION = CPTED_PRINCIPLES[6:]


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
