"""Action-plan edits (core/actions.py) applied to and reverted from a real project file."""

from __future__ import annotations

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosafe.core.actions import (
    action_from_proposal_edit, delete_action_edit, delete_stakeholder_edit, effective_priorities, link_label, links_of,
    new_action_edit, new_stakeholder_edit, partners_of, unlink_places_edits, update_action_edit,
    update_stakeholder_edit, vote_priorities,
)
from cosafe.core.edits import DeleteRecord, EditGroup
from cosafe.core.changes import Change
from cosafe.core.records import Action, ActionLink, ActionPartner, Proposal, Stakeholder, Vote


def _snapshot(store) -> dict:
    """Every row of the project's content (as tests/store/test_edits_on_store.py), every column but
    the row id: undoing a delete inserts the record again with its uuid and timestamps, in a new row."""
    connection = store.connection
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'rtree_%' "
        "AND name NOT IN ('gpkg_contents', 'sqlite_sequence')")]
    snapshot = {}
    for table in tables:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")') if row[1] != "fid"]
        quoted = ", ".join(f'"{c}"' for c in columns)
        snapshot[table] = sorted(connection.execute(f'SELECT {quoted} FROM "{table}"').fetchall(), key=repr)
    return snapshot


def _stakeholders(store, *names: str) -> list[Stakeholder]:
    people = [Stakeholder(name=name, sector="community") for name in names]
    for person in people:
        new_stakeholder_edit(person).apply(store)
    return people


def _proposal(store, title: str, dots: int = 0, **fields) -> Proposal:
    proposal = Proposal(title=title, geom=shapely.Point(36.82, -1.28), **fields)
    store.insert(proposal)
    if dots:
        store.insert(Vote(proposal_uuid=proposal.uuid, group_uuid="g", dots=dots))
    return proposal


def test_new_action_with_partners_and_links_is_one_step(store):
    lights, police, youth = _stakeholders(store, "Lighting dept", "Police", "Youth club")
    proposal = _proposal(store, "Lights on Market Lane")
    before = _snapshot(store)
    action = Action(title="Light Market Lane", responsible_uuid=lights.uuid, timeframe="short", cost_estimate=12000)
    edit = new_action_edit(action, partner_uuids=[police.uuid, lights.uuid, youth.uuid, police.uuid],
                           links=[("proposals", proposal.uuid), ("audit_points", "p1"), ("proposals", proposal.uuid)])
    assert edit.label == "Add action “Light Market Lane”"
    assert edit.apply(store) == Change.PLAN
    # The responsible partner is not also supporting; duplicates collapse.
    assert [s.name for s in partners_of(store, action.uuid)] == ["Police", "Youth club"]
    assert [(l.target_table, l.target_uuid) for l in links_of(store, action.uuid)] == [
        ("proposals", proposal.uuid), ("audit_points", "p1")]
    edit.revert(store)
    assert _snapshot(store) == before


@pytest.mark.parametrize("fields, message", [
    ({"title": " "}, "needs a title"),
    ({"prevention_approach": "punitive"}, "Unknown prevention approach"),
    ({"cpted_principle": "cctv"}, "Unknown CPTED principle"),
    ({"timeframe": "soon"}, "Unknown timeframe"),
    ({"status": "maybe"}, "Unknown action status"),
    ({"starts_on": "2026-05-01", "ends_on": "2026-04-30"}, "before the start date"),
    ({"starts_on": "1 May"}, "must be a date"),
    ({"cost_estimate": -1.0}, "cannot be negative"),
    ({"cost_estimate": float("nan")}, "cannot be negative"),
    ({"priority": 0}, "priority is 1"),
])
def test_bad_action_values_are_refused_in_one_line(store, fields, message):
    before = _snapshot(store)
    action = Action(**{"title": "Light Market Lane", **fields})
    with pytest.raises(ValueError, match=message) as caught:
        new_action_edit(action)
    assert "\n" not in str(caught.value)
    with pytest.raises(ValueError, match="linked to"):
        new_action_edit(Action(title="x"), links=[("workshops", "w")])
    assert _snapshot(store) == before


@pytest.mark.parametrize("fields, message", [
    ({"influence": 0}, "influence must be a whole number from 1 to 5"),
    ({"interest": 6}, "interest must be"),
    ({"interest": 2.5}, "interest must be"),
    ({"sector": "media"}, "Unknown sector"),
    ({"name": ""}, "needs a name"),
])
def test_bad_stakeholder_values_are_refused(store, fields, message):
    with pytest.raises(ValueError, match=message):
        new_stakeholder_edit(Stakeholder(**{"name": "Police", **fields}))
    (police,) = _stakeholders(store, "Police")
    with pytest.raises(ValueError, match=message):
        update_stakeholder_edit(store, police.uuid, fields)
    with pytest.raises(ValueError, match="Not an editable stakeholder field: uuid"):
        update_stakeholder_edit(store, police.uuid, {"uuid": "x"})


