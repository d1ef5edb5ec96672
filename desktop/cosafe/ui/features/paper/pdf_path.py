"""The "Save as" row of the print dialogs: a PDF's path and a Browse… button.

Contract: ``PdfPathRow(folder, name, browse_title)`` starts at ``folder/name.pdf`` (the
home folder when ``folder`` is empty); ``edit`` is its line edit (``textChanged`` says
when it changes), ``browse()`` asks for a file with ``browse_title``, and ``path()`` is the
typed path made absolute, ending in ``.pdf``.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from cosafe.ui.kit import dialogs


class PdfPathRow(QWidget):
    """A PDF's path and a Browse… button (see the module contract)."""

    def __init__(self, folder: str, name: str, browse_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browse_title = browse_title
        self.edit = QLineEdit(os.path.join(folder or os.path.expanduser("~"), f"{name}.pdf"))
        # Wide enough for a folder and the file's name: a print dialog was as narrow as its
        # combo boxes, and the field showed "…h9m3b8so/group maps.pdf".
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("x" * 48))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def browse(self) -> None:
        path = dialogs.ask_save_file(self, self._browse_title, os.path.dirname(self.edit.text()),
                                     self.tr("PDF documents (*.pdf)"), "pdf", os.path.basename(self.edit.text()))
        if path:
            self.edit.setText(path)

    def path(self) -> str:
        path = os.path.abspath(self.edit.text().strip())
        return path if path.lower().endswith(".pdf") else path + ".pdf"
