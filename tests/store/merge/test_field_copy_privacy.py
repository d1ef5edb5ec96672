"""A field copy holds what a team needs and nothing private; merging it back loses no private field.

The office (``field_copy_support``) holds everything a real project does that a lost
stick must not give away.
"""

from __future__ import annotations

import json
import os

import pytest
import shapely

from checks import validate_gpkg
from cosafe.core.edits import UpdateRecord
from cosafe.core.records import (Attachment, AuditPoint, AuditScore, AuditWalk, Group, Participant, PerceptionPin,
                                 Stakeholder, Vote, WalkParticipant, Workshop)
from cosafe.store.errors import ProjectError, ProjectOpenError
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.field_copy import find_group, make_field_copy
from cosafe.store.merge.files import merge_files, plan_merge
from cosafe.store.merge.resolve import pending_conflicts, resolve_conflict
from cosafe.store.merge.withheld import WITHHELD_KEY
from cosafe.store.project_store import ProjectStore
from field_copy_support import SECRETS, office, private_fields  # noqa: F401 (office: a fixture)
from merge_support import add_pin, add_proposal, new_project, snapshot

def test_the_copy_holds_what_the_team_needs_and_nothing_private(office, tmp_path):
    store, path = office.store, tmp_path / "team.gpkg"
    handed = make_field_copy(store, str(path), "Field team 2")
    raw = path.read_bytes()
    for secret in SECRETS:  # not in a record, a free page, or anywhere else in the file
        assert secret.encode() not in raw, secret
    assert b"FACE-IN-THE-PHOTO" not in raw and b"Girls at the stop" not in raw
    assert sorted(os.listdir(tmp_path)) == ["office.gpkg", "team.gpkg"]  # nothing left beside the project
    with ProjectStore.open(str(path), read_only=True) as copy:
        # What the team needs: the basemap (the placed paper map too), settings, workshops, groups, records.
        assert copy.suppression_threshold == 7 and copy.name == store.name
        assert copy.get(Attachment, office.paper_map.uuid).data == office.paper_map.data
        assert copy.get(Workshop, office.workshop.uuid).title == "Riverside audit"
        assert {g.name for g in copy.list(Group)} == {"Women's group", "Youth"}
        for table in ("criteria_sets", "criteria", "reason_tags", "audit_walks", "audit_points", "audit_scores",
                      "perception_pins", "proposals", "votes", "stakeholders", "basemap_layers"):
            assert copy.counts()[table] == store.counts()[table], table
        walk = copy.get(AuditWalk, office.walk.uuid)
        assert walk.geom.equals(office.walk.geom) and walk.title == "Market loop" and walk.notes == ""
        # Nothing private, and no participant when the team has no group.
        assert copy.count(Participant) == 0 and copy.count(WalkParticipant) == 0
        assert copy.get(AuditPoint, office.point.uuid).comment == ""
        assert {p.story for p in copy.list(PerceptionPin)} == {""}
        assert copy.get(PerceptionPin, office.pin.uuid).participant_uuid is None
        assert copy.get(Vote, office.vote.uuid).participant_uuid is None and copy.get(Vote, office.vote.uuid).dots == 1
        assert copy.get(Stakeholder, office.stakeholder.uuid).contact_person is None
        assert (copy.get(Workshop, office.workshop.uuid).facilitator, copy.get(Workshop, office.workshop.uuid).notes) \
            == ("", "")
        assert copy.get(Attachment, office.photo.uuid) is None
        # It says what it lacks, so a merge reads an empty field there as "not handed out".
        marker = json.loads(copy.get_meta(WITHHELD_KEY))
        assert marker["fields"]["perception_pins"] == ["participant_uuid", "story"]
        assert set(marker["records"]) == {"participants", "walk_participants", "attachments"}
        assert marker["participant_groups"] == []
        assert copy.connection.execute("SELECT count(*) FROM merge_conflicts").fetchone()[0] == 0
    assert handed.left_out == {"contacts": 3, "stories": 2, "notes": 3, "names": 1, "photos": 1, "participants": 4}
    assert handed.left_out_text() == ("Left out, and kept only in this project: 3 contacts, 2 pin stories, "
                                      "3 comments and notes, 1 facilitator's name, 1 photo and 4 participants.")
    assert handed.participants_warning() == ""
    assert validate_gpkg(path) == []


