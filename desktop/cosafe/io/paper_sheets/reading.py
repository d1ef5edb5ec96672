"""Reading a photo or scan of a printed group map: which sheet it is, and the dot stickers on it (OpenCV; no Qt).

Contract:
- ``read_photo(image) -> SheetReading``: ``image`` is a BGR array (``load_photo`` reads a file).
  The sheet is found by its ArUco corner markers (at least three of one paper size; their
  ids name the paper, so the layout is known before anything else is read), the photo is
  rectified to the page by the homography of the markers' corners (any angle, rotation or
  distance the markers are still found at), and the QR code is read in its box of the
  rectified page. A photo without the markers, or whose QR code is missing, unreadable, not
  a CoSafe sheet's or of another paper than its markers, raises ``NotASheet`` (one
  translated line); the caller refuses a sheet of another project by ``identity.project``.
- Stickers: the rectified page's light is evened out (each colour channel divided by the
  paper's own brightness around it: shadows, uneven and tinted light), then strongly
  coloured pixels are split by hue into the ``STICKERS`` colours; each blob of a sticker's
  size (5–30 mm across) and round enough (circularity ≥ 0.6) whose centre is inside the map
  frame is a ``Detection``; stickers touching one another (one blob) are split into the
  largest circles that make it up, with a lower confidence. A sticker whose disc crosses the
  frame's edge (its centre up to 0.6 of its radius outside) is kept, as is one the photo's own edge
  cuts. A detection has its meaning and
  colour, its centre on the page (mm) and as lon/lat (through the QR code's bounds and the
  frame, linear in Web Mercator), and a
  confidence from 0 to 1 (roundness, colour strength, size). The printed map is grey, so
  it gives no such blobs; the legend's dots are outside the frame.
- ``Detection.flags``: why a detection must not be stored without a person looking at it
  (``FLAGS``): "touching" (split out of stickers stuck together), "half_off_frame" (its disc
  crosses the map frame's edge: where it points is a guess), "off_photo" (the photo's edge
  cuts it), "faint" (its colour is weak: a faded or shadowed sticker, or a stain). A flagged
  detection is reported, never dropped, and its confidence is lowered; ``split_uncertain()`` tells
  the flagged ones from the sure ones.
- ``Detection.note``: the number written in pen beside a dot (``numbers.py``), linking it to
  a numbered note of the margin; "number_unsure" flags a number not read surely (``note`` then
  the best guess, or None).
- Pen lines and closed shapes (kind "line" and "area", ideas) are read by ``pen.py`` (leaving
  out the numbers' ink) and follow the stickers in ``SheetReading.detections``.
- ``RECTIFIED_PX_MM``: the rectified page's resolution (pixels per mm), lower for large
  paper so every page is about 2400 px wide.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from cosafe.core.file_errors import os_reason
from cosafe.core.i18n import arg
from cosafe.io.paper_sheets.choice import SheetsError
from cosafe.io.paper_sheets.layout import (ARUCO_DICTIONARY, STICKERS, SheetIdentity, SheetLayout, layout_for,
                                           marker_corners_mm, paper_of_marker, paper_to_lonlat)
from cosafe.io.paper_sheets.words import Sheets

DETECT_SIDE_PX = 2400  # markers are looked for in a copy this large; their corners refined in the photo itself
PAGE_WIDTH_PX = 2400  # the rectified page's width
MIN_DIAMETER_MM, MAX_DIAMETER_MM = 5.0, 30.0
MIN_CIRCULARITY = 0.6
MAX_CLUSTER = 6  # stickers touching one another: a blob up to six of the largest is split into dots
MIN_TOUCHING_DIAMETER_MM = 7.0  # a dot split out of a cluster is at least this wide: a marker pen's stroke is not
TOUCHING_CONFIDENCE = 0.6  # dots split out of a cluster are less certain than a dot alone
MIN_SATURATION = 95  # of 255, in the evened-out page; the printed map stays below 40
# A sticker is light (its median HSV value 120 and more, in shadow too); pen ink is dark (below 72, pen.py),
# however coloured: a brown-black pen's "0" written beside a dot is round and reddish, and no sticker.
MIN_STICKER_VALUE = 90
FAINT_STRENGTH = 0.5  # a blob's mean saturation (0–1) below this is "faint": printed stickers measure 0.6 and more
EDGE_CONFIDENCE = 0.5  # at most, for a dot cut by the frame's or the photo's edge (its centre is a guess) or faint
OUTSIDE_REACH = 0.6  # a dot whose centre is up to this many radii outside the frame is kept, flagged
FLAGS = ("touching", "half_off_frame", "off_photo", "faint", "number_unsure")
# OpenCV hue (0–180) ranges of each sticker colour: vermillion ~13, bluish green ~82, blue ~101.
HUES: dict[str, tuple[tuple[int, int], ...]] = {
    "unsafe": ((0, 22), (165, 180)),  # not up to yellow (~28): a yellow sticker means nothing here
    "safe": ((52, 92),),
    "idea": ((92, 130),),
}


class NotASheet(SheetsError):
    """The photo shows no CoSafe sheet that can be read; the message is one translated line."""


@dataclass(frozen=True)
class Detection:
    """One sticker found on a sheet."""

    kind: str  # "dot"
    meaning: str  # a key of STICKERS
    colour: str  # its printed legend colour
    x_mm: float  # its centre on the page, from the top-left corner
    y_mm: float
    lon: float
    lat: float
    diameter_mm: float
    confidence: float
    flags: tuple[str, ...] = ()  # a subset of FLAGS, in that order; empty when the detection is sure
    # A pen line's or closed shape's path (kind "line" or "area", see pen.py); empty for a dot.
    points_mm: tuple[tuple[float, float], ...] = ()
    coordinates: tuple[tuple[float, float], ...] = ()  # the same as (lon, lat)
    # The numbered note written beside a dot (1–99, numbers.py), None when none is; a best guess when the
    # flags hold "number_unsure".
    note: int | None = None

    @property
    def uncertain(self) -> bool:
        """Whether a person must look at this detection before it is stored."""
        return bool(self.flags)


@dataclass
class SheetReading:
    """What a photo showed: the sheet and its detections, and the page rectified (for a review)."""

    identity: SheetIdentity
    layout: SheetLayout
    detections: list[Detection] = field(default_factory=list)
    rectified: np.ndarray | None = None
    px_per_mm: float = 1.0


def load_photo(path: str) -> np.ndarray:
    """The photo at ``path`` as a BGR array, turned upright as its EXIF says; NotASheet if it is no image."""
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as error:
        # The file's name, not its path (a message names no folder), and the reason in the reader's words.
        raise NotASheet(arg(Sheets.tr("%1 cannot be read: %2"), os.path.basename(path), os_reason(error))) from None
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        raise NotASheet(arg(Sheets.tr("%1 is not a photo CoSafe can read (JPEG, PNG, TIFF, WebP)"),
                            os.path.basename(path)))
    return image


def read_photo(image: np.ndarray) -> SheetReading:
    """Find, identify and read the sheet in ``image`` (see the module contract)."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    paper, photo_points, page_points = _markers(gray)
    layout = layout_for(paper)
    px_per_mm = PAGE_WIDTH_PX / layout.page[0]
    homography, size, rectified = rectify(image, photo_points, page_points, layout.page, px_per_mm)
    # Where the page was in the photo at all: a sticker cut by the photo's edge is not a whole sticker.
    in_photo = cv2.warpPerspective(np.full(gray.shape, 255, np.uint8), homography, size, flags=cv2.INTER_NEAREST,
                                   borderValue=0)
    identity = _identity(rectified, layout, px_per_mm)
    if identity.paper != paper:
        raise NotASheet(Sheets.tr("This sheet's QR code and its corner markers do not agree: it cannot be read"))
    reading = SheetReading(identity, layout, rectified=rectified, px_per_mm=px_per_mm)
    from cosafe.io.paper_sheets.numbers import read_numbers  # numbers.py and pen.py build on this module's Detection
    from cosafe.io.paper_sheets.pen import find_pen_lines

    evened = even_light(rectified, px_per_mm)
    # Numbers beside the dots first: their ink is then left out of the pen lines (a digit is no line).
    dots, digit_ink = read_numbers(evened, layout, px_per_mm,
                                   find_stickers(rectified, layout, identity, px_per_mm, in_photo))
    reading.detections = dots + find_pen_lines(rectified, layout, identity, px_per_mm, in_photo, evened=evened,
                                               ignore=digit_ink)
    return reading


