"""The help windows on real screens: the shortcuts' three columns in view, the guide within a laptop's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle

from cosafe.ui.shell.help_pages import GuideWindow, ShortcutsDialog


def test_every_column_is_in_view_and_the_dialog_within_the_screen(window, qtbot):
    """At 560 pixels the Where column ("on the map") was behind a sideways scroll bar."""
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.tree.horizontalScrollBar().maximum() == 0
    where = dialog.tree.header()
    assert where.sectionPosition(2) + where.sectionSize(2) <= dialog.tree.viewport().width()


class LaptopScreen:
    """A 1024 × 768 laptop with a task bar: what a window asks of its screen when it sizes itself."""

    def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
        return QRect(0, 0, 1024, 728)


@pytest.mark.parametrize("kind", [GuideWindow, ShortcutsDialog])
def test_on_a_small_screen_the_help_windows_open_within_it(window, qtbot, monkeypatch, kind):
    """The guide opened 900 × 760: on a laptop its Close button went below the task bar."""
    monkeypatch.setattr(kind, "screen", lambda _self: LaptopScreen())
    opened = kind(window)
    qtbot.addWidget(opened)
    title_bar = opened.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    assert opened.height() + title_bar <= 728 and opened.width() <= 1024
    button = opened.findChild(QDialogButtonBox)
    opened.show()
    qtbot.waitExposed(opened)
    assert button.geometry().bottom() < opened.height()