def test_the_teams_group_comes_without_contacts_and_other_groups_stay(office, tmp_path):
    path = tmp_path / "team.gpkg"
    handed = make_field_copy(office.store, str(path), "Women's team", group_uuid=office.women.uuid)
    with ProjectStore.open(str(path), read_only=True) as copy:
        assert sorted(p.code for p in copy.list(Participant)) == ["W1", "W2"]
        assert copy.get(Participant, office.people["W1"].uuid).contact is None
        assert copy.get(Participant, office.people["W1"].uuid).age_band == "18-24"
        # Who walked, and whom a vote or pin links to: only for people the copy holds.
        assert [w.participant_uuid for w in copy.list(WalkParticipant)] == [office.people["W1"].uuid]
        assert copy.get(Vote, office.vote.uuid).participant_uuid == office.people["W1"].uuid
        assert copy.get(PerceptionPin, office.pin.uuid).participant_uuid is None  # Y1 is a youth
        # It says whose participants it holds, so a merge into it takes only theirs.
        assert json.loads(copy.get_meta(WITHHELD_KEY))["participant_groups"] == [office.women.uuid]
    assert handed.left_out["participants"] == 2 and handed.left_out["contacts"] == 3
    assert handed.left_out_text().endswith("and 2 participants outside Women's group.")
    assert b"+254" not in path.read_bytes()


def test_every_groups_participants_only_when_asked_and_never_a_contact(office, tmp_path):
    path = tmp_path / "team.gpkg"
    handed = make_field_copy(office.store, str(path), "Team", all_participants=True)
    with ProjectStore.open(str(path), read_only=True) as copy:
        assert sorted(p.code for p in copy.list(Participant)) == ["N1", "W1", "W2", "Y1"]
        assert {p.contact for p in copy.list(Participant)} == {None}
        assert copy.count(WalkParticipant) == 2
        assert copy.get(PerceptionPin, office.pin.uuid).participant_uuid == office.people["Y1"].uuid
        assert json.loads(copy.get_meta(WITHHELD_KEY))["participant_groups"] == "all"
    assert "participant" not in handed.left_out_text()
    assert "who took part in every group" in handed.participants_warning()
    assert b"+254" not in path.read_bytes()


def test_hand_out_edit_in_the_field_merge_back_keeps_every_private_field(office, tmp_path):
    store, path = office.store, tmp_path / "team.gpkg"
    make_field_copy(store, str(path), "Women's team", group_uuid=office.women.uuid)
    extended = shapely.LineString([*office.walk.geom.coords, (36.822, -1.282)])
    with ProjectStore.open(str(path)) as team:
        story = add_pin(team, "Dark and no one around after 8", x=36.835)  # a new pin with its story
        UpdateRecord(team, AuditWalk, office.walk.uuid, {"geom": extended}).apply(team)  # the walk extended
        new_point = AuditPoint(walk_uuid=office.walk.uuid, sequence=1, geom=shapely.Point(36.822, -1.282),
                               comment="Broken lamp")
        team.insert(new_point)
        team.insert_many([AuditScore(point_uuid=new_point.uuid, criterion_uuid=s.criterion_uuid, score=1)
                          for s in team.list(AuditScore, "point_uuid = ?", (office.point.uuid,))])
        # Non-private fields of records whose private fields the copy lacks.
        UpdateRecord(team, PerceptionPin, office.pin.uuid, {"feeling": "safe", "scale": 4}).apply(team)
        UpdateRecord(team, AuditPoint, office.point.uuid, {"sequence": 3}).apply(team)
        UpdateRecord(team, Participant, office.people["W2"].uuid, {"age_band": "25-34"}).apply(team)
        UpdateRecord(team, Stakeholder, office.stakeholder.uuid, {"role": "Opens the market"}).apply(team)
        UpdateRecord(team, Workshop, office.workshop.uuid, {"place": "Market hall"}).apply(team)
    # Meanwhile the office writes a private field of a record the team left alone.
    other_pin = next(p for p in store.list(PerceptionPin) if p.uuid != office.pin.uuid)
    UpdateRecord(store, PerceptionPin, other_pin.uuid, {"story": "She added: every evening"}).apply(store)
    private = private_fields(store)
    (result,) = merge_files(store, [str(path)])
    assert result.plan.count("conflicts") == 0 and pending_conflicts(store) == []
    assert dict(result.plan.updated) == {
        "workshops": [office.workshop.uuid], "participants": [office.people["W2"].uuid],
        "audit_walks": [office.walk.uuid], "audit_points": [office.point.uuid],
        "perception_pins": [office.pin.uuid], "stakeholders": [office.stakeholder.uuid]}
    after = private_fields(store)
    assert {key: after[key] for key in private} == private  # every private field intact
    # The field edits arrive, and what the team wrote itself.
    assert store.get(PerceptionPin, office.pin.uuid).feeling == "safe"
    assert store.get(PerceptionPin, office.pin.uuid).story == SECRETS[3]
    assert store.get(AuditWalk, office.walk.uuid).geom.equals(extended)
    assert store.get(AuditWalk, office.walk.uuid).notes == SECRETS[6]
    assert store.get(PerceptionPin, other_pin.uuid).story == "She added: every evening"
    assert store.get(AuditPoint, office.point.uuid).sequence == 3
    assert store.get(Participant, office.people["W2"].uuid).age_band == "25-34"
    assert store.get(Stakeholder, office.stakeholder.uuid).contact_person == SECRETS[2]
    assert store.get(Workshop, office.workshop.uuid).place == "Market hall"
    assert store.get(PerceptionPin, story.uuid).story == "Dark and no one around after 8"
    assert store.get(AuditPoint, new_point.uuid).comment == "Broken lamp"
    assert store.count(Participant) == 4 and store.count(WalkParticipant) == 2 and store.get(Attachment, office.photo.uuid)
    assert store.check() == []
    # Merging the same copy again changes nothing.
    before = snapshot(store)
    (again,) = merge_files(store, [str(path)])
    assert again.plan.count("updated") + again.plan.count("added") + again.plan.count("conflicts") == 0
    assert snapshot(store) == before


