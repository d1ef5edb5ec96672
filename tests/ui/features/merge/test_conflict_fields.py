"""The words of the conflict comparison and of "Made on" (no widgets)."""

from __future__ import annotations

import shapely
from audit_support import seed_workshop
from map_support import LAT, LON

from cosafe.core.records import AuditPoint, AuditWalk, Device, PerceptionPin, Proposal
from cosafe.store.merge.log import device_names
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.merge.conflict_fields import compare, describe_geometry
from cosafe.ui.features.merge.provenance import made_on_text, record_origin


def test_vocabulary_labels_references_and_laptops_are_in_words(tmp_path):
    with ProjectStore.create(str(tmp_path / "p.gpkg"), name="P") as store:
        workshop, group, people = seed_workshop(store)
        store.insert(Device(uuid="laptop-2", name="Field team 2"))
        mine = PerceptionPin(geom=shapely.Point(LON, LAT), feeling="unsafe", reason_tags=["poor_lighting"],
                             participant_uuid=people[0].uuid, time_of_day="night")
        theirs = PerceptionPin(uuid=mine.uuid, geom=shapely.Point(LON, LAT), feeling="safe",
                               reason_tags=["poor_lighting", "harassment"], participant_uuid=people[0].uuid,
                               time_of_day="night", device_id="laptop-2")
        store.insert(mine)
        rows = {row.label: row for row in compare(store, mine, theirs, device_names(store))}
        assert (rows["Feeling"].mine, rows["Feeling"].theirs, rows["Feeling"].differs) == ("Unsafe", "Safe", True)
        assert rows["Reasons"].theirs == "Poor lighting, Harassment"
        assert (rows["Participant"].mine, rows["Participant"].differs) == ("P01", False)
        assert (rows["Time of day"].mine, rows["Location and shape"].differs) == ("Night", False)
        assert rows["Made on"].mine == "this laptop" and rows["Made on"].theirs == "Field team 2"
        # a pin's group is its participant's
        assert made_on_text(store, mine) == "Made on: this laptop · Women's group"
        assert record_origin(store, "perception_pins", mine.uuid) == made_on_text(store, mine)
        assert record_origin(store, "perception_pins", "no-such-pin") == ""
        # an audit point's group is its walk's
        walk = AuditWalk(title="Night walk", group_uuid=group.uuid, device_id="laptop-2")
        point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(LON, LAT), device_id="laptop-2")
        store.insert(walk)
        store.insert(point)
        assert made_on_text(store, point) == "Made on: Field team 2 · Women's group"
        assert made_on_text(store, Proposal(device_id="gone")) == "Made on: an unnamed laptop"


def test_geometries_are_described_by_kind_and_place():
    assert describe_geometry(shapely.Point(36.8, -1.28)) == "Point at 36.80000, -1.28000"
    line = shapely.LineString([(0, 0), (1, 0), (2, 0)])
    assert describe_geometry(line) == "Line of 3 points around 1.00000, 0.00000"
