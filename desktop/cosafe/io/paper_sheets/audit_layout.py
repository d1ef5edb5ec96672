"""Where everything is on a printed audit sheet, and what its QR code says (no Qt, no OpenCV).

An audit sheet is a clipboard page for a safety audit walk: a few of the walk's points side
by side, each with a time-of-day row (day, dusk, night) and one row of four tick boxes (0–3)
per criterion, a small route map with the points numbered, corner markers and a QR code.

Contract:
- ``AUDIT_PAPERS``: "a4", "a3", always portrait (width × height in mm).
  ``audit_layout_for(paper, points, criteria)`` is an ``AuditLayout``: every box in mm from
  the page's top-left corner (x right, y down). It depends on the paper, the numbers of
  points and criteria and the layout's version alone, all of which the QR code holds, so a
  read photo knows where every box is without the project. ``points_per_sheet(paper)`` is how many points fit side
  by side (3 on A4, 5 on A3); ``max_criteria(paper)`` how many criteria rows fit above a
  route map still worth reading. More criteria raise ``ValueError``.
- Boxes (``AuditBox``): ``BOX_MM`` (8 mm) squares, ``BOX_PITCH_MM`` apart (a gap of 3 mm,
  room for a circle drawn round a box). ``layout.boxes`` lists every box: its point's index
  on the sheet (0-based), its row (``TIME_ROW`` for the time of day, else the criterion's
  index) and its value (0–3, or a time of day).
- Versions: the QR code names its layout's version (``AUDIT_QR_VERSION``, the newest, is
  what is printed). ``LAYOUT_TIMES[version]`` places the time-of-day row's boxes: version
  "1" (sheets printed before dusk had a box) day in the first score box's place and night
  in the third's; version "2" day, dusk and night spread over the whole block, 1.5 box
  pitches apart. ``audit_layout_for(…, version=…)`` lays out either, so a photo of an older
  sheet reads as it always did. Each time box's word is printed under it, centred, no wider
  than ``layout.time_word_mm`` — out of the ring a circle round a box is looked for in, and
  clear of its neighbours' words and rings.
- Markers: four ArUco markers (``reading.ARUCO_DICTIONARY``) at the page's corners, ids
  ``audit_marker_id(paper, corner)`` = 0…7 (A4: 0–3, A3: 4–7, clockwise from the top-left),
  the ids ``layout.MARKER_BASE_ID`` leaves to other kinds of sheet; group maps keep 8–19.
  ``audit_paper_of_marker`` reads an id back; ``audit_marker_corners_mm`` gives a marker's
  corners in OpenCV's order.
- ``AuditIdentity`` is what the QR code holds: project and walk UUIDs, the sheet's number,
  the paper, how many points the walk's sheets number in all (``total``, which
  ``core.audits.place_along`` spaces unrecorded points by), the sequence numbers of this
  sheet's points and the first 8 hex digits of each criterion's UUID, in row order.
  ``encode()`` gives the QR text (QR alphanumeric characters only);
  ``AuditIdentity.decode(text)`` reads it back (any version of ``LAYOUT_TIMES``: the
  identity's ``version``), or returns None for any other text.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass

from cosafe.io.paper_sheets.layout import MARKER_BASE_ID, Box

AUDIT_PAPERS: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "a3": (297.0, 420.0)}
AUDIT_PAPER_ORDER = ("a4", "a3")
AUDIT_QR_PREFIX = "COSAFE-AUDIT"
AUDIT_QR_VERSION = "2"
SCORES = (0, 1, 2, 3)
# Each layout version's time-of-day boxes: (value, column in score-box pitches from the block's left).
LAYOUT_TIMES: dict[str, tuple[tuple[str, float], ...]] = {
    "1": (("day", 0.0), ("night", 2.0)),  # printed before dusk had a box
    "2": (("day", 0.0), ("dusk", 1.5), ("night", 3.0)),  # the whole block: the widest room for each word
}
TIMES = tuple(value for value, _column in LAYOUT_TIMES[AUDIT_QR_VERSION])  # what is printed now
TIME_ROW = -1  # the row of time-of-day ticks
MARGIN = 8.0  # most printers cannot print the outer 5 mm
MARKER_MM = 12.0  # on A4; larger paper, larger markers and QR code (``_scale``)
BOX_MM = 8.0  # a tick box: big enough for a shaky tick on a clipboard
BOX_PITCH_MM = 11.0  # box to box: a 3 mm gap
ROW_PITCH_MM = 11.0
POINT_GAP_MM = 6.0  # between two points' boxes
LABEL_WIDTH_MM = 52.0  # the criteria names' column
HEAD_ROW_MM = 13.0  # a point's number and the 0 1 2 3 above its boxes
QR_MM = 42.0
MIN_MAP_MM = 45.0  # the route map is never smaller than this
TIME_WORDS_MM = 5.0  # under the time-of-day row: the words "day", "dusk", "night"

assert MARKER_BASE_ID >= 4 * len(AUDIT_PAPER_ORDER)  # audit markers stay below the group maps'


@dataclass(frozen=True)
class AuditBox:
    """One tick box: ``point`` the point's index on the sheet, ``row`` the criterion's index (TIME_ROW: time of day)."""

    point: int
    row: int
    value: int | str  # 0–3, or "day" / "dusk" / "night"
    box: Box


@dataclass(frozen=True)
class AuditLayout:
    paper: str
    page: tuple[float, float]
    markers: tuple[Box, Box, Box, Box]  # (left, top, size, size) top-left, top-right, bottom-right, bottom-left
    header: Box
    labels: Box  # the criteria names' column, from the first row to the last
    point_heads: tuple[Box, ...]  # each point's number and score digits, above its boxes
    row_tops: tuple[float, ...]  # the top of each row: the criteria, then the time of day (words below its boxes)
    boxes: tuple[AuditBox, ...]
    route_map: Box
    qr: Box
    version: str  # which ``LAYOUT_TIMES`` the time-of-day row follows
    time_word_mm: float  # how wide a time box's word may be, centred under it

    @property
    def times(self) -> tuple[str, ...]:
        """The time-of-day row's values, left to right."""
        return tuple(value for value, _column in LAYOUT_TIMES[self.version])

    def box_of(self, point: int, row: int, value: int | str) -> Box:
        """The box of a point's row holding ``value``."""
        for each in self.boxes:
            if each.point == point and each.row == row and each.value == value:
                return each.box
        raise KeyError((point, row, value))

    def row_boxes(self, point: int, row: int) -> list[AuditBox]:
        """The boxes of one point's row, in value order."""
        return [each for each in self.boxes if each.point == point and each.row == row]


