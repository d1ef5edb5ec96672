"""The Proposals dock: every proposal in a sortable table, filtered by workshop, group and principle.

Contract:
- ``set_session(session | None)`` shows that project's proposals and re-reads them
  on Change.PROPOSALS / VOTES / WORKSHOPS (the selection survives the re-read); an
  edit of proposals alone updates just their rows.
- Filters: workshop, group (the groups of the chosen workshop) and principle, each
  with an "All" entry. Clicking a column header sorts; numbers sort as numbers.
- ``set_selection(selection | None)`` keeps the table's selected rows and the
  ``ProposalSelection`` in step both ways, without echoing back and forth.
- Double-click (or Enter) emits ``zoom_requested(min_lon, min_lat, max_lon, max_lat)``
  with the proposal's bounds, padded so a single point is not a zero-size box.
- Its context menu offers "Create Action from Proposal" for the one proposal under
  the cursor: it emits ``create_action_requested(uuid)`` (the plan UI makes the action).
The table never writes to the project.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHeaderView, QLabel, QMenu, QTableView,
                               QVBoxLayout, QWidget)

from cosafe.core.changes import Change
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Group, Proposal, Workshop
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.record_table import read_only_rows
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.kit.fields import ALL
from cosafe.ui.map.symbols import group_icon
from cosafe.ui.kit.refresh import RefreshWhenShown
from cosafe.ui.features.proposals.fields import principle_filter_combo
from cosafe.ui.kit.fields import compact
from cosafe.ui.features.proposals.table_model import (COLUMNS, COST, GROUP_ROLE, NUMBER, PRINCIPLE_ROLE, RANK, TITLE, VOTES,
                                                      WORKSHOP_ROLE, ProposalTableModel)
from cosafe.ui.kit.table_model import SORT_ROLE, UUID_ROLE
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.numbers import grouped

MIN_SPAN = 0.0006  # degrees (~60 m): zooming to a point shows its street, not one paving stone
MAX_TITLE, MAX_COLUMN = 220, 170  # pixels
EMPTY_TEXT = QT_TRANSLATE_NOOP("ProposalTablePanel", "No proposals yet. Groups draw them on the map with the sketch tools.")


class ProposalFilter(QSortFilterProxyModel):
    """Keeps rows whose workshop, group and principle match the chosen keys (ALL matches any)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = {WORKSHOP_ROLE: ALL, GROUP_ROLE: ALL, PRINCIPLE_ROLE: ALL}
        self.setSortRole(SORT_ROLE)

    def set_key(self, role: int, key: str) -> None:
        self.beginFilterChange()
        self.keys[role] = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return all(key == ALL or index.data(role) == key for role, key in self.keys.items())


