"""The window's frame, its shared pieces and the map read every visible word through the catalogue (issue 15).

A translator that wraps each text in «» is installed for Qt and for ``cosafe.core.i18n``;
what is built meanwhile must show only wrapped words: the main window's menus and
tooltips, the welcome page, dialogs' titles, buttons, labels, placeholders, table
headers, empty-state texts, the Keyboard Shortcuts page, the kit's file types and the
map's scale bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from cosafe.core import i18n


class Wrapping(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"«{source}»"

    def isEmpty(self) -> bool:
        return False


def wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def test_the_window_frame_shows_translated_words(qtbot, fake_canvas, dialog_log, project_path):
    app = QApplication.instance()
    translator = Wrapping()
    app.installTranslator(translator)
    i18n.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    try:
        from cosafe.ui.kit import dialogs
        from cosafe.ui.kit.money import cost_spin
        from cosafe.ui.map.overlay import format_length
        from cosafe.ui.shell.backups_list import BackupList
        from cosafe.ui.shell.help_pages import ShortcutsDialog
        from cosafe.ui.shell.identify_panel import IdentifyPanel
        from cosafe.ui.shell.main_window import MainWindow
        from cosafe.ui.shell.project_properties_dialog import ProjectPropertiesDialog

        window = MainWindow()
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert "«&File»" in menus and "«&Help»" in menus
        assert window.commands.open.text() == "«&Open Project…»"
        assert wrapped(window.commands.open.toolTip()) and wrapped(window.commands.open.statusTip())
        assert wrapped(window.welcome.new_button.text())
        assert wrapped(window.welcome.empty_label.text())
        assert wrapped(window.history_dock.windowTitle())

        shortcuts = ShortcutsDialog(window)
        qtbot.addWidget(shortcuts)
        assert shortcuts.windowTitle() == "«Keyboard Shortcuts»"
        assert shortcuts.tree.headerItem().text(0) == "«Command»"
        rows = shortcuts.rows()
        assert ("«File»", "«New Project…»") in [(menu, command) for menu, command, _keys, _where in rows]
        on_the_map = [row for row in rows if row[0] == "«On the map»"]
        assert on_the_map and all(wrapped(command) and wrapped(keys) and wrapped(where)
                                  for _menu, command, keys, where in on_the_map)

        properties = ProjectPropertiesDialog({"name": "Riverside"}, None, new_project=True)
        qtbot.addWidget(properties)
        assert properties.windowTitle() == "«New Project»"
        assert wrapped(properties.place_edit.placeholderText()) and wrapped(properties.place_edit.toolTip())

        identify = IdentifyPanel()
        qtbot.addWidget(identify)
        assert wrapped(identify.empty_label.text())
        assert identify.table.horizontalHeaderItem(0).text() == "«Tag»"

        backups = BackupList(str(project_path))
        qtbot.addWidget(backups)
        assert wrapped(backups.title()) and wrapped(backups.note.text()) and wrapped(backups.remove_button.toolTip())

        spin = cost_spin()
        qtbot.addWidget(spin)
        assert spin.specialValueText() == "«Not estimated»" and wrapped(spin.toolTip())
        assert dialogs.basemap_filter().startswith("«All map files (")
        assert format_length(200) == "«200 m»"
    finally:
        i18n.install(None)
        app.removeTranslator(translator)
