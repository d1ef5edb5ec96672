"""A synthetic camera for printed group maps: stickers stuck at known places, then a phone photo of the page.

- ``render_page(pdf, page, dpi)``: the PDF page as pdftoppm draws it (BGR array).
- ``random_stickers(rng, layout, count)``: stickers (meaning, centre in mm, diameter) inside the
  frame, none touching another, none on the frame's edge.
- ``stick(page, stickers, dpi, rng, colours=None)``: the page with each sticker drawn as a dot of
  its legend colour (or of ``colours[meaning]``: stickers from a shop) (antialiased, a slightly darker rim, a faint gloss), as a camera sees a
  real one.
- ``photograph(page, rng, ...) -> Photo``: the page photographed: on a table, seen at up to
  ``max_tilt`` degrees from straight above in any direction and turned any way in the
  picture, 8–12 megapixels (4:3), uneven and tinted light, a soft shadow across the sheet,
  lens blur, sensor noise, saved as a JPEG of quality 60. ``Photo.jpeg`` holds the bytes.
- ``draw(page, strokes, dpi, rng)``: pen strokes (``Stroke``: points in mm, open or closed, a
  felt pen's width, dark ink) drawn on the page; ``random_strokes`` routes and closed shapes
  apart from one another and from given stickers; ``score_strokes`` matches pen detections to
  them and measures each traced path's mean distance (mm) to its true line (``trace_error_mm``).
- ``write_numbers(page, stickers, dpi, rng, numbers)``: the numbers (``numbers[i]`` beside
  sticker i, None for none) written in pen beside their stickers with handwritten digits the
  reader never learnt (``digits.held_out()``), each digit 6–10 mm tall, slightly turned, in a
  dark pen colour, on the side of the sticker where the number touches nothing else;
  returns the page and the numbers actually written (None where there was no room).
  ``score_numbers`` compares the dots' ``note`` with them.
- Audit sheets: ``random_marks(rng, layout)`` ticks every row of an ``AuditLayout`` once (a tick,
  cross, filled box or circle round the box, in a random pen) but for a few left empty and a few
  ticked twice; ``tick(page, marks, dpi, rng)`` draws them by hand; ``score_ticks`` tells the rows
  read right, flagged, and wrong (a wrong score, a missed or invented tick, unflagged).
- ``score(found, stickers, tolerance_mm)``: matches detections to the stickers by meaning and
  nearest centre; how many were found, how many detections are false, and the position
  errors (mm on the paper) of those found.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from cosafe.io.paper_sheets.layout import STICKERS, SheetLayout


@dataclass(frozen=True)
class Sticker:
    meaning: str
    x_mm: float
    y_mm: float
    diameter_mm: float


@dataclass
class Photo:
    jpeg: bytes
    size: tuple[int, int]  # width, height in pixels
    tilt: float  # degrees from straight above


@dataclass
class Score:
    stickers: int
    found: int
    false: int
    errors_mm: list[float]


def print_sample_sheets(folder: Path, paper: str = "a4") -> tuple[Path, Path, list[dict]]:
    """The sample project written in ``folder``, its group maps printed by ``cosafe print-sheets``:
    (project, PDF, the sheets of its ``--json``)."""
    from checks import cosafe_command

    def run(*args: str) -> subprocess.CompletedProcess:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)

    sample, pdf = folder / "sample.gpkg", folder / "sheets.pdf"
    assert run("sample", str(sample)).returncode == 0
    printed = run("print-sheets", str(sample), "-o", str(pdf), "--paper", paper, "--json")
    assert printed.returncode == 0, printed.stderr
    return sample, pdf, json.loads(printed.stdout)["sheets"]


def render_page(pdf: Path, page: int, dpi: int) -> np.ndarray:
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(prefix)], check=True, timeout=120)
        return cv2.imread(f"{prefix}.png")


def random_stickers(rng: np.random.Generator, layout: SheetLayout, count: int,
                    diameters: tuple[float, ...] = (10.0, 12.0, 16.0, 19.0)) -> list[Sticker]:
    left, top, width, height = layout.frame
    meanings = list(STICKERS)
    placed: list[Sticker] = []
    for _attempt in range(count * 200):
        if len(placed) == count:
            break
        diameter = float(rng.choice(diameters))
        r = diameter / 2 + 1.0
        x, y = rng.uniform(left + r, left + width - r), rng.uniform(top + r, top + height - r)
        if all(math.hypot(x - s.x_mm, y - s.y_mm) > (diameter + s.diameter_mm) / 2 + 3 for s in placed):
            placed.append(Sticker(meanings[len(placed) % len(meanings)], x, y, diameter))
    return placed


def stick(page: np.ndarray, stickers: list[Sticker], dpi: int, rng: np.random.Generator,
          colours: dict[str, str] | None = None) -> np.ndarray:
    scale = 16  # draw at 1/16 px precision, antialiased
    out = page.copy()
    px_mm = dpi / 25.4
    for sticker in stickers:
        colour = (colours or {}).get(sticker.meaning) or STICKERS[sticker.meaning][0]
        bgr = tuple(int(colour[i:i + 2], 16) for i in (5, 3, 1))
        # Printed dots vary a little from the legend's colour.
        bgr = tuple(int(np.clip(c * rng.uniform(0.9, 1.05) + rng.uniform(-10, 10), 0, 255)) for c in bgr)
        centre = (round(sticker.x_mm * px_mm * scale), round(sticker.y_mm * px_mm * scale))
        radius = round(sticker.diameter_mm / 2 * px_mm * scale)
        rim = tuple(int(c * 0.8) for c in bgr)
        cv2.circle(out, centre, radius, rim, -1, cv2.LINE_AA, 4)
        cv2.circle(out, centre, round(radius * 0.93), bgr, -1, cv2.LINE_AA, 4)
        # A faint gloss, blended in a small window only (the page is large).
        gx, gy = round(sticker.x_mm * px_mm - sticker.diameter_mm * px_mm / 6), round(
            sticker.y_mm * px_mm - sticker.diameter_mm * px_mm / 6)
        g = max(2, round(sticker.diameter_mm * px_mm / 10))
        window = out[gy - g:gy + g + 1, gx - g:gx + g + 1]
        shine = window.copy()
        cv2.circle(shine, (g, g), g, (255, 255, 255), -1, cv2.LINE_AA)
        out[gy - g:gy + g + 1, gx - g:gx + g + 1] = cv2.addWeighted(shine, 0.25, window, 0.75, 0)
    return out


def photograph(page: np.ndarray, rng: np.random.Generator, max_tilt: float = 40.0,
               megapixels: tuple[float, float] = (8.0, 12.0), quality: int = 60) -> Photo:
    mp = rng.uniform(*megapixels) * 1e6
    width = int(math.sqrt(mp * 4 / 3))
    height = int(width * 3 / 4)
    page_h, page_w = page.shape[:2]
    # The page in 3D (its pixels as units), tilted about a random axis and turned in the picture.
    tilt = math.radians(rng.uniform(0, max_tilt))
    axis = rng.uniform(0, 2 * math.pi)
    spin = rng.uniform(0, 2 * math.pi)
    corners = np.array([[-page_w / 2, -page_h / 2, 0], [page_w / 2, -page_h / 2, 0], [page_w / 2, page_h / 2, 0],
                        [-page_w / 2, page_h / 2, 0]], dtype=np.float64)
    rotation, _ = cv2.Rodrigues(np.array([math.cos(axis), math.sin(axis), 0.0]) * tilt)
    spin_matrix = np.array([[math.cos(spin), -math.sin(spin), 0], [math.sin(spin), math.cos(spin), 0], [0, 0, 1]])
    points = corners @ (spin_matrix @ rotation).T
    focal = 0.8 * max(width, height)  # a phone's wide lens
    distance = 2.0 * max(page_w, page_h)  # far enough that the tilted page is all in front of the lens
    target_fill = rng.uniform(0.78, 0.92)
    projected = None
    for _ in range(60):  # as close as keeps the whole sheet, with a margin, in the picture
        z = points[:, 2] + distance
        projected = np.stack([focal * points[:, 0] / z, focal * points[:, 1] / z], axis=1)
        fill = max(np.ptp(projected[:, 0]) / width, np.ptp(projected[:, 1]) / height)
        if abs(fill - target_fill) < 0.002:
            break
        distance = max(distance * fill / target_fill, 1.2 * np.abs(points[:, 2]).max() + 1)
    assert projected is not None
    shift = np.array([width / 2, height / 2]) - projected.mean(axis=0) + rng.uniform(-0.03, 0.03, 2) * (width, height)
    target = (projected + shift).astype(np.float32)
    source = np.array([[0, 0], [page_w, 0], [page_w, page_h], [0, page_h]], dtype=np.float32)
    homography = cv2.getPerspectiveTransform(source, target)
    table = np.empty((height, width, 3), dtype=np.uint8)
    table[:] = (rng.integers(40, 90), rng.integers(70, 120), rng.integers(100, 160))  # a wooden table, BGR
    table = cv2.add(table, rng.integers(0, 25, (height, width, 1), dtype=np.uint8).repeat(3, axis=2))
    photo = cv2.warpPerspective(page, homography, (width, height), dst=table, borderMode=cv2.BORDER_TRANSPARENT,
                                flags=cv2.INTER_AREA if tilt == 0 else cv2.INTER_LINEAR)
    # Uneven, tinted light: a gradient across the picture, darker corners, and a soft shadow; worked
    # out on a copy 8 times smaller (light changes slowly) and enlarged.
    small_w, small_h = width // 8, height // 8
    ys, xs = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xs * math.cos(angle) + ys * math.sin(angle)) / max(small_w, small_h)
    ramp = (ramp - ramp.min()) / max(ramp.max() - ramp.min(), 1e-6)
    light = rng.uniform(0.55, 0.75) + (1.0 - rng.uniform(0.55, 0.75)) * ramp
    radius = np.hypot(xs - small_w / 2, ys - small_h / 2) / math.hypot(small_w / 2, small_h / 2)
    light *= 1.0 - 0.25 * radius ** 2
    shadow = np.zeros((small_h, small_w), dtype=np.float32)
    edge = rng.uniform(0.2, 0.8) * small_w
    slope = rng.uniform(-0.6, 0.6)
    shadow[xs < edge + slope * (ys - small_h / 2)] = 1.0
    shadow = cv2.GaussianBlur(shadow, (0, 0), small_w * 0.01)
    light *= 1.0 - rng.uniform(0.25, 0.45) * shadow
    light = cv2.resize(light.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    tint = np.array([rng.uniform(0.8, 1.0), rng.uniform(0.92, 1.0), 1.0], dtype=np.float32)  # warm light (BGR)
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.6, 1.4))  # the lens, before the sensor's noise
    lit = photo.astype(np.float32)
    lit *= light[..., None]
    lit *= tint
    lit += rng.standard_normal(lit.shape, dtype=np.float32) * np.float32(rng.uniform(2.0, 5.0))
    photo = np.clip(lit, 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return Photo(jpeg.tobytes(), (width, height), math.degrees(tilt))


def score(found: list, stickers: list[Sticker], tolerance_mm: float = 5.0) -> Score:
    """Detections (with ``meaning``, ``x_mm``, ``y_mm``) matched to stickers, nearest first."""
    found = [d for d in found if getattr(d, "kind", "dot") == "dot"]  # pen lines are scored by score_strokes
    matched = _nearest_pairs(((math.hypot(d.x_mm - s.x_mm, d.y_mm - s.y_mm), i, j)
                              for i, d in enumerate(found) for j, s in enumerate(stickers) if d.meaning == s.meaning),
                             tolerance_mm)
    return Score(len(stickers), len(matched), len(found) - len(matched), [distance for distance, _, _ in matched])


def _nearest_pairs(pairs, tolerance_mm: float) -> list[tuple[float, int, int]]:
    """(distance, found, true) pairs matched greedily, nearest first, each side used once, none beyond the tolerance."""
    used_found, used_true, matched = set(), set(), []
    for distance, i, j in sorted(pairs):
        if distance <= tolerance_mm and i not in used_found and j not in used_true:
            used_found.add(i)
            used_true.add(j)
            matched.append((distance, i, j))
    return matched


@dataclass(frozen=True)
class Stroke:
    points_mm: tuple[tuple[float, float], ...]
    closed: bool = False
    width_mm: float = 1.2  # a felt pen
    colour: str = "#202020"


def draw(page: np.ndarray, strokes: list[Stroke], dpi: int, rng: np.random.Generator) -> np.ndarray:
    """The page with each pen stroke drawn through its points (antialiased, its ink a little uneven)."""
    scale = 16
    out = page.copy()
    px_mm = dpi / 25.4
    for stroke in strokes:
        bgr = tuple(int(np.clip(int(stroke.colour[i:i + 2], 16) + rng.uniform(-8, 8), 0, 255)) for i in (5, 3, 1))
        points = np.array([[round(x * px_mm * scale), round(y * px_mm * scale)] for x, y in stroke.points_mm],
                          np.int32)
        cv2.polylines(out, [points], stroke.closed, bgr, max(1, round(stroke.width_mm * px_mm)), cv2.LINE_AA, 4)
    return out


def random_strokes(rng: np.random.Generator, layout: SheetLayout, count: int,
                   avoid: list[Sticker] = ()) -> list[Stroke]:
    """Open routes (3–5 bends) and closed shapes (4–7 corners, 20–50 mm across) inside the frame,
    apart from one another and from the stickers."""
    left, top, width, height = layout.frame
    placed: list[Stroke] = []
    for _attempt in range(count * 200):
        if len(placed) == count:
            break
        closed = len(placed) % 2 == 1
        cx, cy = rng.uniform(left + 30, left + width - 30), rng.uniform(top + 30, top + height - 30)
        if closed:
            corners = int(rng.integers(4, 8))
            radius = rng.uniform(10, 25)
            angles = (np.arange(corners) + rng.uniform(-0.25, 0.25, corners)) * 2 * math.pi / corners
            points = tuple((cx + radius * rng.uniform(0.7, 1.0) * math.cos(a),
                            cy + radius * rng.uniform(0.7, 1.0) * math.sin(a)) for a in angles)
        else:
            bends = int(rng.integers(3, 6))
            heading = rng.uniform(0, 2 * math.pi)
            points = [(cx, cy)]
            for _ in range(bends):
                heading += rng.uniform(-1.0, 1.0)
                step = rng.uniform(12, 25)
                points.append((points[-1][0] + step * math.cos(heading), points[-1][1] + step * math.sin(heading)))
            points = tuple(points)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if min(xs) < left + 5 or max(xs) > left + width - 5 or min(ys) < top + 5 or max(ys) > top + height - 5:
            continue
        box = (min(xs) - 6, min(ys) - 6, max(xs) + 6, max(ys) + 6)
        others = [(min(p[0] for p in s.points_mm), min(p[1] for p in s.points_mm),
                   max(p[0] for p in s.points_mm), max(p[1] for p in s.points_mm)) for s in placed]
        others += [(s.x_mm - s.diameter_mm, s.y_mm - s.diameter_mm, s.x_mm + s.diameter_mm, s.y_mm + s.diameter_mm)
                   for s in avoid]
        if any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in others):
            continue
        placed.append(Stroke(points, closed, float(rng.choice((0.9, 1.2, 1.8)))))
    return placed


def trace_error_mm(traced: tuple[tuple[float, float], ...], stroke: Stroke, closed_traced: bool) -> float:
    """The mean distance (mm) between a traced path and the true stroke, both ways (points every 0.5 mm)."""
    from shapely.geometry import LineString

    def line(points, closed):
        return LineString(list(points) + ([points[0]] if closed else []))

    true, found = line(stroke.points_mm, stroke.closed), line(traced, closed_traced)

    def mean_to(a, b):
        samples = [a.interpolate(d) for d in np.arange(0, a.length, 0.5)]
        return float(np.mean([b.distance(p) for p in samples]))

    return (mean_to(true, found) + mean_to(found, true)) / 2


def score_strokes(found: list, strokes: list[Stroke], tolerance_mm: float = 8.0) -> Score:
    """Pen detections (kind "line"/"area", with ``points_mm``) matched to strokes of the same kind by the
    middle of their extents; ``errors_mm`` the mean distance of each traced path to its true stroke."""
    def middle(points):
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2

    pens = [d for d in found if d.kind in ("line", "area")]
    matched = _nearest_pairs(((math.dist(middle(d.points_mm), middle(s.points_mm)), i, j)
                              for i, d in enumerate(pens) for j, s in enumerate(strokes)
                              if d.kind == ("area" if s.closed else "line")), tolerance_mm)
    errors = [trace_error_mm(pens[i].points_mm, strokes[j], pens[i].kind == "area") for _, i, j in matched]
    return Score(len(strokes), len(matched), len(pens) - len(matched), errors)


# Black, blue-black and brown-black felt pens: dark ink, as the legend asks (a pen lighter than the reader's
# PEN_MAX_VALUE is no pen to it).
PEN_COLOURS = ("#1E1E1E", "#141430", "#2A1616")


def write_numbers(page: np.ndarray, stickers: list[Sticker], dpi: int, rng: np.random.Generator,
                  numbers: list[int | None], frame: tuple[float, float, float, float] | None = None,
                  avoid: list[tuple[float, float, float, float]] = ()) -> tuple[np.ndarray, list[int | None]]:
    """Numbers written beside stickers with held-out handwritten digits (see the module docstring).
    ``avoid``: boxes (left, top, right, bottom in mm) a number must not cross (pen strokes)."""
    from cosafe.io.paper_sheets.digits import glyph_image, held_out

    values, labels = held_out()
    by_digit = {digit: np.flatnonzero(labels == digit) for digit in range(10)}
    px_mm = dpi / 25.4
    out = page.copy()
    # A number is written clearly nearer its own sticker than any other (as a person would, or the sheet
    # means nothing): other stickers are kept NEAR_OTHER mm away.
    near_other = 9.0
    taken = list(avoid)
    written: list[int | None] = []
    for sticker, number in zip(stickers, numbers):
        if number is None:
            written.append(None)
            continue
        height = rng.uniform(6.0, 10.0)
        glyphs = []
        for character in str(number):
            mask = glyph_image(values[rng.choice(by_digit[int(character)])], 128)
            ys, xs = np.nonzero(mask)
            glyphs.append(mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1])
        widths = [g.shape[1] / g.shape[0] * height for g in glyphs]
        gap = rng.uniform(0.8, 2.0)
        width = sum(widths) + gap * (len(glyphs) - 1)
        r = sticker.diameter_mm / 2
        away = rng.uniform(2.0, 5.0)
        sides = [(sticker.x_mm + r + away, sticker.y_mm - height / 2),  # right
                 (sticker.x_mm - r - away - width, sticker.y_mm - height / 2),  # left
                 (sticker.x_mm - width / 2, sticker.y_mm - r - away - height),  # above
                 (sticker.x_mm - width / 2, sticker.y_mm + r + away)]  # below
        order = [0] + list(rng.permutation([1, 2, 3]))  # mostly to the right, as people write
        place = None
        for side in order:
            x, y = sides[side]
            box = (x - 1.5, y - 1.5, x + width + 1.5, y + height + 1.5)
            inside = frame is None or (frame[0] + 3 < box[0] and box[2] < frame[0] + frame[2] - 3
                                       and frame[1] + 3 < box[1] and box[3] < frame[1] + frame[3] - 3)
            others = [(s.x_mm - s.diameter_mm / 2 - near_other, s.y_mm - s.diameter_mm / 2 - near_other,
                       s.x_mm + s.diameter_mm / 2 + near_other, s.y_mm + s.diameter_mm / 2 + near_other)
                      for s in stickers if s is not sticker]
            if inside and not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3]
                                  for o in taken + others):
                place = (x, y, box)
                break
        if place is None:
            written.append(None)
            continue
        x, y, box = place
        taken.append(box)
        colour = PEN_COLOURS[int(rng.integers(len(PEN_COLOURS)))]
        bgr = np.array([int(colour[i:i + 2], 16) for i in (5, 3, 1)], np.float32)
        turn = rng.uniform(-8.0, 8.0)
        for glyph, glyph_width in zip(glyphs, widths):
            _ink(out, glyph, (x, y, glyph_width, height), turn, px_mm, bgr)
            x += glyph_width + gap
        written.append(number)
    return out, written


def _ink(page: np.ndarray, glyph: np.ndarray, box_mm: tuple[float, float, float, float], turn: float,
         px_mm: float, bgr: np.ndarray) -> None:
    """One glyph drawn as ink into ``box_mm`` (left, top, width, height), turned ``turn`` degrees, antialiased."""
    left, top, width, height = box_mm
    margin = 0.25 * height
    x0, y0 = int((left - margin) * px_mm), int((top - margin) * px_mm)
    x1, y1 = int((left + width + margin) * px_mm) + 1, int((top + height + margin) * px_mm) + 1
    w, h = x1 - x0, y1 - y0
    big = 4  # drawn 4 times larger, then shrunk: antialiased edges
    scale = height * px_mm * big / glyph.shape[0]
    centre = ((left + width / 2) * px_mm - x0) * big, ((top + height / 2) * px_mm - y0) * big
    turn_matrix = cv2.getRotationMatrix2D((glyph.shape[1] / 2, glyph.shape[0] / 2), turn, scale)
    turn_matrix[:, 2] += np.array(centre) - np.array([glyph.shape[1] / 2, glyph.shape[0] / 2])
    alpha = cv2.warpAffine(glyph.astype(np.float32), turn_matrix, (w * big, h * big), flags=cv2.INTER_LINEAR)
    alpha = cv2.resize(alpha, (w, h), interpolation=cv2.INTER_AREA)[..., None] * 0.95
    window = page[y0:y1, x0:x1].astype(np.float32)
    page[y0:y1, x0:x1] = np.clip(window * (1 - alpha) + bgr * alpha, 0, 255).astype(np.uint8)


def score_numbers(found: list, stickers: list[Sticker], written: list[int | None],
                  tolerance_mm: float = 5.0) -> dict[str, int]:
    """The dots' ``note`` against the numbers written beside the stickers they match: how many numbers were
    written, read right (the best guess, flagged or not), read right and not flagged, flagged, wrong (a missing or
    different number), another number without the "number_unsure" flag, no number seen and no flag
    ("lost"), notes on dots with no number ("unwritten")
    and numbers beside stickers that were not found ("missed")."""
    dots = [d for d in found if getattr(d, "kind", "dot") == "dot"]
    matched = _nearest_pairs(((math.hypot(d.x_mm - s.x_mm, d.y_mm - s.y_mm), i, j)
                              for i, d in enumerate(dots) for j, s in enumerate(stickers)
                              if d.meaning == s.meaning), tolerance_mm)
    counts = dict.fromkeys(("numbers", "right", "sure", "flagged", "wrong", "wrong_unflagged", "lost", "unwritten"), 0)
    for _distance, i, j in matched:
        dot, number = dots[i], written[j]
        unsure = "number_unsure" in dot.flags
        if number is None:
            counts["unwritten"] += dot.note is not None or unsure
            continue
        counts["numbers"] += 1
        counts["flagged"] += unsure
        if dot.note == number:
            counts["right"] += 1
            counts["sure"] += not unsure
        else:
            counts["wrong"] += 1
            if dot.note is None:
                counts["lost"] += not unsure  # no number seen at all: the dot is stored without one
            else:
                counts["wrong_unflagged"] += not unsure
    found_stickers = {j for _distance, _i, j in matched}
    counts["missed"] = sum(1 for j, number in enumerate(written) if number is not None and j not in found_stickers)
    counts["numbers"] += counts["missed"]  # the sticker itself was not found: its number is not read either
    return counts


# -- audit sheets: ticks in boxes ---------------------------------------------------------------------------------

PENS = ("#1a1a1a", "#1f3a93", "#0b2a6f", "#b02020", "#5a5a5a")  # black, blue, dark blue, red ballpoint, pencil
MARK_KINDS = ("check", "check", "check", "cross", "fill", "circle")  # ticks the most, then crosses, fills, circles


@dataclass(frozen=True)
class Mark:
    """A person's mark on an audit sheet: ``kind`` in MARK_KINDS or "dash" (a short stroke: a partial mark), in the
    box ``box`` (left, top, width, height mm)."""

    kind: str
    box: tuple[float, float, float, float]
    colour: str
    width_mm: float


@dataclass(frozen=True)
class RowTruth:
    """What a row of one point holds: ``point`` the point's index on the sheet, ``row`` the layout's row;
    ``values`` the boxes marked (empty: an empty row; two: a double tick that must be flagged)."""

    point: int
    row: int
    values: tuple


def random_marks(rng: np.random.Generator, layout, empty_share: float = 0.1,
                 double_share: float = 0.03) -> tuple[list[Mark], list[RowTruth]]:
    """Every row of every point of an audit ``layout`` ticked once (a random box and kind of mark, pen and
    stroke), except ``empty_share`` left empty and ``double_share`` ticked twice in two boxes."""
    marks, truths = [], []
    rows = sorted({(box.point, box.row) for box in layout.boxes})
    for point, row in rows:
        boxes = layout.row_boxes(point, row)
        draw_ = rng.uniform()
        if draw_ < empty_share:
            truths.append(RowTruth(point, row, ()))
            continue
        count = 2 if draw_ < empty_share + double_share else 1
        chosen = rng.choice(len(boxes), size=count, replace=False)
        colour = str(rng.choice(PENS))
        width = float(rng.choice((0.35, 0.5, 0.7, 1.0)))
        for index in chosen:
            kind = str(rng.choice(MARK_KINDS))
            marks.append(Mark(kind, boxes[index].box, colour, width))
        truths.append(RowTruth(point, row, tuple(boxes[i].value for i in sorted(chosen))))
    return marks, truths


def tick(page: np.ndarray, marks: list[Mark], dpi: int, rng: np.random.Generator) -> np.ndarray:
    """The page with each mark drawn by hand: a tick or a cross of varied size, slant and place (overshooting the
    box a little, as people do), a box filled with scribbles, or a circle round the box."""
    scale = 16
    out = page.copy()
    px = dpi / 25.4

    def pt(x: float, y: float) -> tuple[int, int]:
        return round(x * px * scale), round(y * px * scale)

    for mark in marks:
        bgr = tuple(int(np.clip(int(mark.colour[i:i + 2], 16) + rng.uniform(-10, 10), 0, 255)) for i in (5, 3, 1))
        thickness = max(1, round(mark.width_mm * px))
        x, y, w, h = mark.box
        cx, cy = x + w / 2 + rng.uniform(-0.8, 0.8), y + h / 2 + rng.uniform(-0.8, 0.8)
        size = rng.uniform(0.55, 1.15) * w  # from a small tick to one a little larger than its box
        tilt = rng.uniform(-0.35, 0.35)

        def turned(dx: float, dy: float) -> tuple[float, float]:
            return (cx + dx * math.cos(tilt) - dy * math.sin(tilt), cy + dx * math.sin(tilt) + dy * math.cos(tilt))

        def stroke(points: list[tuple[float, float]]) -> None:
            # A hand's line: the points joined through small wobbles.
            dense = []
            for (ax, ay), (bx, by) in zip(points, points[1:]):
                for t in np.linspace(0, 1, 6, endpoint=False):
                    dense.append((ax + (bx - ax) * t + rng.normal(0, 0.12), ay + (by - ay) * t + rng.normal(0, 0.12)))
            dense.append(points[-1])
            cv2.polylines(out, [np.array([pt(*p) for p in dense], np.int32)], False, bgr, thickness, cv2.LINE_AA, 4)

        if mark.kind == "check":
            s = size / 2
            stroke([turned(-s, 0.05 * s), turned(-0.3 * s, 0.6 * s), turned(s, -rng.uniform(0.7, 1.1) * s)])
        elif mark.kind == "cross":
            s = size / 2
            stroke([turned(-s, -s), turned(s, s)])
            stroke([turned(s, -s), turned(-s, s)])
        elif mark.kind == "fill":
            s = min(size, w) / 2 * 0.9
            lines = max(4, round(2 * s / max(mark.width_mm, 0.4)))
            zigzag = [turned(-s if i % 2 == 0 else s, -s + 2 * s * i / lines) for i in range(lines + 1)]
            stroke(zigzag)
        elif mark.kind == "dash":  # a partial mark: a pen touched the box and went
            stroke([turned(-1.1, 0.3), turned(1.1, -0.3)])
        elif mark.kind == "circle":
            radius = rng.uniform(5.2, 6.6)
            start = rng.uniform(0, 2 * math.pi)
            angles = np.linspace(start, start + 2 * math.pi * rng.uniform(1.02, 1.15), 40)
            squash = rng.uniform(0.9, 1.1)
            stroke([(x + w / 2 + radius * math.cos(a) * squash, y + h / 2 + radius * math.sin(a) / squash)
                    for a in angles])
    return out


def score_ticks(ticks: list, truths: list[RowTruth], sequences: tuple[int, ...]) -> dict:
    """Read ticks against the truth, row by row: ``correct`` (the right score, unflagged; or an empty row read as
    empty; or a double tick flagged), ``flagged`` (any other flagged row), ``wrong`` (a wrong score or a missed or
    invented tick, unflagged: what must never happen)."""
    by_row = {(t.point, t.row): t for t in ticks}
    counts = {"rows": len(truths), "ticked": 0, "correct": 0, "flagged": 0, "wrong": 0, "doubles": 0,
              "doubles_flagged": 0}
    for truth in truths:
        read = by_row.pop((sequences[truth.point], truth.row), None)
        counts["ticked"] += len(truth.values) == 1
        if len(truth.values) == 2:
            counts["doubles"] += 1
            counts["doubles_flagged"] += read is not None and "two_marks" in read.flags
        expected = truth.values[0] if len(truth.values) == 1 else None
        if read is not None and read.flags:
            counts["correct" if len(truth.values) == 2 else "flagged"] += 1
        elif (read is None and not truth.values) or (read is not None and read.score == expected and expected is not None):
            counts["correct"] += 1
        else:
            counts["wrong"] += 1
    counts["wrong"] += len(by_row)  # a tick read in a row that does not exist
    return counts
