"""``cosafe room``: a real process on a free port, real HTTP requests, Ctrl-C, and its one-line refusals."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import urllib.error
import urllib.request
from email.message import Message

import pytest

from checks import cosafe_command
from cosafe.core.edits import SetProjectProperties
from cosafe.core.records import Participant, PerceptionPin, Vote
from cosafe.store.project_store import ProjectStore
from room_support import ANSWERS, INSIDE, make_room_project


def _start(*args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en")
    return subprocess.Popen([*cosafe_command(), "room", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _request(url: str, body: dict | None = None, token: str | None = None) -> tuple[int, dict, Message]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers=headers, method="GET" if body is None else "POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers


def test_the_room_serves_phones_and_closes_on_ctrl_c(tmp_path):
    path = tmp_path / "room.gpkg"
    ids = make_room_project(path)
    with ProjectStore.open(str(path)) as store:  # the phones hear the project's report language
        SetProjectProperties(store, {"report_language": "fr"}).apply(store)
    process = _start(str(path), "--host", "127.0.0.1", "--port", "0")
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("Room open: http://127.0.0.1:") and "/?code=" in line, (line, process.stderr.read())
        url = line.removeprefix("Room open: ")
        base, code = url.split("/?code=")
        assert len(code) == 6
        status, form, headers = _request(f"{base}/api/form?code={code}")
        assert status == 200 and form["votes_per_participant"] == 3
        assert form["language"] == "fr" and form["questions"][0]["label"] == "Genre"
        assert headers["Cache-Control"] == "no-store" and headers["X-Frame-Options"] == "DENY"
        assert _request(f"{base}/api/form?code=AAAAAA")[:2] == (403, {
            "error": "Le code de la salle est faux ou manquant : il est affiché au projecteur."})
        status, joined, _ = _request(f"{base}/api/join", {"code": code, "group": ids["group_a"], "answers": ANSWERS,
                                                          "consent": True})
        assert status == 201 and joined["participant_code"] == "P01"
        status, pin, _ = _request(f"{base}/api/pins", {"lon": INSIDE[0], "lat": INSIDE[1], "feeling": "unsafe",
                                                       "time_of_day": "night", "story": "Dark lane"}, joined["token"])
        assert status == 201
        assert _request(f"{base}/api/votes", {"proposal": ids["proposal"]}, joined["token"])[0] == 201
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert out.strip() == "Room closed."
    assert "Traceback" not in err
    with ProjectStore.open(str(path), read_only=True) as store:  # the lock was released: it opens again
        stored = store.get(PerceptionPin, pin["id"])
        assert stored is not None and stored.story == "Dark lane"
        person = store.list(Participant)[0]
        assert stored.participant_uuid == person.uuid and person.code == "P01"
        assert store.count(Vote) == 1


def _one_line_failure(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1, (out, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_port_in_use_is_one_line(tmp_path):
    path = tmp_path / "room.gpkg"
    make_room_project(path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        line = _one_line_failure(_start(str(path), "--port", str(port)))
    assert line == f"cosafe: The room cannot listen on 127.0.0.1:{port}: the port is in use by another program."


@pytest.mark.parametrize("host, words", [
    ("0.0.0.0", "would listen on every network of this computer"),
    ("::", "would listen on every network of this computer"),
    ("my-laptop", "is not an IP address"),
    ("192.0.2.77", "this computer has no such address"),  # TEST-NET-1: never an address of this computer
])
def test_a_bad_host_is_one_line(tmp_path, host, words):
    path = tmp_path / "room.gpkg"
    make_room_project(path)
    assert words in _one_line_failure(_start(str(path), "--host", host, "--port", "0"))


def test_a_project_without_a_workshop_is_one_line(tmp_path):
    path = tmp_path / "empty.gpkg"
    ProjectStore.create(str(path), name="Empty").close()
    assert _one_line_failure(_start(str(path), "--port", "0")) == (
        "cosafe: empty.gpkg has no workshop: add one in CoSafe first (Workshop › New Workshop…).")


def test_a_bad_port_is_a_usage_error(tmp_path):
    path = tmp_path / "room.gpkg"
    make_room_project(path)
    out, err = _start(str(path), "--port", "70000").communicate(timeout=60)
    assert "not a port number: 70000" in err
