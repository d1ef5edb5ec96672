"""Shapes GDAL reads and shapely refuses are mended, not dropped: a GPS segment of one fix,
a location-history move that never moved."""

from __future__ import annotations

import struct

import shapely

from cosafe.io.basemap_import import ImportNotes, import_vector_basemap, notes_lines
from cosafe.io.wkb_repair import repaired
from cosafe.store import basemap


def _line(points, code=2, order="<"):
    data = struct.pack(order + "BI", 1 if order == "<" else 0, code) + struct.pack(order + "I", len(points))
    for point in points:
        data += struct.pack(order + "d" * len(point), *point)
    return data


def test_what_shapely_refuses_is_mended_part_by_part():
    one_point_3d = _line([(1.0, 2.0, 30.0)], code=0x80000002)  # GDAL's 2.5D line of one point
    assert shapely.from_wkb(one_point_3d, on_invalid="ignore") is None
    assert repaired(one_point_3d).equals(shapely.Point(1, 2))
    assert repaired(_line([(1.0, 2.0)], order=">")).equals(shapely.Point(1, 2))  # big endian
    multi = struct.pack("<BII", 1, 5, 3) + _line([(0, 0), (1, 1)]) + _line([(2, 2)]) + _line([(3, 3), (4, 4)])
    assert shapely.from_wkb(multi, on_invalid="ignore") is None
    assert repaired(multi).equals(shapely.MultiLineString([[(0, 0), (1, 1)], [(3, 3), (4, 4)]]))
    open_ring = struct.pack("<BII", 1, 3, 1) + struct.pack("<I", 3) + struct.pack("<6d", 0, 0, 1, 0, 1, 1)
    assert repaired(open_ring).equals(shapely.Polygon([(0, 0), (1, 0), (1, 1)]))  # closed
    flat_ring = struct.pack("<BII", 1, 3, 1) + struct.pack("<I", 2) + struct.pack("<4d", 0, 0, 1, 0)
    assert repaired(flat_ring) is None  # nothing to draw
    assert repaired(_line([])) is None and repaired(b"\x01\x09\x00") is None and repaired(b"not wkb") is None


GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><name>Morning walk</name>
    <trkseg><trkpt lat="-1.2800" lon="36.8500"/><trkpt lat="-1.2810" lon="36.8510"/></trkseg>
    <trkseg><trkpt lat="-1.2820" lon="36.8520"/></trkseg>
  </trk>
  <trk><name>Evening walk</name>
    <trkseg><trkpt lat="-1.2830" lon="36.8530"/><trkpt lat="-1.2840" lon="36.8540"/></trkseg>
  </trk>
</gpx>
"""


def test_a_track_with_a_segment_of_one_fix_is_imported_and_said(store, tmp_path):
    path = tmp_path / "walks.gpx"
    path.write_text(GPX, encoding="utf-8")
    notes = ImportNotes()
    import_vector_basemap(store, str(path), outcome=notes)
    tracks = {f.name: f.geometry for f in basemap.iter_features(store) if f.name in ("Morning walk", "Evening walk")}
    assert set(tracks) == {"Morning walk", "Evening walk"}  # before: the morning walk vanished
    assert len(tracks["Morning walk"].geoms) == 1  # the segment of one fix left out, the rest kept
    assert notes.mended_features == 1 and notes.dropped_features == 0
    assert any("mended" in line for line in notes_lines(notes))
