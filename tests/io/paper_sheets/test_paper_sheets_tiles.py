"""A large area printed as tiles: each at 1:10,000 or larger, overlapping, covering the area, with an
overview page per group before its tiles (``choice.tile_bounds``, ``choose_sheets``, ``overview_pages``,
``cosafe print-sheets``)."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess

import pytest
from checks import cosafe_command

from cosafe.core.projection import point_to_mercator
from cosafe.io.paper_sheets.choice import (MAX_SCALE, MAX_TILES, TILE_OVERLAP, choose_sheets, overview_pages,
                                           tile_bounds)
from cosafe.io.paper_sheets.layout import layout_for
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import PROJECT_AREA_KEY, format_area

NAIROBI = (36.80, -1.30)


def area_of(width_km: float, height_km: float) -> tuple[float, float, float, float]:
    """A lon/lat box of about ``width_km`` × ``height_km`` on the ground around Nairobi."""
    lon, lat = NAIROBI
    d_lon = width_km / (111.32 * math.cos(math.radians(lat)))
    d_lat = height_km / 110.57
    return (lon, lat, lon + d_lon, lat + d_lat)


def ground_scale(bounds, frame_width_mm: float) -> float:
    """Ground metres per paper metre across a sheet's frame."""
    west, south = point_to_mercator(bounds[0], bounds[1])
    east, north = point_to_mercator(bounds[2], bounds[3])
    return (east - west) * math.cos(math.radians((bounds[1] + bounds[3]) / 2)) / (frame_width_mm / 1000)


def mercator_box(bounds):
    return (*point_to_mercator(bounds[0], bounds[1]), *point_to_mercator(bounds[2], bounds[3]))


def test_an_area_that_fits_at_ten_thousand_is_one_sheet():
    frame = layout_for("a4").frame
    tiles = tile_bounds(area_of(1.5, 1.0), frame)
    assert len(tiles) == 1 and ground_scale(tiles[0], frame[2]) <= MAX_SCALE


@pytest.mark.parametrize("paper, size_km, expected", [("a4", (5.0, 2.5), (3, 2)), ("a3", (5.0, 2.5), (2, 2)),
                                                      ("a4", (2.5, 5.0), (2, 4))])
def test_a_large_area_is_cut_into_overlapping_tiles_that_cover_it(paper, size_km, expected):
    frame = layout_for(paper).frame
    area = area_of(*size_km)
    tiles = tile_bounds(area, frame)
    columns, rows = expected
    assert len(tiles) == columns * rows
    boxes = [mercator_box(tile) for tile in tiles]
    for tile, box in zip(tiles, boxes):
        assert ground_scale(tile, frame[2]) <= MAX_SCALE * 1.001
        assert (box[2] - box[0]) / (box[3] - box[1]) == pytest.approx(frame[2] / frame[3], rel=1e-6)
    # Rows from the north, west to east in a row; neighbours share the overlap.
    first, right, below = boxes[0], boxes[1], boxes[columns]
    width, height = first[2] - first[0], first[3] - first[1]
    assert right[0] - first[0] == pytest.approx(width * (1 - TILE_OVERLAP), rel=1e-6)
    assert first[1] - below[1] == pytest.approx(height * (1 - TILE_OVERLAP), rel=1e-6)
    union = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    wanted = mercator_box(area)
    assert union[0] <= wanted[0] and union[1] <= wanted[1] and union[2] >= wanted[2] and union[3] >= wanted[3]


