"""The room's JSON API through Starlette's TestClient: every endpoint, every refusal, what is stored."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from cosafe.core.records import Participant, PerceptionPin, Proposal, Vote
from cosafe.core.workshops import delete_participants_edit
from cosafe.room.app import SECURITY_HEADERS
from cosafe.room.limits import RoomLimits
from map_files import png_tile
from room_support import ANSWERS, INSIDE, OUTSIDE, TILE, make_room_project, open_room


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "room.gpkg"
    return path, make_room_project(path)


@pytest.fixture
def room(project):
    path, ids = project
    with open_room(path) as (opened, store):
        client = TestClient(opened.asgi)
        yield opened, store, client, ids


def join(client, room_app, ids, **changes) -> dict:
    body = {"code": room_app.code, "group": ids["group_a"], "answers": dict(ANSWERS), "consent": True, **changes}
    response = client.post("/api/join", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def bearer(joined: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {joined['token']}"}


def counts(store) -> tuple[int, int, int, int]:
    return (store.count(Participant), store.count(PerceptionPin), store.count(Proposal), store.count(Vote))


def test_the_form_lists_the_workshop_s_choices_in_the_room_s_language(room):
    room_app, store, client, ids = room
    form = client.get("/api/form", params={"code": room_app.code.lower()}).json()  # a code typed in lower case
    assert form["groups"] == [{"id": ids["group_a"], "name": "Women traders"}, {"id": ids["group_b"], "name": "Youth"}]
    assert [q["key"] for q in form["questions"]] == ["gender", "age_band", "role"]
    assert {"value": "woman", "label": "Woman"} in form["questions"][0]["choices"]
    assert {"value": "poor_lighting", "label": "Poor lighting"} in form["reason_tags"]
    assert [t["value"] for t in form["times_of_day"]] == ["day", "dusk", "night"]
    assert {"value": "natural_surveillance", "label": "Natural surveillance"} in form["principles"]
    assert {"value": "street_lighting", "label": "Street lighting"} in form["interventions"]
    assert form["votes_per_participant"] == 3
    assert form["bounds"] == [-122.32, 37.84, -122.30, 37.86]
    assert form["tile_zooms"] == [TILE[0]]
    assert form["language"] == "en" and form["direction"] == "ltr"


def test_join_signs_a_participant_in_as_the_sign_in_sheet_does(room):
    room_app, store, client, ids = room
    first = join(client, room_app, ids)
    second = join(client, room_app, ids, group=ids["group_b"], answers={"gender": "man", "age_band": "60_plus",
                                                                         "role": "resident"})
    assert (first["participant_code"], second["participant_code"]) == ("P01", "P02")
    assert first["token"] != second["token"] and len(first["token"]) >= 40
    people = {p.code: p for p in store.list(Participant)}
    assert set(people) == {"P01", "P02"}
    person = people["P01"]
    assert (person.workshop_uuid, person.group_uuid, person.gender, person.age_band, person.role,
            person.consent_given, person.contact) == (ids["workshop"], ids["group_a"], "woman", "15_24", "trader",
                                                      True, None)
    assert person.device_id == store.device_id
    assert room_app.tokens.holder(first["token"]).participant_uuid == person.uuid


@pytest.mark.parametrize("change, words", [
    ({"code": "WRONG1"}, "room code"),
    ({"code": None}, "room code"),
    ({"group": "not-a-group"}, "“group” must be one of"),
    ({"answers": {"gender": "woman", "age_band": "15_24"}}, "“role” is missing"),
    ({"answers": {**ANSWERS, "gender": "female"}}, "“gender” must be one of"),
    ({"answers": {**ANSWERS, "name": "Amina"}}, "Unknown field “name”"),
    ({"answers": "woman"}, "“answers” must be a JSON object"),
    ({"consent": False}, "consent"),
    ({"consent": "yes"}, "“consent” must be true or false"),
    ({"name": "Amina"}, "Unknown field “name”"),
])
def test_a_bad_join_is_refused_and_stores_nothing(room, change, words):
    room_app, store, client, ids = room
    body = {"code": room_app.code, "group": ids["group_a"], "answers": dict(ANSWERS), "consent": True, **change}
    if change.get("code", "") is None:
        del body["code"]
    response = client.post("/api/join", json=body)
    assert response.status_code == (403 if "code" in change else 400)
    assert words in response.json()["error"]
    assert counts(store) == (0, 0, 1, 0)


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400), (b"[1, 2]", 400), (b"\xff\xfe", 400), (b"", 400),
])
def test_bodies_that_are_no_json_object_are_refused(room, body, status):
    room_app, store, client, ids = room
    response = client.post("/api/join", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    assert response.json()["error"] in ("The request body is not JSON.", "The request body must be a JSON object.")
    assert counts(store) == (0, 0, 1, 0)


def test_a_pin_is_stored_as_the_desktop_stores_one(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    response = client.post("/api/pins", headers=bearer(joined), json={
        "lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe", "reason_tags": ["poor_lighting", "isolated"],
        "time_of_day": "night", "story": "  The lane is dark after the market closes.  "})
    assert response.status_code == 201, response.text
    pin = store.get(PerceptionPin, response.json()["id"])
    person = store.list(Participant)[0]
    assert (pin.geom.x, pin.geom.y) == INSIDE
    assert (pin.workshop_uuid, pin.group_uuid, pin.participant_uuid) == (ids["workshop"], ids["group_a"], person.uuid)
    assert (pin.feeling, pin.reason_tags, pin.time_of_day, pin.story) == (
        "unsafe", ["poor_lighting", "isolated"], "night", "The lane is dark after the market closes.")
    assert pin.device_id == store.device_id and pin.scale is None
    # reason tags and story may be left out
    bare = client.post("/api/pins", headers=bearer(joined), json={"lon": INSIDE[0], "lat": INSIDE[1],
                                                                   "feeling": "safe", "time_of_day": "day"})
    assert bare.status_code == 201
    assert store.get(PerceptionPin, bare.json()["id"]).reason_tags == []


@pytest.mark.parametrize("change, words", [
    ({"lon": OUTSIDE[0], "lat": OUTSIDE[1]}, "outside the workshop's area"),
    ({"lat": True}, "“lat” must be a number"),
    ({"lon": "-122.3"}, "“lon” must be a number"),
    ({"feeling": "scared"}, "“feeling” must be one of: safe, unsafe"),
    ({"reason_tags": ["made_up"]}, "“reason_tags” must be a list"),
    ({"reason_tags": ["isolated", "isolated"]}, "“reason_tags” must be a list"),
    ({"reason_tags": "isolated"}, "“reason_tags” must be a list"),
    ({"time_of_day": "noon"}, "“time_of_day” must be one of: day, dusk, night"),
    ({"story": "x" * 1001}, "at most 1,000 characters"),
    ({"story": "hidden\u202etext"}, "“story” must be text"),
    ({"story": 5}, "“story” must be text"),
    ({"participant_uuid": "someone-else"}, "Unknown field “participant_uuid”"),
])
def test_a_bad_pin_is_refused_and_stores_nothing(room, change, words):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    body = {"lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe", "time_of_day": "night", **change}
    response = client.post("/api/pins", headers=bearer(joined), json=body)
    assert response.status_code == 400
    assert words in response.json()["error"]
    assert counts(store) == (1, 0, 1, 0)


def test_a_coordinate_that_is_not_a_number_is_refused(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    body = b'{"lon": NaN, "lat": 37.85, "feeling": "safe", "time_of_day": "day"}'  # Python's json reads NaN
    response = client.post("/api/pins", headers=bearer(joined), content=body)
    assert response.status_code == 400 and "“lon” must be a number" in response.json()["error"]
    assert store.count(PerceptionPin) == 0


def test_ideas_are_proposals_of_the_workshop_and_the_participant_s_group(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids, group=ids["group_b"])
    point = client.post("/api/ideas", headers=bearer(joined), json={
        "geometry": {"type": "Point", "coordinates": list(INSIDE)}, "title": "A toilet by the stop",
        "principle": "activity_support", "intervention": "public_toilets"})
    line = client.post("/api/ideas", headers=bearer(joined), json={
        "geometry": {"type": "LineString", "coordinates": [[-122.311, 37.85], [-122.309, 37.851]]},
        "title": "Lights along the lane", "principle": "natural_surveillance", "intervention": "street_lighting",
        "description": "From the stop to the market"})
    assert point.status_code == line.status_code == 201
    made = store.get(Proposal, point.json()["id"])
    assert made.geom.geom_type == "Point" and (made.geom.x, made.geom.y) == INSIDE
    assert (made.workshop_uuid, made.group_uuid, made.title, made.cpted_principle, made.intervention_type,
            made.status) == (ids["workshop"], ids["group_b"], "A toilet by the stop", "activity_support",
                             "public_toilets", "proposed")
    drawn = store.get(Proposal, line.json()["id"])
    assert drawn.geom.geom_type == "LineString" and drawn.description == "From the stop to the market"


@pytest.mark.parametrize("change, words", [
    ({"geometry": {"type": "Polygon", "coordinates": [[[-122.31, 37.85], [-122.305, 37.85], [-122.31, 37.855]]]}},
     "“geometry” must be a GeoJSON point or a line"),
    ({"geometry": {"type": "LineString", "coordinates": [[-122.31, 37.85]]}}, "“geometry” must be"),
    ({"geometry": {"type": "LineString", "coordinates": [[-122.31, 37.85]] * 2}}, "“geometry” must be"),
    ({"geometry": {"type": "LineString", "coordinates": [[-122.315 + i / 1e4, 37.85] for i in range(51)]}},
     "“geometry” must be"),
    ({"geometry": {"type": "Point", "coordinates": list(OUTSIDE)}}, "outside the workshop's area"),
    ({"geometry": {"type": "Point", "coordinates": [-122.31, 37.85], "crs": "EPSG:3857"}}, "“geometry” must be"),
    ({"title": "   "}, "“title” must not be empty"),
    ({"title": "t" * 121}, "at most 120 characters"),
    ({"principle": "cctv"}, "“principle” must be one of"),
    ({"intervention": None}, "“intervention” must be one of"),
])
def test_a_bad_idea_is_refused_and_stores_nothing(room, change, words):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    body = {"geometry": {"type": "Point", "coordinates": list(INSIDE)}, "title": "Lights",
            "principle": "natural_surveillance", "intervention": "street_lighting", **change}
    response = client.post("/api/ideas", headers=bearer(joined), json=body)
    assert response.status_code == 400
    assert words in response.json()["error"]
    assert counts(store) == (1, 0, 1, 0)


def test_votes_keep_to_the_workshop_s_budget_409_past_it(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    other = join(client, room_app, ids, group=ids["group_b"])
    left = [client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]}) for _ in range(3)]
    assert [r.status_code for r in left] == [201, 201, 201]
    assert [r.json()["dots_left"] for r in left] == [2, 1, 0]
    over = client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]})
    assert over.status_code == 409
    assert over.json() == {"error": "Only 0 of 3 dots left for this voter", "dots_left": 0}
    assert store.count(Vote) == 3
    # another participant's budget is their own
    assert client.post("/api/votes", headers=bearer(other), json={"proposal": ids["proposal"]}).status_code == 201
    person = next(p for p in store.list(Participant) if p.code == "P01")
    votes = store.list(Vote, "participant_uuid = ?", (person.uuid,))
    assert {(v.workshop_uuid, v.proposal_uuid, v.group_uuid, v.dots) for v in votes} == {
        (ids["workshop"], ids["proposal"], ids["group_a"], 1)}
    assert client.get("/api/me", headers=bearer(joined)).json() == {
        "participant_code": "P01", "votes_per_participant": 3, "dots_left": 0}


@pytest.mark.parametrize("proposal", ["no-such-proposal", 7, None])
def test_a_vote_on_no_proposal_of_the_workshop_is_refused(room, proposal):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    response = client.post("/api/votes", headers=bearer(joined), json={"proposal": proposal})
    assert response.status_code == 400 and "“proposal” must be the id" in response.json()["error"]
    assert store.count(Vote) == 0


def test_proposals_show_what_the_projector_shows_and_only_the_reader_s_own_dots(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    other = join(client, room_app, ids)
    client.post("/api/votes", headers=bearer(other), json={"proposal": ids["proposal"]})
    client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]})
    client.post("/api/ideas", headers=bearer(joined), json={
        "geometry": {"type": "Point", "coordinates": list(INSIDE)}, "title": "Seats", "principle": "activity_support",
        "intervention": "seating_shade"})
    listed = client.get("/api/proposals", headers=bearer(joined)).json()
    assert [p["title"] for p in listed] == ["Light the market lane", "Seats"]
    first = listed[0]
    assert set(first) == {"id", "number", "title", "principle", "principle_label", "intervention",
                          "intervention_label", "geometry", "my_dots"}
    assert (first["id"], first["number"], first["my_dots"]) == (ids["proposal"], 1, 1)
    assert first["geometry"] == {"type": "Point", "coordinates": list(INSIDE)}
    assert first["principle_label"] == "Natural surveillance"
    assert "Someone's private note" not in json.dumps(listed)  # a description is not shown on the projector


def test_requests_without_a_valid_token_are_refused(room):
    room_app, store, client, ids = room
    body = {"lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe", "time_of_day": "night"}
    missing = client.post("/api/pins", json=body)
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"] == "Bearer"
    assert "Join the room first" in missing.json()["error"]
    wrong = client.post("/api/pins", json=body, headers={"Authorization": "Bearer made-up-token"})
    assert wrong.status_code == 401 and "not valid" in wrong.json()["error"]
    basic = client.get("/api/proposals", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert basic.status_code == 401
    assert counts(store) == (0, 0, 1, 0)


def test_a_removed_participant_s_token_ends(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    person = store.list(Participant)[0]
    delete_participants_edit(store, [person], "Remove P01").apply(store)
    response = client.post("/api/pins", headers=bearer(joined), json={
        "lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe", "time_of_day": "night"})
    assert response.status_code == 401
    assert room_app.tokens.holder(joined["token"]) is None
    assert store.count(PerceptionPin) == 0


def test_a_deleted_workshop_closes_the_room(room):
    from cosafe.core.records import Workshop
    from cosafe.core.workshops import delete_workshop_edit

    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    delete_workshop_edit(store, store.get(Workshop, ids["workshop"])).apply(store)
    for response in (client.get("/api/form", params={"code": room_app.code}),
                     client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]}),
                     client.post("/api/join", json={"code": room_app.code, "answers": ANSWERS, "consent": True})):
        assert response.status_code == 503 and response.json() == {"error": "The room is closed."}
    assert store.count(Participant) == 0 and store.count(Vote) == 0


def test_tokens_end_when_the_room_closes(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    room_app.close()
    assert room_app.tokens.holder(joined["token"]) is None
    response = client.get("/api/proposals", headers=bearer(joined))
    assert response.status_code == 503 and response.json() == {"error": "The room is closed."}
    assert client.get("/api/form", params={"code": room_app.code}).status_code == 503


def test_a_paused_room_takes_no_writes_and_still_answers_reads(room):
    room_app, store, client, ids = room
    joined = join(client, room_app, ids)
    room_app.pause()
    response = client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]})
    assert response.status_code == 503 and "paused" in response.json()["error"]
    assert client.get("/api/proposals", headers=bearer(joined)).status_code == 200
    room_app.resume()
    assert client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]}).status_code == 201


def test_oversized_bodies_are_refused_declared_or_streamed(project):
    path, ids = project
    with open_room(path, RoomLimits(body_bytes=2000)) as (room_app, store):
        client = TestClient(room_app.asgi)
        body = {"code": room_app.code, "group": ids["group_a"], "answers": ANSWERS, "consent": True,
                "padding": "x" * 3000}
        declared = client.post("/api/join", json=body)
        assert declared.status_code == 413
        assert declared.json() == {"error": "The request is too large: at most 2,000 bytes."}

        def chunks():  # no Content-Length: sent in chunks
            data = json.dumps(body).encode()
            for start in range(0, len(data), 500):
                yield data[start:start + 500]

        streamed = client.post("/api/join", content=chunks())
        assert streamed.status_code == 413
        assert store.count(Participant) == 0


def test_each_device_has_its_own_rate_limit(project):
    path, ids = project
    limits = RoomLimits(api_burst=3, api_per_second=0, join_burst=2, join_per_second=0, tile_burst=2,
                        tile_per_second=0)
    with open_room(path, limits) as (room_app, store):
        phone = TestClient(room_app.asgi, client=("192.168.4.20", 50000))
        other = TestClient(room_app.asgi, client=("192.168.4.21", 50000))
        statuses = [phone.get("/api/form", params={"code": room_app.code}).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        refused = phone.get("/api/form", params={"code": room_app.code})
        assert refused.headers["Retry-After"] == "3600"
        assert refused.json()["error"].startswith("Too many requests from this device")
        assert other.get("/api/form", params={"code": room_app.code}).status_code == 200
        # joins have their own, smaller limit per address; a joined phone's requests count against its token
        joined = [other.post("/api/join", json={"code": room_app.code, "group": ids["group_a"], "answers": ANSWERS,
                                                 "consent": True}) for _ in range(3)]
        assert [r.status_code for r in joined] == [201, 201, 429]
        assert store.count(Participant) == 2
        token = bearer(joined[0].json())
        assert [other.get("/api/me", headers=token).status_code for _ in range(4)] == [200, 200, 200, 429]
        # tiles too
        z, x, y = TILE
        assert [phone.get(f"/tiles/{z}/{x}/{y}.png", params={"code": room_app.code}).status_code
                for _ in range(3)] == [200, 200, 429]


def test_tiles_come_from_the_stored_raster_basemap(room):
    room_app, store, client, ids = room
    z, x, y = TILE
    tile = client.get(f"/tiles/{z}/{x}/{y}.png", params={"code": room_app.code})
    assert tile.status_code == 200 and tile.headers["content-type"] == "image/png"
    assert tile.content == png_tile((x % 256, 20110 % 256, 100))  # the MBTiles file's tile (TMS row 20110)
    joined = join(client, room_app, ids)
    assert client.get(f"/tiles/{z}/{x}/{y}.png", headers=bearer(joined)).content == tile.content
    assert client.get(f"/tiles/{z}/{x}/{y}.png").status_code == 403
    missing = client.get(f"/tiles/{z}/{x + 5}/{y}.png", params={"code": room_app.code})
    assert missing.status_code == 404 and missing.json() == {"error": "The basemap has no tile here."}
    assert client.get(f"/tiles/{z}/{1 << z}/{y}.png", params={"code": room_app.code}).status_code == 404
    assert client.get("/tiles/99/0/0.png", params={"code": room_app.code}).status_code == 404


def test_every_response_carries_the_security_headers(room):
    room_app, store, client, ids = room
    responses = [
        client.get("/api/form", params={"code": room_app.code}),
        client.get("/api/form"),
        client.post("/api/pins", json={}),
        client.get("/no/such/page"),
        client.get("/api/join"),
        client.get(f"/tiles/{TILE[0]}/{TILE[1]}/{TILE[2]}.png", params={"code": room_app.code}),
    ]
    assert [r.status_code for r in responses] == [200, 403, 401, 404, 405, 200]
    for response in responses:
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (response.url, name)
        assert "server" not in response.headers
    assert responses[3].json() == {"error": "There is no such page in the room."}
    assert responses[4].json() == {"error": "This address does not take that kind of request."}


def test_a_request_for_another_host_name_is_refused(project):
    path, ids = project
    with open_room(path, allowed_host="192.168.4.1") as (room_app, store):
        rebound = TestClient(room_app.asgi, base_url="http://evil.example")
        response = rebound.get("/api/form", params={"code": room_app.code})
        assert response.status_code == 400 and response.json() == {"error": "This address is not the room's."}
        assert response.headers["X-Frame-Options"] == "DENY"
        right = TestClient(room_app.asgi, base_url="http://192.168.4.1:8765")
        assert right.get("/api/form", params={"code": room_app.code}).status_code == 200


def test_phones_hear_the_room_s_language(project):
    from cosafe.catalogues import translator_for

    path, ids = project
    with open_room(path, language="es", translator=translator_for("es")) as (room_app, store):
        client = TestClient(room_app.asgi)
        form = client.get("/api/form", params={"code": room_app.code}).json()
        assert form["language"] == "es"
        assert form["questions"][0]["label"] == "Género"
        assert {"value": "woman", "label": "Mujer"} in form["questions"][0]["choices"]
        joined = join(client, room_app, ids)
        refused = client.post("/api/pins", headers=bearer(joined), json={
            "lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe", "time_of_day": "night", "story": "x" * 1001})
        assert refused.json() == {"error": "«story» debe ser un texto de 1.000 caracteres como máximo."}
        for _ in range(3):
            client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]})
        over = client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]})
        assert over.status_code == 409 and over.json()["error"] == "A esta persona solo le quedan 0 de 3 puntos"  # core.voting, in the store thread
        assert client.get("/api/nothing").json() == {"error": "Esa página no existe en la sala."}


def test_simultaneous_requests_neither_overspend_nor_share_a_code(project):
    """Twenty dots sent at once for a budget of three, and ten joins at once: the one writer decides in turn."""
    import asyncio

    import httpx2

    path, ids = project
    limits = RoomLimits(api_burst=100, join_burst=100)
    with open_room(path, limits) as (room_app, store):
        async def run() -> tuple[list[int], list[str]]:
            transport = httpx2.ASGITransport(app=room_app.asgi)
            async with httpx2.AsyncClient(transport=transport, base_url="http://testserver") as client:
                joins = await asyncio.gather(*[client.post("/api/join", json={
                    "code": room_app.code, "group": ids["group_a"], "answers": ANSWERS, "consent": True})
                    for _ in range(10)])
                token = {"Authorization": f"Bearer {joins[0].json()['token']}"}
                votes = await asyncio.gather(*[client.post("/api/votes", headers=token,
                                                           json={"proposal": ids["proposal"]}) for _ in range(20)])
                return [v.status_code for v in votes], [j.json()["participant_code"] for j in joins]

        statuses, codes = asyncio.run(run())
        assert sorted(statuses) == [201] * 3 + [409] * 17
        assert sorted(codes) == [f"P{n:02d}" for n in range(1, 11)]
        assert store.count(Vote) == 3 and store.count(Participant) == 10


def test_a_writer_that_keeps_an_undo_history_gets_one_labelled_edit_per_request(project):
    """The seam the window uses: a RoomStore of its own makes each edit (here with an undo list) and the
    room needs nothing else; undoing the pin's edit takes the pin away again."""
    import concurrent.futures

    from cosafe.room.app import RoomApp
    from cosafe.room.contributions import room_scope
    from cosafe.core.i18n import english
    from cosafe.store.project_store import ProjectStore

    class UndoableWriter:
        def __init__(self, store) -> None:
            self.store, self.history = store, []

        def read(self, job):
            future = concurrent.futures.Future()
            future.set_result(job(self.store))
            return future

        def write(self, build):
            future = concurrent.futures.Future()
            try:
                edit = build(self.store)
                edit.apply(self.store)
            except Exception as error:  # noqa: BLE001 - handed to the room, as a session would
                future.set_exception(error)
            else:
                self.history.append(edit)
                future.set_result(edit)
            return future

        def close(self) -> None:
            pass

    path, ids = project
    with ProjectStore.open(str(path)) as store:
        writer = UndoableWriter(store)
        room_app = RoomApp(writer, room_scope(store), language="en", translator=english)
        client = TestClient(room_app.asgi)
        joined = join(client, room_app, ids)
        client.post("/api/pins", headers=bearer(joined), json={"lon": INSIDE[0], "lat": INSIDE[1],
                                                               "feeling": "safe", "time_of_day": "day"})
        client.post("/api/votes", headers=bearer(joined), json={"proposal": ids["proposal"]})
        client.post("/api/pins", headers=bearer(joined), json={"lon": 0, "lat": 0, "feeling": "safe",
                                                               "time_of_day": "day"})  # refused: no edit
        assert [edit.label for edit in writer.history] == [
            "Participant P01 joins from a phone", "Pin from phone P01", "Dot from phone P01"]
        writer.history[1].revert(store)
        assert store.count(PerceptionPin) == 0 and store.count(Vote) == 1


