"""Lon/lat <-> Web Mercator, vectorised, and the ground scale of Mercator metres.

Contract:
- Pure numpy, no Qt (core): the canvas, the sketch tools and the importers share it.
- ``to_mercator`` takes EPSG:4326 longitude/latitude in degrees (x = lon, always)
  and returns EPSG:3857 metres; latitudes beyond ±MAX_LATITUDE are clamped there,
  because Mercator sends the poles to infinity. EPSG:3857 is defined by the
  spherical formulas used here (what pyproj computes, to a nanometre, at a tenth of
  its cost — projection was a tenth of the basemap load time).
- ``to_lonlat`` is its inverse; any finite x/y gives a finite lon/lat.
- ``ground_scale(lat)`` is how many true metres one Mercator metre covers at that
  latitude (cos(lat)); scale bars and level-of-detail thresholds use it so they
  mean the same ground distance in Oakland and in Oslo.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray

MAX_LATITUDE = 85.05112877980659  # where Web Mercator's square world ends
EARTH_RADIUS = 6378137.0  # metres: the sphere EPSG:3857 projects
WORLD_HALF_WIDTH = math.pi * EARTH_RADIUS  # metres from the antimeridian to 0° lon


def to_mercator(lon: ArrayLike, lat: ArrayLike) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Project lon/lat degrees (arrays or scalars) to Web Mercator metres."""
    lon_array = np.asarray(lon, dtype=np.float64)
    lat_array = np.clip(np.asarray(lat, dtype=np.float64), -MAX_LATITUDE, MAX_LATITUDE)
    x = np.radians(lon_array) * EARTH_RADIUS
    y = np.log(np.tan(np.pi / 4 + np.radians(lat_array) / 2)) * EARTH_RADIUS
    return x, y


def to_lonlat(x: ArrayLike, y: ArrayLike) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Unproject Web Mercator metres to lon/lat degrees."""
    # Clamping y keeps pyproj away from the overflow (inf) far outside the world square.
    x_array = np.asarray(x, dtype=np.float64)
    y_array = np.clip(np.asarray(y, dtype=np.float64), -4 * WORLD_HALF_WIDTH, 4 * WORLD_HALF_WIDTH)
    lon = np.degrees(x_array / EARTH_RADIUS)
    lat = np.degrees(2 * np.arctan(np.exp(y_array / EARTH_RADIUS)) - np.pi / 2)
    return lon, lat


def point_to_mercator(lon: float, lat: float) -> tuple[float, float]:
    x, y = to_mercator(lon, lat)
    return float(x), float(y)


def point_to_lonlat(x: float, y: float) -> tuple[float, float]:
    lon, lat = to_lonlat(x, y)
    return float(lon), float(lat)


def ground_scale(latitude: float) -> float:
    """True metres per Mercator metre at ``latitude`` (degrees)."""
    return math.cos(math.radians(max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))))


def extent_to_mercator(extent: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) -> (min x, min y, max x, max y) in metres."""
    x, y = to_mercator([extent[0], extent[2]], [extent[1], extent[3]])
    return float(x[0]), float(y[0]), float(x[1]), float(y[1])
