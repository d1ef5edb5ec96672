"""Where everything is on a printed group map, and what its QR code says (no Qt, no OpenCV).

Contract:
- ``PAPERS``: "a4", "a3", "a2", always landscape (width × height in mm). ``layout_for(paper)``
  is a ``SheetLayout``: every box in millimetres from the page's top-left corner (x right,
  y down). The layout depends on the paper alone, so a photo's corner markers, whose ids
  name the paper (``marker_id``/``paper_of_marker``), are enough to know where every box is
  before the QR code is read.
- The map frame is ``layout.frame`` (left, top, width, height). Four ArUco markers
  (``ARUCO_DICTIONARY``, 4×4 bits) sit outside its corners, their inner corners
  ``MARKER_GAP`` mm from the frame's: ``layout.markers`` gives each marker's square
  (left, top, size) in the order top-left, top-right, bottom-right, bottom-left, and
  ``marker_corners_mm`` their corners in OpenCV's order (clockwise from the marker's
  own top-left), which is how the reader relates a photo to the page.
- ``STICKERS``: the sticker colours and what each means ("unsafe", "safe", "idea"): the
  app's own feeling colours (Okabe–Ito vermillion and bluish green) and Okabe–Ito blue,
  apart for a camera (hues at least 35° apart) and for people with red–green colour
  blindness (tests/io/paper_sheets measure it with ``core.colour_vision``).
- ``fit_bounds(area, frame)``: the lon/lat bounds of the map drawn in the frame: the
  area (lon/lat) centred and widened along one side to the frame's proportions in Web
  Mercator (EPSG:3857), in which the map is linear, north up.
- ``SheetIdentity`` is what the QR code holds: project, workshop and group UUIDs, the
  sheet number, the paper and the map's bounds. ``encode()`` gives the QR text,
  ``SheetIdentity.decode(text)`` reads it back or returns None for any text that is not
  a CoSafe sheet's. ``paper_to_lonlat`` and ``lonlat_to_paper`` convert between the
  page (mm) and the map through the frame and the bounds.
"""

from __future__ import annotations

import math
import uuid as uuid_module
from dataclasses import dataclass

from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.palette import FEELING_COLOURS
from cosafe.core.projection import point_to_lonlat, point_to_mercator

Box = tuple[float, float, float, float]  # left, top, width, height in mm
Bounds = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

PAPERS: dict[str, tuple[float, float]] = {"a4": (297.0, 210.0), "a3": (420.0, 297.0), "a2": (594.0, 420.0)}
PAPER_ORDER = ("a4", "a3", "a2")
ARUCO_DICTIONARY = "DICT_4X4_50"  # cv2.aruco's name; 4×4 bits read at a distance and at an angle
MARKER_BITS = 6  # cells a side, the black border included
MARKER_GAP = 1.0  # mm between a marker's inner corner and the frame's corner
MARKER_BASE_ID = 8  # ids 8…19: paper index × 4 + corner; 0…7 left for other kinds of sheet
QR_PREFIX = "COSAFE-SHEET"
QR_VERSION = "1"  # the QR text's format
PROJECTION = "EPSG:3857"

# meaning -> (colour, label shown in the legend)
STICKERS: dict[str, tuple[str, str]] = {
    "unsafe": (FEELING_COLOURS["unsafe"], QT_TRANSLATE_NOOP("Sheets", "Orange-red dot: an unsafe place")),
    "safe": (FEELING_COLOURS["safe"], QT_TRANSLATE_NOOP("Sheets", "Green dot: a safe place")),
    "idea": ("#0072B2", QT_TRANSLATE_NOOP("Sheets", "Blue dot: an idea for a change")),
}


@dataclass(frozen=True)
class SheetLayout:
    """Every box of one paper size, in mm from the page's top-left corner."""

    paper: str
    page: tuple[float, float]  # width, height
    frame: Box
    markers: tuple[Box, Box, Box, Box]  # top-left, top-right, bottom-right, bottom-left
    header: Box  # the title line
    qr: Box  # the QR code, its quiet zone included
    legend: Box
    notes: Box
    grid_step: float  # mm between grid lines

    @property
    def scale(self) -> float:
        """Text and line sizes relative to A4."""
        return self.page[0] / PAPERS["a4"][0]