def test_a_field_the_team_fills_in_is_an_edit(office, tmp_path):
    """Writing where the copy showed nothing: taken where the office had nothing, a conflict where it had."""
    store, path = office.store, tmp_path / "team.gpkg"
    quiet = AuditPoint(walk_uuid=office.walk.uuid, geom=shapely.Point(36.821, -1.28))  # no comment
    store.insert(quiet)
    make_field_copy(store, str(path), "Team")
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, AuditPoint, quiet.uuid, {"comment": "No light at all"}).apply(team)
        UpdateRecord(team, PerceptionPin, office.pin.uuid, {"story": "Written in the field"}).apply(team)
    (result,) = merge_files(store, [str(path)])
    assert store.get(AuditPoint, quiet.uuid).comment == "No light at all"
    assert result.plan.conflicts == {"perception_pins": [office.pin.uuid]}
    assert store.get(PerceptionPin, office.pin.uuid).story == SECRETS[3]  # kept until someone chooses
    (conflict,) = pending_conflicts(store)
    assert conflict.theirs.story == "Written in the field" and conflict.theirs.participant_uuid == office.people["Y1"].uuid
    resolve_conflict(store, "perception_pins", office.pin.uuid, "theirs").apply(store)
    # Keeping theirs keeps the fields the copy lacked: the pin still links to its person.
    assert store.get(PerceptionPin, office.pin.uuid).participant_uuid == office.people["Y1"].uuid


def test_a_record_changed_on_both_sides_is_a_conflict_whose_theirs_keeps_the_offices_private_fields(office, tmp_path):
    store, path = office.store, tmp_path / "team.gpkg"
    make_field_copy(store, str(path), "Team")
    with ProjectStore.open(str(path)) as team:
        UpdateRecord(team, AuditWalk, office.walk.uuid, {"title": "Market loop, extended"}).apply(team)
    UpdateRecord(store, AuditWalk, office.walk.uuid, {"notes": "Second walk planned"}).apply(store)
    (result,) = merge_files(store, [str(path)])
    assert result.plan.conflicts == {"audit_walks": [office.walk.uuid]}  # both edited it: a real conflict
    (conflict,) = pending_conflicts(store)
    assert (conflict.theirs.title, conflict.theirs.notes) == ("Market loop, extended", "Second walk planned")
    resolve_conflict(store, "audit_walks", office.walk.uuid, "theirs").apply(store)
    walk = store.get(AuditWalk, office.walk.uuid)
    assert (walk.title, walk.notes) == ("Market loop, extended", "Second walk planned")
    (again,) = merge_files(store, [str(path)])
    assert again.plan.count("conflicts") == 0 and again.plan.count("updated") == 0


def test_the_office_merged_into_a_copy_brings_no_private_field_of_a_record_it_holds(office, tmp_path):
    store, path = office.store, tmp_path / "team.gpkg"
    make_field_copy(store, str(path), "Team")
    UpdateRecord(store, PerceptionPin, office.pin.uuid, {"scale": 2, "story": "More detail from the office"}).apply(store)
    with ProjectStore.open(str(path)) as team:
        (result,) = merge_files(team, [store.path])  # catching up with the office
        assert result.plan.count("conflicts") == 0
        pin = team.get(PerceptionPin, office.pin.uuid)
        assert pin.scale == 2 and pin.story == "" and pin.participant_uuid is None
        assert team.get(AuditPoint, office.point.uuid).comment == ""
        assert team.get(Stakeholder, office.stakeholder.uuid).contact_person is None
        UpdateRecord(team, AuditPoint, office.point.uuid, {"sequence": 5}).apply(team)
    (back,) = merge_files(store, [str(path)])
    assert back.plan.count("conflicts") == 0 and store.get(AuditPoint, office.point.uuid).comment == SECRETS[5]
    assert store.get(PerceptionPin, office.pin.uuid).story == "More detail from the office"


