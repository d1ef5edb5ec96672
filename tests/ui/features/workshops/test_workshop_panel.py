"""The Workshops dock, the toolbar selector and the workshop context, through real widgets."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox
from shell_support import OFFSCREEN_NOISE, answer_next_modal, menu_action

from cosafe.core.changes import Change
from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.records import Group, Participant, Workshop
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.workshops.dialogs import GroupDialog
from cosafe.ui.language import install_language

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def opened(window, project_path, qtbot):
    assert window.open_project(str(project_path))
    window.features.workshops.dock.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def filled_path(project_path):
    """Two workshops; the later one has three groups and five participants."""
    with ProjectStore.open(str(project_path)) as store:
        old = Workshop(title="Baseline", held_on="2026-02-01")
        new = Workshop(title="Market street", held_on="2026-05-20")
        groups = [Group(workshop_uuid=new.uuid, name=n, colour=c) for n, c in zip(("Youth", "Women", "Traders"),
                                                                                   GROUP_COLOURS)]
        people = [Participant(workshop_uuid=new.uuid, group_uuid=groups[i % 3].uuid, code=f"P0{i + 1}",
                              gender="woman" if i % 2 == 0 else "man") for i in range(5)]
        for record in (old, new, *groups, *people):
            store.insert(record)
    return project_path


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def create_workshop(qtbot, window, title: str, votes_up: int = 0) -> None:
    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.title_edit, title)
        qtbot.keyClicks(dialog.place_edit, "Community hall")
        for _ in range(votes_up):
            qtbot.keyClick(dialog.votes_spin, Qt.Key.Key_Up)
        ok(dialog)

    answer_next_modal(fill)
    window.features.workshops.panel.new_action.trigger()


def add_group(qtbot, window, name: str) -> None:
    def fill(dialog) -> None:
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, name)
        ok(dialog)

    answer_next_modal(fill)
    window.features.workshops.panel.group_action.trigger()


def undo(qtbot, window) -> None:
    """Ctrl+Z as a person presses it (after a dialog, the window has to be active again)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_create_workshop_and_groups_the_toolbar_follows(opened, qtbot):
    window = opened
    create_workshop(qtbot, window, "Riverside walk", votes_up=2)
    [workshop] = window.session.store.list(Workshop)
    assert (workshop.title, workshop.place, workshop.votes_per_participant) == ("Riverside walk", "Community hall", 5)
    assert workshop.held_on == QDate.currentDate().toString(Qt.DateFormat.ISODate)
    context = window.features.workshops.context
    assert context.workshop_uuid == workshop.uuid and context.group_uuid is None
    group_combo = window.findChild(QComboBox, "groupCombo")
    assert not group_combo.isEnabled()

    for name in ("Youth", "Women", "Traders"):
        add_group(qtbot, window, name)
    groups = window.session.store.list(Group)
    assert [g.name for g in groups] == ["Youth", "Women", "Traders"]
    assert [g.colour for g in groups] == list(GROUP_COLOURS[:3])  # distinct, from the palette
    stack = window.session.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add workshop “Riverside walk”", "Add group “Youth”", "Add group “Women”", "Add group “Traders”"]
    assert combo_texts(window.findChild(QComboBox, "workshopCombo")) == ["Riverside walk"]
    assert combo_texts(group_combo) == ["Youth", "Women", "Traders"] and group_combo.isEnabled()
    assert context.group_uuid == groups[0].uuid  # the first group became active
    tree = window.features.workshops.panel.tree
    assert [tree.topLevelItem(0).child(i).text(0) for i in range(3)] == ["Youth", "Women", "Traders"]
    assert tree.topLevelItem(0).child(0).text(1) == "no one yet"

    # Choosing in the toolbar moves the context and the panel's current row.
    group_combo.setFocus()
    qtbot.keyClick(group_combo, Qt.Key.Key_Down)
    assert context.group_uuid == groups[1].uuid
    assert tree.currentItem().text(0) == "Women"
    # Clicking a group in the panel moves the toolbar.
    tree.setCurrentItem(tree.topLevelItem(0).child(2))
    assert group_combo.currentText() == "Traders" and context.group_uuid == groups[2].uuid

    undo(qtbot, window)
    assert combo_texts(group_combo) == ["Youth", "Women"] and context.group_uuid == groups[0].uuid


