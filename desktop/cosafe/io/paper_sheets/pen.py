"""Pen lines drawn on a printed group map: open strokes become line ideas, closed shapes area ideas (OpenCV; no Qt).

Contract:
- ``find_pen_lines(page, layout, identity, px_per_mm, in_photo=None) -> list[Detection]``:
  ``page`` is the rectified page (BGR, ``px_per_mm``), ``in_photo`` as for ``find_stickers``.
  The legend says "Pen line: a route" and "Closed pen line: an area for an idea", drawn in
  the sheet's dark ink: a pen is any dark, colourless or coloured, stroke at least
  ``MIN_STROKE_MM`` wide inside the map frame. The map is printed light grey (its darkest
  ink at 30 % grey) and the grid lighter still and thin, so after the light is evened out
  only pen ink is darker than ``PEN_MAX_VALUE``; an opening of ``MIN_STROKE_MM`` removes
  what thin dark print is left (the frame's own outline is outside the searched area); ink
  below ``PEN_WEAK_VALUE`` joined to it counts too (a thin stroke, blurred, is lighter in
  places), and gaps up to ``BRIDGE_MM`` are closed.
- Each dark piece at least ``MIN_LENGTH_MM`` long is traced. It is an "area" only when the
  stroke closes on itself at its ends — its skeleton (Zhang–Suen thinning) one ring, without
  crossings, once spurs up to ``SPUR_MM`` are off (``skeleton.stroke_path``) — around a hole of at least
  ``MIN_HOLE_MM2`` (the hole's outline widened by half the stroke: the pen line's middle).
  Any other piece is a "line", a figure eight or a route that crosses itself too (holes
  and all): the path through its whole skeleton, loops included, simplified to
  ``SIMPLIFY_MM``. A dot (a pen's dab, a pencil mark shorter than ``MIN_LENGTH_MM``) is no
  line; a sticker is coloured and light, no pen.
- A detection's kind is "line" or "area", meaning "idea", colour the legend's ink, its
  ``points_mm`` the traced path on the page (an area's ring not repeated at the end) and
  ``coordinates`` the same as (lon, lat); ``x_mm``/``y_mm`` and ``lon``/``lat`` the middle
  of its extent, ``diameter_mm`` the stroke's width. Flags as for stickers: "half_off_frame"
  when it runs to the frame's edge (the person drew beyond the map), "off_photo" when the
  photo's edge cuts it, "faint" when its ink is barely darker than the map.
"""

from __future__ import annotations

import math
import cv2
import numpy as np
from shapely.geometry import Polygon

from cosafe.io.paper_sheets.layout import SheetIdentity, SheetLayout, paper_to_lonlat
from cosafe.io.paper_sheets.reading import Detection, even_light
from cosafe.io.paper_sheets.skeleton import stroke_path

PEN_INK = "#1A1A1A"  # the legend's pen lines are drawn in the sheet's ink
PEN_MAX_VALUE = 60  # of 255 in the evened-out page (paper 240): the printed map's darkest ink measures ~75 and more
PEN_WEAK_VALUE = 72  # lighter ink that joins sure pen ink is pen too
FAINT_VALUE = 48  # a stroke whose median darkest channel is above this is barely darker than the map
MIN_STROKE_MM = 0.35  # a felt pen or marker; a ballpoint's hairline (0.3 mm and less) is not read
BRIDGE_MM = 1.2  # gaps this small in a stroke (the pen skipped, the photo blurred) are closed
MIN_LENGTH_MM = 12.0
MIN_HOLE_MM2 = 40.0
SIMPLIFY_MM = 0.4
SPUR_MM = 4.0  # a shorter tail off a ring is the pen overshooting where it closed the shape (or thinning's whisker)
FRAME_INSET_MM = 1.2  # the frame's printed outline (0.3 mm) and the blur around it stay out
CONFIDENCE_FLAGGED = 0.5


