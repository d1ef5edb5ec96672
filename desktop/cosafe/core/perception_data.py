"""Audit scores and perception pins as plain numpy columns, and the filter over them.

Contract (Qt-free, no SQL; ``store.perception_queries.load_perception_data`` fills it):
- ``ScoreRows``: one row per (audit score × walker). A walk with several walkers
  repeats each of its scores once per walker, so a score can be read by each
  walker's demographics; ``score_id`` tells the copies apart from distinct scores.
  A walk without walkers has one row per score, demographics "unknown", and counts
  as one person of its own (``person`` key ``walk:<uuid>``).
- ``PinRows``: one row per pin. A pin without a participant has demographics
  "unknown"; such pins count as one person per workshop and group they were placed
  in (``anon:<workshop>/<group>``): fewer people, so suppression errs on the side
  of hiding.
- Categorical columns (gender, age_band, role, time_of_day, workshop, group,
  criterion, person) are int32 codes into ``PerceptionData.keys[name]``, shared by
  scores and pins so the two can be counted together.
- Dates are ISO ``YYYY-MM-DD`` strings: a walk's ``walked_on`` (its creation date
  when unset), a pin's creation date.
- ``filtered`` keeps the rows a ``PerceptionFilter`` allows; points and keys stay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

import numpy as np
from numpy.typing import NDArray

from cosafe.core.criteria import SAFETY_SCORE_MAX, SCORE_MAX
from cosafe.core.disclosure import POOLED
from cosafe.core.i18n import translate
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, TIMES_OF_DAY, VOCABULARY_CONTEXT
from cosafe.core.words import Analysis

UNKNOWN = "unknown"  # demographics of a walker or pin nobody recorded
NONE = "none"  # workshop or group of a record that has none
DARK_SPOT_CRITERION = "lighting"  # a point scoring 0 on it is a dark spot

CATEGORICAL = ("gender", "age_band", "role", "time_of_day", "workshop", "group", "criterion", "person")
_VOCABULARY_LABELS = {"gender": dict(GENDERS), "age_band": dict(AGE_BANDS), "role": dict(PARTICIPANT_ROLES),
                      "time_of_day": dict(TIMES_OF_DAY)}


@dataclass(frozen=True)
class PerceptionFilter:
    """What to keep; None means no filter on that attribute. Keys as stored ("woman", "night", uuids).

    Demographic filters keep the score rows of walkers and the pins of people with
    those demographics; "unknown" selects walks without walkers and anonymous pins,
    "none" (workshop/group) the records without one. Dates are inclusive.
    """

    workshop_uuids: frozenset[str] | None = None
    group_uuids: frozenset[str] | None = None
    genders: frozenset[str] | None = None
    age_bands: frozenset[str] | None = None
    roles: frozenset[str] | None = None
    times_of_day: frozenset[str] | None = None
    date_from: str | None = None  # inclusive ISO date
    date_to: str | None = None  # inclusive ISO date


@dataclass(frozen=True)
class PointTable:
    """Audit points (every one in the project, scored or not): row i is point i."""

    uuid: tuple[str, ...]
    lon: NDArray[np.float64]  # NaN when the point has no geometry
    lat: NDArray[np.float64]
    time_of_day: NDArray[np.int32]  # code, the walk's


@dataclass(frozen=True)
class ScoreRows:
    point: NDArray[np.int32]  # row in PointTable
    score_id: NDArray[np.int32]  # same for every walker's copy of one stored score
    criterion: NDArray[np.int32]  # code of the criterion key
    is_outcome: NDArray[np.bool_]
    score: NDArray[np.int8]  # 0 (poor) … 3 (good)
    time_of_day: NDArray[np.int32]
    date: NDArray[np.str_]
    workshop: NDArray[np.int32]
    group: NDArray[np.int32]
    gender: NDArray[np.int32]
    age_band: NDArray[np.int32]
    role: NDArray[np.int32]
    person: NDArray[np.int32]


@dataclass(frozen=True)
class PinRows:
    uuid: tuple[str, ...]
    lon: NDArray[np.float64]
    lat: NDArray[np.float64]
    unsafe: NDArray[np.bool_]  # feeling == "unsafe"
    scale: NDArray[np.int8]  # 1 (very unsafe) … 5 (very safe); 0 when not given
    tags: tuple[tuple[str, ...], ...]
    time_of_day: NDArray[np.int32]
    date: NDArray[np.str_]
    workshop: NDArray[np.int32]
    group: NDArray[np.int32]
    gender: NDArray[np.int32]
    age_band: NDArray[np.int32]
    role: NDArray[np.int32]
    person: NDArray[np.int32]


def _take(rows, mask: NDArray[np.bool_]):
    """The rows of a ScoreRows/PinRows where ``mask`` holds."""
    values = {}
    for item in fields(rows):
        column = getattr(rows, item.name)
        values[item.name] = tuple(v for v, keep in zip(column, mask) if keep) if isinstance(column, tuple) \
            else column[mask]
    return type(rows)(**values)


@dataclass(frozen=True)
class PerceptionData:
    points: PointTable
    scores: ScoreRows
    pins: PinRows
    keys: Mapping[str, tuple[str, ...]]  # categorical column -> its keys, by code
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # workshop/group/criterion titles
    outcome_keys: frozenset[str] = frozenset()  # criterion keys that are outcomes ("feeling")

    @classmethod
    def empty(cls) -> PerceptionData:
        """No points, scores or pins (a project not yet loaded)."""
        nothing_i, nothing_f, nothing_s = (np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float64),
                                           np.empty(0, dtype="U10"))
        points = PointTable((), nothing_f, nothing_f, nothing_i)
        scores = ScoreRows(nothing_i, nothing_i, nothing_i, np.empty(0, dtype=bool), np.empty(0, dtype=np.int8),
                           nothing_i, nothing_s, *([nothing_i] * 6))
        pins = PinRows((), nothing_f, nothing_f, np.empty(0, dtype=bool), np.empty(0, dtype=np.int8), (),
                       nothing_i, nothing_s, *([nothing_i] * 6))
        return cls(points, scores, pins, {column: () for column in CATEGORICAL})

    def people(self) -> int:
        """Distinct people behind the score rows and pins (counted as ``disaggregate`` counts them)."""
        return len(np.union1d(self.scores.person, self.pins.person))

    def key_of(self, column: str, codes: NDArray[np.int32]) -> NDArray[np.str_]:
        """Decode a categorical column's codes to its keys."""
        keys = np.asarray(self.keys[column], dtype=str)
        return keys[codes] if len(keys) else np.empty(0, dtype=str)

    def code_of(self, column: str, key: str) -> int:
        """The code of ``key`` in a categorical column, -1 when no row can have it."""
        try:
            return self.keys[column].index(key)
        except ValueError:
            return -1

    def label(self, column: str, key: str) -> str:
        """What people read for a key: vocabulary label, workshop title, group or criterion name."""
        if key == UNKNOWN:
            return Analysis.tr("Unknown")
        if key == NONE:
            return {"workshop": Analysis.tr("No workshop"), "group": Analysis.tr("No group")}.get(
                column) or Analysis.tr("None", "no value of a category")
        if key == POOLED:
            return {"workshop": Analysis.tr("Other workshops"), "group": Analysis.tr("Other groups")}.get(
                column) or Analysis.tr("Other or not stated")
        found = self.labels.get(column, {}).get(key)
        if not found and key in _VOCABULARY_LABELS.get(column, {}):
            found = translate(VOCABULARY_CONTEXT, _VOCABULARY_LABELS[column][key])
        return found or key

    def filtered(self, f: PerceptionFilter) -> PerceptionData:
        """The data ``f`` allows: the same points and keys, fewer score and pin rows."""
        return replace(self, scores=_take(self.scores, self._mask(self.scores, f)),
                       pins=_take(self.pins, self._mask(self.pins, f)))

    def _mask(self, rows: ScoreRows | PinRows, f: PerceptionFilter) -> NDArray[np.bool_]:
        mask = np.ones(len(rows.date), dtype=bool)
        for column, wanted in (("workshop", f.workshop_uuids), ("group", f.group_uuids), ("gender", f.genders),
                               ("age_band", f.age_bands), ("role", f.roles), ("time_of_day", f.times_of_day)):
            if wanted is not None:
                codes = [self.code_of(column, key) for key in wanted]
                mask &= np.isin(getattr(rows, column), [c for c in codes if c >= 0])
        if f.date_from:
            mask &= rows.date >= f.date_from
        if f.date_to:
            mask &= rows.date <= f.date_to
        return mask


