"""Resolving merge conflicts: keep mine, keep theirs, keep both, each one undoable edit."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from cosafe.core.changes import Change
from cosafe.core.edits import DeleteRecord, UpdateRecord
from cosafe.core.records import Attachment, Proposal
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.merge.resolve import pending_conflicts, resolve_conflict
from cosafe.store.project_store import ProjectStore
from merge_support import add_photo, add_proposal, new_project, snapshot

MOVED = shapely.Polygon([(36.9, -1.3), (36.91, -1.3), (36.9, -1.31)])


@pytest.fixture
def conflicted(tmp_path: Path):
    """An office with one proposal and its photo changed both here and in a team's copy, merged."""
    office = new_project(tmp_path / "office.gpkg")
    proposal = add_proposal(office, "Light the underpass")
    path = tmp_path / "team.gpkg"
    make_field_copy(office, str(path), "Field team 2")
    with ProjectStore.open(str(path)) as team:
        photo = add_photo(team, proposal)  # a field copy holds no photo: the team takes it, the office gets it
    merge_files(office, [str(path)])
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, Proposal, proposal.uuid, {"title": "Team title", "geom": MOVED}).apply(team)
        UpdateRecord(team, Attachment, photo.uuid, {"data": b"team photo" * 50, "caption": "team"}).apply(team)
    UpdateRecord(office, Proposal, proposal.uuid, {"title": "Office title"}).apply(office)
    UpdateRecord(office, Attachment, photo.uuid, {"caption": "office"}).apply(office)
    merge_files(office, [str(path)])
    assert len(pending_conflicts(office)) == 2
    yield office, proposal.uuid, photo.uuid, path
    office.close()


def _state(store: ProjectStore):
    return (snapshot(store),
            store.connection.execute("SELECT * FROM merge_conflicts ORDER BY fid").fetchall(),
            store.connection.execute("SELECT * FROM merge_base ORDER BY peer_device_id, table_name, record_uuid").fetchall())


@pytest.mark.parametrize("choice", ["mine", "theirs", "both"])
def test_each_resolution_and_its_undo(conflicted, choice):
    office, uuid, _, path = conflicted
    before = _state(office)
    edit = resolve_conflict(office, "proposals", uuid, choice)
    assert edit.label == {"mine": "Keep my proposal “Office title”", "theirs": "Keep their proposal “Office title”",
                          "both": "Keep both versions of proposal “Office title”"}[choice]
    assert edit.apply(office) & Change.PROPOSALS
    titles = sorted(p.title for p in office.list(Proposal))
    assert titles == {"mine": ["Office title"], "theirs": ["Team title"], "both": ["Office title", "Team title"]}[choice]
    if choice != "mine":
        theirs = next(p for p in office.list(Proposal) if p.title == "Team title")
        assert theirs.geom.equals(MOVED) and (theirs.uuid == uuid) == (choice == "theirs")
    assert [c.table for c in pending_conflicts(office)] == ["attachments"]
    assert uuid in edit.touched_records()["proposals"]
    assert office.check() == []
    # Answered: merging the same file again raises nothing new about it.
    after = _state(office)
    (again,) = merge_files(office, [str(path)])
    assert "proposals" not in again.plan.conflicts and _state(office)[0] == after[0]
    edit.revert(office)
    assert _state(office) == before
    assert office.check() == []


def test_theirs_attachment_data_comes_back_whole(conflicted):
    office, _, photo_uuid, _ = conflicted
    resolve_conflict(office, "attachments", photo_uuid, "theirs").apply(office)
    photo = office.get(Attachment, photo_uuid)
    assert photo.data == b"team photo" * 50 and photo.caption == "team"


def test_a_record_i_deleted_comes_back_with_theirs_and_goes_again_on_undo(tmp_path):
    with new_project(tmp_path / "office.gpkg") as office:
        proposal = add_proposal(office, "Light")
        path = tmp_path / "team.gpkg"
        make_field_copy(office, str(path), "Team")
        with ProjectStore.open(str(path)) as team:
            UpdateRecord(team, Proposal, proposal.uuid, {"title": "Light, changed in the field"}).apply(team)
        DeleteRecord(office, Proposal, proposal.uuid).apply(office)
        merge_files(office, [str(path)])
        (conflict,) = pending_conflicts(office)
        assert conflict.mine is None
        edit = resolve_conflict(office, "proposals", proposal.uuid, "both")  # nothing of mine: as theirs
        assert edit.choice == "theirs"
        edit.apply(office)
        assert office.get(Proposal, proposal.uuid).title == "Light, changed in the field"
        edit.revert(office)
        assert office.get(Proposal, proposal.uuid) is None and len(pending_conflicts(office)) == 1
        assert office.check() == []


def test_bad_requests_are_refused_in_one_line(conflicted):
    office, uuid, _, _ = conflicted
    with pytest.raises(ValueError, match="mine, theirs or both"):
        resolve_conflict(office, "proposals", uuid, "neither")
    with pytest.raises(KeyError, match="No conflict"):
        resolve_conflict(office, "proposals", "no-such-uuid", "mine")
    with pytest.raises(ValueError, match="table"):
        resolve_conflict(office, "gpkg_contents", uuid, "mine")


def test_a_project_with_pending_conflicts_passes_the_gdal_validator(conflicted):
    from checks import validate_gpkg

    office, _, _, _ = conflicted
    assert office.connection.execute("SELECT count(*) FROM merge_conflicts").fetchone()[0] == 2
    office.close()
    assert validate_gpkg(office.path) == []
