"""The audit walk dialog: title, date, time of day, group and who walked.

Contract:
- ``WalkDialog(store, workshop, groups, walk=None, walker_uuids=(), group_uuid=None)``
  only collects values; the Audits panel turns them into one edit. A new walk belongs
  to the active workshop (shown, not chosen); its group is picked among that
  workshop's groups ("No group" allowed), starting at ``group_uuid``.
- "Who walked" lists the workshop's participants by anonymous label (code and
  demographics), each with a tick; "Tick the group" ticks every member of the chosen group.
- OK stays disabled while the title is blank. ``values()`` gives the AuditWalk fields
  (title, walked_on, time_of_day, group_uuid, notes); ``walker_uuids()`` the ticked people.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.i18n import arg
from cosafe.core.records import AuditWalk, Group, Participant, Workshop
from cosafe.core.vocabulary import TIMES_OF_DAY
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.audits.common import participant_label, sorted_participants
from cosafe.ui.kit.accessibility import describe, tab_order
from cosafe.ui.kit.fields import combo_key, vocabulary_combo
from cosafe.ui.kit.dates import use_date_format

UUID_ROLE = Qt.ItemDataRole.UserRole


class WalkDialog(QDialog):
    """New or edit an audit walk."""

    def __init__(self, store: ProjectStore, workshop: Workshop | None, groups: list[Group],
                 walk: AuditWalk | None = None, walker_uuids: Iterable[str] = (),
                 group_uuid: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkDialog")
        self.setWindowTitle(self.tr("Edit Audit Walk") if walk else self.tr("New Audit Walk"))
        self.setMinimumWidth(480)
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        walk = walk or AuditWalk(walked_on=today, group_uuid=group_uuid)
        self.title_edit = QLineEdit(walk.title, self)
        self.title_edit.setObjectName("walkTitle")
        self.title_edit.setPlaceholderText(self.tr("Required, e.g. Market street by night"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("walkDate")
        self.date_edit.setCalendarPopup(True)
        use_date_format(self.date_edit)
        self.date_edit.setDate(QDate.fromString(walk.walked_on or today, Qt.DateFormat.ISODate))
        self.time_combo = vocabulary_combo(TIMES_OF_DAY, walk.time_of_day, self)
        self.time_combo.setObjectName("walkTimeOfDay")
        self.workshop_label = QLabel(workshop.title if workshop else self.tr("No workshop"), self)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("walkGroup")
        self.group_combo.addItem(self.tr("No group"), None)
        for group in groups:
            self.group_combo.addItem(group.name, group.uuid)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(walk.group_uuid), 0))
        self.notes_edit = QPlainTextEdit(walk.notes, self)
        self.notes_edit.setFixedHeight(54)

        people: list[Participant] = []
        if workshop is not None:
            people = sorted_participants(store.list(Participant, "workshop_uuid = ?", (workshop.uuid,)))
        self._people = people
        self.walkers = QListWidget(self)
        self.walkers.setObjectName("walkWalkers")
        describe(self.walkers, self.tr("Walkers"), self.tr("Tick the participants who walked (Space ticks the current one)"))
        ticked = set(walker_uuids)
        for person in people:
            item = QListWidgetItem(participant_label(person), self.walkers)
            item.setData(UUID_ROLE, person.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.uuid in ticked else Qt.CheckState.Unchecked)
        self.walkers.setMinimumHeight(140)
        self.walkers.setSpacing(1)
        self.tick_group = QPushButton(self.tr("Tick the Group"), self)
        self.tick_group.setToolTip(self.tr("Tick everyone signed in to the chosen group"))
        self.tick_group.clicked.connect(self._tick_group)
        self.walker_count = QLabel(self)
        self.walker_count.setObjectName("fieldHelp")
        self.walkers.itemChanged.connect(self._count)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("Time of &day"), self.time_combo)
        form.addRow(self.tr("Workshop"), self.workshop_label)
        form.addRow(self.tr("&Group"), self.group_combo)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(walk.title.strip()))
        walkers_row = QHBoxLayout()
        walkers_row.addWidget(QLabel(self.tr("<b>Who walked</b> (anonymous codes)"), self), 1)
        walkers_row.addWidget(self.tick_group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addLayout(walkers_row)
        layout.addWidget(self.walkers, 1)
        tab_order(self.notes_edit, self.tick_group, self.walkers)  # the button is above the list
        if not people:
            self.walker_count.setText(self.tr("Nobody is signed in to this workshop yet (Workshop › Sign-in Sheet…)."))
            self.tick_group.setEnabled(False)
        layout.addWidget(self.walker_count)
        layout.addWidget(buttons)
        self._count()

    def _items(self) -> list[QListWidgetItem]:
        return [self.walkers.item(row) for row in range(self.walkers.count())]

    def _tick_group(self) -> None:
        group = combo_key(self.group_combo)
        members = {person.uuid for person in self._people if group is not None and person.group_uuid == group}
        for item in self._items():
            if item.data(UUID_ROLE) in members:
                item.setCheckState(Qt.CheckState.Checked)

    def _count(self, *_: object) -> None:
        if self._people:
            self.walker_count.setText(arg(self.tr("%1 of %Ln ticked", "", len(self._people)), len(self.walker_uuids())))

    def walker_uuids(self) -> list[str]:
        return [item.data(UUID_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text().strip(),
            "walked_on": self.date_edit.date().toString(Qt.DateFormat.ISODate),
            "time_of_day": combo_key(self.time_combo),
            "group_uuid": combo_key(self.group_combo),
            "notes": self.notes_edit.toPlainText().strip(),
        }
