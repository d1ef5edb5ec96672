"""A walk or group deleted here keeps its sheet photos out when another laptop's file is merged in (issue 18)."""

from __future__ import annotations

from pathlib import Path

from cosafe.core.audits import delete_walk_edit
from cosafe.core.records import Attachment, AuditWalk, PaperSheet, PaperSheetRecord
from cosafe.core.workshops import delete_group_edit
from cosafe.store import orphans
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from sheets_read import read_audit_sheet, read_group_map, read_sheets


def _walk_left(store: ProjectStore, walk: AuditWalk) -> dict[str, int]:
    return {"photos": store.count(Attachment, "owner_table = 'audit_walks'"),
            "audit links": store.count(PaperSheetRecord, "record_table = 'audit_scores'"),
            "walks": store.count(AuditWalk, "uuid = ?", (walk.uuid,))}


def test_a_walk_deleted_here_does_not_get_its_sheets_back_from_a_laptop_that_still_has_it(tmp_path: Path):
    team_path = tmp_path / "team.gpkg"
    with ProjectStore.create(str(tmp_path / "office.gpkg"), name="Office") as office:
        read = read_sheets(office)
        make_field_copy(office, str(team_path), "Field team")
        delete_walk_edit(office, read.walk.uuid).apply(office)
        merge_files(office, [str(team_path)])
        assert _walk_left(office, read.walk) == {"photos": 0, "audit links": 0, "walks": 0}
        assert office.get(PaperSheet, read.audit_sheet.uuid) is None


def test_a_sheet_read_on_another_laptop_for_a_walk_deleted_here_leaves_no_photo(tmp_path: Path):
    team_path = tmp_path / "team.gpkg"
    with ProjectStore.create(str(tmp_path / "office.gpkg"), name="Office") as office:
        read = read_sheets(office)
        make_field_copy(office, str(team_path), "Field team")
        delete_walk_edit(office, read.walk.uuid).apply(office)
        with ProjectStore.open(str(team_path)) as team:  # the team reads sheet 2 of the walk the office deleted
            read_audit_sheet(team, team.get(AuditWalk, read.walk.uuid), number=2, scores={1: 0, 2: 0},
                             digest="ef" * 32)
            assert team.count(Attachment, "owner_table = 'audit_walks'") == 1
        (result,) = merge_files(office, [str(team_path)])
        assert result.plan.added.get("attachments")  # it came in, as additions do, and went in the same step
        assert _walk_left(office, read.walk) == {"photos": 0, "audit links": 0, "walks": 0}
        assert office.count(PaperSheet, "sheet_number = 2") == 0
        assert not orphans.has_orphans(office.connection)


def test_a_group_map_read_on_another_laptop_for_a_group_deleted_here_leaves_no_photo(tmp_path: Path):
    team_path = tmp_path / "team.gpkg"
    with ProjectStore.create(str(tmp_path / "office.gpkg"), name="Office") as office:
        read = read_sheets(office)
        make_field_copy(office, str(team_path), "Field team")
        delete_group_edit(office, read.group).apply(office)
        with ProjectStore.open(str(team_path)) as team:
            sheet = read_group_map(team, read.workshop, read.group, number=2, digest="ef" * 32)
        merge_files(office, [str(team_path)])
        assert office.count(Attachment, "owner_table = 'groups'") == 0
        merged = office.get(PaperSheet, sheet.uuid)  # its dots came in: their sheet stays, as after a deletion here
        assert (merged.group_uuid, merged.photo_uuid, merged.photo_sha256, merged.sheet_number) == ("", None, "", 2)
        assert office.count(PaperSheetRecord, "sheet_uuid = ?", (sheet.uuid,)) == 3
