"""The window's frame, its shared pieces and the map read every visible word through the catalogue (issue 15).

A translator that wraps each text in «» is installed for Qt and for ``cosafe.core.i18n``;
what is built meanwhile must show only wrapped words: the main window's menus and
tooltips, the welcome page, dialogs' titles, buttons, labels, placeholders, table
headers, empty-state texts, the Keyboard Shortcuts page, the kit's file types and the
map's scale bar.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from translation_support import is_wrapped, wrapped_catalogue


def test_the_window_frame_shows_translated_words(qtbot, fake_canvas, dialog_log, project_path):
    app = QApplication.instance()
    with wrapped_catalogue(app):
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
        assert is_wrapped(window.commands.open.toolTip()) and is_wrapped(window.commands.open.statusTip())
        assert is_wrapped(window.welcome.new_button.text())
        assert is_wrapped(window.welcome.empty_label.text())
        assert is_wrapped(window.history_dock.windowTitle())

        shortcuts = ShortcutsDialog(window)
        qtbot.addWidget(shortcuts)
        assert shortcuts.windowTitle() == "«Keyboard Shortcuts»"
        assert shortcuts.tree.headerItem().text(0) == "«Command»"
        rows = shortcuts.rows()
        assert ("«File»", "«New Project…»") in [(menu, command) for menu, command, _keys, _where in rows]
        on_the_map = [row for row in rows if row[0] == "«On the map»"]
        assert on_the_map and all(is_wrapped(command) and is_wrapped(keys) and is_wrapped(where)
                                  for _menu, command, keys, where in on_the_map)

        properties = ProjectPropertiesDialog({"name": "Riverside"}, None, new_project=True)
        qtbot.addWidget(properties)
        assert properties.windowTitle() == "«New Project»"
        assert is_wrapped(properties.place_edit.placeholderText()) and is_wrapped(properties.place_edit.toolTip())

        identify = IdentifyPanel()
        qtbot.addWidget(identify)
        assert is_wrapped(identify.empty_label.text())
        assert identify.table.horizontalHeaderItem(0).text() == "«Tag»"

        backups = BackupList(str(project_path))
        qtbot.addWidget(backups)
        assert is_wrapped(backups.title()) and is_wrapped(backups.note.text()) and is_wrapped(backups.remove_button.toolTip())

        spin = cost_spin()
        qtbot.addWidget(spin)
        assert spin.specialValueText() == "«Not estimated»" and is_wrapped(spin.toolTip())
        assert dialogs.basemap_filter().startswith("«All map files (")
        assert format_length(200) == "«200 m»"
