"""File › Hand Out Field Copy…: a copy of the project for a team's laptop that merges back cleanly.

Contract: ``FieldCopyFlow(window).run() -> str | None``
- ``FieldCopyDialog`` says in plain words what the copy holds and what it leaves out
  (``HOLDS``, ``LEAVES_OUT``), and asks for the team or laptop's name (required, e.g.
  "Field team 2"), the team's group (whose participants the copy holds, without
  contacts; none by default), whether to include every group's participants (a
  checkbox that shows ``ALL_PARTICIPANTS_WARNING`` while ticked), and where to write
  the copy (default ``<project> - <name>.gpkg`` beside the project, following the name
  until the path is edited; Browse… picks another);
- ``store.merge.field_copy.make_field_copy`` runs in a worker behind the progress
  dialog (the rule of what a copy holds is there; a new laptop identity; merge bases
  on both sides); a refusal or failure is one one-line error dialog and nothing changes;
- then an information dialog says what was left out and what to do next: give the
  file to the team, and merge it back with File › Merge Projects…. Returns the copy's
  path, or None.
Not an undo step (it writes another file; here it only names the team's laptop).
Read-only projects cannot hand out (the action is disabled).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QWidget)

from cosafe.core.changes import Change
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Group, Workshop
from cosafe.store.merge.field_copy import FieldCopy, make_field_copy
from cosafe.ui.kit import dialogs
from cosafe.ui.host import Host
from cosafe.ui.kit.progress_job import run_with_progress
from cosafe.ui.features.merge.words import HandOut

HOLDS = QT_TRANSLATE_NOOP("HandOut", "The copy holds the basemap, the settings, criteria and reason tags, the "
                        "workshops and groups, and the walks, pins, proposals and plan the team continues from, "
                        "with a laptop identity of its own.")
LEAVES_OUT = QT_TRANSLATE_NOOP("HandOut", "A USB stick can be lost, so it leaves out every contact, every pin "
                             "story, audit comment, walk and workshop note, the facilitator's name, all photos, and "
                             "who took part, except the participants of the team's group. They stay here: merging "
                             "the copy back keeps them, and brings what the team records, without doubles or false "
                             "conflicts.")
ALL_PARTICIPANTS_WARNING = QT_TRANSLATE_NOOP("HandOut", "The copy will then hold who took part in every group: "
                                           "each person's code, gender, age band and role (never a contact). "
                                           "Anyone who finds the stick can read them.")
NO_GROUP = QT_TRANSLATE_NOOP("HandOut", "None (no participants)")
FAILED_TITLE = QT_TRANSLATE_NOOP("HandOut", "The field copy was not made")
DONE_TITLE = QT_TRANSLATE_NOOP("HandOut", "Field copy ready")


@dataclass(frozen=True)
class HandOutChoice:
    """What the dialog asked: the team's name, the copy's path, its group and whether every group's people go."""

    name: str
    path: str
    group_uuid: str | None = None
    all_participants: bool = False


def next_steps(path: str, name: str, handed: FieldCopy | None = None) -> str:
    give = arg(HandOut.tr("Give %1 to %2."), os.path.basename(path), name)
    parts = [give, handed.left_out_text() if handed else "",
             handed.participants_warning() if handed else "",
             HandOut.tr("When they bring it back, merge it with File › Merge Projects…")]
    return " ".join(part for part in parts if part)


def suggested_path(project_path: str, name: str) -> str:
    folder, file_name = os.path.split(project_path)
    stem = os.path.splitext(file_name)[0]
    safe = "".join(ch for ch in " ".join(name.split()) if ch not in '/\\:*?"<>|')
    safe = safe or HandOut.tr("field copy", "a file name")
    return os.path.join(folder, f"{stem} - {safe}.gpkg")


def group_choices(store) -> list[tuple[str, str]]:
    """(group uuid, "Workshop › Group") for every group, in the order they were made."""
    workshops = {w.uuid: w.title for w in store.list(Workshop)}
    return [(g.uuid, arg(HandOut.tr("%1 › %2", "a workshop › a group"),
                         workshops.get(g.workshop_uuid) or HandOut.tr("No workshop"), g.name))
            for g in store.list(Group)]


