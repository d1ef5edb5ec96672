"""Merging into a field copy takes only what a field copy may hold, by the rule its hand-out applied;
and what it leaves out is never read as deleted when the copy is merged back into the office."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import shapely

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import (Attachment, AuditPoint, Participant, PerceptionPin, Proposal, Stakeholder, Vote,
                                 WalkParticipant, Workshop)
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.merge.resolve import pending_conflicts, resolve_conflict
from cosafe.store.merge.withheld import WITHHELD_KEY
from cosafe.store.project_store import ProjectStore
from field_copy_support import SECRETS, office, private_fields  # noqa: F401 (office: a fixture)
from merge_support import add_pin, add_proposal, snapshot

# Written in the office after the hand-out: none may reach a field copy.
LATER = ("+254 711 000 999", "Ask for Mama Njeri (0722 123 456)", "She is followed from the school gate",
         "The office heard this by phone", "Notes of the second evening", "Facilitated by Otieno K.",
         "A youth said the police chased him")


def _office_writes_more(office) -> dict[str, object]:
    """After the hand-out the office records more of everything private; return the new records."""
    store, w = office.store, office.workshop.uuid
    new = {
        "W3": Participant(workshop_uuid=w, group_uuid=office.women.uuid, code="W3", contact=LATER[0]),
        "Y2": Participant(workshop_uuid=w, group_uuid=office.youth.uuid, code="Y2", contact=LATER[0]),
    }
    for record in new.values():
        store.insert(record)
    new["pin_y"] = add_pin(store, LATER[2], x=36.832)
    UpdateRecord(store, PerceptionPin, new["pin_y"].uuid, {"participant_uuid": new["Y2"].uuid}).apply(store)
    new["pin_w"] = add_pin(store, LATER[3], x=36.833)
    UpdateRecord(store, PerceptionPin, new["pin_w"].uuid, {"participant_uuid": new["W3"].uuid}).apply(store)
    new["walked"] = [WalkParticipant(walk_uuid=office.walk.uuid, participant_uuid=new[c].uuid) for c in ("W3", "Y2")]
    store.insert_many(new["walked"])
    new["vote"] = Vote(workshop_uuid=w, proposal_uuid=office.vote.proposal_uuid, participant_uuid=new["Y2"].uuid)
    store.insert(new["vote"])
    new["workshop"] = Workshop(title="Night walk", facilitator=LATER[5], notes=LATER[4])
    new["stakeholder"] = Stakeholder(name="Boda boda riders", contact_person=LATER[1])
    new["point"] = AuditPoint(walk_uuid=office.walk.uuid, sequence=2, geom=shapely.Point(36.823, -1.283),
                              comment=LATER[6])
    new["photo"] = Attachment(owner_table="audit_points", owner_uuid=office.point.uuid, filename="photo.jpg",
                              mime_type="image/jpeg", data=b"ANOTHER-FACE" * 30)
    for key in ("workshop", "stakeholder", "point", "photo"):
        store.insert(new[key])
    # And a private field of a record the copy holds: the office learnt more of the pin's story.
    UpdateRecord(store, PerceptionPin, office.pin.uuid, {"story": SECRETS[3] + " " + LATER[3], "scale": 2}).apply(store)
    return new


def test_the_office_merged_into_a_copy_brings_only_what_the_copy_may_hold(office, tmp_path):
    path = tmp_path / "women.gpkg"
    make_field_copy(office.store, str(path), "Women's team", group_uuid=office.women.uuid)
    new = _office_writes_more(office)
    with ProjectStore.open(str(path)) as team:
        (result,) = merge_files(team, [office.store.path])  # catching up with the office
        assert result.plan.count("conflicts") == 0
        # New records arrive cut, as the hand-out cut those it handed out.
        assert sorted(p.code for p in team.list(Participant)) == ["W1", "W2", "W3"]
        assert team.get(Participant, new["W3"].uuid).contact is None
        assert team.get(PerceptionPin, new["pin_y"].uuid).story == ""
        assert team.get(PerceptionPin, new["pin_y"].uuid).participant_uuid is None  # Y2 is a youth
        pin_w = team.get(PerceptionPin, new["pin_w"].uuid)
        assert (pin_w.story, pin_w.participant_uuid) == ("", new["W3"].uuid)  # W3 came in with it
        assert [w.participant_uuid for w in team.list(WalkParticipant)] == [office.people["W1"].uuid, new["W3"].uuid]
        assert team.get(Vote, new["vote"].uuid).participant_uuid is None
        assert (team.get(Workshop, new["workshop"].uuid).facilitator, team.get(Workshop, new["workshop"].uuid).notes) \
            == ("", "")
        assert team.get(Stakeholder, new["stakeholder"].uuid).contact_person is None
        assert team.get(AuditPoint, new["point"].uuid).comment == ""
        assert team.get(Attachment, new["photo"].uuid) is None
        pin = team.get(PerceptionPin, office.pin.uuid)
        assert (pin.scale, pin.story, pin.participant_uuid) == (2, "", None)
        assert team.check() == []
        # The copy says whose participants it holds, so a merge knows which to take.
        assert json.loads(team.get_meta(WITHHELD_KEY))["participant_groups"] == [office.women.uuid]
        held_back = dict(result.plan.held_back)
    # Everything private the office holds and the copy does not: as handed out, and since.
    assert held_back == {"contacts": 6, "stories": 4, "notes": 5, "names": 2, "photos": 2, "participants": 3}
    assert result.plan.held_back_text() == (
        "This project is a field copy, so it leaves out of office.gpkg what a field copy may not hold: 6 contacts, "
        "4 pin stories, 5 comments and notes, 2 facilitators' names, 2 photos and 3 participants outside Women's group.")
    raw = path.read_bytes()
    for secret in LATER + SECRETS:  # not in a record, a pending conflict, a free page
        assert secret.encode() not in raw, secret
    assert b"ANOTHER-FACE" not in raw


def test_what_the_team_wrote_stays_and_the_offices_version_of_it_does_not_come_in(office, tmp_path):
    """A story the team wrote is the copy's own: an update or a conflict keeps it, never the office's."""
    store, path = office.store, tmp_path / "team.gpkg"
    make_field_copy(store, str(path), "Team")
    with ProjectStore.open(str(path)) as team:
        mine = add_pin(team, "Written by the team", x=36.834)
        UpdateRecord(team, PerceptionPin, office.pin.uuid, {"story": "The team's own words"}).apply(team)
    merge_files(store, [str(path)])
    UpdateRecord(store, PerceptionPin, mine.uuid, {"story": "Typed in at the office", "scale": 3}).apply(store)
    UpdateRecord(store, PerceptionPin, office.pin.uuid, {"story": "Office words", "scale": 4}).apply(store)
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, PerceptionPin, office.pin.uuid, {"scale": 1}).apply(team)
        (result,) = merge_files(team, [store.path])
        assert result.plan.updated == {"perception_pins": [mine.uuid]}
        assert (team.get(PerceptionPin, mine.uuid).story, team.get(PerceptionPin, mine.uuid).scale) == \
            ("Written by the team", 3)
        assert result.plan.conflicts == {"perception_pins": [office.pin.uuid]}  # both changed the scale
        (conflict,) = pending_conflicts(team)
        assert (conflict.theirs.scale, conflict.theirs.story) == (4, "The team's own words")
        resolve_conflict(team, "perception_pins", office.pin.uuid, "theirs").apply(team)
        assert team.get(PerceptionPin, office.pin.uuid).story == "The team's own words"
    raw = path.read_bytes()
    assert b"Typed in at the office" not in raw and b"Office words" not in raw


def test_a_copy_from_an_older_cosafe_takes_no_participant_it_does_not_hold(office, tmp_path):
    """An older copy does not say whose participants it holds: it keeps to those it has."""
    path = tmp_path / "team.gpkg"
    make_field_copy(office.store, str(path), "Women's team", group_uuid=office.women.uuid)
    with ProjectStore.open(str(path)) as team:
        marker = json.loads(team.get_meta(WITHHELD_KEY))
        marker.pop("participant_groups", None)
        team.set_meta_values({WITHHELD_KEY: json.dumps(marker)})
    new = _office_writes_more(office)
    UpdateRecord(office.store, Participant, office.people["W2"].uuid, {"age_band": "25-34"}).apply(office.store)
    with ProjectStore.open(str(path)) as team:
        merge_files(team, [office.store.path])
        assert sorted(p.code for p in team.list(Participant)) == ["W1", "W2"]
        assert team.get(Participant, office.people["W2"].uuid).age_band == "25-34"
        assert team.get(PerceptionPin, new["pin_w"].uuid).participant_uuid is None


def test_a_copy_of_every_group_takes_every_groups_participants_but_no_contact(office, tmp_path):
    path = tmp_path / "team.gpkg"
    make_field_copy(office.store, str(path), "Team", all_participants=True)
    new = _office_writes_more(office)
    with ProjectStore.open(str(path)) as team:
        (result,) = merge_files(team, [office.store.path])
        assert sorted(p.code for p in team.list(Participant)) == ["N1", "W1", "W2", "W3", "Y1", "Y2"]
        assert {p.contact for p in team.list(Participant)} == {None}
        assert team.get(PerceptionPin, new["pin_y"].uuid).participant_uuid == new["Y2"].uuid
        assert team.count(WalkParticipant) == 4
    assert "participant" not in result.plan.held_back_text()


@dataclass
class Teams:
    a_path: Path  # team 1: the women's group
    b_path: Path  # team 2: the youth
    other_pin: PerceptionPin  # an office pin no one links to a person
    y3: Participant  # team 2's new participant, with a contact
    b_pin: PerceptionPin  # team 2's new pin, with a story and linked to Y3
    b_point: AuditPoint  # team 2's new audit point, with a comment
    b_proposal: Proposal
    b_photo: Attachment


def _two_teams(office, tmp_path: Path) -> Teams:
    """Copies for two teams of different groups; team 2 edits and records private things; the office
    edits too, private fields included."""
    store = office.store
    a_path, b_path = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    make_field_copy(store, str(a_path), "Women's team", group_uuid=office.women.uuid)
    make_field_copy(store, str(b_path), "Youth team", group_uuid=office.youth.uuid)
    other_pin = next(p for p in store.list(PerceptionPin) if p.uuid != office.pin.uuid)
    with ProjectStore.open(str(b_path)) as b:
        y3 = Participant(workshop_uuid=office.workshop.uuid, group_uuid=office.youth.uuid, code="Y3",
                         contact="Y3's phone 0799 000 111")
        b.insert(y3)
        b.insert(WalkParticipant(walk_uuid=office.walk.uuid, participant_uuid=y3.uuid))
        b_pin = add_pin(b, "Youth story: they stop us here", x=36.836)
        UpdateRecord(b, PerceptionPin, b_pin.uuid, {"participant_uuid": y3.uuid}).apply(b)
        b_point = AuditPoint(walk_uuid=office.walk.uuid, sequence=4, geom=shapely.Point(36.824, -1.284),
                             comment="Youth: the lamp is back")
        b.insert(b_point)
        b_proposal = add_proposal(b, "Youth corner", x=36.86)
        b_photo = Attachment(owner_table="proposals", owner_uuid=b_proposal.uuid, filename="photo.jpg",
                             mime_type="image/jpeg", data=b"YOUTH-FACES" * 30)
        b.insert(b_photo)
        # The office's pin linked to Y1, a youth the women's copy does not hold.
        UpdateRecord(b, PerceptionPin, office.pin.uuid, {"feeling": "safe"}).apply(b)
    UpdateRecord(store, PerceptionPin, other_pin.uuid, {"story": "She added: every evening", "scale": 5}).apply(store)
    UpdateRecord(store, Participant, office.people["W1"].uuid, {"contact": "+254 700 222 333 (new)"}).apply(store)
    UpdateRecord(store, Workshop, office.workshop.uuid, {"place": "Market hall"}).apply(store)
    return Teams(a_path, b_path, other_pin, y3, b_pin, b_point, b_proposal, b_photo)


TEAM_2_SECRETS = ("Youth story", "Y3's phone", "YOUTH-FACES", "the lamp is back")


def _catch_up(office, teams: Teams) -> None:
    """Team 1 merges the office's file and team 2's copy into its own: it takes what it may hold."""
    with ProjectStore.open(str(teams.a_path)) as a:
        results = merge_files(a, [office.store.path, str(teams.b_path)])
        assert [dict(r.plan.conflicts) for r in results] == [{}, {}]
        assert a.get(PerceptionPin, teams.b_pin.uuid).story == ""
        assert a.get(PerceptionPin, teams.b_pin.uuid).participant_uuid is None
        assert a.get(Participant, teams.y3.uuid) is None and a.get(Attachment, teams.b_photo.uuid) is None
        assert a.get(AuditPoint, teams.b_point.uuid).comment == ""
        assert a.get(PerceptionPin, office.pin.uuid).feeling == "safe"
        assert a.get(PerceptionPin, teams.other_pin.uuid).scale == 5
        assert a.get(Workshop, office.workshop.uuid).place == "Market hall"
    raw = teams.a_path.read_bytes()
    for secret in (*SECRETS, *TEAM_2_SECRETS, "She added", "+254 700 222 333"):
        assert secret.encode() not in raw, secret


def test_office_and_two_teams_round_trip(office, tmp_path):
    """Office -> copies A (women) and B (youth); the office's edits and B merged into A; A back into the
    office: every private field of the office intact, no false conflict, the team's edits in. Then B
    brings what A could not carry, without a conflict."""
    store, teams = office.store, _two_teams(office, tmp_path)
    _catch_up(office, teams)
    with ProjectStore.open(str(teams.a_path)) as a:
        # Not a record team 2 changed: the office would not know A's version came after B's (each
        # file keeps only the last version it agreed on with each other), a conflict then.
        UpdateRecord(a, PerceptionPin, teams.other_pin.uuid, {"feeling": "safe"}).apply(a)
        UpdateRecord(a, Workshop, office.workshop.uuid, {"held_on": "2024-05-04"}).apply(a)
        a_pin = add_pin(a, "Women: the stop is dark", x=36.837)
    private = private_fields(store)
    (back,) = merge_files(store, [str(teams.a_path)])
    assert dict(back.plan.conflicts) == {} and pending_conflicts(store) == []
    after = private_fields(store)
    assert {key: after[key] for key in private} == private  # every private field of the office intact
    assert store.get(PerceptionPin, a_pin.uuid).story == "Women: the stop is dark"
    pin = store.get(PerceptionPin, office.pin.uuid)
    assert (pin.feeling, pin.participant_uuid) == ("safe", office.people["Y1"].uuid)  # team 2's edit, through A
    workshop = store.get(Workshop, office.workshop.uuid)
    assert (workshop.held_on, workshop.place, workshop.facilitator) == ("2024-05-04", "Market hall", SECRETS[7])
    assert (store.get(PerceptionPin, teams.other_pin.uuid).feeling, store.get(PerceptionPin, teams.other_pin.uuid).scale,
            store.get(PerceptionPin, teams.other_pin.uuid).story) == ("safe", 5, "She added: every evening")
    assert store.get(Proposal, teams.b_proposal.uuid).title == "Youth corner"  # team 2's, through A
    assert store.get(PerceptionPin, teams.b_pin.uuid).story == ""  # A could not carry it
    # Team 2's own file then fills in what A could not carry.
    (youth,) = merge_files(store, [str(teams.b_path)])
    assert dict(youth.plan.conflicts) == {} and pending_conflicts(store) == []
    assert store.get(PerceptionPin, teams.b_pin.uuid).story == "Youth story: they stop us here"
    assert store.get(PerceptionPin, teams.b_pin.uuid).participant_uuid == teams.y3.uuid
    assert store.get(AuditPoint, teams.b_point.uuid).comment == "Youth: the lamp is back"
    assert store.get(Participant, teams.y3.uuid).contact == "Y3's phone 0799 000 111"
    assert store.get(Attachment, teams.b_photo.uuid).data == b"YOUTH-FACES" * 30
    assert store.check() == []
    _nothing_changes_again(store, teams)


def test_team_1_edits_team_2s_records_that_the_office_has_whole(office, tmp_path):
    """Team 2's copy merged into the office first: team 1's edits of team 2's records, which it holds
    cut, come back without a conflict and without emptying what team 2 wrote."""
    store, teams = office.store, _two_teams(office, tmp_path)
    merge_files(store, [str(teams.b_path)])
    _catch_up(office, teams)
    with ProjectStore.open(str(teams.a_path)) as a:
        UpdateRecord(a, PerceptionPin, teams.b_pin.uuid, {"scale": 2}).apply(a)
        UpdateRecord(a, PerceptionPin, office.pin.uuid, {"time_of_day": "night"}).apply(a)
        UpdateRecord(a, AuditPoint, teams.b_point.uuid, {"sequence": 5}).apply(a)
        UpdateRecord(a, Proposal, teams.b_proposal.uuid, {"title": "Youth corner, lit"}).apply(a)
    private = private_fields(store)
    (back,) = merge_files(store, [str(teams.a_path)])
    assert dict(back.plan.conflicts) == {} and pending_conflicts(store) == []
    after = private_fields(store)
    assert {key: after[key] for key in private} == private
    b_pin = store.get(PerceptionPin, teams.b_pin.uuid)
    assert (b_pin.scale, b_pin.story, b_pin.participant_uuid) == (2, "Youth story: they stop us here", teams.y3.uuid)
    assert store.get(AuditPoint, teams.b_point.uuid).sequence == 5
    assert store.get(AuditPoint, teams.b_point.uuid).comment == "Youth: the lamp is back"
    assert store.get(Proposal, teams.b_proposal.uuid).title == "Youth corner, lit"
    pin = store.get(PerceptionPin, office.pin.uuid)
    assert (pin.time_of_day, pin.feeling, pin.participant_uuid) == ("night", "safe", office.people["Y1"].uuid)
    _nothing_changes_again(store, teams)


def _nothing_changes_again(store: ProjectStore, teams: Teams) -> None:
    before = snapshot(store)
    for again in merge_files(store, [str(teams.a_path), str(teams.b_path)]):
        assert again.plan.count("added") + again.plan.count("updated") + again.plan.count("conflicts") == 0
    assert snapshot(store) == before


def test_a_copy_passes_on_another_teams_record_without_emptying_it(office, tmp_path):
    """Team 1 took a record from team 2's copy only (never from the office, which has it whole): its
    empty story there is "not held", never a story deleted."""
    store, teams = office.store, _two_teams(office, tmp_path)
    merge_files(store, [str(teams.b_path)])
    with ProjectStore.open(str(teams.a_path)) as a:
        merge_files(a, [str(teams.b_path)])
        UpdateRecord(a, PerceptionPin, teams.b_pin.uuid, {"scale": 1}).apply(a)
    (back,) = merge_files(store, [str(teams.a_path)])
    assert dict(back.plan.conflicts) == {} and back.plan.updated["perception_pins"] == [teams.b_pin.uuid]
    b_pin = store.get(PerceptionPin, teams.b_pin.uuid)
    assert (b_pin.scale, b_pin.story, b_pin.participant_uuid) == (1, "Youth story: they stop us here", teams.y3.uuid)


def test_a_record_the_office_changed_since_it_came_cut_is_a_conflict_not_filled_in(office, tmp_path):
    """Team 2's own version fills in only what the office holds as a copy gave it."""
    store, teams = office.store, _two_teams(office, tmp_path)
    _catch_up(office, teams)
    merge_files(store, [str(teams.a_path)])
    UpdateRecord(store, PerceptionPin, teams.b_pin.uuid, {"scale": 4}).apply(store)
    (youth,) = merge_files(store, [str(teams.b_path)])
    assert youth.plan.conflicts == {"perception_pins": [teams.b_pin.uuid]}
    assert (store.get(PerceptionPin, teams.b_pin.uuid).scale, store.get(PerceptionPin, teams.b_pin.uuid).story) == (4, "")
    (conflict,) = pending_conflicts(store)
    assert conflict.theirs.story == "Youth story: they stop us here"
