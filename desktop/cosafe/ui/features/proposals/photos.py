"""Photos of a proposal: read and downscale at add, a thumbnail strip, a bigger view.

Contract:
- ``photo_attachment(path, owner_uuid)`` reads a photo upright (EXIF) and returns an
  ``Attachment`` (owner_table 'proposals') holding a JPEG no larger than
  ``MAX_PHOTO_SIDE`` on its long side; unreadable files raise ``PhotoError`` with a
  one-line message. Nothing is written: the caller performs an ``AddRecord``.
- ``PhotoSection`` is the Photos part of the Proposal Details dock: thumbnails, Add
  Photo… (files from the ``ask_paths`` callable; several files are one undo step)
  and Remove, each through ``ProjectSession.perform``; unreadable files are
  reported inline and skipped.
- ``PhotoStrip`` shows thumbnails made from the stored bytes; it never writes.
  ``remove_requested(uuid)`` asks to remove one (Delete key or the panel's button);
  a double-click opens ``PhotoViewer`` with the photo at a readable size.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup
from cosafe.core.records import Attachment, Proposal
from cosafe.io.import_errors import BasemapImportError
from cosafe.ui.kit.icons import icon
from cosafe.ui.session import ProjectSession
from cosafe.ui.kit import dialogs
from cosafe.ui.features.proposals.common import proposal_name

MAX_PHOTO_SIDE = 2048  # pixels: enough to see a dark corner on a projector, small enough to share the file
THUMB_SIDE = 96
UUID_ROLE = Qt.ItemDataRole.UserRole


class PhotoError(ValueError):
    """A photo could not be read; the message is one line for the user."""


PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"


def ask_photo_paths(parent: QWidget | None) -> list[str]:
    """Ask for photo files to add (absolute paths, [] when cancelled)."""
    return dialogs.ask_open_files(parent, "Add Photos", "", PHOTO_FILTER)


def photo_attachment(path: str, owner_uuid: str, caption: str = "") -> Attachment:
    """Read ``path`` upright, downscale to MAX_PHOTO_SIDE, and wrap it as a proposal's attachment."""
    from cosafe.io.image_import import downscale, open_upright  # Pillow loads with the first photo, not at start

    try:
        image = open_upright(path)
    except BasemapImportError as failure:
        raise PhotoError(str(failure)) from None
    image, _ = downscale(image, MAX_PHOTO_SIDE)
    out = io.BytesIO()
    # Always JPEG: phone photos are photographs, and one format keeps exports simple.
    image.convert("RGB").save(out, format="JPEG", quality=88)
    base = os.path.splitext(os.path.basename(path))[0] or "photo"
    return Attachment(owner_table="proposals", owner_uuid=owner_uuid, filename=f"{base}.jpg",
                      mime_type="image/jpeg", data=out.getvalue(), width=image.width,
                      height=image.height, caption=caption)


def pixmap_of(attachment: Attachment) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(attachment.data)
    return pixmap


class PhotoStrip(QListWidget):
    """A row of thumbnails of one proposal's photos."""

    remove_requested = Signal(str)  # attachment uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalPhotos")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.setSpacing(4)
        self.setFixedHeight(THUMB_SIDE + 16)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.itemDoubleClicked.connect(lambda item: self.open_viewer(item.data(UUID_ROLE)))
        self.photos: list[Attachment] = []
        # Thumbnails by attachment uuid: stored photos never change, so they are made once.
        self._thumbs: dict[str, QIcon] = {}
        self.viewer: PhotoViewer | None = None

    def show_photos(self, photos: list[Attachment]) -> None:
        self.photos = list(photos)
        self.clear()
        for photo in self.photos:
            thumb = self._thumbs.get(photo.uuid)
            if thumb is None:
                scaled = pixmap_of(photo).scaled(THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
                thumb = self._thumbs[photo.uuid] = QIcon(scaled)
            item = QListWidgetItem(thumb, "")
            item.setData(UUID_ROLE, photo.uuid)
            item.setToolTip(f"{photo.caption or photo.filename}\n{photo.width} × {photo.height} px"
                            "\nDouble-click to view larger")
            self.addItem(item)

    def selected_uuid(self) -> str | None:
        items = self.selectedItems()
        return items[0].data(UUID_ROLE) if items else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        uuid = self.selected_uuid()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and uuid:
            self.remove_requested.emit(uuid)
            return
        super().keyPressEvent(event)

    def open_viewer(self, uuid: str) -> None:
        photo = next((p for p in self.photos if p.uuid == uuid), None)
        if photo is None:
            return
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = PhotoViewer(photo, self.window())
        self.viewer.show()


class PhotoViewer(QDialog):
    """One photo, fitted to most of the screen; non-modal so the map stays usable."""

    def __init__(self, photo: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(photo.caption or photo.filename or "Photo")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pixmap = pixmap_of(photo)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = QSize(screen.width() * 3 // 4, screen.height() * 3 // 4) if screen else QSize(1024, 768)
        if pixmap.width() > limit.width() or pixmap.height() > limit.height():
            pixmap = pixmap.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image = QLabel(self)
        self.image.setPixmap(pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(buttons)


class PhotoSection(QWidget):
    """Thumbnails of one proposal's photos with Add Photo… and Remove (undoable)."""

    def __init__(self, ask_paths: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask_paths = ask_paths
        self._session: ProjectSession | None = None
        self._proposal: Proposal | None = None
        self._editable = False
        self.strip = PhotoStrip(self)
        self.strip.remove_requested.connect(self.remove_photo)
        self.strip.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = self._button("Add Photo…", "add-photo", self.add_photos)
        self.remove_button = self._button("Remove", "remove", lambda: self.remove_photo(self.strip.selected_uuid()))
        self.remove_button.setToolTip("Remove the selected photo (Undo brings it back)")
        self.message = QLabel(self)
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E;")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Photos", self))
        layout.addWidget(self.strip)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _button(self, text: str, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_for(self, session: ProjectSession | None, proposal: Proposal | None, editable: bool) -> None:
        """Show ``proposal``'s photos (none for None); ``editable`` enables adding and removing."""
        if proposal is None or self._proposal is None or proposal.uuid != self._proposal.uuid:
            self.message.hide()
        self._session, self._proposal, self._editable = session, proposal, editable
        photos = (session.store.list(Attachment, "owner_table = 'proposals' AND owner_uuid = ?", (proposal.uuid,))
                  if session is not None and proposal is not None else [])
        self.strip.show_photos(photos)
        self.add_button.setEnabled(editable and proposal is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._editable and self.strip.selected_uuid() is not None)

    def add_photos(self) -> None:
        proposal, session = self._proposal, self._session
        if proposal is None or session is None or not self._editable:
            return
        self.message.hide()
        edits: list[AddRecord] = []
        problems: list[str] = []
        for path in self._ask_paths():
            try:
                edits.append(AddRecord(photo_attachment(path, proposal.uuid)))
            except PhotoError as failure:
                problems.append(str(failure))
        if problems:
            self.message.setText("\n".join(problems))
            self.message.show()
        name = proposal_name(proposal)
        if len(edits) == 1:
            session.perform(AddRecord(edits[0].record, f"Add photo to “{name}”"))
        elif edits:
            session.perform(EditGroup(list[Edit](edits), f"Add {len(edits)} photos to “{name}”"))

    def remove_photo(self, uuid: str | None) -> None:
        proposal, session = self._proposal, self._session
        if uuid and proposal is not None and session is not None and self._editable:
            session.perform(DeleteRecord(session.store, Attachment, uuid, f"Remove photo from “{proposal_name(proposal)}”"))
