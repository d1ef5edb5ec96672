"""Photos of a proposal: read and downscale at add, a thumbnail strip, a bigger view.

Contract:
- ``photo_attachment(path, owner_uuid)`` reads a photo upright (EXIF) and returns an
  ``Attachment`` (owner_table 'proposals') holding a JPEG no larger than
  ``MAX_PHOTO_SIDE`` on its long side; unreadable files raise ``PhotoError`` with a
  one-line message. Nothing is written: the caller performs an ``AddRecord``.
- ``PhotoStrip`` shows thumbnails made from the stored bytes; it never writes.
  ``remove_requested(uuid)`` asks to remove one (Delete key or the panel's button);
  a double-click opens ``PhotoViewer`` with the photo at a readable size.
"""

from __future__ import annotations

import io
import os

from PIL import Image
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cosafe.core.records import Attachment
from cosafe.io.image_import import open_upright
from cosafe.io.vector_source import BasemapImportError

MAX_PHOTO_SIDE = 2048  # pixels: enough to see a dark corner on a projector, small enough to share the file
THUMB_SIDE = 96
UUID_ROLE = Qt.ItemDataRole.UserRole


class PhotoError(ValueError):
    """A photo could not be read; the message is one line for the user."""


def photo_attachment(path: str, owner_uuid: str, caption: str = "") -> Attachment:
    """Read ``path`` upright, downscale to MAX_PHOTO_SIDE, and wrap it as a proposal's attachment."""
    try:
        image = open_upright(path)
    except BasemapImportError as failure:
        raise PhotoError(str(failure)) from None
    scale = min(1.0, MAX_PHOTO_SIDE / max(image.size))
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
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
