"""Where map labels go: candidates in, non-overlapping placed labels out (no Qt).

Contract:
- A label's look is anything with ``width`` and ``height`` in screen pixels (its
  ``art``; ``labels.TextArt`` for names, a feature's badge for its records), so
  labels keep their size on screen at every zoom: placement happens in screen pixels
  for one ``ScreenFrame`` (the view: its top-left in scene units, pixels per scene
  unit, its size in pixels, and ``text_scale``, how much larger than normal sources
  should make their labels; scene units are Web Mercator metres, y up).
- ``PointCandidate``: a label beside a spot (a shop, a stop, a park's middle, a
  proposal's marker), tried at each of its ``offsets`` (pixels from the spot to the
  label's centre) in turn. ``LineCandidate``: a label along a line (a street), laid
  on a straight enough stretch of it — the stretch under the label bends from its
  chord by at most ``STRAIGHT_TOLERANCE`` of the label's height — turned to the
  stretch's direction and never upside down: its angle on screen is in [-95°, 85°),
  so a street within 5° of vertical reads from bottom to top whichever way it was
  drawn, as its neighbours do; positions from the line's middle outwards. Where the
  line bends too much for a straight label and the candidate has ``advances`` (each
  character's width in pixels, measured by the caller's font), its characters are
  laid along the curve instead (``label_curve``: bends limited per character, read
  left to right, no letter upside down), tried after every straight position: the
  straight label is preferred, being easier to read and cheaper to draw, and where
  the line is straight but the straight label collides, so would its letters.
- ``place_labels(candidates, frame, reserved=(), obstacles=())`` places in order of
  falling ``priority`` (equal ones in the order given) and keeps a position only when
  it lies inside the frame, clear of ``reserved`` rectangles (map furniture, a
  legend), of ``obstacles`` (markers drawn over the labels) unless the candidate is
  not ``shy``, and of every label placed before it: no two placed labels overlap, checked on boxes
  (axis-aligned, ``PADDING_PX`` apart) that cover each label whole — one box for an
  upright label, a row of small boxes for a turned one, so a diagonal street's name
  does not block the whole square around it, one box per character of a curved one.
  A collision grid keeps the check local.
- Labels of one ``key`` (a street's name) are placed at most ``MAX_REPEATS`` times
  and at least ``REPEAT_PX`` apart, so a street is named once or a few times per
  view, however many pieces OSM cut it into; an empty key is never limited.
- ``PlacedLabel`` tells where each went: its anchor in scene units (where the label
  sits on the map, so a view that pans or zooms can still draw it before the next
  placement), its offset in pixels, its angle, its ``boxes`` and ``corners`` (the
  turned rectangle; a curved label's band, ``label_curve.glyph_outline``) in the
  frame's pixels, the ``layer`` its candidate came from, and for a curved label its
  ``glyphs``: each character's centre in pixels from the anchor (the label's middle)
  and its angle, (n, 3); None for a label drawn whole.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from cosafe.ui.map.label_curve import curved_positions, glyph_boxes, glyph_outline

PADDING_PX = 2.0  # free space kept around every label
REPEAT_PX = 360.0  # labels of one key at least this far apart (centre to centre)
MAX_REPEATS = 3  # of one key per view
STRAIGHT_TOLERANCE = 0.3  # of the label's height: how far the line under a label may bend from its chord
MAX_POSITIONS = 15  # per line: from its middle outwards
CELL_PX = 64.0  # collision grid cell
NEAR_VERTICAL = 5.0  # degrees: streets this close to vertical all read from bottom to top

Box = tuple[float, float, float, float]  # x0, y0, x1, y1, pixels


class Art(Protocol):
    width: float  # pixels
    height: float


@dataclass(frozen=True)
class ScreenFrame:
    """A view of the map: scene (x, y up) to screen pixels (y down)."""

    left: float  # scene x at the screen's left edge
    top: float  # scene y at the screen's top edge (the view's largest y)
    scale: float  # screen pixels per scene unit
    width: float  # pixels
    height: float
    text_scale: float = 1.0  # labels' size against the normal one (presentation mode: larger)

    def to_screen(self, x: NDArray | float, y: NDArray | float) -> tuple:
        return (np.asarray(x) - self.left) * self.scale, (self.top - np.asarray(y)) * self.scale

    def to_scene(self, sx: float, sy: float) -> tuple[float, float]:
        return self.left + sx / self.scale, self.top - sy / self.scale

    def scene_rect(self, margin_px: float = 0.0) -> Box:
        """(min x, min y, max x, max y) in scene units of the frame grown by ``margin_px``."""
        margin = margin_px / self.scale
        return (self.left - margin, self.top - (self.height / self.scale) - margin,
                self.left + self.width / self.scale + margin, self.top + margin)


@dataclass(eq=False)
class PointCandidate:
    x: float  # scene units
    y: float
    art: Art
    priority: float
    key: str = ""
    offsets: Sequence[tuple[float, float]] = ((0.0, 0.0),)  # pixels from the spot to the label's centre
    shy: bool = True  # keeps clear of obstacles (other layers' markers) too
    layer: Hashable = None


@dataclass(eq=False)
class LineCandidate:
    coords: NDArray[np.float64]  # (n, 2) scene units
    art: Art
    priority: float
    key: str = ""
    shy: bool = True
    layer: Hashable = None
    advances: Sequence[float] = ()  # each character's width, pixels: may follow a curve (none: straight only)


Candidate = PointCandidate | LineCandidate


@dataclass(eq=False)
class PlacedLabel:
    art: Art
    x: float  # anchor, scene units
    y: float
    dx: float  # the label's centre, pixels from the anchor
    dy: float
    angle: float  # degrees, clockwise on screen (y down)
    boxes: NDArray[np.float64]  # (k, 4) pixels of the frame placed in
    corners: NDArray[np.float64]  # (4, 2) pixels: the label's (turned) rectangle
    layer: Hashable = None
    key: str = ""
    glyphs: NDArray[np.float64] | None = None  # (n, 3) a curved label's characters: dx, dy from the anchor, angle

    @property
    def rect(self) -> Box:
        """The axis-aligned bounds of the label's rectangle, pixels."""
        c = self.corners
        return float(c[:, 0].min()), float(c[:, 1].min()), float(c[:, 0].max()), float(c[:, 1].max())


