"""The presentation's legend shows each group's symbol beside its name, not its colour alone (issue 14)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from cosafe.core.group_symbols import group_symbol, symbol_description
from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.records import Group
from cosafe.ui.shell.presentation_legend import PresentationLegend


class Context(QObject):
    """What the legend reads of the workshop context: one workshop's groups, one of them active."""

    changed = Signal()
    reloaded = Signal()

    def __init__(self, groups: list[Group]) -> None:
        super().__init__()
        self.groups, self.workshop_uuid, self.group_uuid = groups, "w", groups[0].uuid

    def groups_of(self, workshop_uuid: str | None) -> list[Group]:
        return self.groups if workshop_uuid == "w" else []


def ink(label: QLabel) -> np.ndarray:
    image = label.pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), 3] > 60


def test_each_group_row_shows_its_marker_line_and_area_in_its_symbol(qtbot):
    groups = [Group(workshop_uuid="w", name="Youth", colour=GROUP_COLOURS[0]),
              Group(workshop_uuid="w", name="Women traders", colour=GROUP_COLOURS[1])]
    legend = PresentationLegend(Context(groups))  # type: ignore[arg-type] - the part of the context it reads
    qtbot.addWidget(legend)
    marks = [label for label in legend.findChildren(QLabel) if not label.pixmap().isNull()]
    assert len(marks) == 4  # two groups, two kinds of pin
    first, second = ink(marks[0]), ink(marks[1])
    assert first.shape == second.shape
    height = legend.fontMetrics().height() * marks[0].pixmap().devicePixelRatio()
    assert first.shape[1] > 2.5 * height  # a marker, a line and an area side by side
    # Colour aside, the two groups' marks differ: a circle and a star, solid and dashed, plain and hatched.
    assert (first ^ second).sum() >= 0.1 * first.sum()
    # And the mark says so in words, for a screen reader and a tooltip.
    assert marks[1].toolTip() == marks[1].accessibleName() == symbol_description(group_symbol(GROUP_COLOURS[1]))
    assert marks[1].toolTip().startswith("star, dashed line")


def test_right_to_left_a_name_in_latin_letters_stands_beside_its_mark(qtbot, qapp):
    """In Arabic the column is mirrored: "Youth" stood at the far side, away from its mark."""
    from PySide6.QtCore import Qt

    groups = [Group(workshop_uuid="w", name="Youth", colour=GROUP_COLOURS[0]),
              Group(workshop_uuid="w", name="Residents", colour=GROUP_COLOURS[1])]
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        legend = PresentationLegend(Context(groups))  # type: ignore[arg-type] - the part of the context it reads
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    legend.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(legend)
    legend.resize(400, legend.sizeHint().height())
    legend.show()
    qtbot.waitExposed(legend)
    names = [label for label in legend.findChildren(QLabel) if label.pixmap().isNull()]
    for label in names[:2]:
        shot = label.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
        rows = np.frombuffer(shot.constBits(), np.uint8).reshape(shot.height(), shot.bytesPerLine() // 4, 4)
        dark = np.nonzero((rows[:, :shot.width(), :3].max(axis=2) < 100).any(axis=0))[0]
        assert dark.size and shot.width() - dark.max() < 12, label.text()  # against the mark, on the right
