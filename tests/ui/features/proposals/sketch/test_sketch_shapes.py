"""Vertex edits, projection round trip and the shared selection model of the sketch tools."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from cosafe.core.sketch_geometry import SketchGeometryError
from cosafe.ui.features.proposals.sketch.selection import ProposalSelection
from cosafe.ui.features.proposals.sketch.shapes import (VertexKey, insert_vertex, move_vertex, nearest_segment, nearest_vertex,
                                         remove_vertex, to_map, to_store, vertices)


def test_projection_round_trip_is_exact_to_a_nanodegree():
    shape = Polygon([(36.85, -1.28), (36.86, -1.28), (36.86, -1.27)])
    back = to_store(to_map(shape))
    assert back.equals_exact(shape, 1e-9)


def test_closed_rings_list_each_vertex_once_and_holes_are_addressable():
    square = box(0, 0, 10, 10).difference(box(4, 4, 6, 6))
    keys = [key for key, _, _ in vertices(square)]
    assert len(keys) == 8 and {key.ring for key in keys} == {0, 1}
    moved = move_vertex(square, VertexKey(0, 1, 0), 5, 5)
    assert moved.is_valid and len(moved.interiors) == 1


def test_moving_a_corner_across_repairs_the_area_as_drawing_does():
    square = box(0, 0, 10, 10)
    key = nearest_vertex(square, 10, 10, 0.5)
    crossed = move_vertex(square, key, -5, 15) if key else None
    assert crossed is not None and crossed.is_valid


def test_insert_on_the_nearest_edge_and_refuse_too_few_vertices():
    line = LineString([(0, 0), (10, 0)])
    key, x, y = nearest_segment(line, 5, 1, 2)
    longer = insert_vertex(line, key, x, y)
    assert list(longer.coords) == [(0, 0), (5, 0), (10, 0)]
    assert nearest_segment(line, 5, 5, 2) is None
    shorter = remove_vertex(longer, VertexKey(0, 0, 1))
    with pytest.raises(SketchGeometryError, match="two vertices"):
        remove_vertex(shorter, VertexKey(0, 0, 0))
    triangle = Polygon([(0, 0), (1, 0), (0, 1)])
    with pytest.raises(SketchGeometryError, match="three vertices"):
        remove_vertex(triangle, VertexKey(0, 0, 0))


def test_multipolygon_parts_are_edited_separately():
    shape = MultiPolygon([box(0, 0, 1, 1), box(3, 0, 4, 1)])
    key = nearest_vertex(shape, 4, 1, 0.1)
    assert key is not None and key.part == 1
    moved = move_vertex(shape, key, 5, 2)
    assert moved.geom_type == "MultiPolygon" and moved.geoms[0].equals(box(0, 0, 1, 1))
    assert move_vertex(Point(1, 1), VertexKey(0, 0, 0), 2, 3).equals(Point(2, 3))


def test_selection_signals_only_real_changes(qtbot):
    selection = ProposalSelection()
    seen: list[list[str]] = []
    selection.selection_changed.connect(seen.append)
    selection.select(["a", "b", "a"])
    selection.select(["a", "b"])
    selection.toggle("a")
    selection.add(["c"])
    selection.keep_only({"c"})
    selection.clear()
    assert seen == [["a", "b"], ["b"], ["b", "c"], ["c"], []]
