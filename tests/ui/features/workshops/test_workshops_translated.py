"""Every word of the workshops feature goes through the catalogue: with a translator that wraps each text in «»,
the Workshops dock and the workshop and group dialogs show only wrapped words."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar
from translation_support import is_wrapped, wrapped_catalogue

from cosafe.core.palette import GROUP_COLOURS
from cosafe.ui.features.workshops.context import WorkshopContext
from cosafe.ui.features.workshops.dialogs import GroupDialog, WorkshopDialog
from cosafe.ui.features.workshops.panel import WorkshopPanel
from cosafe.ui.features.workshops.selector import WorkshopSelector
from cosafe.ui.features.workshops.sign_in_table import SignInTable


def test_the_workshop_windows_speak_through_the_catalogue(qapp):
    with wrapped_catalogue(qapp):
        context = WorkshopContext()
        panel = WorkshopPanel(context)
        toolbar = QToolBar()
        selector = WorkshopSelector(context, toolbar)
        workshop = WorkshopDialog()
        group = GroupDialog("Youth", GROUP_COLOURS[0], {GROUP_COLOURS[1]})
        table = SignInTable([], lambda _code, _row: "", lambda: "P01")
        try:
            assert is_wrapped(panel.tree.headerItem().text(0)) and is_wrapped(panel.empty_label.text())
            assert is_wrapped(panel.new_action.text()) and is_wrapped(panel.new_action.toolTip())
            assert is_wrapped(panel.tree.accessibleName())
            assert is_wrapped(selector.workshop_label.text()) and is_wrapped(selector.group_combo.toolTip())
            assert is_wrapped(workshop.windowTitle()) and is_wrapped(workshop.title_edit.placeholderText())
            assert is_wrapped(group.windowTitle())
            colour = group.colour_buttons.button(1)
            assert colour.toolTip().startswith("««") and is_wrapped(colour.accessibleName())
            assert is_wrapped(table.horizontalHeaderItem(1).text())
        finally:
            for widget in (panel, toolbar, workshop, group, table):
                widget.deleteLater()
