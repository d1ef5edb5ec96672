"""Core edits applied to and reverted from a real project file."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosafe.core.changes import Change
from cosafe.core.edits import AddRecord, DeleteRecord, SetProjectProperties, UpdateRecord
from cosafe.core.records import Workshop


def _snapshot(store) -> dict:
    """Every row of the project's content. Left out: R-tree internals, gpkg_contents'
    last_change, and sqlite_sequence (AUTOINCREMENT's counter never goes back)."""
    tables = [row[0] for row in store.connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'rtree_%' "
        "AND name NOT IN ('gpkg_contents', 'sqlite_sequence')"
    )]
    return {t: store.connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


def test_set_project_properties_apply_and_revert(store):
    before = _snapshot(store)
    edit = SetProjectProperties(store, {"name": "Riverside safety plan", "suppression_threshold": 8})
    assert edit.label == "Change project name, suppression threshold"
    assert edit.apply(store) == Change.PROJECT
    assert store.name == "Riverside safety plan" and store.suppression_threshold == 8
    edit.revert(store)
    assert _snapshot(store) == before


def test_the_currency_is_one_undoable_edit(store):
    before = _snapshot(store)
    assert store.get_meta("currency") is None  # a project made before the setting: no currency
    edit = SetProjectProperties(store, {"currency": "kes"})
    assert edit.label == "Change project currency"
    assert edit.apply(store) == Change.PROJECT
    assert store.get_meta("currency") == "KES"
    edit.revert(store)
    assert _snapshot(store) == before  # the key it added is gone again, not left empty
    SetProjectProperties(store, {"currency": "BRL"}).apply(store)
    unset = SetProjectProperties(store, {"currency": ""})  # "Not set"
    unset.apply(store)
    assert store.get_meta("currency") is None and "currency" not in store.meta()
    unset.revert(store)
    assert store.get_meta("currency") == "BRL"


def test_the_report_language_is_one_undoable_edit(store):
    before = _snapshot(store)
    assert store.report_language == ""  # none set: the plan speaks whoever exports it
    edit = SetProjectProperties(store, {"report_language": "pt"})
    assert edit.label == "Change project report language"
    assert edit.apply(store) == Change.PROJECT
    assert store.get_meta("report_language") == "pt" and store.report_language == "pt"
    edit.revert(store)
    assert _snapshot(store) == before  # the key it added is gone again
    SetProjectProperties(store, {"report_language": "fr"}).apply(store)
    SetProjectProperties(store, {"report_language": ""}).apply(store)  # "Same as the window"
    assert "report_language" not in store.meta()
    with pytest.raises(ValueError, match="CoSafe does not speak “de”"):
        SetProjectProperties(store, {"report_language": "de"})
    store.set_meta_values({"report_language": "de"})  # a hand-edited file: not trusted, not refused
    assert store.report_language == ""


def test_an_unknown_currency_is_refused_before_anything_is_written(store):
    before = _snapshot(store)
    with pytest.raises(ValueError, match="“XYZ” is not a currency code: use an ISO 4217 code"):
        SetProjectProperties(store, {"name": "Renamed", "currency": "XYZ"})
    assert _snapshot(store) == before


def test_threshold_out_of_range_is_refused(store):
    for too_low in (0, 1, 2):  # a figure for one or two people names them
        with pytest.raises(ValueError, match="between 3 and 100 people"):
            SetProjectProperties(store, {"suppression_threshold": too_low})
    with pytest.raises(ValueError, match="between 3 and 100 people"):
        SetProjectProperties(store, {"suppression_threshold": 101})
    assert SetProjectProperties(store, {"suppression_threshold": 3}).apply(store) == Change.PROJECT


def test_a_threshold_below_3_written_into_the_file_is_not_trusted(store):
    store.set_meta_values({"suppression_threshold": "1"})  # an older CoSafe accepted 1; a crafted file may say 0
    assert store.suppression_threshold == 3
    store.set_meta_values({"suppression_threshold": "0"})
    assert store.suppression_threshold == 3
    store.set_meta_values({"suppression_threshold": "not a number"})
    assert store.suppression_threshold == 5
    with pytest.raises(ValueError, match="Not a project property"):
        SetProjectProperties(store, {"device_id": "x"})


def test_add_update_delete_revert_exactly(store):
    before = _snapshot(store)
    add = AddRecord(Workshop(title="Market traders"))
    assert add.label == "Add workshop"
    assert add.apply(store) == Change.WORKSHOPS
    update = UpdateRecord(store, Workshop, add.record.uuid, {"title": "Market traders and youth"})
    update.apply(store)
    delete = DeleteRecord(store, Workshop, add.record.uuid)
    delete.apply(store)
    assert store.count(Workshop) == 0
    delete.revert(store)
    assert store.get(Workshop, add.record.uuid).title == "Market traders and youth"
    update.revert(store)
    assert dataclasses.asdict(store.get(Workshop, add.record.uuid)) == dataclasses.asdict(add.record)
    add.revert(store)
    assert _snapshot(store) == before


names = st.text(min_size=1, max_size=20)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(
    st.tuples(st.just("name"), names),
    st.tuples(st.just("place"), names),
    st.tuples(st.just("threshold"), st.integers(3, 100)),
    st.tuples(st.just("add"), names),
), max_size=8))
def test_any_sequence_of_edits_undoes_to_the_start(store, steps):
    before = _snapshot(store)
    done = []
    for kind, value in steps:
        if kind == "add":
            edit = AddRecord(Workshop(title=value))
        elif kind == "threshold":
            edit = SetProjectProperties(store, {"suppression_threshold": value})
        else:
            edit = SetProjectProperties(store, {kind: value})
        edit.apply(store)
        done.append(edit)
    for edit in reversed(done):
        edit.revert(store)
    assert _snapshot(store) == before


