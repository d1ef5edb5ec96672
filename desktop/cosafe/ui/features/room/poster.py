"""The room's poster: the QR code, the address and the room code, large, for the projector.

Contract: ``RoomPoster(url, address, code)`` is a window of its own showing the QR code
as large as the screen allows (whole pixels per module), the short address and the room
code in type read from the back of a room. ``show_on(screen)`` shows it full screen there;
Escape, a click or Close takes it away. ``poster_screen(window_screen, screens)`` is the
screen the room looks at: the largest but the window's (the projector), or the only one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QMouseEvent, QPixmap, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cosafe.core.i18n import arg
from cosafe.ui.features.room.qr import qr_image
from cosafe.ui.kit.accessibility import describe


def poster_screen(window_screen: QScreen | None, screens: Sequence[QScreen]) -> QScreen | None:
    others = [screen for screen in screens if screen is not window_screen] or list(screens)
    if not others:
        return None
    return max(reversed(others), key=lambda screen: screen.geometry().width() * screen.geometry().height())


class RoomPoster(QWidget):
    def __init__(self, url: str, address: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomPoster")
        self.setWindowTitle(self.tr("Join the room"))
        self.setStyleSheet("QWidget#roomPoster { background: white; } QLabel { color: black; }")
        self.url = url
        self.qr_label = describe(QLabel(), self.tr("QR code of the room's address"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label = QLabel(address)
        self.code_label = QLabel(arg(self.tr("Room code: %1"), code))
        for label in (self.address_label, self.code_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr("Scan the code with your phone's camera, or type the address in its browser."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.qr_label, 1)
        layout.addWidget(self.address_label)
        layout.addWidget(self.code_label)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        height = max(1, self.height())
        big = QFont(self.font())
        big.setPixelSize(max(18, height // 14))
        big.setBold(True)
        self.address_label.setFont(big)
        self.code_label.setFont(big)
        hint = QFont(self.font())
        hint.setPixelSize(max(14, height // 32))
        self.hint.setFont(hint)
        side = max(64, min(self.width() - 40, height - 3 * big.pixelSize() - 2 * hint.pixelSize() - 60))
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(self.url, side)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.close()


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())
