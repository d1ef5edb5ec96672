"""The plan's docks and dialogs read every visible word through the catalogue (issue 15).

A translator that wraps each text in «» is installed for Qt and for ``cosafe.core.i18n``;
the widgets built meanwhile must show only wrapped words: a window title, buttons,
labels, tooltips, table headers, empty-state texts and the plan's shared words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from cosafe.core import i18n


class Wrapping(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"«{source}»"

    def isEmpty(self) -> bool:
        return False


def wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def test_plan_widgets_show_translated_words(qtbot):
    app = QApplication.instance()
    translator = Wrapping()
    app.installTranslator(translator)
    i18n.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    try:
        from cosafe.ui.features.plan.action_places import priority_text
        from cosafe.ui.features.plan.actions_panel import ActionsPanel
        from cosafe.ui.features.plan.stakeholder_dialog import StakeholderDialog
        from cosafe.ui.features.plan.stakeholder_panel import StakeholderPanel

        panel = ActionsPanel()
        qtbot.addWidget(panel)
        assert wrapped(panel.new_button.text()) and panel.new_button.text() == "«&New…»"
        assert wrapped(panel.new_button.toolTip())
        assert wrapped(panel.tabs.tabText(0)) and wrapped(panel.tabs.tabText(1))
        assert wrapped(panel.status_filter.itemText(0))
        assert wrapped(panel.delete_command.text())
        header = panel.proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert header == "«Priority»"
        panel._session = object()  # a project without actions: the empty-state text
        panel._update_count()
        assert wrapped(panel.count_label.text()) and "No actions yet" in panel.count_label.text()
        panel._session = None

        stakeholders = StakeholderPanel()
        qtbot.addWidget(stakeholders)
        assert stakeholders.table.horizontalHeaderItem(0).text() == "«Name»"
        assert wrapped(stakeholders.add_button.text()) and wrapped(stakeholders.add_button.toolTip())

        dialog = StakeholderDialog(None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "«Add Stakeholder»"
        assert dialog.ok_button.text() == "«Add»"
        assert wrapped(dialog.private_box.title())
        assert wrapped(dialog.influence_spin.toolTip())
        assert wrapped(dialog.name_edit.placeholderText())

        assert priority_text(None, True) == "«— (no votes yet)»"
    finally:
        i18n.install(None)
        app.removeTranslator(translator)
