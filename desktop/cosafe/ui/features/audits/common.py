"""Small pieces the recording dialogs share: participant labels and vocabulary combos.

Contract:
- ``participant_label(p)`` is how a participant is shown when someone picks who walked
  or who placed a pin: the sign-in code and anonymous demographics, never a contact,
  e.g. "P07 · Woman · 15–24 · Resident".
- ``vocabulary_combo(vocabulary, current, parent)`` is a QComboBox of labels whose item
  data is the key; ``combo_key(combo)`` reads it back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from cosafe.core.records import Participant
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, Vocabulary, label_of
from cosafe.core.workshops import code_order

STATUS_MS = 6000


def participant_label(person: Participant) -> str:
    parts = [person.code or "No code", label_of(GENDERS, person.gender), label_of(AGE_BANDS, person.age_band),
             label_of(PARTICIPANT_ROLES, person.role)]
    return " · ".join(part for part in parts if part)


def sorted_participants(people: list[Participant]) -> list[Participant]:
    return sorted(people, key=code_order)


def vocabulary_combo(vocabulary: Vocabulary, current: str | None, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for key, label in vocabulary:
        combo.addItem(label, key)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def combo_key(combo: QComboBox) -> str | None:
    return combo.currentData()
