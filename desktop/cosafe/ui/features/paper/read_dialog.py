"""File › Read Paper Sheets…: photos of printed group maps read off the UI thread, then reviewed and stored.

Contract:
- ``ReadSheetsDialog(session, parent)``: photos come from Add Photos… or are dropped on the
  dialog (or on the window: ``feature``); ``read(paths)`` reads them in a worker behind a
  cancellable progress dialog (``kit.progress_job``). Each photo is one line of the list:
  a photo that is no CoSafe sheet, unreadable, or a sheet of another project says why in
  one translated line and the others go on; a read sheet says its number, group and how
  many dots need checking, and selecting it shows its ``ReviewPanel``.
- Store Sheet stores the selected sheet's accepted dots, as corrected (with the numbered notes'
  texts typed in the review: ``storing.sheet_edit``'s ``notes``), and the photo (metadata
  stripped: ``io.photos.photo_attachment``, kept as an attachment of the sheet's group,
  captioned with the sheet's number) as ONE undo step labelled "Read paper sheet N (group)"
  (``storing.sheet_edit``, which marks every record as read from that sheet and photo). A
  stored sheet cannot be stored twice; with no dot accepted there is nothing to store. A photo,
  or a sheet, read into the project before (``storing.earlier_text``) is stored again only when
  the person says so (``ask_store_again``, Cancel by default).
- An audit sheet (``audit_reading``) is listed with its number, walk and how many scores need
  checking, and reviewed in an ``AuditReviewPanel`` (which also says when its time-of-day ticks
  differ from the walk's time of day); Store Sheet stores its accepted scores, their provenance
  and the photo (metadata stripped, kept as an attachment of the walk, owner_table
  'audit_walks', captioned with the sheet's number) as ONE undo step labelled "Read audit sheet N
  (walk)" (``audit_storing.audit_sheet_edit``), and the status line says what the time-of-day
  ticks did (``audit_storing.time_of_day_text``). A photo, or the walk's sheet of that number,
  read before (``audit_storing.earlier_audit_text``) is stored again only when the person says
  so (``ask_store_again``, Cancel by default).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from cosafe.core.edits import AddRecord, EditGroup
from cosafe.core.i18n import arg
from cosafe.core.records import Attachment, AuditWalk, Group
from cosafe.io.import_errors import ImportCancelled
from cosafe.io.paper_sheets.reading import SheetReading
from cosafe.ui.features.paper.review_items import ReviewItem, corrected_reading, marks_text, review_items
from cosafe.ui.features.paper.review_view import ReviewPanel
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.progress_job import run_with_progress

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")
FOLDER_KEY = "paper-sheets"


@dataclass
class ReadPhoto:
    """One photo as read: a sheet to review, or the one line that says why it is none."""

    path: str
    reading: SheetReading | None = None
    group_name: str = ""
    attachment: Attachment | None = None
    refusal: str = ""
    items: list[ReviewItem] | None = None
    stored: bool = False
    digest: str = ""  # the photo file's SHA-256: what tells a photo read twice
    audit: object = None  # an AuditReading, for a photo of an audit sheet


def photo_paths(urls) -> list[str]:
    """The local photo files among dropped ``urls``."""
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile().lower().endswith(PHOTO_SUFFIXES)]


def read_one(store, path: str) -> ReadPhoto:
    """Read one photo (in the worker): the sheet and its photo without metadata, or why not."""
    from cosafe.io.paper_sheets.reading import NotASheet, load_photo, read_photo
    from cosafe.io.paper_sheets.storing import check_sheet, photo_digest
    from cosafe.io.photos import PhotoError, photo_attachment

    from cosafe.io.paper_sheets.audit_reading import read_audit_photo
    from cosafe.io.paper_sheets.audit_storing import check_audit_sheet

    try:
        image = load_photo(path)
        audit = read_audit_photo(image)
        if audit is not None:
            walk = check_audit_sheet(store, audit.identity)
            return ReadPhoto(path, group_name=walk.title, audit=audit, digest=photo_digest(path),
                             attachment=photo_attachment(path, AuditWalk.TABLE, walk.uuid))
        reading = read_photo(image)
        group = check_sheet(store, reading.identity)
        attachment = photo_attachment(path, Group.TABLE, group.uuid)
        digest = photo_digest(path)
    except (NotASheet, PhotoError) as error:
        return ReadPhoto(path, refusal=str(error))
    except OSError as error:  # the file went away between reading and hashing it
        return ReadPhoto(path, refusal=error.strerror or str(error))
    return ReadPhoto(path, reading, group.name, attachment, digest=digest)


class ReadSheetsDialog(QDialog):
    """Read photos of sheets, review each and store it (see the module contract)."""

    def __init__(self, session, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.host = host
        self.photos: list[ReadPhoto] = []
        self.setWindowTitle(self.tr("Read Paper Sheets"))
        self.setAcceptDrops(True)
        intro = QLabel(self.tr("Photos of printed group maps or audit sheets: drop them here or add them. Check "
                               "what was read, then store the sheet."))
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add Photos…"))
        self.add_button.clicked.connect(self.ask_photos)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose a read sheet in the list to check what was found on it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.panels: dict[int, ReviewPanel] = {}
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(intro)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.add_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 5)
        left.setMaximumWidth(320)
        # Wide enough for a photo's name and why it was refused: at 1 : 5 the list got a
        # sixth of a 1024-pixel screen and wrapped each line every two words.
        left.setMinimumWidth(min(320, left.fontMetrics().horizontalAdvance("x") * 40))
        split.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.store_button = self.buttons.addButton(self.tr("&Store Sheet"), QDialogButtonBox.ButtonRole.ActionRole)
        self.store_button.setToolTip(self.tr("Add the ticked dots to the project as one step you can undo"))
        self.store_button.clicked.connect(self.store_current)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- photos in -----------------------------------------------------------------------------

    def ask_photos(self) -> None:
        folder = self.host.remembered_folder(FOLDER_KEY) if self.host is not None else ""
        paths = dialogs.ask_open_files(self, self.tr("Photos of Paper Sheets"), folder,
                                       self.tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)"))
        if paths:
            if self.host is not None:
                self.host.remember_folder(FOLDER_KEY, os.path.dirname(paths[0]))
            self.read(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if photo_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = photo_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.read(paths)

    def read(self, paths: list[str]) -> None:
        """Read ``paths`` off the UI thread and list them (see the module contract)."""
        store = self.session.store
        reading_text = self.tr("Reading %1")

        def job(progress) -> list[ReadPhoto]:
            done = []
            for number, path in enumerate(paths):
                if not progress(number / len(paths), arg(reading_text, os.path.basename(path))):
                    raise ImportCancelled()
                done.append(read_one(store, path))
            progress(1.0, "")
            return done

        outcome = run_with_progress(self, self.tr("Reading paper sheets…"), job)
        if outcome.cancelled:
            self.status.setText(self.tr("Reading cancelled; the photos read so far are not listed"))
            return
        if outcome.error is not None:
            dialogs.show_error(self, self.tr("The photos were not read"), outcome.error)
            return
        first = None
        for photo in outcome.result:
            if photo.reading is not None:
                photo.items = review_items(photo.reading)
            self.photos.append(photo)
            entry = QListWidgetItem()
            self.list.addItem(entry)
            self._describe(len(self.photos) - 1)
            if first is None and (photo.reading is not None or photo.audit is not None):
                first = len(self.photos) - 1
        if first is not None:
            self.list.setCurrentRow(first)
        self._update_buttons()

    def _describe(self, row: int) -> None:
        photo = self.photos[row]
        name = os.path.basename(photo.path)
        if photo.audit is not None:
            text = self._describe_audit(name, photo)
        elif photo.reading is None:
            text = arg(self.tr("%1: %2", "a photo's file name, then why it cannot be read"), name, photo.refusal)
        else:
            number = photo.reading.identity.number
            flagged = sum(item.flagged for item in photo.items or [])
            if photo.stored:
                text = arg(self.tr("%1: sheet %2 (%3), stored"), name, number, photo.group_name)
            else:
                text = arg(self.tr("%1: sheet %2 (%3): %4", "%4: how many dots, how many to check"), name, number,
                           photo.group_name,
                           arg(self.tr("%1, %Ln to check", "%1: the marks found (3 dots, 1 pen line)", flagged),
                               marks_text(photo.items or [])))
        entry = self.list.item(row)
        entry.setText(text)
        entry.setToolTip(text)

    def _describe_audit(self, name: str, photo: ReadPhoto) -> str:
        from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION

        number = photo.audit.identity.number
        if photo.stored:
            return arg(self.tr("%1: audit sheet %2 (%3), stored"), name, number, photo.group_name)
        rows = [t for t in photo.audit.ticks if t.criterion != TIME_CRITERION]
        return arg(self.tr("%1: audit sheet %2 (%3): %4", "%4: how many scores, how many to check"), name, number,
                   photo.group_name, arg(self.tr("%Ln scores, %1 to check", "", len(rows)),
                                         sum(1 for t in rows if t.flags)))

    # -- review and store ------------------------------------------------------------------------

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.photos) and self.photos[row].audit is not None:
            from cosafe.ui.features.paper.audit_review import AuditReviewPanel

            if row not in self.panels:
                self.panels[row] = AuditReviewPanel(self.session.store, self.photos[row].audit)
                self.panels[row].changed.connect(self._update_buttons)
                self.stack.addWidget(self.panels[row])
            self.stack.setCurrentWidget(self.panels[row])
        elif not 0 <= row < len(self.photos) or self.photos[row].reading is None:
            self.stack.setCurrentWidget(self.empty)
        else:
            panel = self.panels.get(row)
            if panel is None:
                photo = self.photos[row]
                panel = ReviewPanel(self.session.store, photo.reading, photo.items or [])
                panel.changed.connect(self._update_buttons)
                self.panels[row] = panel
                self.stack.addWidget(panel)
            self.stack.setCurrentWidget(panel)
        self._update_buttons()

    def current_panel(self) -> ReviewPanel | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ReviewPanel) else None

    def current_audit_panel(self):
        """The shown ``AuditReviewPanel``, or None."""
        from cosafe.ui.features.paper.audit_review import AuditReviewPanel

        widget = self.stack.currentWidget()
        return widget if isinstance(widget, AuditReviewPanel) else None

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        panel = self.current_panel()
        photo = self.photos[row] if 0 <= row < len(self.photos) else None
        audit = self.current_audit_panel()
        if audit is not None and photo is not None:
            self.store_button.setEnabled(not photo.stored and audit.accepted_count() > 0
                                         and not self.session.is_read_only)
            if not photo.stored:
                self.status.setText(arg(self.tr("%Ln of the scores ticked to store", "", audit.accepted_count())))
            return
        can = (panel is not None and photo is not None and not photo.stored and panel.accepted_count() > 0
               and not self.session.is_read_only)
        self.store_button.setEnabled(can)
        if panel is not None and photo is not None and not photo.stored:
            self.status.setText(arg(self.tr("Ticked to store: %1", "%1: 3 dots, 1 pen line"),
                                    marks_text([item for item in panel.items if item.accepted])))
        elif photo is None or photo.reading is None:
            self.status.setText("")

    def store_current(self) -> bool:
        """Store the shown sheet's ticked dots and its photo as one undo step (see the module contract)."""
        from cosafe.io.paper_sheets.reading import NotASheet
        from cosafe.io.paper_sheets.storing import earlier_text, sheet_edit

        row = self.list.currentRow()
        if self.current_audit_panel() is not None:
            return self._store_audit(row)
        panel = self.current_panel()
        if panel is None or not 0 <= row < len(self.photos):
            return False
        photo = self.photos[row]
        if photo.stored or photo.reading is None:
            return False
        again = earlier_text(self.session.store, photo.reading, photo.digest)
        if again and not self.ask_store_again(again):
            return False
        try:
            notes = {(None, number): text for number, text in panel.notes().items()}
            edit = sheet_edit(self.session.store, corrected_reading(photo.reading, panel.items),
                              photo_sha256=photo.digest,
                              photo_uuid=photo.attachment.uuid if photo.attachment is not None else None,
                              notes=notes)
        except NotASheet as error:
            dialogs.show_error(self, self.tr("The sheet was not stored"), str(error))
            return False
        if not self._perform_with_photo(row, panel, edit,
                                        arg(self.tr("Photo of paper sheet %1"), photo.reading.identity.number)):
            return False
        self.status.setText(arg(self.tr("Sheet %1 stored: %2 added (Edit › Undo takes them away)",
                                        "%2: 3 dots, 1 pen line"), photo.reading.identity.number,
                                marks_text([item for item in panel.items if item.accepted])))
        self.store_button.setEnabled(False)
        return True

    def _perform_with_photo(self, row: int, panel: QWidget, edit, caption: str) -> bool:
        """Perform a sheet's ``edit`` (None: nothing to store) with its photo kept under ``caption``, as one undo
        step; then the photo is stored and its ``panel`` can no longer be changed."""
        if edit is None:
            return False
        photo = self.photos[row]
        steps = [edit]
        if photo.attachment is not None:
            photo.attachment.caption = caption
            steps.append(AddRecord(photo.attachment, edit.label))
        if not self.session.perform(EditGroup(steps, edit.label)):
            return False
        photo.stored = True
        panel.setEnabled(False)
        self._describe(row)
        return True

    def ask_store_again(self, earlier: str, audit: bool = False) -> bool:
        """Whether to store a photo or sheet read before (``earlier`` says when) once more; Cancel is the default."""
        consequence = (self.tr("%1. Storing it again replaces its points' scores with those ticked now.") if audit
                       else self.tr("%1. Storing it again adds its dots a second time."))
        return dialogs.ask_confirm(self, self.tr("Read Before"), arg(consequence, earlier), self.tr("Store Again"))

    def _store_audit(self, row: int) -> bool:
        """Store the shown audit sheet's accepted scores as one undo step."""
        from cosafe.io.paper_sheets.audit_storing import (audit_sheet_edit, check_audit_sheet, earlier_audit_text,
                                                          time_of_day_note, time_of_day_text)
        from cosafe.io.paper_sheets.reading import NotASheet

        photo, panel = self.photos[row], self.current_audit_panel()
        if photo.stored or panel is None:
            return False
        store = self.session.store
        ticks = panel.accepted_ticks()
        again = earlier_audit_text(store, photo.audit, photo.digest)
        if again and not self.ask_store_again(again, audit=True):
            return False
        try:
            walk = check_audit_sheet(store, photo.audit.identity)
            note = time_of_day_note(store, walk, photo.audit)
            edit = audit_sheet_edit(store, photo.audit, ticks, photo_sha256=photo.digest,
                                    photo_uuid=photo.attachment.uuid if photo.attachment is not None else None)
        except NotASheet as error:
            dialogs.show_error(self, self.tr("The sheet was not stored"), str(error))
            return False
        if not self._perform_with_photo(row, panel, edit,
                                        arg(self.tr("Photo of audit sheet %1"), photo.audit.identity.number)):
            return False
        stored = arg(self.tr("Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)", "", len(ticks)),
                     photo.audit.identity.number)
        said = time_of_day_text(note, photo.audit.identity.number, walk.title)
        self.status.setText("\n".join(line for line in (stored, said) if line))
        self.store_button.setEnabled(False)
        return True
