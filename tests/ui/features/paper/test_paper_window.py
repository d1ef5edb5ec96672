"""Workshop › Print Group Maps… and File › Read Paper Sheets… with its review, clicked through in the window."""

from __future__ import annotations

import hashlib
import math
import re
import subprocess

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shell_support import answer_next_modal, menu_action

from cosafe.core.records import Attachment, Group, PaperSheet, PaperSheetRecord, PerceptionPin, Proposal
from cosafe.io.paper_sheets.layout import layout_for, paper_to_lonlat
from cosafe.io.paper_sheets.reading import Detection, SheetReading
from cosafe.ui.features.paper.print_dialog import PrintSheetsDialog
from cosafe.ui.features.paper.read_dialog import ReadSheetsDialog
from cosafe.ui.features.paper.review_items import corrected_reading, review_items
from cosafe.ui.features.paper.review_view import ACCEPT_COLUMN, CHECK_COLUMN, KIND_COLUMN
from cosafe.ui.kit import dialogs


def opened(window, paper, tmp_path):
    project = tmp_path / "project.gpkg"
    project.write_bytes(paper["sample"].read_bytes())
    assert window.open_project(str(project))
    return window.host.session


def test_print_group_maps_writes_the_ticked_groups_and_offers_the_folder(window, paper, tmp_path, monkeypatch):
    session = opened(window, paper, tmp_path)
    offers: list[str] = []
    monkeypatch.setattr(dialogs, "offer", lambda _parent, _title, message, _action: offers.append(message) or False)
    target = tmp_path / "maps.pdf"
    seen: dict = {}

    def choose(dialog: PrintSheetsDialog) -> None:
        seen["groups"] = dialog.ticked_groups()
        dialog.group_list.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("a4"))
        dialog.path_edit.setText("")
        seen["ok_without_file"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.path_edit.setText(str(target))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(choose, kind=PrintSheetsDialog)
    action = menu_action(window, "Workshop", "Print Group Maps")
    assert action.isEnabled()
    action.trigger()
    assert seen["ok_without_file"] is False
    groups = [g.name for g in session.store.list(Group, order_by="created_at, uuid")
              if g.workshop_uuid == session.store.list(Group, order_by="created_at, uuid")[0].workshop_uuid]
    assert seen["groups"] == groups and len(groups) >= 2
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE).group(1) == str(len(groups) - 1)
    assert len(offers) == 1 and str(target) in offers[0]
    assert not [name for name in target.parent.iterdir() if name.name.startswith("tmp")]  # no partial file left


