"""Add or edit one stakeholder of the register.

Contract:
- ``StakeholderDialog(stakeholder | None, parent)``: name (required: OK is disabled
  while empty), sector, role, influence and interest (1–5), and an optional contact
  person in a box marked private ("kept in this project file only; never exported").
- After ``exec()`` is accepted, ``values()`` returns the field values as a dict of
  Stakeholder fields (text stripped, an empty contact is None). The dialog never
  writes to the project: the caller turns the values into an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from cosafe.core.i18n import arg
from cosafe.core.records import Stakeholder
from cosafe.core.vocabulary import STAKEHOLDER_SECTORS, choices
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.fields import fill_combo



def _scale_spin(parent: QWidget, value: int, tip: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(1, 5)
    spin.setValue(min(5, max(1, value)))
    spin.setToolTip(tip)
    return spin


class StakeholderDialog(QDialog):
    """The fields of one stakeholder; ``values()`` after acceptance."""

    def __init__(self, stakeholder: Stakeholder | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderDialog")
        adding = stakeholder is None
        stakeholder = stakeholder or Stakeholder()
        self.setWindowTitle(self.tr("Add Stakeholder") if adding else self.tr("Edit Stakeholder"))
        influence_help = self.tr("1 = little say over the outcome … 5 = can make or stop it")
        interest_help = self.tr("1 = hardly affected or engaged … 5 = closely affected, keen to act")
        self.name_edit = QLineEdit(stakeholder.name, self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Municipal Lighting Department"))
        self.sector_combo = fill_combo(QComboBox(self), choices(STAKEHOLDER_SECTORS))
        index = self.sector_combo.findData(stakeholder.sector)
        if index < 0:  # a sector this version does not list (a merged file): keep it as it is
            self.sector_combo.addItem(stakeholder.sector, stakeholder.sector)
            index = self.sector_combo.count() - 1
        self.sector_combo.setCurrentIndex(index)
        self.role_edit = QLineEdit(stakeholder.role, self)
        self.role_edit.setPlaceholderText(self.tr("What they do in the process, e.g. funds street lights"))
        self.influence_spin = _scale_spin(self, stakeholder.influence, influence_help)
        self.interest_spin = _scale_spin(self, stakeholder.interest, interest_help)
        self.contact_edit = QLineEdit(stakeholder.contact_person or "", self)
        self.contact_edit.setPlaceholderText(self.tr("Name, phone or e-mail (optional)"))
        describe(self.contact_edit, self.tr("Contact person"), self.tr("Name, phone or e-mail of the contact person: "
                                                                       "private, never in an export"))

        for edit in (self.name_edit, self.role_edit, self.contact_edit):
            edit.setCursorPosition(0)  # the start of a long text, not its end
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Sector"), self.sector_combo)
        form.addRow(self.tr("&Role"), self.role_edit)
        form.addRow(self.tr("&Influence (1–5)"), self.influence_spin)
        form.addRow(self.tr("I&nterest (1–5)"), self.interest_spin)
        scales = QLabel(arg(self.tr("Influence: %1.<br>Interest: %2."), influence_help, interest_help), self)
        scales.setObjectName("fieldHelp")
        scales.setWordWrap(True)
        form.addRow("", scales)
        private = self.private_box = QGroupBox(self.tr("Contact person — private"), self)
        private.setObjectName("privateContactBox")
        box = QVBoxLayout(private)
        box.addWidget(self.contact_edit)
        note = QLabel(self.tr("Private: kept in this project file only. Never printed in the plan or written to any "
                             "export, public or not."), private)
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        box.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add") if adding else self.tr("Save"))
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(stakeholder.name.strip()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(private)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "sector": self.sector_combo.currentData(),
            "role": self.role_edit.text().strip(),
            "influence": self.influence_spin.value(),
            "interest": self.interest_spin.value(),
            "contact_person": self.contact_edit.text().strip() or None,
        }
