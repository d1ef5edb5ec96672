"""The Action Plan dock: the actions as a sortable, filterable table and as a timeline board.

Contract:
- ``set_session(session | None)``; re-reads on Change.PLAN (priorities also on
  PROPOSALS / VOTES), at once when on screen, else when next shown (``RefreshWhenShown``).
- Filters above both tabs: status, timeframe (short / medium / long / dated / not
  scheduled), CPTED principle, responsible partner; each with an "All" entry. The
  Table tab sorts by any column (priority first); the Timeline tab
  (``action_timeline``) groups the same filtered actions by timeframe.
- New… / Edit… (double-click, Enter) open the ``ActionEditor`` (one at a time, not
  modal, so places can be picked on the map while it is open); Delete removes the
  selected action with ``core.actions.delete_action_edit``: ONE undo step each.
  ``edit_command`` / ``delete_command`` are the QActions the Plan menu shows.
  Read-only projects: New, Edit and Delete are disabled; the lists stay readable.
- ``select(uuid)`` selects an action in the table and timeline; ``selected_uuid()``.
- ``picker_host`` is the ``PickSources`` whose map the editor picks places on (or None).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from cosafe.core.actions import delete_action_edit
from cosafe.core.changes import Change
from cosafe.core.records import Stakeholder
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import ACTION_STATUSES, TIMEFRAMES, choices
from cosafe.ui.kit import dialogs
from cosafe.ui.features.plan.action_table_model import COLUMNS, COST, DATED, NOBODY, PRIORITY, TITLE, UNSCHEDULED, ActionFilter, ActionTableModel, load_rows
from cosafe.ui.kit.table_model import UUID_ROLE
from cosafe.ui.session import editable
from cosafe.ui.features.plan.action_timeline import ActionTimeline
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.record_table import read_only_rows
from cosafe.ui.kit.actions import make_action
from cosafe.ui.kit.icons import icon
from cosafe.ui.kit.fields import ALL
from cosafe.ui.kit.refresh import RefreshWhenShown
from cosafe.ui.features.proposals.api import principle_filter_combo
from cosafe.ui.kit.fields import compact
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.numbers import grouped

WATCHED = Change.PLAN | Change.PROPOSALS | Change.VOTES | Change.PROJECT  # PROJECT: the currency
EMPTY_TEXT = QT_TRANSLATE_NOOP("ActionsPanel", "No actions yet. Select a proposal and choose Plan › Create Action from Proposal, or press New… to write one.")
MAX_TITLE, MAX_COLUMN = 260, 170


class ActionsPanel(RefreshWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsPanel")
        self._session: Any = None
        self.picker_host: Any = None
        self.editor: Any = None
        self.model = ActionTableModel(self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.status_filter = self._filter_combo(self.tr("All statuses"), choices(ACTION_STATUSES))
        self.timeframe_filter = self._filter_combo(
            self.tr("Any time"), (*choices(TIMEFRAMES), (DATED, self.tr("Has dates")), (UNSCHEDULED, self.tr("Not scheduled"))))
        self.principle_filter = compact(principle_filter_combo(self), 8)
        self.partner_filter = compact(QComboBox(self), 8)
        filter_words = {
            "status": (self.tr("Filter actions by status"), self.tr("Show only actions with this status")),
            "timeframe": (self.tr("Filter actions by timeframe"), self.tr("Show only actions with this timeframe")),
            "principle": (self.tr("Filter actions by principle"), self.tr("Show only actions with this principle")),
            "responsible": (self.tr("Filter actions by partner"), self.tr("Show only actions with this partner")),
        }
        for name, combo in zip(ActionFilter.FIELDS, (self.status_filter, self.timeframe_filter,
                                                     self.principle_filter, self.partner_filter)):
            combo.setObjectName(f"{name}Filter")
            describe(combo, *filter_words[name])
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self._filter_changed(n, c.currentData()))

        self.table = QTableView(self)
        read_only_rows(self.table, "actionTable")
        describe(self.table, self.tr("Actions"), self.tr("The plan's actions; Enter or double-click opens one, Delete removes it"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(44)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._table_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())  # double-click or Enter
        self.timeline = ActionTimeline(self)
        self.timeline.action_selected.connect(self.select)
        self.timeline.edit_requested.connect(lambda uuid: (self.select(uuid), self.edit_selected()))
        # The board shows what the table shows: the same filtered rows.
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset):
            signal.connect(self._show_timeline)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        self.new_button = QPushButton(icon("proposal"), self.tr("&New…"), self)
        self.new_button.setToolTip(self.tr("Write a new action from scratch"))
        self.new_button.clicked.connect(lambda: self.new_action())
        self.edit_command = make_action(self, self.tr("&Edit Action…"), "properties", "",
                                        self.tr("Open the selected action in the action editor"), self.edit_selected)
        self.delete_command = make_action(self, self.tr("&Delete Action"), "remove", "",
                                          self.tr("Remove the selected action from the plan (the places stay)"),
                                          self.delete_selected)
        self.delete_command.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_command.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_command)  # Delete in the table removes the selected action
        self.edit_button = QPushButton(self.tr("Edit…"), self)  # no mnemonic: Alt+letters in the window open the menus
        self.edit_button.setToolTip(self.tr("Open the selected action in the action editor"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Remove the selected action from the plan (the places stay)"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("panelHint")
        self.count_label.setWordWrap(True)

        filters = QGridLayout()
        filters.setSpacing(4)
        for column, combo in enumerate((self.status_filter, self.timeframe_filter, self.principle_filter,
                                        self.partner_filter)):
            filters.addWidget(combo, 0, column)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.set_session(None)

    def _filter_combo(self, all_text: str, choices) -> QComboBox:
        combo = compact(QComboBox(self), 8)
        combo.addItem(all_text, ALL)
        for key, label in choices:
            combo.addItem(label, key)
        return combo

    # -- the project ----------------------------------------------------------------------

    def set_session(self, session: Any) -> None:
        if self.editor is not None:
            self.editor.close()
        self._session = follow(self._session, session, "changed", self._on_changed)
        self._fitted = False
        # The tab starts behind Analysis: read the actions when it is first shown. Until
        # then no row (and no selection) of another project is left to act on.
        self.model.set_rows([])
        self.update_commands()
        self.refresh_soon()


    def _on_changed(self, change: Change) -> None:
        if change & WATCHED:
            self.refresh_soon()

    def refresh(self) -> None:
        keep = self.selected_uuid()
        store = self._session.store if self._session is not None else None
        self._fill_partners(store.list(Stakeholder, order_by="name") if store is not None else [])
        self.model.set_rows(load_rows(store))
        self.model.set_unit(COST, store.currency if store is not None else "")
        if not self._fitted and self.model.rows:
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(len(COLUMNS)):
                header.resizeSection(column, min(header.sectionSize(column), MAX_TITLE if column == TITLE
                                                 else MAX_COLUMN))
            self._fitted = True
        self.select(keep)
        self._update_count()
        self.update_commands()

    def _fill_partners(self, people: list[Stakeholder]) -> None:
        combo, keep = self.partner_filter, self.partner_filter.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any partner"), ALL)
        combo.addItem(self.tr("Nobody responsible yet"), NOBODY)
        for person in people:
            combo.addItem(person.name, person.uuid)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        self.proxy.set_key("responsible", combo.currentData())

    def _filter_changed(self, name: str, key: str) -> None:
        self.proxy.set_key(name, key)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count_label.setText(translate("ActionsPanel", EMPTY_TEXT) if self._session is not None else "")
        else:
            self.count_label.setText(arg(self.tr("%1 of %Ln actions shown", "", total), grouped(shown))
                                     if shown != total else self.tr("%Ln actions", "", total))

    def _show_timeline(self, *_args) -> None:
        rows = [self.proxy.index(r, 0).data(UUID_ROLE) for r in range(self.proxy.rowCount())]
        shown = set(rows)
        self.timeline.show_rows([row for row in self.model.rows if row.action.uuid in shown])
        self.timeline.select(self.selected_uuid())

    # -- selection and commands -------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(UUID_ROLE) if rows else None

    def select(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid) if uuid else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        selection = self.table.selectionModel()
        if index is None or not index.isValid():
            selection.clearSelection()
        else:
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self.timeline.select(self.selected_uuid())
        self.update_commands()

    def _table_selected(self) -> None:
        self.timeline.select(self.selected_uuid())
        self.update_commands()

    def update_commands(self) -> None:
        has = self.selected_uuid() is not None
        self.new_button.setEnabled(editable(self._session))
        for widget in (self.edit_button, self.edit_command):
            widget.setEnabled(editable(self._session) and has)
        for widget in (self.delete_button, self.delete_command):
            widget.setEnabled(editable(self._session) and has)

    def new_action(self) -> None:
        self.open_editor(None)

    def edit_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is not None:
            self.open_editor(uuid)

    def open_editor(self, uuid: str | None) -> Any:
        """Open the action editor on ``uuid`` (None: a new action); returns it, or None if not editable."""
        if not editable(self._session):
            return None
        from cosafe.ui.features.plan.action_editor import ActionEditor

        if self.editor is not None:
            self.editor.close()
        editor = ActionEditor(self._session, uuid, self.picker_host, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.select)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._editor_gone(e))
        self.editor = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_gone(self, editor: Any) -> None:
        if self.editor is editor:
            self.editor = None

    def delete_selected(self) -> bool:
        uuid, session = self.selected_uuid(), self._session
        if uuid is None or session is None or not editable(self._session):
            return False
        try:
            edit = delete_action_edit(session.store, uuid)
        except KeyError as error:
            dialogs.show_error(self, self.tr("The action was not deleted"), str(error).strip("'\""))
            return False
        return session.perform(edit)
