"""The fast audit entry form, driven by the keyboard alone: 0–3 per criterion, Tab, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from audit_support import NOISE
from shapely.geometry import LineString
from map_support import LAT, LON

from cosafe.core.edits import AddRecord
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, ChecklistAnswer, Criterion
from cosafe.core.audits import walk_criteria

pytestmark = NOISE

# Ten paper sheets, nine digits each (the default set: lighting … feeling).
SHEETS = ["321032103", "000000000", "333333333", "123012301", "210321032",
          "303030303", "012301230", "111222333", "222111000", "333000111"]


def make_walk(recording, with_route: bool = True) -> AuditWalk:
    walk = AuditWalk(title="Night walk", walked_on="2026-03-02", time_of_day="night",
                     workshop_uuid=recording.workshop.uuid,
                     criteria_set_uuid=recording.store.list(Criterion)[0].set_uuid,
                     geom=LineString([(LON - 0.002, LAT), (LON + 0.002, LAT)]) if with_route else None)
    assert recording.window.session.perform(AddRecord(walk, "Add audit walk"))
    recording.ui.panel.select_walk(walk.uuid)
    return walk


def open_form(recording):
    recording.ui.entry_action.trigger()
    form = recording.ui.entry_form
    assert form is not None and form.isVisible()
    recording.qtbot.waitExposed(form)
    recording.qtbot.waitUntil(lambda: QApplication.focusWidget() is form.score_fields[0])
    return form


def type_keys(qtbot, text: str) -> None:
    for char in text:
        widget = QApplication.focusWidget()
        qtbot.keyClicks(widget, char)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def stored_sheets(store, walk) -> dict[int, str]:
    criteria = walk_criteria(store, walk)
    result = {}
    for point in store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,)):
        scores = {s.criterion_uuid: s.score for s in store.list(AuditScore, "point_uuid = ?", (point.uuid,))}
        result[point.sequence] = "".join(str(scores[c.uuid]) if c.uuid in scores else "-" for c in criteria)
    return result


def test_ten_sheets_typed_with_the_keyboard_alone(recording):
    walk = make_walk(recording)
    qtbot = recording.qtbot
    recording.window.activateWindow()
    qtbot.waitUntil(recording.window.isActiveWindow)
    qtbot.keyClick(recording.window, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = recording.ui.entry_form
    assert form is not None  # opened by its shortcut, Ctrl+Shift+E
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.score_fields[0])
    steps = recording.window.session.undo_stack.count()
    for number, sheet in enumerate(SHEETS, start=1):
        assert form.sequence == number
        assert QApplication.focusWidget() is form.score_fields[0]
        type_keys(qtbot, sheet)  # each digit moves on by itself: focus ends on the comment
        assert QApplication.focusWidget() is form.comment_edit
        type_keys(qtbot, f"sheet {number}")
        press(qtbot, Qt.Key.Key_Return)
    store = recording.store
    assert stored_sheets(store, walk) == {n: sheet for n, sheet in enumerate(SHEETS, start=1)}
    # One undo step per sheet, each labelled with its number.
    texts = recording.undo_texts()[steps:]
    assert texts == [f"Enter audit point {n} of “Night walk”" for n in range(1, 11)]
    points = sorted(store.list(AuditPoint), key=lambda p: p.sequence)
    assert points[3].comment == "sheet 4"
    # Placed evenly along the route: first at the start, last at the end.
    assert abs(points[0].geom.x - (LON - 0.002)) < 1e-9 and abs(points[-1].geom.x - (LON + 0.002)) < 1e-9
    xs = [p.geom.x for p in points]
    assert xs == sorted(xs) and all(abs(p.geom.y - LAT) < 1e-9 for p in points)
    # Undo takes back the last sheet whole: point and its nine scores.
    recording.window.session.undo_stack.undo()
    assert len(store.list(AuditPoint)) == 9 and len(store.list(AuditScore)) == 81


def test_a_key_other_than_0_to_3_is_refused_with_a_visible_hint(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, "2")
    type_keys(qtbot, "5")  # on Openness: refused, stays there
    assert form.score_fields[1].text() == ""
    assert QApplication.focusWidget() is form.score_fields[1]
    assert form.hint_label.isVisible() and "Openness: type 0–3" in form.hint_label.text()
    type_keys(qtbot, "x")
    assert form.score_fields[1].text() == ""
    type_keys(qtbot, "1")
    assert form.hint_label.text() == ""
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sheets(recording.store, walk) == {1: "21-------"}
    assert "7 left blank" in form.status_label.text()


def test_a_pasted_out_of_range_score_is_refused_and_nothing_is_saved(recording):
    make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    steps = recording.window.session.undo_stack.count()
    QGuiApplication.clipboard().setText("7")
    qtbot.keyClick(form.score_fields[0], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.score_fields[0].text() == "7"
    press(qtbot, Qt.Key.Key_Return)
    assert "Lighting: a score is 0 to 3, not 7; nothing was saved" in form.hint_label.text()
    assert recording.store.list(AuditPoint) == [] and recording.store.list(AuditScore) == []
    assert recording.window.session.undo_stack.count() == steps
    assert form.sequence == 1


def test_an_empty_sheet_is_refused(recording):
    make_walk(recording)
    form = open_form(recording)
    press(recording.qtbot, Qt.Key.Key_Return)
    assert "empty" in form.hint_label.text()
    assert recording.store.list(AuditPoint) == []


def test_checklist_answers_are_saved_with_the_point_in_one_step(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, "012301230")
    form.checklist.setChecked(True)
    question, answer, recommendation = form.answer_fields[3]
    answer.setFocus()
    type_keys(qtbot, "n")
    qtbot.keyClicks(recommendation, "Add two street lights")
    recommendation.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    [saved] = recording.store.list(ChecklistAnswer)
    assert (saved.question, saved.answer, saved.recommendation) == (question, False, "Add two street lights")
    assert recording.undo_texts()[-1] == "Enter audit point 1 of “Night walk”"
    recording.window.session.undo_stack.undo()
    assert recording.store.list(ChecklistAnswer) == [] and recording.store.list(AuditPoint) == []
    assert stored_sheets(recording.store, walk) == {}


def test_a_point_placed_on_the_map_is_scored_in_place_and_page_up_shows_it_again(recording):
    walk = make_walk(recording, with_route=False)
    recording.ui.tool_actions["audit_point"].trigger()
    recording.click(0.001, 0.001)  # point 1 placed first, scored later
    recording.ui.set_tool(None)
    form = open_form(recording)
    qtbot = recording.qtbot
    assert form.sequence == 1 and "not scored" in form.location_label.text()
    type_keys(qtbot, "333333333")
    press(qtbot, Qt.Key.Key_Return)
    [point] = recording.store.list(AuditPoint)
    assert abs(point.geom.x - (LON + 0.001)) < 2e-5  # kept where it was clicked
    # Sheet 2: picked on the map while the form is open.
    qtbot.mouseClick(form.pick_button, Qt.MouseButton.LeftButton)
    recording.click(-0.001, 0.0)
    assert form.location_label.text() == "Placed where you clicked"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.score_fields[0])  # back in the form
    type_keys(qtbot, "000000000")
    press(qtbot, Qt.Key.Key_Return)
    second = [p for p in recording.store.list(AuditPoint) if p.sequence == 2][0]
    assert abs(second.geom.x - (LON - 0.001)) < 2e-5
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageUp)
    assert form.sequence == 1 and form.score_fields[0].text() == "3"
    type_keys(qtbot, "1")  # correct the lighting score of sheet 1
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sheets(recording.store, walk) == {1: "133333333", 2: "000000000"}
    assert len(recording.store.list(AuditPoint)) == 2
    assert recording.undo_texts()[-1] == "Edit audit point 1 of “Night walk”"


def test_the_form_closes_when_its_walk_is_undone(recording):
    make_walk(recording)
    open_form(recording)
    type_keys(recording.qtbot, "2222")
    recording.window.session.undo_stack.undo()  # the walk's adding
    recording.qtbot.waitUntil(lambda: recording.ui.entry_form is None)
    assert recording.store.list(AuditPoint) == []


def test_ctrl_delete_removes_the_shown_point_with_its_scores_in_one_step(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    for sheet in SHEETS[:2]:
        type_keys(qtbot, sheet)
        press(qtbot, Qt.Key.Key_Return)
    assert not form.delete_button.isEnabled()  # sheet 3 is not saved yet
    press(qtbot, Qt.Key.Key_PageUp)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert stored_sheets(recording.store, walk) == {1: SHEETS[0]}
    assert recording.undo_texts()[-1] == "Delete audit point 2"
    assert form.sequence == 2 and form.score_fields[0].text() == ""
    recording.window.session.undo_stack.undo()
    assert stored_sheets(recording.store, walk) == {1: SHEETS[0], 2: SHEETS[1]}


def test_photos_are_saved_with_the_sheet_and_go_with_the_point(recording, tmp_path):
    from PIL import Image

    from cosafe.core.records import Attachment

    walk = make_walk(recording)
    photo = tmp_path / "dark_corner.png"
    Image.new("RGB", (64, 48), (20, 20, 30)).save(photo)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a photo")
    form = open_form(recording)
    qtbot = recording.qtbot
    form.photos.ask_photo_paths = lambda: [str(photo), str(broken)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert form.photos.strip.count() == 1 and form.hint_label.text()  # the broken file is named, skipped
    assert recording.store.list(Attachment) == []  # not until the sheet is saved
    type_keys(qtbot, "000100000")
    press(qtbot, Qt.Key.Key_Return)
    [point] = recording.store.list(AuditPoint)
    [stored] = recording.store.list(Attachment)
    assert (stored.owner_table, stored.owner_uuid, stored.mime_type) == ("audit_points", point.uuid, "image/jpeg")
    assert "1 photo" in form.status_label.text()
    assert recording.undo_texts()[-1] == "Enter audit point 1 of “Night walk”"  # one step with the scores
    press(qtbot, Qt.Key.Key_PageUp)
    assert form.photos.strip.count() == 1
    form.photos.strip.setCurrentRow(0)
    qtbot.keyClick(form.photos.strip, Qt.Key.Key_Delete)
    assert recording.store.list(Attachment) == []
    assert recording.undo_texts()[-1] == "Remove photo from audit point 1"
    recording.window.session.undo_stack.undo()
    assert form.photos.strip.count() == 1  # the undo shows in the open form
    recording.ui.panel.delete_walk()
    assert recording.store.list(Attachment) == [] and recording.store.list(AuditWalk) == []
    recording.window.session.undo_stack.undo()
    assert len(recording.store.list(Attachment)) == 1
    assert stored_sheets(recording.store, walk) == {1: "000100000"}


# -- issue 14: the key line and the keys agree; no field skipped, no typed text lost -------------


def test_a_tab_after_each_digit_as_the_trial_did_skips_no_criterion_and_keeps_the_comment(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    assert "Tab next field" not in form.keys_label.text() and "moves on" in form.keys_label.text()
    for digit in SHEETS[0]:
        type_keys(qtbot, digit)
        press(qtbot, Qt.Key.Key_Tab)  # out of habit: the digit moved on already
    assert QApplication.focusWidget() is form.comment_edit
    type_keys(qtbot, "dark corner by the kiosk")
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sheets(recording.store, walk) == {1: SHEETS[0]}
    [point] = recording.store.list(AuditPoint)
    assert point.comment == "dark corner by the kiosk"


def test_space_leaves_a_score_blank_and_tab_without_a_digit_still_moves(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, "3 1")  # Lighting 3, Openness blank, Visibility 1
    assert QApplication.focusWidget() is form.score_fields[3]
    press(qtbot, Qt.Key.Key_Tab)  # absorbed: the 1 moved on already
    press(qtbot, Qt.Key.Key_Tab)  # a Tab of its own: leaves the fourth blank
    type_keys(qtbot, "2")
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is form.score_fields[4]
    press(qtbot, Qt.Key.Key_Return)
    assert stored_sheets(recording.store, walk) == {1: "3-1-2----"}


def test_text_typed_on_after_the_last_field_stays_in_the_comment(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, SHEETS[1])
    type_keys(qtbot, "no lights")
    press(qtbot, Qt.Key.Key_Tab)  # the last field: the focus stays, and the hint says Enter saves
    assert QApplication.focusWidget() is form.comment_edit and "Enter saves point 1" in form.hint_label.text()
    type_keys(qtbot, ", broken bench")
    press(qtbot, Qt.Key.Key_Return)
    [point] = recording.store.list(AuditPoint)
    assert point.comment == "no lights, broken bench" and stored_sheets(recording.store, walk) == {1: SHEETS[1]}


def test_page_down_saves_the_typed_sheet_before_showing_the_next(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, SHEETS[2])
    type_keys(qtbot, "lit all night")
    press(qtbot, Qt.Key.Key_PageDown)
    assert form.sequence == 2 and form.score_fields[0].text() == ""
    assert stored_sheets(recording.store, walk) == {1: SHEETS[2]}
    assert recording.store.list(AuditPoint)[0].comment == "lit all night"
    press(qtbot, Qt.Key.Key_PageDown)  # nothing typed on sheet 2: nothing saved for it
    assert form.sequence == 3 and stored_sheets(recording.store, walk) == {1: SHEETS[2]}
    # A sheet the save refuses keeps the form on it, with its reason.
    QGuiApplication.clipboard().setText("7")
    qtbot.keyClick(form.score_fields[0], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_PageUp)
    assert form.sequence == 3 and form.score_fields[0].text() == "7" and "not 7" in form.hint_label.text()


def test_closing_with_a_typed_sheet_asks_first_and_cancel_keeps_it(recording):
    walk = make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, "21")
    recording.accept_confirm = False
    press(qtbot, Qt.Key.Key_Escape)
    assert len(recording.confirms) == 1 and "Point 1 has entries that are not saved" in recording.confirms[0]
    assert form.isVisible() and form.score_fields[1].text() == "1"
    press(qtbot, Qt.Key.Key_Return)  # saved after all
    assert stored_sheets(recording.store, walk) == {1: "21-------"}
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed on sheet 2: closes without a question
    recording.qtbot.waitUntil(lambda: recording.ui.entry_form is None)
    assert len(recording.confirms) == 1


def test_closing_the_project_saves_what_was_typed(recording):
    walk = make_walk(recording)
    open_form(recording)
    type_keys(recording.qtbot, "0123")
    path = recording.path
    recording.window.close_project()
    from cosafe.store.project_store import ProjectStore

    with ProjectStore.open(path) as store:
        assert stored_sheets(store, store.get(AuditWalk, walk.uuid)) == {1: "0123-----"}


def test_the_checklist_is_reached_with_the_keyboard_once_ticked(recording):
    make_walk(recording)
    form = open_form(recording)
    qtbot = recording.qtbot
    type_keys(qtbot, SHEETS[3])
    press(qtbot, Qt.Key.Key_Tab)  # unticked: the comment is the last field
    assert QApplication.focusWidget() is form.comment_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert form.checklist.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    question, answer, recommendation = form.answer_fields[0]
    assert QApplication.focusWidget() is answer
    type_keys(qtbot, "n")  # moves on to its recommendation
    assert QApplication.focusWidget() is recommendation
    type_keys(qtbot, "More light")
    press(qtbot, Qt.Key.Key_Return)
    saved = [a for a in recording.store.list(ChecklistAnswer) if a.question == question]
    assert [(a.answer, a.recommendation) for a in saved] == [(False, "More light")]
