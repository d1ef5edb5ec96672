"""Reading a photo or scan of a printed audit sheet: which sheet it is, and the ticks in its boxes (OpenCV; no Qt).

Contract:
- ``read_audit_photo(image) -> AuditReading | None``: ``image`` a BGR array. None when the
  photo shows fewer than three of the audit sheets' corner markers (ids 0–7; it may be a
  group map: ``reading.read_photo`` reads those). Otherwise the photo is rectified to the page
  by the markers' corners and the QR code read in its box; an unreadable QR code, or one
  that is not an audit sheet's or names another paper than the markers, raises ``NotASheet``
  (one translated line). The QR code gives the numbers of points and criteria and the
  layout's version, hence the layout (``audit_layout_for``): nothing else is needed to read
  the ticks. A sheet printed before dusk had a box (layout "1": day and night) reads as it
  always did; one of today's (layout "2") has day, dusk and night.
- Every row (each point's time-of-day row and each criterion row) is read from the ink in
  its boxes, after the page's light is evened out (``ink_mask``): ink is what is
  much darker than the paper in any colour channel (pencil, blue, black or red pen). A box
  is *marked* when its inside (the printed edge left out) holds ``MARKED_INK`` of ink or
  more spread at least ``MIN_MARK_MM`` across (a tick, a cross, a filled box) or when a closed ring of ink goes round it (a circle
  drawn round the box); *faint* when it holds less but more than ``FAINT_INK`` or a ring
  goes part of the way round.
  - exactly one box marked, no other faint: a ``Tick`` with that score (0–3, or "day" /
    "dusk" / "night"), no flags, confidence from how clear the mark is;
  - nothing in any box: no ``Tick`` at all (the row was left empty);
  - two or more boxes marked, or one marked and another faint: flags ("two_marks",), score
    None — never a guess;
  - only faint marks: flags ("faint",) and, if a single box has one, its score (stored
    only when a person accepts it), else None.
  Flagged ticks have a confidence of at most 0.5. ``Tick.ink`` keeps each box's share of ink.
- ``Tick.criterion`` is the row's criterion tag (``audit_layout.criterion_tag``) or
  ``TIME_CRITERION`` for the time-of-day row; ``Tick.point`` the point's sequence number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from cosafe.io.paper_sheets.audit_layout import (BOX_MM, TIME_ROW, AuditIdentity, AuditLayout, audit_layout_for,
                                                 audit_marker_corners_mm, audit_paper_of_marker)
from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
from cosafe.io.paper_sheets.reading import NotASheet, _qr_attempts, find_markers, rectify
from cosafe.io.paper_sheets.words import Sheets

PX_PER_MM = 8.0  # the rectified page: a 0.3 mm ballpoint line is still 2–3 pixels wide
INK_DARKNESS = 85  # of 255 below the paper (evened to 240) in the darkest channel: ink, not a printed grey line
EDGE_INSET_MM = 1.3  # a box's inside leaves out its printed edge and where it may be off by a little
MARKED_INK = 0.05  # share of a box's inside: a thin ballpoint tick covers 8 % and more
FAINT_INK = 0.012  # below this a box is empty (noise, a speck of dust)
MIN_MARK_MM = 3.0  # a mark is at least this wide or tall inside the box: a shorter one is a pen touching it (faint)
RING_SECTORS = 16  # a circle drawn round a box is looked for in 16 sectors of a ring around it
RING_FROM_MM, RING_TO_MM = 4.7, 7.2  # from the box's centre (the box is 8 mm: its corners are 5.7 mm away)
SECTOR_INK = 0.05
CIRCLED_SECTORS = 12  # this many sectors inked: a circle round the box
PARTIAL_SECTORS = 8  # this many: part of one, or a stroke that came near (faint)
SEEN_FOR_PARTIAL = 12  # sectors not hidden by printed words that a partial ring needs to count
FLAGGED_CONFIDENCE = 0.5
FLAGS = ("two_marks", "faint")


@dataclass(frozen=True)
class Tick:
    """One read row of one point."""

    sheet: int
    point: int  # the point's sequence number
    criterion: str  # a criterion tag, or TIME_CRITERION
    row: int  # the layout's row (TIME_ROW for the time of day)
    score: int | str | None  # None: flagged with no single candidate
    confidence: float
    flags: tuple[str, ...] = ()
    ink: tuple[float, ...] = ()  # each box's share of ink (a circle round it counts as 1), in value order

    @property
    def uncertain(self) -> bool:
        return bool(self.flags)


@dataclass
class AuditReading:
    identity: AuditIdentity
    layout: AuditLayout
    ticks: list[Tick] = field(default_factory=list)
    rectified: np.ndarray | None = None
    px_per_mm: float = PX_PER_MM


def read_audit_photo(image: np.ndarray) -> AuditReading | None:
    """The audit sheet in ``image`` and its ticks, or None if it shows no audit sheet's markers."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    found = _markers(gray)
    if found is None:
        return None
    paper, photo_points, page_points = found
    probe = audit_layout_for(paper, 1, 1)  # the QR code's place does not depend on the counts
    _homography, _size, rectified = rectify(image, photo_points, page_points, probe.page, PX_PER_MM)
    identity = _identity(rectified, probe)
    if identity.paper != paper:
        raise NotASheet(Sheets.tr("This sheet's QR code and its corner markers do not agree: it cannot be read"))
    layout = audit_layout_for(paper, len(identity.sequences), len(identity.criteria), identity.version)
    reading = AuditReading(identity, layout, rectified=rectified)
    reading.ticks = read_ticks(rectified, layout, identity)
    return reading


