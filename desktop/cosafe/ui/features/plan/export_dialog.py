"""Plan › Export Plan (PDF)…: paper, public or full version, file; maps on the UI thread, PDF in a worker.

Contract:
- ``PlanExportDialog(store, parent)``; ``exec()`` as any dialog. The user picks the
  paper (A4 or Letter), leaves "Public version" ticked (the default: what leaves the
  laptop is public unless someone chooses otherwise; explained in plain words beside it:
  pin locations blurred to a ``grid_m`` grid, no stories or comments, never a
  contact; the full version is for the partners who run the plan — contacts are
  never printed in either) and the output file (``choose_path()``, a non-native
  save dialog that tests replace; Export asks if none was chosen; ".pdf" is added).
- Export renders the maps with ``ui.plan_maps.render_plan_maps`` on the UI thread
  (they use Qt graphics), then gathers the content (``build_plan_content``) and
  writes the PDF (``write_plan_pdf``) in a worker behind the cancellable progress
  dialog (``progress_job.run_with_progress``). Success closes the dialog
  (``written_path`` is the file) and offers to open its folder
  (``dialogs.offer``; ``open_folder`` is replaceable); Cancel says so in the
  dialog and leaves no file; an error is one line (``dialogs.show_error``), the
  dialog stays open and no file is left. The dialog never writes to the project.
- The plan is written in the project's report language (``store.report_language``),
  else the window's: the maps' words on the UI thread and the content and the PDF in
  the worker are made inside ``catalogues.speaking`` (per thread), so the window keeps
  its own language — its progress says "Writing the plan", whatever the plan speaks.
  ``plan_language()`` is the code the plan is written in.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from cosafe.catalogues import speaking, translator_for
from cosafe.core.formats import format_number
from cosafe.core.i18n import arg, language
from cosafe.core.report_language import report_language_for
from cosafe.io.export import DEFAULT_GRID_M
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.progress_job import run_with_progress
from cosafe.ui.kit.dialogs import wait_cursor

FOLDER_KEY = "export/planFolder"


def suggested_name(store: ProjectStore, public: bool) -> str:
    name = "".join(c if c.isalnum() or c in " -_" else " " for c in (store.name or "Project")).strip() or "Project"
    return f"{name} - action plan{' (public)' if public else ''}.pdf"


class PlanExportDialog(QDialog):
    def __init__(self, store: ProjectStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planExportDialog")
        self.setWindowTitle(self.tr("Export Plan (PDF)"))
        self._store = store
        self.written_path: str | None = None

        self.a4_radio = QRadioButton(self.tr("&A4"), self)
        self.letter_radio = QRadioButton(self.tr("&Letter (US)"), self)
        self.paper_group = QButtonGroup(self)
        for radio in (self.a4_radio, self.letter_radio):
            self.paper_group.addButton(radio)
        self.a4_radio.setChecked(True)
        paper = QHBoxLayout()
        paper.addWidget(self.a4_radio)
        paper.addWidget(self.letter_radio)
        paper.addStretch(1)
        self.public_box = QCheckBox(self.tr("&Public version"), self)
        self.public_box.setObjectName("publicVersion")
        self.public_help = QLabel(self._public_help(), self)
        self.public_help.setObjectName("fieldHelp")
        self.public_help.setWordWrap(True)
        # What leaves the laptop is the public version unless someone chooses the full one.
        self.public_box.setChecked(True)
        self.public_box.toggled.connect(self._public_toggled)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the PDF"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        self.message = QLabel(self)
        self.message.setObjectName("fieldHelp")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Paper"), paper)
        form.addRow("", self.public_box)
        form.addRow("", self.public_help)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path_edit)  # Alt+F goes to the path (a row of a layout has no buddy of its own)
        form.addRow(file_label, where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)

    def _public_help(self) -> str:
        return arg(self.tr("For anyone: the website, a notice board, the press. Perception pins are moved to the centre "
                           "of a %1 m grid square so no one's spot can be found, and stories, comments and notes are "
                           "left out."), format_number(DEFAULT_GRID_M))

    def _full_help(self) -> str:
        return self.tr("Untick for the partners who carry out the plan: pins at their places, with stories and "
                       "comments. Contacts are never printed in either version.")

    def _failed_title(self) -> str:
        return self.tr("The plan was not exported")

    def plan_language(self) -> str:
        """The language code the plan is written in: the project's report language, else the window's."""
        return report_language_for(None, self._store.report_language, language())

    @property
    def paper(self) -> str:
        return "letter" if self.letter_radio.isChecked() else "a4"

    @property
    def public(self) -> bool:
        return self.public_box.isChecked()

    def _public_toggled(self, on: bool) -> None:
        self.public_help.setText(self._public_help() if on else self._full_help())
        path = self.path_edit.text().strip()
        if path and os.path.basename(path) == suggested_name(self._store, not on):
            # Still the suggested name: follow the version, so a public file is never named as the full one.
            self.path_edit.setText(os.path.join(os.path.dirname(path), suggested_name(self._store, on)))

    def _start_folder(self) -> str:
        folder = QSettings().value(FOLDER_KEY)
        if isinstance(folder, str) and os.path.isdir(folder):
            return folder
        return os.path.dirname(os.path.abspath(self._store.path))

    def choose_path(self) -> str | None:
        """Ask where to save the PDF (tests replace this)."""
        return dialogs.ask_save_file(self, self.tr("Export Plan (PDF)"), self._start_folder(),
                                     arg(self.tr("PDF documents (%1)"), "*.pdf"), "pdf",
                                     suggested_name(self._store, self.public))

    def _browse(self) -> None:
        path = self.choose_path()
        if path:
            self.path_edit.setText(path)

    def export(self) -> bool:
        path = self.path_edit.text().strip() or self.choose_path()
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        path = os.path.abspath(path)
        self.path_edit.setText(path)
        if not os.path.isdir(os.path.dirname(path)):
            dialogs.show_error(self, self._failed_title(), arg(self.tr("The folder %1 does not exist"), os.path.dirname(path)))
            return False
        from cosafe.io.plan_report import MAP_DPI, MAP_SIZE_PX, build_plan_content, write_plan_pdf
        from cosafe.ui.features.plan.maps import render_plan_maps

        store, public, paper, code = self._store, self.public, self.paper, self.plan_language()
        translator_for(code)  # its catalogue loaded here, on the UI thread, not by the worker
        self.message.setText(self.tr("Drawing the maps…"))
        try:
            with wait_cursor(), speaking(code):
                # The size the plan's pages are laid out for, as the CLI uses.
                maps = render_plan_maps(store, *MAP_SIZE_PX, dpi=MAP_DPI, public=public, grid_m=DEFAULT_GRID_M)
        except Exception as error:  # noqa: BLE001 - a drawing failure is told, never a traceback
            self.message.setText("")
            dialogs.show_error(self, self._failed_title(), arg(self.tr("The maps could not be drawn (%1)"), error))
            return False

        gathering, writing = self.tr("Gathering the plan"), self.tr("Writing the plan")

        def job(progress) -> str:
            if not progress(0.01, gathering):
                from cosafe.io.import_errors import ImportCancelled

                raise ImportCancelled()
            # The plan's words in its language, in this worker thread only; the steps it
            # reports are told in the window's words.
            with speaking(code):
                content = build_plan_content(store, public=public)
                write_plan_pdf(content, maps, path, paper=paper,
                               progress=lambda fraction, _step: progress(fraction, writing))
            return path

        outcome = run_with_progress(self, self.tr("Exporting the plan…"), job)
        if outcome.cancelled:
            self.message.setText(self.tr("Export cancelled; no file was written."))
            return False
        if outcome.error is not None:
            self.message.setText("")
            dialogs.show_error(self, self._failed_title(), outcome.export_error or "")
            return False
        self.written_path = path
        QSettings().setValue(FOLDER_KEY, os.path.dirname(path))
        self.accept()
        if dialogs.offer(self.parentWidget(), self.tr("Plan exported"), arg(self.tr("The plan was saved as %1."), path),
                         self.tr("Open Folder")):
            self.open_folder(os.path.dirname(path))
        return True

    def open_folder(self, folder: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
