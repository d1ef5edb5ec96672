"""What the room stores is what the desktop stores: merges carry it, exports write it, the public export hides it."""

from __future__ import annotations

import csv
import shutil

from starlette.testclient import TestClient

from cosafe.core.records import Participant, PerceptionPin, Proposal, Vote
from cosafe.io.export import export_project
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from room_support import ANSWERS, INSIDE, make_room_project, open_room


def _contribute(path) -> dict[str, str]:
    """Join, pin, idea and vote through the API; the ids made."""
    with open_room(path) as (room, store):
        client = TestClient(room.asgi)
        workshop_group = client.get("/api/form", params={"code": room.code}).json()["groups"][0]["id"]
        joined = client.post("/api/join", json={"code": room.code, "group": workshop_group, "answers": ANSWERS,
                                                "consent": True}).json()
        token = {"Authorization": f"Bearer {joined['token']}"}
        pin = client.post("/api/pins", headers=token, json={"lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe",
                                                            "reason_tags": ["harassment"], "time_of_day": "dusk",
                                                            "story": "Men wait at the corner"}).json()
        idea = client.post("/api/ideas", headers=token, json={
            "geometry": {"type": "Point", "coordinates": list(INSIDE)}, "title": "Lamp at the corner",
            "principle": "natural_surveillance", "intervention": "street_lighting"}).json()
        vote = client.post("/api/votes", headers=token, json={"proposal": idea["id"]}).json()
    return {"pin": pin["id"], "idea": idea["id"], "vote": vote["id"]}


def test_a_merge_carries_the_room_s_records_like_any_other(tmp_path):
    room_file = tmp_path / "room.gpkg"
    make_room_project(room_file)
    office = tmp_path / "office.gpkg"
    shutil.copy(room_file, office)  # the office's copy from before the workshop
    made = _contribute(room_file)
    with ProjectStore.open(str(room_file), read_only=True) as source:
        expected = {kind: source.list(kind) for kind in (Participant, PerceptionPin, Proposal, Vote)}
    with ProjectStore.open(str(office)) as target:
        (result,) = merge_files(target, [str(room_file)])
        assert result.written and not result.plan.conflicts
        for kind, records in expected.items():
            assert target.list(kind) == records
        assert target.get(PerceptionPin, made["pin"]).story == "Men wait at the corner"
        assert target.get(Vote, made["vote"]).proposal_uuid == made["idea"]


def _rows(folder, table):
    with open(folder / f"{table}.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_exports_write_the_room_s_records_and_the_public_one_hides_them_as_it_hides_any(tmp_path):
    path = tmp_path / "room.gpkg"
    make_room_project(path)
    made = _contribute(path)
    with ProjectStore.open(str(path), read_only=True) as store:
        export_project(store, str(tmp_path / "full"), "csv")
        export_project(store, str(tmp_path / "public"), "csv", public=True)
    (pin,) = _rows(tmp_path / "full", "perception_pins")
    assert pin["uuid"] == made["pin"] and pin["story"] == "Men wait at the corner" and pin["participant_uuid"]
    assert [p["code"] for p in _rows(tmp_path / "full", "participants")] == ["P01"]
    assert made["idea"] in {p["uuid"] for p in _rows(tmp_path / "full", "proposals")}
    (public_pin,) = _rows(tmp_path / "public", "perception_pins")
    assert public_pin["story"] == "" and public_pin["participant_uuid"] == ""
    assert not (tmp_path / "public" / "participants.csv").exists()