def test_update_changes_only_what_differs_and_reverts_exactly(store):
    a, b, c = _stakeholders(store, "A", "B", "C")
    p1, p2 = _proposal(store, "One"), _proposal(store, "Two")
    action = Action(title="Act", responsible_uuid=a.uuid)
    new_action_edit(action, [b.uuid], [("proposals", p1.uuid)]).apply(store)
    assert update_action_edit(store, action.uuid, {"title": "Act"}, [b.uuid], [("proposals", p1.uuid)]) is None
    before = _snapshot(store)
    # B becomes responsible: no longer supporting; A and C support; the links swap.
    edit = update_action_edit(store, action.uuid, {"responsible_uuid": b.uuid, "ends_on": "2027-01-01"},
                              [a.uuid, b.uuid, c.uuid], [("proposals", p2.uuid)])
    edit.apply(store)
    assert store.get(Action, action.uuid).responsible_uuid == b.uuid
    assert {s.name for s in partners_of(store, action.uuid)} == {"A", "C"}
    assert [l.target_uuid for l in links_of(store, action.uuid)] == [p2.uuid]
    edit.revert(store)
    assert _snapshot(store) == before
    with pytest.raises(ValueError, match="before the start date"):
        update_action_edit(store, action.uuid, {"starts_on": "2027-02-01", "ends_on": "2027-01-01"})
    with pytest.raises(KeyError):
        update_action_edit(store, "nope", {"title": "x"})
    for bad in ({"responsible_uuid": "gone"}, {}):
        with pytest.raises(ValueError, match="No stakeholder with id gone in the register"):
            update_action_edit(store, action.uuid, bad, partner_uuids=None if bad else ["gone"])
    assert _snapshot(store) == before


def test_a_hand_set_priority_stops_following_votes(store):
    action = Action(title="Act")
    new_action_edit(action).apply(store)
    update_action_edit(store, action.uuid, {"priority": 2}).apply(store)
    saved = store.get(Action, action.uuid)
    assert (saved.priority, saved.priority_from_votes) == (2, False)
    assert effective_priorities(store) == {action.uuid: 2}


def test_delete_action_takes_partners_and_links_and_undoes(store):
    a, b = _stakeholders(store, "A", "B")
    proposal = _proposal(store, "One")
    action = Action(title="Act", responsible_uuid=a.uuid)
    new_action_edit(action, [b.uuid], [("proposals", proposal.uuid)]).apply(store)
    before = _snapshot(store)
    edit = delete_action_edit(store, action.uuid)
    edit.apply(store)
    assert store.count(Action) == store.count(ActionPartner) == store.count(ActionLink) == 0
    assert store.count(Proposal) == 1 and store.count(Stakeholder) == 2
    edit.revert(store)
    assert _snapshot(store) == before


def test_delete_stakeholder_clears_responsible_and_partner_rows(store):
    a, b = _stakeholders(store, "A", "B")
    first, second = Action(title="First", responsible_uuid=a.uuid), Action(title="Second", responsible_uuid=b.uuid)
    new_action_edit(first, [b.uuid]).apply(store)
    new_action_edit(second, [a.uuid]).apply(store)
    before = _snapshot(store)
    edit = delete_stakeholder_edit(store, a.uuid)
    assert edit.label == "Delete stakeholder “A”"
    edit.apply(store)
    assert store.get(Action, first.uuid).responsible_uuid is None
    assert partners_of(store, second.uuid) == []
    assert [s.name for s in partners_of(store, first.uuid)] == ["B"]
    edit.revert(store)
    assert _snapshot(store) == before


def test_vote_priorities_rank_by_dots_of_linked_proposals(store):
    p1, p2, p3 = _proposal(store, "One", 5), _proposal(store, "Two", 3), _proposal(store, "Three", 2)
    _proposal(store, "Unlinked", 40)
    both, one, tie, none = (Action(title=t) for t in ("Both", "One", "Tie", "No proposal"))
    new_action_edit(both, links=[("proposals", p2.uuid), ("proposals", p3.uuid)]).apply(store)  # 5 dots
    new_action_edit(one, links=[("proposals", p1.uuid)]).apply(store)  # 5 dots
    new_action_edit(tie, links=[("proposals", p3.uuid), ("audit_points", "x")]).apply(store)  # 2 dots
    new_action_edit(none, links=[("audit_points", "x")]).apply(store)
    assert vote_priorities(store) == {both.uuid: 1, one.uuid: 1, tie.uuid: 3}
    assert effective_priorities(store)[none.uuid] is None


