"""Heat grid: binning in Web Mercator, Gaussian blur by a radius in true metres, normalisation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cosafe.core.heatmap import heat_grid, low_score_weights
from cosafe.core.projection import EARTH_RADIUS, to_lonlat


def _east(lon: float, lat: float, metres: float) -> float:
    return lon + math.degrees(metres / (EARTH_RADIUS * math.cos(math.radians(lat))))


def _north(lat: float, metres: float) -> float:
    """The latitude ``metres`` true metres north (small distances: Mercator y stretch ≈ 1/cos)."""
    return lat + math.degrees(metres / EARTH_RADIUS)


def _centre_cell(grid, lon: float, lat: float) -> tuple[int, int]:
    west, south, east, north = grid.bbox
    rows, cols = grid.values.shape
    min_x, min_y, max_x, max_y = grid.mercator_bbox
    x = math.radians(lon) * EARTH_RADIUS
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * EARTH_RADIUS
    return int((y - min_y) / (max_y - min_y) * rows), int((x - min_x) / (max_x - min_x) * cols)


@pytest.mark.parametrize("lat", [0.0, 60.0])
def test_one_point_reaches_exactly_its_radius_in_true_metres(lat):
    grid = heat_grid([10.0], [lat], None, radius_m=40)
    assert grid.cell_m == pytest.approx(10.0)  # radius / 4
    # Grid: the point's cell and 4 cells of 10 m each way (the cells are true metres at any latitude).
    assert grid.values.shape == (9, 9)
    assert _centre_cell(grid, 10.0, lat) == (4, 4)
    assert grid.values[4, 4] == 1.0 and grid.values.max() == 1.0
    # Gaussian with sigma = radius / 3 = 4/3 cells, cut at 4 cells: every cell warm, symmetric.
    kernel = np.exp(-0.5 * (np.arange(-4, 5) / (4 / 3)) ** 2)
    assert grid.values == pytest.approx(np.outer(kernel, kernel))
    west, south, east, north = grid.bbox
    assert (east - west) * math.cos(math.radians(lat)) == pytest.approx(math.degrees(90 / EARTH_RADIUS), rel=1e-6)


def test_weights_and_normalisation():
    far = _east(10.0, 0.0, 500)
    grid = heat_grid([10.0, far], [0.0, 0.0], [1.0, 0.5], radius_m=40)
    assert grid.values.shape == (9, 59)  # 500 m + 2 × 40 m + a cell, in 10 m cells
    assert grid.values[4, 4] == 1.0 and grid.values[4, 54] == pytest.approx(0.5)
    # Between them, farther than the radius from both: no heat at all.
    assert not grid.values[:, 9:50].any() and grid.values[:, 8].all()


BOX = (10.0, 0.0, _east(10.0, 0.0, 200), _north(0.0, 200))  # 200 m square at the equator: 20 × 20 cells of 10 m


def test_two_close_points_add_up():
    lons, lats = [_east(10.0, 0.0, 95), _east(10.0, 0.0, 105)], [_north(0.0, 55)] * 2  # cells (5, 9) and (5, 10)
    grid = heat_grid(lons, lats, None, radius_m=40, bbox=BOX, cell_m=10)
    assert grid.values.shape == (20, 20)
    kernel = np.exp(-0.5 * (np.arange(-4, 5) / (4 / 3)) ** 2)
    kernel /= kernel.sum()
    row = np.zeros(20)
    row[5:14] += kernel
    row[6:15] += kernel
    expected = np.outer(kernel, row)  # rows 1..9 are warm (row 5 ± 4)
    assert grid.values[1:10] == pytest.approx(expected / expected.max())
    assert not grid.values[10:].any() and not grid.values[0].any()


def test_rows_go_north_and_columns_east():
    # South-west point weighs 1, north-east point 0.25: row 0 is south, column 0 west.
    grid = heat_grid([_east(10.0, 0.0, 55), _east(10.0, 0.0, 155)], [_north(0.0, 55), _north(0.0, 155)],
                     [1.0, 0.25], radius_m=40, bbox=BOX, cell_m=10)
    assert grid.values[5, 5] == 1.0 and grid.values[15, 15] == pytest.approx(0.25)
    assert grid.values[5, 15] == 0.0 and grid.values[15, 5] == 0.0


def test_given_bbox_and_a_point_outside_it_warming_its_edge():
    # 15 m west of the box (its cell's centre is 1.5 cells out): warms columns 0..2, 4 cells from it at most.
    grid = heat_grid([_east(10.0, 0.0, -15)], [_north(0.0, 105)], None, radius_m=40, bbox=BOX, cell_m=10)
    assert grid.values.shape == (20, 20)
    assert grid.bbox == pytest.approx(BOX, abs=1e-12)
    assert grid.values[:, 0].max() == 1.0 and grid.values[:, :3].all(axis=1).sum() == 9 and not grid.values[:, 3:].any()
    empty = heat_grid([], [], None, radius_m=40, bbox=BOX)
    assert empty.values.shape == (20, 20) and not empty.values.any() and empty.bbox is not None


def test_nothing_to_draw_and_bad_input():
    grid = heat_grid([np.nan, 10.0, 10.0], [0.0, np.nan, 0.0], [1.0, 1.0, 0.0], radius_m=40)
    assert grid.values.shape == (0, 0) and grid.bbox is None
    with pytest.raises(ValueError, match="radius"):
        heat_grid([10.0], [0.0], None, radius_m=0)
    with pytest.raises(ValueError, match="same length"):
        heat_grid([10.0, 11.0], [0.0], None, radius_m=10)


def test_coarser_cells_for_a_wide_area():
    grid = heat_grid([10.0, 10.5], [0.0, 0.0], None, radius_m=20)  # 55 km apart, 5 m cells would be 11,000
    assert max(grid.values.shape) <= 600 and grid.cell_m > 5
    assert grid.values.max() == 1.0


def test_low_score_weights():
    assert low_score_weights([0, 2.5, 5, np.nan]).tolist()[:3] == [1.0, 0.5, 0.0]


def test_bbox_matches_mercator_bbox():
    grid = heat_grid([10.0, 10.01], [50.0, 50.01], None, radius_m=30)
    lon, lat = to_lonlat([grid.mercator_bbox[0], grid.mercator_bbox[2]], [grid.mercator_bbox[1], grid.mercator_bbox[3]])
    assert grid.bbox == pytest.approx((lon[0], lat[0], lon[1], lat[1]))