def test_two_teams_copies_merge_with_each_other_without_false_conflicts(office, tmp_path):
    one, two = tmp_path / "one.gpkg", tmp_path / "two.gpkg"
    make_field_copy(office.store, str(one), "Team 1")
    make_field_copy(office.store, str(two), "Team 2")
    with ProjectStore.open(str(one)) as team:
        UpdateRecord(team, PerceptionPin, office.pin.uuid, {"feeling": "safe"}).apply(team)
    with ProjectStore.open(str(two)) as team:
        (result,) = merge_files(team, [str(one)])
        assert result.plan.count("conflicts") == 0 and result.plan.updated == {"perception_pins": [office.pin.uuid]}
    results = merge_files(office.store, [str(one), str(two)])
    assert [r.plan.count("conflicts") for r in results] == [0, 0]
    assert office.store.get(PerceptionPin, office.pin.uuid).story == SECRETS[3]


def test_a_copy_whose_list_of_what_it_lacks_is_damaged_is_refused_in_one_line(office, tmp_path):
    path = tmp_path / "team.gpkg"
    make_field_copy(office.store, str(path), "Team")
    with ProjectStore.open(str(path)) as team:
        team.set_meta_values({WITHHELD_KEY: "{not json"})
    with pytest.raises(ProjectOpenError, match="team.gpkg is damaged: the list of what its field copy left out"):
        plan_merge(office.store, str(path))


def test_the_teams_group_is_found_by_its_name(office, tmp_path):
    store = office.store
    assert find_group(store, " women's   GROUP ").uuid == office.women.uuid
    assert find_group(store, office.youth.uuid).uuid == office.youth.uuid
    other = Workshop(title="Night walk")
    store.insert(other)
    store.insert(Group(workshop_uuid=other.uuid, name="Youth"))
    with pytest.raises(ProjectError, match="Several workshops have a group called “Youth”; name it with its workshop"):
        find_group(store, "Youth")
    assert find_group(store, "Riverside audit / Youth").uuid == office.youth.uuid
    with pytest.raises(ProjectError, match="No group is called “Elders”; the groups are"):
        find_group(store, "Elders")
    with pytest.raises(ProjectError, match="no longer in the project"):
        make_field_copy(store, str(tmp_path / "team.gpkg"), "Team", group_uuid="no-such-group")
    assert not (tmp_path / "team.gpkg").exists()


def test_copy_rows_hash_as_the_office_agreed(office, tmp_path):
    """Both sides record the copy's rows (without the withheld fields) as what they agree on."""
    path = tmp_path / "team.gpkg"
    handed = make_field_copy(office.store, str(path), "Team")
    with ProjectStore.open(str(path), read_only=True) as copy:
        held = merge_rows.table_hashes(copy.connection, PerceptionPin)
        bases = dict(copy.connection.execute(
            "SELECT record_uuid, row_hash FROM merge_base WHERE peer_device_id = ? AND table_name = 'perception_pins'",
            (office.store.device_id,)).fetchall())
    office_bases = dict(office.store.connection.execute(
        "SELECT record_uuid, row_hash FROM merge_base WHERE peer_device_id = ? AND table_name = 'perception_pins'",
        (handed.device_id,)).fetchall())
    assert held == bases == office_bases


def test_a_dry_run_of_several_files_plans_what_the_merge_does(office, tmp_path):
    """A record an earlier file adds is in no file during a dry run; a later copy holding it still plans."""
    older, team = tmp_path / "older.gpkg", tmp_path / "team.gpkg"
    make_field_copy(office.store, str(older), "Older team")
    make_field_copy(office.store, str(team), "Team")
    with ProjectStore.open(str(older)) as copy:
        copy.set_meta_values({WITHHELD_KEY: None})  # as a copy an older CoSafe made, which says nothing
        add_pin(copy, "Seen from the bus stop", x=36.836)
    with ProjectStore.open(str(team)) as copy:
        merge_files(copy, [str(older)])
    dry = merge_files(office.store, [str(older), str(team)], dry_run=True)
    real = merge_files(office.store, [str(older), str(team)])
    assert [r.plan.counts() for r in dry] == [r.plan.counts() for r in real]
    assert real[1].plan.count("conflicts") == 0


def test_a_project_with_nothing_private_says_so(tmp_path):
    with new_project(tmp_path / "office.gpkg") as store:
        add_proposal(store, "Light the underpass")
        handed = make_field_copy(store, str(tmp_path / "team.gpkg"), "Team")
    assert handed.left_out_text() == ("Left out: nothing, since the project holds no contact, story, comment, note, "
                                      "name or photo and no participant.")