def test_action_from_proposal_copies_it_links_it_and_ranks_it(store):
    top = _proposal(store, "Top", 9)
    new_action_edit(Action(title="Top action"), links=[("proposals", top.uuid)]).apply(store)
    proposal = _proposal(store, "Youth football nights", 4, description="Friday league at the grounds",
                         cpted_principle="activity_support", intervention_type="youth_programme", cost_estimate=800.0)
    before = _snapshot(store)
    edit = action_from_proposal_edit(store, proposal.uuid)
    assert edit.label == "Create action from proposal “Youth football nights”"
    edit.apply(store)
    (action,) = store.list(Action, "title = ?", ("Youth football nights",))
    assert (action.description, action.cpted_principle, action.cost_estimate) == (
        "Friday league at the grounds", "activity_support", 800.0)
    assert action.prevention_approach == "social_development"
    assert action.priority == 2 and action.priority_from_votes
    assert [(l.target_table, l.target_uuid) for l in links_of(store, action.uuid)] == [("proposals", proposal.uuid)]
    edit.revert(store)
    assert _snapshot(store) == before


def test_deleting_a_place_with_its_links_is_one_step(store):
    kept, gone = _proposal(store, "Kept"), _proposal(store, "Gone")
    action = Action(title="Act")
    new_action_edit(action, links=[("proposals", kept.uuid), ("proposals", gone.uuid), ("perception_pins", gone.uuid)]
                    ).apply(store)
    before = _snapshot(store)
    label = "Delete proposal “Gone”"
    edit = EditGroup(unlink_places_edits(store, "proposals", [gone.uuid], label)
                     + [DeleteRecord(store, Proposal, gone.uuid, label)], label)
    edit.apply(store)
    assert [(l.target_table, l.target_uuid) for l in links_of(store, action.uuid)] == [
        ("proposals", kept.uuid), ("perception_pins", gone.uuid)]  # another table's record with that id stays
    edit.revert(store)
    assert _snapshot(store) == before
    assert sorted(link_label(store, l) for l in links_of(store, action.uuid)) == [
        "Perception pin (deleted)", "Proposal “Gone”", "Proposal “Kept”"]


titles = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).filter(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["add", "update", "delete", "from_proposal", "drop_stakeholder",
                                           "edit_stakeholder"]),
                          titles, st.integers(0, 20), st.sampled_from([None, "short", "medium", "long"])),
                max_size=8))
def test_any_sequence_of_action_edits_undoes_to_the_start(store, steps):
    people = [Stakeholder(name=f"S{i}", sector="government") for i in range(3)]
    proposal = Proposal(title="Base", geom=shapely.Point(36.8, -1.2))
    seeded = [*people, proposal]  # inserted directly: the start state, outside the undo history
    for record in seeded:
        store.insert(record)
    before = _snapshot(store)
    done = []
    for kind, title, number, timeframe in steps:
        actions = store.list(Action)
        stakeholders = store.list(Stakeholder)
        if kind == "add":
            edit = new_action_edit(Action(title=title, timeframe=timeframe, cost_estimate=float(number),
                                          responsible_uuid=stakeholders[0].uuid if stakeholders else None),
                                   [s.uuid for s in stakeholders[number % 3:]], [("proposals", proposal.uuid)])
        elif kind == "update" and actions:
            edit = update_action_edit(store, actions[number % len(actions)].uuid,
                                      {"title": title, "timeframe": timeframe, "priority": number or None},
                                      [s.uuid for s in stakeholders[: number % 3]], [("audit_points", title)])
        elif kind == "delete" and actions:
            edit = delete_action_edit(store, actions[number % len(actions)].uuid)
        elif kind == "from_proposal":
            edit = action_from_proposal_edit(store, proposal.uuid)
        elif kind == "edit_stakeholder" and stakeholders:
            edit = update_stakeholder_edit(store, stakeholders[number % len(stakeholders)].uuid,
                                           {"name": title, "influence": number % 5 + 1})
        elif kind == "drop_stakeholder" and stakeholders:
            edit = delete_stakeholder_edit(store, stakeholders[number % len(stakeholders)].uuid)
        else:
            continue
        if edit is not None:
            edit.apply(store)
            done.append(edit)
    for edit in reversed(done):
        edit.revert(store)
    assert _snapshot(store) == before
    for record in seeded:
        store.delete(type(record), record.uuid)
