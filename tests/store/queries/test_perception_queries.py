"""The store's perception queries: geometry fast path, old files, dangling references, incidents."""

from __future__ import annotations

import math
import struct

import numpy as np
import shapely

from cosafe.core.perception_data import PerceptionData
from cosafe.core.perception_stats import disaggregate, point_safety_scores
from cosafe.core.records import (
    AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet, Incident, Participant, PerceptionPin, WalkParticipant,
)
from cosafe.store.geometry import encode
from cosafe.store.queries.perception import load_incident_points, load_perception_data, point_lonlat


def test_point_lonlat_reads_every_point_blob():
    assert point_lonlat(encode(shapely.Point(36.85, -1.28))) == (36.85, -1.28)
    wkb_big_endian = struct.pack(">BI2d", 0, 1, 12.5, 41.9)
    assert point_lonlat(b"GP\x00\x00" + struct.pack("<i", 4326) + wkb_big_endian) == (12.5, 41.9)
    with_envelope = b"GP\x00\x03" + struct.pack("<i4d", 4326, 3.0, 3.0, 4.0, 4.0) + struct.pack("<BI2d", 1, 1, 3.0, 4.0)
    assert point_lonlat(with_envelope) == (3.0, 4.0)
    point_z = b"GP\x00\x01" + struct.pack("<i", 4326) + struct.pack("<BI3d", 1, 1001, 5.0, 6.0, 7.0)
    assert point_lonlat(point_z) == (5.0, 6.0)
    for nothing in (None, b"", b"GP\x00\x11" + struct.pack("<i", 4326), b"not a blob"):
        assert all(math.isnan(v) for v in point_lonlat(nothing))


def _walk_with_point(store, walkers: list[Participant], score: int = 2) -> AuditPoint:
    set_uuid = store.list(CriteriaSet)[0].uuid
    walk = AuditWalk(time_of_day="night", criteria_set_uuid=set_uuid)
    store.insert(walk)
    if walkers:
        store.insert_many([WalkParticipant(walk_uuid=walk.uuid, participant_uuid=p.uuid) for p in walkers])
    point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(36.85, -1.28))
    store.insert(point)
    store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid, score=score)
                       for c in store.list(Criterion, "set_uuid = ?", (set_uuid,))])
    return point


def test_file_without_walk_participants_reads_every_walk_as_one_unknown_person(store):
    walkers = [Participant(gender="woman"), Participant(gender="man")]
    store.insert_many(walkers)
    _walk_with_point(store, walkers)
    _walk_with_point(store, [])
    assert len(load_perception_data(store).scores.score) == 9 * 2 + 9
    with store.atomic() as connection:  # as in a schema v1 file
        connection.execute("DROP TABLE walk_participants")
    data = load_perception_data(store)
    assert len(data.scores.score) == 9 * 2
    [cell] = disaggregate(data, ["gender"], threshold=1)
    assert cell.keys == ("unknown",) and cell.people == 2


def test_dangling_references_are_left_out_or_unknown(store):
    point = _walk_with_point(store, [])
    orphan = AuditPoint(walk_uuid="gone", geom=shapely.Point(1, 1))
    store.insert(orphan)
    criterion = store.list(Criterion)[0]
    store.insert_many([AuditScore(point_uuid=orphan.uuid, criterion_uuid=criterion.uuid, score=1),
                       AuditScore(point_uuid="no such point", criterion_uuid=criterion.uuid, score=1),
                       AuditScore(point_uuid=point.uuid, criterion_uuid="no such criterion", score=0)])
    store.insert(PerceptionPin(geom=None, participant_uuid="someone gone", feeling="unsafe", workshop_uuid="gone"))
    data = load_perception_data(store)
    assert [p.point_uuid for p in point_safety_scores(data)] == [point.uuid]
    assert point_safety_scores(data)[0].score == 2 * 5 / 3
    assert data.key_of("gender", data.pins.gender).tolist() == ["unknown"]
    assert data.key_of("workshop", data.pins.workshop).tolist() == ["none"] and math.isnan(data.pins.lon[0])
    assert data.people() == 2  # the walk's unknown walker and the participant who is gone


def test_empty_project_and_empty_data(store):
    data = load_perception_data(store)
    assert len(data.scores.score) == 0 and len(data.pins.uuid) == 0 and data.people() == 0
    assert disaggregate(data, ["gender", "time_of_day"], 5) == []
    assert disaggregate(PerceptionData.empty(), [], 5) == [] and PerceptionData.empty().people() == 0


def test_incident_points_with_dates(store):
    store.insert_many([
        Incident(geom=shapely.Point(36.85, -1.28), category="theft", occurred_on="2025-05-01"),
        Incident(geom=shapely.Point(36.86, -1.27), category="assault", occurred_on=None),
        Incident(geom=None, category="theft", occurred_on="2025-06-01"),
    ])
    every = load_incident_points(store)
    assert every.category == ("theft", "assault") and every.date.tolist() == ["2025-05-01", ""]
    assert np.allclose(every.lon, [36.85, 36.86]) and np.allclose(every.lat, [-1.28, -1.27])
    may = load_incident_points(store, date_from="2025-05-01", date_to="2025-05-31")
    assert may.category == ("theft",)
