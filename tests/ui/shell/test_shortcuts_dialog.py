"""Help › Keyboard Shortcuts shows its three columns without a sideways scroll bar on a small screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cosafe.ui.shell.help_pages import ShortcutsDialog


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
