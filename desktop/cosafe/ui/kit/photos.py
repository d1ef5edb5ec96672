"""Photos shown in a panel: a thumbnail strip and a bigger view, from the stored bytes.

Contract:
- ``ask_photo_paths(parent)`` asks for photo files (absolute paths, [] when cancelled).
- ``PhotoStrip`` shows thumbnails of attachments; it never writes.
  ``remove_requested(uuid)`` asks to remove one (Delete key, or the owner's button);
  a double-click opens ``PhotoViewer`` with the photo at a readable size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cosafe.core.records import Attachment
from cosafe.core.i18n import arg
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.words import Fields

THUMB_SIDE = 96
UUID_ROLE = Qt.ItemDataRole.UserRole
PHOTO_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp"


def ask_photo_paths(parent: QWidget | None) -> list[str]:
    """Ask for photo files to add (absolute paths, [] when cancelled)."""
    return dialogs.ask_open_files(parent, Fields.tr("Add Photos"), "", arg(Fields.tr("Photos (%1)"), PHOTO_PATTERNS))


def pixmap_of(attachment: Attachment) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(attachment.data)
    return pixmap


class PhotoStrip(QListWidget):
    """A row of thumbnails of one record's photos."""

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
            item.setToolTip(arg(self.tr("%1\n%2 × %3 px\nDouble-click to view larger"),
                                photo.caption or photo.filename, photo.width, photo.height))
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
        self.setWindowTitle(photo.caption or photo.filename or self.tr("Photo"))
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
