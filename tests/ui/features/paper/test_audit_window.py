"""Audit › Print Audit Sheets… and an audit sheet read and reviewed in File › Read Paper Sheets…, clicked through."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess

import cv2

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from checks import cosafe_command
from sheet_camera import Mark, photograph, render_page, tick
from shell_support import answer_next_modal, menu_action

from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, Attachment, Criterion, PaperSheet, PaperSheetRecord
from cosafe.io.paper_sheets.audit_layout import TIME_ROW, audit_layout_for
from cosafe.ui.features.paper.audit_print_dialog import PrintAuditSheetsDialog
from cosafe.ui.features.paper.audit_review import ACCEPT_COLUMN, CHECK_COLUMN
from cosafe.ui.features.paper.read_dialog import ReadSheetsDialog
from cosafe.ui.kit import dialogs

WALK = "Market to river loop (day)"
DPI = 200


def opened(window, paper, tmp_path):
    project = tmp_path / "project.gpkg"
    project.write_bytes(paper["sample"].read_bytes())
    assert window.open_project(str(project))
    return window.host.session


@pytest.fixture(scope="module")
def audit_photo(paper, tmp_path_factory):
    """A photo of audit sheet 1 of the sample's day walk: point 1 ticked 0 and 2 for lighting (flagged),
    openness 3; point 2 lighting 1; point 3 people 2."""
    folder = tmp_path_factory.mktemp("audit")
    pdf = folder / "audit.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([*cosafe_command(), "print-sheets", str(paper["sample"]), "--walk", WALK, "-o", str(pdf)],
                            capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark("check", layout.box_of(p, r, v), "#1f3a93", 0.5)
             for p, r, v in ((0, 0, 0), (0, 0, 2), (0, 1, 3), (1, 0, 1), (2, 3, 2))]
    rng = np.random.default_rng(4)
    photo = folder / "IMG_audit.jpg"
    photo.write_bytes(photograph(tick(render_page(pdf, 1, DPI), marks, DPI, rng), rng, max_tilt=30).jpeg)
    return photo


def test_print_audit_sheets_from_the_audit_menu(window, paper, tmp_path, monkeypatch):
    opened(window, paper, tmp_path)
    offers: list[str] = []
    monkeypatch.setattr(dialogs, "offer", lambda _parent, _title, message, _action: offers.append(message) or False)
    target = tmp_path / "walk.pdf"
    seen: dict = {}

    def choose(dialog: PrintAuditSheetsDialog) -> None:
        seen["walks"] = [dialog.walk_combo.itemText(i) for i in range(dialog.walk_combo.count())]
        dialog.walk_combo.setCurrentIndex(dialog.walk_combo.findText(WALK))
        dialog.path_edit.setText("")
        seen["ok_without_file"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.path_edit.setText(str(target))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(choose, kind=PrintAuditSheetsDialog)
    action = menu_action(window, "Audit", "Print Audit Sheets")
    assert action.isEnabled()
    action.trigger()
    assert seen["ok_without_file"] is False and WALK in seen["walks"]
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+7$", info, re.MULTILINE)  # 20 points, 3 a sheet
    assert len(offers) == 1 and str(target) in offers[0]


def test_an_audit_sheet_is_reviewed_corrected_and_stored_as_one_step(window, paper, audit_photo, tmp_path, qtbot):
    session = opened(window, paper, tmp_path)
    store = session.store
    walk = store.list(AuditWalk, "title = ?", (WALK,))[0]
    criteria = store.list(Criterion, "set_uuid = ? AND retired = 0", (walk.criteria_set_uuid,), order_by="position")
    points = {p.sequence: p.uuid for p in store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,))}

    def score(sequence: int, criterion: Criterion) -> int | None:
        row = store.connection.execute("SELECT score FROM audit_scores WHERE point_uuid = ? AND criterion_uuid = ?",
                                       (points[sequence], criterion.uuid)).fetchone()
        return None if row is None else row[0]

    before = store.count(AuditScore)
    wanted = ((1, criteria[0]), (1, criteria[1]), (2, criteria[0]), (3, criteria[3]))
    old = [score(sequence, criterion) for sequence, criterion in wanted]
    dialog = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    dialog.show()
    dialog.read([str(audit_photo)])
    assert dialog.list.item(0).text() == f"IMG_audit.jpg: audit sheet 1 ({WALK}): 4 scores, 1 to check"
    panel = dialog.current_audit_panel()
    assert panel is not None and panel.table.rowCount() == 4
    flagged = [i for i, t in enumerate(panel.ticks) if t.flags]
    assert len(flagged) == 1 and "two boxes marked" in panel.table.item(flagged[0], CHECK_COLUMN).text()
    assert panel.table.item(flagged[0], ACCEPT_COLUMN).checkState() == Qt.CheckState.Unchecked
    assert dialog.status.text() == "3 of the scores ticked to store"
    # The person decides the flagged row: lighting 2 for point 1; and corrects point 3's people to 1.
    panel.scores[flagged[0]].setCurrentIndex(panel.scores[flagged[0]].findData(2))
    people = next(i for i, t in enumerate(panel.ticks) if t.point == 3)
    panel.scores[people].setCurrentIndex(panel.scores[people].findData(1))
    assert dialog.status.text() == "4 of the scores ticked to store"
    assert dialog.store_button.isEnabled()
    dialog.store_button.click()
    assert [score(sequence, criterion) for sequence, criterion in wanted] == [2, 3, 1, 1] != old
    assert store.count(AuditScore) == before  # scores of those criteria replaced, none lost
    assert session.undo_stack.undoText() == f"Read audit sheet 1 ({WALK})"
    assert "stored" in dialog.list.item(0).text() and not dialog.store_button.isEnabled()
    session.undo_stack.undo()  # one step takes every score back
    assert [score(sequence, criterion) for sequence, criterion in wanted] == old


def test_an_audit_sheet_keeps_its_photo_and_provenance_and_asks_before_storing_it_again(window, paper, audit_photo,
                                                                                       tmp_path, qtbot):
    session = opened(window, paper, tmp_path)
    store = session.store
    walk = store.list(AuditWalk, "title = ?", (WALK,))[0]
    before = (store.count(Attachment), store.count(PaperSheet), store.count(PaperSheetRecord))
    dialog = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(dialog)
    dialog.read([str(audit_photo)])
    panel = dialog.current_audit_panel()
    assert panel is not None and panel.time_note.isHidden()  # no day/night box ticked: nothing to say
    assert dialog.store_current()
    assert (store.count(Attachment), store.count(PaperSheet), store.count(PaperSheetRecord)) == \
        (before[0] + 1, before[1] + 1, before[2] + 3)
    # The photo is kept with the walk, without its metadata, and every stored score is marked as read from it.
    photo = store.list(Attachment, order_by="fid DESC")[0]
    assert (photo.owner_table, photo.owner_uuid, photo.caption) == ("audit_walks", walk.uuid, "Photo of audit sheet 1")
    assert photo.data[:2] == b"\xff\xd8" and b"Exif" not in photo.data[:4096] and photo.filename == "photo.jpg"
    sheet = store.list(PaperSheet)[-1]
    assert (sheet.sheet_number, sheet.photo_uuid, sheet.group_uuid, sheet.workshop_uuid) == \
        (1, photo.uuid, "", walk.workshop_uuid)
    assert sheet.photo_sha256 == hashlib.sha256(audit_photo.read_bytes()).hexdigest()
    links = store.list(PaperSheetRecord, "sheet_uuid = ?", (sheet.uuid,))
    assert {link.record_table for link in links} == {"audit_scores"} and len(links) == 3
    point = store.list(AuditPoint, "walk_uuid = ? AND sequence = 1", (walk.uuid,))[0]
    origin = window.identify_panel.origin_text({"table": "audit_points", "uuid": point.uuid})
    assert origin.splitlines()[-1].startswith("From paper sheet 1 (read on ")

    # The same photo again: the window asks; Cancel stores nothing, Store Again replaces the scores in place.
    asked: list[tuple[str, bool]] = []
    again = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(again)
    again.read([str(audit_photo)])
    again.ask_store_again = lambda text, audit=False: asked.append((text, audit)) or False
    assert not again.store_current()
    assert len(asked) == 1 and asked[0][0].startswith("This photo was read on ") and asked[0][1]
    assert store.count(PaperSheet) == before[1] + 1 and store.count(Attachment) == before[0] + 1
    again.ask_store_again = lambda text, audit=False: True
    assert again.store_current()
    assert store.count(PaperSheet) == before[1] + 1  # the first reading, left with no score, gave way
    assert store.count(PaperSheetRecord) == before[2] + 3  # one link a score: relinked, never twice
    session.undo_stack.undo()
    session.undo_stack.undo()  # one step each: the photo and the provenance go with the scores
    assert (store.count(Attachment), store.count(PaperSheet), store.count(PaperSheetRecord)) == before
    assert window.identify_panel.origin_text({"table": "audit_points", "uuid": point.uuid}).find("paper") == -1


def test_night_ticks_on_a_day_walk_are_shown_plainly_and_stored_on_the_walk_as_recorded(window, paper, audit_photo,
                                                                                        tmp_path, qtbot):
    from sheet_camera import render_page as render

    session = opened(window, paper, tmp_path)
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark("check", layout.box_of(0, 0, 1), "#1a1a1a", 0.5),
             *(Mark("check", layout.box_of(p, TIME_ROW, "night"), "#1a1a1a", 0.5) for p in (0, 1, 2))]
    scan = tmp_path / "night.png"
    assert cv2.imwrite(str(scan), tick(render(audit_photo.parent / "audit.pdf", 1, DPI), marks, DPI,
                                       np.random.default_rng(9)))
    dialog = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    dialog.show()
    dialog.read([str(scan)])
    panel = dialog.current_audit_panel()
    said = (f"Audit sheet 1 is ticked “Night”, but the audit walk {WALK} is recorded as “Day”: its scores are stored "
            "on the walk as recorded")
    assert panel.time_note.isVisible() and panel.time_note.text() == said
    assert dialog.store_current()
    assert dialog.status.text().splitlines()[-1] == said
    assert session.store.list(AuditWalk, "title = ?", (WALK,))[0].time_of_day == "day"


def test_dusk_ticks_are_shown_against_a_day_walk_and_agree_with_a_dusk_walk(window, paper, audit_photo, tmp_path,
                                                                           qtbot):
    from sheet_camera import render_page as render

    session = opened(window, paper, tmp_path)
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark("check", layout.box_of(0, 0, 2), "#1a1a1a", 0.5),
             *(Mark("circle", layout.box_of(p, TIME_ROW, "dusk"), "#1f3a93", 0.5) for p in (0, 1, 2))]
    scan = tmp_path / "dusk.png"
    assert cv2.imwrite(str(scan), tick(render(audit_photo.parent / "audit.pdf", 1, DPI), marks, DPI,
                                       np.random.default_rng(10)))

    def review() -> tuple[ReadSheetsDialog, object]:
        dialog = ReadSheetsDialog(session, window.host, window)
        qtbot.addWidget(dialog)
        dialog.resize(1200, 800)
        dialog.show()
        dialog.read([str(scan)])
        return dialog, dialog.current_audit_panel()

    _dialog, panel = review()
    assert panel.time_note.isVisible() and panel.time_note.text() == (
        f"Audit sheet 1 is ticked “Dusk”, but the audit walk {WALK} is recorded as “Day”: its scores are stored "
        "on the walk as recorded")
    # The note takes the lines it needs; the page and the table take the rest of the height.
    assert panel.time_note.height() <= 3 * panel.time_note.fontMetrics().lineSpacing()
    assert panel.table.height() > 0.8 * (panel.height() - panel.time_note.height())
    walk = session.store.list(AuditWalk, "title = ?", (WALK,))[0]
    session.store.connection.execute("UPDATE audit_walks SET time_of_day = 'dusk' WHERE uuid = ?", (walk.uuid,))
    session.store.connection.commit()
    dialog, panel = review()
    assert panel.time_note.isHidden() and panel.time_note.text() == ""  # a dusk walk's dusk ticks agree
    assert dialog.store_current()
    assert "ticked" not in dialog.status.text()
    assert session.store.get(AuditWalk, walk.uuid).time_of_day == "dusk"
