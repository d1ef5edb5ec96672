"""The map's colours: groups apart from each other and from the basemap, for colour-blind readers too.

Measured with CIEDE2000 as seen with normal vision, deuteranopia and protanopia
(``core.colour_vision``). A ΔE of 12 or more reads as another colour at a glance.
"""

from __future__ import annotations

import itertools

import pytest

from cosafe.core.colour_vision import COMMON_VISIONS, contrast_ratio, difference, least_difference
from cosafe.core.palette import (BASEMAP_STYLES, GROUP_COLOUR_NAMES, GROUP_COLOURS, HIGH_CONTRAST_BACKGROUND,
                                 HIGH_CONTRAST_STYLES, INK, MAP_BACKGROUND)

APART = 12.0
CASED = {"minor_road", "major_road"}
STYLES = {"normal": (BASEMAP_STYLES, MAP_BACKGROUND), "high contrast": (HIGH_CONTRAST_STYLES, HIGH_CONTRAST_BACKGROUND)}


def drawn_colours(styles: dict[str, tuple[str, str, float]]) -> set[tuple[str, str]]:
    """(style class, colour) of what a sketch can lie on or beside: every fill, line and mark,
    and the casing of roads. Not the one-pixel edges of areas and rings of point marks."""
    found = set()
    for style_class, (fill, outline, _width) in styles.items():
        found.add((style_class, fill))
        if style_class in CASED:
            found.add((style_class, outline))
    return found


def test_every_two_group_colours_differ_for_colour_blind_readers_too():
    assert len(GROUP_COLOURS) == len({c.upper() for c in GROUP_COLOURS}) == 8
    for first, second in itertools.combinations(GROUP_COLOURS, 2):
        seen = {vision: round(difference(first, second, vision), 1) for vision in COMMON_VISIONS}
        assert min(seen.values()) >= APART, (first, second, seen)
        assert difference(first, second, "tritanopia") >= 10, (first, second)  # the rare blue-yellow kind


@pytest.mark.parametrize("style", STYLES)
def test_no_group_colour_is_a_basemap_colour(style):
    styles, _background = STYLES[style]
    for group, (style_class, colour) in itertools.product(GROUP_COLOURS, drawn_colours(styles)):
        assert least_difference(group, colour) >= APART, (GROUP_COLOUR_NAMES[group], style_class, colour)


def test_the_orange_group_no_longer_matches_the_major_roads():
    orange = GROUP_COLOURS[1]
    fill, casing, _width = BASEMAP_STYLES["major_road"]
    # The old yellow road with an orange casing was 5 apart from the orange group for deuteranopes.
    assert least_difference(orange, "#d9a84f") < 6
    assert min(least_difference(orange, fill), least_difference(orange, casing)) >= 20


@pytest.mark.parametrize("style", STYLES)
def test_every_group_colour_shows_on_the_map(style):
    _styles, background = STYLES[style]
    for group in GROUP_COLOURS:
        assert contrast_ratio(group, background) >= 2.0, GROUP_COLOUR_NAMES[group]


def test_the_high_contrast_style_draws_its_streets_in_ink():
    for style_class in ("minor_road", "major_road", "path", "railway"):
        fill, outline, _width = HIGH_CONTRAST_STYLES[style_class]
        line = outline if style_class in CASED else fill
        assert contrast_ratio(line, HIGH_CONTRAST_BACKGROUND) >= 15, style_class
    assert INK != "#000000"  # not the colour of any group: none is black
    # Pale fills only: ink and the groups are the only strong colours.
    for style_class, (fill, _outline, _width) in HIGH_CONTRAST_STYLES.items():
        if style_class not in {"railway", "path"}:
            assert contrast_ratio(fill, HIGH_CONTRAST_BACKGROUND) < 1.5, style_class
    assert set(HIGH_CONTRAST_STYLES) == set(BASEMAP_STYLES)


def test_every_group_colour_has_a_name():
    assert all(GROUP_COLOUR_NAMES.get(colour) for colour in GROUP_COLOURS)
