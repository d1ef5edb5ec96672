"""Lay out lines of text with Qt (HarfBuzz shaping, Qt's bidi) into PNG files: the reference for the plan's Arabic.

Run in a process of its own (it makes a QGuiApplication):
``python qt_text_lines.py FONT PIXELS OUT_DIR`` with a JSON list of lines on stdin;
writes OUT_DIR/qt-<i>.png, black text on white, each line laid out right to left
(``Qt.RightToLeft``, as an Arabic paragraph is), in the font file FONT at PIXELS pixels.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> None:
    font_file, pixels, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QTextLayout, QTextOption

    app = QGuiApplication([])
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(font_file))
    assert families, font_file
    font = QFont(families[0])
    font.setPixelSize(pixels)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for i, text in enumerate(json.load(sys.stdin)):
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(pixels * len(text))
        layout.endLayout()
        rect = line.naturalTextRect()  # where the text sits in its (wide, right-aligned) line
        image = QImage(int(rect.width()) + 2 * pixels, 3 * pixels, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("black"))
        layout.draw(painter, QPointF(pixels - rect.left(), pixels // 2))
        painter.end()
        image.save(os.path.join(out, f"qt-{i}.png"))
    del app


if __name__ == "__main__":
    main()
