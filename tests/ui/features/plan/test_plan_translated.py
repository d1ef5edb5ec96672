"""The plan's docks and dialogs read every visible word through the catalogue (issue 15).

A translator that wraps each text in «» is installed for Qt and for ``cosafe.core.i18n``;
the widgets built meanwhile must show only wrapped words: a window title, buttons,
labels, tooltips, table headers, empty-state texts and the plan's shared words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from translation_support import is_wrapped, wrapped_catalogue


def test_plan_widgets_show_translated_words(qtbot):
    app = QApplication.instance()
    with wrapped_catalogue(app):
        from cosafe.ui.features.plan.action_places import priority_text
        from cosafe.ui.features.plan.actions_panel import ActionsPanel
        from cosafe.ui.features.plan.stakeholder_dialog import StakeholderDialog
        from cosafe.ui.features.plan.stakeholder_panel import StakeholderPanel

        panel = ActionsPanel()
        qtbot.addWidget(panel)
        assert is_wrapped(panel.new_button.text()) and panel.new_button.text() == "«&New…»"
        assert is_wrapped(panel.new_button.toolTip())
        assert is_wrapped(panel.tabs.tabText(0)) and is_wrapped(panel.tabs.tabText(1))
        assert is_wrapped(panel.status_filter.itemText(0))
        assert is_wrapped(panel.delete_command.text())
        header = panel.proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert header == "«Priority»"
        panel._session = object()  # a project without actions: the empty-state text
        panel._update_count()
        assert is_wrapped(panel.count_label.text()) and "No actions yet" in panel.count_label.text()
        panel._session = None

        stakeholders = StakeholderPanel()
        qtbot.addWidget(stakeholders)
        assert stakeholders.table.horizontalHeaderItem(0).text() == "«Name»"
        assert is_wrapped(stakeholders.add_button.text()) and is_wrapped(stakeholders.add_button.toolTip())

        dialog = StakeholderDialog(None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "«Add Stakeholder»"
        assert dialog.ok_button.text() == "«Add»"
        assert is_wrapped(dialog.private_box.title())
        assert is_wrapped(dialog.influence_spin.toolTip())
        assert is_wrapped(dialog.name_edit.placeholderText())

        assert priority_text(None, True) == "«— (no votes yet)»"
