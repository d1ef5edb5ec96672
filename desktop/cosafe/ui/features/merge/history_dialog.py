"""File › Merge History…: every merge into this project — when, from which file and laptop, what came in.

Contract: ``MergeHistoryDialog(store, parent)`` lists ``store.merge_log.merge_history``
(newest first) in a read-only table: When (UTC), File, From (the laptop's name),
Added, Updated, Skipped, In conflict, Note; with no merges yet it says so. It only reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.store.merge.log import device_names, merge_history
from cosafe.ui.features.merge.provenance import laptop_name
from cosafe.ui.kit.dates import show_date_time
from cosafe.ui.kit.numbers import grouped

COLUMNS = (QT_TRANSLATE_NOOP("MergeHistoryDialog", "When"), QT_TRANSLATE_NOOP("MergeHistoryDialog", "File"),
           QT_TRANSLATE_NOOP("MergeHistoryDialog", "From"), QT_TRANSLATE_NOOP("MergeHistoryDialog", "Added"),
           QT_TRANSLATE_NOOP("MergeHistoryDialog", "Updated"), QT_TRANSLATE_NOOP("MergeHistoryDialog", "Skipped"),
           QT_TRANSLATE_NOOP("MergeHistoryDialog", "In conflict"), QT_TRANSLATE_NOOP("MergeHistoryDialog", "Note"))


class MergeHistoryDialog(QDialog):
    """The merge log of one project."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeHistoryDialog")
        self.setWindowTitle(self.tr("Merge History"))
        self.resize(860, 360)
        names = device_names(store)
        entries = merge_history(store)
        self.table = QTableWidget(len(entries), len(COLUMNS), self)
        self.table.setObjectName("mergeHistoryTable")
        self.table.setHorizontalHeaderLabels([translate("MergeHistoryDialog", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, entry in enumerate(entries):
            when = show_date_time(entry.created_at)
            values = (when, entry.source_name, laptop_name(store, entry.source_device_id, names),
                      entry.added, entry.updated, entry.skipped, entry.conflicts, entry.note)
            for column, value in enumerate(values):
                item = QTableWidgetItem(grouped(value) if isinstance(value, int) else str(value))
                item.setToolTip(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        heading = QLabel(arg(self.tr("<b>Files merged into “%1”</b>, newest first"), store.name)
                         if store.name else self.tr("<b>Files merged into this project</b>, newest first"), self)
        self.empty_label = QLabel(self.tr("No files have been merged into this project yet."), self)
        self.empty_label.setObjectName("panelHint")
        self.empty_label.setVisible(not entries)
        self.table.setVisible(bool(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 10)
        layout.addWidget(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        if not entries:
            layout.addStretch(1)  # the heading and the note at the top, not spread over an empty dialog
            self.resize(560, 200)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]
