"""Day versus night at the same places: pair day and night audit points within a radius.

Contract: a day point and a night point (dusk is neither) are "the same place"
when they are at most ``radius_m`` true metres apart (Web Mercator distance ×
``ground_scale``). Pairs are one-to-one, closest first, so a night point is
compared with one day point only. Points without a safety score or a position
are left out. Result ordered west to east.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cosafe.core.perception_data import PerceptionData, point_score_array
from cosafe.core.projection import ground_scale, to_lonlat, to_mercator


@dataclass(frozen=True)
class PlacePair:
    lon: float  # midway between the two points
    lat: float
    day_score: float
    night_score: float


def day_night_comparison(data: PerceptionData, radius_m: float = 40) -> list[PlacePair]:
    """Pairs of day and night audit points at the same place, with their 0–5 safety scores."""
    safety, _lighting = point_score_array(data)
    present = np.zeros(len(data.points.uuid), dtype=bool)
    present[data.scores.point] = True
    usable = present & ~np.isnan(safety) & ~np.isnan(data.points.lon) & ~np.isnan(data.points.lat)
    day = np.flatnonzero(usable & (data.points.time_of_day == data.code_of("time_of_day", "day")))
    night = np.flatnonzero(usable & (data.points.time_of_day == data.code_of("time_of_day", "night")))
    if not len(day) or not len(night):
        return []
    x, y = to_mercator(data.points.lon, data.points.lat)
    candidates = _candidates(x, y, day, night, data.points.lat, radius_m)
    taken_day: set[int] = set()
    taken_night: set[int] = set()
    pairs = []
    for _distance, d, n in sorted(candidates):
        if d in taken_day or n in taken_night:
            continue
        taken_day.add(d)
        taken_night.add(n)
        lon, lat = to_lonlat((x[d] + x[n]) / 2, (y[d] + y[n]) / 2)
        pairs.append(PlacePair(float(lon), float(lat), float(safety[d]), float(safety[n])))
    return sorted(pairs, key=lambda p: (p.lon, p.lat))


def _candidates(x, y, day, night, lat, radius_m: float) -> list[tuple[float, int, int]]:
    """(true distance, day point, night point) for every pair within ``radius_m``, via a sort on x."""
    order = night[np.argsort(x[night])]
    night_x = x[order]
    found = []
    for d in day:
        # Mercator metres stretch by 1/cos(lat): widen the search window to match.
        reach = radius_m / ground_scale(float(lat[d]))
        low = np.searchsorted(night_x, x[d] - reach, side="left")
        high = np.searchsorted(night_x, x[d] + reach, side="right")
        near = order[low:high]
        if not len(near):
            continue
        scale = np.cos(np.radians((lat[d] + lat[near]) / 2))
        distance = np.hypot(x[near] - x[d], y[near] - y[d]) * scale
        for n, metres in zip(near, distance):
            if metres <= radius_m:
                found.append((float(metres), int(d), int(n)))
    return found
