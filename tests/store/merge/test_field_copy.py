"""Handing out a field copy and merging the team's work back without false conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from checks import validate_gpkg
from cosafe.core.edits import DeleteRecord, UpdateRecord
from cosafe.core.records import AuditPoint, BasemapLayer, Device, PerceptionPin, Proposal
from cosafe.store import basemap
from cosafe.store.merge import field_copy
from cosafe.store.merge import rows as merge_rows
from cosafe.store.errors import ProjectError
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.merge.log import device_names
from cosafe.store.merge.resolve import pending_conflicts
from cosafe.store.project_store import ProjectStore
from merge_support import add_pin, add_proposal, add_walk, file_hash, new_project, snapshot


@pytest.fixture
def office(tmp_path: Path):
    store = new_project(tmp_path / "office.gpkg")
    add_proposal(store, "Light the underpass")
    add_proposal(store, "Bench by the stop", x=36.85)
    add_walk(store, "Office walk")
    add_pin(store, "Dark stretch")
    basemap.add_vector_layer(store, BasemapLayer(name="Streets"), [
        basemap.BasemapFeature(shapely.LineString([(36.8, -1.28), (36.81, -1.29)]), "road", "Main road")])
    store.set_meta_values({"suppression_threshold": "7"})
    yield store
    store.close()


def _merged_bases(store: ProjectStore, peer: str) -> int:
    return store.connection.execute("SELECT count(*) FROM merge_base WHERE peer_device_id = ?", (peer,)).fetchone()[0]


def test_a_field_copy_has_the_records_and_a_new_identity(office, tmp_path):
    path = tmp_path / "team2.gpkg"
    device = make_field_copy(office, str(path), "  Field team 2 ").device_id
    with ProjectStore.open(str(path)) as copy:
        assert copy.device_id == device != office.device_id
        assert copy.name == office.name and copy.suppression_threshold == 7
        assert copy.counts() == office.counts() and copy.counts()["basemap_lines"] == 1
        assert device_names(copy) == device_names(office) == {device: "Field team 2", office.device_id: "Main laptop"}
        assert copy.get_meta("handed_out_from") == office.device_id
        # Both sides agree on every record as the copy holds it.
        assert _merged_bases(copy, office.device_id) == _merged_bases(office, device) == sum(map(len, snapshot(office).values()))
        # The same records; those with a story or comment hold them without (test_field_copy_privacy).
        assert {t: set(hashes) for t, hashes in snapshot(copy).items()} == {t: set(h) for t, h in snapshot(office).items()}
        assert copy.list(PerceptionPin)[0].story == "" and copy.list(AuditPoint)[0].comment == ""
        copy_store = copy
        add_pin(copy_store, "made in the field")
        made_there = copy_store.list(PerceptionPin)[-1]
    assert made_there.device_id == device  # records made in the field carry the team's laptop
    assert validate_gpkg(path) == []


def test_the_teams_work_merges_back_without_false_conflicts(office, tmp_path):
    path = tmp_path / "team2.gpkg"
    make_field_copy(office, str(path), "Field team 2")
    light, bench = office.list(Proposal)
    point = office.list(AuditPoint)[0]
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "Light the underpass (team)"}).apply(team)
        DeleteRecord(team, AuditPoint, point.uuid).apply(team)
        add_pin(team, "Harassment at the stop", ["harassment"])
    UpdateRecord(office, Proposal, bench.uuid, {"title": "Bench (office)"}).apply(office)
    (result,) = merge_files(office, [str(path)])
    assert result.plan.count("conflicts") == 0 and pending_conflicts(office) == []
    assert result.plan.updated == {"proposals": [light.uuid]} and result.plan.count("added") == 1
    assert office.get(Proposal, bench.uuid).title == "Bench (office)"
    assert office.get(AuditPoint, point.uuid) is not None  # the team's deletion does not travel
    # The team keeps working on the same copy; the next merge takes only what changed.
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "Light the underpass (team, again)"}).apply(team)
    (second,) = merge_files(office, [str(path)])
    assert second.plan.counts()["updated"] == 1 and second.plan.count("conflicts") == 0 and second.plan.count("added") == 0


def test_two_teams_from_one_office_merge_with_each_other_too(office, tmp_path):
    one, two = tmp_path / "team1.gpkg", tmp_path / "team2.gpkg"
    make_field_copy(office, str(one), "Field team 1")
    make_field_copy(office, str(two), "Field team 2")
    light, bench = office.list(Proposal)
    with ProjectStore.open(str(one)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "changed by team 1"}).apply(team)
    with ProjectStore.open(str(two)) as team:
        UpdateRecord(team, Proposal, bench.uuid, {"title": "changed by team 2"}).apply(team)
        # They never met, but both agreed with the office at hand-out: no false conflicts.
        (result,) = merge_files(team, [str(one)])
        assert result.plan.count("conflicts") == 0 and result.plan.updated == {"proposals": [light.uuid]}
        assert team.get(Proposal, bench.uuid).title == "changed by team 2"
    results = merge_files(office, [str(one), str(two)])
    assert [r.plan.count("conflicts") for r in results] == [0, 0]
    assert [p.title for p in office.list(Proposal)] == ["changed by team 1", "changed by team 2"]


def test_refusals_leave_the_office_unchanged_and_no_copy(office, tmp_path):
    before = file_hash(office.path)
    existing = tmp_path / "exists.gpkg"
    existing.write_bytes(b"x")
    with pytest.raises(ProjectError, match="already exists"):
        make_field_copy(office, str(existing), "Team")
    with pytest.raises(ProjectError, match="name"):
        make_field_copy(office, str(tmp_path / "unnamed.gpkg"), "   ")
    with pytest.raises(ProjectError, match="different file"):
        make_field_copy(office, office.path, "Team")
    assert file_hash(office.path) == before and not (tmp_path / "unnamed.gpkg").exists()


def test_a_copy_that_fails_half_way_leaves_nothing_behind(office, tmp_path, monkeypatch):
    before = file_hash(office.path)

    def broken(*args, **kwargs):
        raise ProjectError("The field copy was not written: disk full")

    monkeypatch.setattr(field_copy, "_prepare_copy", broken)
    with pytest.raises(ProjectError, match="disk full"):
        make_field_copy(office, str(tmp_path / "team.gpkg"), "Team")
    assert not (tmp_path / "team.gpkg").exists() and file_hash(office.path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["office.gpkg"]  # nor the whole copy it was made from
    assert office.list(Device) == []


def test_the_offices_pending_conflicts_stay_in_the_office(office, tmp_path):
    first, _ = office.list(Proposal)
    path = tmp_path / "team1.gpkg"
    team1 = make_field_copy(office, str(path), "Field team 1").device_id
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, Proposal, first.uuid, {"title": "team"}).apply(team)
    UpdateRecord(office, Proposal, first.uuid, {"title": "office"}).apply(office)
    merge_files(office, [str(path)])
    assert len(pending_conflicts(office)) == 1
    pin = office.list(PerceptionPin)[0]
    UpdateRecord(office, PerceptionPin, pin.uuid, {"scale": 2}).apply(office)  # since team 1 saw it
    second = tmp_path / "team2.gpkg"
    copy_id = make_field_copy(office, str(second), "Field team 2").device_id
    with ProjectStore.open(str(second)) as copy:
        assert pending_conflicts(copy) == []
        peers = {p for (p,) in copy.connection.execute("SELECT DISTINCT peer_device_id FROM merge_base")}
        # Its base with the office, and the office's with team 1 (a version the copy's records come from)
        # for the records it holds as the office does, or without a story or comment exactly as team 1
        # holds them (the audit point); not for those it holds otherwise (the pin changed since).
        assert peers == {office.device_id, team1}
        with_team1 = dict(copy.connection.execute(
            "SELECT record_uuid, row_hash FROM merge_base WHERE peer_device_id = ? AND "
            "table_name IN ('perception_pins', 'audit_points')", (team1,)).fetchall())
        point = copy.list(AuditPoint)[0]
        assert with_team1 == {point.uuid: merge_rows.table_hashes(copy.connection, AuditPoint)[point.uuid]}
    assert len(pending_conflicts(office)) == 1 and _merged_bases(office, copy_id) > 0


def test_a_meeting_recorded_on_either_side_counts(office, tmp_path):
    """Merges write only into their target: the last meeting may be known to one side only."""
    light, _ = office.list(Proposal)
    one = tmp_path / "team1.gpkg"
    make_field_copy(office, str(one), "Field team 1")
    with ProjectStore.open(str(one)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "v1 by team 1"}).apply(team)
    merge_files(office, [str(one)])  # the office now holds v1; team 1 does not know the office has it
    with ProjectStore.open(str(one)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "v2 by team 1"}).apply(team)
        (back,) = merge_files(team, [office.path])  # the office's v1 is older than team 1's v2
        assert back.plan.count("conflicts") == 0 and team.get(Proposal, light.uuid).title == "v2 by team 1"
    (again,) = merge_files(office, [str(one)])
    assert again.plan.updated == {"proposals": [light.uuid]} and again.plan.count("conflicts") == 0
    # A copy handed out after the first meeting inherits it: team 1's next change comes in cleanly.
    three = tmp_path / "team3.gpkg"
    make_field_copy(office, str(three), "Field team 3")
    with ProjectStore.open(str(one)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "v3 by team 1"}).apply(team)
    with ProjectStore.open(str(three)) as team:
        (result,) = merge_files(team, [str(one)])
        assert result.plan.count("conflicts") == 0 and team.get(Proposal, light.uuid).title == "v3 by team 1"


def test_a_change_passed_on_by_another_team_is_no_conflict(office, tmp_path):
    light, _ = office.list(Proposal)
    one, two = tmp_path / "team1.gpkg", tmp_path / "team2.gpkg"
    make_field_copy(office, str(one), "Field team 1")
    make_field_copy(office, str(two), "Field team 2")
    with ProjectStore.open(str(two)) as team:
        UpdateRecord(team, Proposal, light.uuid, {"title": "v1 by team 2"}).apply(team)
    merge_files(office, [str(two)])
    with ProjectStore.open(str(one)) as team:
        merge_files(team, [str(two)])  # team 1 takes team 2's v1 too
        UpdateRecord(team, Proposal, light.uuid, {"title": "v2 by team 1, on top of v1"}).apply(team)
    # The office and team 1 last met on the original, but both agreed on v1 with team 2.
    (result,) = merge_files(office, [str(one)])
    assert result.plan.count("conflicts") == 0 and office.get(Proposal, light.uuid).title == "v2 by team 1, on top of v1"
