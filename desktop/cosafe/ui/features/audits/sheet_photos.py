"""The photos row of the audit entry form: thumbnails of one sheet's photos and Add Photo….

Contract:
- ``SheetPhotos(session)``: ``show_for(point_uuid | None, sequence)`` shows the saved
  photos of that point (none for a sheet not saved yet) and drops photos added but
  not saved. ``add_photos()`` reads the files ``ask_photo_paths()`` returns (tests patch
  it) into ``pending`` Attachments (downscaled JPEGs, ``io.photos.photo_attachment``);
  the form saves them with the sheet in its one edit. ``problems(text)`` reports files
  that are not photos, in one line; they are skipped.
- Removing a photo (Delete in the strip): a pending one is dropped; a saved one is
  removed as ONE edit ("Remove photo from audit point 3"). ``follow(point_uuid)``
  re-reads the saved photos after an undo, keeping pending ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from cosafe.core.edits import DeleteRecord
from cosafe.core.i18n import arg
from cosafe.core.records import Attachment, AuditPoint
from cosafe.core.audits import photos_of
from cosafe.ui.session import ProjectSession
from cosafe.io.photos import PhotoError, photo_attachment
from cosafe.ui.kit.photos import PhotoStrip, ask_photo_paths


class SheetPhotos(QWidget):
    """Thumbnails and Add Photo… for the sheet shown in the entry form."""

    problems = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pending: list[Attachment] = []
        self._point_uuid: str | None = None
        self._sequence = 0
        self.strip = PhotoStrip(self)
        self.strip.setObjectName("sheetPhotos")
        self.strip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab runs through the scores, not the photos
        self.strip.remove_requested.connect(self.remove_photo)
        self.add_button = QPushButton(self.tr("Add Photo…"), self)
        self.add_button.setToolTip(self.tr("Photos of this point (Ctrl+P); saved with the sheet"))
        self.add_button.setAutoDefault(False)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_photos)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.strip, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

    def ask_photo_paths(self) -> list[str]:
        """Ask for photo files (tests patch this)."""
        return ask_photo_paths(self)

    def show_for(self, point_uuid: str | None, sequence: int) -> None:
        self._point_uuid, self._sequence = point_uuid, sequence
        self.pending = []
        self._show()

    def follow(self, point_uuid: str | None) -> None:
        """Re-read the saved photos (after an undo), keeping the ones added but not saved."""
        self._point_uuid = point_uuid
        self._show()

    def add_photos(self) -> None:
        failures = []
        for path in self.ask_photo_paths():
            try:
                # The point is set when the sheet is saved (it may not exist yet).
                self.pending.append(photo_attachment(path, AuditPoint.TABLE, ""))
            except PhotoError as failure:
                failures.append(str(failure))
        self._show()
        if failures:
            self.problems.emit(self.tr("; ", "between problems").join(failures))

    def remove_photo(self, uuid: str) -> None:
        kept = [photo for photo in self.pending if photo.uuid != uuid]
        if len(kept) != len(self.pending):
            self.pending = kept
        else:
            label = arg(self.tr("Remove photo from audit point %1"), self._sequence)
            self.session.perform(DeleteRecord(self.session.store, Attachment, uuid, label))
        self._show()

    def _show(self) -> None:
        stored = photos_of(self.session.store, self._point_uuid) if self._point_uuid else []
        self.strip.show_photos(stored + self.pending)
        self.strip.setVisible(bool(stored or self.pending))
