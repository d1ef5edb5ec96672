"""What audit scores and perception pins say: per point, per criterion, per demographic cell.

Contract (Qt-free numpy over ``PerceptionData``; load it with
``cosafe.store.queries.perception.load_perception_data``):
- A point's safety score follows ``core.criteria.safety_score``: the mean of its
  non-outcome criteria (0–3) × 5 ÷ 3. Walker copies of a score count once.
- ``disaggregate`` counts people as distinct participants in a cell (a walk
  without walkers is one unknown person; anonymous pins one per workshop and
  group); a cell with fewer people than ``threshold`` is ``suppressed``. Its
  figures stay in the Cell but are only ever shown through ``format_cell_value``
  (which gives "<threshold") or as null in JSON.
- A cell's mean score is the mean over the distinct audit points in it of their
  safety scores; its unsafe share is unsafe pins ÷ all its pins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from cosafe.core.criteria import SCORE_MAX
from cosafe.core.feeling_drivers import Driver, explain_drivers, feeling_drivers
from cosafe.core.perception_data import (
    NONE, UNKNOWN, PerceptionData, PerceptionFilter, distinct_scores, point_score_array,
)
from cosafe.core.place_pairs import PlacePair, day_night_comparison

__all__ = [
    "DIMENSIONS", "Cell", "Driver", "NONE", "PerceptionData", "PerceptionFilter", "PlacePair", "PointScore",
    "UNKNOWN", "criterion_distribution", "day_night_comparison", "disaggregate", "explain_drivers",
    "feeling_drivers", "format_cell_value", "point_safety_scores", "point_score_array",
]

DIMENSIONS = ("gender", "age_band", "role", "time_of_day", "workshop", "group")


@dataclass(frozen=True)
class PointScore:
    point_uuid: str
    lon: float
    lat: float
    time_of_day: str
    score: float | None  # 0–5, None without any non-outcome score
    lighting: int | None
    is_dark_spot: bool  # lighting scored 0


@dataclass(frozen=True)
class Cell:
    keys: tuple[str, ...]  # one key per dimension asked for, in that order
    people: int
    mean_score: float | None
    unsafe_pins: int
    safe_pins: int
    unsafe_share: float | None  # None without pins
    suppressed: bool
    threshold: int = 5


def point_safety_scores(data: PerceptionData) -> list[PointScore]:
    """Every audit point that has a score row in ``data`` (so filters apply), in point order."""
    safety, lighting = point_score_array(data)
    present = np.zeros(len(data.points.uuid), dtype=bool)
    present[data.scores.point] = True
    tods = data.keys["time_of_day"]
    points = data.points
    result = []
    for i in np.flatnonzero(present):
        light = int(lighting[i])
        result.append(PointScore(points.uuid[i], float(points.lon[i]), float(points.lat[i]),
                                 tods[points.time_of_day[i]] if points.time_of_day[i] >= 0 else UNKNOWN,
                                 None if np.isnan(safety[i]) else float(safety[i]),
                                 None if light < 0 else light, light == 0))
    return result


def criterion_distribution(data: PerceptionData) -> dict[str, list[int]]:
    """Criterion key -> how many scores of 0, 1, 2 and 3 (each stored score once), criteria in order."""
    rows = distinct_scores(data)
    criterion, value = data.scores.criterion[rows], data.scores.score[rows].astype(np.int64)
    result = {}
    for code, key in enumerate(data.keys["criterion"]):
        mine = value[criterion == code]
        if len(mine):
            result[key] = np.bincount(mine, minlength=SCORE_MAX + 1)[: SCORE_MAX + 1].tolist()
    return result


def disaggregate(data: PerceptionData, by: Sequence[str], threshold: int) -> list[Cell]:
    """One Cell per combination of ``by`` keys present in the data, in vocabulary order.

    ``by=()`` gives one cell for everything. Raises ValueError for a dimension
    not in DIMENSIONS.
    """
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown:
        raise ValueError(f"Unknown dimension {unknown[0]!r}; choose from {', '.join(DIMENSIONS)}")
    scores, pins = data.scores, data.pins
    sizes = [len(data.keys[d]) for d in by]
    score_cell, pin_cell = _cell_codes(scores, by, sizes), _cell_codes(pins, by, sizes)
    cells, inverse = np.unique(np.concatenate([score_cell, pin_cell]), return_inverse=True)
    n_cells = len(cells)
    score_index, pin_index = inverse[: len(score_cell)], inverse[len(score_cell):]

    n_people = max(len(data.keys["person"]), 1)
    pairs = np.unique(np.concatenate([score_index * n_people + scores.person, pin_index * n_people + pins.person]))
    people = np.bincount(pairs // n_people, minlength=n_cells)

    safety, _lighting = point_score_array(data)
    n_points = max(len(data.points.uuid), 1)
    cell_points = np.unique(score_index * n_points + scores.point)
    point_values = safety[cell_points % n_points] if len(cell_points) else np.empty(0)
    scored = ~np.isnan(point_values)
    owner = cell_points[scored] // n_points
    score_sum = np.bincount(owner, weights=point_values[scored], minlength=n_cells)
    score_count = np.bincount(owner, minlength=n_cells)
    unsafe = np.bincount(pin_index[pins.unsafe], minlength=n_cells)
    safe = np.bincount(pin_index[~pins.unsafe], minlength=n_cells)

    result = []
    for i, code in enumerate(cells):
        keys = _decode(int(code), by, sizes, data)
        pin_total = int(unsafe[i] + safe[i])
        result.append(Cell(
            keys=keys, people=int(people[i]),
            mean_score=float(score_sum[i] / score_count[i]) if score_count[i] else None,
            unsafe_pins=int(unsafe[i]), safe_pins=int(safe[i]),
            unsafe_share=int(unsafe[i]) / pin_total if pin_total else None,
            suppressed=int(people[i]) < threshold, threshold=threshold))
    return result


def _cell_codes(rows, by: Sequence[str], sizes: Sequence[int]) -> np.ndarray:
    code = np.zeros(len(rows.date), dtype=np.int64)
    for dimension, size in zip(by, sizes):
        code = code * size + getattr(rows, dimension)
    return code


def _decode(code: int, by: Sequence[str], sizes: Sequence[int], data: PerceptionData) -> tuple[str, ...]:
    keys = []
    for dimension, size in zip(reversed(by), reversed(sizes)):
        code, part = divmod(code, size)
        keys.append(data.keys[dimension][part])
    return tuple(reversed(keys))


def format_cell_value(cell: Cell, value: float | int | None, *, percent: bool = False) -> str:
    """A cell's figure as shown: "<threshold" when suppressed, "–" when there is none."""
    if cell.suppressed:
        return f"<{cell.threshold}"
    if value is None:
        return "–"
    if percent:
        return f"{value * 100:.0f}%"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return f"{value:.2f}"
