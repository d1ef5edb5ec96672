"""The sign-in sheet, driven with the keyboard alone: keys in, participants out, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal

from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.records import Group, Participant, Workshop
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.workshops.sign_in_sheet import NOTE, SignInSheet
from cosafe.ui.features.workshops.sign_in_table import CODE, GENDER, ROLE
from cosafe.ui.kit import dialogs
from cosafe.ui.language import install_language

REAL_ASK_CONFIRM = dialogs.ask_confirm  # before the window fixture replaces it

pytestmark = OFFSCREEN_NOISE

# (gender key, age digit, role letters, group digit, consent) and what they must mean.
PEOPLE = [
    ("w", "2", "s", "1", True, "woman", "15_24", "student"),
    ("m", "3", "t", "2", True, "man", "25_39", "trader"),
    ("w", "4", "r", "3", False, "woman", "40_59", "resident"),
    ("n", "2", "co", "1", True, "non_binary", "15_24", "community_leader"),
    ("u", "6", "p", "2", True, "undisclosed", "undisclosed", "police"),
    ("w", "5", "m", "3", True, "woman", "60_plus", "official"),
    ("m", "1", "n", "1", False, "man", "under_15", "ngo"),
    ("w", "3", "b", "2", True, "woman", "25_39", "business"),
    ("w", "2", "o", "3", True, "woman", "15_24", "other"),
    ("m", "4", "r", "1", True, "man", "40_59", "resident"),
]


@pytest.fixture
def workshop_path(project_path):
    with ProjectStore.open(str(project_path)) as store:
        workshop = Workshop(title="Market street", held_on="2026-05-20")
        store.insert(workshop)
        for name, colour in zip(("Youth", "Women", "Traders"), GROUP_COLOURS):
            store.insert(Group(workshop_uuid=workshop.uuid, name=name, colour=colour))
    return project_path


@pytest.fixture
def opened(window, workshop_path, qtbot):
    assert window.open_project(str(workshop_path))
    return window


def open_sheet(qtbot, window) -> SignInSheet:
    context = window.features.workshops.context
    sheet = SignInSheet(window.session, context.workshop, context.groups_of(context.workshop_uuid), window)
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    return sheet


def test_sign_in_ten_people_with_keys_only_and_undo_them_in_one_step(opened, qtbot):
    window = opened
    sheet = open_sheet(qtbot, window)
    assert NOTE.startswith("CoSafe records people anonymously — no names")
    table = sheet.table
    assert "Contact" not in " ".join(table.horizontalHeaderItem(c).text() for c in range(table.columnCount()))
    assert (table.currentRow(), table.currentColumn()) == (0, GENDER)
    for gender, age, role, group, consent, *_ in PEOPLE:
        for keys in (gender, age, role, group):
            qtbot.keyClicks(table, keys)
            qtbot.keyClick(table, Qt.Key.Key_Tab)
        if consent:
            qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.rowCount() == 11  # ten people and the fresh row Enter made
    ok = sheet.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Sign In 10 People"
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not sheet.isVisible()

    store = window.session.store
    groups = {g.uuid: g.name for g in store.list(Group)}
    people = store.list(Participant, order_by="code")
    assert [p.code for p in people] == [f"P{n:02d}" for n in range(1, 11)]
    names = ["Youth", "Women", "Traders"]
    assert [(p.gender, p.age_band, p.role, groups[p.group_uuid], p.consent_given) for p in people] == [
        (g, a, r, names[int(d) - 1], c) for _g, _a, _r, d, c, g, a, r in PEOPLE]
    assert all(p.contact is None and p.disability is None for p in people)
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Sign in 10 participants"
    assert window.features.workshops.panel.summary_label.text().endswith("3 groups · 10 people · 5 women")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.list(Participant) == []


def test_codes_continue_and_a_taken_code_is_refused_inline(opened, dialog_log, qtbot):
    window = opened
    store = window.session.store
    workshop = window.features.workshops.context.workshop
    window.session.store.insert(Participant(workshop_uuid=workshop.uuid, code="P07"))
    sheet = open_sheet(qtbot, window)
    table = sheet.table
    assert table.code(0) == "P08"
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # to the code cell
    assert table.currentColumn() == CODE
    qtbot.keyClick(table, Qt.Key.Key_P)  # starts editing, replacing the code
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: "already signed in" in sheet.message.text())
    assert table.code(0) == "P08"

    # A typed free code is kept, and the next row continues after it.
    qtbot.keyClick(table, Qt.Key.Key_P)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "20")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert table.code(0) == "P20" and table.currentColumn() == GENDER
    for key in ("w", "\t", "\t", "of"):
        qtbot.keyClicks(table, key) if key != "\t" else qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentColumn() == ROLE and table.value(0, ROLE) == "official"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.code(1) == "P21" and table.value(1, GENDER) is None
    qtbot.keyClick(table, Qt.Key.Key_Return)  # a blank row is not followed by another
    assert table.rowCount() == 2
    assert sheet.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Sign In 1 Person"
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert sheet.isVisible() and dialog_log.confirms[0][0] == "Discard the sign-in sheet"  # answered no
    dialog_log.accept_confirm = True
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    assert [p.code for p in store.list(Participant)] == ["P07"]


def test_sheet_opens_from_the_workshop_menu_shortcut(opened, qtbot):
    window = opened
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[str] = []

    def check(dialog) -> None:
        seen.append(dialog.windowTitle())
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.table, "w")
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    answer_next_modal(check)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["Sign-in Sheet — Market street"]
    assert [(p.code, p.gender, p.age_band, p.role) for p in window.session.store.list(Participant)] == [
        ("P01", "woman", "undisclosed", "other")]
    assert window.session.undo_stack.text(0) == "Sign in 1 participant"


def test_enter_on_the_discard_question_keeps_the_sheet(opened, qtbot, monkeypatch):
    """Issue 14: Discard is not the default of the discard question; the real question is asked here."""
    monkeypatch.setattr(dialogs, "ask_confirm", REAL_ASK_CONFIRM)
    sheet = open_sheet(qtbot, opened)
    table = sheet.table
    qtbot.keyClicks(table, "w")
    seen: list[str] = []

    def press_enter(box) -> None:
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_next_modal(press_enter, kind=QMessageBox)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert seen == ["Cancel"]
    assert sheet.isVisible() and table.value(0, GENDER) == "woman"  # the typed row is still there
    sheet.accept()
    assert [p.gender for p in opened.session.store.list(Participant)] == ["woman"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_column_is_in_view_within_the_screen(opened, qtbot, qapp, language):
    """At a fixed 900 pixels the Consent column hid behind a scroll bar (a 1024-pixel screen)."""
    install_language(qapp, language)
    try:
        check_columns_in_view(qtbot, opened)
    finally:
        install_language(qapp, "en")


def check_columns_in_view(qtbot, window) -> None:
    sheet = open_sheet(qtbot, window)
    screen = sheet.screen().availableGeometry()
    assert sheet.width() <= screen.width()
    assert sheet.width() == min(screen.width(), max(900, sheet.wanted_width()))
    sheet.resize(sheet.wanted_width(), sheet.height())
    qtbot.waitUntil(lambda: sheet.table.viewport().width() > 0)
    QApplication.processEvents()
    assert sheet.table.horizontalScrollBar().maximum() == 0
    last = sheet.table.columnCount() - 1
    assert sheet.table.columnViewportPosition(last) + sheet.table.columnWidth(last) <= sheet.table.viewport().width()
