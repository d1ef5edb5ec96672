"""The backups part of File › Project Properties: what CoSafe wrote beside the project, and Remove.

Contract: ``BackupList(project_path, parent)`` lists ``store.backups.list_backups``
(file name, when it was made, size, and what it was made before: a merge or an
upgrade), newest first, in a box of its own under the form,
and says in plain words that each is a full copy with contacts and stories. Remove
deletes the selected backups after ``dialogs.ask_confirm`` (nothing without a yes);
a backup that cannot be removed, or a listing that fails, is one line (an error
dialog, or the note under the list). The list is read again after every removal.
Removing a backup is no edit of the project: no undo step, and Cancel on the
dialog does not bring it back (the question says so).
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.formats import format_fixed
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.store.backups import MERGE, Backup, list_backups, remove_backups
from cosafe.store.errors import ProjectError
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.dates import show_date_time

INTRO = QT_TRANSLATE_NOOP("BackupList", "Copies CoSafe wrote beside the project file before a merge or an upgrade. "
                          "Each is a full copy of the project, contacts and stories included: remove those you no "
                          "longer need.")
NONE_TEXT = QT_TRANSLATE_NOOP("BackupList", "No backups beside the project file.")
PATH_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 4  # enough to see several without pushing the dialog past a 768-pixel screen


def when(backup: Backup) -> str:
    """When it was written, in local time and the window's one date format."""
    return show_date_time(backup.made.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))


def reason_text(backup: Backup) -> str:
    """Why it was made, short enough for a column: "a merge", "upgrading format 2"."""
    if backup.reason == MERGE:
        return translate("BackupList", QT_TRANSLATE_NOOP("BackupList", "a merge"))
    return arg(translate("BackupList", QT_TRANSLATE_NOOP("BackupList", "upgrading format %1")), backup.from_version)


def size_text(size: int) -> str:
    if size >= 100_000:
        return arg(translate("BackupList", QT_TRANSLATE_NOOP("BackupList", "%1 MB")), format_fixed(size / 1e6))
    return arg(translate("BackupList", QT_TRANSLATE_NOOP("BackupList", "%1 KB")), max(1, round(size / 1e3)))


class BackupList(QGroupBox):
    """The project's backups with a Remove button."""

    def __init__(self, project_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.setObjectName("backupList")
        self._project_path = project_path
        self.backups: list[Backup] = []
        self.intro = QLabel(translate("BackupList", INTRO), self)
        self.intro.setObjectName("fieldHelp")
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupsTree")
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Made"), self.tr("Size"), self.tr("Before")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the end says which backup it is
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_button)
        self.note = QLabel(translate("BackupList", NONE_TEXT), self)
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setObjectName("removeBackupButton")
        self.remove_button.setToolTip(self.tr("Delete the selected backups from the disk"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Read the backups beside the project again."""
        try:
            self.backups = sorted(list_backups(self._project_path), key=lambda b: b.made, reverse=True)
            problem = ""
        except ProjectError as error:
            self.backups, problem = [], str(error)
        self.tree.clear()
        for backup in self.backups:
            item = QTreeWidgetItem([backup.name, when(backup), size_text(backup.size), reason_text(backup)])
            item.setData(0, PATH_ROLE, backup.path)
            item.setToolTip(0, backup.path)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        rows = max(1, min(len(self.backups), VISIBLE_ROWS))
        row_height = self.tree.sizeHintForRow(0) if self.backups else self.fontMetrics().height() + 6
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows * row_height + 2 * self.tree.frameWidth())
        self.tree.setVisible(bool(self.backups))
        if problem:
            self.note.setText(problem)
        elif self.backups:
            self.note.setText(arg(self.tr("%Ln backups, %1 in all.", "", len(self.backups)),
                                  size_text(sum(b.size for b in self.backups))))
        else:
            self.note.setText(translate("BackupList", NONE_TEXT))
        self._update_button()

    def selected(self) -> list[Backup]:
        paths = {item.data(0, PATH_ROLE) for item in self.tree.selectedItems()}
        return [backup for backup in self.backups if backup.path in paths]

    def remove_selected(self) -> bool:
        """Ask, then delete the selected backups; True when they are gone."""
        chosen = self.selected()
        if not chosen:
            return False
        if len(chosen) == 1:
            title = self.tr("Remove this backup?")
            what = arg(self.tr("%1 is a full copy of the project as it was %2 on %3, contacts and stories included. "
                               "Removing deletes it from the disk and it cannot be brought back; the project itself "
                               "stays as it is."), chosen[0].name, chosen[0].why, when(chosen[0]))
        else:
            title = self.tr("Remove %Ln backups?", "", len(chosen))
            what = self.tr("These %Ln files are full copies of the project, contacts and stories included. Removing "
                           "deletes them from the disk and they cannot be brought back; the project itself stays as "
                           "it is.", "", len(chosen))
        if not dialogs.ask_confirm(self, title, what, self.tr("Remove")):
            return False
        try:
            remove_backups(self._project_path, [backup.path for backup in chosen])
        except ProjectError as error:
            dialogs.show_error(self, self.tr("Backup not removed"), str(error))
            self.refresh()
            return False
        self.refresh()
        return True

    def _update_button(self) -> None:
        self.remove_button.setEnabled(bool(self.tree.selectedItems()))
        self.remove_button.setVisible(bool(self.backups))

