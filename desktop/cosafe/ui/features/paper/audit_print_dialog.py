"""Audit › Print Audit Sheets…: which walk, which paper and which file; the PDF as ``cosafe print-sheets --walk``
writes it.

Contract:
- ``PrintAuditSheetsDialog(store, parent, folder)``: the project's audit walks (by title, as
  made), the paper (A4, A3) and the file to write. OK is enabled with a walk and a file
  named. ``choice()`` gives ``(walk title, paper, path)``.
- ``print_audit_sheets(host, store, parent)``: asks, chooses the sheets
  (``audit_sheets.choose_audit_sheets``: a walk without route or criteria is one line in an
  error box) and writes the PDF (a few pages of vectors: quick enough with a busy cursor)
  in the project's report language, as the command does; then offers to open the folder.
  Returns the path written, or None.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget)

from cosafe.catalogues import speaking
from cosafe.core.i18n import arg, language
from cosafe.core.records import AuditWalk
from cosafe.core.report_language import report_language_for
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.paper.pdf_path import PdfPathRow
from cosafe.ui.kit import dialogs

FOLDER_KEY = "paper-sheets-print"


class PrintAuditSheetsDialog(QDialog):
    """Ask what to print (see the module contract)."""

    def __init__(self, store: ProjectStore, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print Audit Sheets"))
        self.walk_combo = QComboBox()
        for walk in store.list(AuditWalk, order_by="created_at, uuid"):
            self.walk_combo.addItem(walk.title, walk.uuid)
        self.walk_combo.setToolTip(self.tr("A sheet is printed for every three points of the walk (five on A3)"))
        self.paper_combo = QComboBox()
        for key, text in (("a4", self.tr("A4 (a clipboard)")), ("a3", self.tr("A3"))):
            self.paper_combo.addItem(text, key)
        self.path_row = PdfPathRow(folder, self.tr("audit sheets"), self.tr("Save Audit Sheets As"))
        self.path_edit = self.path_row.edit
        form = QFormLayout(self)
        form.addRow(self.tr("Audit walk:"), self.walk_combo)
        form.addRow(self.tr("Paper:"), self.paper_combo)
        form.addRow(self.tr("Save as:"), self.path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print to PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.path_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.walk_combo.count() > 0 and bool(self.path_edit.text().strip()))

    def choice(self) -> tuple[str, str, str]:
        path = self.path_row.path()
        return self.walk_combo.currentText(), self.paper_combo.currentData(), path


def print_audit_sheets(host, store: ProjectStore, parent: QWidget) -> str | None:
    """Ask and print a walk's audit sheets (see the module contract)."""
    from cosafe.io.paper_sheets.audit_pdf import write_audit_pdf
    from cosafe.io.paper_sheets.audit_sheets import choose_audit_sheets
    from cosafe.io.paper_sheets.choice import SheetsError

    folder = host.remembered_folder(FOLDER_KEY) if host is not None else ""
    dialog = PrintAuditSheetsDialog(store, parent, folder)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        walk, paper, path = dialog.choice()
    finally:
        dialog.deleteLater()
    code = report_language_for(None, store.report_language, language())
    try:
        with dialogs.wait_cursor(), speaking(code):
            sheets = choose_audit_sheets(store, walk, paper)
            write_audit_pdf(sheets, path)
    except SheetsError as error:
        dialogs.show_error(parent, PrintAuditSheetsDialog.tr("The audit sheets were not printed"), str(error))
        return None
    if host is not None:
        host.remember_folder(FOLDER_KEY, os.path.dirname(path))
    message = arg(PrintAuditSheetsDialog.tr("%Ln audit sheets written to %1", "", len(sheets)), path)
    if dialogs.offer(parent, PrintAuditSheetsDialog.tr("Audit sheets printed"), message,
                     PrintAuditSheetsDialog.tr("Open Folder")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(path)))
    return path