def test_recolour_from_the_palette_and_rename_are_one_step_each(opened, qtbot):
    window = opened
    create_workshop(qtbot, window, "W")
    add_group(qtbot, window, "Youth")
    panel = window.features.workshops.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))

    def recolour(dialog) -> None:
        dialog.findChild(type(dialog.colour_buttons.button(0)), "colour5").click()
        ok(dialog)

    answer_next_modal(recolour)
    panel.edit_action.trigger()
    assert window.session.store.list(Group)[0].colour == GROUP_COLOURS[5]

    def rename(dialog) -> None:
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Young women")
        ok(dialog)

    answer_next_modal(rename)
    panel.edit_action.trigger()
    stack = window.session.undo_stack
    assert [stack.text(i) for i in range(2, stack.count())] == [
        "Recolour group “Youth”", "Rename group “Youth” to “Young women”"]
    assert window.findChild(QComboBox, "groupCombo").currentText() == "Young women"


def test_renaming_a_group_keeps_a_colour_of_an_earlier_palette(opened, qtbot):
    window = opened
    create_workshop(qtbot, window, "W")
    store = window.session.store
    workshop = store.list(Workshop)[0]
    # Sky blue: a group colour until the river's colour made it hard to see.
    store.insert(Group(workshop_uuid=workshop.uuid, name="Elders", colour="#56B4E9"))
    window.session.notify(Change.WORKSHOPS)
    panel = window.features.workshops.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))

    def rename(dialog) -> None:
        assert dialog.colour_buttons.checkedButton() is None  # not one of today's colours
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Elders' council")
        ok(dialog)

    answer_next_modal(rename)
    panel.edit_action.trigger()
    group = store.list(Group)[0]
    assert (group.name, group.colour) == ("Elders' council", "#56B4E9")


