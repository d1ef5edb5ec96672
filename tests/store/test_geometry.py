"""The GeoPackage geometry codec and the R-tree SQL functions."""

from __future__ import annotations

import sqlite3
import struct

import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st

from cosafe.store import geometry

lon = st.floats(min_value=-180, max_value=180, allow_nan=False)
lat = st.floats(min_value=-90, max_value=90, allow_nan=False)


@given(st.lists(st.tuples(lon, lat), min_size=2, max_size=20))
def test_linestring_round_trips_with_envelope(points):
    line = shapely.LineString(points)
    blob = geometry.encode(line)
    assert blob[:2] == b"GP"
    assert struct.unpack_from("<i", blob, 4)[0] == 4326
    assert geometry.decode(blob).equals_exact(line, 0)
    minx, miny, maxx, maxy = line.bounds
    assert geometry.bounds(blob) == (minx, miny, maxx, maxy)


@given(lon, lat)
def test_point_round_trips_without_envelope(x, y):
    blob = geometry.encode(shapely.Point(x, y))
    assert (blob[3] >> 1) & 0x07 == 0  # no envelope for points
    assert geometry.decode(blob).coords[0] == (x, y)
    assert geometry.bounds(blob) == (x, y, x, y)


def test_empty_and_none_are_stored_as_null():
    assert geometry.encode(None) is None
    assert geometry.encode(shapely.Polygon()) is None
    assert geometry.decode(None) is None


def test_blob_matches_the_wkb_standard_after_the_header():
    polygon = shapely.box(1, 2, 3, 4)
    blob = geometry.encode(polygon)
    assert blob[8 + 32 :] == shapely.to_wkb(polygon, byte_order=1)


def test_garbage_is_rejected_by_decode_and_tolerated_by_sql_functions():
    with pytest.raises(geometry.GeometryBlobError):
        geometry.decode(b"not a geometry")
    connection = sqlite3.connect(":memory:")
    geometry.register_sql_functions(connection)
    assert connection.execute("SELECT ST_IsEmpty(?), ST_MinX(?)", (b"xx", b"xx")).fetchone() == (None, None)


def test_sql_functions_read_the_envelope():
    connection = sqlite3.connect(":memory:")
    geometry.register_sql_functions(connection)
    blob = geometry.encode(shapely.box(1, 2, 3, 4))
    row = connection.execute("SELECT ST_IsEmpty(?1), ST_MinX(?1), ST_MinY(?1), ST_MaxX(?1), ST_MaxY(?1)", (blob,)).fetchone()
    assert row == (0, 1.0, 2.0, 3.0, 4.0)


def test_sql_functions_answer_for_each_blob_asked_in_turn():
    # The functions keep the last blob's bounds (a trigger asks five things of one blob):
    # asking of other blobs in between, garbage included, must never return stale values.
    connection = sqlite3.connect(":memory:")
    geometry.register_sql_functions(connection)
    a, b = geometry.encode(shapely.Point(1, 2)), geometry.encode(shapely.Point(5, 6))
    ask = "SELECT ST_MinX(?), ST_MaxY(?), ST_IsEmpty(?)"
    assert connection.execute(ask, (a, a, a)).fetchone() == (1.0, 2.0, 0)
    assert connection.execute(ask, (b, a, b"xx")).fetchone() == (5.0, 2.0, None)
    assert connection.execute(ask, (b"xx", b, a)).fetchone() == (None, 6.0, 0)


@given(st.lists(st.lists(st.tuples(lon, lat), min_size=2, max_size=6), min_size=1, max_size=10))
def test_bulk_encoding_matches_single_encoding(lines):
    import numpy as np

    shapes = np.array([shapely.MultiLineString([line]) for line in lines], dtype=object)
    blobs, bounds = geometry.encode_many(shapes)
    assert blobs == [geometry.encode(shape) for shape in shapes]
    assert [tuple(b) for b in bounds] == [shape.bounds for shape in shapes]


@given(st.lists(st.tuples(lon, lat), min_size=1, max_size=10))
def test_bulk_decoding_matches_single_decoding(points):
    shapes = [shapely.MultiPoint([p]) for p in points] + [shapely.box(0, 0, 1, 1)]
    blobs = [geometry.encode(shape) for shape in shapes]
    decoded = geometry.decode_many(blobs)
    assert all(a.equals_exact(b, 0) for a, b in zip(decoded, shapes))
    assert len(geometry.decode_many([])) == 0


_SHAPES = [shapely.Point(1.5, -2.25), shapely.LineString([(0, 0), (1, 2), (3, 1)]), shapely.box(0, 0, 2, 1),
           shapely.MultiPoint([(1, 1), (2, 3)]), shapely.MultiLineString([[(0, 0), (1, 1)], [(2, 2), (3, 5)]]),
           shapely.MultiPolygon([shapely.box(0, 0, 1, 1),
                                 shapely.box(2, 2, 3, 4).difference(shapely.box(2.2, 2.2, 2.5, 2.5))])]


@pytest.mark.parametrize("shape", _SHAPES, ids=lambda shape: shape.geom_type)
def test_multi_wkb_is_the_wkb_of_the_multi_shape(shape):
    import numpy as np

    from cosafe.store.basemap import _as_multi

    multi = _as_multi(np.array([shape], dtype=object))[0]
    wkb = shapely.to_wkb(shape, output_dimension=2, byte_order=1, flavor="iso")
    assert geometry.multi_wkb(wkb) == shapely.to_wkb(multi, output_dimension=2, byte_order=1, flavor="iso")
    assert geometry.encode_wkb_many([geometry.multi_wkb(wkb)], shapely.bounds([shape])) == [geometry.encode(multi)]


@pytest.mark.parametrize("wkb", [
    shapely.to_wkb(shapely.Point(1, 2), byte_order=0),  # big-endian
    shapely.to_wkb(shapely.Point(1, 2, 3), output_dimension=3, byte_order=1, flavor="iso"),  # Z
    shapely.to_wkb(shapely.set_srid(shapely.Point(1, 2), 4326), byte_order=1, include_srid=True, flavor="extended"),
    shapely.to_wkb(shapely.GeometryCollection([shapely.Point(1, 2)]), byte_order=1),
    b"",
], ids=["big-endian", "z", "extended", "collection", "nothing"])
def test_multi_wkb_refuses_what_it_cannot_prefix(wkb):
    assert geometry.multi_wkb(wkb) is None
