"""The office of the field-copy privacy tests: a project holding everything a lost stick must not give away.

Participants' contacts, a stakeholder's contact person, pin stories, audit comments,
walk and workshop notes, the facilitator's name, a photo, two groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import (Attachment, AuditPoint, AuditWalk, BasemapLayer, Group, Participant, PerceptionPin,
                                 Stakeholder, Vote, WalkParticipant, Workshop)
from cosafe.store.merge.field_copy import WITHHELD_FIELDS
from cosafe.store.project_store import ProjectStore
from merge_support import add_pin, add_proposal, add_walk, new_project

SECRETS = ("+254 700 111 222 (mother)", "+254 733 999 000", "Grace, chair of the traders (0711 555 444)",
           "He follows me home from the stop", "A man grabbed me by the kiosk", "The guard sleeps here",
           "Two girls said they avoid it after dark", "Facilitated by Amina W.", "Late start, rain")


@dataclass
class Office:
    store: ProjectStore
    workshop: Workshop
    women: Group
    youth: Group
    people: dict[str, Participant]  # code -> participant
    walk: AuditWalk
    point: AuditPoint
    pin: PerceptionPin
    stakeholder: Stakeholder
    vote: Vote
    photo: Attachment
    paper_map: Attachment


@pytest.fixture
def office(tmp_path: Path):
    """The office project (open, writable), built in ``tmp_path``."""
    store = new_project(tmp_path / "office.gpkg")
    workshop = Workshop(title="Riverside audit", facilitator=SECRETS[7], notes=SECRETS[8])
    women = Group(workshop_uuid=workshop.uuid, name="Women's group")
    youth = Group(workshop_uuid=workshop.uuid, name="Youth")
    people = {
        "W1": Participant(workshop_uuid=workshop.uuid, group_uuid=women.uuid, code="W1", gender="woman",
                          age_band="18-24", contact=SECRETS[0]),
        "W2": Participant(workshop_uuid=workshop.uuid, group_uuid=women.uuid, code="W2", gender="woman"),
        "Y1": Participant(workshop_uuid=workshop.uuid, group_uuid=youth.uuid, code="Y1", gender="man",
                          contact=SECRETS[1]),
        "N1": Participant(workshop_uuid=workshop.uuid, code="N1"),  # in no group
    }
    for record in (workshop, women, youth, *people.values()):
        store.insert(record)
    walk = add_walk(store, "Market loop")
    UpdateRecord(store, AuditWalk, walk.uuid, {"notes": SECRETS[6], "workshop_uuid": workshop.uuid,
                                               "group_uuid": women.uuid}).apply(store)
    point = store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,))[0]
    UpdateRecord(store, AuditPoint, point.uuid, {"comment": SECRETS[5]}).apply(store)
    store.insert_many([WalkParticipant(walk_uuid=walk.uuid, participant_uuid=people[c].uuid) for c in ("W1", "Y1")])
    pin = add_pin(store, SECRETS[3])
    UpdateRecord(store, PerceptionPin, pin.uuid, {"participant_uuid": people["Y1"].uuid,
                                                  "workshop_uuid": workshop.uuid}).apply(store)
    add_pin(store, SECRETS[4], x=36.831)
    stakeholder = Stakeholder(name="Traders' association", sector="business", contact_person=SECRETS[2])
    store.insert(stakeholder)
    proposal = add_proposal(store, "Light the underpass")
    vote = Vote(workshop_uuid=workshop.uuid, proposal_uuid=proposal.uuid, participant_uuid=people["W1"].uuid)
    store.insert(vote)
    photo = Attachment(owner_table="audit_points", owner_uuid=point.uuid, filename="photo.jpg",
                       mime_type="image/jpeg", data=b"FACE-IN-THE-PHOTO" * 20, caption="Girls at the stop")
    store.insert(photo)
    layer = BasemapLayer(name="Paper map", kind="image")
    store.insert(layer)
    paper_map = Attachment(owner_table="basemap_layers", owner_uuid=layer.uuid, filename="paper-map.png",
                           mime_type="image/png", data=b"PAPER-MAP" * 20)
    store.insert(paper_map)
    store.set_meta_values({"suppression_threshold": "7"})
    yield Office(store, workshop, women, youth, {p.code: p for p in store.list(Participant)},
                 store.get(AuditWalk, walk.uuid), store.get(AuditPoint, point.uuid), store.get(PerceptionPin, pin.uuid),
                 stakeholder, vote, photo, paper_map)
    store.close()


def private_fields(store: ProjectStore) -> dict[tuple[str, str], tuple]:
    """(table, uuid) -> the values of its withheld fields, for every record that has any."""
    found = {}
    for table, names in WITHHELD_FIELDS.items():
        for row in store.connection.execute(f'SELECT uuid, {", ".join(names)} FROM "{table}"'):
            found[(table, row[0])] = row[1:]
    return found
