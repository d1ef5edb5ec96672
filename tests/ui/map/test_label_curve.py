"""Street names along curved lines (no Qt): where the letters go, which bends refuse them, never upside down."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pytest
import shapely
from map_support import assert_no_overlaps

from cosafe.ui.map.label_placement import LineCandidate, PointCandidate, ScreenFrame, place_labels

FRAME = ScreenFrame(left=0.0, top=1000.0, scale=1.0, width=1000.0, height=1000.0)  # scene = screen, y flipped
ADVANCES = (8.0,) * 16  # a 16-letter name, 128 px of text
HEIGHT = 18.0
HALO = 2.0


@dataclass
class Art:
    width: float
    height: float


def _line(points) -> np.ndarray:
    return np.array([FRAME.to_scene(x, y) for x, y in points])


def _street(points, advances=ADVANCES, key="street", priority=1.0) -> LineCandidate:
    return LineCandidate(_line(points), Art(sum(advances) + 2 * HALO, HEIGHT), priority, key, advances=advances)


def _arc(cx: float, cy: float, radius: float, start: float, end: float, count: int = 40) -> list[tuple[float, float]]:
    """Screen points (y down) on a circle from ``start`` to ``end`` radians."""
    return [(cx + radius * math.cos(a), cy + radius * math.sin(a)) for a in np.linspace(start, end, count)]


# An S: two half circles of 70 px, bending one way then the other; nowhere straight for a 132 px label.
S_BEND = _arc(370, 500, 70, math.pi, 0) + _arc(510, 500, 70, math.pi, 2 * math.pi)[1:]
# A U: a half circle of 70 px with legs too short for the name.
U_BEND = [(330, 380)] + _arc(400, 400, 70, math.pi, 0) + [(470, 380)]


def _turned(points, degrees: float, about=(500.0, 500.0)) -> list[tuple[float, float]]:
    radians = math.radians(degrees)
    cos, sin = math.cos(radians), math.sin(radians)
    return [(about[0] + (x - about[0]) * cos - (y - about[1]) * sin,
             about[1] + (x - about[0]) * sin + (y - about[1]) * cos) for x, y in points]


def _letters(label) -> np.ndarray:
    """(n, 3) the letters' centres on screen and their angles."""
    return label.glyphs + np.array([*FRAME.to_screen(label.x, label.y), 0.0])


def _assert_follows(label, points, tolerance: float = 0.5) -> None:
    """Every letter sits on the line and lies along it there (to 12°), and reads forward."""
    line = shapely.LineString(points)
    letters = _letters(label)
    for x, y, angle in letters:
        assert line.distance(shapely.Point(x, y)) < tolerance
        at = line.project(shapely.Point(x, y))
        ahead, behind = line.interpolate(min(at + 2, line.length)), line.interpolate(max(at - 2, 0))
        tangent = math.degrees(math.atan2(ahead.y - behind.y, ahead.x - behind.x))
        difference = (angle - tangent + 90) % 180 - 90  # either way along the line
        assert abs(difference) < 12
    # Each letter comes after the one before it in its reading direction, a letter's width on.
    for (x0, y0, a0), (x1, y1, _) in zip(letters, letters[1:]):
        step = (x1 - x0) * math.cos(math.radians(a0)) + (y1 - y0) * math.sin(math.radians(a0))
        assert 8 * 0.8 < step < 8 * 1.2


@pytest.mark.parametrize("points", [S_BEND, U_BEND], ids=["S", "U"])
def test_an_s_or_u_shaped_street_is_named_along_its_curve(points):
    straight_only = LineCandidate(_line(points), Art(132, HEIGHT), 1.0, "street")
    assert place_labels([straight_only], FRAME) == []  # the old way: no straight stretch, no name
    placed = place_labels([_street(points)], FRAME)
    assert len(placed) == 1
    label = placed[0]
    assert label.glyphs is not None and len(label.glyphs) == len(ADVANCES)
    _assert_follows(label, points)
    # One box per letter, and the letters' band is what the placement reports.
    assert len(label.boxes) == len(ADVANCES)
    band = shapely.Polygon(label.corners)
    assert band.is_valid and band.area == pytest.approx((sum(ADVANCES) + 2 * HALO) * HEIGHT, rel=0.15)


@pytest.mark.parametrize("corner", [90.0, 60.0])
def test_a_zig_zag_or_a_sharp_corner_gets_no_name(corner):
    # Legs of 60 px: shorter than the name, so it could only be laid round a corner.
    rise = 60 * math.sin(math.radians(corner / 2))
    run = 60 * math.cos(math.radians(corner / 2))
    zigzag = [(100 + run * i, 500 + (rise if i % 2 else 0.0)) for i in range(14)]
    assert place_labels([_street(zigzag)], FRAME) == []
    # One corner between two legs of 90 px.
    radians = math.radians(corner)
    bend = [(300, 500), (390, 500), (390 + 90 * math.cos(radians), 500 + 90 * math.sin(radians))]
    assert place_labels([_street(bend)], FRAME) == []