def find_pen_lines(page: np.ndarray, layout: SheetLayout, identity: SheetIdentity, px_per_mm: float,
                   in_photo: np.ndarray | None = None, evened: np.ndarray | None = None,
                   ignore: np.ndarray | None = None) -> list[Detection]:
    """The pen lines and closed shapes inside the frame of a rectified page (see the module contract);
    ink where ``ignore`` (a mask of the page) is non-zero is left out: the numbers written beside dots."""
    left, top, width, height = layout.frame
    x0, y0 = round((left + FRAME_INSET_MM) * px_per_mm), round((top + FRAME_INSET_MM) * px_per_mm)
    x1, y1 = round((left + width - FRAME_INSET_MM) * px_per_mm), round((top + height - FRAME_INSET_MM) * px_per_mm)
    if evened is None:
        evened = even_light(page, px_per_mm)
    value = evened[y0:y1, x0:x1].max(axis=2)
    dark = (value < PEN_MAX_VALUE).astype(np.uint8)
    size = max(3, round(MIN_STROKE_MM * px_per_mm)) | 1
    dark = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    # A thin stroke, blurred, is lighter in places: ink a little lighter than the pen's (still darker than
    # most of the map) counts where it joins what is surely pen, so the stroke is not broken there.
    weak = (value < PEN_WEAK_VALUE).astype(np.uint8)
    count, labels = cv2.connectedComponents(weak, connectivity=8)
    joined = np.zeros(count, dtype=bool)
    joined[np.unique(labels[dark > 0])] = True
    joined[0] = False
    dark = joined[labels].astype(np.uint8)
    if ignore is not None:
        dark[ignore[y0:y1, x0:x1] > 0] = 0
    bridge = max(3, round(BRIDGE_MM * px_per_mm)) | 1
    dark = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (bridge, bridge)))
    outside = None
    if in_photo is not None:
        outside = cv2.dilate((in_photo[y0:y1, x0:x1] == 0).astype(np.uint8),
                             cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * round(px_per_mm) + 1,) * 2))
    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(dark, connectivity=8)
    detections = []
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if max(w, h) < MIN_LENGTH_MM * px_per_mm * 0.7:
            continue
        piece = (labels[y:y + h, x:x + w] == index).astype(np.uint8)
        padded = cv2.copyMakeBorder(piece, 2, 2, 2, 2, cv2.BORDER_CONSTANT, value=0)
        distance = cv2.distanceTransform(padded, cv2.DIST_L2, 5)
        skeleton = _thin(padded)
        if not skeleton.any():
            continue
        stroke_mm = 2 * float(np.median(distance[skeleton > 0])) / px_per_mm
        contours, hierarchy = cv2.findContours(padded, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
        holes = [c for c, hier in zip(contours, hierarchy[0]) if hier[3] >= 0
                 and cv2.contourArea(c) >= MIN_HOLE_MM2 * px_per_mm ** 2]
        offset = np.array([x + x0 - 2, y + y0 - 2], dtype=np.float64)
        stroke_px = stroke_mm * px_per_mm
        traced = stroke_path(skeleton, merge_px=max(3.0, 1.5 * stroke_px),
                             spur_px=max(SPUR_MM * px_per_mm, 2.0 * stroke_px))
        if holes and traced.closed:
            hole = max(holes, key=cv2.contourArea)
            ring = cv2.approxPolyDP(hole, SIMPLIFY_MM * px_per_mm, True).reshape(-1, 2).astype(np.float64)
            if len(ring) < 3:
                continue
            middle = Polygon((ring + offset) / px_per_mm).buffer(stroke_mm / 2, join_style=2)
            if middle.geom_type != "Polygon":
                continue
            points = [(float(px), float(py)) for px, py in middle.exterior.coords[:-1]]
            kind = "area"
        else:
            path = traced.path
            if len(path) < 2:
                continue
            line = cv2.approxPolyDP(np.array(path, dtype=np.int32).reshape(-1, 1, 2), SIMPLIFY_MM * px_per_mm,
                                    False).reshape(-1, 2).astype(np.float64)
            points = [(float(px), float(py)) for px, py in (line + offset) / px_per_mm]
            length = sum(math.dist(a, b) for a, b in zip(points, points[1:]))
            if length < MIN_LENGTH_MM:
                continue
            kind = "line"
        flags: tuple[str, ...] = ()
        confidence = 0.9
        if x <= 1 or y <= 1 or x + w >= dark.shape[1] - 1 or y + h >= dark.shape[0] - 1:
            flags += ("half_off_frame",)
        if outside is not None and np.any(outside[y:y + h, x:x + w][piece > 0]):
            flags += ("off_photo",)
        ink = float(np.median(value[y:y + h, x:x + w][piece > 0]))
        if ink > FAINT_VALUE:
            flags += ("faint",)
        if flags:
            confidence = CONFIDENCE_FLAGGED
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        lon, lat = paper_to_lonlat(cx, cy, layout.frame, identity.bounds)
        coordinates = tuple(paper_to_lonlat(px, py, layout.frame, identity.bounds) for px, py in points)
        detections.append(Detection(kind, "idea", PEN_INK, cx, cy, lon, lat, round(stroke_mm, 2), confidence,
                                    flags, points_mm=tuple(points), coordinates=coordinates))
    detections.sort(key=lambda d: (d.y_mm, d.x_mm))
    return detections


def _thin(mask: np.ndarray) -> np.ndarray:
    """Zhang–Suen thinning of a 0/1 mask (its border all 0): a one-pixel wide skeleton, as 0/1."""
    image = mask.copy().astype(np.uint8)
    while True:
        changed = False
        for step in (0, 1):
            p = np.pad(image, 1)
            p2, p3, p4 = p[:-2, 1:-1], p[:-2, 2:], p[1:-1, 2:]
            p5, p6, p7 = p[2:, 2:], p[2:, 1:-1], p[2:, :-2]
            p8, p9 = p[1:-1, :-2], p[:-2, :-2]
            neighbours = [p2, p3, p4, p5, p6, p7, p8, p9]
            b = sum(n.astype(np.int32) for n in neighbours)
            ring = neighbours + [p2]
            a = sum(((ring[i] == 0) & (ring[i + 1] == 1)).astype(np.int32) for i in range(8))
            if step == 0:
                c, d = p2 * p4 * p6, p4 * p6 * p8
            else:
                c, d = p2 * p4 * p8, p2 * p6 * p8
            remove = (image == 1) & (b >= 2) & (b <= 6) & (a == 1) & (c == 0) & (d == 0)
            if remove.any():
                image[remove] = 0
                changed = True
        if not changed:
            return image

