"""What audit scores and perception pins say: per point, per criterion, per demographic cell.

Contract (Qt-free numpy over ``PerceptionData``; load it with
``cosafe.store.queries.perception.load_perception_data``):
- A point's safety score follows ``core.criteria.safety_score``: the mean of its
  non-outcome criteria (0–3) × 5 ÷ 3. Walker copies of a score count once.
- ``disaggregate`` counts people as distinct participants in a cell (a walk
  without walkers is one unknown person; anonymous pins one per workshop and
  group); a cell with fewer people than ``threshold`` is ``suppressed``. It is
  the raw table: outputs use ``protected_cells``.
- ``protected_cells`` is what every output shows (see ``core.disclosure``): the
  categories of every dimension with fewer people than the threshold pooled into
  "Other or not stated"; in a table over two or more dimensions every combination
  of categories is listed, empty ones as small; then cells hidden — small ones, and ``withheld`` ones
  that keep the small ones from being worked out from totals, margins and other
  breakdowns. A hidden cell's figures stay in the Cell but are only ever shown
  through ``format_cell_value`` ("hidden", whichever the reason) or as null in JSON.
- A cell's mean score is the mean over the distinct audit points in it of their
  safety scores; its unsafe share is unsafe pins ÷ all its pins.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from cosafe.core.criteria import SCORE_MAX
from cosafe.core.disclosure import POOLED, CountCube, Disclosure, pool_small, protect, subsets
from cosafe.core.feeling_drivers import Driver, explain_drivers, feeling_drivers
from cosafe.core.formats import format_fixed, format_integer, format_share
from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.core.perception_data import (
    NONE, UNKNOWN, PerceptionData, PerceptionFilter, distinct_scores, point_score_array,
)
from cosafe.core.place_pairs import PlacePair, day_night_comparison

__all__ = [
    "DIMENSIONS", "Cell", "Driver", "NONE", "PerceptionData", "PerceptionFilter", "PlacePair", "PointScore",
    "UNKNOWN", "criterion_distribution", "day_night_comparison", "disaggregate", "explain_drivers",
    "feeling_drivers", "format_cell_value", "point_safety_scores", "point_score_array", "pool_small_categories",
    "protected_cells",
]

HIDDEN = QT_TRANSLATE_NOOP("Privacy", "hidden")  # how every hidden figure reads (``hidden()`` translated)
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
    withheld: bool = False  # hidden although not small, so that a small cell cannot be worked out (never shown)


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


def pool_small_categories(data: PerceptionData, threshold: int) -> PerceptionData:
    """``data`` with every category of every dimension that fewer than ``threshold`` people
    recorded in merged into one "pooled" category (``data.label`` reads it "Other or not
    stated"); categories with enough people, points and keys otherwise unchanged."""
    scores, pins = data.scores, data.pins
    keys, score_columns, pin_columns = dict(data.keys), {}, {}
    n_people = max(len(data.keys["person"]), 1)
    for dimension in DIMENSIONS:
        pairs = _category_person_pairs(data, dimension)
        per_code = np.bincount(pairs // n_people, minlength=len(keys[dimension]))
        merged = pool_small({str(code): int(n) for code, n in enumerate(per_code) if n}, threshold)
        small = [int(code) for code, to in merged.items() if to == POOLED]
        if not small:
            continue
        pooled_code = len(keys[dimension])
        keys[dimension] = (*keys[dimension], POOLED)
        remap = np.arange(pooled_code + 1, dtype=np.int32)
        remap[small] = pooled_code
        score_columns[dimension] = remap[getattr(scores, dimension)]
        pin_columns[dimension] = remap[getattr(pins, dimension)]
    if not score_columns:
        return data
    return replace(data, scores=replace(scores, **score_columns), pins=replace(pins, **pin_columns), keys=keys)


def protected_cells(data: PerceptionData, by: Sequence[str], threshold: int) -> list[Cell]:
    """The cells of ``disaggregate`` as an output may show them: small categories pooled
    (``pool_small_categories``), then small and withheld cells hidden (``core.disclosure``)."""
    by = tuple(by)
    pooled = pool_small_categories(data, threshold)
    raw = {level: disaggregate(pooled, level, threshold) for level in subsets(by)}
    categories = {d: [cell.keys[0] for cell in raw[(d,)]] for d in by}
    tables = {level: _every_combination(cells, level, categories, threshold) for level, cells in raw.items()}
    cube = CountCube(by, {level: {c.keys: (c.people, c.unsafe_pins, c.safe_pins) for c in cells}
                          for level, cells in tables.items()},
                     {d: _splits_people(pooled, d) for d in by})
    shown = protect(cube, threshold)[by]
    return [replace(cell, suppressed=shown[cell.keys] is not Disclosure.SHOWN,
                    withheld=shown[cell.keys] is Disclosure.WITHHELD) for cell in tables[by]]


def _every_combination(cells: list[Cell], level: Sequence[str], categories: Mapping[str, list[str]],
                       threshold: int) -> list[Cell]:
    """``cells`` with an empty, suppressed Cell for each missing combination of ``categories``
    when ``level`` has two or more dimensions (in category order)."""
    if len(level) < 2:
        return cells
    present = {cell.keys: cell for cell in cells}
    return [present.get(keys) or Cell(keys, 0, None, 0, 0, None, True, threshold)
            for keys in itertools.product(*(categories[d] for d in level))]


def _splits_people(data: PerceptionData, dimension: str) -> bool:
    """True when no person has records in two categories of ``dimension`` (people then add up)."""
    people = _category_person_pairs(data, dimension) % max(len(data.keys["person"]), 1)
    return len(people) == len(np.unique(people))


def _category_person_pairs(data: PerceptionData, dimension: str) -> np.ndarray:
    """Each distinct (category code, person code) of the score rows and pins, as code × people + person."""
    codes = np.concatenate([getattr(data.scores, dimension), getattr(data.pins, dimension)]).astype(np.int64)
    people = np.concatenate([data.scores.person, data.pins.person]).astype(np.int64)
    return np.unique(codes * max(len(data.keys["person"]), 1) + people)


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


def hidden() -> str:
    """How a hidden figure reads, in the reader's language."""
    return translate("Privacy", HIDDEN)


def format_cell_value(cell: Cell, value: float | int | None, *, percent: bool = False) -> str:
    """A cell's figure as shown: "hidden" for a small cell and for one hidden to protect a
    small one alike (see ``core.disclosure.Disclosure``), "–" when there is none."""
    if cell.suppressed:
        return hidden()
    if value is None:
        return "–"
    # In the language words are given in (``core.formats``): "3,40" and "50 %" in a Spanish plan.
    if percent:
        return format_share(value)
    if isinstance(value, (int, np.integer)):
        return format_integer(value)
    return format_fixed(value, 2)
