"""A read-only table of rows, one per record: the one base of the window's table models.

Contract: ``RowTableModel`` shows ``rows`` (objects with ``uuid``, ``text(column)`` and
``sort_key(column)``) under ``columns``; ``set_rows(rows)`` replaces them all,
``row_of(uuid)`` finds one. For every cell it answers DisplayRole with ``text``,
``SORT_ROLE`` with ``sort_key`` (numbers for numeric columns; ``LAST`` sorts blanks
last), ``UUID_ROLE`` with the record's uuid, ``ROW_ROLE`` with the row, and right
alignment for the ``numeric`` columns; a subclass answers any other role in
``row_data``. ``set_unit(column, unit)`` heads a column "Cost (KES)" ("" takes the
unit away). Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

UUID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FIRST_FREE_ROLE = Qt.ItemDataRole.UserRole + 3  # where a subclass's own roles start
LAST = float("inf")

Index = QModelIndex | QPersistentModelIndex


class TableRow(Protocol):
    @property
    def uuid(self) -> str: ...

    def text(self, column: int) -> str: ...

    def sort_key(self, column: int) -> Any: ...


class RowTableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()
    numeric: tuple[int, ...] = ()  # columns of numbers: right-aligned

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._units: dict[int, str] = {}

    def set_unit(self, column: int, unit: str) -> None:
        if self._units.get(column, "") != unit:
            self._units[column] = unit
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def set_rows(self, rows: Sequence[TableRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.uuid == uuid), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            unit = self._units.get(section)
            return f"{self.columns[section]} ({unit})" if unit else self.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text(column)
        if role == SORT_ROLE:
            return row.sort_key(column)
        if role == UUID_ROLE:
            return row.uuid
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.row_data(row, column, role)

    def row_data(self, row: Any, column: int, role: int) -> Any:
        """Any other role of a cell (None: nothing to show)."""
        return None
