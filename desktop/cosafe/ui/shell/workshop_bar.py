"""The bar above the map where the active workshop and group are always shown.

Contract: ``WorkshopBar(parent)`` is a QToolBar (the workshops feature fills it through
``ToolbarId.WORKSHOP``) that the window puts in its central column, right above the
map, not in the toolbar area. It never hides a part behind "»": its minimum size is
its whole size, so the docks beside the map give way instead.

Why not the main toolbar: there, at 1280 px, the Workshop and Group choosers went
behind the toolbar's "»" — and the group decides which group gets credit for every
sketch. Above the map they are in one place whatever the toolbars hold, and the
room sees them beside what is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolBar, QWidget


class WorkshopBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop and Group"))
        self.setMovable(False)
        self.setFloatable(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()
