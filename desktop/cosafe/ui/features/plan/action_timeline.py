"""The Timeline tab: the plan's actions as a board, one column per timeframe.

Contract:
- ``ActionTimeline.show_rows(rows)`` (``action_table_model.ActionRow``s, already
  filtered) puts each action in one column: "Short term", "Medium term", "Long
  term" by its timeframe; an action with dates but no timeframe under "Dated",
  ordered by start date; the rest under "Not scheduled" (these two hidden when empty). Within
  a timeframe column actions go by priority (unranked last), then title.
- Each card reads: priority and title; status · responsible partner; dates when set;
  a small square in the status's colour.
- Clicking a card emits ``action_selected(uuid)``, double-click or Enter
  ``edit_requested(uuid)``. ``columns`` maps a column key to its list widget and
  ``column_titles(key)`` lists the titles in it, top to bottom (for tests).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import ACTION_STATUSES, TIMEFRAMES, label_of
from cosafe.ui.features.plan.action_table_model import ActionRow
from cosafe.ui.features.plan.words import Plan
from cosafe.ui.kit.swatch import swatch
from cosafe.ui.kit.accessibility import describe

DATED, UNSCHEDULED = "dated", "unscheduled"
# Marked titles (TIMEFRAMES' in "Vocabulary"), translated where shown: ``column_title``.
COLUMN_TITLES = (*TIMEFRAMES, (DATED, QT_TRANSLATE_NOOP("ActionTimeline", "Dated")),
                 (UNSCHEDULED, QT_TRANSLATE_NOOP("ActionTimeline", "Not scheduled")))
UUID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {"proposed": "#546E7A", "agreed": "#0072B2", "in_progress": "#E69F00", "done": "#009E73",
                  "dropped": "#9E9E9E"}


def column_title(key: str) -> str:
    """A column's title in the reader's language."""
    title = dict(COLUMN_TITLES)[key]
    return translate("ActionTimeline", title) if key in (DATED, UNSCHEDULED) else label_of(TIMEFRAMES, key)


def column_of(row: ActionRow) -> str:
    action = row.action
    if action.timeframe:
        return action.timeframe
    return DATED if action.starts_on or action.ends_on else UNSCHEDULED


def _order(row: ActionRow, column: str) -> tuple:
    if column == DATED:
        return (row.action.starts_on or row.action.ends_on or "", row.action.title.casefold())
    return (row.priority is None, row.priority or 0, row.action.title.casefold())


class ActionTimeline(QWidget):
    action_selected = Signal(str)
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionTimeline")
        self.columns: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        for key, _title in COLUMN_TITLES:
            title = column_title(key)
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            cards = QListWidget(box)
            cards.setObjectName(f"timeline_{key}")
            describe(cards, arg(self.tr("Actions: %1", "%1: a timeline column, e.g. Short term"), title),
                     arg(self.tr("The actions planned for %1; double-click one to edit it"), title.lower()))
            cards.setWordWrap(True)
            cards.setSpacing(3)
            cards.setAlternatingRowColors(True)
            cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            cards.setMinimumWidth(150)
            cards.itemClicked.connect(lambda item: self.action_selected.emit(item.data(UUID_ROLE)))
            cards.itemActivated.connect(lambda item: self.edit_requested.emit(item.data(UUID_ROLE)))  # double-click, Enter
            inner.addWidget(cards)
            layout.addWidget(box, 1)
            self.columns[key] = cards
            self.boxes[key] = box

    def show_rows(self, rows: Sequence[ActionRow]) -> None:
        grouped: dict[str, list[ActionRow]] = {key: [] for key in self.columns}
        for row in rows:
            grouped.setdefault(column_of(row), []).append(row)
        for key, cards in self.columns.items():
            cards.clear()
            members = sorted(grouped.get(key, []), key=lambda r, k=key: _order(r, k))
            self.boxes[key].setTitle(arg(self.tr("%1 (%2)", "a timeline column's title and how many actions it holds"),
                                         column_title(key), len(members)))
            for row in members:
                cards.addItem(self._card(row))
        # Empty "Dated" and "Not scheduled" columns would only take room from the timeframes.
        for key in (DATED, UNSCHEDULED):
            self.boxes[key].setVisible(bool(grouped.get(key)))

    @staticmethod
    def _card(row: ActionRow) -> QListWidgetItem:
        action = row.action
        lines = [action.title]
        status = label_of(ACTION_STATUSES, action.status)
        lines.append(arg(Plan.tr("%1 · %2", "a timeline card: an action's status · its responsible partner"), status,
                         row.responsible or Plan.tr("nobody responsible yet")))
        if action.starts_on or action.ends_on:
            lines.append(f"{action.starts_on or '…'} → {action.ends_on or '…'}")
        if row.priority is not None:
            lines[0] = f"{row.priority}. {action.title}"
        item = QListWidgetItem("\n".join(lines))
        item.setData(UUID_ROLE, action.uuid)
        item.setToolTip(row.tooltip())
        item.setForeground(QColor("#263238"))
        item.setIcon(swatch(STATUS_COLOURS.get(action.status, "#546E7A"), 10))
        return item

    def column_titles(self, key: str) -> list[str]:
        cards = self.columns[key]
        return [cards.item(i).text().split("\n")[0] for i in range(cards.count())]

    def select(self, uuid: str | None) -> None:
        for cards in self.columns.values():
            cards.clearSelection()
            for i in range(cards.count()):
                if cards.item(i).data(UUID_ROLE) == uuid:
                    cards.setCurrentRow(i)
                    cards.scrollToItem(cards.item(i))
