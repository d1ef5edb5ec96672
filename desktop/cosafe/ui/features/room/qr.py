"""The room's QR code as an image (segno: pure Python), drawn with square, sharp modules.

Contract: ``qr_image(text, size)`` is a QImage at most ``size`` pixels wide (a whole
number of pixels per module, so no module blurs on a projector), black on white with
the standard quiet zone of four modules; error correction M, so a QR read off a wall at
an angle still scans. ``qr_modules(text)`` is its matrix (rows of 0/1), for tests.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

QUIET_ZONE = 4  # modules: the standard's minimum


def _code(text: str) -> segno.QRCode:
    return segno.make_qr(text, error="m")


def qr_modules(text: str) -> list[list[int]]:
    return [list(row) for row in _code(text).matrix]


def qr_image(text: str, size: int) -> QImage:
    code = _code(text)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    scale = max(1, size // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE, dark="black", light="white")
    image = QImage.fromData(buffer.getvalue(), "PNG")
    return image.convertToFormat(QImage.Format.Format_RGB32) if not image.isNull() else image


def fitted(image: QImage, side: int) -> QImage:
    """``image`` scaled to at most ``side`` pixels, by whole pixels per module (no smoothing)."""
    if image.isNull() or side <= 0:
        return image
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
