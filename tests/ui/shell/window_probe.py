"""Start the real window on a project and print, as JSON, what a user would see of it.

Run as a script in a process of its own, so Qt's screens are the ones given by
``QT_QPA_PLATFORM=offscreen:configfile=…`` (one QApplication per process cannot
change its screens): ``python window_probe.py PROJECT [--present | --room | --audits] [--language xx]``.
It prints the screens, the window's frame, whether it is maximized and compact,
the map's share of the window, where the workshop and group choosers are, which
toolbar buttons and menus are hidden by overflow, the dock tabs whose names do not
fit, and for every dock whether its View toggle shows it inside the window.
With ``--present`` it enters View › Presentation Mode and reports where the
presentation and the main window are, and for each of its choosers the text shown, its
width and the room the combo has for it. With ``--room`` it opens the room (Workshop ›
Open the Room…, on 127.0.0.1) and reports whether its QR code is whole in the window;
with ``--audits`` it brings the Audits dock forward and reports, for each column of the
walks, its title, width, whether it is hidden and how wide its widest text is.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="cosafe-probe-"))

from PySide6.QtCore import QPoint, QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import (QApplication, QComboBox, QMenu, QStyle, QStyleOptionComboBox, QTabBar,  # noqa: E402
                               QToolBar, QWidget)

from cosafe.ui.app import create_application  # noqa: E402
from cosafe.ui.shell.main_window import MainWindow  # noqa: E402


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def in_window(window: QWidget, widget: QWidget) -> list[int]:
    return rect(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def cut_tabs(window: MainWindow) -> list[str]:
    """Tab names shown shorter than they are, or scrolled out of their bar."""
    cut = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue
        for index in range(bar.count()):
            tab = bar.tabRect(index)
            if tab.width() < bar.fontMetrics().horizontalAdvance(bar.tabText(index)) or tab.right() > bar.width():
                cut.append(bar.tabText(index))
    return cut


def measure(window: MainWindow) -> dict:
    canvas = window.map_canvas
    selector = window.features.workshops.selector
    toolbars = [bar for bar in window.findChildren(QToolBar) if bar.parent() is window]
    hidden_buttons = [action.text() for bar in toolbars if bar.isVisible() for action in bar.actions()
                      if not action.isSeparator() and action.isVisible()
                      and bar.widgetForAction(action) is not None and not bar.widgetForAction(action).isVisible()]
    menubar = window.menuBar()
    hidden_menus = [a.text() for a in menubar.actions() if not menubar.rect().contains(menubar.actionGeometry(a))]
    return {
        "screens": [rect(s.availableGeometry()) for s in QApplication.screens()],
        "window_screen": window.screen().name(),
        "frame": rect(window.frameGeometry()),
        "size": [window.width(), window.height()],
        "maximized": window.isMaximized(),
        "compact": window.compact,
        "map_share": canvas.width() * canvas.height() / (window.width() * window.height()),
        "choosers": {combo.objectName(): {"visible": combo.isVisible(), "rect": in_window(window, combo)}
                     for combo in (selector.workshop_combo, selector.group_combo)},
        "hidden_buttons": hidden_buttons,
        "hidden_menus": hidden_menus,
        "cut_tabs": cut_tabs(window),
    }


def text_room(combo: QComboBox) -> int:
    """The width a combo has for its current text: its edit field, less the icon beside the text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    beside = combo.iconSize().width() + 4 if not option.currentIcon.isNull() else 0
    return field.width() - beside


def own_tab_whole(window: MainWindow, dock: QWidget) -> bool | None:
    """Whether the dock's tab (None: it has none, being alone) shows its whole name in its bar."""
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue
        for index in range(bar.count()):
            if bar.tabText(index) == dock.windowTitle() and index == bar.currentIndex():
                tab = bar.tabRect(index)
                return (tab.width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(index))
                        and tab.left() >= 0 and tab.right() <= bar.width())
    return None