def split_uncertain(detections: list[Detection]) -> tuple[list[Detection], list[Detection]]:
    """The sure detections and the flagged ones, each in the given order."""
    return [d for d in detections if not d.flags], [d for d in detections if d.flags]


def rectify(image: np.ndarray, photo_points: np.ndarray, page_points: np.ndarray, page_mm: tuple[float, float],
            px_per_mm: float) -> tuple[np.ndarray, tuple[int, int], np.ndarray]:
    """The photo warped onto the page by the homography of the markers' corners (photo px → page mm):
    (the homography, the page's size in px, the rectified page, white where the photo does not reach).
    NotASheet when the corners give no homography."""
    homography, _mask = cv2.findHomography(photo_points, page_points * px_per_mm, 0)
    if homography is None:
        raise NotASheet(Sheets.tr("This photo is not a CoSafe sheet: its corner markers were not found"))
    size = (round(page_mm[0] * px_per_mm), round(page_mm[1] * px_per_mm))
    rectified = cv2.warpPerspective(image, homography, size, flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    return homography, size, rectified


def find_markers(gray: np.ndarray, paper_of: Callable[[int], tuple[str, int] | None],
                 corners_mm: Callable[[str, int], list[tuple[float, float]]]
                 ) -> tuple[str, np.ndarray, np.ndarray] | None:
    """The corner markers of one kind of sheet in a grey photo: (paper, their corners in the photo (px),
    the same corners on the page (mm)), or None when fewer than three of one paper are found.
    ``paper_of(id)`` names an id's (paper, corner) or None for another kind's id; ``corners_mm(paper,
    corner)`` gives a marker's corners on the page in OpenCV's order."""
    scale = min(1.0, DETECT_SIDE_PX / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    parameters = cv2.aruco.DetectorParameters()
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    detector = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICTIONARY)),
                                       parameters)
    corners, ids, _rejected = detector.detectMarkers(small)
    found: dict[str, dict[int, np.ndarray]] = {}
    for marker, quad in zip(ids.ravel() if ids is not None else (), corners):
        named = paper_of(int(marker))
        if named is not None:
            found.setdefault(named[0], {})[named[1]] = quad.reshape(4, 2) / scale
    best = max(found.items(), key=lambda item: len(item[1]), default=None)
    if best is None or len(best[1]) < 3:
        return None
    paper, quads = best
    photo = np.concatenate([quads[corner] for corner in sorted(quads)]).astype(np.float32)
    if scale < 1:
        # Back in the photo's own pixels, each corner refined where the full detail is.
        window = max(2, round(1.5 / scale))
        criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 30, 0.01)
        photo = cv2.cornerSubPix(gray, photo.reshape(-1, 1, 2), (window, window), (-1, -1), criteria).reshape(-1, 2)
    page = np.array([point for corner in sorted(quads) for point in corners_mm(paper, corner)], dtype=np.float32)
    return paper, photo, page


