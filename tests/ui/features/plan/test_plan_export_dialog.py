"""Plan › Export Plan (PDF)…, Export Actions (CSV)… and Export Layers…: files written off the UI thread, privacy kept."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import time

from plan_support import CONTACT, NOISE, STORY
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_support import answer_next_modal, menu_action

from cosafe.core.records import PerceptionPin
from cosafe.ui.features.plan.export_dialog import PlanExportDialog
from cosafe.ui.features.plan.exports import LayersExportDialog
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.progress_job import JobProgressDialog

REAL_OFFER = getattr(dialogs, "offer", None)  # before the plan fixture replaces it

pytestmark = NOISE
LEFT = Qt.MouseButton.LeftButton
TITLES = ("Street lights on the market street", "Toilets by the market", "Evening patrol rota", "Clean-up day")


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # a title wrapped in a table cell reads as one line again


def test_export_plan_from_the_plan_menu_writes_a_pdf_with_every_action(plan, tmp_path):
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, PlanExportDialog)
        seen["paper"] = dialog.a4_radio.isChecked()
        seen["public"] = dialog.public_box.isChecked()
        plan.qtbot.mouseClick(dialog.public_box, LEFT, pos=QPoint(8, dialog.public_box.height() // 2))  # the full one
        seen["help"] = dialog.public_help.text()
        plan.qtbot.mouseClick(dialog.letter_radio, LEFT)
        dialog.path_edit.setText(str(target))
        plan.qtbot.mouseClick(dialog.export_button, LEFT)

    answer_next_modal(fill, timeout=60)
    menu_action(plan.window, "Plan", "Export Plan (PDF)").trigger()
    assert target.is_file()
    text = pdf_text(target)
    for title in TITLES:
        assert title in text
    assert CONTACT not in text and "Jane" not in text  # the contact stays in the project file
    size = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in size  # Letter
    assert seen["paper"] and seen["public"]  # what leaves the laptop is public unless chosen otherwise
    assert "Contacts are never printed" in seen["help"]
    assert plan.offers and plan.offers[-1][0] == "Plan exported" and str(target) in plan.offers[-1][1]
    assert plan.errors == []
    assert [name for name in os.listdir(target.parent)] == ["plan.pdf"]  # no temporary file left


def test_public_version_leaves_out_stories_and_names_itself(plan, tmp_path, qtbot):
    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    chosen = tmp_path / "Market plan - action plan.pdf"
    dialog.choose_path = lambda: str(chosen)
    dialog.show()
    assert dialog.public and "grid square" in dialog.public_help.text()  # the default
    qtbot.mouseClick(dialog.public_box, LEFT, pos=QPoint(8, dialog.public_box.height() // 2))  # full, then back
    qtbot.mouseClick(dialog.browse_button, LEFT)
    assert dialog.path_edit.text() == str(chosen)
    qtbot.mouseClick(dialog.public_box, LEFT, pos=QPoint(8, dialog.public_box.height() // 2))
    assert dialog.public and "grid square" in dialog.public_help.text()
    # The suggested name follows the version, so a public file is never named as the full one.
    assert dialog.path_edit.text() == str(tmp_path / "Market plan - action plan (public).pdf")
    assert dialog.export()
    public = tmp_path / "Market plan - action plan (public).pdf"
    text = pdf_text(public)
    for title in TITLES:
        assert title in text
    assert STORY not in text and CONTACT not in text
    assert dialog.written_path == str(public)
    opened = []
    plan.accept_offer = True  # Open Folder
    full = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(full)
    full.public_box.setChecked(False)  # the full version is a deliberate choice
    full.open_folder = opened.append
    full.path_edit.setText(str(tmp_path / "full"))  # ".pdf" is added
    assert full.export()
    assert (tmp_path / "full.pdf").is_file() and opened == [str(tmp_path)]
    assert STORY in pdf_text(tmp_path / "full.pdf")  # the full version keeps the stories: the test sees both


def test_cancel_in_the_progress_dialog_leaves_no_file(plan, tmp_path, qtbot, monkeypatch):
    started = []

    def slow_pdf(content, maps, path, paper="a4", progress=None):
        """Stands in for write_plan_pdf: reports until told to stop, as the real one does page by page."""
        from cosafe.io.import_errors import ImportCancelled

        started.append(path)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if not progress(0.5, "Laying out pages"):
                raise ImportCancelled()
            time.sleep(0.01)
        raise AssertionError("Cancel never reached the job")

    import cosafe.io.plan_report as plan_report

    monkeypatch.setattr(plan_report, "write_plan_pdf", slow_pdf)

    def press_cancel():
        box = QApplication.activeModalWidget()
        if isinstance(box, JobProgressDialog) and started:
            qtbot.mouseClick(box.findChild(type(dialog.export_button)), LEFT)  # its only button: Cancel
        else:
            QTimer.singleShot(20, press_cancel)

    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "cancelled.pdf"))
    QTimer.singleShot(0, press_cancel)
    assert not dialog.export()
    assert started == [str(tmp_path / "cancelled.pdf")]
    assert [name for name in os.listdir(tmp_path) if "cancelled" in name] == []
    assert dialog.message.text() == "Export cancelled; no file was written."
    assert plan.errors == [] and dialog.written_path is None


def test_a_missing_folder_is_one_line_and_writes_nothing(plan, tmp_path, qtbot):
    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "plan.pdf"))
    assert not dialog.export()
    assert plan.errors == [("The plan was not exported", f"The folder {tmp_path / 'nowhere'} does not exist")]
    assert not (tmp_path / "nowhere").exists()


def test_export_actions_csv_has_every_action_and_no_contact(plan, tmp_path, monkeypatch):
    exports = plan.ui.exports
    monkeypatch.setattr(exports, "ask_csv_path", lambda: str(tmp_path / "actions"))
    plan.ui.export_csv_action.trigger()
    path = tmp_path / "actions.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["Action"] for row in rows] == list(TITLES)
    assert rows[0]["Responsible partner"] == "County Lighting Department"
    assert CONTACT not in path.read_text(encoding="utf-8")
    assert plan.offers[-1] == ("Export finished", "4 actions written to actions.csv "
                                                    "(linked pins and incidents at 100 m, not their exact places).")


def test_export_layers_public_geojson_snaps_pins_and_drops_stories(plan, tmp_path):
    folder = tmp_path / "layers"
    folder.mkdir()

    def fill(dialog):
        assert isinstance(dialog, LayersExportDialog)
        assert dialog.public_box.isChecked()  # the safe choice is the default
        plan.qtbot.mouseClick(dialog.geojson_radio, LEFT)
        dialog.folder_edit.setText(str(folder))
        plan.qtbot.mouseClick(dialog.export_button, LEFT)

    answer_next_modal(fill, timeout=60)
    plan.ui.export_layers_action.trigger()
    pins = json.loads((folder / "perception_pins.geojson").read_text(encoding="utf-8"))
    stored = {pin.uuid: pin for pin in plan.store.list(PerceptionPin)}
    assert len(pins["features"]) == len(stored)
    moved = 0
    for feature in pins["features"]:
        original = stored[feature["properties"]["uuid"]].geom
        lon, lat = feature["geometry"]["coordinates"]
        moved += (round(lon, 7), round(lat, 7)) != (round(original.x, 7), round(original.y, 7))
        assert feature["properties"].get("story", "") in ("", None)
    assert moved == len(stored)
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.iterdir())
    assert STORY not in everything and CONTACT not in everything
    assert plan.offers[-1][0] == "Export finished" and "public files" in plan.offers[-1][1]


def test_plan_exported_is_a_message_with_open_folder_and_close_not_a_question(plan, tmp_path, qtbot, monkeypatch):
    """Issue 14: "Plan exported" came with a question-mark icon and a Cancel button."""
    monkeypatch.setattr(dialogs, "offer", REAL_OFFER)
    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "plan.pdf"))
    opened: list[str] = []
    dialog.open_folder = opened.append
    seen = {}

    def read_and_press_enter(box):
        seen["icon"] = box.icon()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_modal(read_and_press_enter, kind=QMessageBox, timeout=60)
    dialog.show()
    assert dialog.export()
    assert seen == {"icon": QMessageBox.Icon.Information, "buttons": ["Close", "Open Folder"], "default": "Close"}
    assert opened == []  # Enter closed the message
    answer_next_modal(lambda box: qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Open Folder"), LEFT),
                      kind=QMessageBox, timeout=60)
    again = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(again)
    again.path_edit.setText(str(tmp_path / "plan again.pdf"))
    again.open_folder = opened.append
    again.show()
    assert again.export()
    assert opened == [str(tmp_path)]


def test_an_unexpected_failure_says_no_file_was_written_in_the_readers_language(plan, tmp_path, qtbot, monkeypatch,
                                                                                 qapp):
    # The job's generic line says "the project was not changed"; an export says no file was
    # written — in Spanish too (an English text replace left the Spanish line as it was).
    import cosafe.io.plan_report as plan_report
    from cosafe.ui.language import install_language

    def broken_pdf(content, maps, path, paper="a4", progress=None):
        raise RuntimeError("a bug")

    monkeypatch.setattr(plan_report, "write_plan_pdf", broken_pdf)
    dialog = PlanExportDialog(plan.store, plan.window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "broken.pdf"))
    install_language(qapp, "es")
    try:
        assert not dialog.export()
    finally:
        install_language(qapp, "en")
    assert plan.errors == [("El plan no se exportó", "Ocurrió un error inesperado (los detalles se escribieron en la "
                                                     "terminal); no se escribió ningún archivo")]
    assert not (tmp_path / "broken.pdf").exists()
