"""The real dialogs behind cosafe.ui.kit.dialogs (the other tests replace them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal

from cosafe.ui.kit import dialogs

pytestmark = OFFSCREEN_NOISE


def test_file_dialogs_are_non_native_and_add_the_suffix(qtbot, tmp_path):
    dialog = dialogs._file_dialog(None, "Save", str(tmp_path), save=True)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.defaultSuffix() == "gpkg"
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave


def test_save_as_dialog_returns_the_typed_name_with_suffix(qtbot, tmp_path):
    def type_name(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(tmp_path / "copy"))
        dialog.accept()

    answer_next_modal(type_name)
    assert dialogs.ask_save_as_path(None, str(tmp_path), "Project copy.gpkg") == str(tmp_path / "copy.gpkg")


def test_save_file_dialog_adds_its_own_suffix_and_suggests_a_name(qtbot, tmp_path):
    seen = {}

    def type_name(dialog):
        seen["suffix"], seen["filter"] = dialog.defaultSuffix(), dialog.selectedNameFilter()
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(tmp_path / "plan"))
        dialog.accept()

    answer_next_modal(type_name)
    path = dialogs.ask_save_file(None, "Export Plan (PDF)", str(tmp_path), "PDF documents (*.pdf)", "pdf", "x.pdf")
    assert path == str(tmp_path / "plan.pdf")
    assert seen == {"suffix": "pdf", "filter": "PDF documents (*.pdf)", "native": False}


def test_open_file_dialog_wants_an_existing_file(qtbot, tmp_path):
    def check(dialog):
        assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
        dialog.reject()

    answer_next_modal(check)
    assert dialogs.ask_open_file(None, "Import", str(tmp_path), "CSV (*.csv)") is None


def test_open_files_dialog_returns_every_chosen_file(qtbot, tmp_path):
    for name in ("a.gpkg", "b.gpkg"):
        (tmp_path / name).write_bytes(b"")

    def choose(dialog):
        assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
        dialog.selectFile('"a.gpkg" "b.gpkg"')
        dialog.accept()

    answer_next_modal(choose)
    chosen = dialogs.ask_open_files(None, "Merge Projects", str(tmp_path), dialogs.PROJECT_FILTER)
    assert sorted(chosen) == [str(tmp_path / "a.gpkg"), str(tmp_path / "b.gpkg")]


def test_open_dialog_cancelled_returns_none(qtbot, tmp_path):
    answer_next_modal(lambda dialog: dialog.reject())
    assert dialogs.ask_open_path(None, str(tmp_path)) is None


def test_error_box_has_headline_and_message(qtbot):
    seen = {}

    def read(box):
        seen["text"], seen["info"] = box.text(), box.informativeText()
        box.accept()

    answer_next_modal(read)
    dialogs.show_error(None, "Cannot open project", "x.gpkg: no such file")
    assert seen == {"text": "<b>Cannot open project</b>", "info": "x.gpkg: no such file"}


def test_read_only_offer_buttons(qtbot):
    def choose(box):
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Open Read-Only").click()

    answer_next_modal(choose)
    assert dialogs.ask_open_read_only(None, "x.gpkg is already open in another CoSafe window")
    answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not dialogs.ask_open_read_only(None, "x.gpkg is already open in another CoSafe window")


def test_non_interactive_mode_prints_instead(capsys):
    dialogs.set_non_interactive(True)
    try:
        dialogs.show_error(None, "Cannot open project", "x.gpkg: no such file")
        assert not dialogs.ask_open_read_only(None, "x.gpkg is already open")
    finally:
        dialogs.set_non_interactive(False)
    assert "Cannot open project: x.gpkg: no such file" in capsys.readouterr().err


def test_a_confirmation_defaults_to_cancel_so_enter_changes_nothing(qtbot):
    """Issue 14: the safe choice is the default of every delete, discard or replace question."""
    seen = {}

    def press_enter(box):
        seen["default"], seen["escape"] = box.defaultButton().text(), box.escapeButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_modal(press_enter)
    assert not dialogs.ask_confirm(None, "Delete audit walk?", "Delete “Night walk” and its 12 points?", "Delete")
    assert seen == {"default": "Cancel", "escape": "Cancel"}
    answer_next_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert not dialogs.ask_confirm(None, "Delete audit walk?", "Delete “Night walk”?", "Delete")
    answer_next_modal(lambda box: qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Delete"),
                                                   Qt.MouseButton.LeftButton))
    assert dialogs.ask_confirm(None, "Delete audit walk?", "Delete “Night walk”?", "Delete")


def test_every_question_goes_through_these_dialogs():
    """No module builds its own message box, so every confirmation has Cancel as its default."""
    from pathlib import Path

    import cosafe.ui

    root = Path(cosafe.ui.__file__).parent
    own = [path.relative_to(root).as_posix() for path in root.rglob("*.py")
           if "QMessageBox" in path.read_text(encoding="utf-8") and path.name != "dialogs.py"]
    assert own == []


def test_an_offer_after_work_done_is_a_message_with_its_step_and_close(qtbot):
    """Issue 14: "Plan exported" was a question (question-mark icon, Cancel) about something done."""
    seen = {}

    def press_enter(box):
        seen["icon"], seen["default"] = box.icon(), box.defaultButton().text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_modal(press_enter)
    assert not dialogs.offer(None, "Export finished", "4 actions written to actions.csv.", "Open Folder")
    assert seen == {"icon": QMessageBox.Icon.Information, "default": "Close", "buttons": ["Close", "Open Folder"]}
    answer_next_modal(lambda box: next(b for b in box.buttons() if b.text() == "Open Folder").click())
    assert dialogs.offer(None, "Export finished", "4 actions written to actions.csv.", "Open Folder")
