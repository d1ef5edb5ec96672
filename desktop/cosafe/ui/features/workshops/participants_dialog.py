"""Participants…: view and correct the active workshop's participants after sign-in.

Contract:
- ``ParticipantsDialog(session, context)`` lists the active workshop's participants in a
  table (code, gender, age band, role, group, disability, consent) and a "Private contact"
  column, hidden until "Show private contact column" is ticked; a note says contacts are
  never exported by default.
- The table is the sign-in sheet's (``SignInTable``): the same single keys pick a choice
  (the reader's language's gender letters, 1–6, role letters, group 1–9 / 0), Space toggles consent, Code / Disability /
  Contact are typed; double-click (or F2) on a choice cell opens a combo box. Each change
  is ONE ``UpdateRecord`` through ``session.perform`` labelled "Change age band of P07"
  (a role typed by letters is saved when the type-ahead pause ends, the cell is left or
  the dialog closes, so "of" is one step, not two).
  A code already used by another participant of the workshop is refused inline.
- Delete (button, or the Delete key outside a text editor) removes the selected
  participants and their votes after ``dialogs.ask_confirm``, as ONE ``EditGroup``.
- Read-only projects: view only (nothing editable, Delete disabled).
- The dialog re-reads the store on ``session.changed`` carrying ``Change.WORKSHOPS``,
  so undo / redo in the main window show up at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.edits import UpdateRecord
from cosafe.core.records import Group, Participant, Workshop
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, choices
from cosafe.core.workshops import code_order, delete_participants_edit, normalise_code, participant_votes
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.icons import icon
from cosafe.ui.session import ProjectSession
from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.sign_in_table import (
    AGE,
    CHOICE_COLUMNS,
    CODE,
    CONSENT,
    DISABILITY,
    GENDER,
    GROUP,
    KEY_ROLE,
    ROLE,
    TYPE_AHEAD_MS,
    SignInTable,
    gender_letters,
)

CONTACT = 7
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
PRIVATE_TINT = QColor("#FFF3E0")
HEADERS = (QT_TRANSLATE_NOOP("ParticipantTable", "Code"), QT_TRANSLATE_NOOP("ParticipantTable", "Gender"),
           QT_TRANSLATE_NOOP("ParticipantTable", "Age"), QT_TRANSLATE_NOOP("ParticipantTable", "Role"),
           QT_TRANSLATE_NOOP("ParticipantTable", "Group"), QT_TRANSLATE_NOOP("ParticipantTable", "Disability"),
           QT_TRANSLATE_NOOP("ParticipantTable", "Consent"), QT_TRANSLATE_NOOP("ParticipantTable", "Private contact"))
CONTACT_NOTE = QT_TRANSLATE_NOOP("ParticipantsDialog", "Contacts are never exported by default. Add one only when "
                                 "the person asks to be contacted.")
FIELDS = {CODE: "code", GENDER: "gender", AGE: "age_band", ROLE: "role", GROUP: "group_uuid",
          DISABILITY: "disability", CONSENT: "consent_given", CONTACT: "contact"}
# A choice column cannot be emptied except Group ("no group"): a cleared key keeps the value.
VOCABULARIES = {GENDER: GENDERS, AGE: AGE_BANDS, ROLE: PARTICIPANT_ROLES}


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for gender, age band, role and group (for mouse users; keys work without it)."""

    def __init__(self, table: ParticipantTable) -> None:
        super().__init__(table)
        self._table = table

    def _choices(self, column: int) -> list[tuple[str | None, str]]:
        if column == GROUP:
            return [(None, self.tr("No group"))] + [(g.uuid, arg(self.tr("%1 · %2", "a group's key and name"), n,
                                                                 g.name))
                                                    for n, g in enumerate(self._table.groups, start=1)]
        return list(choices(VOCABULARIES[column]))

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("participantChoice")
        for key, label in self._choices(index.column()):
            combo.addItem(label, key)
        # Picking an entry is the edit: commit at once rather than on focus-out.
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(KEY_ROLE))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, _model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        if self._table.on_choice is not None:
            self._table.on_choice(self._table.uuid(index.row()), index.column(), editor.currentData())


