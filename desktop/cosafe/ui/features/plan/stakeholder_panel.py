"""The Stakeholders dock: the register as a sortable table above its influence–interest grid.

Contract:
- ``set_session(session | None)`` shows that project's stakeholders; it re-reads on
  Change.PLAN, at once when on screen, else when next shown (``RefreshWhenShown``).
- Columns: name, sector, role, influence, interest, and "Contact": only the words
  ``PRIVATE_CONTACT`` when a contact person is on file, never the contact itself.
- Add… / Edit… (also double-click or Enter) open ``StakeholderDialog``; Delete
  removes the selected stakeholder with ``core.actions.delete_stakeholder_edit``
  (actions lose them as responsible or supporting partner, in the same undo step).
  Each is ONE edit through ``session.perform``; an edit that changes nothing
  performs nothing. Read-only projects: Add, Edit and Delete are disabled.
- The table and the grid select together: clicking a point selects its row.
  ``selected_uuid()`` is the selected stakeholder's UUID or None.
- ``ask_values(stakeholder | None)`` runs the dialog and returns its values or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from cosafe.core.actions import delete_stakeholder_edit, new_stakeholder_edit, update_stakeholder_edit
from cosafe.core.changes import Change
from cosafe.core.edits import Edit
from cosafe.core.records import Stakeholder
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import STAKEHOLDER_SECTORS, label_of
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.record_table import read_only_rows, select_row
from cosafe.ui.session import ProjectSession, editable
from cosafe.ui.kit.refresh import RefreshWhenShown
from cosafe.ui.features.plan.stakeholder_dialog import StakeholderDialog
from cosafe.ui.kit.accessibility import describe, tab_order

# Marked text, translated where shown (``translate("StakeholderPanel", …)``).
PRIVATE_CONTACT = QT_TRANSLATE_NOOP("StakeholderPanel", "private contact on file")
# The grid's quadrants (``stakeholder_grid``), here without loading pyqtgraph for the table.
QUADRANT_NAMES = {(True, True): QT_TRANSLATE_NOOP("StakeholderPanel", "manage closely"),
                  (True, False): QT_TRANSLATE_NOOP("StakeholderPanel", "keep satisfied"),
                  (False, True): QT_TRANSLATE_NOOP("StakeholderPanel", "keep informed"),
                  (False, False): QT_TRANSLATE_NOOP("StakeholderPanel", "monitor")}
COLUMNS = (QT_TRANSLATE_NOOP("StakeholderPanel", "Name"), QT_TRANSLATE_NOOP("StakeholderPanel", "Sector"),
           QT_TRANSLATE_NOOP("StakeholderPanel", "Role"), QT_TRANSLATE_NOOP("StakeholderPanel", "Influence"),
           QT_TRANSLATE_NOOP("StakeholderPanel", "Interest"), QT_TRANSLATE_NOOP("StakeholderPanel", "Contact"))
NAME, SECTOR, ROLE, INFLUENCE, INTEREST, CONTACT = range(len(COLUMNS))
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
EMPTY_TEXT = QT_TRANSLATE_NOOP("StakeholderPanel", "No stakeholders yet. Add the departments, businesses, community "
                               "groups and NGOs the plan needs.")


def quadrant(influence: int, interest: int) -> str:
    """The influence–interest grid's advice for these scores (3 and above count as high), in the reader's language."""
    return translate("StakeholderPanel", QUADRANT_NAMES[(influence >= 3, interest >= 3)])


class StakeholderPanel(RefreshWhenShown, QWidget):
    """The register of one project: table, buttons and grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderPanel")
        self._session: ProjectSession | None = None
        self._syncing = False
        self.table = QTableWidget(0, len(COLUMNS), self)
        read_only_rows(self.table, "stakeholderTable")
        describe(self.table, self.tr("Stakeholders"), self.tr("The stakeholder register; Enter or double-click edits one"))
        self.table.setHorizontalHeaderLabels([translate("StakeholderPanel", title) for title in COLUMNS])
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.itemSelectionChanged.connect(self._table_selection_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())  # double-click or Enter

        self.add_button = QPushButton(self.tr("Add…"), self)  # no mnemonic: Alt+letters in the window open the menus
        self.add_button.setToolTip(self.tr("Add a stakeholder to the register"))
        self.add_button.clicked.connect(self.add_stakeholder)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected stakeholder"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Remove the selected stakeholder; actions lose them as a partner"))
        self.delete_button.clicked.connect(self.delete_selected)
        # The Delete key in the table does the same; the button shows the state.
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only in this table: others have their own
        delete_key.activated.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab_order(self.add_button, self.edit_button, self.delete_button, self.table)  # the buttons are above
        self.count_label = QLabel(self)
        self.count_label.setObjectName("panelHint")
        self.count_label.setWordWrap(True)

        self.grid: Any = None  # StakeholderGrid, made with the first project: pyqtgraph loads late
        self.grid_holder = QWidget(self)
        QVBoxLayout(self.grid_holder).setContentsMargins(0, 0, 0, 0)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        # Side by side: the dock sits in the wide, low bottom area.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.grid_holder)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])  # the table's wish for width would otherwise squeeze the grid
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.set_session(None)

    # -- the project ---------------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self.refresh_soon()  # the tab is often behind another: its chart waits until it is shown


    def _on_changed(self, change: Change) -> None:
        if change & Change.PLAN:
            self.refresh_soon()

    def stakeholders(self) -> list[Stakeholder]:
        return self._session.store.list(Stakeholder, order_by="name") if self._session is not None else []

    def refresh(self) -> None:
        if self._session is not None and self.grid is None:
            from cosafe.ui.features.plan.stakeholder_grid import StakeholderGrid

            self.grid = StakeholderGrid(self.grid_holder)
            self.grid.stakeholder_clicked.connect(self.select)
            self.grid_holder.layout().addWidget(self.grid)
            tab_order(self.table, self.grid.plot)  # made late, it joined the end of the window's Tab chain
        keep = self.selected_uuid()
        people = self.stakeholders()
        self._syncing = True
        try:
            self.table.setSortingEnabled(False)  # rows are filled in place; sort once at the end
            self.table.setRowCount(len(people))
            for row, person in enumerate(people):
                sector = label_of(STAKEHOLDER_SECTORS, person.sector)
                cells = (person.name, sector, person.role, person.influence, person.interest,
                         translate("StakeholderPanel", PRIVATE_CONTACT) if person.contact_person else "")
                for column, value in enumerate(cells):
                    item = QTableWidgetItem()
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    item.setData(UUID_ROLE, person.uuid)
                    if column in (INFLUENCE, INTEREST):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(arg(self.tr("%1: %2", "a stakeholder's name: the grid's advice, e.g. keep informed"), person.name,
                                          quadrant(person.influence, person.interest)))
                    self.table.setItem(row, column, item)
            self.table.setSortingEnabled(True)
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(len(COLUMNS)):
                header.resizeSection(column, min(header.sectionSize(column), 200))
        finally:
            self._syncing = False
        if self.grid is not None:
            self.grid.show_stakeholders(people)
        self.select(keep)
        self.count_label.setText(translate("StakeholderPanel", EMPTY_TEXT) if self._session is not None and not people
                                 else self.tr("%Ln stakeholders", "", len(people)) if people else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_uuid() is not None
        self.add_button.setEnabled(editable(self._session))
        self.edit_button.setEnabled(editable(self._session) and has)
        self.delete_button.setEnabled(editable(self._session) and has)

    # -- selection -----------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(UUID_ROLE) if rows else None

    def select(self, uuid: str | None) -> None:
        """Select ``uuid``'s row (and ring its point); None clears the selection."""
        self._syncing = True
        try:
            self.table.clearSelection()
            for row in range(self.table.rowCount()):
                item = self.table.item(row, NAME)
                if uuid is not None and item is not None and item.data(UUID_ROLE) == uuid:
                    select_row(self.table, row)
                    self.table.scrollToItem(item)
                    break
        finally:
            self._syncing = False
        self._ring_selected()
        self._update_buttons()

    def _ring_selected(self) -> None:
        if self.grid is not None:
            self.grid.set_selected(self.selected_uuid())

    def _table_selection_changed(self) -> None:
        if not self._syncing:
            self._ring_selected()
            self._update_buttons()

    # -- edits ---------------------------------------------------------------------------

    def ask_values(self, stakeholder: Stakeholder | None) -> dict[str, Any] | None:
        dialog = StakeholderDialog(stakeholder, self)
        try:
            return dialog.values() if dialog.exec() == StakeholderDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def add_stakeholder(self) -> bool:
        if not editable(self._session):
            return False
        values = self.ask_values(None)
        if values is None:
            return False
        person = Stakeholder(**values)
        if self._perform(lambda: new_stakeholder_edit(person)):
            self.refresh()
            self.select(person.uuid)
            return True
        return False

    def edit_selected(self) -> bool:
        uuid, session = self.selected_uuid(), self._session
        if uuid is None or session is None or not editable(self._session):
            return False
        person = session.store.get(Stakeholder, uuid)
        values = self.ask_values(person) if person is not None else None
        if values is None:
            return False
        return self._perform(lambda: update_stakeholder_edit(session.store, uuid, values))

    def delete_selected(self) -> bool:
        uuid, session = self.selected_uuid(), self._session
        if uuid is None or session is None or not editable(self._session):
            return False
        return self._perform(lambda: delete_stakeholder_edit(session.store, uuid))

    def _perform(self, build: Callable[[], Edit | None]) -> bool:
        """Build the edit and perform it; a value the core refuses is told in one line."""
        session = self._session
        if session is None:
            return False
        try:
            edit = build()
        except (ValueError, KeyError) as error:
            dialogs.show_error(self, self.tr("The stakeholder was not saved"), str(error).strip("'\""))
            return False
        return edit is not None and session.perform(edit)
