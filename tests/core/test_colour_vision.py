"""CIEDE2000 against its published test data; colour-blind vision and luminance contrast."""

from __future__ import annotations

import pytest

from cosafe.core.colour_vision import ciede2000, contrast_ratio, difference, lab, least_difference, simulate

# Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: pairs 1, 7, 13, 19, 25, 31, 34.
SHARMA = [
    ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
    ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0011), 7.2195),
    ((50.0000, 2.5000, 0.0000), (50.0000, 0.0000, -2.5000), 4.3065),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((36.4612, 47.8580, 18.3852), (36.2715, 50.5065, 21.2231), 1.4146),
]


@pytest.mark.parametrize(("first", "second", "expected"), SHARMA)
def test_ciede2000_matches_the_published_test_data(first, second, expected):
    assert ciede2000(first, second) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(second, first) == pytest.approx(expected, abs=1e-4)


def test_lab_of_white_black_and_a_primary():
    assert lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert lab("#000000") == pytest.approx((0.0, 0.0, 0.0), abs=0.01)
    assert lab("#ff0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)


def test_colour_blind_vision_keeps_greys_and_merges_red_with_green():
    for vision in ("deuteranopia", "protanopia", "tritanopia"):
        assert difference("#808080", simulate("#808080", vision)) < 1.0  # a grey stays grey
    # A red and a green of equal lightness: far apart normally, near for most colour-blind readers.
    assert difference("#d55e00", "#5e8c00") > 30
    assert least_difference("#d55e00", "#5e8c00") < 10


def test_contrast_ratio():
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#0072B2", "#ffffff") == pytest.approx(contrast_ratio("#ffffff", "#0072B2"))
