"""Cleaning up what people draw."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cosafe.core.sketch_geometry import SketchGeometryError, make_line, make_point, make_polygon, smooth_stroke


def test_shaky_stroke_is_smoothed_and_simplified():
    shaky = [(x, 0.8 * math.sin(x * 7.3) + 0.02 * x) for x in range(0, 200)]
    tidy = smooth_stroke(shaky, tolerance=2.0)
    assert len(tidy) < 20
    assert tidy[0] == (0.0, shaky[0][1]) and tidy[-1] == (199.0, shaky[-1][1])  # ends stay put
    assert max(abs(y - 0.02 * x) for x, y in tidy) < 2.5


@given(st.lists(st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)), min_size=3, max_size=60))
def test_smoothing_never_leaves_the_strokes_bounds(points):
    tidy = smooth_stroke(points, tolerance=1.0)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert all(min(xs) - 1e-6 <= x <= max(xs) + 1e-6 and min(ys) - 1e-6 <= y <= max(ys) + 1e-6 for x, y in tidy)


def test_bow_tie_is_repaired_into_two_triangles():
    shape = make_polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    assert shape.is_valid and shape.geom_type == "MultiPolygon" and len(shape.geoms) == 2
    assert shape.area == pytest.approx(50)


def test_clean_polygon_and_repeats():
    shape = make_polygon([(0, 0), (10, 0), (10, 0), (10, 10), (0, 10), (0, 0)])
    assert shape.geom_type == "Polygon" and shape.area == 100


@pytest.mark.parametrize("points, message", [
    ([(0, 0), (1, 1)], "at least three"),
    ([(0, 0), (5, 5), (10, 10)], "lie on one line"),
    ([(0, 0), (0, 0), (1, 1), (1, 1)], "at least three"),
])
def test_bad_polygons_are_refused(points, message):
    with pytest.raises(SketchGeometryError, match=message):
        make_polygon(points)


def test_lines_and_points():
    assert make_line([(0, 0), (0, 0), (3, 4)]).length == 5
    with pytest.raises(SketchGeometryError, match="two different points"):
        make_line([(1, 1), (1, 1)])
    assert make_point([(2, 3)]).coords[0] == (2, 3)
    with pytest.raises(SketchGeometryError):
        make_point([])