def _block_mm() -> float:
    return (len(SCORES) - 1) * BOX_PITCH_MM + BOX_MM


def points_per_sheet(paper: str) -> int:
    """How many points fit side by side on a sheet of ``paper``."""
    width = AUDIT_PAPERS[paper][0] - 2 * MARGIN - LABEL_WIDTH_MM
    return int((width + POINT_GAP_MM) // (_block_mm() + POINT_GAP_MM))


def _scale(paper: str) -> float:
    """Markers and QR code grow with the paper: a photo of a larger sheet has fewer pixels a millimetre."""
    return AUDIT_PAPERS[paper][0] / AUDIT_PAPERS["a4"][0]


def _marker_mm(paper: str) -> float:
    return round(MARKER_MM * _scale(paper), 1)


def _table_top(paper: str) -> float:
    return MARGIN + _marker_mm(paper) + 4.0


def _bottom(paper: str) -> float:
    return _marker_mm(paper) + 3.0 + MARGIN  # distance from the page's foot: the bottom markers stay clear


def max_criteria(paper: str) -> int:
    """How many criteria rows fit above a route map of ``MIN_MAP_MM``."""
    height = AUDIT_PAPERS[paper][1]
    room = height - _bottom(paper) - MIN_MAP_MM - 4.0 - _table_top(paper) - HEAD_ROW_MM - TIME_WORDS_MM
    return int(room // ROW_PITCH_MM) - 1  # the time-of-day row too


def _time_word_mm(version: str) -> float:
    """How wide a time box's word may be: the room between two neighbouring boxes' centres, less 3 mm."""
    columns = [column for _value, column in LAYOUT_TIMES[version]]
    return min(b - a for a, b in zip(columns, columns[1:])) * BOX_PITCH_MM - 3.0


def audit_layout_for(paper: str, points: int, criteria: int, version: str = AUDIT_QR_VERSION) -> AuditLayout:
    """The layout of an audit sheet of ``paper`` with ``points`` points and ``criteria`` rows, as layout
    ``version`` placed it (see the contract)."""
    if version not in LAYOUT_TIMES:
        raise ValueError(f"unknown audit sheet layout {version!r}")
    if paper not in AUDIT_PAPERS:
        raise ValueError(f"unknown paper {paper!r}")
    if not 1 <= points <= points_per_sheet(paper):
        raise ValueError(f"{points} points do not fit on {paper}")
    if not 1 <= criteria <= max_criteria(paper):
        raise ValueError(f"{criteria} criteria do not fit on {paper}")
    width, height = AUDIT_PAPERS[paper]
    m, s = MARGIN, _marker_mm(paper)
    markers = ((m, m, s, s), (width - m - s, m, s, s), (width - m - s, height - m - s, s, s),
               (m, height - m - s, s, s))
    header = (m + s + 3.0, m, width - 2 * (m + s + 3.0), s)
    top = _table_top(paper)
    first_row = top + HEAD_ROW_MM
    row_tops = tuple(first_row + i * ROW_PITCH_MM for i in range(criteria + 1))
    time_row = len(row_tops) - 1
    block, left = _block_mm(), m + LABEL_WIDTH_MM
    heads, boxes = [], []
    inset = (ROW_PITCH_MM - BOX_MM) / 2
    time_columns = dict(LAYOUT_TIMES[version])
    for point in range(points):
        x0 = left + point * (block + POINT_GAP_MM)
        heads.append((x0, top, block, HEAD_ROW_MM))
        for row_index, row_top in enumerate(row_tops):
            row = TIME_ROW if row_index == time_row else row_index
            values: tuple[int | str, ...] = SCORES if row != TIME_ROW else tuple(time_columns)
            for value in values:
                # The time boxes' names are written under them, out of the ring a circle round a box is
                # looked for in; the boxes stand far enough apart for each word (``_time_word_mm``).
                column = SCORES.index(value) if row != TIME_ROW else time_columns[str(value)]
                boxes.append(AuditBox(point, row, value, (x0 + column * BOX_PITCH_MM, row_top + inset, BOX_MM,
                                                          BOX_MM)))
    table_bottom = row_tops[-1] + ROW_PITCH_MM + TIME_WORDS_MM
    labels = (m, first_row, LABEL_WIDTH_MM - 2.0, table_bottom - first_row)
    foot = height - _bottom(paper)
    qr_mm = round(QR_MM * _scale(paper), 1)
    qr = (width - m - qr_mm, foot - qr_mm, qr_mm, qr_mm)
    route_top = table_bottom + 4.0
    route_map = (m, route_top, width - 2 * m - qr_mm - 4.0, foot - route_top)
    return AuditLayout(paper, (width, height), markers, header, labels, tuple(heads), row_tops, tuple(boxes),
                       route_map, qr, version, _time_word_mm(version))


def audit_marker_id(paper: str, corner: int) -> int:
    """The ArUco id of corner 0…3 (top-left, clockwise) of an audit sheet of ``paper``."""
    return 4 * AUDIT_PAPER_ORDER.index(paper) + corner


def audit_paper_of_marker(marker: int) -> tuple[str, int] | None:
    """(paper, corner) of an ArUco id of an audit sheet, or None."""
    if not 0 <= marker < 4 * len(AUDIT_PAPER_ORDER):
        return None
    return AUDIT_PAPER_ORDER[marker // 4], marker % 4


def audit_marker_corners_mm(layout: AuditLayout, corner: int) -> list[tuple[float, float]]:
    """A marker's corners on the page, in OpenCV's order (clockwise from its top-left)."""
    x, y, size, _ = layout.markers[corner]
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]


def criterion_tag(criterion_uuid: str) -> str:
    """What the QR code keeps of a criterion's UUID: its first 8 hex digits, upper case."""
    return uuid_module.UUID(criterion_uuid).hex[:8].upper()


@dataclass(frozen=True)
class AuditIdentity:
    """What an audit sheet's QR code says (see the module contract)."""

    project: str
    walk: str
    number: int  # 1-based, the page in the printed PDF
    paper: str
    total: int  # points on all the walk's sheets
    sequences: tuple[int, ...]  # this sheet's points, left to right
    criteria: tuple[str, ...]  # ``criterion_tag`` of each row's criterion, top to bottom
    version: str = AUDIT_QR_VERSION  # the layout printed (``LAYOUT_TIMES``)

    def encode(self) -> str:
        parts = [AUDIT_QR_PREFIX, self.version, uuid_module.UUID(self.project).hex.upper(),
                 uuid_module.UUID(self.walk).hex.upper(), str(self.number), self.paper.upper(), str(self.total),
                 ".".join(str(s) for s in self.sequences), ".".join(self.criteria)]
        return "/".join(parts)

    @classmethod
    def decode(cls, text: str) -> AuditIdentity | None:
        parts = text.split("/")
        if len(parts) != 9 or parts[0] != AUDIT_QR_PREFIX or parts[1] not in LAYOUT_TIMES:
            return None
        try:
            project, walk = (str(uuid_module.UUID(hex=part)) for part in parts[2:4])
            number, total = int(parts[4]), int(parts[6])
            sequences = tuple(int(s) for s in parts[7].split("."))
        except ValueError:
            return None
        criteria = tuple(parts[8].split("."))
        paper = parts[5].lower()
        if (paper not in AUDIT_PAPERS or number < 1 or total < 1 or not sequences
                or not 1 <= len(sequences) <= points_per_sheet(paper) or any(s < 1 for s in sequences)
                or not 1 <= len(criteria) <= max_criteria(paper)
                or not all(len(c) == 8 and all(ch in "0123456789ABCDEF" for ch in c) for c in criteria)):
            return None
        return cls(project, walk, number, paper, total, sequences, criteria, parts[1])
