"""Small field widgets the proposal panels share.

Contract: ``principle_combo`` lists "Not chosen" then the first-generation CPTED principles,
a separator, and the second-generation ones, key as item data (None for none);
``principle_filter_combo`` is the same with "All principles" (data ``ALL``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cosafe.core.vocabulary import CPTED_PRINCIPLES, choices
from cosafe.ui.features.proposals.words import Proposals
from cosafe.ui.kit.fields import ALL, fill_combo

# DOMAIN.md: the first six are classic CPTED, the rest "second generation" (social).
FIRST_GENERATION = CPTED_PRINCIPLES[:6]
SECOND_GENERATION = CPTED_PRINCIPLES[6:]


def _add_principles(combo: QComboBox) -> None:
    fill_combo(combo, choices(FIRST_GENERATION))
    combo.insertSeparator(combo.count())
    second = Proposals.tr("Second-generation CPTED: the social side of safety")
    for key, label in choices(SECOND_GENERATION):
        combo.addItem(label, key)
        combo.setItemData(combo.count() - 1, second,
                         Qt.ItemDataRole.ToolTipRole)


def principle_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(Proposals.tr("Not chosen", "no CPTED principle"), None)
    _add_principles(combo)
    return combo


def principle_filter_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(Proposals.tr("All principles"), ALL)
    _add_principles(combo)
    return combo
