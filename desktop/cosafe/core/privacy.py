"""Disclosure control: how many people a figure must stand for, and how far a place is blurred.

Contract: ``DEFAULT_THRESHOLD`` (5) is a new project's; ``MIN_THRESHOLD`` (3) is the
lowest any project may set — a figure for one or two people names them to anyone
who was in the room — and ``MAX_THRESHOLD`` (100) the highest. ``check_threshold``
raises ValueError with a one-line reason for a value outside that range;
``threshold_in_force(stored)`` is the threshold a project's stored value means:
the default when it is missing or not a number, and never below ``MIN_THRESHOLD``
(a file written elsewhere, or by an older CoSafe that accepted 1, is not trusted
to lower it).

``snap_to_grid(lons, lats, grid_m)`` moves each point to the centre of its cell of a
grid of ``grid_m`` × ``grid_m`` true ground metres, at any latitude: rows are
``grid_m`` of latitude tall (a metre north is the same everywhere), and each row's
cells are ``grid_m`` wide at the row's centre latitude. The grid is anchored at 0°, 0°
and depends on nothing else, so a point lands in the same cell in every export (two
exports cannot be averaged to undo the blur). A grid that is not a positive number of
metres is a ValueError.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from cosafe.core.i18n import arg
from cosafe.core.words import Privacy

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 100
METRES_PER_DEGREE_LAT = 111_320.0  # the mean; within 0.6 % of the ellipsoid's at every latitude


def check_threshold(value: int) -> int:
    if not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise ValueError(arg(Privacy.tr("The suppression threshold must be between %1 and %2 people: "
                                        "a figure for fewer than %1 could name them"), MIN_THRESHOLD, MAX_THRESHOLD))
    return value


def threshold_in_force(stored: str | None) -> int:
    if not stored or not stored.strip().isdigit():
        return DEFAULT_THRESHOLD
    return min(max(int(stored), MIN_THRESHOLD), MAX_THRESHOLD)


def snap_to_grid(lons: Any, lats: Any, grid_m: float) -> tuple[np.ndarray, np.ndarray]:
    if not grid_m > 0 or not np.isfinite(grid_m):
        raise ValueError(arg(Privacy.tr("The blur grid must be more than 0 m, not %1"), grid_m))
    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    row_height = grid_m / METRES_PER_DEGREE_LAT  # degrees of latitude
    centre_lats = (np.floor(lats / row_height) + 0.5) * row_height
    cell_width = row_height / np.maximum(np.cos(np.radians(centre_lats)), 1e-9)  # degrees of longitude
    centre_lons = (np.floor(lons / cell_width) + 0.5) * cell_width
    return np.atleast_1d(centre_lons), np.atleast_1d(centre_lats)
