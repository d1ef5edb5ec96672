"""The Project Properties dialog's currency (issue 14): chosen or typed, one undoable edit, refused when unknown."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QDialogButtonBox, QLineEdit,
    QPlainTextEdit,
)
from shell_support import OFFSCREEN_NOISE, answer_next_modal

from cosafe.ui.kit.money import NOT_SET
from cosafe.ui.shell.project_properties_dialog import ProjectPropertiesDialog, edit_project_properties

pytestmark = OFFSCREEN_NOISE
VALUES = {"name": "A", "place": "B", "description": "C", "suppression_threshold": 5}


def _ok(dialog: QDialog) -> QAbstractButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_choosing_a_currency_makes_one_undoable_edit(window, project_path):
    window.open_project(str(project_path))
    seen = {}

    def choose(dialog: QDialog) -> None:
        combo = dialog.currency_combo
        seen["start"] = combo.currentText()
        seen["KES"] = combo.itemText(combo.findData("KES"))
        combo.setCurrentIndex(combo.findData("KES"))
        _ok(dialog).click()

    answer_next_modal(choose)
    assert edit_project_properties(window, window.session)
    assert seen == {"start": NOT_SET, "KES": "KES — Kenyan Shilling"}  # an older project has none
    store, stack = window.session.store, window.session.undo_stack
    assert store.get_meta("currency") == "KES" and store.currency == "KES"
    assert stack.count() == 1 and stack.text(0) == "Change project currency"
    stack.undo()
    assert store.get_meta("currency") is None

    # Opened again on a project with a currency: OK without a change makes no edit.
    stack.redo()
    answer_next_modal(lambda dialog: (seen.update(again=dialog.currency_combo.currentText()), _ok(dialog).click()))
    assert not edit_project_properties(window, window.session)
    assert seen["again"] == "KES — Kenyan Shilling" and stack.count() == 1


def test_a_typed_code_or_name_counts_and_not_set_clears(qtbot):
    dialog = ProjectPropertiesDialog({**VALUES, "currency": "BRL"})
    qtbot.addWidget(dialog)
    combo = dialog.currency_combo
    assert combo.isEditable() and combo.currentText() == "BRL — Brazilian Real"
    assert dialog.changed_values() == {}
    combo.setEditText("xof")  # typed (QTest's keys would open the completer's popup: offscreen Qt warns)
    assert dialog.changed_values() == {"currency": "XOF"}
    combo.setEditText("Euro")
    assert dialog.changed_values() == {"currency": "EUR"}
    combo.setCurrentIndex(combo.findText(NOT_SET))
    assert dialog.changed_values() == {"currency": ""}  # the edit stores "no currency"
    completer = combo.completer()
    completer.setCompletionPrefix("shil")  # any part of a name: the shillings
    found = {completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())}
    assert "KES — Kenyan Shilling" in found and "TZS — Tanzanian Shilling" in found


def test_an_unknown_code_is_refused_in_one_line_and_the_dialog_stays(window, project_path):
    window.open_project(str(project_path))
    seen = {}

    def type_nonsense(dialog: QDialog) -> None:
        dialog.currency_combo.setEditText("XYZ")
        _ok(dialog).click()
        seen.update(open=dialog.isVisible(), error=dialog.error_label.text(),
                    shown=dialog.error_label.isVisible(), focus=dialog.focusWidget() in (dialog.currency_combo, dialog.currency_combo.lineEdit()))
        dialog.currency_combo.setEditText("XY")  # typing again takes the message away
        seen["after"] = dialog.error_label.isVisible()
        dialog.reject()

    answer_next_modal(type_nonsense)
    assert not edit_project_properties(window, window.session)
    assert seen["open"] and seen["shown"] and seen["focus"] and not seen["after"]
    assert seen["error"] == "“XYZ” is not a currency code: use an ISO 4217 code such as KES, BRL, EUR or XOF"
    assert window.session.undo_stack.count() == 0 and window.session.store.get_meta("currency") is None


def test_every_field_is_named_and_the_dialog_fits_a_small_screen(window, project_path, qtbot):
    window.open_project(str(project_path))
    dialog = ProjectPropertiesDialog({**VALUES, "currency": "KES"}, window, project_path=str(project_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [w for cls in (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
              for w in dialog.findChildren(cls) if w.isVisible()
              and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]  # a combo's own line edit is the combo's
    assert len(fields) == 6  # name, place, description, small groups, currency, report language
    for field in fields:
        assert field.accessibleName() and field.toolTip(), type(field).__name__
    assert dialog.currency_combo.accessibleName() == "Currency"
    assert dialog.report_language_combo.accessibleName() == "Report language"
    assert dialog.width() <= 1024 - 40 and dialog.height() <= 768 - 80  # room for the taskbar and the title


def test_the_wheel_over_the_currency_without_focus_changes_nothing(window, project_path, qtbot):
    window.open_project(str(project_path))
    qtbot.waitUntil(lambda: QApplication.instance().findChild(QObject, "cosafeWheelGuard") is not None)
    dialog = ProjectPropertiesDialog({**VALUES, "currency": "KES"}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.currency_combo
    dialog.name_edit.setFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives it focus
    QTest.wheelEvent(dialog.windowHandle(), combo.mapTo(dialog, combo.rect().center()), QPoint(0, -120))
    QApplication.processEvents()
    assert combo.currentText() == "KES — Kenyan Shilling" and not combo.hasFocus()


def test_the_cost_columns_name_the_currency(window, project_path):
    """The Proposals and Actions tables head their cost column with the project's currency, and follow a change."""
    from cosafe.core.edits import SetProjectProperties

    window.open_project(str(project_path))
    proposals = window.features.proposals.table.model
    actions = window.features.plan.actions
    actions.refresh()
    costs = [(model, model.columns.index("Cost")) for model in (proposals, actions.model)]
    assert [model.headerData(column, Qt.Orientation.Horizontal) for model, column in costs] == ["Cost", "Cost"]
    window.session.perform(SetProjectProperties(window.session.store, {"currency": "KES"}))
    actions.refresh()
    assert [model.headerData(column, Qt.Orientation.Horizontal) for model, column in costs] == ["Cost (KES)"] * 2
    window.session.undo_stack.undo()
    actions.refresh()
    assert [model.headerData(column, Qt.Orientation.Horizontal) for model, column in costs] == ["Cost", "Cost"]
