"""Baselines for an action's indicator: the current mean safety score at the places it addresses.

Contract (Qt-free, no SQL; ``cosafe.store.plan_queries.baseline_safety_score`` reads the
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

from cosafe.core.perception_data import PerceptionData
from cosafe.core.perception_stats import point_safety_scores
from cosafe.core.projection import to_mercator

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
    points = shapely.points(x, y)
    scale = np.cos(np.radians(np.clip(lat, -85.0, 85.0)))
    for place in usable:
        distance = shapely.distance(points, _to_mercator(place)) * scale
        near |= np.nan_to_num(distance, nan=np.inf) <= radius_m
    return near


def baseline_from_data(data: PerceptionData, linked_point_uuids: Iterable[str], places: Sequence[BaseGeometry],
                       radius_m: float = DEFAULT_RADIUS_M) -> Baseline:
    """The baseline at the given audit points and places (see the module contract)."""
    scored = [p for p in point_safety_scores(data) if p.score is not None]
    linked = set(linked_point_uuids)
    near = points_near(np.array([p.lon for p in scored]), np.array([p.lat for p in scored]), places, radius_m)
    counted = [p for p, close in zip(scored, near) if close or p.point_uuid in linked]
    if not counted:
        return Baseline(None, 0, "No audit scores at the linked places yet")
    mean = float(np.mean([p.score for p in counted]))
    dates = _dates_of(data, {p.point_uuid for p in counted})
    when = "" if not dates else f" ({dates[0]})" if dates[0] == dates[-1] else f" ({dates[0]} to {dates[-1]})"
    where = "1 audit point" if len(counted) == 1 else f"{len(counted)} audit points"
    return Baseline(mean, len(counted), f"Mean safety score {mean:.1f} / 5 at {where}{when}")


def _dates_of(data: PerceptionData, point_uuids: set[str]) -> list[str]:
    wanted = np.array([uuid in point_uuids for uuid in data.points.uuid], dtype=bool)
    if not len(wanted):
        return []
    rows = wanted[data.scores.point]
    return sorted({str(d) for d in data.scores.date[rows] if d})