class FieldCopyDialog(QDialog):
    """The team's name and group, whether every group's participants go, and where the copy goes."""

    def __init__(self, project_path: str, groups: Sequence[tuple[str, str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldCopyDialog")
        self.setWindowTitle(self.tr("Hand Out Field Copy"))
        self.setMinimumWidth(560)
        self._project_path = project_path
        self._path_edited = False
        self.holds_label = QLabel(translate("HandOut", HOLDS), self)
        self.leaves_out_label = QLabel(translate("HandOut", LEAVES_OUT), self)
        for note in (self.holds_label, self.leaves_out_label):
            note.setWordWrap(True)
            note.setObjectName("fieldHelp")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("fieldCopyName")
        self.name_edit.setPlaceholderText(self.tr("Required, e.g. Field team 2 or Youth group laptop"))
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("fieldCopyGroup")
        self.group_combo.addItem(translate("HandOut", NO_GROUP), None)
        for uuid, label in groups:
            self.group_combo.addItem(label, uuid)
        self.group_combo.setToolTip(self.tr("The copy holds this group's participants (code, gender, age band, "
                                            "role), so the team can record who walks; never their contacts."))
        self.all_participants_box = QCheckBox(self.tr("Include the participants of &every group"), self)
        self.all_participants_box.setObjectName("fieldCopyAllParticipants")
        self.warning_label = QLabel(translate("HandOut", ALL_PARTICIPANTS_WARNING), self)
        self.warning_label.setObjectName("fieldCopyWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setVisible(False)
        self.all_participants_box.toggled.connect(self._follow_all_participants)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("fieldCopyPath")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.name_edit.textChanged.connect(self._follow_name)
        self.path_edit.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        form = QFormLayout()
        form.addRow(self.holds_label)
        form.addRow(self.leaves_out_label)
        form.addRow(self.tr("Team or &laptop"), self.name_edit)
        group_label = QLabel(self.tr("Team's &group"), self)
        group_label.setBuddy(self.group_combo)
        form.addRow(group_label, self.group_combo)
        form.addRow("", self.all_participants_box)
        form.addRow(self.warning_label)
        path_label = QLabel(self.tr("&Save copy as"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Hand Out"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        dialogs.finish_form_dialog(self, form, buttons, self.name_edit)
        self._follow_name("")

    def _follow_all_participants(self, ticked: bool) -> None:
        self.warning_label.setVisible(ticked)
        self.group_combo.setEnabled(not ticked)  # every group's people go: the team's group changes nothing
        self.adjustSize()

    def _follow_name(self, name: str) -> None:
        if not self._path_edited:
            self.path_edit.setText(suggested_path(self._project_path, name))

    def _browse(self) -> None:
        path = dialogs.ask_save_file(self, self.tr("Save Field Copy As"), os.path.dirname(self.path()),
                                     dialogs.PROJECT_FILTER,
                                     "gpkg", os.path.basename(self.path()))
        if path:
            self.path_edit.setText(path)
            self._path_edited = True

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def path(self) -> str:
        text = self.path_edit.text().strip()
        if text and not text.lower().endswith(".gpkg"):
            text += ".gpkg"
        return os.path.abspath(text) if text else ""

    def choice(self) -> HandOutChoice:
        everyone = self.all_participants_box.isChecked()
        return HandOutChoice(self.name(), self.path(), None if everyone else self.group_combo.currentData(), everyone)


def ask_field_copy(parent: QWidget | None, project_path: str,
                   groups: Sequence[tuple[str, str]] = ()) -> HandOutChoice | None:
    """What to hand out, or None when cancelled."""
    dialog = FieldCopyDialog(project_path, groups, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class FieldCopyFlow:
    """Hand Out Field Copy… of one main window."""

    def __init__(self, host: Host) -> None:
        self._host = host
        self._window = host.window  # the dialogs' parent

    def run(self) -> str | None:
        session = self._host.session
        if session is None or session.is_read_only:
            return None
        store = session.store
        choice = ask_field_copy(self._window, session.path, group_choices(store))
        if choice is None:
            return None
        if not choice.path:
            dialogs.show_error(self._window, translate("HandOut", FAILED_TITLE),
                               HandOut.tr("Choose where to save the field copy"))
            return None
        outcome = run_with_progress(self._window, arg(HandOut.tr("Writing the field copy for %1…"), choice.name),
                                    lambda _progress: make_field_copy(store, choice.path, choice.name,
                                                                      group_uuid=choice.group_uuid,
                                                                      all_participants=choice.all_participants))
        if not outcome.succeeded:
            dialogs.show_error(self._window, translate("HandOut", FAILED_TITLE),
                               outcome.error or HandOut.tr("Cancelled; nothing was written"))
            return None
        session.notify(Change.PROJECT)  # the team's laptop now has a name here
        dialogs.show_info(self._window, translate("HandOut", DONE_TITLE),
                          next_steps(choice.path, choice.name, outcome.result))
        return choice.path
