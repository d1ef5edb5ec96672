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
    """(true distance, day point, night point) for every pair within ``radius_m``.

    Night points are hashed into square cells as wide as the search reach, so each
    day point looks only at its own and the eight neighbouring cells (all in numpy).
    """
    reach = radius_m / ground_scale(float(np.max(np.abs(lat[np.concatenate([day, night])]))))
    cell_x, cell_y = np.floor(x / reach).astype(np.int64), np.floor(y / reach).astype(np.int64)
    keys = cell_x[night] * (1 << 32) + cell_y[night]
    order = np.argsort(keys, kind="stable")
    sorted_keys, sorted_night = keys[order], night[order]
    found_day, found_night = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            wanted = (cell_x[day] + dx) * (1 << 32) + cell_y[day] + dy
            low = np.searchsorted(sorted_keys, wanted, side="left")
            count = np.searchsorted(sorted_keys, wanted, side="right") - low
            # Expand each day point's run of night points in that cell.
            starts = np.repeat(low - np.cumsum(count) + count, count)
            found_day.append(np.repeat(day, count))
            found_night.append(sorted_night[starts + np.arange(int(count.sum()))])
    d, n = np.concatenate(found_day), np.concatenate(found_night)
    metres = np.hypot(x[n] - x[d], y[n] - y[d]) * np.cos(np.radians((lat[d] + lat[n]) / 2))
    close = metres <= radius_m
    return list(zip(metres[close].tolist(), d[close].tolist(), n[close].tolist()))
