"""A merge trusts no source: a row the target's rules refuse, or a file carrying SQL of its own,
is refused in one line naming file, table and record, and the target stays byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import shapely

import bad_files
from cosafe.core.records import BasemapLayer, Incident, PerceptionPin, Proposal, Vote, Workshop
from cosafe.store import basemap, geometry
from cosafe.store.basemap import BasemapFeature
from cosafe.store.errors import ProjectError
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files, plan_merge
from cosafe.store.merge.resolve import pending_conflicts
from cosafe.store.merge.validate import BadRowError
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema_guard import UntrustedSchemaError
from merge_support import add_pin, add_proposal, file_hash, new_project


@pytest.fixture
def office(tmp_path: Path):
    store = new_project(tmp_path / "office.gpkg")
    add_proposal(store, "Light the underpass")
    yield store
    store.close()


@pytest.fixture
def team_path(office: ProjectStore, tmp_path: Path) -> Path:
    path = tmp_path / "team2.gpkg"
    make_field_copy(office, str(path), "Field team 2")
    return path


def tamper(path: Path, sql: str, *params: object) -> None:
    """Change a file behind CoSafe's back, as a crafted or damaged file would be."""
    connection = sqlite3.connect(path)
    geometry.register_sql_functions(connection)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute(sql, params)
    connection.commit()
    connection.close()


POLYGON = geometry.encode(shapely.Polygon([(36.8, -1.3), (36.81, -1.3), (36.8, -1.31)]))

# (record made by the team, column, stored value, what the one line says)
BAD_ROWS = {
    "not JSON": (PerceptionPin, "reason_tags", "NOT-JSON[", "reason_tags is not valid JSON"),
    "JSON of the wrong kind": (Proposal, "beneficiaries", '{"women": 1}', "beneficiaries is not a JSON list"),
    "a feeling outside the list": (PerceptionPin, "feeling", "EVIL",
                                   "a value breaks the rule feeling IN ('safe', 'unsafe')"),
    "an unreadable geometry": (PerceptionPin, "geom", b"GP\x00\x01\xe6\x10\x00\x00junk", "its geometry cannot be read"),
    "a polygon for a pin": (PerceptionPin, "geom", POLYGON, "its geometry is not a point"),
    # SQLite's date() takes 30 February, and strftime() gives NULL for "yesterday", which a CHECK lets pass.
    "a date that is no day": (Incident, "occurred_on", "2024-02-30",
                              "occurred_on is '2024-02-30', not a date (YYYY-MM-DD)"),
    "a time that is no time": (Workshop, "created_at", "yesterday",
                               "created_at is 'yesterday', not a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)"),
    "text for a number": (Vote, "dots", "many", "dots is 'many', not a whole number"),
}


def _made(record_type: type) -> object:
    if record_type is PerceptionPin:
        return PerceptionPin(geom=shapely.Point(36.83, -1.29), story="crafted")
    if record_type is Proposal:
        return Proposal(title="crafted", geom=shapely.Point(36.83, -1.29))
    if record_type is Incident:
        return Incident(category="theft", geom=shapely.Point(36.83, -1.29), occurred_on="2024-02-01")
    if record_type is Vote:
        return Vote(proposal_uuid="p")
    return record_type(title="crafted")


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_a_row_the_target_refuses_stops_the_merge_in_one_line(office, team_path, case):
    record_type, column, value, reason = BAD_ROWS[case]
    with ProjectStore.open(str(team_path)) as team:
        record = _made(record_type)
        team.insert(record)
    tamper(team_path, f"UPDATE {record_type.TABLE} SET {column} = ? WHERE uuid = ?", value, record.uuid)
    before = file_hash(office.path)
    expected = f"team2.gpkg: {record_type.TABLE} record {record.uuid}: {reason}; nothing was merged"
    for attempt in (lambda: merge_files(office, [str(team_path)]),
                    lambda: merge_files(office, [str(team_path)], dry_run=True),
                    lambda: plan_merge(office, str(team_path))):
        with pytest.raises(BadRowError) as raised:
            attempt()
        assert str(raised.value) == expected
    assert file_hash(office.path) == before
    with ProjectStore.open(str(team_path), read_only=True) as team:
        assert f"records: {record_type.TABLE} record {record.uuid}: {reason}" in team.check()


