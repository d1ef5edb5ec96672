"""The rows of the Action Plan table and the filter over them.

Contract:
- ``load_rows(store)`` reads every action with what its row shows: priority (from
  votes or set by hand, ``core.actions.effective_priorities``), title, status, when,
  responsible partner, supporting partners, principle, approach, cost and the number
  of linked places. ``ActionTableModel.set_rows(rows)`` shows them.
- ``SORT_ROLE`` gives sortable values (numbers for priority, cost and places; blank
  ones sort last); ``UUID_ROLE`` the action's uuid; ``ROW_ROLE`` its ``ActionRow``.
- ``ActionFilter`` keeps rows matching every chosen key (``ALL`` matches any):
  status, timeframe (a TIMEFRAMES key, ``DATED`` = has a start or end date,
  ``UNSCHEDULED`` = neither), principle, and responsible partner (a stakeholder uuid
  or ``NOBODY``). Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from cosafe.core.actions import effective_priorities
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Action, ActionLink, ActionPartner, Stakeholder
from cosafe.core.vocabulary import ACTION_STATUSES, PREVENTION_APPROACHES, label_of
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.plan.action_places import priority_text, when_text
from cosafe.ui.features.plan.words import Plan
from cosafe.ui.features.proposals.api import cost_text, principle_text
from cosafe.ui.kit.fields import ALL
from cosafe.ui.kit.table_model import LAST, ROW_ROLE, SORT_ROLE, Index, RowTableModel

# Headings (translated where shown, ``headerData``); the English ones are the columns' names in code.
COLUMNS = (QT_TRANSLATE_NOOP("ActionTableModel", "Priority"), QT_TRANSLATE_NOOP("ActionTableModel", "Title"),
           QT_TRANSLATE_NOOP("ActionTableModel", "Status"), QT_TRANSLATE_NOOP("ActionTableModel", "When"),
           QT_TRANSLATE_NOOP("ActionTableModel", "Responsible"), QT_TRANSLATE_NOOP("ActionTableModel", "Principle"),
           QT_TRANSLATE_NOOP("ActionTableModel", "Approach"), QT_TRANSLATE_NOOP("ActionTableModel", "Cost"),
           QT_TRANSLATE_NOOP("ActionTableModel", "Places"))
PRIORITY, TITLE, STATUS, WHEN, RESPONSIBLE, PRINCIPLE, APPROACH, COST, PLACES = range(len(COLUMNS))
DATED, UNSCHEDULED, NOBODY = "__dated__", "__unscheduled__", "__nobody__"


@dataclass
class ActionRow:
    action: Action
    priority: int | None
    responsible: str  # name, "" for nobody
    supporting: list[str]
    places: int

    @property
    def uuid(self) -> str:
        return self.action.uuid

    def text(self, column: int) -> str:
        a = self.action
        values = (priority_text(self.priority, a.priority_from_votes), a.title, label_of(ACTION_STATUSES, a.status),
                  when_text(a), self.responsible or "—", principle_text(a.cpted_principle),
                  label_of(PREVENTION_APPROACHES, a.prevention_approach) if a.prevention_approach else "—",
                  cost_text(a.cost_estimate), str(self.places))
        return values[column]

    def sort_key(self, column: int) -> Any:
        if column == PRIORITY:
            return LAST if self.priority is None else self.priority
        if column == COST:
            return LAST if self.action.cost_estimate is None else self.action.cost_estimate
        if column == PLACES:
            return self.places
        if column == STATUS:  # in the order work moves on, not alphabetically
            keys = [key for key, _label in ACTION_STATUSES]
            return keys.index(self.action.status) if self.action.status in keys else len(keys)
        return self.text(column).casefold()

    def tooltip(self) -> str:
        supporting = ", ".join(self.supporting) or Plan.tr("none", "no supporting partners")
        return arg(Plan.tr("%1\nResponsible: %2\nSupporting: %3", "%1: an action's title; %2, %3: partners' names"),
                   self.action.title, self.responsible or Plan.tr("nobody yet"), supporting)


def load_rows(store: ProjectStore | None) -> list[ActionRow]:
    if store is None:
        return []
    names = {s.uuid: s.name for s in store.list(Stakeholder)}
    supporting: dict[str, list[str]] = {}
    for partner in store.list(ActionPartner):
        if partner.stakeholder_uuid in names:
            supporting.setdefault(partner.action_uuid, []).append(names[partner.stakeholder_uuid])
    places: dict[str, int] = {}
    for link in store.list(ActionLink):
        places[link.action_uuid] = places.get(link.action_uuid, 0) + 1
    priorities = effective_priorities(store)
    return [ActionRow(action, priorities.get(action.uuid), names.get(action.responsible_uuid or "", ""),
                      supporting.get(action.uuid, []), places.get(action.uuid, 0))
            for action in store.list(Action)]


class ActionTableModel(RowTableModel):
    columns = COLUMNS
    numeric = (PRIORITY, COST, PLACES)

    def row_data(self, row: ActionRow, column: int, role: int) -> Any:
        return row.tooltip() if role == Qt.ItemDataRole.ToolTipRole else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title, unit = translate("ActionTableModel", self.columns[section]), self._units.get(section)
            return arg(self.tr("%1 (%2)", "a column heading and its unit, e.g. Cost (KES)"), title, unit) if unit \
                else title
        return super().headerData(section, orientation, role)


class ActionFilter(QSortFilterProxyModel):
    """Rows whose status, timeframe, principle and responsible partner match the chosen keys."""

    FIELDS = ("status", "timeframe", "principle", "responsible")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.keys = {name: ALL for name in self.FIELDS}
        self.setSortRole(SORT_ROLE)

    def set_key(self, name: str, key: str) -> None:
        self.beginFilterChange()
        self.keys[name] = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row: ActionRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and matches(row.action, self.keys)


def matches(action: Action, keys: dict[str, str]) -> bool:
    """Whether ``action`` passes the filter ``keys`` (see ActionFilter)."""
    status, timeframe, principle, responsible = (keys.get(name, ALL) for name in ActionFilter.FIELDS)
    dated = bool(action.starts_on or action.ends_on)
    if status != ALL and action.status != status:
        return False
    if timeframe == DATED and not dated:
        return False
    if timeframe == UNSCHEDULED and (dated or action.timeframe):
        return False
    if timeframe not in (ALL, DATED, UNSCHEDULED) and action.timeframe != timeframe:
        return False
    if principle != ALL and action.cpted_principle != principle:
        return False
    if responsible == NOBODY:
        return action.responsible_uuid is None
    return responsible == ALL or action.responsible_uuid == responsible