def _markers(gray: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """The paper a group map's markers name, their corners in the photo (px) and on the page (mm)."""
    found = find_markers(gray, paper_of_marker, lambda paper, corner: marker_corners_mm(layout_for(paper), corner))
    if found is None:
        raise NotASheet(Sheets.tr("This photo is not a CoSafe sheet: its corner markers were not found"))
    return found


def _identity(rectified: np.ndarray, layout: SheetLayout, px_per_mm: float) -> SheetIdentity:
    left, top, size, _ = layout.qr
    margin = 4.0
    box = rectified[max(0, round((top - margin) * px_per_mm)):round((top + size + margin) * px_per_mm),
                    max(0, round((left - margin) * px_per_mm)):round((left + size + margin) * px_per_mm)]
    detector = cv2.QRCodeDetector()
    text = ""
    gray = cv2.cvtColor(box, cv2.COLOR_BGR2GRAY)
    for attempt in _qr_attempts(gray):
        text, _points, _code = detector.detectAndDecode(attempt)
        if text:
            break
    if not text:
        raise NotASheet(Sheets.tr("This photo shows corner markers but its QR code cannot be read: take the photo "
                                  "again with the whole sheet in view and in focus"))
    identity = SheetIdentity.decode(text)
    if identity is None:
        raise NotASheet(Sheets.tr("This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet's"))
    return identity


def _qr_attempts(gray: np.ndarray):
    """The QR code's box as it is, then sharpened and enlarged, then thresholded: blur and dim light
    defeat the detector one way or another, and each try costs a few milliseconds."""
    yield gray
    soft = cv2.GaussianBlur(gray, (0, 0), 1.5)
    sharp = cv2.addWeighted(gray, 2.0, soft, -1.0, 0)
    yield cv2.resize(sharp, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    yield cv2.adaptiveThreshold(cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), 255,
                                cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 8)


def even_light(page: np.ndarray, px_per_mm: float) -> np.ndarray:
    """``page`` with each channel divided by the paper's brightness around each point (white = 240)."""
    step = max(1, round(px_per_mm * 2))  # work on a copy with ~2 mm pixels: the paper's light changes slowly
    small = cv2.resize(page, (page.shape[1] // step, page.shape[0] // step), interpolation=cv2.INTER_AREA)
    # The brightest nearby paper (a 35 mm window holds paper around any sticker), smoothed.
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (19, 19))
    paper = cv2.dilate(small, kernel)
    paper = cv2.GaussianBlur(paper, (0, 0), 6)
    paper = cv2.resize(paper, (page.shape[1], page.shape[0]), interpolation=cv2.INTER_LINEAR)
    evened = page.astype(np.float32) * 240.0 / np.maximum(paper.astype(np.float32), 16.0)
    return np.clip(evened, 0, 255).astype(np.uint8)


def _touching(blob: np.ndarray, area: float, px_per_mm: float) -> list[tuple[float, float, float]]:
    """Stickers stuck touching or overlapping one another, as one blob: the centres (px) and radii of the
    largest circles inside it, each apart from the others (a distance transform's peaks). Nothing when
    they do not make up the blob (a pen stroke or a smear is not a cluster of dots)."""
    distance = cv2.distanceTransform(blob, cv2.DIST_L2, 5)
    min_radius = MIN_TOUCHING_DIAMETER_MM / 2 * px_per_mm
    size = max(3, round(min_radius)) | 1
    peaks = (distance >= cv2.dilate(distance, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))) & (
        distance >= min_radius)
    ys, xs = np.nonzero(peaks)
    accepted: list[tuple[float, float, float]] = []
    for index in np.argsort(-distance[ys, xs]):
        px, py, radius = float(xs[index]), float(ys[index]), float(distance[ys[index], xs[index]])
        if radius > MAX_DIAMETER_MM / 2 * px_per_mm:
            return []
        if all(math.hypot(px - ax, py - ay) > 0.75 * (radius + ar) for ax, ay, ar in accepted):
            accepted.append((px, py, radius))
    if len(accepted) < 2 or sum(math.pi * r * r for _x, _y, r in accepted) < 0.7 * area:
        return []
    return accepted


def find_stickers(page: np.ndarray, layout: SheetLayout, identity: SheetIdentity,
                  px_per_mm: float, in_photo: np.ndarray | None = None) -> list[Detection]:
    """The dot stickers inside the frame of a rectified page (see the module contract); ``in_photo``
    (non-zero where the page was in the photo; None: everywhere, as for a scan) flags a dot the
    photo's edge cuts."""
    left, top, width, height = layout.frame
    margin = MAX_DIAMETER_MM / 2  # a sticker half over the frame's edge is still seen whole
    x0, y0 = max(0, round((left - margin) * px_per_mm)), max(0, round((top - margin) * px_per_mm))
    x1 = min(page.shape[1], round((left + width + margin) * px_per_mm))
    y1 = min(page.shape[0], round((top + height + margin) * px_per_mm))
    hsv = cv2.cvtColor(even_light(page, px_per_mm)[y0:y1, x0:x1], cv2.COLOR_BGR2HSV)
    outside = None
    if in_photo is not None:
        # Off the photo, grown by a little: the photo's edge runs right beside such a dot.
        grow = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * round(px_per_mm) + 1,) * 2)
        outside = cv2.dilate((in_photo[y0:y1, x0:x1] == 0).astype(np.uint8), grow)
    hue, saturation, value = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    strong = (saturation >= MIN_SATURATION) & (value >= 50)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))
    min_area = math.pi * (MIN_DIAMETER_MM * px_per_mm / 2) ** 2 * 0.6
    max_area = math.pi * (MAX_DIAMETER_MM * px_per_mm / 2) ** 2 * 1.3
    detections = []
    for meaning, ranges in HUES.items():
        in_hue = np.zeros(hue.shape, dtype=bool)
        for low, high in ranges:
            in_hue |= (hue >= low) & (hue < high)
        mask = (strong & in_hue).astype(np.uint8) * 255
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel, iterations=2)
        contours, _hierarchy = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        for contour in contours:
            area = cv2.contourArea(contour)
            if not min_area <= area <= max_area * MAX_CLUSTER:
                continue
            x, y, w, h = cv2.boundingRect(contour)
            blob = np.zeros((h, w), dtype=np.uint8)
            cv2.drawContours(blob, [contour - np.array([x, y])], -1, 255, thickness=cv2.FILLED)
            if np.median(value[y:y + h, x:x + w][blob > 0]) < MIN_STICKER_VALUE:
                continue  # dark: pen ink, not a sticker
            strength = float(np.mean(saturation[y:y + h, x:x + w][blob > 0])) / 255.0
            perimeter = cv2.arcLength(contour, True)
            circularity = 4 * math.pi * area / perimeter ** 2 if perimeter else 0.0
            if area <= max_area and circularity >= MIN_CIRCULARITY:
                moments = cv2.moments(contour)
                circles = [(moments["m10"] / moments["m00"], moments["m01"] / moments["m00"],
                            math.sqrt(area / math.pi), min(1.0, circularity / 0.85), ())]
            else:
                circles = [(cx + x, cy + y, radius, TOUCHING_CONFIDENCE, ("touching",))
                           for cx, cy, radius in _touching(blob, area, px_per_mm)]
            off_photo = outside is not None and bool(np.any(outside[y:y + h, x:x + w][blob > 0]))
            for cx_px, cy_px, radius, shape, flags in circles:
                cx, cy = (cx_px + x0) / px_per_mm, (cy_px + y0) / px_per_mm
                r_mm = radius / px_per_mm
                # A disc whose centre is outside the frame but that reaches well into it is kept (flagged);
                # one barely touching it is something beside the map (a hand, the legend), not on it.
                beyond = math.hypot(max(left - cx, 0.0, cx - left - width), max(top - cy, 0.0, cy - top - height))
                if beyond > OUTSIDE_REACH * r_mm:
                    continue
                inside = min(cx - left, left + width - cx, cy - top, top + height - cy)  # negative: outside
                confidence = shape * min(1.0, strength / 0.6)
                if inside < r_mm * 0.8:  # the frame's edge cuts well into the disc
                    flags += ("half_off_frame",)
                if off_photo:
                    flags += ("off_photo",)
                if strength < FAINT_STRENGTH:
                    flags += ("faint",)
                if {"half_off_frame", "off_photo", "faint"} & set(flags):
                    confidence = min(confidence, EDGE_CONFIDENCE)
                lon, lat = paper_to_lonlat(cx, cy, layout.frame, identity.bounds)
                detections.append(Detection("dot", meaning, STICKERS[meaning][0], cx, cy, lon, lat,
                                            2 * r_mm, round(confidence, 3), flags))
    detections.sort(key=lambda d: (d.y_mm, d.x_mm))
    return detections