def test_read_sheets_refuses_a_stranger_in_one_line_and_reviews_the_sheet(window, paper, tmp_path, qtbot):
    session = opened(window, paper, tmp_path)
    store = session.store
    before = (store.count(PerceptionPin), store.count(Proposal), store.count(Attachment))
    dialog = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    dialog.show()
    dialog.read([str(paper["table"]), str(paper["photo"])])

    assert dialog.list.count() == 2
    refusal = dialog.list.item(0).text()
    assert refusal.startswith("table.jpg: ") and "\n" not in refusal and "CoSafe sheet" in refusal
    group = paper["sheets"][0]["group"]
    assert dialog.list.item(1).text() == f"IMG_20261207_101500.jpg: sheet 1 ({group}): 5 dots, 2 to check"
    assert dialog.list.currentRow() == 1  # the first sheet read is shown at once
    panel = dialog.current_panel()
    assert panel is not None and panel.table.rowCount() == 5
    flagged = [row for row, item in enumerate(panel.items) if item.flagged]
    assert len(flagged) == 2
    for row in range(5):
        ticked = panel.table.item(row, ACCEPT_COLUMN).checkState() == Qt.CheckState.Checked
        assert ticked == (row not in flagged)  # uncertain ones start un-accepted, with the reason shown
    assert all("two stickers touching" in panel.table.item(row, CHECK_COLUMN).text() for row in flagged)
    assert dialog.status.text() == "Ticked to store: 3 dots"

    # Correct: the safe dot becomes an idea; the idea dot is dragged 10 mm right on the map; one of the
    # touching dots is accepted, the other stays out.
    safe = next(row for row, item in enumerate(panel.items) if item.meaning == "safe")
    idea = next(row for row, item in enumerate(panel.items) if item.meaning == "idea")
    box = panel.table.cellWidget(safe, KIND_COLUMN)
    box.setCurrentIndex(box.findData("idea"))
    drag(qtbot, panel.map_view, panel, idea, QPointF(10.0, 0.0))
    moved = panel.items[idea]
    original = panel.items[idea].detection
    assert abs(moved.x_mm - (original.x_mm + 10.0)) < 1.0 and abs(moved.y_mm - original.y_mm) < 1.0
    photo_dot, map_dot = panel.dots[idea]
    assert (photo_dot.pos().x(), photo_dot.pos().y()) == (map_dot.pos().x(), map_dot.pos().y())
    panel.table.item(flagged[0], ACCEPT_COLUMN).setCheckState(Qt.CheckState.Checked)
    assert dialog.status.text() == "Ticked to store: 4 dots"

    assert dialog.store_button.isEnabled()
    dialog.store_button.click()
    assert (store.count(PerceptionPin), store.count(Proposal), store.count(Attachment)) == \
        (before[0] + 2, before[1] + 2, before[2] + 1)
    assert session.undo_stack.undoText() == f"Read paper sheet 1 ({group})"
    group_uuid = store.connection.execute("SELECT uuid FROM groups WHERE name = ?", (group,)).fetchone()[0]
    photo = store.list(Attachment, order_by="fid DESC")[0]
    assert (photo.owner_table, photo.owner_uuid, photo.filename) == ("groups", group_uuid, "photo.jpg")
    assert photo.data[:2] == b"\xff\xd8" and b"Exif" not in photo.data[:4096]
    ideas = store.list(Proposal, "group_uuid = ?", (group_uuid,), order_by="fid DESC")[:2]
    sheet = paper["sheets"][0]
    lon, lat = paper_to_lonlat(moved.x_mm, moved.y_mm, layout_for("a4").frame, tuple(sheet["bounds"]))
    assert min(math.hypot(p.geom.x - lon, p.geom.y - lat) for p in ideas) < 1e-6  # stored to about 1 cm; 10 mm on paper is metres
    assert "stored" in dialog.list.item(1).text() and not dialog.store_button.isEnabled()

    # Every record read is marked as coming from paper sheet 1 and this photo, and says so.
    sheets = store.list(PaperSheet)
    assert len(sheets) == 1 and (sheets[0].sheet_number, sheets[0].group_uuid, sheets[0].photo_uuid) == \
        (1, group_uuid, photo.uuid)
    assert sheets[0].photo_sha256 == hashlib.sha256(paper["photo"].read_bytes()).hexdigest()
    links = store.list(PaperSheetRecord)
    assert len(links) == 4 and {link.sheet_uuid for link in links} == {sheets[0].uuid}
    pin = store.list(PerceptionPin, order_by="fid DESC")[0]
    assert ("perception_pins", pin.uuid) in {(link.record_table, link.record_uuid) for link in links}
    origin = window.identify_panel.origin_text({"table": "perception_pins", "uuid": pin.uuid})
    assert origin.splitlines()[1].startswith("From paper sheet 1 (read on ")

    # The same photo again: the window asks; Cancel stores nothing.
    asked: list[str] = []
    again = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(again)
    again.read([str(paper["photo"])])
    again.ask_store_again = lambda text: asked.append(text) or False
    assert not again.store_current() and len(asked) == 1 and asked[0].startswith("This photo was read on ")
    assert len(store.list(PaperSheet)) == 1 and store.count(PerceptionPin) == before[0] + 2

    session.undo_stack.undo()  # one step takes it all away, its provenance too
    assert (store.count(PerceptionPin), store.count(Proposal), store.count(Attachment)) == before
    assert store.count(PaperSheet) == 0 and store.count(PaperSheetRecord) == 0
    assert window.identify_panel.origin_text({"table": "perception_pins", "uuid": pin.uuid}) == ""


def drag(qtbot, view, panel, index: int, by_mm: QPointF) -> None:
    """Drag dot ``index`` by ``by_mm`` with the mouse on ``view``."""
    start = panel.scene_point(view, index).toPoint()
    dot = panel.dots[index][1 if view is panel.map_view else 0]
    end = view.mapFromScene(dot.scenePos() + by_mm)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtGui import QMouseEvent
    for step in range(1, 6):
        point = QPointF(start) + (QPointF(end) - QPointF(start)) * step / 5
        event = QMouseEvent(QMouseEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_photos_dropped_on_the_window_are_read(window, paper, tmp_path, monkeypatch, qtbot):
    opened(window, paper, tmp_path)
    asked: list[list[str]] = []
    monkeypatch.setattr(window.features.paper, "read_sheets", lambda paths=None: asked.append(paths))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(paper["photo"])), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [[str(paper["photo"])]]
    assert menu_action(window, "File", "Read Paper Sheets").isEnabled()


