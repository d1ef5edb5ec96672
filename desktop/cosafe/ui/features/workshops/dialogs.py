"""Dialogs for a workshop's details and a group's name and colour, and the colour swatch.

Contract: the dialogs only collect values (``values()``); the Workshops panel turns them
into one undoable edit. A workshop needs a title and a group a name: OK stays disabled
while it is blank. Group colours can only be picked from ``GROUP_COLOURS`` (``core.palette``),
so every group stays distinguishable for colour-blind participants; colours other groups
of the workshop already use are marked, not forbidden (a ninth group has to share). A
group with a colour of an earlier palette keeps it unless another is picked. Each colour
is shown as the marker shape it gives the group's proposals (``core.group_symbols``), and
its tooltip names the shape, dash and hatch too: a reader who cannot tell the colours
apart still sees what each choice means on the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from cosafe.core.i18n import arg
from cosafe.core.group_symbols import group_symbol, symbol_description
from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.records import Workshop
from cosafe.ui.kit.dialogs import finish_form_dialog
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.dates import use_date_format
from cosafe.ui.features.workshops.words import colour_name


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class WorkshopDialog(QDialog):
    """Title (required), date held, place, facilitator, notes, votes per participant."""

    def __init__(self, workshop: Workshop | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("Edit Workshop") if workshop else self.tr("New Workshop"))
        self.setMinimumWidth(460)
        workshop = workshop or Workshop(held_on=QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.title_edit = QLineEdit(workshop.title, self)
        self.title_edit.setObjectName("workshopTitle")
        self.title_edit.setPlaceholderText(self.tr("Required, e.g. Market street walk and mapping"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("workshopDate")
        self.date_edit.setCalendarPopup(True)
        use_date_format(self.date_edit)
        held = QDate.fromString(workshop.held_on or "", Qt.DateFormat.ISODate)
        self.date_edit.setDate(held if held.isValid() else QDate.currentDate())
        self.place_edit = QLineEdit(workshop.place, self)
        self.place_edit.setPlaceholderText(self.tr("Where it was held, e.g. Community hall, Ward 4"))
        self.facilitator_edit = QLineEdit(workshop.facilitator, self)
        self.notes_edit = QPlainTextEdit(workshop.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.votes_spin = QSpinBox(self)
        self.votes_spin.setObjectName("workshopVotes")
        self.votes_spin.setRange(0, 20)
        self.votes_spin.setValue(workshop.votes_per_participant)
        self.votes_spin.setSuffix(self.tr(" dots each"))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Facilitator:"), self.facilitator_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        form.addRow(self.tr("&Votes per participant:"), self.votes_spin)
        self.buttons = _buttons(self)
        finish_form_dialog(self, form, self.buttons, self.title_edit)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "held_on": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "place": self.place_edit.text().strip(),
            "facilitator": self.facilitator_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "votes_per_participant": self.votes_spin.value(),
        }


class GroupDialog(QDialog):
    """A group's name (required) and its colour from the colour-blind-safe palette."""

    def __init__(self, name: str, colour: str, used_colours: set[str], parent: QWidget | None = None,
                 *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("groupDialog")
        self.setWindowTitle(title or self.tr("Add Group"))
        self._colour = colour
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("groupName")
        self.name_edit.setPlaceholderText(self.tr("Required, e.g. Youth, Women traders, Table 2"))
        self.colour_buttons = QButtonGroup(self)
        self.colour_buttons.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        used = {c.upper() for c in used_colours}
        for index, value in enumerate(GROUP_COLOURS):
            button = QToolButton(self)
            button.setObjectName(f"colour{index}")
            button.setCheckable(True)
            button.setIcon(group_icon(value, 22))  # the colour and the shape it brings
            button.setIconSize(QSize(22, 22))
            taken = value.upper() in used
            symbol = symbol_description(group_symbol(value))
            if taken:
                tip = arg(self.tr("%1: %2 (used by another group)", "a colour: its symbol"), colour_name(value), symbol)
            else:
                tip = arg(self.tr("%1: %2", "a colour: its symbol"), colour_name(value), symbol)
            button.setToolTip(tip)
            button.setAccessibleName(colour_name(value))
            button.setProperty("colour", value)
            button.setChecked(value.upper() == colour.upper())
            self.colour_buttons.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Colour:"), row)
        self.buttons = _buttons(self)
        finish_form_dialog(self, form, self.buttons, self.name_edit)

    def colour(self) -> str:
        # None ticked: the group keeps a colour of an earlier palette (or gets the first, if new).
        button = self.colour_buttons.checkedButton()
        return str(button.property("colour")) if button is not None else self._colour or GROUP_COLOURS[0]

    def values(self) -> dict[str, Any]:
        return {"name": self.name_edit.text().strip(), "colour": self.colour()}
