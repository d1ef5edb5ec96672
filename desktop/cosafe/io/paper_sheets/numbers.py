"""Numbers written in pen beside a dot sticker: which numbered note of the margin the dot points to (no Qt).

Contract:
- ``read_numbers(evened, layout, px_per_mm, dots) -> (dots, digit_ink)``: ``evened`` is the
  rectified page with its light evened out (``reading.even_light``), ``dots`` the sticker
  detections. Pen ink is what ``pen.py`` calls ink (darker than ``PEN_WEAK_VALUE`` where it
  joins ink darker than ``PEN_MAX_VALUE``: the printed map is grey and light, stickers are
  light and coloured). Its pieces inside the frame no taller than ``MAX_DIGIT_MM`` are
  digit strokes; strokes at most ``GAP_MM`` apart are one number, which goes to the dot
  whose edge is nearest, if within ``REACH_MM`` (the nearest such number when a dot has
  several). Its strokes are made into glyphs (a stroke sharing its columns with a taller one
  is part of that digit, as a "5"'s flag; a glyph much wider than tall is two digits written
  touching, cut at its thinnest column) and read left to right by ``digits.classify``.
- The dot gets ``note`` (1–99). It is flagged "number_unsure" (its ``note`` the best guess)
  when a digit is not read surely (margin below ``digits.SURE_MARGIN``), the ink is no
  number from 1 to 99 (three glyphs, a leading 0; or strokes beside it larger than a number),
  the number is about as near another dot (``AMBIGUOUS_MM``) or the dot has two numbers: its
  ``note`` is then the best guess, or None when there is none. A dot without ink beside it keeps
  ``note`` None and no flag. Nothing is guessed silently.
- ``digit_ink`` is a mask of the page (non-zero: the pixels of the strokes given to a dot),
  which ``pen.find_pen_lines`` leaves out: a digit is no line idea.
"""

from __future__ import annotations

import math
from dataclasses import replace

import cv2
import numpy as np

from cosafe.io.paper_sheets import digits
from cosafe.io.paper_sheets.layout import SheetLayout
from cosafe.io.paper_sheets.pen import FRAME_INSET_MM, MIN_STROKE_MM, PEN_MAX_VALUE, PEN_WEAK_VALUE
from cosafe.io.paper_sheets.reading import Detection

MAX_DIGIT_MM = 16.0  # a digit written beside a sticker is about 5–12 mm tall
MIN_DIGIT_MM = 3.0  # a glyph shorter than this is a dab, not a digit
MAX_NUMBER_MM = 28.0  # two digits side by side
REACH_MM = 14.0  # from the sticker's edge to the nearest stroke of its number
GAP_MM = 3.0  # strokes of one number are at most this far apart
AMBIGUOUS_MM = 3.0  # a number about as near two dots (this much nearer one) is flagged
PART_OF_DIGIT = 0.75  # a stroke less tall than this share of another it shares columns with is part of its digit
TOUCHING_ASPECT = 1.15  # a glyph this much wider than tall is two digits that touch
LAST_NOTE = 99


def read_numbers(evened: np.ndarray, layout: SheetLayout, px_per_mm: float,
                 dots: list[Detection]) -> tuple[list[Detection], np.ndarray]:
    """The dots with the numbers written beside them, and the ink of those numbers (see the module contract)."""
    digit_ink = np.zeros(evened.shape[:2], np.uint8)
    if not dots:
        return dots, digit_ink
    left, top, width, height = layout.frame
    x0, y0 = round((left + FRAME_INSET_MM) * px_per_mm), round((top + FRAME_INSET_MM) * px_per_mm)
    x1, y1 = round((left + width - FRAME_INSET_MM) * px_per_mm), round((top + height - FRAME_INSET_MM) * px_per_mm)
    value = evened[y0:y1, x0:x1].max(axis=2)
    dark = (value < PEN_MAX_VALUE).astype(np.uint8)
    size = max(3, round(MIN_STROKE_MM * px_per_mm)) | 1
    dark = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    count, labels = cv2.connectedComponents((value < PEN_WEAK_VALUE).astype(np.uint8), connectivity=8)
    joined = np.zeros(count, dtype=bool)
    joined[np.unique(labels[dark > 0])] = True
    joined[0] = False
    ink = joined[labels].astype(np.uint8)
    count, labels, stats, _centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    boxes = {index: ((stats[index][0] + x0) / px_per_mm, (stats[index][1] + y0) / px_per_mm,
                     (stats[index][0] + stats[index][2] + x0) / px_per_mm,
                     (stats[index][1] + stats[index][3] + y0) / px_per_mm)
             for index in range(1, count)
             if stats[index][3] <= MAX_DIGIT_MM * px_per_mm and stats[index][2] <= MAX_NUMBER_MM * px_per_mm}
    # Only strokes that may belong to a number within reach of a dot are gathered (gathering compares pairs).
    boxes = {index: box for index, box in boxes.items()
             if min(_box_distance(box, dot.x_mm, dot.y_mm) - dot.diameter_mm / 2 for dot in dots)
             <= REACH_MM + MAX_NUMBER_MM}
    # Strokes near one another are one number; each number goes to the dot whose edge is nearest.
    numbers: dict[int, list[list[int]]] = {}
    ambiguous: set[int] = set()
    unread: set[int] = set()
    for members in _gathered(boxes):
        box = (min(boxes[i][0] for i in members), min(boxes[i][1] for i in members),
               max(boxes[i][2] for i in members), max(boxes[i][3] for i in members))
        gaps = sorted((_box_distance(box, dot.x_mm, dot.y_mm) - dot.diameter_mm / 2, at)
                      for at, dot in enumerate(dots))
        if gaps[0][0] > REACH_MM:
            continue
        if box[3] - box[1] > MAX_DIGIT_MM or box[2] - box[0] > MAX_NUMBER_MM:
            unread.add(gaps[0][1])  # small strokes beside a dot that make no number: a person must look
            continue
        numbers.setdefault(gaps[0][1], []).append(members)
        if len(gaps) > 1 and gaps[1][0] <= REACH_MM and gaps[1][0] < gaps[0][0] + AMBIGUOUS_MM:
            ambiguous.add(gaps[0][1])  # as near another dot: which one it names is a guess
    read = list(dots)
    for at, found in numbers.items():
        dot = dots[at]
        members = min(found, key=lambda m: min(_box_distance(boxes[i], dot.x_mm, dot.y_mm) for i in m))
        note, sure = _number(_glyphs(members, stats, labels, px_per_mm))
        sure = sure and at not in ambiguous and len(found) == 1
        read[at] = replace(dot, note=note, flags=dot.flags if sure else dot.flags + ("number_unsure",))
        for index in (i for m in found for i in m):
            x, y, w, h, _area = stats[index]
            digit_ink[y0 + y:y0 + y + h, x0 + x:x0 + x + w][labels[y:y + h, x:x + w] == index] = 255
    for at in unread - set(numbers):
        read[at] = replace(dots[at], flags=dots[at].flags + ("number_unsure",))
    return read, digit_ink


