"""Import Recorded Incidents…: official or NGO incident data, kept apart from perceptions.

Contract: ``IncidentImporter(window).run(path=None)``
- asks for a file (``ask_incident_path``, a module function tests replace) unless given one,
  then, for a CSV, its columns over a preview of its first rows (``IncidentImportDialog``,
  reading only the start of the file; a file that cannot be read there is one error line),
  for any other file the options (``IncidentOptionsDialog``: the source label, required,
  e.g. "Police records 2023"; a CRS only for x/y columns or a file without one; the
  category and date columns when they are not found by name);
- imports in a worker behind the cancellable progress dialog (``progress_job``) with
  ``io.incident_import.read_labelled_file``: the file is read (a CSV's bar follows its
  rows, and Cancel stops the read), then every incident is stored in one transaction
  (all or nothing). An ``IncidentImportError`` is one error
  dialog with its one line and nothing changes; Cancel before the write changes nothing;
- the worker applies the whole import as one ``core.edits.AddRecords`` (one insert
  statement, one transaction); the session then adopts it as ONE undo step (undo is one
  delete statement), announces Change.INCIDENTS and the status bar says how many came in;
  rows left out (no usable location, unreadable date) are also said in an information
  dialog, with the first line numbers;
- every text says "recorded incidents", never perceptions. Returns how many were added.
Read-only projects: nothing (the action is disabled).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from cosafe.core.changes import Change
from cosafe.core.edits import AddRecords
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.io.incident_import import IncidentImportError, IncidentRead, left_out_notes, read_labelled_file, with_notes
from cosafe.io.incident_preview import IncidentHead, previewable, read_head
from cosafe.io.import_errors import ImportCancelled
from cosafe.ui.kit import dialogs
from cosafe.ui.host import Host
from cosafe.ui.kit.progress_job import Progress, run_with_progress
from cosafe.ui.features.audits.words import Audits

LAST_FOLDER_KEY = "import/lastIncidentFolder"
# In English (context "Audits"): shown through ``translate("Audits", …)``.
FAILED_TITLE = QT_TRANSLATE_NOOP("Audits", "The recorded incidents were not imported")
CANCELLED_TEXT = QT_TRANSLATE_NOOP("Audits", "Import of recorded incidents cancelled; nothing was changed")
NOTE = QT_TRANSLATE_NOOP("Audits", "Recorded incidents come from police, hospital or NGO records. CoSafe shows them "
                                   "as their own layer, always apart from what participants felt (pins and audit "
                                   "scores).")
STATUS_TIMEOUT = 8000


def ask_incident_path(parent: QWidget | None, directory: str) -> str | None:
    return dialogs.ask_open_file(parent, Audits.tr("Import Recorded Incidents"), directory, incident_filter())


def incident_filter() -> str:
    """The file dialog's filter: descriptions in the reader's language, the patterns as they are."""
    return ";;".join((
        # "gdb" and "*.gdbtable": any file inside a File Geodatabase folder stands for it.
        arg(Audits.tr("Incident files (%1)"),
            "*.csv *.geojson *.json *.gpkg *.shp *.zip *.kml *.kmz *.fgb gdb *.gdbtable"),
        arg(Audits.tr("CSV with longitude/latitude or x/y (%1)"), "*.csv"),
        arg(Audits.tr("All files (%1)"), "*")))


class IncidentOptionsDialog(QDialog):
    """Where the data comes from, and the few things the file may not say itself."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentOptionsDialog")
        self.setWindowTitle(self.tr("Import Recorded Incidents"))
        self.setMinimumWidth(540)
        note = QLabel(translate("Audits", NOTE), self)
        note.setWordWrap(True)
        note.setObjectName("fieldHelp")
        self.source_edit = QLineEdit(os.path.splitext(file_name)[0], self)
        self.source_edit.setObjectName("incidentSource")
        self.source_edit.setPlaceholderText(self.tr("Required, e.g. Police records 2023"))
        self.crs_edit = QLineEdit(self)
        self.crs_edit.setPlaceholderText(self.tr("Only for x/y columns, e.g. EPSG:32737"))
        self.category_edit = QLineEdit(self)
        self.category_edit.setPlaceholderText(self.tr("Found by name (category, type, offence…) when blank"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("Found by name (date, occurred_on…) when blank"))
        form = QFormLayout()
        form.addRow(note)
        form.addRow(self.tr("&Source"), self.source_edit)
        form.addRow(self.tr("&CRS"), self.crs_edit)
        form.addRow(self.tr("Ca&tegory column"), self.category_edit)
        form.addRow(self.tr("&Date column"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        dialogs.finish_form_dialog(self, form, buttons, self.source_edit)

    def options(self) -> dict[str, str | None]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {"source": self.source_edit.text().strip(), "crs": text(self.crs_edit),
                "category_field": text(self.category_edit), "date_field": text(self.date_edit)}


def ask_incident_options(parent: QWidget | None, file_name: str) -> dict[str, str | None] | None:
    dialog = IncidentOptionsDialog(file_name, parent)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_csv_options(parent: QWidget | None, head: IncidentHead) -> dict[str, str | None] | None:
    """The CSV's columns, date format and source, chosen over a preview of its first rows."""
    from cosafe.ui.features.audits.incident_import_dialog import IncidentImportDialog

    dialog = IncidentImportDialog(head, parent)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class IncidentImporter(QObject):
    """The recorded-incident import of one main window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self._host = host
        self._window = host.window

    def run(self, path: str | None = None) -> int:
        session = self._host.session
        if session is None or session.is_read_only:
            return 0
        path = path or ask_incident_path(self._window, self._host.remembered_folder(LAST_FOLDER_KEY))
        if not path:
            return 0
        self._host.remember_folder(LAST_FOLDER_KEY, path)
        name = os.path.basename(path)
        try:
            head = read_head(path) if previewable(path) else None
        except IncidentImportError as error:
            dialogs.show_error(self._window, translate("Audits", FAILED_TITLE), str(error))
            return 0
        if head is not None:
            options = ask_csv_options(self._window, head)
        else:
            options = ask_incident_options(self._window, name)
        if options is None:
            return 0
        source = options.pop("source") or name

        store = session.store

        def job(progress: Progress) -> tuple[AddRecords, IncidentRead]:
            if not progress(0.0, self.tr("Reading the file…")):
                raise ImportCancelled()
            reading = self.tr("Reading the file…")
            # A large export takes seconds to read: the bar moves with its rows, and Cancel stops the read.
            read = read_labelled_file(path, source, **options,
                                      rows_read=lambda share: progress(0.85 * share, reading))
            incidents = read.incidents
            if not progress(0.85, self.tr("Storing %Ln recorded incidents…", "", len(incidents))):
                raise ImportCancelled()
            edit = AddRecords(incidents, arg(self.tr("Import %Ln recorded incidents from %1", "", len(incidents)),
                                             name))
            edit.apply(store)  # one transaction: all or nothing
            progress(1.0, self.tr("%Ln recorded incidents stored", "", len(incidents)))
            return edit, read

        outcome = run_with_progress(self._window, arg(self.tr("Importing recorded incidents from %1…"), name), job)
        if outcome.cancelled:
            self._host.show_status(translate("Audits", CANCELLED_TEXT), STATUS_TIMEOUT)
            return 0
        if outcome.error is not None:
            dialogs.show_error(self._window, translate("Audits", FAILED_TITLE), outcome.error)
            return 0
        edit, read = outcome.result
        session.adopt(edit, Change.INCIDENTS)  # one undo step takes the whole import back
        count = len(edit.touched_records()["incidents"])
        label = " ".join(source.split())
        summary = arg(self.tr("Imported %Ln recorded incidents (“%1”), shown apart from perceptions", "", count),
                      label)
        notes = left_out_notes(read)
        self._host.show_status(with_notes(summary, notes), STATUS_TIMEOUT)
        if notes:  # rows left out are said where they stay on screen, not only in the status bar
            dialogs.show_info(self._window, self.tr("Import Recorded Incidents"), with_notes(summary, notes))
        return count
