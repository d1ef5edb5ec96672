"""A name laid character by character along a curved line, on screen (no Qt).

Contract:
- ``curved_positions(sx, sy, distance, centres, advances, height, near_vertical)``
  yields, for each distance in ``centres`` (pixels along the polyline ``sx``, ``sy``
  whose cumulative lengths are ``distance``) where the text fits, a ``CurvedPosition``:
  the label's middle on screen, its overall angle, and one row per character —
  ``glyphs`` (n, 3): the character's centre x, y (pixels) and its angle (degrees,
  clockwise on screen, y down). Characters are the units of ``advances`` (their widths
  in pixels, as the font lays them out: one per letter, measured by the caller);
  ``height`` is the label's height.
- A character's centre lies on the line and it is turned to the chord the line makes
  under it (at least ``CHORD_HEIGHTS`` of the height wide, so thin letters do not
  wobble on a line's small kinks).
- A stretch is used only when its bends are gentle: neighbouring characters differ by
  at most ``MAX_CHAR_TURN``, and any piece of text ``WINDOW_HEIGHTS`` × height long
  turns by at most ``MAX_WINDOW_TURN`` in all (a sharp corner cut between two letters
  is refused as well as one under a letter). Letters on the inside of a tighter bend
  would run into each other.
- The text reads left to right: the stretch is read in the direction whose chord (first
  character to last) points right — near vertical (within ``near_vertical`` degrees),
  from bottom to top, as straight labels are — and no character is turned further than
  ``MAX_TILT`` from upright, so no letter stands on its head.
- ``glyph_boxes(glyphs, advances, height, margin, pad)`` are the axis-aligned boxes
  that cover each (turned) character, ``pad`` larger on every side: one per character,
  so a curved name blocks only the band it lies in (``margin``: the halo beyond the first
  and last character, which the advances leave out). ``glyph_outline`` is the band
  itself as a polygon (its top edge, then its bottom edge back).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

MAX_CHAR_TURN = 30.0  # degrees between neighbouring characters
MAX_WINDOW_TURN = 45.0  # degrees of turning, summed, within any WINDOW_HEIGHTS × height of text
WINDOW_HEIGHTS = 1.5
MAX_TILT = 100.0  # degrees from upright a character may turn (90: on its side)
CHORD_HEIGHTS = 0.75  # a character's angle: the chord under at least this many heights of line


@dataclass(frozen=True)
class CurvedPosition:
    x: float  # the label's middle on screen, pixels
    y: float
    angle: float  # degrees: the chord from the first character to the last, clockwise on screen
    glyphs: NDArray[np.float64]  # (n, 3): each character's centre x, y (pixels) and angle (degrees)


def curved_positions(sx: NDArray[np.float64], sy: NDArray[np.float64], distance: NDArray[np.float64],
                     centres: Sequence[float], advances: Sequence[float], height: float,
                     near_vertical: float) -> Iterator[CurvedPosition]:
    """Where the text fits along the curved polyline, one position per usable centre (see the module contract)."""
    widths = np.asarray(advances, dtype=float)
    n = widths.size
    if n == 0 or len(centres) == 0:
        return
    text = float(widths.sum())
    # Each character's centre, along the text from its middle.
    along = np.cumsum(widths) - widths / 2 - text / 2
    reach = np.maximum(widths, CHORD_HEIGHTS * height) / 2
    middles = np.asarray(centres, dtype=float)
    length = float(distance[-1])

    # Which way each stretch reads: its chord from the text's start to its end must point right.
    ends = np.column_stack([middles - text / 2, middles + text / 2])
    ex, ey = np.interp(ends, distance, sx), np.interp(ends, distance, sy)
    chord = np.degrees(np.arctan2(ey[:, 1] - ey[:, 0], ex[:, 1] - ex[:, 0]))
    backwards = (chord >= 90.0 - near_vertical) | (chord < -90.0 - near_vertical)
    sign = np.where(backwards, -1.0, 1.0)[:, None]

    at = middles[:, None] + sign * along[None, :]  # (k, n) distance of each character's centre
    # Each character's chord, its start and end looked up together (numpy calls, not arithmetic, cost here).
    chords = np.clip(np.stack([at - sign * reach, at + sign * reach]), 0.0, length)
    cx, cy = np.interp(chords, distance, sx), np.interp(chords, distance, sy)
    angles = np.arctan2(cy[1] - cy[0], cx[1] - cx[0])
    turns = np.abs((np.diff(angles, axis=1) + math.pi) % (2 * math.pi) - math.pi)  # (k, n - 1) radians
    ok = (turns <= math.radians(MAX_CHAR_TURN)).all(axis=1)
    # Turning within any window of text: summed, so a kink cut between letters counts whole.
    summed = np.concatenate([np.zeros((len(middles), 1)), np.cumsum(turns, axis=1)], axis=1)
    last = np.searchsorted(along, along + WINDOW_HEIGHTS * height, side="right") - 1
    ok &= ((summed[:, last] - summed[:, np.arange(n)]) <= math.radians(MAX_WINDOW_TURN)).all(axis=1)
    degrees = np.degrees(angles)
    ok &= (np.abs(degrees) <= MAX_TILT).all(axis=1)
    rows = np.flatnonzero(ok)
    if not rows.size:
        return
    x, y = np.interp(at[rows], distance, sx), np.interp(at[rows], distance, sy)
    middle_x, middle_y = np.interp(middles[rows], distance, sx), np.interp(middles[rows], distance, sy)
    reading = np.where(backwards, np.where(chord > 0, chord - 180.0, chord + 180.0), chord)[rows]
    for row in range(rows.size):
        glyphs = np.column_stack([x[row], y[row], degrees[rows[row]]])
        yield CurvedPosition(float(middle_x[row]), float(middle_y[row]), float(reading[row]), glyphs)


def glyph_boxes(glyphs: NDArray[np.float64], advances: Sequence[float], height: float, margin: float,
                pad: float) -> NDArray[np.float64]:
    """(n, 4) boxes x0, y0, x1, y1 covering each turned character (see the module contract)."""
    half_w = np.array(advances, dtype=float) / 2  # a copy: the ends grow below
    half_w[0] += margin  # the halo beyond the ends; a little more than needed on the inner side
    half_w[-1] += margin
    half_h = height / 2
    radians = np.radians(glyphs[:, 2])
    cos, sin = np.abs(np.cos(radians)), np.abs(np.sin(radians))
    reach_x = cos * half_w + sin * half_h + pad
    reach_y = sin * half_w + cos * half_h + pad
    return np.column_stack([glyphs[:, 0] - reach_x, glyphs[:, 1] - reach_y, glyphs[:, 0] + reach_x,
                            glyphs[:, 1] + reach_y])


def glyph_outline(glyphs: NDArray[np.float64], advances: Sequence[float], height: float,
                  margin: float) -> NDArray[np.float64]:
    """(2n + 2, 2) the band the characters fill: points on its top edge, first to last, then its bottom edge back."""
    widths = np.asarray(advances, dtype=float)
    radians = np.radians(glyphs[:, 2])
    cos, sin = np.cos(radians), np.sin(radians)
    # Where each character begins along its own direction, and where the last one ends.
    fore = np.column_stack([glyphs[:, 0] - cos * widths / 2, glyphs[:, 1] - sin * widths / 2])
    fore[0] -= (cos[0] * margin, sin[0] * margin)
    tail = np.array([[glyphs[-1, 0] + cos[-1] * (widths[-1] / 2 + margin),
                      glyphs[-1, 1] + sin[-1] * (widths[-1] / 2 + margin)]])
    spine = np.concatenate([fore, tail])
    normal_x, normal_y = np.r_[-sin, -sin[-1]], np.r_[cos, cos[-1]]  # y down: the normal points below the text
    half = height / 2
    top = np.column_stack([spine[:, 0] - normal_x * half, spine[:, 1] - normal_y * half])
    bottom = np.column_stack([spine[:, 0] + normal_x * half, spine[:, 1] + normal_y * half])
    return np.concatenate([top, bottom[::-1]])