def test_edit_group_is_one_transaction(store):
    from cosafe.core.edits import EditGroup
    from cosafe.store.errors import ProjectWriteError

    before = _snapshot(store)
    first = AddRecord(Workshop(title="One"))
    group = EditGroup([first, AddRecord(Workshop(title="Two"))], "Add two workshops")
    assert group.apply(store) == Change.WORKSHOPS and store.count(Workshop) == 2
    group.revert(store)
    assert _snapshot(store) == before
    # A group whose second edit fails leaves nothing of the first.
    broken = EditGroup([AddRecord(Workshop(title="Three")), AddRecord(Workshop(title="x", votes_per_participant=-1))],
                       "Add broken workshops")
    with pytest.raises(ProjectWriteError):
        broken.apply(store)
    assert _snapshot(store) == before


def _shape(kind: int, x: float, y: float):
    import shapely

    if kind == 0:
        return shapely.Point(x, y)
    if kind == 1:
        return shapely.LineString([(x, y), (x + 0.001, y + 0.0005), (x + 0.002, y)])
    return shapely.box(x, y, x + 0.001, y + 0.001)


proposal_steps = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), st.floats(36.8, 36.9), st.floats(-1.3, -1.2)),
    st.tuples(st.just("retitle"), st.integers(0, 50), names),
    st.tuples(st.just("move"), st.integers(0, 50), st.floats(-0.01, 0.01), st.floats(-0.01, 0.01)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("delete_two"), st.integers(0, 50), st.integers(0, 50)),
), max_size=12)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(proposal_steps)
def test_any_sequence_of_proposal_edits_undoes_to_the_start(store, steps):
    """Sketching in a workshop: add, retitle, move, delete (alone or several at once), then undo all."""
    import shapely

    from cosafe.core.edits import EditGroup
    from cosafe.core.records import Proposal

    before = _snapshot(store)
    done = []
    for step in steps:
        existing = [p.uuid for p in store.list(Proposal)]
        if step[0] == "add":
            edit = AddRecord(Proposal(geom=_shape(step[1], step[2], step[3]), title="Lights"))
        elif not existing:
            continue
        elif step[0] == "retitle":
            edit = UpdateRecord(store, Proposal, existing[step[1] % len(existing)], {"title": step[2]})
        elif step[0] == "move":
            uuid = existing[step[1] % len(existing)]
            moved = shapely.affinity.translate(store.get(Proposal, uuid).geom, step[2], step[3])
            edit = UpdateRecord(store, Proposal, uuid, {"geom": moved})
        elif step[0] == "delete":
            edit = DeleteRecord(store, Proposal, existing[step[1] % len(existing)])
        else:
            chosen = sorted({existing[step[1] % len(existing)], existing[step[2] % len(existing)]})
            edit = EditGroup([DeleteRecord(store, Proposal, uuid) for uuid in chosen], "Delete proposals")
        edit.apply(store)
        done.append(edit)
    for edit in reversed(done):
        edit.revert(store)
    assert _snapshot(store) == before
    assert store.check() == []


def test_edits_say_which_records_they_touch(store):
    from cosafe.core.edits import EditGroup
    from cosafe.core.records import Group

    workshop = Workshop(title="Market traders")
    add = AddRecord(workshop)
    assert add.touched_records() == {"workshops": frozenset({workshop.uuid})}
    add.apply(store)
    group = Group(workshop_uuid=workshop.uuid, name="Youth")
    both = EditGroup([AddRecord(group), UpdateRecord(store, Workshop, workshop.uuid, {"title": "Traders"})], "Two")
    assert both.touched_records() == {"groups": frozenset({group.uuid}), "workshops": frozenset({workshop.uuid})}
    assert DeleteRecord(store, Workshop, workshop.uuid).touched_records() == {"workshops": frozenset({workshop.uuid})}
    assert SetProjectProperties(store, {"name": "Riverside"}).touched_records() == {}


def test_a_group_with_an_edit_that_cannot_tell_says_unknown(store):
    from cosafe.core.edits import Edit, EditGroup

    class Opaque(Edit):
        label = "Something wide"

        def apply(self, store) -> Change:
            return Change.ALL

        def revert(self, store) -> Change:
            return Change.ALL

    assert EditGroup([AddRecord(Workshop(title="A")), Opaque()], "Mixed").touched_records() is None


def test_add_records_is_one_step_each_way(store):
    import shapely

    from cosafe.core.edits import AddRecords
    from cosafe.core.records import Incident

    before = _snapshot(store)
    incidents = [Incident(geom=shapely.Point(36.8 + n / 1000, -1.28), category="theft") for n in range(1200)]
    edit = AddRecords(incidents, "Import 1,200 recorded incidents")
    assert edit.apply(store) == Change.INCIDENTS and store.count(Incident) == 1200
    assert edit.touched_records() == {"incidents": frozenset(i.uuid for i in incidents)}
    edit.revert(store)  # more UUIDs than one DELETE takes: deleted in batches
    assert _snapshot(store) == before
    with pytest.raises(ValueError, match="all of one type"):
        AddRecords([incidents[0], Workshop(title="x")], "Mixed")