def _box_distance(box: tuple[float, float, float, float], x: float, y: float) -> float:
    """From (x, y) to the nearest point of ``box`` (left, top, right, bottom), 0 inside."""
    return math.hypot(max(box[0] - x, 0.0, x - box[2]), max(box[1] - y, 0.0, y - box[3]))


def _gathered(boxes: dict[int, tuple[float, float, float, float]]) -> list[list[int]]:
    """The strokes in groups, each stroke at most ``GAP_MM`` from another of its group."""
    def apart(a, b) -> float:
        return math.hypot(max(a[0] - b[2], 0.0, b[0] - a[2]), max(a[1] - b[3], 0.0, b[1] - a[3]))

    rest = sorted(boxes)
    groups = []
    while rest:
        group = [rest.pop(0)]
        grown = True
        while grown:
            grown = False
            for index in list(rest):
                if any(apart(boxes[index], boxes[other]) <= GAP_MM for other in group):
                    group.append(index)
                    rest.remove(index)
                    grown = True
        groups.append(group)
    return groups


def _glyphs(members: list[int], stats: np.ndarray, labels: np.ndarray, px_per_mm: float) -> list[np.ndarray]:
    """The number's digits as ink masks, left to right: strokes sharing most of their columns are one digit
    (a "5"'s flag, a "4" written in two strokes); a glyph much wider than tall is cut in two."""
    columns: list[list[int]] = []
    for index in sorted(members, key=lambda i: stats[i][0]):
        x, _y, w, h, _area = stats[index]
        for group in columns:
            gx0 = min(stats[i][0] for i in group)
            gx1 = max(stats[i][0] + stats[i][2] for i in group)
            gy0 = min(stats[i][1] for i in group)
            gy1 = max(stats[i][1] + stats[i][3] for i in group)
            partial = min(h, gy1 - gy0) < PART_OF_DIGIT * max(h, gy1 - gy0)  # two full-height strokes: two digits
            if partial and min(x + w, gx1) - max(x, gx0) > 0.5 * min(w, gx1 - gx0):
                group.append(index)
                break
        else:
            columns.append([index])
    glyphs = []
    for group in columns:
        gx0 = min(stats[i][0] for i in group)
        gy0 = min(stats[i][1] for i in group)
        gx1 = max(stats[i][0] + stats[i][2] for i in group)
        gy1 = max(stats[i][1] + stats[i][3] for i in group)
        mask = np.isin(labels[gy0:gy1, gx0:gx1], group).astype(np.uint8)
        if gy1 - gy0 < MIN_DIGIT_MM * px_per_mm:
            continue  # a dab or a full stop, no digit
        if mask.shape[1] > TOUCHING_ASPECT * mask.shape[0]:
            glyphs += _cut(mask)
        else:
            glyphs.append(mask)
    return glyphs


def _cut(mask: np.ndarray) -> list[np.ndarray]:
    """Two digits written touching: cut at the column with least ink in the middle third."""
    width = mask.shape[1]
    ink = mask.sum(axis=0)
    middle = range(width // 3, max(width // 3 + 1, 2 * width // 3))
    at = min(middle, key=lambda column: ink[column])
    return [mask[:, :at], mask[:, at:]]


def _number(glyphs: list[np.ndarray]) -> tuple[int | None, bool]:
    """The number the glyphs read left to right, and whether it is sure."""
    if not glyphs:
        return None, False
    read = digits.classify(glyphs[:2])
    guess = int("".join(str(digit) for digit, _margin in read))
    sure = (len(glyphs) <= 2 and all(margin >= digits.SURE_MARGIN for _digit, margin in read)
            and read[0][0] != 0 and 1 <= guess <= LAST_NOTE)
    return (guess if 1 <= guess <= LAST_NOTE else None), sure
