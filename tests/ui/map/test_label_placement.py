"""Label placement on its own (no Qt): no overlaps, upright along lines, streets named a few times."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pytest
import shapely
from map_support import assert_no_overlaps

from cosafe.ui.map.label_placement import (MAX_REPEATS, REPEAT_PX, LineCandidate, PointCandidate, ScreenFrame,
                                           label_geometry, place_labels)

FRAME = ScreenFrame(left=0.0, top=1000.0, scale=1.0, width=1000.0, height=1000.0)  # scene = screen, y flipped


@dataclass
class Box:
    width: float
    height: float


def _scene(sx: float, sy: float) -> tuple[float, float]:
    return FRAME.to_scene(sx, sy)


def _line(*screen_points: tuple[float, float]) -> np.ndarray:
    return np.array([_scene(x, y) for x, y in screen_points])


def test_the_boxes_cover_a_turned_label_whole():
    for angle in (0.0, 17.0, 45.0, -60.0, 90.0):
        boxes, corners = label_geometry(200.0, 300.0, 120.0, 14.0, angle)
        label = shapely.Polygon(corners)
        cover = shapely.union_all([shapely.box(*box) for box in boxes])
        assert cover.contains(label.buffer(-1e-6))
        assert label.area == pytest.approx(120 * 14)
        # A diagonal label's boxes take far less room than its bounding square.
        if angle == 45.0:
            assert cover.area < 0.5 * shapely.box(*label.bounds).area


def test_many_crowded_candidates_never_overlap():
    rng = np.random.default_rng(7)
    candidates = []
    for i in range(300):
        x, y = rng.uniform(50, 950, 2)
        candidates.append(PointCandidate(*_scene(x, y), Box(rng.uniform(30, 120), 14), rng.uniform(0, 10), f"p{i}",
                                         [(0, 0), (40, 0), (-40, 0)]))
    for i in range(60):
        start = rng.uniform(0, 1000, 2)
        angle = rng.uniform(0, 2 * math.pi)
        end = start + 600 * np.array([math.cos(angle), math.sin(angle)])
        candidates.append(LineCandidate(_line(tuple(start), tuple(end)), Box(rng.uniform(50, 140), 13),
                                        rng.uniform(0, 10), f"street {i}"))
    placed = place_labels(candidates, FRAME)
    assert len(placed) > 40
    assert_no_overlaps(placed)
    for label in placed:  # every label lies inside the frame
        assert label.corners[:, 0].min() >= 0 and label.corners[:, 0].max() <= FRAME.width
        assert label.corners[:, 1].min() >= 0 and label.corners[:, 1].max() <= FRAME.height


def test_higher_priority_wins_a_contested_spot():
    low = PointCandidate(*_scene(500, 500), Box(100, 14), 1.0, "low")
    high = PointCandidate(*_scene(510, 502), Box(100, 14), 5.0, "high")
    assert [label.key for label in place_labels([low, high], FRAME)] == ["high"]


def test_a_street_label_runs_along_its_line_and_is_never_upside_down():
    for points in (((100, 800), (900, 300)), ((900, 300), (100, 800))):  # drawn either way
        placed = place_labels([LineCandidate(_line(*points), Box(160, 14), 1.0, "street")], FRAME)
        assert len(placed) == 1
        angle = placed[0].angle
        assert -95 <= angle < 85
        assert angle == pytest.approx(math.degrees(math.atan2(300 - 800, 900 - 100)))
        # The label's centre lies on the line.
        centre = placed[0].corners.mean(axis=0)
        assert shapely.LineString(points).distance(shapely.Point(centre)) < 0.5
    # Near vertical, drawn up or down: read from bottom to top alike.
    for points in (((500, 900), (500, 100)), ((500, 100), (500, 900)), ((510, 100), (500, 900)),
                   ((490, 100), (500, 900))):
        vertical = place_labels([LineCandidate(_line(*points), Box(160, 14), 1.0, "v")], FRAME)
        assert -95 <= vertical[0].angle <= -85


def test_a_label_does_not_bend_round_a_corner():
    # An L: two 90 px legs; a 150 px label fits on neither leg and must not straddle the corner.
    corner = LineCandidate(_line((100, 100), (190, 100), (190, 190)), Box(150, 14), 1.0, "corner")
    assert place_labels([corner], FRAME) == []
    # A long leg takes it, on the straight part.
    longer = LineCandidate(_line((100, 100), (500, 100), (500, 190)), Box(150, 14), 1.0, "longer")
    placed = place_labels([longer], FRAME)
    assert len(placed) == 1 and placed[0].angle == pytest.approx(0.0)
    assert placed[0].corners[:, 0].max() <= 500 + 1


def test_a_street_cut_into_pieces_is_named_a_few_times_and_far_apart():
    # OSM cuts a street into a way per block: 30 blocks of one long street, each a candidate.
    blocks = [LineCandidate(_line((20 + 30 * i, 500), (50 + 30 * i, 500)), Box(25, 12), 1.0, "7th street")
              for i in range(32)]
    placed = place_labels(blocks, FRAME)
    assert 1 <= len(placed) <= MAX_REPEATS
    centres = [label.corners.mean(axis=0) for label in placed]
    for a, b in itertools.combinations(centres, 2):
        assert math.dist(a, b) >= REPEAT_PX


def test_reserved_rectangles_stay_clear():
    spot = PointCandidate(*_scene(30, 980), Box(40, 14), 1.0, "corner", [(0, 0)])
    assert place_labels([spot], FRAME, reserved=[(0, 940, 200, 1000)]) == []
    assert len(place_labels([spot], FRAME)) == 1


def test_a_point_label_tries_its_other_spots():
    taken = PointCandidate(*_scene(540, 500), Box(60, 14), 9.0, "first", [(0, 0)])
    beside = PointCandidate(*_scene(500, 500), Box(60, 14), 1.0, "second", [(40, 0), (-40, 0)])
    placed = {label.key: label for label in place_labels([taken, beside], FRAME)}
    assert placed["second"].dx == -40  # the right-hand spot was taken
    assert placed["second"].x == pytest.approx(_scene(500, 500)[0])  # anchored at its point