def test_the_phone_page_is_served_in_the_room_s_language_and_asks_no_other_host(project):
    from cosafe.catalogues import translator_for
    from cosafe.room.page import PAGE_FOLDER, page_words

    path, ids = project
    with open_room(path, language="ar", translator=translator_for("ar")) as (room_app, store):
        client = TestClient(room_app.asgi)
        page = client.get("/")
        assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
        assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert '<html lang="ar" dir="rtl">' in page.text
        assert "<title>ورشة عمل السلامة</title>" in page.text
        assert "{{" not in page.text
        words = json.loads(page.text.split('<script type="application/json" id="words">')[1].split("</script>")[0])
        with room_app.speaking():
            assert words == page_words()
        assert client.get("/room.js").headers["content-type"] == "text/javascript; charset=utf-8"
        assert client.get("/room.css").status_code == 200
        assert client.get("/index.html").status_code == 404
    for name in ("index.html", "room.js", "room.css"):  # nothing from the internet, no inline code
        text = (PAGE_FOLDER / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text
        assert re.findall(r'(?:src|href)="([^"]*)"', text) in (  # only the laptop's
            [], ["/leaflet/leaflet.css", "/room.css", "/leaflet/leaflet.js", "/room.js"])
        assert "<script>" not in text and " onclick=" not in text and 'style="' not in text
