"""Read-only lists of records as table rows, one line each.

Contract: ``read_only_rows(view, name, multi=False)`` sets up any table view the way
every record list is: whole rows selected (one, or several with ``multi``), nothing
editable in place, no row numbers, one line per row. ``RecordTable(headers, name, parent, numeric=(), stretch=None, give_way=())`` is a
QTableWidget whose rows stand for records (their uuid in ``UUID_ROLE``); cells are
not editable. ``stretch`` is the column that takes the spare width (None: the last;
the others fit their contents); ``numeric`` columns are right-aligned. ``give_way``
columns, when the view is too narrow for the stretching column's contents (a dock on a
1024-pixel screen), narrow toward their contents' width, their titles shortened ("Po…")
and whole in their tooltips, as far as the stretching column needs; a column whose
cells are all empty is hidden.
``fill(rows, selected)`` shows ``rows`` — (uuid, cell texts, cell tooltips) — and
selects ``selected`` again if it is still there, without emitting selection
signals. ``selected_uuid()`` / ``select_uuid(uuid)`` read and set the selection
(None clears it); ``select_row(view, row)`` selects a row of any table view, also right to left.
``keep_title_readable(header, column)``: the column that takes the spare width is never
squeezed below its title (set the header's titles first); a RecordTable does so for its own. ``activated(uuid)`` is emitted on a double-click or Enter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyle, QTableView, QTableWidget, QTableWidgetItem, QWidget,
)

UUID_ROLE = Qt.ItemDataRole.UserRole
Row = tuple[str, Sequence[str], Sequence[str]]  # uuid, texts, tooltips ("" for none)


def read_only_rows(view: QTableView, name: str, multi: bool = False) -> None:
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)  # one line per record; the full text is the tooltip
    view.verticalHeader().hide()


def keep_title_readable(header: QHeaderView, column: int) -> None:
    """Never squeeze ``column`` (the one that stretches) below the width of its title.

    In a narrow panel (a 1024-pixel screen) the columns fitted to their contents took all
    the width and left the stretching one a few pixels: its title, and the names under
    it, unreadable, in English and more so in longer languages. Now the panel scrolls
    sideways instead. Qt keeps one minimum for every column; the others are fitted to
    their contents, titles included, so a minimum the size of this title does not change them.
    """
    header.setMinimumSectionSize(max(header.minimumSectionSize(), header.sectionSizeHint(column)))


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the selected and current row of ``view``, whatever its layout direction.

    Not ``selectRow()``: laid out right to left it takes the column at the viewport's far
    edge, which is none while the table is hidden or not yet sized, and then selects
    nothing (Arabic).
    """
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)


class RecordTable(QTableWidget):
    activated = Signal(str)  # the uuid of the row double-clicked or entered

    def __init__(self, headers: Sequence[str], name: str, parent: QWidget | None = None, *,
                 numeric: Sequence[int] = (), stretch: int | None = None, give_way: Sequence[int] = ()) -> None:
        super().__init__(0, len(headers), parent)
        read_only_rows(self, name)
        self.numeric = frozenset(numeric)
        self.setHorizontalHeaderLabels(list(headers))
        for column, title in enumerate(headers):
            self.horizontalHeaderItem(column).setToolTip(title)  # whole, when a narrow column shortens it
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        stretch = len(headers) - 1 if stretch is None else stretch
        self.stretch = stretch
        self.give_way = tuple(give_way)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        keep_title_readable(header, stretch)
        self.itemDoubleClicked.connect(lambda item: self.activated.emit(item.data(UUID_ROLE)))

    def fill(self, rows: Sequence[Row], selected: str | None = None) -> None:
        with QSignalBlocker(self):
            self.setRowCount(0)
            self.setRowCount(len(rows))
            for row, (uuid, texts, tooltips) in enumerate(rows):
                for column, (text, tip) in enumerate(zip(texts, tooltips)):
                    item = QTableWidgetItem(text)
                    item.setData(UUID_ROLE, uuid)
                    if tip:
                        item.setToolTip(tip)
                    if column in self.numeric:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.setItem(row, column, item)
            self.select_uuid(selected)
        if self.give_way:
            for column in self.give_way:
                self.setColumnHidden(column, not any(texts[column] for _uuid, texts, _tips in rows))
            self.fit_columns()

    def fit_columns(self) -> None:
        """The ``give_way`` columns narrowed as far as the stretching column needs (see the contract),
        each in proportion to what it can spare."""
        header = self.horizontalHeader()
        shown = [column for column in self.give_way if not self.isColumnHidden(column)]
        for column in shown:  # first as their contents and titles would have them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.horizontalHeaderItem(column).setText(self.horizontalHeaderItem(column).toolTip())
        fitted = {column: header.sectionSize(column) for column in range(self.columnCount())
                  if column != self.stretch and not self.isColumnHidden(column)}
        wanted = max(self.sizeHintForColumn(self.stretch), header.sectionSizeHint(self.stretch))
        short = wanted + sum(fitted.values()) - self.viewport().width()
        spare = {column: max(0, fitted[column] - self.sizeHintForColumn(column)) for column in shown}
        if short <= 0 or not sum(spare.values()):
            return
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2
        for column in shown:
            width = fitted[column] - min(spare[column], -(-short * spare[column] // sum(spare.values())))
            if width < fitted[column]:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.setMinimumSectionSize(min(header.minimumSectionSize(), width))
                header.resizeSection(column, width)
                item = self.horizontalHeaderItem(column)
                item.setText(header.fontMetrics().elidedText(item.toolTip(), Qt.TextElideMode.ElideRight,
                                                             width - margin))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.give_way:
            self.fit_columns()

    def selected_uuid(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.item(rows[0].row(), 0).data(UUID_ROLE) if rows else None

    def select_uuid(self, uuid: str | None) -> None:
        for row in range(self.rowCount()):
            if uuid is not None and self.item(row, 0).data(UUID_ROLE) == uuid:
                select_row(self, row)
                return
        self.clearSelection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        uuid = self.selected_uuid()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and uuid is not None:
            self.activated.emit(uuid)
            return
        super().keyPressEvent(event)