def test_review_flags_what_is_uncertain_and_stores_only_what_was_accepted():
    layout = layout_for("a4")
    left, top, width, _height = layout.frame
    bounds = (0.0, 0.0, 0.01, 0.01)
    from cosafe.io.paper_sheets.layout import SheetIdentity

    identity = SheetIdentity("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002",
                             "00000000-0000-0000-0000-000000000003", 1, "a4", bounds)

    def dot(meaning, x, y, diameter=12.0, confidence=0.95, flags=()):
        return Detection("dot", meaning, "#000000", x, y, 0.0, 0.0, diameter, confidence, flags)

    reading = SheetReading(identity, layout, [dot("safe", left + 50, top + 50),
                                              dot("unsafe", left + width - 2, top + 80, confidence=0.5,
                                                  flags=("half_off_frame",)),  # as the reader flags it
                                              dot("idea", left + 90, top + 90, diameter=5.5),  # a pen's dot?
                                              dot("safe", left + 120, top + 40, confidence=0.5)])  # faint
    items = review_items(reading)
    assert [item.accepted for item in items] == [True, False, False, False]
    assert [item.reasons for item in items] == [[], ["a sticker half off the map"],
                                                ["smaller than a sticker: maybe a pen's mark"],
                                                ["a faint or irregular mark"]]
    items[1].accepted, items[1].meaning = True, "idea"
    kept = corrected_reading(reading, items)
    assert [(d.meaning, d.colour) for d in kept.detections] == [("safe", "#009E73"), ("idea", "#0072B2")]
    assert kept.detections[1].lon == pytest.approx(paper_to_lonlat(left + width - 2, top + 80, layout.frame,
                                                                   bounds)[0])
    assert kept.rectified is None and len(reading.detections) == 4  # the reading itself is left as read


def test_a_pen_line_is_reviewed_as_an_idea_and_moved_whole():
    from cosafe.io.paper_sheets.layout import SheetIdentity

    layout = layout_for("a4")
    left, top, _width, _height = layout.frame
    bounds = (0.0, 0.0, 0.01, 0.01)
    identity = SheetIdentity("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002",
                             "00000000-0000-0000-0000-000000000003", 1, "a4", bounds)
    points = ((left + 20, top + 20), (left + 60, top + 20), (left + 60, top + 50))
    line = Detection("line", "idea", "#0072B2", left + 40, top + 30, 0.0, 0.0, 1.0, 0.9, (), points, ())
    touching = Detection("dot", "safe", "#009E73", left + 80, top + 80, 0.0, 0.0, 12.0, 0.6, ("touching",))
    items = review_items(SheetReading(identity, layout, [line, touching]))
    # A pen line is never "smaller than a sticker"; a reader's flag is said in words and unticks the dot.
    assert [(item.accepted, item.reasons) for item in items] == [(True, []), (False, ["two stickers touching"])]
    items[0].x_mm, items[0].y_mm = left + 50, top + 25  # dragged 10 mm right, 5 mm up
    [kept] = corrected_reading(SheetReading(identity, layout, [line, touching]), items).detections
    assert kept.kind == "line" and kept.meaning == "idea"
    assert kept.points_mm == tuple((x + 10, y - 5) for x, y in points)
    assert kept.coordinates == tuple(paper_to_lonlat(x, y, layout.frame, bounds) for x, y in kept.points_mm)


