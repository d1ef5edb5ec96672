"""A label's text keeps the window's reading direction whatever its first letter (kit.direction)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from cosafe.ui.kit.direction import in_reading_direction


def ink_columns(label: QLabel) -> np.ndarray:
    shot = label.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(shot.constBits(), np.uint8).reshape(shot.height(), shot.bytesPerLine() // 4, 4)
    return np.nonzero((rows[:, :shot.width(), :3].max(axis=2) < 100).any(axis=0))[0]


def test_right_to_left_a_latin_name_stands_on_the_right_left_to_right_unchanged(qtbot):
    for direction, rich in ((Qt.LayoutDirection.RightToLeft, False), (Qt.LayoutDirection.RightToLeft, True),
                            (Qt.LayoutDirection.LeftToRight, False)):
        label = QLabel()
        label.setLayoutDirection(direction)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setWordWrap(rich)
        text = "<b>Youth</b>: 3 groups" if rich else "Youth"
        label.setText(in_reading_direction(label, text))
        qtbot.addWidget(label)
        label.resize(300, 40)
        label.show()
        qtbot.waitExposed(label)
        ink = ink_columns(label)
        if direction == Qt.LayoutDirection.RightToLeft:
            assert label.text() == "\u200f" + text and label.width() - ink.max() < 12
        else:
            assert label.text() == text and ink.min() < 12
    assert in_reading_direction(label, "") == ""
