"""A label's text in the window's reading direction, whatever letter it starts with.

Contract: ``in_reading_direction(widget, text)`` returns ``text`` led by a right-to-left
mark (U+200F, not drawn) when ``widget`` is laid out right to left, else ``text`` as it is.
Why: a QLabel takes its paragraph's direction from the text's first strong letter, so in
Arabic a line starting with a name in Latin letters ("Youth", "Riverside safety mapping
workshop: 3 groups…") was aligned to the left, away from its mark or its panel's side,
and its punctuation ordered left to right. The mark makes the paragraph right to left.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

RIGHT_TO_LEFT_MARK = "\u200f"


def in_reading_direction(widget: QWidget, text: str) -> str:
    return RIGHT_TO_LEFT_MARK + text if text and widget.isRightToLeft() else text
