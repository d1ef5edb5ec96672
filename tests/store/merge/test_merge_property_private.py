"""Property: an office and two teams' copies of different groups write private things (stories,
contacts, links to people) and merge in any order and direction. A copy never holds what another
laptop wrote privately; the office never loses a private value to a merge; and once every copy
is merged into the office, every story a team wrote and holds is there (in its record, or a pending
conflict)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import Group, Participant, PerceptionPin, Workshop
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from merge_support import new_project

LAPTOPS, PINS = 3, 3  # the office, the women's team, the youth team
STEP = st.one_of(
    st.tuples(st.just("story"), st.integers(0, LAPTOPS - 1), st.integers(0, PINS - 1)),
    st.tuples(st.just("scale"), st.integers(0, LAPTOPS - 1), st.integers(0, PINS - 1)),
    st.tuples(st.just("link"), st.integers(0, LAPTOPS - 1), st.integers(0, PINS - 1)),
    st.tuples(st.just("new_pin"), st.integers(0, LAPTOPS - 1), st.integers(0, PINS - 1)),
    st.tuples(st.just("merge"), st.integers(0, LAPTOPS - 1), st.integers(0, LAPTOPS - 1)).filter(lambda s: s[1] != s[2]),
)


def _private(path: Path) -> dict[tuple[str, str], object]:
    with ProjectStore.open(str(path), read_only=True) as store:
        found = {("pin", p.uuid): p.story for p in store.list(PerceptionPin)}
        found |= {("link", p.uuid): p.participant_uuid for p in store.list(PerceptionPin)}
        found |= {("contact", p.uuid): p.contact for p in store.list(Participant)}
        found |= {("conflict", peer, uuid): theirs for peer, uuid, theirs in store.connection.execute(
            "SELECT peer_device_id, record_uuid, theirs FROM merge_conflicts")}
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEP, min_size=3, max_size=12))
def test_private_things_stay_where_they_may_be(steps):
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"laptop{i}.gpkg" for i in range(LAPTOPS)]
        with new_project(paths[0]) as office:
            workshop = Workshop(title="Audit")
            groups = [Group(workshop_uuid=workshop.uuid, name=n) for n in ("Women", "Youth")]
            people = [Participant(workshop_uuid=workshop.uuid, group_uuid=g.uuid, code=f"P{i}",
                                  contact=f"office-contact-{i}") for i, g in enumerate(groups)]
            for record in (workshop, *groups, *people):
                office.insert(record)
            pins = [PerceptionPin(geom=shapely.Point(36.8 + i / 100, -1.3), story=f"office-story-{i}",
                                  participant_uuid=people[i % 2].uuid) for i in range(PINS)]
            office.insert_many(pins)
            for i in (1, 2):
                make_field_copy(office, str(paths[i]), f"Team {i}", group_uuid=groups[i - 1].uuid)
        pins = [p.uuid for p in pins]
        written: dict[int, set[str]] = {i: set() for i in range(LAPTOPS)}  # private texts each laptop wrote
        for number, (kind, a, b) in enumerate(steps):
            if kind == "merge":
                before = _private(paths[a]) if a == 0 else {}
                with ProjectStore.open(str(paths[a])) as store:
                    merge_files(store, [str(paths[b])])
                if a == 0:  # the office loses no private value to a merge
                    after = _private(paths[0])
                    for key, value in before.items():
                        if key[0] != "conflict" and value:
                            assert after[key], (steps, key)
                continue
            with ProjectStore.open(str(paths[a])) as store:
                held = [p.uuid for p in store.list(Participant)]
                if kind == "story" and store.get(PerceptionPin, pins[b]):
                    text = f"laptop{a}-story-{number}"
                    UpdateRecord(store, PerceptionPin, pins[b], {"story": text}).apply(store)
                    written[a].add(text)
                elif kind == "scale" and store.get(PerceptionPin, pins[b]):
                    UpdateRecord(store, PerceptionPin, pins[b], {"scale": 1 + number % 5}).apply(store)
                elif kind == "link" and store.get(PerceptionPin, pins[b]) and held:
                    UpdateRecord(store, PerceptionPin, pins[b], {"participant_uuid": held[number % len(held)]}).apply(store)
                elif kind == "new_pin":
                    text = f"laptop{a}-story-{number}"
                    store.insert(PerceptionPin(geom=shapely.Point(36.9, -1.3 - number / 1000), story=text))
                    written[a].add(text)
        for i in (1, 2):  # what a copy holds of stories: only its own team's
            raw = paths[i].read_bytes()
            assert b"office-contact" not in raw and b"office-story" not in raw, steps
            for other in (0, 3 - i):
                for text in written[other]:
                    assert text.encode() not in raw, (steps, i, text)
        for _ in range(2):
            for i in (1, 2):
                with ProjectStore.open(str(paths[0])) as office:
                    merge_files(office, [str(paths[i])])
        everything = " ".join(str(v) for v in _private(paths[0]).values())
        for i in (1, 2):
            for key, text in _private(paths[i]).items():  # what the team wrote and still holds
                if key[0] == "pin" and text in written[i]:
                    assert text in everything, (steps, text)
