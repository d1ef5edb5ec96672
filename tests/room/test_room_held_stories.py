"""A story sent from a phone is held for the facilitator, and the answer says so; an idea keeps its participant."""

from __future__ import annotations

from starlette.testclient import TestClient

from cosafe.core.records import Participant, PerceptionPin, Proposal
from cosafe.core.stories import PENDING
from room_support import ANSWERS, INSIDE, make_room_project, open_room


def test_a_story_awaits_approval_a_pin_without_one_needs_none_and_an_idea_names_its_participant(tmp_path):
    path = tmp_path / "room.gpkg"
    make_room_project(path)
    with open_room(path) as (room, store):
        client = TestClient(room.asgi)
        group = client.get("/api/form", params={"code": room.code}).json()["groups"][0]["id"]
        token = client.post("/api/join", json={"code": room.code, "group": group, "answers": ANSWERS,
                                               "consent": True}).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        pin = {"lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe", "time_of_day": "night"}
        with_story = client.post("/api/pins", headers=auth, json={**pin, "story": "Dark after the market"})
        without = client.post("/api/pins", headers=auth, json={**pin, "story": "   "})
        idea = client.post("/api/ideas", headers=auth, json={"geometry": {"type": "Point", "coordinates": list(INSIDE)},
                                                              "title": "Lamp", "principle": "natural_surveillance",
                                                              "intervention": "street_lighting"})
        assert with_story.status_code == 201 and with_story.json()["story_awaits_approval"] is True
        assert without.status_code == 201 and "story_awaits_approval" not in without.json()
        person = store.list(Participant)[0]
        assert store.get(PerceptionPin, with_story.json()["id"]).story_review == PENDING
        assert store.get(PerceptionPin, without.json()["id"]).story_review is None
        assert store.get(Proposal, idea.json()["id"]).participant_uuid == person.uuid
