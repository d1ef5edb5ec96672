"""Workshop › Open the Room… in the window: real HTTP requests to the running room on 127.0.0.1, and the
phones' records arriving as undo steps, who is connected, removing a device's contributions, story approval."""

from __future__ import annotations

import concurrent.futures
import math
import socket
from collections.abc import Callable
from pathlib import Path

import httpx2
import pytest
from PySide6.QtCore import Qt

from cosafe.core.records import Participant, PerceptionPin, Proposal, Vote
from cosafe.core.stories import APPROVED, PENDING
from cosafe.ui.features.room.qr import QUIET_ZONE, qr_modules
from room_support import ANSWERS, INSIDE, make_room_project
from shell_support import menu_action

LOOPBACK = "127.0.0.1"


def http(qtbot, request: Callable[[], httpx2.Response]) -> httpx2.Response:
    """Send ``request`` from another thread while the UI thread goes on (it makes the room's edits)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(request)
        qtbot.waitUntil(future.done, timeout=15000)
        return future.result()


class Phone:
    """One phone on the room's network: an HTTP client of the room's address."""

    def __init__(self, qtbot, url: str) -> None:
        base, _, self.code = url.partition("/?code=")
        self.qtbot = qtbot
        self.client = httpx2.Client(base_url=base, timeout=10)
        self.token: str | None = None

    def get(self, path: str, **kwargs) -> httpx2.Response:
        return http(self.qtbot, lambda: self.client.get(path, headers=self._auth(), **kwargs))

    def post(self, path: str, body: dict) -> httpx2.Response:
        return http(self.qtbot, lambda: self.client.post(path, json=body, headers=self._auth()))

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def join(self) -> str:
        form = self.get("/api/form", params={"code": self.code}).json()
        joined = self.post("/api/join", {"code": self.code, "group": form["groups"][0]["id"], "answers": ANSWERS,
                                         "consent": True})
        assert joined.status_code == 201, joined.text
        self.token = joined.json()["token"]
        return joined.json()["participant_code"]

    def pin(self, story: str = "") -> httpx2.Response:
        return self.post("/api/pins", {"lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe",
                                       "reason_tags": [], "time_of_day": "night", "story": story})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "room.gpkg"
    make_room_project(path)
    return path


def open_room(qtbot, window, path: Path):
    """Open the project, then Workshop › Open the Room… on this computer's loopback address, any free port."""
    assert window.open_project(str(path))
    feature = window.features.room
    menu_action(window, "Workshop", "Open the Room").trigger()
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose(LOOPBACK)
    dialog.port_spin.setValue(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert feature.room is not None, dialog.error_label.text()
    return feature


def undo_texts(window) -> list[str]:
    stack = window.session.undo_stack
    return [stack.text(index) for index in range(stack.count())]


def people_rows(panel) -> list[list[str]]:
    return [[panel.people.topLevelItem(row).text(column) for column in range(4)]
            for row in range(panel.people.topLevelItemCount())]


def test_the_dialog_lists_the_networks_with_loopback_last_and_said_to_reach_no_phone(qtbot, window, project):
    assert window.open_project(str(project))
    window.features.room.open_dialog()
    dialog = window.features.room.dialog
    texts = [dialog.network_combo.itemText(index) for index in range(dialog.network_combo.count())]
    assert texts[-1] == "This computer only (127.0.0.1): no phone can reach it"
    assert dialog.network_combo.itemData(len(texts) - 1) == LOOPBACK
    dialog.reject()
    assert window.features.room.room is None


def test_a_port_in_use_is_one_line_in_the_dialog_and_nothing_opens(qtbot, window, project):
    taken = socket.socket()
    taken.bind((LOOPBACK, 0))
    taken.listen(1)
    try:
        assert window.open_project(str(project))
        feature = window.features.room
        feature.open_dialog()
        feature.dialog.choose(LOOPBACK)
        feature.dialog.port_spin.setValue(taken.getsockname()[1])
        qtbot.mouseClick(feature.dialog.open_button, Qt.MouseButton.LeftButton)
        assert feature.room is None and feature.dialog.isVisible()
        assert feature.dialog.error_label.text() == (f"The room cannot listen on {LOOPBACK}:{taken.getsockname()[1]}: "
                                                     "the port is in use by another program.")
    finally:
        taken.close()


def test_phones_contributions_arrive_as_undo_steps_and_a_device_s_go_in_one(qtbot, window, project):
    feature = open_room(qtbot, window, project)
    room, panel, store = feature.room, feature.panel, window.session.store
    assert feature.dock.isVisible() and not feature.open_action.isEnabled()
    assert room.url.startswith(f"http://{LOOPBACK}:") and f"/?code={room.code}" in room.url
    assert panel.code_label.text() == f"Room code: {room.code}"
    assert room.url.startswith(panel.address_label.text() + "/")
    qr = panel.qr_label.pixmap()
    modules = len(qr_modules(room.url)) + 2 * QUIET_ZONE
    assert qr.width() == qr.height() >= 3 * modules and qr.width() % modules == 0  # whole pixels per module

    phone = Phone(qtbot, room.url)
    assert phone.join() == "P01"
    qtbot.waitUntil(lambda: people_rows(panel) == [["P01", "0", "0", "0"]], timeout=5000)
    person = store.list(Participant)[0]
    pinned = phone.pin()
    assert pinned.status_code == 201 and pinned.json() == {"id": pinned.json()["id"]}  # no story: nothing held
    idea = phone.post("/api/ideas", {"geometry": {"type": "Point", "coordinates": list(INSIDE)},
                                     "title": "Light at the gate", "principle": "natural_surveillance",
                                     "intervention": "street_lighting"})
    assert idea.status_code == 201
    dot = phone.post("/api/votes", {"proposal": idea.json()["id"]})
    assert dot.status_code == 201
    own_dot_elsewhere = phone.post("/api/votes", {"proposal": store.list(Proposal, "participant_uuid IS NULL")[0].uuid})
    assert own_dot_elsewhere.status_code == 201
    assert undo_texts(window)[-5:] == ["Participant P01 joins from a phone", "Pin from phone P01",
                                       "Idea from phone P01", "Dot from phone P01", "Dot from phone P01"]
    assert store.get(Proposal, idea.json()["id"]).participant_uuid == person.uuid
    # The panels heard each edit at once: the phone's row counts them.
    assert people_rows(panel) == [["P01", "1", "1", "2"]]

    other = Phone(qtbot, room.url)
    assert other.join() == "P02"
    assert other.post("/api/votes", {"proposal": idea.json()["id"]}).status_code == 201
    kept = other.pin().json()["id"]
    qtbot.waitUntil(lambda: len(people_rows(panel)) == 2, timeout=5000)

    steps = window.session.undo_stack.count()
    panel.people.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert window.session.undo_stack.count() == steps + 1
    assert undo_texts(window)[-1] == "Remove the contributions of phone P01"
    assert store.count(PerceptionPin, "participant_uuid = ?", (person.uuid,)) == 0
    assert store.get(Proposal, idea.json()["id"]) is None
    assert store.count(Vote, "participant_uuid = ?", (person.uuid,)) == 0
    assert store.count(Vote) == 0  # P02's dot was on P01's idea: it went with the idea
    assert store.get(PerceptionPin, kept) is not None and store.get(Participant, person.uuid) is not None
    assert people_rows(panel)[0] == ["P01", "0", "0", "0"]
    window.session.undo_stack.undo()
    assert store.get(Proposal, idea.json()["id"]) is not None and store.count(Vote) == 3
    assert people_rows(panel)[0] == ["P01", "1", "1", "2"]

    # The phone may go on adding: removing its contributions did not sign it out.
    assert phone.pin().status_code == 201


def test_a_story_is_held_until_the_facilitator_approves_it(qtbot, window, project):
    feature = open_room(qtbot, window, project)
    panel, store = feature.panel, window.session.store
    phone = Phone(qtbot, feature.room.url)
    phone.join()
    answer = phone.pin("The lane is dark after the market closes.")
    assert answer.status_code == 201 and answer.json()["story_awaits_approval"] is True
    pin = store.get(PerceptionPin, answer.json()["id"])
    assert pin.story_review == PENDING
    assert panel.stories.topLevelItemCount() == 1
    assert [panel.stories.topLevelItem(0).text(c) for c in (0, 1)] == ["P01", "The lane is dark after the market "
                                                                              "closes."]
    assert panel.stories_title.text() == "1 story awaiting approval"
    # Nowhere else shows its words yet: the Pins panel's tooltip, the Identify panel's lines.
    pins_panel = window.features.audits.pins_panel
    pins_panel.refresh()
    assert pins_panel.table.rowCount() == 1 and pins_panel.table.item(0, 0).toolTip() == ""
    from cosafe.ui.features.analysis.identify_records import _pin as identified_pin
    lines = identified_pin(store, pin)[2]
    assert lines["Story"] == "Sent from a phone: awaiting approval in the Room panel"

    assert not panel.approve_button.isEnabled()
    panel.stories.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert store.get(PerceptionPin, pin.uuid).story_review == APPROVED
    assert undo_texts(window)[-1] == "Approve the story from phone P01"
    assert panel.stories.topLevelItemCount() == 0 and panel.stories_title.text() == "0 stories awaiting approval"
    pins_panel.refresh()
    assert pins_panel.table.item(0, 0).toolTip() == "The lane is dark after the market closes."
    window.session.undo_stack.undo()
    assert store.get(PerceptionPin, pin.uuid).story_review == PENDING and panel.stories.topLevelItemCount() == 1
    panel.stories.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert store.get(PerceptionPin, pin.uuid).story_review == "rejected"
    assert undo_texts(window)[-1] == "Reject the story from phone P01"


def test_pause_resume_and_close_and_the_room_closes_with_the_project(qtbot, window, project):
    feature = open_room(qtbot, window, project)
    panel = feature.panel
    phone = Phone(qtbot, feature.room.url)
    phone.join()
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert feature.room.paused and panel.pause_button.text() == "Resume"
    paused = phone.pin()
    assert paused.status_code == 503 and "paused" in paused.json()["error"]
    assert phone.get("/api/me").status_code == 200  # reads go on
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert not feature.room.paused and phone.pin().status_code == 201

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert feature.room is None and panel.pages.currentIndex() == 0 and feature.open_action.isEnabled()
    with pytest.raises(httpx2.TransportError):
        phone.pin()  # nobody listens there any more

    again = open_room_again(qtbot, window, feature)
    assert again.code != phone.code
    window.close_project()
    assert feature.room is None and not feature.open_action.isEnabled()
    with pytest.raises(httpx2.TransportError):
        Phone(qtbot, again.url).get("/api/form", params={"code": again.code})


def open_room_again(qtbot, window, feature):
    feature.open_dialog()
    feature.dialog.choose(LOOPBACK)
    feature.dialog.port_spin.setValue(0)
    qtbot.mouseClick(feature.dialog.open_button, Qt.MouseButton.LeftButton)
    assert feature.room is not None
    return feature.room


def _tile_at(z: int, lon: float, lat: float) -> str:
    n, sin = 1 << z, math.sin(math.radians(lat))
    return f"/tiles/{z}/{int((lon + 180) / 360 * n)}/{int((0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * n)}.png"


def test_phones_see_the_basemap_drawn_and_drawn_again_when_a_layer_is_hidden(qtbot, window, project, tmp_path):
    from PySide6.QtGui import QImage

    from cosafe.core.records import BasemapLayer
    from cosafe.io.basemap_import import import_vector_basemap
    from cosafe.store.project_store import ProjectStore
    from cosafe.ui.features.basemap.layer_edits import set_visible
    from map_files import write_layer
    from shapely.geometry import LineString

    street = LineString([(INSIDE[0] - 0.01, INSIDE[1]), (INSIDE[0] + 0.01, INSIDE[1])])
    with ProjectStore.open(str(project)) as store:
        [streets] = import_vector_basemap(store, str(write_layer(tmp_path / "streets.geojson", "GeoJSON",
                                                                 [street], ["Market Street"])),
                                          name="streets", style_classes={"streets": "major_road"})
    feature = open_room(qtbot, window, project)
    phone = Phone(qtbot, feature.room.url)
    phone.join()

    def colours() -> set[int]:
        answer = phone.get(_tile_at(17, *INSIDE))
        assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
        image = QImage.fromData(answer.content, "PNG")
        return {image.pixel(128, row) for row in range(0, 256, 4)}  # a column across the street

    with_street = colours()
    layer = window.session.store.get(BasemapLayer, streets.uuid)
    assert set_visible(window.session, layer, False)
    without_street = colours()
    assert len(without_street) < len(with_street)  # the street's colours are gone from the redrawn tile
