"""Heat maps: weighted points binned on a Web Mercator grid and blurred by a radius in metres.

Contract (Qt-free numpy):
- ``heat_grid`` bins points (lon/lat degrees, weights ≥ 0; NaN positions or
  weights and non-positive weights are ignored) into square cells of ``cell_m``
  true metres, then blurs with a Gaussian of sigma = radius_m / 3, cut off at
  radius_m: a point's heat reaches ``radius_m`` true metres (measured at the
  grid's middle latitude). Points just outside the grid still warm its edge.
- ``values[row, col]``: row 0 is the southern edge (Mercator y grows northward),
  col 0 the western; normalised so the hottest cell is 1 (all 0 without heat).
- ``bbox`` is the lon/lat box the cells cover exactly (min lon, min lat, max lon,
  max lat) and ``mercator_bbox`` the same in EPSG:3857 metres, for drawing.
- Without ``bbox`` the grid covers the points plus ``radius_m`` and half a cell; without points
  and bbox there is no grid (``values`` 0×0, ``bbox`` None).
- ``cell_m`` defaults to radius_m / 4, made coarser when the grid would pass
  MAX_CELLS cells per side.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from cosafe.core.criteria import SAFETY_SCORE_MAX
from cosafe.core.i18n import arg
from cosafe.core.projection import extent_to_mercator, ground_scale, to_lonlat, to_mercator
from cosafe.core.words import Drawing

MAX_CELLS = 600


@dataclass(frozen=True)
class HeatGrid:
    values: NDArray[np.float64]
    bbox: tuple[float, float, float, float] | None
    mercator_bbox: tuple[float, float, float, float] | None = None
    cell_m: float = 0.0  # true metres per cell at the grid's middle latitude


def low_score_weights(scores: ArrayLike) -> NDArray[np.float64]:
    """Heat weight of 0–5 safety scores: 1 for 0 (worst), 0 for 5 (best)."""
    return np.clip(1.0 - np.asarray(scores, dtype=np.float64) / SAFETY_SCORE_MAX, 0.0, 1.0)


def heat_grid(lons: ArrayLike, lats: ArrayLike, weights: ArrayLike | None, radius_m: float,
              bbox: tuple[float, float, float, float] | None = None, cell_m: float | None = None) -> HeatGrid:
    """The blurred, normalised heat of weighted points (``weights=None``: every point weighs 1)."""
    if not radius_m > 0:
        raise ValueError(arg(Drawing.tr("The heat map radius must be more than 0 metres, not %1"), radius_m))
    lon, lat = np.asarray(lons, dtype=np.float64).ravel(), np.asarray(lats, dtype=np.float64).ravel()
    weight = np.ones_like(lon) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    if not len(lon) == len(lat) == len(weight):
        raise ValueError("lons, lats and weights must have the same length")
    keep = np.isfinite(lon) & np.isfinite(lat) & np.isfinite(weight) & (weight > 0)
    lon, lat, weight = lon[keep], lat[keep], weight[keep]
    if bbox is None:
        if not len(lon):
            return HeatGrid(np.zeros((0, 0)), None)
        middle = (float(lat.min()) + float(lat.max())) / 2
    else:
        middle = (bbox[1] + bbox[3]) / 2
    stretch = 1.0 / ground_scale(middle)  # Mercator metres per true metre here
    x, y = to_mercator(lon, lat)
    cell_m = radius_m / 4 if cell_m is None or not cell_m > 0 else float(cell_m)
    if bbox is None:
        pad = radius_m * stretch
        min_x, min_y, max_x, max_y = x.min() - pad, y.min() - pad, x.max() + pad, y.max() + pad
        cell = max(cell_m * stretch, max(max_x - min_x, max_y - min_y) / (MAX_CELLS - 1))
        # Half a cell more each side: a lone point sits in the middle of its cell, the grid symmetric about it.
        min_x, min_y, max_x, max_y = min_x - cell / 2, min_y - cell / 2, max_x + cell / 2, max_y + cell / 2
    else:
        min_x, min_y, max_x, max_y = extent_to_mercator(bbox)
        cell = max(cell_m * stretch, max(max_x - min_x, max_y - min_y) / MAX_CELLS)
    # A span of a whole number of cells must not gain a sliver cell from rounding.
    cols = max(1, int(np.ceil((max_x - min_x) / cell - 1e-9)))
    rows = max(1, int(np.ceil((max_y - min_y) / cell - 1e-9)))

    kernel = _gaussian_kernel(radius_m * stretch / cell)
    half = len(kernel) // 2
    # Bin on a grid with a margin of the kernel's reach, so outside points warm the edge.
    col = np.floor((x - min_x) / cell).astype(np.int64) + half
    row = np.floor((y - min_y) / cell).astype(np.int64) + half
    width, height = cols + 2 * half, rows + 2 * half
    inside = (col >= 0) & (col < width) & (row >= 0) & (row < height)
    binned = np.bincount(row[inside] * width + col[inside], weights=weight[inside],
                         minlength=width * height).astype(np.float64).reshape(height, width)
    blurred = _blur(_blur(binned, kernel, axis=0), kernel, axis=1)[half:half + rows, half:half + cols]
    peak = blurred.max() if blurred.size else 0.0
    values = blurred / peak if peak > 0 else np.zeros_like(blurred)
    right, top = min_x + cols * cell, min_y + rows * cell
    (west, east), (south, north) = to_lonlat([min_x, right], [min_y, top])
    return HeatGrid(values, (float(west), float(south), float(east), float(north)),
                    (float(min_x), float(min_y), float(right), float(top)), cell / stretch)


def _gaussian_kernel(radius_cells: float) -> NDArray[np.float64]:
    """A 1-D Gaussian of sigma = radius / 3, cut at the radius (at least the centre tap)."""
    reach = int(np.floor(radius_cells))
    if reach < 1:
        return np.ones(1)
    offsets = np.arange(-reach, reach + 1, dtype=np.float64)
    kernel = np.exp(-0.5 * (offsets / (radius_cells / 3.0)) ** 2)
    return kernel / kernel.sum()


def _blur(grid: NDArray[np.float64], kernel: NDArray[np.float64], axis: int) -> NDArray[np.float64]:
    """Convolve along one axis with zero padding: a weighted sum of shifted copies (kernels are short)."""
    half = len(kernel) // 2
    if half == 0:
        return grid * kernel[0]
    padded = np.pad(grid, [(half, half) if a == axis else (0, 0) for a in range(2)])
    size = grid.shape[axis]
    out = np.zeros_like(grid)
    for tap, weight in enumerate(kernel):
        out += weight * (padded[tap:tap + size] if axis == 0 else padded[:, tap:tap + size])
    return out
