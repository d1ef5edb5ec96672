"""Plan › Export Actions (CSV)… and Export Layers…: the plan's spreadsheet and every layer for GIS.

Contract:
- ``PlanExports(host)``. ``export_actions_csv(path=None)`` asks for a file
  (``ask_csv_path``, replaceable; ".csv" added) and writes it with
  ``io.actions_csv.write_actions_csv`` (public: linked pins and incidents on the blur
  grid) in a worker behind the progress dialog, its words (vocabulary labels, the
  computed baselines) in the project's report language, else the window's
  (``catalogues.speaking`` in the worker; the window keeps its language).
- ``export_layers()`` opens ``LayersExportDialog``: format (GeoPackage, one file; or
  GeoJSON, a file per layer with CSV tables), a "Public version" tick box explained
  in plain words (pins snapped to a grid, stories and comments emptied; contacts are
  never exported), and a folder (``choose_folder``, replaceable). Export runs
  ``io.export.export_project(..., public=...)`` in a worker with progress and cancel.
- Success: a status-bar message and an offer to open the folder (``dialogs.offer``;
  ``open_folder`` replaceable). Cancel: a quiet status message. Error: one line
  (``dialogs.show_error``) and no file left. Neither writes to the project.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from cosafe.catalogues import speaking, translator_for
from cosafe.core.formats import format_number
from cosafe.core.i18n import arg, language
from cosafe.core.report_language import report_language_for
from cosafe.ui.kit import dialogs
from cosafe.ui.host import Host
from cosafe.ui.kit.progress_job import JobOutcome, run_with_progress

FOLDER_KEY = "export/planFolder"


def _start_folder(store: Any) -> str:
    folder = QSettings().value(FOLDER_KEY)
    if isinstance(folder, str) and os.path.isdir(folder):
        return folder
    return os.path.dirname(os.path.abspath(store.path))


def _file_stem(store: Any) -> str:
    return "".join(c if c.isalnum() or c in " -_" else " " for c in (store.name or "Project")).strip() or "Project"


class LayersExportDialog(QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layersExportDialog")
        self.setWindowTitle(self.tr("Export Layers"))
        self._store = store
        self.gpkg_radio = QRadioButton(self.tr("&GeoPackage (one file, opens in QGIS)"), self)
        self.geojson_radio = QRadioButton(self.tr("Geo&JSON (a file per layer, tables as CSV)"), self)
        group = QButtonGroup(self)
        group.addButton(self.gpkg_radio)
        group.addButton(self.geojson_radio)
        self.gpkg_radio.setChecked(True)
        self.public_box = QCheckBox(self.tr("&Public version"), self)
        self.public_box.setChecked(True)  # the safe choice first: sharing the full data is deliberate
        from cosafe.io.export import DEFAULT_GRID_M  # loaded with the first export, not at start-up

        public_help = arg(self.tr("Public: perception pins are moved to the centre of a %1 m grid square and stories, "
                                  "comments and notes are emptied, so the files can be shared openly."),
                          format_number(DEFAULT_GRID_M))
        full_help = self.tr("Untick for the project team: pins at their places, with their stories. Contacts are never "
                            "exported.")
        self.public_help = QLabel(public_help, self)
        self.public_help.setObjectName("fieldHelp")
        self.public_help.setWordWrap(True)
        self.public_box.toggled.connect(lambda on: self.public_help.setText(public_help if on else full_help))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("Choose a folder for the files"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder_edit, 1)
        where.addWidget(browse)
        formats = QVBoxLayout()
        formats.addWidget(self.gpkg_radio)
        formats.addWidget(self.geojson_radio)
        form = QFormLayout()
        form.addRow(self.tr("Format"), formats)
        form.addRow("", self.public_box)
        form.addRow("", self.public_help)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self._accept_if_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @property
    def fmt(self) -> str:
        return "geojson" if self.geojson_radio.isChecked() else "gpkg"

    def choose_folder(self) -> str | None:
        """Ask for the folder (tests replace this)."""
        dialog = QFileDialog(self, self.tr("Export Layers to Folder"), _start_folder(self._store))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return os.path.abspath(dialog.selectedFiles()[0])

    def _browse(self) -> None:
        folder = self.choose_folder()
        if folder:
            self.folder_edit.setText(folder)

    def _accept_if_folder(self) -> None:
        if not self.folder_edit.text().strip():
            self._browse()
        if self.folder_edit.text().strip():
            self.accept()


class PlanExports(QObject):
    """The CSV and GIS exports of one window's project."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window  # the dialogs' parent

    @property
    def store(self) -> Any:
        session = self.host.session
        return session.store if session is not None else None

    def ask_csv_path(self) -> str | None:
        """Ask where to save the actions spreadsheet (tests replace this)."""
        store = self.store
        return dialogs.ask_save_file(self.window, self.tr("Export Actions (CSV)"), _start_folder(store),
                                     arg(self.tr("CSV spreadsheets (%1)"), "*.csv"), "csv", f"{_file_stem(store)} - actions.csv")

    def export_actions_csv(self, path: str | None = None) -> str | None:
        store = self.store
        if store is None:
            return None
        path = path or self.ask_csv_path()
        if not path:
            return None
        path = os.path.abspath(path if path.lower().endswith(".csv") else path + ".csv")
        from cosafe.io.actions_csv import write_actions_csv
        from cosafe.io.export import DEFAULT_GRID_M

        writing = self.tr("Writing the actions")
        code = report_language_for(None, store.report_language, language())
        translator_for(code)  # its catalogue loaded here, on the UI thread, not by the worker

        def job(progress) -> int:
            progress(0.1, writing)
            with speaking(code):  # the spreadsheet's words in the report language, in this thread only
                return write_actions_csv(store, path)

        outcome = run_with_progress(self.window, self.tr("Exporting the actions…"), job)
        if self._failed(outcome, self.tr("The actions were not exported")):
            return None
        self._done(os.path.dirname(path), arg(self.tr("%Ln actions written to %1 (linked pins and incidents at %2 m, not "
                                                      "their exact places)", "", outcome.result),
                                              os.path.basename(path), format_number(DEFAULT_GRID_M)))
        return path

    def export_layers(self) -> list[str] | None:
        store = self.store
        if store is None:
            return None
        dialog = LayersExportDialog(store, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            folder, fmt, public = os.path.abspath(dialog.folder_edit.text().strip()), dialog.fmt, \
                dialog.public_box.isChecked()
        finally:
            dialog.deleteLater()
        from cosafe.io.export import export_project

        outcome = run_with_progress(self.window, self.tr("Exporting the layers…"),
                                    lambda progress: export_project(store, folder, fmt, public=public,
                                                                    progress=progress))
        if self._failed(outcome, self.tr("The layers were not exported")):
            return None
        written: list[str] = outcome.result
        self._done(folder, arg(self.tr("%Ln public files written to %1", "", len(written)) if public
                               else self.tr("%Ln files written to %1", "", len(written)), folder))
        return written

    def _failed(self, outcome: JobOutcome, title: str) -> bool:
        if outcome.cancelled:
            self.host.show_status(self.tr("Export cancelled; no file was written"))
            return True
        if outcome.error is not None:
            dialogs.show_error(self.window, title, outcome.export_error or "")
            return True
        return False

    def _done(self, folder: str, message: str) -> None:
        QSettings().setValue(FOLDER_KEY, folder)
        self.host.show_status(message)
        if dialogs.offer(self.window, self.tr("Export finished"), arg(self.tr("%1.", "a finished export's message, as a sentence"), message),
                         self.tr("Open Folder")):
            self.open_folder(folder)

    def open_folder(self, folder: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
