"""Merging project files: add, skip, update, conflict, deletions, keys, basemaps, failures and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

import bad_files
from checks import validate_gpkg
from cosafe.core.criteria_sets import active_criteria, add_criterion_edit
from cosafe.core.edits import DeleteRecord, UpdateRecord
from cosafe.core.records import (Attachment, AuditScore, BasemapLayer, Criterion, CriteriaSet, PerceptionPin,
                                 Proposal, ReasonTag)
from cosafe.store import basemap
from cosafe.store.merge import rows as merge_rows
from cosafe.store.schema import migrations
from cosafe.store.errors import NewerVersionError, NotAProjectError, ProjectOpenError, ReadOnlyError
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import MergeCancelled, SameFileError, merge_files, plan_merge
from cosafe.store.merge.log import device_names, merge_history
from cosafe.store.merge.resolve import pending_conflicts
from cosafe.store.project_store import ProjectStore
from merge_support import add_photo, add_pin, add_proposal, add_walk, file_hash, meaning, new_project, snapshot


@pytest.fixture
def office(tmp_path: Path):
    store = new_project(tmp_path / "office.gpkg")
    add_proposal(store, "Light the underpass")
    add_walk(store, "Office walk")
    yield store
    store.close()


@pytest.fixture
def team_path(office: ProjectStore, tmp_path: Path) -> Path:
    path = tmp_path / "team2.gpkg"
    make_field_copy(office, str(path), "Field team 2")
    return path


def test_new_records_come_in_with_provenance_and_attachments(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        proposal = add_proposal(team, "Bench by the stop")
        photo = add_photo(team, proposal)
        add_walk(team, "Night walk")
        add_pin(team, "Dark stretch")
        team_device = team.device_id
    (result,) = merge_files(office, [str(team_path)])
    assert result.written and result.plan.count("added") == 1 + 1 + 2 + 9 + 1
    assert result.plan.count("conflicts") == 0 and result.plan.count("updated") == 0
    assert set(result.plan.added) == {"proposals", "attachments", "audit_walks", "audit_points", "audit_scores",
                                      "perception_pins"}  # only tables with something in them
    assert result.summary().startswith("team2.gpkg (Field team 2): 14 added, 0 updated")
    assert office.get(Attachment, photo.uuid).data == photo.data
    assert office.get(Proposal, proposal.uuid).device_id == team_device != office.device_id
    assert office.count(AuditScore) == 18
    (entry,) = merge_history(office)
    assert (entry.source_name, entry.source_device_id, entry.added, entry.conflicts) == ("team2.gpkg", team_device, 14, 0)
    assert office.check() == []
    office.close()
    assert validate_gpkg(team_path.with_name("office.gpkg")) == []


def test_merging_the_same_file_twice_changes_nothing_the_second_time(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        add_pin(team, "Dark stretch")
        UpdateRecord(team, Proposal, office.list(Proposal)[0].uuid, {"title": "Light it"}).apply(team)
    merge_files(office, [str(team_path)])
    before = snapshot(office)
    bases = office.connection.execute("SELECT * FROM merge_base ORDER BY fid").fetchall()
    (again,) = merge_files(office, [str(team_path)])
    assert again.plan.counts() == {"added": 0, "updated": 0, "skipped": again.plan.count("skipped"), "conflicts": 0}
    assert not again.plan.changes_anything
    assert snapshot(office) == before
    assert office.connection.execute("SELECT * FROM merge_base ORDER BY fid").fetchall() == bases
    assert len(merge_history(office)) == 2


def test_theirs_changed_is_taken_and_mine_changed_is_kept(office, team_path):
    first, = office.list(Proposal)
    walk_point = office.list(merge_rows.MERGED_BY_TABLE["audit_points"])[0]
    with ProjectStore.open(str(team_path)) as team:
        UpdateRecord(team, Proposal, first.uuid, {"title": "Light the underpass at night"}).apply(team)
    UpdateRecord(office, merge_rows.MERGED_BY_TABLE["audit_points"], walk_point.uuid, {"comment": "office note"}).apply(office)
    (result,) = merge_files(office, [str(team_path)])
    assert result.plan.updated == {"proposals": [first.uuid]}
    assert result.plan.count("conflicts") == 0
    assert office.get(Proposal, first.uuid).title == "Light the underpass at night"
    assert office.get(type(walk_point), walk_point.uuid).comment == "office note"


def test_both_changed_is_a_conflict_and_the_target_keeps_its_version(office, team_path):
    first, = office.list(Proposal)
    moved = shapely.Point(36.9, -1.3)
    with ProjectStore.open(str(team_path)) as team:
        UpdateRecord(team, Proposal, first.uuid, {"title": "Team title", "geom": moved}).apply(team)
        team_device = team.device_id
    UpdateRecord(office, Proposal, first.uuid, {"title": "Office title"}).apply(office)
    (result,) = merge_files(office, [str(team_path)])
    assert result.plan.conflicts == {"proposals": [first.uuid]}
    assert office.get(Proposal, first.uuid).title == "Office title"
    (conflict,) = pending_conflicts(office)
    assert (conflict.table, conflict.uuid, conflict.peer, conflict.peer_name) == ("proposals", first.uuid, team_device,
                                                                                   "Field team 2")
    assert conflict.mine.title == "Office title" and conflict.theirs.title == "Team title"
    assert conflict.theirs.geom.equals(moved)
    before = snapshot(office)
    (again,) = merge_files(office, [str(team_path)])  # still in conflict, nothing new stored
    assert again.plan.count("conflicts") == 1 and not again.plan.work.conflicts
    assert snapshot(office) == before and len(pending_conflicts(office)) == 1


def test_deletions(office, team_path):
    kept, = office.list(Proposal)
    changed = add_proposal(office, "Will be changed there")
    quiet = add_proposal(office, "Deleted only here")
    team_deleted = add_proposal(office, "Deleted only there")
    make_field_copy(office, str(team_path.with_name("team3.gpkg")), "Field team 3")
    path = team_path.with_name("team3.gpkg")
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, Proposal, changed.uuid, {"title": "Changed there"}).apply(team)
        DeleteRecord(team, Proposal, team_deleted.uuid).apply(team)
    DeleteRecord(office, Proposal, changed.uuid).apply(office)
    DeleteRecord(office, Proposal, quiet.uuid).apply(office)
    (result,) = merge_files(office, [str(path)])
    # Deleted here and untouched there: stays deleted. Deleted here, changed there: a conflict, theirs kept.
    assert office.get(Proposal, quiet.uuid) is None and quiet.uuid in result.plan.skipped["proposals"]
    assert office.get(Proposal, changed.uuid) is None and result.plan.conflicts == {"proposals": [changed.uuid]}
    (conflict,) = pending_conflicts(office)
    assert conflict.mine is None and conflict.theirs.title == "Changed there"
    # Deleted in the source only: a field copy never deletes the office's records.
    assert office.get(Proposal, team_deleted.uuid) is not None and office.get(Proposal, kept.uuid) is not None


def test_independent_projects_merge_criteria_and_tags_by_key_both_ways(tmp_path):
    a = new_project(tmp_path / "a.gpkg", "Group A")
    b = new_project(tmp_path / "b.gpkg", "Group B")
    try:
        assert active_criteria(a)[0].uuid != active_criteria(b)[0].uuid  # created apart: different UUIDs
        add_criterion_edit(b, "Toilets", "clean toilets within reach").apply(b)
        add_walk(a, "A walk")
        add_walk(b, "B walk", x=36.9)
        a.insert(ReasonTag(key="no_toilets", label="No toilets"))
        b.insert(ReasonTag(key="no_toilets", label="No toilets nearby"))
        add_pin(a, "A story", ["no_toilets"])
        add_pin(b, "B story", ["no_toilets", "harassment"])
        b.close()
        (into_a,) = merge_files(a, [str(tmp_path / "b.gpkg")])
        assert into_a.plan.count("conflicts") == 0
        assert a.count(CriteriaSet) == 1 and a.count(ReasonTag, "key = 'no_toilets'") == 1
        assert a.count(Criterion) == 10  # B's new criterion joined A's set by key
        a.close()
        b = ProjectStore.open(str(tmp_path / "b.gpkg"))
        a = ProjectStore.open(str(tmp_path / "a.gpkg"))
        (into_b,) = merge_files(b, [str(tmp_path / "a.gpkg")])
        assert into_b.plan.count("conflicts") == 0
        assert meaning(a) == meaning(b)
        scores = meaning(a)["scores"]
        assert len(scores) == 9 + 10 and {key for _, _, (_, key), _ in scores} >= {"toilets", "lighting"}
        # And again, both ways: no record changes (only the bases learn what both now hold).
        before_a, before_b = snapshot(a), snapshot(b)
        b.close()
        assert _record_changes(merge_files(a, [str(tmp_path / "b.gpkg")])[0].plan) == 0
        b = ProjectStore.open(str(tmp_path / "b.gpkg"))
        a.close()
        assert _record_changes(merge_files(b, [str(tmp_path / "a.gpkg")])[0].plan) == 0
        assert snapshot(b) == before_b
        a = ProjectStore.open(str(tmp_path / "a.gpkg"))
        assert snapshot(a) == before_a
        # Neither laptop was ever named: each is known by the file merged from it.
        assert device_names(a) == {b.device_id: "laptop of b.gpkg"}
        assert device_names(b) == {a.device_id: "laptop of a.gpkg"}
    finally:
        a.close()
        b.close()


def _record_changes(plan) -> int:
    return plan.count("added") + plan.count("updated") + plan.count("conflicts")


def test_basemap_layer_comes_with_its_features(office, team_path):
    layer = BasemapLayer(name="Streets", kind="vector", source_name="streets.geojson")
    features = [basemap.BasemapFeature(shapely.LineString([(36.8 + i / 1000, -1.28), (36.8, -1.29)]), "road", f"Road {i}")
                for i in range(30)]
    with ProjectStore.open(str(team_path)) as team:
        basemap.add_vector_layer(team, layer, features)
    merge_files(office, [str(team_path)])
    assert office.get(BasemapLayer, layer.uuid).feature_count == 30
    assert len(list(basemap.iter_features(office, layer.uuid))) == 30
    assert office.check() == []


def test_several_sources_in_one_merge(office, team_path, tmp_path):
    other = tmp_path / "team3.gpkg"
    make_field_copy(office, str(other), "Field team 3")
    shared = PerceptionPin(geom=shapely.Point(36.8, -1.2), story="seen by both")
    for path in (team_path, other):
        with ProjectStore.open(str(path)) as team:
            add_pin(team, f"from {path.stem}")
            team.insert(PerceptionPin(**{**shared.__dict__}))
    results = merge_files(office, [str(team_path), str(other)])
    assert [r.plan.count("added") for r in results] == [2, 1]  # the shared pin came with the first
    assert office.count(PerceptionPin) == 3 and len(merge_history(office)) == 2


def test_dry_run_changes_nothing_and_says_what_a_merge_would_do(office, team_path, tmp_path):
    other = tmp_path / "team3.gpkg"
    make_field_copy(office, str(other), "Field team 3")
    for path in (team_path, other):
        with ProjectStore.open(str(path)) as team:
            add_pin(team, f"from {path.stem}")
            UpdateRecord(team, Proposal, office.list(Proposal)[0].uuid, {"title": path.stem}).apply(team)
    office_path = office.path
    before = file_hash(office_path)
    planned = [r.plan.counts() for r in merge_files(office, [str(team_path), str(other)], dry_run=True)]
    alone = plan_merge(office, str(other)).counts()
    assert file_hash(office_path) == before
    done = merge_files(office, [str(team_path), str(other)])
    assert [r.plan.counts() for r in done] == planned
    assert planned[1]["conflicts"] == 1 and alone["conflicts"] == 0  # the second sees the first's update


def test_a_merge_that_fails_half_way_leaves_the_target_byte_identical(office, team_path, tmp_path, monkeypatch):
    other = tmp_path / "team3.gpkg"
    make_field_copy(office, str(other), "Field team 3")
    for path in (team_path, other):
        with ProjectStore.open(str(path)) as team:
            add_walk(team, f"walk of {path.stem}")
    office_path = office.path
    before = file_hash(office_path)
    real_insert, calls = merge_rows.insert_rows, []

    def failing_insert(connection, record_type, rows):
        calls.append(record_type.TABLE)
        if len(calls) == 5:  # in the second source, after the first was written
            raise RuntimeError("disk pulled out")
        real_insert(connection, record_type, rows)

    monkeypatch.setattr(merge_rows, "insert_rows", failing_insert)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        merge_files(office, [str(team_path), str(other)])
    assert len(calls) == 5
    assert file_hash(office_path) == before
    monkeypatch.undo()
    assert len(merge_files(office, [str(team_path), str(other)])) == 2 and office.check() == []


def test_cancel_rolls_everything_back(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        add_pin(team, "one")
    before = file_hash(office.path)
    with pytest.raises(MergeCancelled, match="cancelled; nothing was changed"):
        merge_files(office, [str(team_path)], progress=lambda fraction, text: fraction < 1.0)
    assert file_hash(office.path) == before


@pytest.mark.parametrize("make_bad, error", [
    (bad_files.foreign_geopackage, NotAProjectError),
    (bad_files.not_sqlite, ProjectOpenError),
    (bad_files.newer_version, NewerVersionError),
])
def test_refusals_are_one_line_and_leave_the_target_unchanged(office, team_path, tmp_path, make_bad, error):
    bad = make_bad(tmp_path)
    before = file_hash(office.path)
    with pytest.raises(error) as caught:
        merge_files(office, [str(team_path), str(bad)])  # checked before anything is written
    assert "\n" not in str(caught.value) and bad.name in str(caught.value)
    with pytest.raises(error):
        plan_merge(office, str(bad))
    assert file_hash(office.path) == before


def test_the_target_itself_is_refused(office):
    before = file_hash(office.path)
    with pytest.raises(SameFileError, match="office.gpkg is the project you are merging into"):
        merge_files(office, [office.path])
    assert file_hash(office.path) == before


def test_an_older_format_source_is_read_upgraded_in_memory(office, tmp_path, monkeypatch):
    old = tmp_path / "old.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        with ProjectStore.create(str(old), name="Old laptop") as store:
            # An older CoSafe's Proposal has no participant_uuid (v6): the row as it wrote it.
            store.connection.execute("INSERT INTO proposals (uuid, created_at, updated_at, device_id, title) "
                                   "VALUES ('old-1', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', "
                                   "'old-laptop', 'From an old laptop')")
    before = file_hash(old)
    (result,) = merge_files(office, [str(old)])
    assert office.get(Proposal, "old-1").title == "From an old laptop"
    assert "older project format" in merge_history(office)[0].note
    assert file_hash(old) == before and sorted(p.name for p in tmp_path.iterdir()).count("old.gpkg") == 1
    assert not any("backup" in p.name for p in tmp_path.iterdir())


def test_a_read_only_target_can_plan_but_not_merge(office, team_path):
    office.close()
    with ProjectStore.open(office.path, read_only=True) as viewer:
        assert merge_files(viewer, [str(team_path)], dry_run=True)[0].plan.count("conflicts") == 0
        with pytest.raises(ReadOnlyError):
            merge_files(viewer, [str(team_path)])


def test_a_conflict_the_source_gave_up_is_settled_on_the_next_merge(office, team_path):
    first, = office.list(Proposal)
    with ProjectStore.open(str(team_path)) as team:
        team_edit = UpdateRecord(team, Proposal, first.uuid, {"title": "Team title"})
        team_edit.apply(team)
    UpdateRecord(office, Proposal, first.uuid, {"title": "Office title"}).apply(office)
    merge_files(office, [str(team_path)])
    assert len(pending_conflicts(office)) == 1
    with ProjectStore.open(str(team_path)) as team:
        team_edit.revert(team)  # the team undid its change: back to what both agreed on
    (result,) = merge_files(office, [str(team_path)])
    assert result.plan.count("conflicts") == 0 and pending_conflicts(office) == []
    assert office.get(Proposal, first.uuid).title == "Office title"


def test_a_tile_layer_comes_with_its_pyramid(office, team_path):
    from cosafe.store import tiles
    from map_files import png_tile

    one, two = png_tile((200, 30, 30)), png_tile((30, 30, 200))
    table = "basemap_tiles_0123456789ab"
    layer = BasemapLayer(name="Satellite", kind="tiles", data_table=table, feature_count=2)
    with ProjectStore.open(str(team_path)) as team:
        with team.atomic() as connection:
            tiles.create_tile_table(connection, table, [1], (-1000.0, -1000.0, 1000.0, 1000.0), "Satellite")
            tiles.insert_tiles(connection, table, [(1, 0, 0, one), (1, 1, 0, two)])
            team.insert(layer)
    merge_files(office, [str(team_path)])
    assert office.get(BasemapLayer, layer.uuid).data_table == table
    assert tiles.zoom_levels(office.connection, table) == [1]
    assert sorted(office.connection.execute(f'SELECT tile_data FROM "{table}"')) == sorted([(one,), (two,)])
    assert office.check() == []
    office.close()
    assert validate_gpkg(office.path) == []


def test_criteria_set_versions_made_apart_merge_by_name_version_and_key(tmp_path):
    paths = {"a": tmp_path / "a.gpkg", "b": tmp_path / "b.gpkg"}
    for side, extra in (("a", "Toilets"), ("b", "CCTV")):
        with new_project(paths[side], side) as store:
            add_walk(store, f"{side} on version 1")
            add_criterion_edit(store, extra).apply(store)  # scores exist: a new version 2
            assert active_criteria(store)[0].version == 2
            add_walk(store, f"{side} on version 2", x=36.9)
    with ProjectStore.open(str(paths["a"])) as a:
        assert merge_files(a, [str(paths["b"])])[0].plan.count("conflicts") == 0
        active, criteria = active_criteria(a)
        assert a.count(CriteriaSet) == 2 and active.version == 2
        assert {c.key for c in criteria} >= {"toilets", "cctv", "lighting"} and len(criteria) == 11
    with ProjectStore.open(str(paths["b"])) as b:
        merge_files(b, [str(paths["a"])])
        b_meaning = meaning(b)
    with ProjectStore.open(str(paths["a"])) as a:
        assert meaning(a) == b_meaning
        assert len(b_meaning["scores"]) == 2 * 9 + 2 * 10


def test_a_source_with_unreadable_tables_is_refused_in_one_line(office, team_path):
    import sqlite3

    connection = sqlite3.connect(team_path)
    connection.execute("DROP TABLE devices")  # still says format 3, but a table is gone
    connection.commit()
    connection.close()
    before = file_hash(office.path)
    for attempt in (lambda: plan_merge(office, str(team_path)),
                    lambda: merge_files(office, [str(team_path)], dry_run=True),
                    lambda: merge_files(office, [str(team_path)])):
        with pytest.raises(ProjectOpenError, match=r"^team2.gpkg is damaged: its records cannot be read \(no such table"):
            attempt()
    assert file_hash(office.path) == before


def test_a_source_with_a_broken_geometry_is_refused_in_one_line(office, team_path):
    import sqlite3

    with ProjectStore.open(str(team_path)) as team:
        pin = add_pin(team, "will be broken")
    connection = sqlite3.connect(team_path)
    for suffix in ("update1", "update2", "update3", "update4"):  # let a bad blob in, as a damaged file would
        connection.execute(f"DROP TRIGGER rtree_perception_pins_geom_{suffix}")
    connection.execute("UPDATE perception_pins SET geom = ? WHERE uuid = ?", (b"GP\x00\x01\xe6\x10\x00\x00junk", pin.uuid))
    connection.commit()
    connection.close()
    before = file_hash(office.path)
    with pytest.raises(ProjectOpenError, match=f"^team2.gpkg: perception_pins record {pin.uuid}: "
                                               "its geometry cannot be read; nothing was merged$"):
        merge_files(office, [str(team_path)])
    assert file_hash(office.path) == before


def test_a_source_declaring_a_table_differently_is_checked_row_by_row(office, team_path):
    import sqlite3

    # Every row a merge takes is held to the target's own CHECK constraints first (the
    # source's are not read: SQLite skips them for a file opened read-only), so a table
    # declared otherwise (here: without the feeling check) cannot bring in a row ours refuse.
    connection = sqlite3.connect(team_path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = replace(sql, \"CHECK (feeling IN ('safe', 'unsafe'))\", '') "
                       "WHERE name = 'perception_pins'")
    connection.commit()
    connection.close()
    with ProjectStore.open(str(team_path)) as team:
        pin = add_pin(team, "neither safe nor unsafe")
        team.connection.execute("UPDATE perception_pins SET feeling = 'maybe' WHERE uuid = ?", (pin.uuid,))
        team.connection.commit()
    before = file_hash(office.path)
    with pytest.raises(ProjectOpenError, match=rf"^team2.gpkg: perception_pins record {pin.uuid}: a value breaks "
                                               r"the rule feeling IN \('safe', 'unsafe'\); nothing was merged$"):
        merge_files(office, [str(team_path)])
    assert file_hash(office.path) == before


def test_a_plain_file_copy_merges_and_the_log_says_so(office, tmp_path):
    import shutil

    office.close()
    copy = tmp_path / "copied.gpkg"
    shutil.copy(office.path, copy)  # copied by hand, not handed out: the same laptop identity
    with ProjectStore.open(str(copy)) as store:
        add_pin(store, "made on the copy")
        UpdateRecord(store, Proposal, store.list(Proposal)[0].uuid, {"title": "changed on the copy"}).apply(store)
    with ProjectStore.open(office.path) as target:
        (result,) = merge_files(target, [str(copy)])
        assert result.plan.count("added") == 1 and result.plan.count("conflicts") == 1  # never met: both differ
        assert "plain copy" in merge_history(target)[0].note
