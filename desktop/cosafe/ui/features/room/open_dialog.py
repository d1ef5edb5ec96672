"""Workshop › Open the Room…: which network the phones use, and the port.

Contract: ``OpenRoomDialog(choices, start, parent)`` lists ``choices`` (``networks``:
the computer's networks by readable name and address, this computer only — loopback —
last, said to reach no phone) and a port (8765; 0: any free port). Open calls
``start(address, port)``, which opens the room and returns None, or returns one line
saying why it could not (the port is in use…): the dialog then stays open and shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from cosafe.core.i18n import arg
from cosafe.ui.features.room.networks import NetworkChoice
from cosafe.ui.kit.accessibility import describe

DEFAULT_PORT = 8765


class OpenRoomDialog(QDialog):
    def __init__(self, choices: Sequence[NetworkChoice], start: Callable[[str, int], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openRoomDialog")
        self.setWindowTitle(self.tr("Open the Room"))
        self._start = start
        self.choices = list(choices)
        intro = QLabel(self.tr("Phones on the same network as this computer (its hotspot, or the local router) "
                               "join by scanning the code shown. Nothing goes to the internet."))
        intro.setWordWrap(True)
        self.network_combo = describe(QComboBox(), self.tr("Network"),
                                      self.tr("The network the phones are on: this computer listens on it only"))
        for choice in self.choices:
            if choice.loopback:
                text = arg(self.tr("This computer only (%1): no phone can reach it"), choice.address)
            else:
                text = arg(self.tr("%1 — %2", "a network's name and this computer's address on it"),
                           choice.name, choice.address)
            self.network_combo.addItem(text, choice.address)
        self.port_spin = describe(QSpinBox(), self.tr("Port"), self.tr("The port phones connect to; 0 picks a free one"))
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("Any free port"))
        self.port_spin.setValue(DEFAULT_PORT)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if all(choice.loopback for choice in self.choices):
            self.note.setText(self.tr("This computer is on no network: start its hotspot or join the room's Wi-Fi, "
                                      "then open the room again. Only this computer can reach the room now."))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.network_combo)
        form.addRow(self.tr("&Port:"), self.port_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("Open the Room"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self._open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.note.setVisible(bool(self.note.text()))

    def choose(self, address: str) -> None:
        """Select the network with ``address`` (for the facilitator's last choice, and tests)."""
        index = self.network_combo.findData(address)
        if index >= 0:
            self.network_combo.setCurrentIndex(index)

    def _open(self) -> None:
        failure = self._start(self.network_combo.currentData(), self.port_spin.value())
        if failure:
            self.error_label.setText(failure)
            self.error_label.show()
            return
        self.accept()