class ParticipantTable(SignInTable):
    """The sign-in table over stored participants: every choice is reported, not kept."""

    def __init__(self, groups: list[Group], check_code, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(groups, check_code, lambda: "", parent)
        self.setObjectName("participantTable")
        self.editable = editable
        self.on_choice = None  # (participant uuid, column, key) -> None, set by the dialog
        self._loading = False
        self._pending_role: tuple[str | None, str | None] | None = None
        self._role_timer = QTimer(self)
        self._role_timer.setSingleShot(True)
        self._role_timer.setInterval(TYPE_AHEAD_MS)
        self._role_timer.timeout.connect(self.flush_role)
        self.currentCellChanged.connect(lambda *_cells: self.flush_role())
        self.setColumnCount(CONTACT + 1)
        self.setHorizontalHeaderLabels([translate("ParticipantTable", header) for header in HEADERS])
        self.horizontalHeaderItem(CONTACT).setToolTip(translate("ParticipantsDialog", CONTACT_NOTE))
        self.setColumnWidth(CONTACT, 160)
        self.setColumnHidden(CONTACT, True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if editable:
            delegate = ChoiceDelegate(self)
            for column in CHOICE_COLUMNS:
                self.setItemDelegateForColumn(column, delegate)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def load(self, people: list[Participant]) -> None:
        self._loading = True
        with QSignalBlocker(self):
            self.setRowCount(0)
            plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            for row, person in enumerate(people):
                self.insertRow(row)
                for column in range(self.columnCount()):
                    item = QTableWidgetItem("")
                    flags = plain
                    if self.editable:
                        flags |= (Qt.ItemFlag.ItemIsUserCheckable if column == CONSENT
                                  else Qt.ItemFlag.ItemIsEditable)
                    item.setFlags(flags)
                    item.setData(UUID_ROLE, person.uuid)
                    self.setItem(row, column, item)
                self.item(row, CODE).setText(person.code)
                for column in CHOICE_COLUMNS:
                    SignInTable._choose(self, row, column, getattr(person, FIELDS[column]))
                self.item(row, DISABILITY).setText(person.disability or "")
                self.item(row, CONTACT).setText(person.contact or "")
                self.item(row, CONTACT).setBackground(PRIVATE_TINT)  # marks the column as private
                self.item(row, CONSENT).setCheckState(Qt.CheckState.Checked if person.consent_given
                                                      else Qt.CheckState.Unchecked)
        self._loading = False

    def uuid(self, row: int) -> str | None:
        item = self.item(row, CODE)
        return item.data(UUID_ROLE) if item is not None else None

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.selectedIndexes()}
        if not rows and self.currentRow() >= 0:
            rows = {self.currentRow()}
        return sorted(rows)

    def _choose(self, row: int, column: int, key: str | None) -> None:
        if self._loading or not self.editable:
            super()._choose(row, column, key)
            return
        if key is None and column != GROUP:
            return  # gender, age band and role always have a value
        if column == ROLE:
            # "of" is typed as "o" then "f": wait for the type-ahead to end, then ONE edit.
            super()._choose(row, column, key)
            self._pending_role = (self.uuid(row), key)
            self._role_timer.start()
            return
        self.flush_role()
        if self.on_choice is not None:
            self.on_choice(self.uuid(row), column, key)

    def flush_role(self) -> None:
        """Commit a role picked by type-ahead now rather than when the pause ends."""
        self._role_timer.stop()
        pending, self._pending_role = self._pending_role, None
        if pending is not None and self.on_choice is not None:
            self.on_choice(pending[0], ROLE, pending[1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete_requested()
            return
        if not self.editable:
            if event.key() == Qt.Key.Key_Space or (event.text().isprintable() and event.text().strip()):
                return  # view only: no single-key choices, no consent toggling
        super().keyPressEvent(event)

    def delete_requested(self) -> None:
        """Replaced by the dialog."""

    def next_row(self) -> None:
        # Enter moves down in the same column: no rows are added here.
        row = self.currentRow()
        if row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, self.currentColumn())


class ParticipantsDialog(QDialog):
    """The active workshop's participants, editable in place, each change one undo step."""

    def __init__(self, session: ProjectSession, workshop: Workshop, groups: list[Group],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsDialog")
        self.setWindowTitle(arg(self.tr("Participants — %1"), workshop.title))
        self.resize(1000, 560)
        self.session, self.workshop, self.groups = session, workshop, groups
        self.editable = not session.is_read_only
        self.table = ParticipantTable(groups, self.code_is_free, self.editable, self)
        describe(self.table, self.tr("Participants"),
                 self.tr("The workshop's participants: edit a cell in place, each change one undo step"))
        self.table.on_choice = self._on_choice
        self.table.delete_requested = self.delete_selected
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.code_refused.connect(self._show_message)
        self.table.itemSelectionChanged.connect(self._update_controls)

        help_text = arg(self.tr("Keys as on the sign-in sheet — <b>Gender</b> %1 · <b>Age</b> 1–6 · "
                                "<b>Role</b> first letter(s) · <b>Group</b> 1–9, 0 none · <b>Space</b> consent · "
                                "double-click for a list. Every change is saved at once and can be undone (Ctrl+Z)."),
                        "/".join(gender_letters()))
        self.help_label = QLabel(help_text if self.editable else
                                 self.tr("This project is open read-only: participants can be viewed, not changed."),
                                 self)
        self.help_label.setObjectName("fieldHelp")
        self.help_label.setWordWrap(True)
        self.message = QLabel("", self)
        self.message.setObjectName("signInMessage")
        self.message.setStyleSheet("color: #B3261E;")
        self.message.setVisible(False)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("fieldHelp")

        self.contact_check = QCheckBox(self.tr("Show private contact column"), self)
        self.contact_check.setObjectName("showContactCheck")
        self.contact_check.toggled.connect(lambda on: self.table.setColumnHidden(CONTACT, not on))
        self.contact_note = QLabel(arg(self.tr("<b>Private:</b> %1"), translate("ParticipantsDialog", CONTACT_NOTE)),
                                   self)
        self.contact_note.setObjectName("fieldHelp")
        self.contact_note.setWordWrap(True)

        self.delete_button = QPushButton(icon("remove"), self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteParticipantsButton")
        self.delete_button.setToolTip(self.tr("Delete the selected participants and their votes (Undo brings them "
                                              "back)"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter moves down the table, it never closes it

        privacy = QHBoxLayout()
        privacy.addWidget(self.contact_check)
        privacy.addWidget(self.contact_note, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(privacy)
        layout.addLayout(bottom)
        session.changed.connect(self._on_session_changed)
        self.refresh()
        if self.table.rowCount():
            self.table.setCurrentCell(0, GENDER)
        self.table.setFocus()

    # -- showing -----------------------------------------------------------------------------

    def people(self) -> list[Participant]:
        people = self.session.store.list(Participant, "workshop_uuid = ?", (self.workshop.uuid,))
        return sorted(people, key=code_order)

    def refresh(self) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        current = self.table.uuid(row) if row >= 0 else None
        self.groups[:] = [g for g in self.session.store.list(Group, "workshop_uuid = ?", (self.workshop.uuid,))]
        self.table.groups = self.groups[:9]
        people = self.people()
        self.table.load(people)
        uuids = [p.uuid for p in people]
        if current in uuids:
            self.table.setCurrentCell(uuids.index(current), column)
        elif people and row >= 0:
            self.table.setCurrentCell(min(row, len(people) - 1), max(column, 0))
        count = len(people)
        self.count_label.setText(self.tr("%Ln participants", "", count))
        self._update_controls()

    def _on_session_changed(self, change: object) -> None:
        if isinstance(change, Change) and change & Change.WORKSHOPS:
            if self.session.store.get(Workshop, self.workshop.uuid) is None:
                self.reject()  # the workshop itself was deleted (or its creation undone)
                return
            self._refresh_safely()

    def _refresh_safely(self) -> None:
        """Refresh now, or once an open editor has finished committing (rows vanish in a refresh)."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            QTimer.singleShot(0, self, self.refresh)
        else:
            self.refresh()

    def _update_controls(self) -> None:
        self.delete_button.setEnabled(self.editable and bool(self.table.selected_rows()))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- codes -------------------------------------------------------------------------------

    def code_is_free(self, code: str, row: int) -> str:
        if not code.strip():
            return self.tr("A participant needs a code.")
        normal, own = normalise_code(code), self.table.uuid(row)
        for person in self.people():
            if person.uuid != own and normalise_code(person.code) == normal:
                return arg(self.tr("%1 is already used in this workshop — codes must be unique."), code.strip())
        return ""

    # -- changes -----------------------------------------------------------------------------

    def _update(self, uuid: str | None, column: int, value: object) -> bool:
        person = self.session.store.get(Participant, uuid) if uuid else None
        if person is None or not self.editable:
            return False
        field = FIELDS[column]
        if getattr(person, field) == value:
            return False
        self._show_message("")
        label = arg(self._change_label(column), person.code)
        if column == CODE:
            label = arg(self.tr("Change code of %1 to %2"), person.code, value)
        return self.session.perform(UpdateRecord(self.session.store, Participant, person.uuid, {field: value},
                                                 label=label))

    def _change_label(self, column: int) -> str:
        """The undo step's name for a change of ``column`` ("Change age band of %1")."""
        return {GENDER: self.tr("Change gender of %1"), AGE: self.tr("Change age band of %1"),
                ROLE: self.tr("Change role of %1"), GROUP: self.tr("Change group of %1"),
                DISABILITY: self.tr("Change disability of %1"), CONSENT: self.tr("Change consent of %1"),
                CONTACT: self.tr("Change private contact of %1")}.get(column) or self.tr("Change code of %1")

    def _on_choice(self, uuid: str | None, column: int, key: str | None) -> None:
        self._update(uuid, column, key)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self.table._loading:
            return
        column, row = item.column(), item.row()
        if column == CONSENT:
            value: object = item.checkState() == Qt.CheckState.Checked
        elif column == CODE:
            value = item.text().strip()
        elif column in (DISABILITY, CONTACT):
            value = item.text().strip() or None
        else:
            return
        if not self._update(self.table.uuid(row), column, value):
            self._refresh_safely()  # put the stored value back (a refused or unchanged edit)

    def done(self, result: int) -> None:
        self.table.flush_role()  # a role typed just before closing is kept
        super().done(result)

    def delete_selected(self) -> bool:
        self.table.flush_role()
        if not self.editable:
            return False
        store = self.session.store
        people = [store.get(Participant, self.table.uuid(row)) for row in self.table.selected_rows()]
        people = [p for p in people if p is not None]
        if not people:
            return False
        votes = participant_votes(store, people)
        codes = self.tr(", ", "between participant codes").join(p.code for p in people)
        if votes:
            question = arg(self.tr("Delete %Ln participants (%1) and their %2? Undo (Ctrl+Z) brings them back.",
                                   "%2: how many votes", len(people)), codes, self.tr("%Ln votes", "", len(votes)))
        else:
            question = arg(self.tr("Delete %Ln participants (%1)? Undo (Ctrl+Z) brings them back.", "",
                                   len(people)), codes)
        if not dialogs.ask_confirm(self, self.tr("Delete participants"), question, self.tr("Delete")):
            return False
        if len(people) <= 3:
            label = arg(self.tr("Delete participants %1", "", len(people)), codes)
        else:
            label = self.tr("Delete %Ln participants", "", len(people))
        return self.session.perform(delete_participants_edit(store, people, label))


def show_participants(parent: QWidget | None, context: WorkshopContext) -> bool:
    """Show the dialog for the active workshop (modal); False when there is none to show."""
    session, workshop = context.session, context.workshop
    if session is None or workshop is None:
        return False
    dialog = ParticipantsDialog(session, workshop, list(context.groups_of(workshop.uuid)), parent)
    dialog.exec()
    session.changed.disconnect(dialog._on_session_changed)
    dialog.deleteLater()
    return True