def test_open_picks_most_recent_workshop_and_delete_is_one_undo_step(window, filled_path, dialog_log, qtbot):
    assert window.open_project(str(filled_path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    context, store = window.features.workshops.context, window.session.store
    assert context.workshop.title == "Market street" and context.group.name == "Youth"
    tree = window.features.workshops.panel.tree
    # Five people in groups of 2, 2 and 1, three of them women: every count but the total is under 5.
    assert (window.features.workshops.panel.summary_label.text()
            == "<b>Market street</b>: 3 groups · 5 people · women hidden")
    assert tree.topLevelItem(0).child(0).text(1) == "people hidden · women hidden"

    before = {t.TABLE: sorted(r.uuid for r in store.list(t)) for t in (Workshop, Group, Participant)}
    tree.setCurrentItem(tree.topLevelItem(0))
    dialog_log.accept_confirm = True
    window.features.workshops.panel.delete_action.trigger()
    assert "3 groups, 5 participants" in dialog_log.confirms[0][1]
    assert [w.title for w in store.list(Workshop)] == ["Baseline"]
    assert store.list(Group) == [] and store.list(Participant) == []
    assert context.workshop.title == "Baseline" and context.group_uuid is None
    assert window.session.undo_stack.count() == 1
    assert window.session.undo_stack.text(0) == "Delete workshop “Market street”"

    undo(qtbot, window)
    assert {t.TABLE: sorted(r.uuid for r in store.list(t)) for t in (Workshop, Group, Participant)} == before


def test_context_stays_valid_after_deleting_the_active_group(window, filled_path, dialog_log, qtbot):
    assert window.open_project(str(filled_path))
    context = window.features.workshops.context
    women = next(g for g in context.groups if g.name == "Women")
    context.select_group(women.uuid)
    seen: list[str | None] = []
    context.changed.connect(lambda: seen.append(context.group_uuid))
    assert window.features.workshops.panel.tree.currentItem().text(0) == "Women"
    dialog_log.accept_confirm = True
    window.features.workshops.panel.delete_action.trigger()
    assert context.group.name == "Youth" and seen == [context.group_uuid]
    assert combo_texts(window.findChild(QComboBox, "groupCombo")) == ["Youth", "Traders"]
    moved = [p for p in window.session.store.list(Participant) if p.group_uuid is None]
    assert len(moved) == 2  # the group's people stay in the workshop
    window.close_project()
    assert context.workshop_uuid is None and context.group_uuid is None


def test_read_only_project_disables_everything(window, filled_path, qtbot):
    assert window.open_project(str(filled_path), read_only=True)
    panel = window.features.workshops.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    for action in (panel.new_action, panel.group_action, panel.sign_in_action, panel.edit_action, panel.delete_action):
        assert not action.isEnabled(), action.text()
    for name in ("workshopCombo", "groupCombo"):
        assert not window.findChild(QComboBox, name).isEnabled()
    assert not menu_action(window, "Workshop", "Sign-in Sheet").isEnabled()
    assert window.features.workshops.context.workshop.title == "Market street"  # still shown, only not changeable


def test_without_a_project_the_selector_is_disabled_and_the_dock_parked(window):
    assert not window.findChild(QComboBox, "workshopCombo").isEnabled()
    assert window.features.workshops.dock.isHidden()
    assert menu_action(window, "View", "Workshops") is window.features.workshops.dock.toggleViewAction()


def test_each_colour_of_the_group_dialog_shows_and_names_the_shape_it_brings(qtbot):
    # Issue 14: a reader who cannot tell orange from vermillion still tells a star from a hexagon.
    dialog = GroupDialog("Youth", GROUP_COLOURS[0], {GROUP_COLOURS[1]})
    qtbot.addWidget(dialog)
    buttons = [dialog.colour_buttons.button(index) for index in range(len(GROUP_COLOURS))]
    assert buttons[1].toolTip() == "Orange: star, dashed line, hatched / (used by another group)"
    assert buttons[0].toolTip() == "Blue: circle, solid line, plain fill"
    masks = {ink_of(button.icon().pixmap(22, 22)).tobytes() for button in buttons}
    assert len(masks) == len(GROUP_COLOURS)  # eight shapes, not eight coloured squares


def ink_of(pixmap) -> np.ndarray:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), 3] > 60


def test_group_names_are_read_whole_in_a_narrow_dock_and_the_head_count_gives_way(window, project_path, qtbot, qapp):
    """On a 1024-pixel screen the head count took the dock's width and left "Wome…" of the names (French)."""
    install_language(qapp, "fr")
    try:
        check_names_whole(window, project_path, qtbot)
    finally:
        install_language(qapp, "en")


def check_names_whole(window, project_path, qtbot) -> None:
    with ProjectStore.open(str(project_path)) as store:
        workshop = Workshop(title="Riverside safety mapping workshop", held_on="2026-05-20")
        groups = [Group(workshop_uuid=workshop.uuid, name=name, colour=colour)
                  for name, colour in zip(("Women traders", "Residents and elders"), GROUP_COLOURS)]
        people = [Participant(workshop_uuid=workshop.uuid, group_uuid=groups[i % 2].uuid, code=f"P{i + 1:02d}",
                              gender="woman" if i % 3 else "man") for i in range(16)]
        for record in (workshop, *groups, *people):
            store.insert(record)
    assert window.open_project(str(project_path))
    feature = window.features.workshops
    feature.dock.raise_()
    tree = feature.panel.tree
    header = tree.header()
    for width in (300, 640):
        window.resizeDocks([feature.dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: abs(feature.dock.width() - width) < 40)
        QApplication.processEvents()
        metrics = QFontMetrics(QFont(tree.font()))
        names = max(metrics.horizontalAdvance(name) for name in ("Women traders", "Residents and elders"))
        assert header.sectionSize(0) >= names + tree.indentation()  # the names whole
        assert header.sectionSize(1) >= header.sectionSizeHint(1)  # the column's title whole
        assert tree.horizontalScrollBar().maximum() == 0  # nothing behind a scroll bar
        if width == 640:  # room enough: the head count whole too
            assert header.sectionSize(1) >= tree.sizeHintForColumn(1)