def every_dock(window: MainWindow, app: QApplication) -> dict:
    """Each dock, turned on from the View menu when off and brought forward: is it then inside
    the window, its tab whole (the others of a long row of tabs may be scrolled away)?"""
    found = {}
    # The entries of the menu bar's menus (File, Edit, View, …).
    in_menus = {action for menu in window.findChildren(QMenu) if menu.menuAction() in window.menuBar().actions()
                for action in menu.actions()}
    for dock in window.docks:
        toggle = dock.toggleViewAction()
        if not toggle.isChecked():
            toggle.trigger()
        dock.raise_()
        app.processEvents()
        found[dock.objectName()] = {"in_a_menu": toggle in in_menus, "visible": dock.isVisible(),
                                    "rect": in_window(window, dock), "tab_whole": own_tab_whole(window, dock)}
    return found


def main() -> int:
    project = sys.argv[1]
    present = "--present" in sys.argv
    room = "--room" in sys.argv
    audits = "--audits" in sys.argv
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else None
    app = create_application(language)
    window = MainWindow()
    window.show()
    if not window.open_project(project):
        return 1
    report: dict = {}

    def probe() -> None:
        report.update(measure(window))
        if room:
            feature = window.features.room
            feature.open_dialog()
            feature.dialog.choose("127.0.0.1")
            feature.dialog.port_spin.setValue(0)
            feature.dialog.open_button.click()
            QTimer.singleShot(100, lambda: room_seen(feature, 50))
            return
        if audits:
            window.features.audits.dock.show()
            window.features.audits.dock.raise_()
            QTimer.singleShot(100, walks_seen)
            return
        if present:
            window.commands.presentation.trigger()
            app.processEvents()
            shown = window.presentation.window
            report["presentation"] = {"screen": shown.screen().name(), "frame": rect(shown.frameGeometry()),
                                      "full_screen": shown.isFullScreen()}
            report["presentation_choosers"] = [
                {"text": combo.currentText(), "visible": combo.isVisible(),
                 "width": combo.fontMetrics().horizontalAdvance(combo.currentText()), "room": text_room(combo)}
                for combo in shown.choosers.findChildren(QComboBox)]
            report["main_after"] = {"screen": window.screen().name(), "frame": rect(window.frameGeometry())}
        else:
            report["docks"] = every_dock(window, app)
        print(json.dumps(report), flush=True)
        app.quit()

    def room_seen(feature, tries: int) -> None:
        """Once the docks have made room for the QR code (or after ``tries`` more looks, 0.1 s apart)."""
        if not feature.panel.qr_whole() and tries > 0:
            QTimer.singleShot(100, lambda: room_seen(feature, tries - 1))
            return
        label = feature.panel.qr_label
        report["room"] = {"open": feature.room is not None, "qr_whole": feature.panel.qr_whole(),
                          "qr": [label.pixmap().width(), label.pixmap().height()],
                          "qr_rect": in_window(window, label), "dock": in_window(window, feature.dock)}
        feature.close_room()
        print(json.dumps(report), flush=True)
        app.quit()

    def walks_seen() -> None:
        table = window.features.audits.panel.table
        header = table.horizontalHeader()
        report["walks"] = {"viewport": table.viewport().width(), "scrolls": table.horizontalScrollBar().maximum() > 0,
                           "columns": [{"title": table.horizontalHeaderItem(column).text(),
                                        "width": header.sectionSize(column), "hidden": table.isColumnHidden(column),
                                        "texts": [table.item(row, column).text() for row in range(table.rowCount())],
                                        "widest": max((table.fontMetrics().horizontalAdvance(table.item(row, column)
                                                                                             .text())
                                                       for row in range(table.rowCount())), default=0)}
                                       for column in range(table.columnCount())]}
        print(json.dumps(report), flush=True)
        app.quit()

    QTimer.singleShot(300, probe)
    app.exec()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