def _markers(gray: np.ndarray) -> tuple[str, np.ndarray, np.ndarray] | None:
    """The paper an audit sheet's markers name, their corners in the photo (px) and on the page (mm)."""
    return find_markers(gray, audit_paper_of_marker,
                        lambda paper, corner: audit_marker_corners_mm(audit_layout_for(paper, 1, 1), corner))


def _identity(rectified: np.ndarray, layout: AuditLayout) -> AuditIdentity:
    left, top, size, _ = layout.qr
    margin = 4.0
    box = rectified[max(0, round((top - margin) * PX_PER_MM)):round((top + size + margin) * PX_PER_MM),
                    max(0, round((left - margin) * PX_PER_MM)):round((left + size + margin) * PX_PER_MM)]
    detector = cv2.QRCodeDetector()
    text = ""
    for attempt in _qr_attempts(cv2.cvtColor(box, cv2.COLOR_BGR2GRAY)):
        text, _points, _code = detector.detectAndDecode(attempt)
        if text:
            break
    if not text:
        raise NotASheet(Sheets.tr("This photo shows corner markers but its QR code cannot be read: take the photo "
                                  "again with the whole sheet in view and in focus"))
    identity = AuditIdentity.decode(text)
    if identity is None:
        raise NotASheet(Sheets.tr("This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet's"))
    return identity


