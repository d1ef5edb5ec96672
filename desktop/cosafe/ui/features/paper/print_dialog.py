"""Workshop › Print Group Maps…: which workshop, which groups, which paper and which file; the PDF written
off the UI thread, as ``cosafe print-sheets`` writes it.

Contract:
- ``PrintSheetsDialog(store, parent)``: a workshop (the active one first when given), its groups
  each ticked, the paper (A4, A3, A2; A3 first, as the command's default) and the file to write.
  OK is enabled with at least one group ticked and a file named. ``choice()`` gives
  ``(paper, workshop title, group names, path)``.
- ``print_sheets(host, store, parent)``: asks, chooses the sheets (``choice.choose_sheets``: a
  refusal is one line in an error box), draws the maps on the UI thread (``sheet_maps``: the map export
  needs it) and writes the PDF in a worker behind a progress dialog whose Cancel leaves no
  file (the PDF is written beside it and moved in place only when whole and not cancelled);
  the sheets speak the project's report language, as the command's. Then offers to open the
  folder. Returns the path written, or None.
"""

from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QListWidget,
                               QListWidgetItem, QWidget)

from cosafe.catalogues import speaking, translator_for
from cosafe.core.i18n import arg, language
from cosafe.core.records import Group, Workshop
from cosafe.core.report_language import report_language_for
from cosafe.io.import_errors import ImportCancelled
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.paper.pdf_path import PdfPathRow
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.progress_job import run_with_progress

FOLDER_KEY = "paper-sheets-print"


class PrintSheetsDialog(QDialog):
    """Ask what to print (see the module contract)."""

    def __init__(self, store: ProjectStore, parent: QWidget | None = None, active_workshop: str | None = None,
                 folder: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Print Group Maps"))
        self.workshops = store.list(Workshop, order_by="created_at, uuid")
        self.workshop_combo = QComboBox()
        for workshop in self.workshops:
            self.workshop_combo.addItem(workshop.title, workshop.uuid)
        if active_workshop is not None and self.workshop_combo.findData(active_workshop) >= 0:
            self.workshop_combo.setCurrentIndex(self.workshop_combo.findData(active_workshop))
        self.group_list = QListWidget()
        self.group_list.setToolTip(self.tr("One sheet is printed for each ticked group"))
        self.paper_combo = QComboBox()
        for key, text in (("a3", self.tr("A3 (a table of 4–6 people)")), ("a4", self.tr("A4")),
                          ("a2", self.tr("A2 (a large table)"))):
            self.paper_combo.addItem(text, key)
        self.path_row = PdfPathRow(folder, self.tr("group maps"), self.tr("Save Group Maps As"))
        self.path_edit = self.path_row.edit
        form = QFormLayout(self)
        form.addRow(self.tr("Workshop:"), self.workshop_combo)
        form.addRow(self.tr("Groups:"), self.group_list)
        form.addRow(self.tr("Paper:"), self.paper_combo)
        form.addRow(self.tr("Save as:"), self.path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print to PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.workshop_combo.currentIndexChanged.connect(self._list_groups)
        self.group_list.itemChanged.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self._list_groups()

    def _list_groups(self) -> None:
        self.group_list.clear()
        uuid = self.workshop_combo.currentData()
        if uuid is not None:
            for group in self.store.list(Group, "workshop_uuid = ?", (uuid,), order_by="created_at, uuid"):
                item = QListWidgetItem(group.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.group_list.addItem(item)
        self._update()

    def ticked_groups(self) -> list[str]:
        return [self.group_list.item(row).text() for row in range(self.group_list.count())
                if self.group_list.item(row).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ticked_groups()) and bool(self.path_edit.text().strip()))

    def choice(self) -> tuple[str, str | None, list[str], str]:
        path = self.path_row.path()
        return self.paper_combo.currentData(), self.workshop_combo.currentText() or None, self.ticked_groups(), path


def print_sheets(host, store: ProjectStore, parent: QWidget, active_workshop: str | None = None) -> str | None:
    """Ask and print the group maps (see the module contract)."""
    from cosafe.io.paper_sheets.choice import SheetsError, choose_sheets, overview_pages
    from cosafe.io.paper_sheets.pdf import write_sheets_pdf
    from cosafe.ui.features.paper.sheet_maps import sheet_map_images

    folder = host.remembered_folder(FOLDER_KEY) if host is not None else ""
    dialog = PrintSheetsDialog(store, parent, active_workshop, folder)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        paper, workshop, groups, path = dialog.choice()
    finally:
        dialog.deleteLater()
    title = PrintSheetsDialog.tr("The group maps were not printed")
    code = report_language_for(None, store.report_language, language())
    translator_for(code)  # its catalogue loaded here, on the UI thread, not by the worker
    try:
        with dialogs.wait_cursor(), speaking(code):
            sheets = choose_sheets(store, paper, workshop, groups)
            overviews = overview_pages(sheets)
            maps, overview_maps = sheet_map_images(store, sheets, overviews)
    except (SheetsError, ValueError) as error:
        dialogs.show_error(parent, title, str(error))
        return None
    writing = PrintSheetsDialog.tr("Writing %Ln group maps", "", len(sheets))

    def job(progress) -> str:
        if not progress(0.05, writing):
            raise ImportCancelled()
        handle, partial = tempfile.mkstemp(suffix=".pdf", dir=os.path.dirname(path) or ".")
        os.close(handle)
        try:
            with speaking(code):  # the sheets' words in the report language, in this thread only
                write_sheets_pdf(sheets, maps, partial, list(zip(overviews, overview_maps)))
            if not progress(1.0, writing):
                raise ImportCancelled()
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        return path

    outcome = run_with_progress(parent, PrintSheetsDialog.tr("Printing group maps…"), job)
    if outcome.cancelled:
        if host is not None:
            host.show_status(PrintSheetsDialog.tr("Printing cancelled; no file was written"))
        return None
    if outcome.error is not None:
        dialogs.show_error(parent, title, outcome.export_error or "")
        return None
    if host is not None:
        host.remember_folder(FOLDER_KEY, os.path.dirname(path))
    message = arg(PrintSheetsDialog.tr("%Ln group maps written to %1", "", len(sheets)), path)
    if dialogs.offer(parent, PrintSheetsDialog.tr("Group maps printed"), message,
                     PrintSheetsDialog.tr("Open Folder")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(path)))
    return path
