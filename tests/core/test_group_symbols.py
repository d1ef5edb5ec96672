"""Each group's symbol: a shape, dash and hatch that tell groups apart without colour (issue 14)."""

from __future__ import annotations

import itertools

import pytest

from cosafe.core.group_symbols import (AREA_HATCHES, DASH_PATTERNS, LINE_DASHES, MARKER_SHAPES, GroupSymbol,
                                       group_symbol, symbol_description, symbol_index)
from cosafe.core.palette import FEELING_SHAPES, GROUP_COLOUR_NAMES, GROUP_COLOURS
from cosafe.core.workshops import next_group_colour


def colours_of_new_groups(count: int) -> list[str]:
    """The colours ``count`` groups of one workshop get when added one after the other."""
    used: list[str] = []
    for _ in range(count):
        used.append(next_group_colour(used))
    return used


def test_every_group_of_a_workshop_up_to_eight_has_its_own_shape_dash_and_hatch():
    symbols = [group_symbol(colour) for colour in colours_of_new_groups(8)]
    for part in ("shape", "dash", "hatch"):
        assert len({getattr(symbol, part) for symbol in symbols}) == 8, part
    assert len({(symbol.shape, symbol.dash) for symbol in symbols}) == 8


def test_the_symbol_follows_the_colour_wherever_it_is_asked():
    # The colour is on the group's record: the same colour gives the same symbol in every
    # drawing, whatever case a file spells it in.
    for index, colour in enumerate(GROUP_COLOURS):
        assert symbol_index(colour) == symbol_index(colour.lower()) == index
        assert group_symbol(colour) == group_symbol(f" {colour.lower()} ")
    assert group_symbol(GROUP_COLOURS[0]) == GroupSymbol("circle", "solid", "none")  # the first group looks as before


def test_the_earlier_palettes_colours_fill_the_slots_of_the_colours_that_replaced_them():
    earlier = ["#56B4E9", "#F0E442", "#000000"]
    assert set(earlier) <= set(GROUP_COLOUR_NAMES)
    old_workshop = [*GROUP_COLOURS[:5], *earlier]
    assert len({group_symbol(colour).shape for colour in old_workshop}) == 8


@pytest.mark.parametrize("colour", ["#123456", "#ABCDEF", "red", "", None, "#"])
def test_any_other_colour_has_a_stable_symbol(colour):
    assert 0 <= symbol_index(colour) < len(MARKER_SHAPES)
    assert group_symbol(colour) == group_symbol(colour)
    assert symbol_index("#123456") == 0x123456 % len(MARKER_SHAPES)


def test_a_ninth_group_shares_its_colour_and_so_its_symbol():
    colours = colours_of_new_groups(9)
    assert colours[8] == colours[0]
    assert group_symbol(colours[8]) == group_symbol(colours[0])


def test_no_proposal_marker_is_a_pin_or_incident_shape():
    assert not set(MARKER_SHAPES) & {*FEELING_SHAPES.values(), "cross"}
    assert MARKER_SHAPES.index("square") == 7  # the audit points' shape: only for an eighth colour


def test_dash_patterns_are_drawable_and_each_list_names_known_styles():
    assert set(LINE_DASHES) == set(DASH_PATTERNS)
    assert DASH_PATTERNS["solid"] == ()
    for name, pattern in DASH_PATTERNS.items():
        # Qt takes an even number of positive values: dash, gap, dash, gap …
        assert len(pattern) % 2 == 0 and all(value > 0 for value in pattern), name
        assert all(gap >= 1.5 for gap in pattern[1::2]), name
    assert len(set(DASH_PATTERNS.values())) == len(DASH_PATTERNS)
    assert len(MARKER_SHAPES) == len(LINE_DASHES) == len(AREA_HATCHES) == len(GROUP_COLOURS)
    assert AREA_HATCHES[0] == "none"


def test_a_symbol_reads_in_words():
    assert symbol_description(group_symbol(GROUP_COLOURS[1])) == "star, dashed line, hatched /"
    assert symbol_description(group_symbol(GROUP_COLOURS[2])) == "triangle pointing down, dotted line, hatched \\"
    descriptions = {symbol_description(group_symbol(colour)) for colour in GROUP_COLOURS}
    assert len(descriptions) == len(GROUP_COLOURS)
    assert not any("_" in text for text in descriptions)
    for first, second in itertools.combinations(GROUP_COLOURS, 2):
        assert group_symbol(first) != group_symbol(second)


def test_every_shape_dash_and_hatch_has_words_and_they_are_said_in_the_readers_language():
    from cosafe import catalogues
    from cosafe.core.group_symbols import _WORDS

    assert set(MARKER_SHAPES) | set(LINE_DASHES) | set(AREA_HATCHES) <= set(_WORDS)  # no bare key reaches a person
    symbol = group_symbol(GROUP_COLOURS[3])  # plus sign, dash-dot line, crossed hatch
    english = symbol_description(symbol)
    assert english == "plus sign, dash-dot line, crossed hatch"
    for code in ("es", "fr", "pt", "ar", "sw"):
        with catalogues.speaking(code):
            said = symbol_description(symbol)
        assert said != english and "line" not in said and "hatch" not in said, (code, said)
    with catalogues.speaking("es"):
        assert symbol_description(symbol) == "signo más, línea de raya y punto, rayado cruzado"


def test_every_group_colour_name_is_said_in_every_language():
    from cosafe import catalogues
    from cosafe.core.i18n import translate

    for code in ("es", "fr", "pt", "ar", "sw"):
        with catalogues.speaking(code):
            names = [translate("GroupColours", name) for name in GROUP_COLOUR_NAMES.values()]
        assert len(set(names)) == len(GROUP_COLOUR_NAMES), code  # a picker of eleven different names
        # "Orange" is French too; most names are not English in any language.
        assert sum(name in GROUP_COLOUR_NAMES.values() for name in names) <= 1, (code, names)
    with catalogues.speaking("es"):
        assert translate("GroupColours", GROUP_COLOUR_NAMES["#0072B2"]) == "Azul"
