"""Baselines for an action's indicator: the current mean safety score at the places it addresses.

Contract (Qt-free, no SQL; ``cosafe.store.queries.plan.baseline_safety_score`` reads the
project and calls ``baseline_from_data``):
- The audit points counted are those linked to the action directly plus those within
  ``radius_m`` true metres (Web Mercator distance × cos(latitude) at the audit point)
  of any other linked place geometry (proposal, pin, incident; a line or polygon
  counts from its nearest edge, a point inside a polygon is at 0 m).
- Each point counts once with its safety score from ``core.perception_stats.
  point_safety_scores`` (mean of the non-outcome criteria × 5 ÷ 3, all walks and times
  of day in ``data``); points without such a score are not counted.
- ``Baseline.mean`` is the plain mean of those points' scores (None without any);
  ``text`` reads "Mean safety score 1.8 / 5 at 6 audit points (2026-03-17)", the
  date being the latest audit date of the points counted (a range when they differ:
  "2026-03-10 to 2026-03-17").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosafe.core.formats import format_fixed
from cosafe.core.i18n import arg
from cosafe.core.perception_data import PerceptionData
from cosafe.core.perception_stats import point_safety_scores
from cosafe.core.projection import to_mercator
from cosafe.core.words import Plan

DEFAULT_RADIUS_M = 50.0


@dataclass(frozen=True)
class Baseline:
    mean: float | None  # 0–5
    points: int
    text: str


def _to_mercator(geometry: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geometry, lambda xy: np.column_stack(to_mercator(xy[:, 0], xy[:, 1])))


def points_near(lon: np.ndarray, lat: np.ndarray, places: Sequence[BaseGeometry], radius_m: float) -> np.ndarray:
    """Mask of the points (lon/lat arrays) within ``radius_m`` true metres of any of ``places``."""
    lon, lat = np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
    near = np.zeros(len(lon), dtype=bool)
    usable = [g for g in places if g is not None and not g.is_empty]
    if not usable or not len(lon):
        return near
    x, y = to_mercator(lon, lat)
    scale = np.cos(np.radians(np.clip(lat, -85.0, 85.0)))
    reach = radius_m / scale  # the radius in Mercator metres at each point
    for place in usable:
        shape = _to_mercator(place)
        minx, miny, maxx, maxy = shape.bounds
        # Only points whose reach overlaps the place's box can be near it: thousands of points, few candidates.
        candidates = np.flatnonzero((x >= minx - reach) & (x <= maxx + reach) & (y >= miny - reach)
                                    & (y <= maxy + reach) & ~near)
        if len(candidates):
            distance = shapely.distance(shapely.points(x[candidates], y[candidates]), shape) * scale[candidates]
            near[candidates[np.nan_to_num(distance, nan=np.inf) <= radius_m]] = True
    return near


@dataclass(frozen=True)
class ScoredPoints:
    """The audit points of ``data`` with a safety score, prepared once for many baselines."""

    uuid: tuple[str, ...]
    lon: np.ndarray
    lat: np.ndarray
    score: np.ndarray  # 0–5
    first_date: np.ndarray  # ISO date of the point's earliest score, "" if unknown
    last_date: np.ndarray


def scored_points(data: PerceptionData) -> ScoredPoints:
    scored = [p for p in point_safety_scores(data) if p.score is not None]
    index = {uuid: i for i, uuid in enumerate(data.points.uuid)}
    rows = np.array([index[p.point_uuid] for p in scored], dtype=np.int64)
    first = np.full(len(data.points.uuid), "", dtype="U10")
    last = np.full(len(data.points.uuid), "", dtype="U10")
    dated = data.scores.date != ""
    if dated.any():
        pairs = np.unique(np.rec.fromarrays([data.scores.point[dated], data.scores.date[dated]]))
        # Sorted by point then date: a point's first and last rows give its range.
        points, dates = pairs["f0"], pairs["f1"]
        unique, starts = np.unique(points, return_index=True)
        ends = np.r_[starts[1:], len(points)] - 1
        first[unique], last[unique] = dates[starts], dates[ends]
    return ScoredPoints(tuple(p.point_uuid for p in scored), np.array([p.lon for p in scored], dtype=np.float64),
                        np.array([p.lat for p in scored], dtype=np.float64),
                        np.array([p.score for p in scored], dtype=np.float64), first[rows], last[rows])


def baseline_at(points: ScoredPoints, linked_point_uuids: Iterable[str], places: Sequence[BaseGeometry],
                radius_m: float = DEFAULT_RADIUS_M) -> Baseline:
    """The baseline at the given audit points and places (see the module contract)."""
    linked = set(linked_point_uuids)
    counted = points_near(points.lon, points.lat, places, radius_m)
    if linked:
        counted |= np.isin(np.asarray(points.uuid, dtype=object), list(linked))
    if not counted.any():
        return Baseline(None, 0, Plan.tr("No audit scores at the linked places yet"))
    mean, count = float(points.score[counted].mean()), int(counted.sum())
    firsts = [d for d in points.first_date[counted] if d]
    lasts = [d for d in points.last_date[counted] if d]
    score = format_fixed(mean)  # "3,3" in a Portuguese plan (``core.formats``)
    if not firsts:
        return Baseline(mean, count, arg(Plan.tr("Mean safety score %1 / 5 at %Ln audit points", "", count), score))
    start, end = min(firsts), max(lasts)
    if start == end:
        return Baseline(mean, count, arg(Plan.tr("Mean safety score %1 / 5 at %Ln audit points (%2)", "", count),
                                         score, start))
    return Baseline(mean, count, arg(Plan.tr("Mean safety score %1 / 5 at %Ln audit points (%2 to %3)", "", count),
                                     score, start, end))


def baseline_from_data(data: PerceptionData, linked_point_uuids: Iterable[str], places: Sequence[BaseGeometry],
                       radius_m: float = DEFAULT_RADIUS_M) -> Baseline:
    """The baseline at the given audit points and places (see the module contract)."""
    return baseline_at(scored_points(data), linked_point_uuids, places, radius_m)