def test_a_gentle_bend_round_a_corner_is_named_but_a_tight_curl_is_not():
    gentle = _arc(500, 600, 120, math.pi, 1.5 * math.pi)  # a quarter circle of 120 px: 188 px long
    assert len(place_labels([_street(gentle)], FRAME)) == 1
    curl = _arc(500, 500, 25, 0, 2 * math.pi * 1.5, count=120)  # a loop of 25 px: the letters would collide
    assert place_labels([_street(curl)], FRAME) == []


@pytest.mark.parametrize("turn", range(0, 360, 30))
@pytest.mark.parametrize("shape", ["S", "U"])
@pytest.mark.parametrize("backwards", [False, True], ids=["drawn forwards", "drawn backwards"])
def test_the_name_reads_left_to_right_never_upside_down(shape, turn, backwards):
    points = _turned(S_BEND if shape == "S" else U_BEND, turn)
    if backwards:
        points = points[::-1]
    placed = place_labels([_street(points)], FRAME)
    # An S has a gentle stretch to read upright at every turn; a U only as a bowl or an arch (within
    # 30°): turned on its side, a name round its bend would end upside down, so it gets none.
    if shape == "S" or min(turn % 180, 180 - turn % 180) <= 30:
        assert len(placed) == 1 and placed[0].glyphs is not None
    else:
        assert placed == []
        return
    label = placed[0]
    assert -95 <= label.angle < 85  # the name as a whole reads from the left (near vertical: from below)
    assert (np.abs(label.glyphs[:, 2]) <= 100).all()  # no letter turned past its side onto its head
    _assert_follows(label, points)


def test_a_curved_name_keeps_clear_of_other_labels_letter_by_letter():
    # Shops' names sit in the U's bowl and just outside it: the street's letters fit between them.
    inside = PointCandidate(*FRAME.to_scene(400, 420), Art(70, 14), 9.0, "shop inside", [(0, 0)])
    outside = PointCandidate(*FRAME.to_scene(400, 500), Art(60, 14), 9.0, "shop below", [(0, 0)])
    placed = place_labels([inside, outside, _street(U_BEND)], FRAME)
    assert {label.key for label in placed} == {"shop inside", "shop below", "street"}
    assert_no_overlaps(placed)
    # A label on the curve's path itself leaves the street no room on it.
    blocker = PointCandidate(*FRAME.to_scene(400, 470), Art(60, 14), 9.0, "on the bend", [(0, 0)])
    placed = place_labels([blocker, _street(U_BEND)], FRAME)
    assert [label.key for label in placed] == ["on the bend"]


def test_crowded_winding_streets_never_overlap():
    rng = np.random.default_rng(3)
    candidates = []
    for i in range(40):
        x0, y0 = rng.uniform(50, 700, 2)
        turn = rng.uniform(0, 360)
        t = np.linspace(0, 300, 60)
        wave = [(x0 + d, y0 + 25 * math.sin(d / 40 + i)) for d in t]
        candidates.append(_street(_turned(wave, turn, (x0, y0)), key=f"lane {i}", priority=rng.uniform(0, 5)))
    for i in range(100):
        x, y = rng.uniform(50, 950, 2)
        candidates.append(PointCandidate(*FRAME.to_scene(x, y), Art(rng.uniform(30, 90), 14), rng.uniform(0, 5),
                                         f"shop {i}"))
    placed = place_labels(candidates, FRAME)
    curved = [label for label in placed if label.glyphs is not None]
    assert len(curved) >= 5
    assert_no_overlaps(placed)
    for label in placed:
        assert label.corners[:, 0].min() >= 0 and label.corners[:, 0].max() <= FRAME.width
        assert label.corners[:, 1].min() >= 0 and label.corners[:, 1].max() <= FRAME.height


def test_a_straight_stretch_is_preferred_to_a_curve():
    # A long straight street that ends in a bend: the name goes on the straight part, whole.
    points = [(100, 500), (600, 500)] + _arc(600, 570, 70, -0.5 * math.pi, 0.5 * math.pi)[1:]
    placed = place_labels([_street(points)], FRAME)
    assert len(placed) == 1 and placed[0].glyphs is None and placed[0].angle == pytest.approx(0.0)
    # Without letters' widths a curve is never followed: the name stays straight or goes.
    plain = LineCandidate(_line(S_BEND), Art(132, HEIGHT), 1.0, "plain")
    assert place_labels([plain], FRAME) == []


def test_placement_knows_no_qt():
    """Where labels go is worked out in numbers (the caller measures the letters), so it runs and is
    tested without a display."""
    import ast
    from pathlib import Path

    from cosafe.ui.map import label_curve, label_placement

    for module in (label_curve, label_placement):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert not {name.split(".")[0] for name in imported} & {"PySide6", "shiboken6", "pyqtgraph"}
