"""Edit › Project Properties › Report language (issue 15): one undoable edit; "Same as the window" clears it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal

from cosafe.core.i18n import LANGUAGES
from cosafe.ui.shell.project_properties_dialog import ProjectPropertiesDialog, edit_project_properties

pytestmark = OFFSCREEN_NOISE
VALUES = {"name": "A", "place": "B", "description": "C", "suppression_threshold": 5}


def _ok(dialog: QDialog) -> QAbstractButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_choosing_a_report_language_makes_one_undoable_edit(window, project_path):
    window.open_project(str(project_path))
    seen = {}

    def choose(dialog: QDialog) -> None:
        combo = dialog.report_language_combo
        seen["items"] = [combo.itemText(i) for i in range(combo.count())]
        seen["start"] = combo.currentText()
        combo.setCurrentIndex(combo.findData("pt"))
        _ok(dialog).click()

    answer_next_modal(choose)
    assert edit_project_properties(window, window.session)
    # "Same as the window" first, then every language named in itself.
    assert seen == {"items": ["Same as the window", *LANGUAGES.values()], "start": "Same as the window"}
    store, stack = window.session.store, window.session.undo_stack
    assert store.report_language == "pt"
    assert stack.count() == 1 and stack.text(0) == "Change project report language"
    stack.undo()
    assert store.get_meta("report_language") is None and store.report_language == ""
    stack.redo()
    assert store.report_language == "pt"

    # Opened again, it shows the project's language; choosing "Same as the window" clears it.
    def clear(dialog: QDialog) -> None:
        seen["again"] = dialog.report_language_combo.currentText()
        dialog.report_language_combo.setCurrentIndex(0)
        _ok(dialog).click()

    answer_next_modal(clear)
    assert edit_project_properties(window, window.session)
    assert seen["again"] == "Português" and store.report_language == "" and stack.count() == 2


def test_an_unchanged_language_is_no_change(qtbot):
    dialog = ProjectPropertiesDialog({**VALUES, "report_language": "ar"})
    qtbot.addWidget(dialog)
    assert dialog.report_language_combo.currentData() == "ar" and dialog.changed_values() == {}
    dialog.report_language_combo.setCurrentIndex(dialog.report_language_combo.findData("sw"))
    assert dialog.changed_values() == {"report_language": "sw"}