def ink_mask(page: np.ndarray, px_per_mm: float = PX_PER_MM) -> np.ndarray:
    """Where a rectified page holds ink (see the module contract): a bool array.

    The paper's own brightness at each place is the page closed morphologically (the brightest
    within 7 mm, then the darkest of those): a pen stroke or a filled box is narrower than that
    and goes, while a shadow's edge stays where it is — a plain maximum, as for stickers, would
    carry the bright side over the edge and make ink of the shadowed paper beside it.
    """
    step = max(1, round(px_per_mm))  # ~1 mm cells: the paper's light changes slowly
    small = cv2.resize(page, (page.shape[1] // step, page.shape[0] // step), interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (15, 15))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.GaussianBlur(paper, (0, 0), 1.5)
    paper = cv2.resize(paper, (page.shape[1], page.shape[0]), interpolation=cv2.INTER_LINEAR)
    evened = page.astype(np.float32) * 240.0 / np.maximum(paper.astype(np.float32), 16.0)
    return (240.0 - evened.min(axis=2)) >= INK_DARKNESS


def read_ticks(page: np.ndarray, layout: AuditLayout, identity: AuditIdentity,
               px_per_mm: float = PX_PER_MM) -> list[Tick]:
    """Every row's tick on a rectified page (see the module contract), by point then row."""
    ink = ink_mask(page, px_per_mm)
    # What is printed near the boxes, grown: never a person's ink. The boxes' edges, the words "day", "dusk"
    # and "night" under their boxes (as wide as the layout lets them be), the points' numbers and the digits
    # above the first row.
    word = round((layout.time_word_mm / 2 + 0.6) * px_per_mm)  # half a word's room, grown as the boxes are
    printed = np.zeros(ink.shape, dtype=bool)
    for box in layout.boxes:
        x, y, w, h = (round(v * px_per_mm) for v in _grown(box.box, 0.6))
        printed[y:y + h, x:x + w] = True
        if box.row == TIME_ROW:  # its word under it
            middle = round((box.box[0] + box.box[2] / 2) * px_per_mm)
            printed[y + h + round(3.4 * px_per_mm):y + h + round(7.0 * px_per_mm),
                    max(0, middle - word):middle + word] = True
    printed[:round(layout.row_tops[0] * px_per_mm)] = True
    # Ink joined to another box's printed edge (a tick or cross that reaches out of its box) is that box's:
    # never part of a circle round this one.
    _count, labels = cv2.connectedComponents(ink.astype(np.uint8), connectivity=8)
    edges = {box: _edge_labels(labels, box.box, px_per_mm) for box in layout.boxes}

    def foreign(box) -> set[int]:
        x, y = box.box[0], box.box[1]
        near = [other for other in layout.boxes if other is not box
                and abs(other.box[0] - x) < 2 * RING_TO_MM + BOX_MM and abs(other.box[1] - y) < 2 * RING_TO_MM + BOX_MM]
        return set().union(*(edges[other] for other in near)) - edges[box]

    others = {box: foreign(box) for box in layout.boxes}
    rings = {box: _ring_sectors(ink, printed, box.box, px_per_mm, labels, others[box]) for box in layout.boxes}
    candidates = sorted((box for box, ring in rings.items() if ring[0] >= CIRCLED_SECTORS),
                        key=lambda box: -rings[box][1])
    if candidates:
        # A circle round one box runs through its neighbours' rings (above, below and beside): the clearest
        # circle is taken first and its ink taken away before the others' rings are looked at again, so it is
        # not read as (part of) a circle round them too.
        rest = ink.copy()
        for box in candidates:
            rings[box] = _ring_sectors(rest, printed, box.box, px_per_mm, labels, others[box])
            if rings[box][0] >= CIRCLED_SECTORS:
                _erase_ring(rest, box.box, px_per_mm)
        circled = {box for box in candidates if rings[box][0] >= CIRCLED_SECTORS}
        rings.update({box: _ring_sectors(rest, printed, box.box, px_per_mm, labels, others[box])
                      for box in layout.boxes if box not in circled})
    ticks = []
    for point, sequence in enumerate(identity.sequences):
        for row in [*range(len(identity.criteria)), TIME_ROW]:
            boxes = layout.row_boxes(point, row)
            inside = [_inside_ink(ink, box.box, px_per_mm) for box in boxes]
            # Part of a ring counts (as faint) only where most of the ring is seen: round a time box,
            # whose ring is half hidden by printed words, stray strokes of the row below would weigh too much.
            circles = [rings[box][0] if rings[box][2] >= SEEN_FOR_PARTIAL or rings[box][0] >= CIRCLED_SECTORS
                       else 0 for box in boxes]
            tick = _judge(inside, circles, [box.value for box in boxes])
            if tick is None:
                continue
            score, confidence, flags, shares = tick
            criterion = TIME_CRITERION if row == TIME_ROW else identity.criteria[row]
            ticks.append(Tick(identity.number, sequence, criterion, row, score, confidence, flags, shares))
    return ticks


def _erase_ring(ink: np.ndarray, box: tuple[float, float, float, float], px_per_mm: float) -> None:
    """No ink left in a band round the box a little wider than its ring (a drawn circle wanders)."""
    cx, cy = (box[0] + box[2] / 2) * px_per_mm, (box[1] + box[3] / 2) * px_per_mm
    reach = (RING_TO_MM + 1.2) * px_per_mm
    x0, y0 = max(0, int(cx - reach)), max(0, int(cy - reach))
    x1, y1 = min(ink.shape[1], int(cx + reach) + 1), min(ink.shape[0], int(cy + reach) + 1)
    ys, xs = np.mgrid[y0:y1, x0:x1]
    distance = np.hypot(xs - cx, ys - cy) / px_per_mm
    ink[y0:y1, x0:x1] &= ~((distance >= RING_FROM_MM - 0.8) & (distance <= RING_TO_MM + 1.2))


def _grown(box: tuple[float, float, float, float], by: float) -> tuple[float, float, float, float]:
    x, y, w, h = box
    return (x - by, y - by, w + 2 * by, h + 2 * by)


def _inside_ink(ink: np.ndarray, box: tuple[float, float, float, float], px_per_mm: float) -> float:
    """The share of ink inside a box (its printed edge left out); a mark shorter than ``MIN_MARK_MM`` each way
    (a dot, a dash: a pen that touched the box) counts as faint at most, however dark."""
    x, y, w, h = (round(v * px_per_mm) for v in _grown(box, -EDGE_INSET_MM))
    window = ink[y:y + h, x:x + w]
    if not window.size:
        return 0.0
    share = float(window.mean())
    ys, xs = np.nonzero(window)
    extent = max(np.ptp(xs), np.ptp(ys)) / px_per_mm if xs.size else 0.0
    if share >= MARKED_INK and extent < MIN_MARK_MM:
        return min(share, (MARKED_INK + FAINT_INK) / 2)  # a dot or a dash: a pen that touched the box, faint
    return share


def _edge_labels(labels: np.ndarray, box: tuple[float, float, float, float], px_per_mm: float) -> set[int]:
    """The ink components under a box's printed edge."""
    x0, y0, w, h = (round(v * px_per_mm) for v in _grown(box, 0.5))
    window = labels[y0:y0 + h, x0:x0 + w].copy()
    inset = round(1.0 * px_per_mm)
    window[inset:-inset, inset:-inset] = 0
    return set(np.unique(window).tolist()) - {0}


def _ring_sectors(ink: np.ndarray, printed: np.ndarray, box: tuple[float, float, float, float],
                  px_per_mm: float, labels: np.ndarray | None = None, foreign: set[int] = frozenset()
                  ) -> tuple[int, int, int]:
    """How many of ``RING_SECTORS`` sectors of a ring round the box hold ink (printed things left out), scaled to
    the whole ring where printed words beside the box hide some sectors; the sectors inked and seen."""
    cx, cy = (box[0] + box[2] / 2) * px_per_mm, (box[1] + box[3] / 2) * px_per_mm
    reach = RING_TO_MM * px_per_mm
    x0, y0 = max(0, int(cx - reach)), max(0, int(cy - reach))
    x1, y1 = min(ink.shape[1], int(cx + reach) + 1), min(ink.shape[0], int(cy + reach) + 1)
    ys, xs = np.mgrid[y0:y1, x0:x1]
    distance = np.hypot(xs - cx, ys - cy) / px_per_mm
    whole = (distance >= RING_FROM_MM) & (distance <= RING_TO_MM)
    ring = whole & ~printed[y0:y1, x0:x1]
    sector = ((np.arctan2(ys - cy, xs - cx) + math.pi) / (2 * math.pi) * RING_SECTORS).astype(int) % RING_SECTORS
    inked = ink[y0:y1, x0:x1] & ring
    if foreign and labels is not None:
        inked &= ~np.isin(labels[y0:y1, x0:x1], list(foreign))
    count, seen = 0, 0
    for index in range(RING_SECTORS):
        in_sector = sector == index
        area = np.count_nonzero(ring & in_sector)
        if area < 0.6 * np.count_nonzero(whole & in_sector):
            continue  # mostly printed words: not looked at
        seen += 1
        if np.count_nonzero(inked & in_sector) / area >= SECTOR_INK:
            count += 1
    return (round(count * RING_SECTORS / seen) if seen else 0), count, seen


def _judge(inside: list[float], rings: list[int], values: list[int | str]
           ) -> tuple[int | str | None, float, tuple[str, ...], tuple[float, ...]] | None:
    """One row's reading from its boxes' inside ink and ring sectors (see the module contract); None: empty."""
    marked = [i for i, share in enumerate(inside) if share >= MARKED_INK]
    circled = not marked
    if circled:
        marked = [i for i, sectors in enumerate(rings) if sectors >= CIRCLED_SECTORS]
    # Part of a ring round another box is a second mark too (a circle drawn tight over a box's edges shows
    # only in part); a tick's stroke reaching out of its box crosses a few sectors of a neighbour's ring only.
    faint = [i for i in range(len(inside)) if i not in marked
             and (inside[i] >= FAINT_INK or rings[i] >= PARTIAL_SECTORS)]
    shares = tuple(round(1.0 if (circled and i in marked) else share, 3) for i, share in enumerate(inside))
    if not marked and not faint:
        return None
    if len(marked) >= 2 or (marked and faint):
        return None, round(min(FLAGGED_CONFIDENCE, 0.25), 3), ("two_marks",), shares
    if not marked:
        score = values[faint[0]] if len(faint) == 1 else None
        strength = max(inside[i] for i in faint) / MARKED_INK
        return score, round(min(FLAGGED_CONFIDENCE, 0.2 + 0.3 * strength), 3), ("faint",), shares
    chosen = marked[0]
    if circled:
        confidence = rings[chosen] / RING_SECTORS
    else:
        others = max((share for i, share in enumerate(inside) if i != chosen), default=0.0)
        confidence = min(1.0, 0.6 + 4 * inside[chosen]) * (1 - others / inside[chosen])
    return values[chosen], round(confidence, 3), (), shares