class ProposalTablePanel(RefreshWhenShown, QWidget):
    zoom_requested = Signal(float, float, float, float)
    create_action_requested = Signal(str)  # proposal uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalTablePanel")
        self._session: ProjectSession | None = None
        self._selection: ProposalSelection | None = None
        self._syncing = False  # set while we pass a selection on, so it does not echo back
        self._columns_fitted = False
        self.model = ProposalTableModel(self)
        self.proxy = ProposalFilter(self)
        self.proxy.setSourceModel(self.model)

        self.workshop_filter = QComboBox(self)
        self.group_filter = QComboBox(self)
        self.principle_filter = principle_filter_combo(self)
        describe(self.workshop_filter, self.tr("Filter by workshop"), self.tr("Show only this workshop's proposals"))
        describe(self.group_filter, self.tr("Filter by group"), self.tr("Show only this group's proposals"))
        describe(self.principle_filter, self.tr("Filter by principle"), self.tr("Show only proposals for this CPTED principle"))
        for combo, role in ((self.workshop_filter, WORKSHOP_ROLE), (self.group_filter, GROUP_ROLE),
                            (self.principle_filter, PRINCIPLE_ROLE)):
            compact(combo, 6)
            combo.currentIndexChanged.connect(lambda _i, c=combo, r=role: self._filter_changed(r, c.currentData()))
        self.table = QTableView(self)
        describe(self.table, self.tr("Proposals"), self.tr("The proposals, ranked; double-click zooms the map to one"))
        read_only_rows(self.table, "proposalTable", multi=True)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(44)
        # Number, rank and votes next to the title: in a dock the right-hand columns are
        # off-screen; the number is what the map's badges show, and during voting rank
        # and votes are what the room looks at.
        header.moveSection(header.visualIndex(NUMBER), 0)
        header.moveSection(header.visualIndex(RANK), 1)
        header.moveSection(header.visualIndex(VOTES), 3)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact: 20 proposals fit a dock
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.table.doubleClicked.connect(self._zoom_to_row)
        self.table.activated.connect(self._zoom_to_row)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("panelHint")
        self.count_label.setWordWrap(True)

        # Two rows when narrow is better than a dock that cannot be narrow: the workshop
        # on top, group and principle under it; they share whatever width there is.
        filters = QGridLayout()
        filters.setSpacing(4)
        filters.addWidget(self.workshop_filter, 0, 0, 1, 2)
        filters.addWidget(self.group_filter, 1, 0)
        filters.addWidget(self.principle_filter, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.set_session(None)

    # -- session, filters ----------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self._columns_fitted = False
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if self._session is None:
            return
        if change & Change.PROJECT:
            self.model.set_unit(COST, self._session.store.currency)
        if not change & (Change.PROPOSALS | Change.VOTES | Change.WORKSHOPS):
            return
        # One drawn stroke touches one proposal: update its row rather than re-reading
        # (and re-sorting) thousands.
        touched = self._session.touched_only("proposals")
        if touched is not None and not self._stale:
            self._syncing = True
            try:
                updated = self.model.update_proposals(self._session.store, touched)
            finally:
                self._syncing = False
            if updated:
                self._show_selection(self._selection.selected_uuids if self._selection is not None else [])
                self._update_count()
                return
        self.refresh_soon()

    def refresh(self) -> None:
        store = self._session.store if self._session is not None else None
        self._fill_workshops(store.list(Workshop, order_by="held_on, fid") if store else [])
        self._fill_groups()
        self._syncing = True
        try:
            self.model.load(store)
            self.model.set_unit(COST, store.currency if store is not None else "")
        finally:
            self._syncing = False
        self._show_selection(self._selection.selected_uuids if self._selection is not None else [])
        if not self._columns_fitted and self.model.rows:
            # Once per project: measuring every cell costs more than the edit it follows.
            self._fit_columns()
            self._columns_fitted = True
        self._update_count()

    def _fit_columns(self) -> None:
        # Fit to contents, but within MAX_TITLE / MAX_COLUMN: a long title is
        # elided (the tooltip shows it whole) rather than pushing votes and rank away.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # look at 200 rows, not every one of thousands
        self.table.resizeColumnsToContents()
        for column in range(len(COLUMNS)):
            limit = MAX_TITLE if column == TITLE else MAX_COLUMN
            header.resizeSection(column, min(header.sectionSize(column), limit))

    def _fill_workshops(self, workshops: list[Workshop]) -> None:
        combo, keep = self.workshop_filter, self.workshop_filter.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All workshops"), ALL)
        for workshop in workshops:
            combo.addItem(workshop.title or self.tr("Untitled workshop"), workshop.uuid)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        self.proxy.set_key(WORKSHOP_ROLE, combo.currentData())

    def _fill_groups(self) -> None:
        combo, keep = self.group_filter, self.group_filter.currentData()
        workshop = self.workshop_filter.currentData()
        store = self._session.store if self._session is not None else None
        groups = store.list(Group, order_by="name") if store else []
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), ALL)
        for group in groups:
            if workshop in (ALL, group.workshop_uuid):
                combo.addItem(group_icon(group.colour), group.name or self.tr("Unnamed group"), group.uuid)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        self.proxy.set_key(GROUP_ROLE, combo.currentData())

    def _filter_changed(self, role: int, key: str) -> None:
        self.proxy.set_key(role, key)
        if role == WORKSHOP_ROLE:
            self._fill_groups()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count_label.setText(translate("ProposalTablePanel", EMPTY_TEXT) if self._session is not None else "")
        else:
            self.count_label.setText(arg(self.tr("%1 of %Ln proposals shown", "", total), grouped(shown))
                                     if shown != total else self.tr("%Ln proposals", "", total))

    # -- selection --------------------------------------------------------------------------

    def set_selection(self, selection: ProposalSelection | None) -> None:
        self._selection = follow(self._selection, selection, "selection_changed", self._show_selection)
        if selection is not None:
            self._show_selection(selection.selected_uuids)

    def selected_uuids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(UUID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _show_selection(self, uuids: list[str]) -> None:
        if self._syncing:
            return
        wanted = QItemSelection()
        for uuid in uuids:
            row = self.model.row_of(uuid)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    wanted.select(index, index.siblingAtColumn(len(COLUMNS) - 1))
        self._syncing = True
        try:
            self.table.selectionModel().select(wanted, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if not wanted.isEmpty():
                # By its rank cell (first on screen): scrolling to the title would
                # scroll the narrow dock sideways and hide the rank.
                self.table.scrollTo(wanted.indexes()[0].siblingAtColumn(RANK))
        finally:
            self._syncing = False

    def _table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing or self._selection is None:
            return
        self._syncing = True
        try:
            self._selection.select(self.selected_uuids())
        finally:
            self._syncing = False

    def _zoom_to_row(self, index: QModelIndex) -> None:
        store = self._session.store if self._session is not None else None
        proposal = store.get(Proposal, index.data(UUID_ROLE)) if store else None
        if proposal is None or proposal.geom is None or proposal.geom.is_empty:
            return
        min_x, min_y, max_x, max_y = proposal.geom.bounds
        pad_x, pad_y = max(0.0, (MIN_SPAN - (max_x - min_x)) / 2), max(0.0, (MIN_SPAN - (max_y - min_y)) / 2)
        self.zoom_requested.emit(min_x - pad_x, min_y - pad_y, max_x + pad_x, max_y + pad_y)

    def context_menu_for(self, index: QModelIndex) -> QMenu | None:
        """The context menu of the row at ``index`` (None off the rows)."""
        uuid = index.data(UUID_ROLE) if index.isValid() else None
        if uuid is None:
            return None
        menu = QMenu(self)
        create = menu.addAction(self.tr("Create Action from Proposal"))
        create.setEnabled(self._session is not None and not self._session.is_read_only)
        create.triggered.connect(lambda: self.create_action_requested.emit(uuid))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu_for(self.table.indexAt(position))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(position))
            menu.deleteLater()
