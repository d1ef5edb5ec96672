"""Participants…: correct who came through the real table, one undo step per change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal, menu_action

from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.records import Group, Participant, Proposal, Vote, Workshop
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.workshops.participants_dialog import CONTACT, CONTACT_NOTE, ParticipantsDialog
from cosafe.ui.features.workshops.sign_in_table import AGE, CODE, CONSENT, GENDER, GROUP, ROLE

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def filled_path(project_path):
    """A workshop with three groups, four participants (one with a contact) and votes."""
    with ProjectStore.open(str(project_path)) as store:
        workshop = Workshop(title="Market street", held_on="2026-05-20")
        groups = [Group(workshop_uuid=workshop.uuid, name=n, colour=c)
                  for n, c in zip(("Youth", "Women", "Traders"), GROUP_COLOURS)]
        people = [Participant(workshop_uuid=workshop.uuid, group_uuid=groups[0].uuid, code=f"P0{i + 1}",
                              gender="woman", age_band="15_24", role="resident", consent_given=True,
                              contact="0821234567" if i == 0 else None) for i in range(4)]
        proposal = Proposal(workshop_uuid=workshop.uuid, title="Lights")
        votes = [Vote(workshop_uuid=workshop.uuid, proposal_uuid=proposal.uuid, participant_uuid=people[i].uuid)
                 for i in (0, 1, 1, 2)]
        for record in (workshop, *groups, *people, proposal, *votes):
            store.insert(record)
    return project_path


@pytest.fixture
def opened(window, filled_path, qtbot):
    assert window.open_project(str(filled_path))
    return window


def open_dialog(qtbot, window) -> ParticipantsDialog:
    context = window.features.workshops.context
    dialog = ParticipantsDialog(window.session, context.workshop, context.groups_of(context.workshop_uuid), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def person(window, code: str) -> Participant:
    return next(p for p in window.session.store.list(Participant) if p.code == code)


def rows(store) -> dict[str, list]:
    return {t.__name__: sorted((r.uuid, r.updated_at) for r in store.list(t)) for t in (Participant, Vote)}


def test_change_gender_and_group_each_one_undo_step(opened, qtbot):
    window = opened
    dialog = open_dialog(qtbot, window)
    table, stack = dialog.table, window.session.undo_stack
    assert [table.item(r, CODE).text() for r in range(table.rowCount())] == ["P01", "P02", "P03", "P04"]
    start = stack.count()

    table.setCurrentCell(1, GENDER)
    qtbot.keyClick(table, Qt.Key.Key_M)
    assert person(window, "P02").gender == "man"
    assert stack.count() == start + 1 and stack.undoText() == "Change gender of P02"
    assert table.item(1, GENDER).text() == "Man"

    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (1, GROUP)
    qtbot.keyClick(table, Qt.Key.Key_3)
    traders = next(g for g in window.session.store.list(Group) if g.name == "Traders")
    assert person(window, "P02").group_uuid == traders.uuid
    assert stack.count() == start + 2 and stack.undoText() == "Change group of P02"
    assert table.item(1, GROUP).text() == "3 · Traders"

    # Undo in the main window shows up in the dialog, one step at a time.
    stack.undo()
    assert person(window, "P02").group_uuid != traders.uuid and person(window, "P02").gender == "man"
    assert table.item(1, GROUP).text() == "1 · Youth"
    stack.undo()
    assert person(window, "P02").gender == "woman"
    assert table.item(1, GENDER).text() == "Woman"
    assert stack.count() == start + 2 and stack.index() == start

    # Age band through a key, consent through Space: labels name the person.
    table.setCurrentCell(2, AGE)
    qtbot.keyClick(table, Qt.Key.Key_5)
    assert person(window, "P03").age_band == "60_plus" and stack.undoText() == "Change age band of P03"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert person(window, "P03").consent_given is False and stack.undoText() == "Change consent of P03"
    assert table.item(2, CONSENT).checkState() == Qt.CheckState.Unchecked


def test_duplicate_code_is_refused_inline(opened, qtbot):
    window = opened
    dialog = open_dialog(qtbot, window)
    table, stack = dialog.table, window.session.undo_stack
    start = stack.count()
    table.setCurrentCell(3, CODE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "p 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: "already used" in dialog.message.text())
    assert person(window, "P04").code == "P04" and stack.count() == start
    assert table.item(3, CODE).text() == "P04"

    table.setCurrentCell(3, CODE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "P09")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stack.count() == start + 1)
    assert {p.code for p in window.session.store.list(Participant)} == {"P01", "P02", "P03", "P09"}
    assert stack.count() == start + 1 and stack.undoText() == "Change code of P04 to P09"


def test_delete_two_with_their_votes_is_one_undo_step(opened, dialog_log, qtbot):
    window = opened
    store = window.session.store
    before = rows(store)
    dialog = open_dialog(qtbot, window)
    table, stack = dialog.table, window.session.undo_stack
    start = stack.count()
    table.setCurrentCell(1, CODE)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     table.visualRect(table.model().index(2, CODE)).center())
    assert table.selected_rows() == [1, 2]

    dialog_log.accept_confirm = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert rows(store) == before and stack.count() == start
    assert "P02, P03" in dialog_log.confirms[-1][1] and "3 votes" in dialog_log.confirms[-1][1]

    dialog_log.accept_confirm = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert {p.code for p in store.list(Participant)} == {"P01", "P04"}
    assert len(store.list(Vote)) == 1
    assert table.rowCount() == 2 and dialog.count_label.text() == "2 participants"
    assert stack.count() == start + 1

    stack.undo()
    assert rows(store) == before
    assert table.rowCount() == 4


def test_contact_column_hidden_by_default(opened, qtbot):
    dialog = open_dialog(qtbot, opened)
    table = dialog.table
    assert table.isColumnHidden(CONTACT)
    assert "Private contact" in table.horizontalHeaderItem(CONTACT).text()
    assert not dialog.contact_check.isChecked()
    assert dialog.contact_check.text() == "Show private contact column"
    assert "never exported by default" in CONTACT_NOTE and dialog.contact_note.isVisible()
    qtbot.mouseClick(dialog.contact_check, Qt.MouseButton.LeftButton)
    assert not table.isColumnHidden(CONTACT)
    assert table.item(0, CONTACT).text() == "0821234567"


def test_read_only_is_view_only(window, filled_path, qtbot):
    assert window.open_project(str(filled_path), read_only=True)
    panel = window.features.workshops.panel
    assert panel.participants_action.isEnabled()
    assert menu_action(window, "Workshop", "Participants").isEnabled()
    dialog = open_dialog(qtbot, window)
    table = dialog.table
    assert table.rowCount() == 4 and not dialog.delete_button.isEnabled()
    table.setCurrentCell(1, GENDER)
    qtbot.keyClick(table, Qt.Key.Key_M)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert person(window, "P02").gender == "woman" and person(window, "P02").consent_given
    assert len(window.session.store.list(Participant)) == 4
    assert not table.item(1, GENDER).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(1, GENDER).text() == "Woman"


def test_button_and_menu_open_the_dialog(opened, qtbot):
    window = opened
    seen = []

    def look(dialog) -> None:
        seen.append((dialog.objectName(), dialog.table.rowCount()))
        dialog.reject()

    answer_next_modal(look)
    menu_action(window, "Workshop", "Participants").trigger()
    assert seen == [("participantsDialog", 4)]


def test_double_click_opens_a_combo_and_picking_is_one_step(opened, qtbot):
    window = opened
    dialog = open_dialog(qtbot, window)
    table, stack = dialog.table, window.session.undo_stack
    start = stack.count()
    rect = table.visualRect(table.model().index(0, AGE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    combo = table.findChild(QComboBox, "participantChoice")
    assert combo is not None and combo.currentText() == "15–24"
    combo.setCurrentIndex(combo.findText("40–59"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: stack.count() == start + 1)
    assert person(window, "P01").age_band == "40_59" and stack.undoText() == "Change age band of P01"
    qtbot.waitUntil(lambda: table.item(0, AGE).text() == "40–59")


def test_role_typed_ahead_is_one_step(opened, qtbot):
    window = opened
    dialog = open_dialog(qtbot, window)
    table, stack = dialog.table, window.session.undo_stack
    start = stack.count()
    table.setCurrentCell(0, ROLE)
    qtbot.keyClicks(table, "of")  # "o" Other, then "of" Official within the type-ahead second
    assert table.item(0, ROLE).text() == "Municipal official"
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # leaving the cell saves it at once
    assert person(window, "P01").role == "official"
    assert stack.count() == start + 1 and stack.undoText() == "Change role of P01"
    table.setCurrentCell(1, ROLE)
    qtbot.keyClicks(table, "s")
    qtbot.waitUntil(lambda: person(window, "P02").role == "student", timeout=3000)  # after the pause
    assert stack.count() == start + 2