def test_the_review_counts_each_kind_in_its_words_and_shows_every_row_on_a_small_screen(window, paper, tmp_path,
                                                                                      qtbot):
    from cosafe.io.paper_sheets.layout import SheetIdentity
    from cosafe.ui.features.paper.review_items import marks_text
    from cosafe.ui.features.paper.review_view import ReviewPanel

    session = opened(window, paper, tmp_path)
    layout = layout_for("a4")
    left, top, _width, _height = layout.frame
    identity = SheetIdentity("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002",
                             "00000000-0000-0000-0000-000000000003", 1, "a4", tuple(paper["sheets"][0]["bounds"]))
    dots = [Detection("dot", "safe", "#009E73", left + 20 + 20 * i, top + 30, 0.0, 0.0, 12.0, 0.95, ())
            for i in range(6)]
    route = ((left + 20, top + 80), (left + 60, top + 90), (left + 90, top + 70))
    ring = ((left + 120, top + 80), (left + 150, top + 80), (left + 150, top + 110), (left + 120, top + 110))
    line = Detection("line", "idea", "#1A1A1A", left + 55, top + 80, 0.0, 0.0, 1.2, 0.9, (), route, ())
    area = Detection("area", "idea", "#1A1A1A", left + 135, top + 95, 0.0, 0.0, 1.2, 0.9, (), ring, ())
    reading = SheetReading(identity, layout, [*dots, line, area])
    items = review_items(reading)
    assert marks_text(items) == "6 dots, 1 pen line, 1 pen shape"  # not "8 dots"
    assert (marks_text(items[:1]), marks_text(items[6:7]), marks_text([])) == ("1 dot", "1 pen line", "no marks")
    # The review's share of a 1024×768 window: every row shows, none cut by the table's edge.
    panel = ReviewPanel(session.store, reading, items)
    qtbot.addWidget(panel)
    panel.resize(830, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.table.verticalScrollBar().maximum() == 0
    assert panel.photo_view.height() >= 300  # and the photo stays large enough to check a dot on


def test_a_note_typed_in_the_review_is_stored_as_the_pins_story(window, paper, tmp_path, qtbot):
    """A dot with a number written beside it shows the number on both views; the note's text typed in the
    list of the sheet's notes becomes the pin's story (approved: the facilitator typed it); a number cleared
    in the review leaves the idea without a note."""
    import numpy as np
    from sheet_camera import Sticker, render_page, stick, write_numbers

    from cosafe.core.stories import APPROVED
    from cosafe.ui.features.paper.review_view import NOTE_COLUMN

    session = opened(window, paper, tmp_path)
    store = session.store
    rng = np.random.default_rng(21)
    stickers = [Sticker("unsafe", 70.0, 80.0, 12.0), Sticker("idea", 150.0, 140.0, 12.0)]
    page, written = write_numbers(render_page(paper["pdf"], 1, 200), stickers, 200, rng, [4, 12])
    scan = tmp_path / "scan.png"
    import cv2
    cv2.imwrite(str(scan), stick(page, stickers, 200, rng))
    dialog = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    dialog.show()
    dialog.read([str(scan)])
    panel = dialog.current_panel()
    unsafe = next(row for row, item in enumerate(panel.items) if item.meaning == "unsafe")
    idea = next(row for row, item in enumerate(panel.items) if item.meaning == "idea")
    assert written == [4, 12] and [panel.items[unsafe].note, panel.items[idea].note] == [4, 12]
    assert all(dot.label.text() == f"{unsafe + 1}: note 4" for dot in panel.dots[unsafe])  # on both views
    assert panel.table.cellWidget(unsafe, NOTE_COLUMN).value() == 4
    assert [panel.notes_table.item(row, 0).text() for row in range(panel.notes_table.rowCount())] == ["4", "12"]

    # Type note 4's text in its row, as a facilitator does: choose the cell, F2, type, Enter.
    cell = panel.notes_table.item(0, 1)
    panel.notes_table.setFocus()
    panel.notes_table.setCurrentItem(cell)
    qtbot.keyClick(panel.notes_table, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QLineEdit

    editor = panel.notes_table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "No light under the bridge at night")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.notes()))  # the delegate commits the typed text after the key
    assert panel.notes() == {4: "No light under the bridge at night"}
    # The idea's number was a slip: cleared, it leaves the list of notes.
    panel.table.cellWidget(idea, NOTE_COLUMN).setValue(0)
    assert panel.items[idea].note is None and panel.notes_table.rowCount() == 1
    assert all(dot.label.text() == str(idea + 1) for dot in panel.dots[idea])

    for row in range(len(panel.items)):
        panel.set_accepted(row, True)
    dialog.store_button.click()
    pin = store.list(PerceptionPin, order_by="fid DESC")[0]
    proposal = store.list(Proposal, order_by="fid DESC")[0]
    assert (pin.story, pin.story_review) == ("No light under the bridge at night", APPROVED)
    assert proposal.description == "From paper sheet 1"


def test_the_photo_list_reads_a_file_name_on_one_line_at_the_window_size_of_a_small_screen(window, paper, tmp_path,
                                                                                            qtbot):
    """At 1 : 5 of a 1024-pixel screen's dialog the list was 160 pixels and wrapped every name."""
    session = opened(window, paper, tmp_path)
    dialog = ReadSheetsDialog(session, window.host, window)
    qtbot.addWidget(dialog)
    dialog.resize(922, 690)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.list.fontMetrics().horizontalAdvance("IMG_20261207_101500.jpg: sheet 1")
    assert dialog.list.viewport().width() >= name
    assert dialog.stack.width() >= dialog.width() // 2  # the review keeps most of the width


def test_the_print_dialogs_show_a_whole_path_to_the_pdf(window, paper, tmp_path, qtbot):
    """The dialogs were as narrow as their combo boxes: "…h9m3b8so/group maps.pdf"."""
    from cosafe.ui.features.paper.audit_print_dialog import PrintAuditSheetsDialog

    session = opened(window, paper, tmp_path)
    folder = "/home/amina/Documents/Riverside"
    for dialog in (PrintSheetsDialog(session.store, window, folder=folder),
                   PrintAuditSheetsDialog(session.store, window, folder=folder)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.path_edit
        assert edit.text().startswith(folder)
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.text()) + 8
        assert dialog.width() <= dialog.screen().availableGeometry().width()
