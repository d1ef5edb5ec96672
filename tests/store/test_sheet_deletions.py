"""Deleting what was read from paper sheets takes its photos and provenance along, in one undo step (issue 18)."""

from __future__ import annotations

from cosafe.core.audits import delete_point_edit, delete_walk_edit, points_of, save_point_edit
from cosafe.core.criteria_sets import criteria_of_set
from cosafe.core.proposals import delete_proposals_edit
from cosafe.core.records import (Attachment, AuditScore, AuditWalk, PaperSheet, PaperSheetRecord, PerceptionPin,
                                 Proposal)
from cosafe.core.workshops import (delete_group_edit, delete_workshop_edit, delete_workshop_message,
                                  remove_contributions_edit, workshop_contents)
from cosafe.store.queries.paper_sheets import sheet_of_audit_point, sheet_of_record
from sheets_read import read_audit_sheet, read_group_map, read_sheets, rows


def _links_of(store, sheet: PaperSheet) -> list[PaperSheetRecord]:
    return store.list(PaperSheetRecord, "sheet_uuid = ?", (sheet.uuid,))


def _undo_redo(store, edit, before: dict, after: dict) -> None:
    """Undo brings every row back as it was; redo takes them again."""
    edit.revert(store)
    assert rows(store) == before
    edit.apply(store)
    assert rows(store) == after


def test_a_deleted_walk_takes_its_sheet_photos_sheets_and_links_along(store):
    read = read_sheets(store)
    second = read_audit_sheet(store, read.walk, number=2, scores={1: 2, 2: 2}, digest="ef" * 32)
    # Sheet 2 gave every score its value: sheet 1 was left with no link and went; its photo stayed the walk's.
    assert store.get(PaperSheet, read.audit_sheet.uuid) is None
    assert store.count(Attachment, "owner_table = 'audit_walks'") == 2
    before = rows(store)

    edit = delete_walk_edit(store, read.walk.uuid)
    edit.apply(store)
    assert store.count(Attachment, "owner_table = 'audit_walks'") == 0
    assert store.get(PaperSheet, second.uuid) is None
    assert store.count(PaperSheetRecord, "record_table = 'audit_scores'") == 0
    assert store.count(AuditScore) == 0 and store.get(AuditWalk, read.walk.uuid) is None
    # The group map read for the walk's group is not the walk's: it stays whole.
    assert store.get(PaperSheet, read.map_sheet.uuid) == read.map_sheet
    assert store.get(Attachment, read.map_photo.uuid) == read.map_photo
    assert len(_links_of(store, read.map_sheet)) == 3
    _undo_redo(store, edit, before, rows(store))


def test_a_deleted_group_takes_its_sheet_photos_and_its_drawings_keep_their_sheet(store):
    read = read_sheets(store)
    before = rows(store)
    edit = delete_group_edit(store, read.group)
    edit.apply(store)
    assert store.count(Attachment, "owner_table = 'groups'") == 0
    # The group map's row stays for the drawings the group leaves behind (detached), pointing at nothing gone.
    sheet = store.get(PaperSheet, read.map_sheet.uuid)
    assert (sheet.group_uuid, sheet.photo_uuid, sheet.photo_sha256) == ("", None, "")
    assert (sheet.workshop_uuid, sheet.sheet_number, sheet.read_at) == (read.workshop.uuid, 1, read.map_sheet.read_at)
    pins = store.list(PerceptionPin)
    assert len(pins) == 2 and all(pin.group_uuid is None for pin in pins)
    assert all(sheet_of_record(store, "perception_pins", pin.uuid) == sheet for pin in pins)
    # The audit sheet's photo is the walk's, which stays (detached): only the group it named goes.
    audit = store.get(PaperSheet, read.audit_sheet.uuid)
    assert audit.group_uuid == "" and audit.photo_uuid == read.audit_photo.uuid and audit.photo_sha256 == "cd" * 32
    assert store.get(Attachment, read.audit_photo.uuid) == read.audit_photo
    _undo_redo(store, edit, before, rows(store))


def test_a_deleted_workshop_takes_its_groups_sheet_photos(store):
    read = read_sheets(store)
    contents = workshop_contents(store, read.workshop.uuid)
    assert contents["sheet_photos"] == 1
    assert ("The 1 photo of its groups' paper sheets is deleted with it."
            in delete_workshop_message(read.workshop.title, contents))
    before = rows(store)
    edit = delete_workshop_edit(store, read.workshop)
    edit.apply(store)
    assert store.count(Attachment, "owner_table = 'groups'") == 0
    sheet, audit = store.get(PaperSheet, read.map_sheet.uuid), store.get(PaperSheet, read.audit_sheet.uuid)
    assert (sheet.workshop_uuid, sheet.group_uuid, sheet.photo_uuid, sheet.photo_sha256) == ("", "", None, "")
    assert (audit.workshop_uuid, audit.group_uuid, audit.photo_uuid) == ("", "", read.audit_photo.uuid)
    _undo_redo(store, edit, before, rows(store))


