"""File › Hand Out Field Copy…: a copy of the project for a team's laptop that merges back cleanly.

Contract: ``FieldCopyFlow(window).run() -> str | None``
- ``FieldCopyDialog`` asks for the team or laptop's name (required, e.g. "Field team 2")
  and where to write the copy (default ``<project> - <name>.gpkg`` beside the project,
  following the name until the path is edited; Browse… picks another);
- ``store.field_copy.make_field_copy`` runs in a worker behind the progress dialog
  (same basemap, settings and records; a new laptop identity; merge bases on both
  sides); a refusal or failure is one one-line error dialog and nothing changes;
- then an information dialog says what to do next: give the file to the team, and
  merge it back with File › Merge Projects…. Returns the copy's path, or None.
Not an undo step (it writes another file; here it only names the team's laptop).
Read-only projects cannot hand out (the action is disabled).
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from cosafe.core.changes import Change
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.ui.kit import dialogs
from cosafe.ui.host import Host
from cosafe.ui.kit.progress_job import run_with_progress

NOTE = ("The copy holds the same basemap, settings and records, and a laptop identity of its own. "
        "Everything the team records on it can be merged back here without doubles or false conflicts.")
FAILED_TITLE = "The field copy was not made"
DONE_TITLE = "Field copy ready"


def next_steps(path: str, name: str) -> str:
    return (f"Give {os.path.basename(path)} to {name}. When they bring it back, merge it with "
            "File › Merge Projects…")


def suggested_path(project_path: str, name: str) -> str:
    folder, file_name = os.path.split(project_path)
    stem = os.path.splitext(file_name)[0]
    safe = "".join(ch for ch in " ".join(name.split()) if ch not in '/\\:*?"<>|') or "field copy"
    return os.path.join(folder, f"{stem} - {safe}.gpkg")


class FieldCopyDialog(QDialog):
    """The team's name and where its copy goes."""

    def __init__(self, project_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldCopyDialog")
        self.setWindowTitle("Hand Out Field Copy")
        self.setMinimumWidth(560)
        self._project_path = project_path
        self._path_edited = False
        note = QLabel(NOTE, self)
        note.setWordWrap(True)
        note.setObjectName("fieldHelp")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("fieldCopyName")
        self.name_edit.setPlaceholderText("Required, e.g. Field team 2 or Youth group laptop")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("fieldCopyPath")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.name_edit.textChanged.connect(self._follow_name)
        self.path_edit.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        form = QFormLayout()
        form.addRow(note)
        form.addRow("Team or &laptop", self.name_edit)
        path_label = QLabel("&Save copy as", self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Hand Out")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        dialogs.finish_form_dialog(self, form, buttons, self.name_edit)
        self._follow_name("")

    def _follow_name(self, name: str) -> None:
        if not self._path_edited:
            self.path_edit.setText(suggested_path(self._project_path, name))

    def _browse(self) -> None:
        path = dialogs.ask_save_file(self, "Save Field Copy As", os.path.dirname(self.path()), dialogs.PROJECT_FILTER,
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


def ask_field_copy(parent: QWidget | None, project_path: str) -> tuple[str, str] | None:
    """(team name, copy path), or None when cancelled."""
    dialog = FieldCopyDialog(project_path, parent)
    try:
        return (dialog.name(), dialog.path()) if dialog.exec() == QDialog.DialogCode.Accepted else None
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
        answer = ask_field_copy(self._window, session.path)
        if answer is None:
            return None
        name, path = answer
        if not path:
            dialogs.show_error(self._window, FAILED_TITLE, "Choose where to save the field copy")
            return None
        store = session.store
        outcome = run_with_progress(self._window, f"Writing the field copy for {name}…",
                                    lambda _progress: make_field_copy(store, path, name))
        if not outcome.succeeded:
            dialogs.show_error(self._window, FAILED_TITLE, outcome.error or "Cancelled; nothing was written")
            return None
        session.notify(Change.PROJECT)  # the team's laptop now has a name here
        dialogs.show_info(self._window, DONE_TITLE, next_steps(path, name))
        return path
