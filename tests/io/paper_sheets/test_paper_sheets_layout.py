"""The printed group map's layout and identity: markers, QR text, paper ↔ map, sticker colours."""

from __future__ import annotations

import colorsys
import itertools

import pytest
import segno

from cosafe.core.colour_vision import COMMON_VISIONS, least_difference
from cosafe.io.paper_sheets.layout import (MARKER_GAP, PAPERS, STICKERS, SheetIdentity, fit_bounds, layout_for,
                                           lonlat_to_paper, marker_corners_mm, marker_id, paper_of_marker,
                                           paper_to_lonlat)
from cosafe.core.projection import point_to_mercator

PROJECT = "0b4f8a52-6a51-4c5e-9d55-0b5f1f3a7c11"
IDENTITY = SheetIdentity(PROJECT, "5a0e8ad1-4a8c-4c1f-8a39-5b1e5a1d2c3f", "7a4fb5a7-7934-5348-a937-d36aec4b94ac", 3,
                         "a3", (36.8435195, -1.2861756, 36.8563020, -1.2753098))


@pytest.mark.parametrize("paper", list(PAPERS))
def test_every_box_is_on_the_page_and_apart(paper):
    layout = layout_for(paper)
    width, height = layout.page
    boxes = [layout.frame, layout.header, layout.qr, layout.legend, layout.notes,
             *[(x, y, s, s) for x, y, s in layout.markers]]
    for left, top, w, h in boxes:
        assert 5 <= left and left + w <= width - 5 and 5 <= top and top + h <= height - 5
    for (al, at, aw, ah), (bl, bt, bw, bh) in itertools.combinations(boxes, 2):
        overlap = min(al + aw, bl + bw) - max(al, bl) > 0.01 and min(at + ah, bt + bh) - max(at, bt) > 0.01
        assert not overlap, ((al, at, aw, ah), (bl, bt, bw, bh))
    # Each marker's inner corner is MARKER_GAP from the frame's corner, diagonally outwards.
    left, top, w, h = layout.frame
    inner = [marker_corners_mm(layout, 0)[2], marker_corners_mm(layout, 1)[3], marker_corners_mm(layout, 2)[0],
             marker_corners_mm(layout, 3)[1]]
    expected = [(left - MARKER_GAP, top - MARKER_GAP), (left + w + MARKER_GAP, top - MARKER_GAP),
                (left + w + MARKER_GAP, top + h + MARKER_GAP), (left - MARKER_GAP, top + h + MARKER_GAP)]
    assert [c for point in inner for c in point] == pytest.approx([c for point in expected for c in point])


def test_marker_ids_name_paper_and_corner():
    seen = set()
    for paper in PAPERS:
        for corner in range(4):
            identifier = marker_id(paper, corner)
            assert paper_of_marker(identifier) == (paper, corner)
            seen.add(identifier)
    assert len(seen) == 12 and max(seen) < 50  # all within DICT_4X4_50
    assert paper_of_marker(0) is None and paper_of_marker(49) is None


def test_the_qr_text_reads_back_and_refuses_strangers():
    text = IDENTITY.encode()
    assert SheetIdentity.decode(text) == IDENTITY
    assert len(text) < 200  # a coarse code, read at a distance
    assert segno.make(text, error="m").mode == "alphanumeric"  # 5.5 bits a character, not 8
    for stranger in ("https://example.org", "", text.replace("COSAFE-SHEET/1", "COSAFE-SHEET/9"),
                     text.replace("/A3/", "/B5/"), text.rsplit("/", 1)[0] + "/1:2:3", text.replace("/3/", "/0/"),
                     text.replace(text.split("/")[2], "NOT-A-UUID")):
        assert SheetIdentity.decode(stranger) is None


def test_paper_and_map_positions_are_inverse_and_linear_in_mercator():
    layout = layout_for("a4")
    bounds = fit_bounds((36.845, -1.284, 36.853, -1.277), layout.frame)
    west, south = point_to_mercator(bounds[0], bounds[1])
    east, north = point_to_mercator(bounds[2], bounds[3])
    left, top, width, height = layout.frame
    assert (east - west) / (north - south) == pytest.approx(width / height)
    eps = 1e-9  # the round trip through Mercator
    assert bounds[0] <= 36.845 + eps and bounds[2] >= 36.853 - eps and bounds[1] <= -1.284 + eps and bounds[3] >= -1.277 - eps
    assert paper_to_lonlat(left, top, layout.frame, bounds) == pytest.approx((bounds[0], bounds[3]))
    assert paper_to_lonlat(left + width, top + height, layout.frame, bounds) == pytest.approx((bounds[2], bounds[1]))
    for x, y in ((50.0, 60.0), (left + 1, top + height - 1), (150.5, 99.25)):
        lon, lat = paper_to_lonlat(x, y, layout.frame, bounds)
        assert lonlat_to_paper(lon, lat, layout.frame, bounds) == pytest.approx((x, y), abs=1e-6)


def test_sticker_colours_are_apart_for_cameras_and_colour_blind_people():
    colours = [colour for colour, _label in STICKERS.values()]
    hues = []
    for colour in colours:
        r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        hue, saturation, _value = colorsys.rgb_to_hsv(r, g, b)
        assert saturation > 0.9  # strong colour on a grey map
        hues.append(hue * 360)
    for a, b in itertools.combinations(hues, 2):
        assert min(abs(a - b), 360 - abs(a - b)) >= 35
    for a, b in itertools.combinations(colours, 2):
        assert least_difference(a, b, COMMON_VISIONS) >= 12