def test_a_city_sized_area_stays_within_the_most_tiles():
    frame = layout_for("a4").frame
    tiles = tile_bounds(area_of(40.0, 30.0), frame)
    assert 1 < len(tiles) <= MAX_TILES
    boxes = [mercator_box(tile) for tile in tiles]
    wanted = mercator_box(area_of(40.0, 30.0))
    assert min(b[0] for b in boxes) <= wanted[0] and max(b[2] for b in boxes) >= wanted[2]
    assert min(b[1] for b in boxes) <= wanted[1] and max(b[3] for b in boxes) >= wanted[3]


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def large_sample(tmp_path_factory):
    """The sample with a project area of about 5 × 2.5 km around its streets."""
    path = tmp_path_factory.mktemp("large") / "sample.gpkg"
    assert run("sample", str(path)).returncode == 0
    with ProjectStore.open(str(path)) as store:
        west, south, east, north = store.connection.execute(
            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_proposals_geom").fetchone()
        lon, lat = (west + east) / 2, (south + north) / 2
        d_lon, d_lat = 2.5 / (111.32 * math.cos(math.radians(lat))), 1.25 / 110.57
        store.set_meta_values({PROJECT_AREA_KEY: format_area((lon - d_lon, lat - d_lat, lon + d_lon, lat + d_lat))})
    return path


def test_print_sheets_of_a_large_area_gives_tiles_after_an_overview(large_sample, tmp_path):
    with ProjectStore.open(str(large_sample), read_only=True) as store:
        sheets = choose_sheets(store, "a4")
        groups = store.connection.execute("SELECT count(*) FROM groups").fetchone()[0]
    parts = sheets[0].parts
    assert parts > 1 and len(sheets) == groups * parts
    overviews = overview_pages(sheets)
    assert len(overviews) == groups
    # Pages: the overview, then the group's tiles; every page counted once.
    numbers = sorted([sheet.identity.number for sheet in sheets] + [page.page_number for page in overviews])
    assert numbers == list(range(1, groups * (parts + 1) + 1))
    assert [page.page_number for page in overviews] == [1 + g * (parts + 1) for g in range(groups)]
    assert [number for number, _ in overviews[0].tiles] == list(range(2, parts + 2))

    pdf = tmp_path / "tiles.pdf"
    result = run("print-sheets", str(large_sample), "-o", str(pdf), "--paper", "a4", "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)["sheets"]
    assert [(s["page_number"], s["part"], s["parts"]) for s in printed] == [
        (s.identity.number, s.part, s.parts) for s in sheets]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{groups * (parts + 1)}$", info, re.M)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")
    assert "overview" in text[0] and f"printed on {parts} sheets" in " ".join(text[0].split())
    for number in range(2, parts + 2):  # the overview numbers each tile where it is drawn
        assert re.search(rf"\b{number}\b", text[0])
    assert f"Sheet 2 · part 1 of {parts}" in text[1]
    assert f"Sheet {parts + 1} · part {parts} of {parts}" in text[parts]


def test_a_photo_of_a_tile_places_its_dots_in_that_tile(large_sample, tmp_path):
    """A tile is read like any sheet: its QR code gives its own part of the area."""
    import cv2
    import numpy as np
    from sheet_camera import Sticker, photograph, render_page, stick

    from cosafe.io.paper_sheets.layout import lonlat_to_paper
    from cosafe.io.paper_sheets.reading import read_photo

    pdf = tmp_path / "tiles.pdf"
    printed = json.loads(run("print-sheets", str(large_sample), "-o", str(pdf), "--paper", "a4", "--json").stdout)
    sheet = next(s for s in printed["sheets"] if s["part"] == 4)  # a tile away from the north-west corner
    frame = tuple(sheet["frame_mm"][key] for key in ("left", "top", "width", "height"))
    west, south, east, north = sheet["bounds"]
    places = [(west + (east - west) * u, south + (north - south) * v) for u, v in ((0.3, 0.4), (0.7, 0.6))]
    stickers = [Sticker("unsafe", *lonlat_to_paper(lon, lat, frame, tuple(sheet["bounds"])), 12.0)
                for lon, lat in places]
    rng = np.random.default_rng(4)
    page = render_page(pdf, sheet["page_number"], 200)
    photo = photograph(stick(page, stickers, 200, rng), rng, max_tilt=20)
    reading = read_photo(cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR))
    assert reading.identity.number == sheet["page_number"]
    found = sorted((d.lon, d.lat) for d in reading.detections)
    assert len(found) == 2
    for (lon, lat), (want_lon, want_lat) in zip(found, sorted(places)):
        assert abs(lon - want_lon) < (east - west) * 0.01 and abs(lat - want_lat) < (north - south) * 0.01