def layout_for(paper: str) -> SheetLayout:
    """The layout of a landscape sheet of ``paper`` ("a4", "a3" or "a2")."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}")
    width, height = PAPERS[paper]
    k = width / PAPERS["a4"][0]
    margin = 8.0  # most printers cannot print the outer 5 mm
    marker = round(12.0 * k, 1)
    header_h = 9.0 * k
    panel_w = 68.0 * k
    left = margin + marker + MARKER_GAP
    top = margin + header_h + marker + MARKER_GAP
    right = width - margin - panel_w - marker - MARKER_GAP
    bottom = height - margin - marker - MARKER_GAP
    frame = (left, top, right - left, bottom - top)
    g = MARKER_GAP
    markers = ((left - g - marker, top - g - marker, marker), (right + g, top - g - marker, marker),
               (right + g, bottom + g, marker), (left - g - marker, bottom + g, marker))
    panel_x = width - margin - panel_w + 3.0 * k
    panel_inner = panel_w - 3.0 * k
    qr_size = 40.0 * k
    qr = (panel_x, margin + header_h, qr_size, qr_size)
    legend_top = qr[1] + qr_size + 3.0 * k
    legend = (panel_x, legend_top, panel_inner, 42.0 * k)
    notes_top = legend_top + legend[3] + 3.0 * k
    notes = (panel_x, notes_top, panel_inner, height - margin - notes_top)
    header = (margin, margin, width - 2 * margin - panel_w, header_h)
    return SheetLayout(paper, (width, height), frame, markers, header, qr, legend, notes, grid_step=25.0 * k)


def marker_id(paper: str, corner: int) -> int:
    """The ArUco id of corner 0…3 (top-left, clockwise) of a sheet of ``paper``."""
    return MARKER_BASE_ID + 4 * PAPER_ORDER.index(paper) + corner


def paper_of_marker(marker: int) -> tuple[str, int] | None:
    """(paper, corner) of an ArUco id, or None for an id no sheet prints."""
    index = marker - MARKER_BASE_ID
    if not 0 <= index < 4 * len(PAPER_ORDER):
        return None
    return PAPER_ORDER[index // 4], index % 4


def marker_corners_mm(layout: SheetLayout, corner: int) -> list[tuple[float, float]]:
    """The four corners of a marker's square on the page, in OpenCV's order (clockwise from top-left)."""
    x, y, size = layout.markers[corner]
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]


def grid_lines(layout: SheetLayout) -> tuple[list[float], list[float]]:
    """The x positions of the vertical grid lines and the y positions of the horizontal ones (mm),
    spread evenly inside the frame at about ``grid_step``."""
    left, top, width, height = layout.frame
    columns = max(1, round(width / layout.grid_step))
    rows = max(1, round(height / layout.grid_step))
    return ([left + width * i / columns for i in range(1, columns)],
            [top + height * i / rows for i in range(1, rows)])


def grid_labels(layout: SheetLayout) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """Column letters (A, B, …) at their centres' x and row numbers (1, 2, …) at their centres' y."""
    left, top, width, height = layout.frame
    xs, ys = grid_lines(layout)
    x_edges, y_edges = [left, *xs, left + width], [top, *ys, top + height]
    columns = [((a + b) / 2, _column_name(i)) for i, (a, b) in enumerate(zip(x_edges, x_edges[1:]))]
    rows = [((a + b) / 2, str(i + 1)) for i, (a, b) in enumerate(zip(y_edges, y_edges[1:]))]
    return columns, rows


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def fit_bounds(area: Bounds, frame: Box) -> Bounds:
    """The area widened (never cut) to the frame's proportions in Web Mercator, centred."""
    min_x, min_y = point_to_mercator(area[0], area[1])
    max_x, max_y = point_to_mercator(area[2], area[3])
    aspect = frame[2] / frame[3]
    width, height = max(max_x - min_x, 1.0), max(max_y - min_y, 1.0)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
    west, south = point_to_lonlat(cx - width / 2, cy - height / 2)
    east, north = point_to_lonlat(cx + width / 2, cy + height / 2)
    return (west, south, east, north)


def paper_to_lonlat(x_mm: float, y_mm: float, frame: Box, bounds: Bounds) -> tuple[float, float]:
    """The place drawn at (x_mm, y_mm) on the page."""
    min_x, min_y = point_to_mercator(bounds[0], bounds[1])
    max_x, max_y = point_to_mercator(bounds[2], bounds[3])
    u = (x_mm - frame[0]) / frame[2]
    v = (y_mm - frame[1]) / frame[3]
    return point_to_lonlat(min_x + u * (max_x - min_x), max_y - v * (max_y - min_y))


def lonlat_to_paper(lon: float, lat: float, frame: Box, bounds: Bounds) -> tuple[float, float]:
    """Where the place (lon, lat) is drawn on the page (mm)."""
    min_x, min_y = point_to_mercator(bounds[0], bounds[1])
    max_x, max_y = point_to_mercator(bounds[2], bounds[3])
    x, y = point_to_mercator(lon, lat)
    return (frame[0] + (x - min_x) / (max_x - min_x) * frame[2],
            frame[1] + (max_y - y) / (max_y - min_y) * frame[3])


@dataclass(frozen=True)
class SheetIdentity:
    """What a sheet's QR code says: whose it is and which map it shows."""

    project: str  # UUIDs, in their usual text form
    workshop: str
    group: str
    number: int  # 1-based, the page in the printed PDF
    paper: str
    bounds: Bounds

    def encode(self) -> str:
        """The QR text. Only characters of QR's alphanumeric mode (upper case, digits, ``-./:``), which
        packs 5.5 bits a character instead of 8: the code stays coarse enough for a phone at a distance.
        UUIDs in hex, bounds to 7 decimals (about 1 cm)."""
        parts = [QR_PREFIX, QR_VERSION, _short(self.project), _short(self.workshop), _short(self.group),
                 str(self.number), self.paper.upper(), ":".join(f"{value:.7f}" for value in self.bounds)]
        return "/".join(parts)

    @classmethod
    def decode(cls, text: str) -> SheetIdentity | None:
        """The identity in a QR text, or None if it is not a CoSafe sheet's."""
        parts = text.split("/")
        if len(parts) != 8 or parts[0] != QR_PREFIX or parts[1] != QR_VERSION:
            return None
        try:
            project, workshop, group = (str(uuid_module.UUID(hex=part)) for part in parts[2:5])
            number = int(parts[5])
            bounds = tuple(float(value) for value in parts[7].split(":"))
        except ValueError:
            return None
        paper = parts[6].lower()
        if paper not in PAPERS or len(bounds) != 4 or number < 1 or not all(map(math.isfinite, bounds)):
            return None
        return cls(project, workshop, group, number, paper, bounds)  # type: ignore[arg-type]


def _short(value: str) -> str:
    return uuid_module.UUID(value).hex.upper()
