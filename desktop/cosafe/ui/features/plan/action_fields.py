"""Compound fields of the action editor: linked places (picked on the map) and supporting partners.

Contract:
- ``LinkedPlacesField(store, links, picker)``: the places an action is linked to
  as a list (``place_label``), Remove for the selected ones (also the Delete key), and
  a checkable "Pick on Map" button that runs the ``PlacePicker`` (None: the button
  is disabled, e.g. no map yet): each place clicked on the map is added once, a
  second click on a linked place says it is already there. ``links()`` returns
  (table, uuid) pairs in order; ``changed`` is emitted when they change.
  ``stop_picking()`` puts the picker down (the editor calls it when it closes).
- ``PartnersField(people, chosen)``: a checkable list of the register's stakeholders;
  ``chosen()`` lists the ticked uuids in register order; ``set_excluded(uuid)``
  greys out the responsible partner (who is never also supporting).
Neither writes to the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from cosafe.core.i18n import arg, translate
from cosafe.core.records import Stakeholder
from cosafe.ui.features.plan.action_places import LINKED_ALREADY, place_label
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.icons import icon

LINK_ROLE = Qt.ItemDataRole.UserRole


class LinkedPlacesField(QWidget):
    changed = Signal()

    def __init__(self, store: Any, links: Sequence[tuple[str, str]], picker: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.picker = picker
        self.list = QListWidget(self)
        self.list.setObjectName("linkedPlaces")
        describe(self.list, self.tr("Linked places"), self.tr("The proposals, pins and audit points this action answers; "
                                                               "Delete removes the selected ones"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(90)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.installEventFilter(self)  # Delete in the list removes (text fields keep their Delete)
        self.pick_button = QPushButton(icon("identify"), self.tr("Pick on &Map"), self)
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(self.tr("Then click proposals, audit points or pins on the map to link them"))
        self.pick_button.setEnabled(picker is not None)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.remove_button = QPushButton(icon("remove"), self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.note = QLabel(self._some_places() if links else self._no_places(), self)
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        if picker is not None:
            picker.picked.connect(self.add)
            picker.message.connect(self.note.setText)
            picker.stopped.connect(lambda: self.pick_button.setChecked(False))
        for table, uuid in links:
            self._append(table, uuid)
        self._update_buttons()

    def _no_places(self) -> str:
        return self.tr("No places linked yet: press Pick on Map and click proposals, audit points or pins.")

    def _some_places(self) -> str:
        return self.tr("Pick on Map adds more; select a place and press Remove to unlink it.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and \
                event.matches(QKeySequence.StandardKey.Delete) and self.list.selectedItems():  # type: ignore[attr-defined]
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def links(self) -> list[tuple[str, str]]:
        return [tuple(self.list.item(i).data(LINK_ROLE)) for i in range(self.list.count())]  # type: ignore[misc]

    def _append(self, table: str, uuid: str) -> None:
        item = QListWidgetItem(place_label(self._store, table, uuid))
        item.setData(LINK_ROLE, (table, uuid))
        self.list.addItem(item)

    def add(self, table: str, uuid: str) -> None:
        if (table, uuid) in self.links():
            self.note.setText(translate("Plan", LINKED_ALREADY[table]) if table in LINKED_ALREADY
                              else self.tr("That place is linked already"))
            return
        self._append(table, uuid)
        self.list.setCurrentRow(self.list.count() - 1, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.note.setText(arg(self.tr("Linked %1", "%1: a place, e.g. Proposal: Lights on Soko St"), place_label(self._store, table, uuid)))
        self._update_buttons()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        if not self.list.count() and not self.pick_button.isChecked():
            self.note.setText(self._no_places())

    def _pick_toggled(self, on: bool) -> None:
        if self.picker is None:
            return
        if on and not self.picker.active:
            if not self.picker.start():
                self.pick_button.setChecked(False)
        elif not on:
            self.picker.stop()

    def stop_picking(self) -> None:
        if self.picker is not None:
            self.picker.stop()


class PartnersField(QListWidget):
    def __init__(self, people: Sequence[Stakeholder], chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportingPartners")
        self.setMinimumHeight(80)
        for person in people:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.uuid in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)

    def chosen(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked
                and self.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]

    def set_excluded(self, uuid: str | None) -> None:
        """The responsible partner: shown unticked and disabled, since they lead rather than support."""
        for i in range(self.count()):
            item = self.item(i)
            excluded = item.data(Qt.ItemDataRole.UserRole) == uuid
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if excluded else flags | Qt.ItemFlag.ItemIsEnabled)
            if excluded:
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Responsible for this action") if excluded else "")
