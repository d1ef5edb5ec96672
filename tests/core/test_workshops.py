"""core.workshops: codes, colours, summaries and the one-step cascading deletes (no Qt)."""

from __future__ import annotations

from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.records import Group, Participant, Proposal, Vote, Workshop
from cosafe.core.workshops import (
    delete_group_edit,
    delete_workshop_edit,
    most_recent_workshop,
    next_code,
    next_group_colour,
    normalise_code,
    people_summary,
)


def test_next_code_continues_the_highest_p_number():
    assert next_code([]) == "P01"
    assert next_code(["P01", "p7", "X3", "", "P 09"]) == "P10"
    assert next_code(["P99"]) == "P100"
    assert normalise_code(" p07 ") == normalise_code("P7") == "P7"


def test_next_group_colour_takes_the_first_unused_and_wraps():
    assert next_group_colour([]) == GROUP_COLOURS[0]
    assert next_group_colour([GROUP_COLOURS[0].lower(), GROUP_COLOURS[2]]) == GROUP_COLOURS[1]
    assert next_group_colour(GROUP_COLOURS) in GROUP_COLOURS


def test_most_recent_workshop_and_summary():
    old = Workshop(title="Old", held_on="2026-01-10")
    new = Workshop(title="New", held_on="2026-03-02")
    undated = Workshop(title="Undated")
    assert most_recent_workshop([old, undated, new]) is new
    assert most_recent_workshop([]) is None
    people = [Participant(gender="woman"), Participant(gender="man"), Participant(gender="woman")]
    assert people_summary(people) == "3 people · 2 women"
    assert people_summary(people[1:2]) == "1 person · 0 women"
    assert people_summary([]) == "no one yet"


def snapshot(store) -> dict:
    return {t.TABLE: sorted((r.uuid, r.updated_at, getattr(r, "group_uuid", None), getattr(r, "workshop_uuid", None))
                            for r in store.list(t)) for t in (Workshop, Group, Participant, Proposal, Vote)}


def test_delete_workshop_is_one_revertible_step(store):
    workshop, other = Workshop(title="Market walk"), Workshop(title="Other")
    groups = [Group(workshop_uuid=workshop.uuid, name=n) for n in ("Youth", "Women")]
    people = [Participant(workshop_uuid=workshop.uuid, group_uuid=groups[i % 2].uuid, code=f"P0{i}") for i in range(4)]
    kept = Participant(workshop_uuid=other.uuid, code="P01")
    proposal = Proposal(workshop_uuid=workshop.uuid, group_uuid=groups[0].uuid, title="Lights")
    vote = Vote(workshop_uuid=workshop.uuid, proposal_uuid=proposal.uuid, participant_uuid=people[0].uuid)
    for record in (workshop, other, *groups, *people, kept, proposal, vote):
        store.insert(record)
    before = snapshot(store)

    edit = delete_workshop_edit(store, workshop)
    assert edit.label == "Delete workshop “Market walk”"
    edit.apply(store)
    assert [w.title for w in store.list(Workshop)] == ["Other"]
    assert store.list(Group) == [] and [p.code for p in store.list(Participant)] == ["P01"]
    assert store.list(Vote) == []
    [detached] = store.list(Proposal)
    assert detached.workshop_uuid is None and detached.group_uuid is None  # the drawing is kept
    edit.revert(store)
    assert snapshot(store) == before


def test_delete_group_keeps_its_people_without_a_group(store):
    workshop = Workshop(title="W")
    group = Group(workshop_uuid=workshop.uuid, name="Youth")
    person = Participant(workshop_uuid=workshop.uuid, group_uuid=group.uuid, code="P01")
    group_vote = Vote(workshop_uuid=workshop.uuid, group_uuid=group.uuid, proposal_uuid="x")
    for record in (workshop, group, person, group_vote):
        store.insert(record)
    before = snapshot(store)
    edit = delete_group_edit(store, group)
    edit.apply(store)
    assert store.list(Group) == [] and store.list(Vote) == []
    assert store.list(Participant)[0].group_uuid is None
    edit.revert(store)
    assert snapshot(store) == before


def test_deleting_participants_takes_their_votes_and_undoes_whole(tmp_path):
    from cosafe.core.records import Participant, Vote
    from cosafe.core.workshops import delete_participants_edit, participant_votes
    from cosafe.store.project_store import ProjectStore

    with ProjectStore.create(str(tmp_path / "p.gpkg"), name="x") as store:
        people = [Participant(workshop_uuid="w", code=f"P0{n}") for n in (1, 2, 3)]
        store.insert_many(people)
        store.insert_many([Vote(workshop_uuid="w", proposal_uuid="a", participant_uuid=p.uuid) for p in people])
        gone = people[:2]
        assert len(participant_votes(store, gone)) == 2
        edit = delete_participants_edit(store, gone, "Delete participants P01, P02")
        edit.apply(store)
        assert [p.code for p in store.list(Participant)] == ["P03"] and store.count(Vote) == 1
        edit.revert(store)
        assert store.count(Participant) == 3 and store.count(Vote) == 3