def distinct_scores(data: PerceptionData) -> np.ndarray:
    """Row indices of ``data.scores`` with one row per stored score (walker copies dropped)."""
    return np.unique(data.scores.score_id, return_index=True)[1]


def point_score_array(data: PerceptionData) -> tuple[np.ndarray, np.ndarray]:
    """Per point of ``data.points``: (safety score 0–5 or NaN, lighting 0–3 or -1), from the rows in ``data``."""
    rows = distinct_scores(data)
    scores = data.scores
    point, value = scores.point[rows], scores.score[rows].astype(np.float64)
    inputs = ~scores.is_outcome[rows]
    n = len(data.points.uuid)
    total = np.bincount(point[inputs], weights=value[inputs], minlength=n)
    count = np.bincount(point[inputs], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        safety = np.where(count > 0, total / np.maximum(count, 1) * SAFETY_SCORE_MAX / SCORE_MAX, np.nan)
    lighting = np.full(n, -1, dtype=np.int64)
    light_code = data.code_of("criterion", DARK_SPOT_CRITERION)
    is_light = scores.criterion[rows] == light_code
    lighting[point[is_light]] = value[is_light].astype(np.int64)
    return safety, lighting


def ordered_keys(column: str, found: set[str]) -> tuple[str, ...]:
    """Keys of a vocabulary column in the vocabulary's order, then others found, then unknown."""
    vocabulary = list(_VOCABULARY_LABELS.get(column, {}))
    rest = sorted(found - set(vocabulary) - {UNKNOWN, NONE})
    tail = [k for k in (UNKNOWN, NONE) if k in found]
    return tuple(vocabulary + rest + tail)
