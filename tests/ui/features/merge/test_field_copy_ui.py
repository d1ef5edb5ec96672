"""Hand Out Field Copy…, merging the team's work back, Merge History…, and "Made on" provenance."""

from __future__ import annotations

import os

import shapely
from merge_ui_support import NOISE, answer_dialog
from PySide6.QtWidgets import QDialogButtonBox
from shell_support import file_hash, menu_action
from map_support import LAT, LON

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import Device, Participant, PerceptionPin, Proposal
from cosafe.store.merge.log import device_names
from cosafe.store.merge.resolve import pending_conflicts
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.merge import flow as merge_flow
from cosafe.ui.features.merge.field_copy_dialog import ALL_PARTICIPANTS_WARNING, DONE_TITLE, NO_GROUP, FieldCopyDialog
from cosafe.ui.features.merge.history_dialog import MergeHistoryDialog
from cosafe.ui.features.merge.preview import MergePreviewDialog

pytestmark = NOISE


def hand_out(state, name: str, path: str | None = None, seen: dict | None = None, group: str | None = None,
             everyone: bool = False) -> None:
    def handler(dialog: FieldCopyDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        if seen is not None:
            seen["ok_before"] = ok.isEnabled()
            seen["groups"] = [dialog.group_combo.itemText(i) for i in range(dialog.group_combo.count())]
        dialog.name_edit.setText(name)
        if group is not None:
            dialog.group_combo.setCurrentText(group)
        if everyone:
            dialog.all_participants_box.click()
        if seen is not None:
            seen["warning_shown"] = dialog.warning_label.isVisibleTo(dialog)
        if path is not None:
            dialog.path_edit.setText(path)
            dialog.path_edit.textEdited.emit(path)
        if seen is not None:
            seen["path"] = dialog.path_edit.text()
            seen["ok_after"] = ok.isEnabled()
        ok.click()

    answer_dialog(FieldCopyDialog, handler)
    state.ui.hand_out_action.trigger()


def merge_back(state, monkeypatch, path) -> None:
    monkeypatch.setattr(merge_flow, "ask_merge_paths", lambda _parent, _folder: [str(path)])
    answer_dialog(MergePreviewDialog, lambda dialog: dialog.merge_button.click())
    state.ui.merge_action.trigger()


def test_hand_out_writes_a_copy_and_says_what_to_do_next(merging):
    assert menu_action(merging.window, "File", "Hand Out Field Copy") is merging.ui.hand_out_action
    seen: dict = {}
    hand_out(merging, "  Youth   group laptop ", seen=seen)
    expected = merging.office_path.parent / "office - Youth group laptop.gpkg"
    assert not seen["ok_before"] and seen["ok_after"] and seen["path"] == str(expected)  # the path follows the name
    assert expected.exists() and merging.errors == []
    (title, message), = merging.infos
    assert title == DONE_TITLE
    assert message == ("Give office - Youth group laptop.gpkg to Youth group laptop. Left out, and kept only in this "
                       "project: 1 pin story and 6 participants. When they bring it back, merge it with "
                       "File › Merge Projects…")
    assert seen["groups"] == [NO_GROUP, "Riverside night audit › Women's group", "Riverside night audit › Youth"]
    assert not seen["warning_shown"]
    with ProjectStore.open(str(expected), read_only=True) as copy:
        assert copy.device_id != merging.store.device_id
        assert copy.get(Device, copy.device_id).name == "Youth group laptop"
        assert copy.count(Proposal) == merging.store.count(Proposal)
        assert copy.count(PerceptionPin) == merging.store.count(PerceptionPin)
        assert {p.story for p in copy.list(PerceptionPin)} == {""} and copy.count(Participant) == 0
        copy_id = copy.device_id
    assert device_names(merging.store)[copy_id] == "Youth group laptop"
    assert merging.undo_texts() == []  # writes another file: no undo step


def test_the_dialog_says_what_the_copy_holds_and_leaves_out_and_warns_before_every_group(qtbot, tmp_path):
    dialog = FieldCopyDialog(str(tmp_path / "office.gpkg"), [("g-1", "Riverside night audit › Youth")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    holds, leaves_out = dialog.holds_label.text(), dialog.leaves_out_label.text()
    assert dialog.holds_label.isVisible() and dialog.leaves_out_label.isVisible()
    for words in ("basemap", "settings, criteria and reason tags", "workshops and groups", "walks, pins"):
        assert words in holds
    for words in ("every contact", "every pin story, audit comment, walk and workshop note", "facilitator's name",
                  "all photos", "except the participants of the team's group", "merging the copy back keeps them"):
        assert words in leaves_out
    assert not dialog.warning_label.isVisible()
    dialog.name_edit.setText("Youth team")
    dialog.group_combo.setCurrentIndex(1)
    assert dialog.choice().group_uuid == "g-1" and not dialog.choice().all_participants
    dialog.all_participants_box.click()
    assert dialog.warning_label.isVisible() and not dialog.group_combo.isEnabled()
    assert dialog.warning_label.text() == ALL_PARTICIPANTS_WARNING and "who took part in every group" in \
        ALL_PARTICIPANTS_WARNING and "never a contact" in ALL_PARTICIPANTS_WARNING
    assert dialog.choice().all_participants and dialog.choice().group_uuid is None
    dialog.all_participants_box.click()
    assert not dialog.warning_label.isVisible() and dialog.choice().group_uuid == "g-1"


def test_hand_out_to_the_teams_group_or_to_every_group(merging):
    folder = merging.office_path.parent
    hand_out(merging, "Women's team", str(folder / "women.gpkg"), group="Riverside night audit › Women's group")
    (_, message), = merging.infos
    assert "1 pin story and 3 participants outside Women's group." in message
    with ProjectStore.open(str(folder / "women.gpkg"), read_only=True) as copy:
        assert sorted(p.code for p in copy.list(Participant)) == ["P01", "P02", "P03"]
    seen: dict = {}
    hand_out(merging, "All", str(folder / "all.gpkg"), seen=seen, everyone=True)
    assert seen["warning_shown"]
    (_, message) = merging.infos[-1]
    assert "Left out, and kept only in this project: 1 pin story. The copy holds who took part in every group" \
        in message
    with ProjectStore.open(str(folder / "all.gpkg"), read_only=True) as copy:
        assert copy.count(Participant) == 6
    assert merging.errors == []


def test_the_teams_work_merges_back_without_conflicts(merging, monkeypatch):
    path = merging.office_path.parent / "team5.gpkg"
    hand_out(merging, "Field team 5", str(path))
    assert path.exists()
    with ProjectStore.open(str(path)) as team:
        proposal = team.get(Proposal, merging.proposal_uuid)
        UpdateRecord(team, Proposal, proposal.uuid, {"description": "Two lamps"}).apply(team)
        team.insert(PerceptionPin(geom=shapely.Point(LON + 0.0002, LAT + 0.0002), story="New from team 5"))
    merge_back(merging, monkeypatch, path)
    store = merging.store
    assert merging.errors == [] and pending_conflicts(store) == []
    assert store.get(Proposal, merging.proposal_uuid).description == "Two lamps"
    assert "New from team 5" in {p.story for p in store.list(PerceptionPin)}


def test_refusals_of_the_hand_out_are_one_line(merging):
    taken = merging.office_path.parent / "taken.gpkg"
    taken.write_bytes(b"x")
    before = file_hash(merging.office_path)
    hand_out(merging, "Field team 6", str(taken))
    (title, message), = merging.errors
    assert title == "The field copy was not made" and "\n" not in message and "taken.gpkg already exists" in message
    assert taken.read_bytes() == b"x" and file_hash(merging.office_path) == before and merging.infos == []


def test_merge_history_lists_every_merge(merging, monkeypatch):
    dialog = MergeHistoryDialog(merging.store, merging.window)
    merging.qtbot.addWidget(dialog)
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    merge_back(merging, monkeypatch, merging.team_path)
    seen: dict = {}

    def handler(shown: MergeHistoryDialog) -> None:
        seen["rows"] = shown.rows()
        shown.reject()

    answer_dialog(MergeHistoryDialog, handler)
    action = menu_action(merging.window, "File", "Merge History")
    assert action is merging.ui.history_action
    action.trigger()
    (row,) = seen["rows"]
    when, name, laptop, added, updated, skipped, conflicts, _note = row
    assert (name, laptop, added, updated, conflicts) == ("team2.gpkg", "Field team 2", "1", "0", "1")
    assert when[:4].isdigit() and int(skipped) > 0


def test_identify_and_proposal_details_say_which_laptop_made_a_record(merging, monkeypatch):
    merge_back(merging, monkeypatch, merging.team_path)
    window = merging.window
    window.features.analysis.map_dock.show()
    team_pin, = [p for p in merging.store.list(PerceptionPin) if p.story == "Team pin"]
    found = window.map_canvas.identify_at(team_pin.geom.x, team_pin.geom.y)
    assert found is not None and found.record_uuid == team_pin.uuid
    panel = window.identify_panel
    assert panel.origin_label.isVisibleTo(panel) and panel.origin_label.text() == "Made on: Field team 2"
    office_pin = merging.store.get(PerceptionPin, merging.office_pin_uuid)
    window.map_canvas.identify_at(office_pin.geom.x, office_pin.geom.y)
    assert panel.origin_label.text() == "Made on: Main laptop"
    details = window.features.proposals.properties
    details.show_proposal(merging.proposal_uuid)
    assert "Made on: Main laptop · Women&#x27;s group" in details.heading.text()


def test_a_basemap_feature_has_no_made_on_line(merging):
    window = merging.window
    panel = window.identify_panel
    panel.show_feature({"name": "Soko Street", "class_label": "Road", "layer_name": "streets", "tags": {}})
    assert not panel.origin_label.isVisibleTo(panel)


def test_backup_name_does_not_overwrite_an_earlier_backup_of_the_day(tmp_path):
    from datetime import date

    from cosafe.store.merge.backup import backup_path

    project = tmp_path / "office.gpkg"
    first = backup_path(str(project), date(2026, 3, 2))
    assert os.path.basename(first) == "office.before-merge-2026-03-02.gpkg"
    open(first, "wb").close()
    assert os.path.basename(backup_path(str(project), date(2026, 3, 2))) == "office.before-merge-2026-03-02-2.gpkg"


def test_an_empty_path_is_refused_in_one_line(merging):
    before = file_hash(merging.office_path)
    hand_out(merging, "Field team 7", "")
    assert merging.errors == [("The field copy was not made", "Choose where to save the field copy")]
    assert file_hash(merging.office_path) == before and merging.infos == []
