"""An Arabic window is mirrored whole: its side panels change sides with the menus and toolbars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                                       r"This plugin does not support raise\(\)")
LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


def _sides(qtbot, project, code: str) -> dict[str, str]:
    """Each side dock's side of the map; those shown are checked to be drawn there."""
    from cosafe.ui.language import install_language
    from cosafe.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    install_language(app, code)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_project(str(project))
        map_area = window.centralWidget()
        map_left = map_area.mapTo(window, map_area.rect().topLeft()).x()
        sides, shown = {}, 0
        for dock in window.findChildren(QDockWidget):
            area = window.dockWidgetArea(dock)
            if dock.isFloating() or area not in (LEFT, RIGHT):
                continue
            sides[dock.objectName()] = "left" if area == LEFT else "right"
            if not dock.visibleRegion().isEmpty():  # drawn on that side of the map, not only said to be
                drawn = "left" if dock.mapTo(window, dock.rect().topRight()).x() <= map_left else "right"
                assert drawn == sides[dock.objectName()], (code, dock.objectName())
                shown += 1
        window.close()
        assert shown >= 2
        return sides
    finally:
        install_language(app, "en")


def test_the_side_panels_change_sides_in_arabic(qtbot, project_path):
    english, arabic = _sides(qtbot, project_path, "en"), _sides(qtbot, project_path, "ar")
    assert "right" in english.values() and english.keys() == arabic.keys()
    assert arabic == {name: "left" if side == "right" else "right" for name, side in english.items()}