def test_a_deleted_dot_or_idea_takes_its_link_and_the_last_one_its_sheet(store):
    read = read_sheets(store)
    pins = store.list(PerceptionPin)
    (idea,) = store.list(Proposal)
    before = rows(store)
    edit = delete_proposals_edit(store, [idea.uuid], "Delete proposal")
    edit.apply(store)
    assert [link.record_uuid for link in _links_of(store, read.map_sheet)] == [pin.uuid for pin in pins]
    edit.revert(store)
    assert rows(store) == before
    # The last records of the sheet: its row and links go; the photo stays the group's (as a sheet read
    # again and left with no link, io.paper_sheets.audit_storing), and goes with the group.
    pins[0].participant_uuid = pins[1].participant_uuid = "p-1"
    for pin in pins:
        store.replace(pin)
    idea.participant_uuid = "p-1"
    store.replace(idea)
    before = rows(store)
    edit = remove_contributions_edit(store, "p-1", "Remove")
    edit.apply(store)
    assert store.get(PaperSheet, read.map_sheet.uuid) is None and _links_of(store, read.map_sheet) == []
    assert store.get(Attachment, read.map_photo.uuid) == read.map_photo
    _undo_redo(store, edit, before, rows(store))


def test_a_deleted_audit_point_takes_its_scores_links_and_the_last_one_its_sheet(store):
    read = read_sheets(store)
    first, second = points_of(store, read.walk.uuid)
    edit = delete_point_edit(store, first.uuid)
    edit.apply(store)
    links = _links_of(store, read.audit_sheet)
    assert len(links) == 2 and {store.get(AuditScore, link.record_uuid).point_uuid for link in links} == {second.uuid}
    before = rows(store)
    edit = delete_point_edit(store, second.uuid)
    edit.apply(store)
    assert store.get(PaperSheet, read.audit_sheet.uuid) is None
    assert store.count(PaperSheetRecord, "record_table = 'audit_scores'") == 0
    assert store.get(Attachment, read.audit_photo.uuid) == read.audit_photo  # the walk's, until the walk goes
    _undo_redo(store, edit, before, rows(store))


def test_a_point_saved_again_keeps_the_sheet_of_the_scores_it_keeps(store):
    read = read_sheets(store)
    point = points_of(store, read.walk.uuid)[0]
    criteria = criteria_of_set(store, read.walk.criteria_set_uuid)[:2]
    # Saved again by hand, scores unchanged: the point still says which sheet they came from.
    save_point_edit(store, read.walk, 1, {criteria[0].uuid: 1, criteria[1].uuid: 1}, "Dark corner", [], None,
                    point_uuid=point.uuid).apply(store)
    assert sheet_of_audit_point(store, point.uuid) == read.audit_sheet
    assert len(_links_of(store, read.audit_sheet)) == 4
    # One score typed anew: its link goes; the other keeps its sheet.
    save_point_edit(store, read.walk, 1, {criteria[0].uuid: 1, criteria[1].uuid: 0}, "Dark corner", [], None,
                    point_uuid=point.uuid).apply(store)
    (kept,) = [link for link in _links_of(store, read.audit_sheet)
               if store.get(AuditScore, link.record_uuid).point_uuid == point.uuid]
    assert store.get(AuditScore, kept.record_uuid).criterion_uuid == criteria[0].uuid
    assert store.count(PaperSheetRecord, "record_table = 'audit_scores' AND record_uuid NOT IN (SELECT uuid FROM audit_scores)") == 0


def test_a_group_with_two_sheets_read_from_the_command_line_keeps_no_hash(store):
    read = read_sheets(store)
    cli = read_group_map(store, read.workshop, read.group, number=2, digest="12" * 32)
    store.delete(Attachment, cli.photo_uuid)  # read-sheets keeps no photo
    store.replace(PaperSheet(**{**cli.__dict__, "photo_uuid": None}))
    delete_group_edit(store, read.group).apply(store)
    assert [(s.group_uuid, s.photo_uuid, s.photo_sha256) for s in store.list(PaperSheet)
            if s.uuid != read.audit_sheet.uuid] == [("", None, "")] * 2