@dataclass
class CollisionGrid:
    """Boxes already taken, bucketed by grid cell so a test looks only nearby."""

    cell: float = CELL_PX
    cells: dict[tuple[int, int], list[Box]] = field(default_factory=dict)

    def _keys(self, box: Box) -> Iterator[tuple[int, int]]:
        for i in range(int(box[0] // self.cell), int(box[2] // self.cell) + 1):
            for j in range(int(box[1] // self.cell), int(box[3] // self.cell) + 1):
                yield i, j

    def free(self, boxes: Iterable[Box]) -> bool:
        for box in boxes:
            for key in self._keys(box):
                for other in self.cells.get(key, ()):
                    if box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]:
                        return False
        return True

    def add(self, boxes: Iterable[Box]) -> None:
        for box in boxes:
            for key in self._keys(box):
                self.cells.setdefault(key, []).append(box)


def label_geometry(cx: float, cy: float, width: float, height: float, angle: float
                   ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(boxes, corners) of a width × height label centred at (cx, cy), turned by ``angle`` degrees.

    The boxes cover the turned rectangle: it is cut along its length into pieces about
    as long as it is high, and each piece's axis-aligned bounds is one box.
    """
    radians = math.radians(angle)
    cos, sin = math.cos(radians), math.sin(radians)
    half_w, half_h = width / 2, height / 2
    along = np.array([[-half_w, -half_h], [half_w, -half_h], [half_w, half_h], [-half_w, half_h]])
    corners = np.column_stack([cx + along[:, 0] * cos - along[:, 1] * sin, cy + along[:, 0] * sin + along[:, 1] * cos])
    if abs(sin) < 1e-9:
        boxes = np.array([[cx - half_w, cy - half_h, cx + half_w, cy + half_h]])
    else:
        pieces = max(1, math.ceil(width / max(height, 1.0)))
        piece = width / pieces
        t = -half_w + piece * (np.arange(pieces) + 0.5)
        px, py = cx + t * cos, cy + t * sin
        reach_x = abs(cos) * piece / 2 + abs(sin) * half_h
        reach_y = abs(sin) * piece / 2 + abs(cos) * half_h
        boxes = np.column_stack([px - reach_x, py - reach_y, px + reach_x, py + reach_y])
    pad = PADDING_PX / 2
    return boxes + np.array([-pad, -pad, pad, pad]), corners


def _inside(boxes: NDArray[np.float64], frame: ScreenFrame) -> bool:
    return bool((boxes[:, 0] >= 0).all() and (boxes[:, 1] >= 0).all() and (boxes[:, 2] <= frame.width).all()
                and (boxes[:, 3] <= frame.height).all())


def _distance(sx: NDArray[np.float64], sy: NDArray[np.float64]) -> NDArray[np.float64]:
    """Cumulative length along the polyline (sx, sy), pixels, from 0 at its first point."""
    return np.r_[0.0, np.cumsum(np.hypot(np.diff(sx), np.diff(sy)))]


def _centres(length: float, width: float) -> list[float]:
    """Where along a line ``length`` pixels long to try a label ``width`` long: from its middle outwards."""
    half = width / 2 + PADDING_PX
    if length < 2 * half:
        return []
    step = max(width / 2, 40.0)
    middle = length / 2
    offsets = [0.0]
    for k in range(1, MAX_POSITIONS):
        offsets.append(math.ceil(k / 2) * step * (1 if k % 2 else -1))
    return [middle + offset for offset in offsets if half <= middle + offset <= length - half]


def positions_along(sx: NDArray[np.float64], sy: NDArray[np.float64], width: float, height: float,
                    distance: NDArray[np.float64] | None = None) -> Iterator[tuple[float, float, float]]:
    """(x, y, angle) on screen where a width × height label fits straight along the polyline (sx, sy)
    (``distance``: its cumulative length, when the caller has it)."""
    if distance is None:
        distance = _distance(sx, sy)
    for centre in _centres(float(distance[-1]), width):
        straight = _straight(sx, sy, distance, centre, width, height)
        if straight is not None:
            yield straight


def _straight(sx: NDArray[np.float64], sy: NDArray[np.float64], distance: NDArray[np.float64], centre: float,
              width: float, height: float) -> tuple[float, float, float] | None:
    """(x, y, angle) of a width × height label centred ``centre`` pixels along the polyline, or None
    where the line bends too much under it for a straight label."""
    start, end = centre - width / 2, centre + width / 2
    ax, ay = np.interp(start, distance, sx), np.interp(start, distance, sy)
    bx, by = np.interp(end, distance, sx), np.interp(end, distance, sy)
    chord_x, chord_y = bx - ax, by - ay
    chord = math.hypot(chord_x, chord_y)
    if chord < 0.9 * width:  # the line turns under the label
        return None
    inner = (distance > start) & (distance < end)
    if inner.any():
        bend = np.abs(chord_x * (sy[inner] - ay) - chord_y * (sx[inner] - ax)) / chord
        if bend.max() > max(1.5, STRAIGHT_TOLERANCE * height):
            return None
    angle = math.degrees(math.atan2(chord_y, chord_x))  # (-180, 180], clockwise on screen
    if angle >= 90.0 - NEAR_VERTICAL:
        angle -= 180.0  # read left to right, never upside down; near vertical: bottom to top
    elif angle < -90.0 - NEAR_VERTICAL:
        angle += 180.0
    return float(np.interp(centre, distance, sx)), float(np.interp(centre, distance, sy)), angle


def place_labels(candidates: Iterable[Candidate], frame: ScreenFrame, reserved: Iterable[Box] = (),
                 obstacles: Iterable[Box] = ()) -> list[PlacedLabel]:
    """Place what fits, highest priority first (see the module contract)."""
    grid = CollisionGrid()
    grid.add(list(reserved))
    markers = CollisionGrid()
    markers.add(list(obstacles))
    placed: list[PlacedLabel] = []
    by_key: dict[str, list[tuple[float, float]]] = {}
    ordered = sorted(candidates, key=lambda candidate: -candidate.priority)  # stable
    for candidate in ordered:
        key = candidate.key
        earlier = by_key.get(key, []) if key else []
        if key and len(earlier) >= MAX_REPEATS:
            continue
        art = candidate.art
        half_w, half_h = art.width / 2 + PADDING_PX / 2, art.height / 2 + PADDING_PX / 2
        for cx, cy, angle, dx, dy, glyphs in _positions(candidate, frame):
            if earlier and any(math.hypot(cx - px, cy - py) < REPEAT_PX for px, py in earlier):
                continue
            if glyphs is not None:  # along a curve: a box per character
                margin = _margin(candidate)
                boxes = glyph_boxes(glyphs, candidate.advances, art.height, margin, PADDING_PX / 2)
                if not _inside(boxes, frame):
                    continue
                as_tuples = [tuple(box) for box in boxes.tolist()]
            elif angle == 0.0:
                # Upright (most tries: a crowd of badges or shops): plain floats, no arrays until kept.
                as_tuples = [(cx - half_w, cy - half_h, cx + half_w, cy + half_h)]
                box = as_tuples[0]
                if box[0] < 0 or box[1] < 0 or box[2] > frame.width or box[3] > frame.height:
                    continue
            else:
                boxes, _ = label_geometry(cx, cy, art.width, art.height, angle)
                if not _inside(boxes, frame):
                    continue
                as_tuples = [tuple(box) for box in boxes.tolist()]
            if not grid.free(as_tuples) or (candidate.shy and not markers.free(as_tuples)):
                continue
            if glyphs is not None:
                corners = glyph_outline(glyphs, candidate.advances, art.height, margin)
                glyphs = glyphs - np.array([cx, cy, 0.0])  # from the anchor, the label's middle
            else:
                boxes, corners = label_geometry(cx, cy, art.width, art.height, angle)
            grid.add(as_tuples)
            anchor_x, anchor_y = frame.to_scene(cx - dx, cy - dy)
            placed.append(PlacedLabel(art, anchor_x, anchor_y, dx, dy, angle, boxes, corners, candidate.layer, key,
                                      glyphs))
            if key:
                by_key.setdefault(key, []).append((cx, cy))
            break
    return placed


def _margin(candidate: LineCandidate) -> float:
    """The label's room beyond its first and last character (its halo), pixels."""
    return max(0.0, (candidate.art.width - float(sum(candidate.advances))) / 2)


def _positions(candidate: Candidate, frame: ScreenFrame
               ) -> Iterator[tuple[float, float, float, float, float, NDArray[np.float64] | None]]:
    """(centre x, centre y, angle, dx, dy, glyphs) on screen to try for ``candidate``: glyphs
    (n, 3) on screen for a curved position, None for a label placed whole."""
    if isinstance(candidate, PointCandidate):
        sx, sy = (candidate.x - frame.left) * frame.scale, (frame.top - candidate.y) * frame.scale
        for dx, dy in candidate.offsets:
            yield sx + dx, sy + dy, 0.0, dx, dy, None
        return
    coords = candidate.coords
    if len(coords) < 2:
        return
    sx, sy = frame.to_screen(coords[:, 0], coords[:, 1])
    distance = _distance(sx, sy)
    art = candidate.art
    bends = []  # where the line is too curved for a straight label
    for centre in _centres(float(distance[-1]), art.width):
        straight = _straight(sx, sy, distance, centre, art.width, art.height)
        if straight is None:
            bends.append(centre)
        else:
            yield *straight, 0.0, 0.0, None
    # Only where it bends: where the line is straight and the straight label did not fit, neither would
    # its letters laid one by one, and a name should not look straight here and lettered there.
    if bends and len(candidate.advances) > 1:
        for position in curved_positions(sx, sy, distance, bends, candidate.advances, art.height, NEAR_VERTICAL):
            yield position.x, position.y, position.angle, 0.0, 0.0, position.glyphs


def around(width: float, height: float, clearance: float, spots: int = 8) -> list[tuple[float, float]]:
    """Offsets that put a width × height label beside a marker ``clearance`` pixels in radius:
    right, left, above, below, then the corners."""
    side_x = clearance + width / 2
    side_y = clearance + height / 2
    corner_x = clearance * 0.7 + width / 2
    corner_y = clearance * 0.7 + height / 2
    offsets = [(side_x, 0.0), (-side_x, 0.0), (0.0, -side_y), (0.0, side_y),
               (corner_x, -corner_y), (-corner_x, -corner_y), (corner_x, corner_y), (-corner_x, corner_y)]
    return offsets[:spots]