def test_a_bad_version_of_a_record_in_conflict_is_refused_too(office, team_path):
    """Theirs of a conflict is stored, and Keep Theirs would write it later."""
    with ProjectStore.open(str(team_path)) as team:
        pin = add_pin(team, "team's story")
    merge_files(office, [str(team_path)])
    office.connection.execute("UPDATE perception_pins SET story = 'office story' WHERE uuid = ?", (pin.uuid,))
    tamper(team_path, "UPDATE perception_pins SET story = 'changed', reason_tags = '[1, 2]' WHERE uuid = ?", pin.uuid)
    before = file_hash(office.path)
    with pytest.raises(BadRowError, match=f"^team2.gpkg: perception_pins record {pin.uuid}: "
                                          "reason_tags holds something other than text; nothing was merged$"):
        merge_files(office, [str(team_path)])
    assert file_hash(office.path) == before and pending_conflicts(office) == []


def test_features_of_an_added_basemap_layer_are_checked(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        layer = BasemapLayer(name="Streets", kind="vector")
        basemap.add_vector_layer(team, layer, [BasemapFeature(shapely.Point(36.8, -1.3), "lamp", tags={"a": "b"})])
    tamper(team_path, "UPDATE basemap_points SET tags = 'NOT-JSON['")
    before = file_hash(office.path)
    with pytest.raises(BadRowError, match=r"^team2.gpkg: basemap_points record feature \d+: tags is not valid JSON; "
                                          "nothing was merged$"):
        merge_files(office, [str(team_path)])
    assert file_hash(office.path) == before


def test_a_tile_layer_naming_a_table_cosafe_does_not_make_is_refused(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        layer = BasemapLayer(name="Tiles", kind="tiles", data_table='votes" --')
        team.insert(layer)
    before = file_hash(office.path)
    with pytest.raises(BadRowError, match=f"^team2.gpkg: basemap_layers record {layer.uuid}: its tile table "
                                          "“votes\" --” is not a name CoSafe gives one; nothing was merged$"):
        merge_files(office, [str(team_path)])
    assert file_hash(office.path) == before


def test_a_source_carrying_sql_of_its_own_is_refused(office, tmp_path):
    planted = bad_files.trigger_on_basemap_points(tmp_path)
    before = file_hash(office.path), file_hash(planted)
    with pytest.raises(UntrustedSchemaError, match="^planted.gpkg was refused: it holds a trigger “lower_threshold” "
                                                   "on basemap_points"):
        merge_files(office, [str(planted)])
    assert (file_hash(office.path), file_hash(planted)) == before


def test_a_target_given_sql_while_open_is_refused_before_any_write(office, team_path, tmp_path):
    """Another program (QGIS) can change a file CoSafe has open; merging or handing out writes it."""
    with ProjectStore.open(str(team_path)) as team:
        add_pin(team, "from the field")
    connection = sqlite3.connect(office.path)
    connection.execute("CREATE TRIGGER leak AFTER INSERT ON perception_pins BEGIN "
                       "UPDATE project_meta SET value = NEW.story WHERE key = 'name'; END")
    connection.commit()
    connection.close()
    before = file_hash(office.path)
    for attempt in (lambda: merge_files(office, [str(team_path)]),
                    lambda: make_field_copy(office, str(tmp_path / "copy.gpkg"), "Field team 3")):
        with pytest.raises(UntrustedSchemaError, match="^office.gpkg was refused: it holds a trigger “leak” on "
                                                       "perception_pins"):
            attempt()
    assert file_hash(office.path) == before
    assert not (tmp_path / "copy.gpkg").exists()


def test_check_lists_bad_records_of_a_file(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        first, second = add_pin(team, "one"), add_pin(team, "two")
    tamper(team_path, "UPDATE perception_pins SET feeling = 'EVIL' WHERE uuid = ?", first.uuid)
    tamper(team_path, "UPDATE perception_pins SET reason_tags = 'NOT-JSON[' WHERE uuid = ?", second.uuid)
    with ProjectStore.open(str(team_path), read_only=True) as team:
        problems = [p for p in team.check() if p.startswith("records:")]
    assert problems == [
        f"records: perception_pins record {second.uuid}: reason_tags is not valid JSON",
        f"records: perception_pins record {first.uuid}: a value breaks the rule feeling IN ('safe', 'unsafe')",
    ]
    with pytest.raises(ProjectError):  # and nothing of it merges
        merge_files(office, [str(team_path)])


def test_a_row_the_insert_refuses_after_another_file_was_written_is_named_and_all_rolled_back(office, team_path,
                                                                                              tmp_path):
    """The write runs the target's CHECK constraints itself: the row it refuses is named after the rollback."""
    other = tmp_path / "team3.gpkg"
    make_field_copy(office, str(other), "Field team 3")
    with ProjectStore.open(str(team_path)) as team:
        add_pin(team, "fine")
    with ProjectStore.open(str(other)) as team:
        good, bad = add_pin(team, "fine too"), add_pin(team, "crafted")
    tamper(other, "UPDATE perception_pins SET feeling = 'EVIL' WHERE uuid = ?", bad.uuid)
    before = file_hash(office.path)
    expected = (f"team3.gpkg: perception_pins record {bad.uuid}: a value breaks the rule feeling IN ('safe', 'unsafe'); "
                "nothing was merged")
    for dry_run in (False, True):
        with pytest.raises(BadRowError) as raised:
            merge_files(office, [str(team_path), str(other)], dry_run=dry_run)
        assert str(raised.value) == expected
    assert file_hash(office.path) == before
    assert good.uuid not in {pin.uuid for pin in office.list(PerceptionPin)}


def test_an_update_the_target_refuses_is_named(office, team_path):
    with ProjectStore.open(str(team_path)) as team:
        pin = add_pin(team, "from the field")
    merge_files(office, [str(team_path)])
    tamper(team_path, "UPDATE perception_pins SET feeling = 'EVIL', story = 'changed' WHERE uuid = ?", pin.uuid)
    before = file_hash(office.path)
    for dry_run in (False, True):
        with pytest.raises(BadRowError, match=f"^team2.gpkg: perception_pins record {pin.uuid}: a value breaks the rule "
                                              r"feeling IN \('safe', 'unsafe'\); nothing was merged$"):
            merge_files(office, [str(team_path)], dry_run=dry_run)
    assert file_hash(office.path) == before


def test_a_row_the_insert_refuses_for_a_reason_no_copy_shows_is_still_one_line(office, team_path, monkeypatch):
    from cosafe.store.merge import rows as merge_rows

    with ProjectStore.open(str(team_path)) as team:
        add_pin(team, "from the field")

    def refusing_insert(connection, record_type, rows):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: perception_pins.story")

    monkeypatch.setattr(merge_rows, "insert_rows", refusing_insert)
    before = file_hash(office.path)
    with pytest.raises(ProjectError, match=r"^team2.gpkg holds a record this project cannot take "
                                           r"\(UNIQUE constraint failed: perception_pins.story\)$"):
        merge_files(office, [str(team_path)])
    assert file_hash(office.path) == before


def test_a_reader_part_way_through_the_project_does_not_stop_a_merge(office, team_path):
    """Another reader of the project's connection (the window's thread, while a merge runs in
    a worker) may be part way through a statement when the merge checks its rows."""
    with ProjectStore.open(str(team_path)) as team:
        good, bad = add_pin(team, "from the field"), add_pin(team, "crafted")
    add_proposal(office, "Widen the pavement")
    reader = office.connection.execute("SELECT title FROM proposals ORDER BY fid")
    assert reader.fetchone() == ("Light the underpass",)
    plan = plan_merge(office, str(team_path))  # its checks run the target's rules on a copy
    assert plan.table_counts()["perception_pins"]["added"] == 2
    tamper(team_path, "UPDATE perception_pins SET feeling = 'EVIL' WHERE uuid = ?", bad.uuid)
    with pytest.raises(BadRowError, match=f"^team2.gpkg: perception_pins record {bad.uuid}: a value breaks the rule "
                                          r"feeling IN \('safe', 'unsafe'\); nothing was merged$"):
        merge_files(office, [str(team_path)], dry_run=True)
    assert reader.fetchone() == ("Widen the pavement",)
    assert good.uuid not in {pin.uuid for pin in office.list(PerceptionPin)}
