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
    people_summaries,
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
    assert people_summaries([], 5) == ("no one yet", {})


def test_people_summaries_hide_small_counts_and_what_gives_them_away():
    def people(group, gender, n):
        return [Participant(group_uuid=group, gender=gender) for _ in range(n)]

    big = people("a", "woman", 6) + people("a", "man", 6) + people("b", "woman", 5) + people("b", "man", 7)
    assert people_summaries(big, 5) == ("24 people · 11 women", {"a": "12 people · 6 women",
                                                                 "b": "12 people · 5 women"})
    # Group b: one woman. With b's 8 people and the 6 women overall shown, a's women would give her away.
    small = people("a", "woman", 5) + people("a", "man", 6) + people("b", "woman", 1) + people("b", "man", 7)
    workshop, groups = people_summaries(small, 5)
    assert groups["b"] == "8 people · women hidden"
    assert groups["a"] == "11 people · women hidden"
    assert workshop == "19 people · 6 women"
    assert people_summaries(people("a", "woman", 3), 5) == ("people hidden · women hidden",
                                                            {"a": "people hidden · women hidden"})


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


def _traces(store) -> dict:
    """Every walk_participants row, pin and vote, with the fields a delete may change."""
    from cosafe.core.records import PerceptionPin, WalkParticipant

    return {
        "walkers": sorted((r.uuid, r.walk_uuid, r.participant_uuid, r.updated_at) for r in store.list(WalkParticipant)),
        "pins": sorted((p.uuid, p.participant_uuid, p.workshop_uuid, p.group_uuid, p.updated_at)
                       for p in store.list(PerceptionPin)),
        "votes": sorted((v.uuid, v.participant_uuid) for v in store.list(Vote)),
        "people": sorted(p.uuid for p in store.list(Participant)),
    }


def test_deleting_participants_forgets_their_walks_and_detaches_their_pins(store):
    import shapely

    from cosafe.core.records import PerceptionPin, WalkParticipant
    from cosafe.core.workshops import delete_participants_edit

    people = [Participant(workshop_uuid="w", code=f"P0{n}", gender="woman") for n in (1, 2, 3)]
    store.insert_many(people)
    store.insert_many([WalkParticipant(walk_uuid=walk, participant_uuid=p.uuid)
                       for walk in ("day", "night") for p in people])
    pins = [PerceptionPin(geom=shapely.Point(36.85, -1.28), workshop_uuid="w", participant_uuid=p.uuid)
            for p in people for _ in range(2)]
    store.insert_many(pins)
    store.insert(Vote(workshop_uuid="w", proposal_uuid="a", participant_uuid=people[0].uuid))
    before = _traces(store)

    edit = delete_participants_edit(store, people[:2], "Delete participants P01, P02")
    edit.apply(store)
    after = _traces(store)
    assert after["people"] == [people[2].uuid] and after["votes"] == []
    assert {r[2] for r in after["walkers"]} == {people[2].uuid} and len(after["walkers"]) == 2
    assert len(after["pins"]) == 6  # the pins stay: they are the community's evidence
    assert sorted((pin[1] is None, pin[2]) for pin in after["pins"]) == [(False, "w")] * 2 + [(True, "w")] * 4
    edit.revert(store)
    assert _traces(store) == before


def test_deleting_a_workshop_detaches_pins_once_and_forgets_its_walkers(store):
    import shapely

    from cosafe.core.records import PerceptionPin, WalkParticipant

    workshop, other = Workshop(title="Night walk"), Workshop(title="Other")
    group = Group(workshop_uuid=workshop.uuid, name="Women")
    person = Participant(workshop_uuid=workshop.uuid, group_uuid=group.uuid, code="P01")
    stays = Participant(workshop_uuid=other.uuid, code="P01")
    own_pin = PerceptionPin(geom=shapely.Point(36.85, -1.28), workshop_uuid=workshop.uuid, group_uuid=group.uuid,
                            participant_uuid=person.uuid)
    # Placed by the same person but filed under another workshop: only the person is detached.
    stray_pin = PerceptionPin(geom=shapely.Point(36.85, -1.28), workshop_uuid=other.uuid,
                              participant_uuid=person.uuid)
    other_pin = PerceptionPin(geom=shapely.Point(36.85, -1.28), workshop_uuid=other.uuid, participant_uuid=stays.uuid)
    vote = Vote(workshop_uuid=workshop.uuid, proposal_uuid="a", participant_uuid=person.uuid)
    group_vote = Vote(workshop_uuid=workshop.uuid, proposal_uuid="a", group_uuid=group.uuid)
    for record in (workshop, other, group, person, stays, own_pin, stray_pin, other_pin, vote, group_vote,
                   WalkParticipant(walk_uuid="walk", participant_uuid=person.uuid),
                   WalkParticipant(walk_uuid="walk", participant_uuid=stays.uuid)):
        store.insert(record)
    before = _traces(store)

    edit = delete_workshop_edit(store, workshop)
    edit.apply(store)
    pins = {pin.uuid: pin for pin in store.list(PerceptionPin)}
    assert (pins[own_pin.uuid].participant_uuid, pins[own_pin.uuid].workshop_uuid, pins[own_pin.uuid].group_uuid) \
        == (None, None, None)
    assert (pins[stray_pin.uuid].participant_uuid, pins[stray_pin.uuid].workshop_uuid) == (None, other.uuid)
    assert pins[other_pin.uuid].participant_uuid == stays.uuid
    assert [r.participant_uuid for r in store.list(WalkParticipant)] == [stays.uuid]
    assert store.list(Vote) == [] and [p.uuid for p in store.list(Participant)] == [stays.uuid]
    edit.revert(store)
    assert _traces(store) == before
