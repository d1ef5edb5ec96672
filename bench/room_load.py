"""The room under a full room's load: 80 phones, each joining and adding 10 pins and 10 dots, on loopback.

Serves a copy of the sample project (its workshop given 10 dots per participant) with the
room's own code — ``RoomApp``, the one ``StoreWriter``, uvicorn on 127.0.0.1 — in a
process of its own, as ``cosafe room`` does, except that the per-address limits on joins
and requests are lifted: every simulated phone comes from 127.0.0.1 here, where a real
room's phones each have their own address. Then 80 simulated devices (one HTTP client
each, all at once) join and add their pins and dots one after the other, as a person
taps. Prints the time per write (median, 95th percentile, max) and checks that every pin
and dot arrived once: nothing lost, nothing doubled. Bounded: 80 devices, 21 writes each,
a 30 s limit per request and 300 s in all. Budget (issue 17): 95th percentile < 300 ms.
With ``--pause S`` each device waits about S seconds between writes (0.5 S to 1.4 S), as a
person reads the form before the next tap; the default, 0, sends them back to back.
Usage: python bench/room_load.py [--devices 80] [--writes 10] [--pause 0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "sample_projects" / "riverside.gpkg"


def serve(path: str) -> None:
    """The server process: the room on 127.0.0.1, a free port, printed as its first line."""
    from cosafe.core.i18n import english
    from cosafe.room.app import RoomApp
    from cosafe.room.contributions import room_scope
    from cosafe.room.limits import RoomLimits
    from cosafe.room.server import listening_socket, room_url, serve_room
    from cosafe.room.writer import StoreWriter
    from cosafe.store.project_store import ProjectStore

    with ProjectStore.open(path) as store:
        writer = StoreWriter(store)
        room = RoomApp(writer, room_scope(store), language="en", translator=english,
                       limits=RoomLimits(api_burst=10_000, api_per_second=1_000, join_burst=10_000,
                                         join_per_second=1_000))
        sock = listening_socket("127.0.0.1", 0)
        print(room_url(sock, room.code), flush=True)
        try:
            serve_room(room.asgi, sock)
        except KeyboardInterrupt:
            pass
        finally:
            room.close()
            writer.close()


async def device(base: str, code: str, form: dict, index: int, writes: int, proposal: str, pause: float,
                 times: list[float]) -> tuple[str, list[str], list[str]]:
    """One phone: join, then ``writes`` pins and ``writes`` dots, alternating; returns what it made."""
    import httpx2

    west, south, east, north = form["bounds"]
    async with httpx2.AsyncClient(base_url=base, timeout=30) as client:
        joined = (await client.post("/api/join", json={
            "code": code, "group": form["groups"][index % len(form["groups"])]["id"],
            "answers": {"gender": "woman", "age_band": "15_24", "role": "resident"}, "consent": True})).json()
        headers = {"Authorization": f"Bearer {joined['token']}"}
        pins, votes = [], []
        for write in range(writes):
            body = {"lon": west + (east - west) * ((index * 7 + write) % 50) / 50,
                    "lat": south + (north - south) * ((index * 3 + write) % 50) / 50,
                    "feeling": "unsafe" if write % 2 else "safe", "reason_tags": ["poor_lighting"],
                    "time_of_day": "night", "story": f"device {index} pin {write}"}
            for path, payload, made in (("/api/pins", body, pins), ("/api/votes", {"proposal": proposal}, votes)):
                start = time.perf_counter()
                response = await client.post(path, json=payload, headers=headers)
                times.append((time.perf_counter() - start) * 1000)
                if response.status_code != 201:
                    raise RuntimeError(f"{path}: {response.status_code} {response.text}")
                made.append(response.json()["id"])
                if pause:  # a person reading the form before the next tap
                    await asyncio.sleep(pause * (0.5 + ((index * 13 + write) % 10) / 10))
        return joined["participant_code"], pins, votes


async def load(base: str, code: str, devices: int, writes: int, proposal: str,
               pause: float) -> tuple[list, list[float], float]:
    import httpx2

    async with httpx2.AsyncClient(base_url=base, timeout=30) as client:
        form = (await client.get("/api/form", params={"code": code})).json()
    times: list[float] = []
    start = time.perf_counter()
    made = await asyncio.wait_for(asyncio.gather(*[device(base, code, form, index, writes, proposal, pause, times)
                                                   for index in range(devices)]), timeout=300)
    return made, times, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=80)
    parser.add_argument("--writes", type=int, default=10)
    parser.add_argument("--pause", type=float, default=0.0,
                        help="seconds a device waits between writes on average (0: back to back, the worst case)")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    from cosafe.core.edits import UpdateRecord
    from cosafe.core.records import Participant, PerceptionPin, Proposal, Vote
    from cosafe.room.contributions import room_workshop
    from cosafe.store.project_store import ProjectStore

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "room-load.gpkg"
        shutil.copy(SAMPLE, path)
        with ProjectStore.open(str(path)) as store:
            workshop = room_workshop(store)
            UpdateRecord(store, type(workshop), workshop.uuid, {"votes_per_participant": args.writes}).apply(store)
            proposal = store.list(Proposal, "workshop_uuid = ?", (workshop.uuid,))[0].uuid
            before = {kind: store.count(kind) for kind in (Participant, PerceptionPin, Vote)}
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(path)], stdout=subprocess.PIPE, text=True,
                                  env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        try:
            url = server.stdout.readline().strip()
            base, code = url.split("/?code=")
            made, times, elapsed = asyncio.run(load(base, code, args.devices, args.writes, proposal, args.pause))
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=60)
        with ProjectStore.open(str(path), read_only=True) as store:
            after = {kind: store.count(kind) for kind in (Participant, PerceptionPin, Vote)}
            pins = {pin.uuid: pin.story for pin in store.list(PerceptionPin, with_geometry=False)}
            votes = {vote.uuid for vote in store.list(Vote)}
        codes = [code for code, _, _ in made]
        sent_pins = [uuid for _, device_pins, _ in made for uuid in device_pins]
        sent_votes = [uuid for _, _, device_votes in made for uuid in device_votes]
        assert len(set(codes)) == args.devices, "two phones were given one code"
        assert after[Participant] - before[Participant] == args.devices
        assert after[PerceptionPin] - before[PerceptionPin] == len(set(sent_pins)) == args.devices * args.writes
        assert after[Vote] - before[Vote] == len(set(sent_votes)) == args.devices * args.writes
        assert set(sent_pins) <= set(pins) and set(sent_votes) <= votes
        ordered = sorted(times)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(f"{args.devices} devices x ({args.writes} pins + {args.writes} dots), pause {args.pause} s: {len(times)} writes "
              f"in {elapsed:.1f} s ({len(times) / elapsed:.0f} writes/s); nothing lost or doubled")
        print(f"per write: median {statistics.median(times):.1f} ms, 95th percentile {p95:.1f} ms, "
              f"max {ordered[-1]:.1f} ms (budget: 95th percentile < 300 ms)")


if __name__ == "__main__":
    main()
