"""What tells a group's proposals apart besides their colour: a marker shape, a dash, a hatch.

Issue 14: nothing on the map may rely on colour alone. A group's colour is kept on its
record (``Group.colour``, picked from ``palette.GROUP_COLOURS``; a new group gets the
first colour its workshop does not use yet, ``core.workshops.next_group_colour``). Its
symbol is derived from that colour, so it is the same wherever the group is drawn —
canvas, presentation, exported image, plan PDF, legends — and needs no stored field,
no schema change and no rule for merges: recolouring a group changes both together.

Contract:
- ``symbol_index(colour)`` is the colour's place in ``GROUP_COLOURS`` (case ignored);
  the earlier palettes' sky blue, yellow and black take 5, 6 and 7, the slots of the
  colours they were replaced by, so a workshop coloured entirely from the old palette
  still has eight different symbols; any other colour (a file edited in QGIS) a
  stable number from its digits; something that is not a colour 0.
- ``group_symbol(colour)`` is that index's ``GroupSymbol``: ``MARKER_SHAPES[i % 8]``,
  ``LINE_DASHES[i % 8]``, ``AREA_HATCHES[i % 8]``. All three lists have eight entries,
  one per palette colour, so the eight colours a workshop can pick from have eight
  different shapes, dashes and hatches; a ninth group must share a colour (the
  palette wraps round) and so shares that colour's symbol too.
- Shapes are names of ``ui.map.symbols.SHAPES``. None is a perception pin's (diamond,
  triangle) or an incident's (cross), so a proposal is never read as a pin (the
  vermillion and bluish green groups have the pins' very colours); only an eighth
  colour takes the audit points' square. The first group keeps the circle every
  proposal had before.
- ``DASH_PATTERNS[name]`` is a dash pattern as drawn (on, off, … in line widths,
  flat ends; empty: solid), ``AREA_HATCHES`` names hatch patterns (``"none"``: the
  plain translucent fill) that the UI maps to Qt's brush styles.
- ``symbol_description(symbol)`` names it in words ("star, dashed line, hatched /"),
  for tooltips and accessible names, in the reader's language (context "GroupSymbols").
"""

from __future__ import annotations

from dataclasses import dataclass

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.words import GroupSymbols

# Most distinct first: most workshops have two to five groups. The square comes last:
# audit points are small squares, and the canvas may show both. Every shape has ink at
# its centre (no hourglass): a marker covers the very place it marks.
MARKER_SHAPES: tuple[str, ...] = (
    "circle", "star", "triangle_down", "plus", "hexagon", "half_disc", "pentagon", "square")
LINE_DASHES: tuple[str, ...] = (
    "solid", "dashed", "dotted", "dash_dot", "long_dash", "dash_dot_dot", "long_dash_dot", "short_dash")
AREA_HATCHES: tuple[str, ...] = (
    "none", "bdiag", "fdiag", "cross", "horizontal", "diag_cross", "vertical", "dense")

# On, off, … in line widths, as drawn with flat ends. Gaps of 1.5 widths or more stay
# open at a 2-pixel area outline too; a dot is one width long: a square dot.
DASH_PATTERNS: dict[str, tuple[float, ...]] = {
    "solid": (),
    "dashed": (3.0, 2.0),
    "dotted": (1.0, 1.5),
    "dash_dot": (3.5, 1.5, 1.0, 1.5),
    "long_dash": (7.0, 2.0),
    "dash_dot_dot": (3.5, 1.5, 1.0, 1.5, 1.0, 1.5),
    "long_dash_dot": (7.0, 1.5, 1.0, 1.5),
    "short_dash": (1.8, 1.5),
}

# Each part in words, for tooltips and accessible names: marked here, translated where it is said.
_WORDS = {
    "circle": QT_TRANSLATE_NOOP("GroupSymbols", "circle"), "star": QT_TRANSLATE_NOOP("GroupSymbols", "star"),
    "triangle_down": QT_TRANSLATE_NOOP("GroupSymbols", "triangle pointing down"),
    "plus": QT_TRANSLATE_NOOP("GroupSymbols", "plus sign"), "hexagon": QT_TRANSLATE_NOOP("GroupSymbols", "hexagon"),
    "half_disc": QT_TRANSLATE_NOOP("GroupSymbols", "half disc"),
    "pentagon": QT_TRANSLATE_NOOP("GroupSymbols", "pentagon"), "square": QT_TRANSLATE_NOOP("GroupSymbols", "square"),
    "solid": QT_TRANSLATE_NOOP("GroupSymbols", "solid line"), "dashed": QT_TRANSLATE_NOOP("GroupSymbols", "dashed line"),
    "dotted": QT_TRANSLATE_NOOP("GroupSymbols", "dotted line"),
    "dash_dot": QT_TRANSLATE_NOOP("GroupSymbols", "dash-dot line"),
    "long_dash": QT_TRANSLATE_NOOP("GroupSymbols", "long-dashed line"),
    "dash_dot_dot": QT_TRANSLATE_NOOP("GroupSymbols", "dash-dot-dot line"),
    "long_dash_dot": QT_TRANSLATE_NOOP("GroupSymbols", "long dash-dot line"),
    "short_dash": QT_TRANSLATE_NOOP("GroupSymbols", "short-dashed line"),
    "none": QT_TRANSLATE_NOOP("GroupSymbols", "plain fill"), "bdiag": QT_TRANSLATE_NOOP("GroupSymbols", "hatched /"),
    "fdiag": QT_TRANSLATE_NOOP("GroupSymbols", "hatched \\"),
    "cross": QT_TRANSLATE_NOOP("GroupSymbols", "crossed hatch"),
    "horizontal": QT_TRANSLATE_NOOP("GroupSymbols", "horizontal hatch"),
    "diag_cross": QT_TRANSLATE_NOOP("GroupSymbols", "diagonal crossed hatch"),
    "vertical": QT_TRANSLATE_NOOP("GroupSymbols", "vertical hatch"),
    "dense": QT_TRANSLATE_NOOP("GroupSymbols", "dotted fill"),
}

# Colours of earlier palettes groups may still have, in the slots of the colours that replaced them.
_EARLIER_COLOURS = {"#56B4E9": 5, "#F0E442": 6, "#000000": 7}


@dataclass(frozen=True)
class GroupSymbol:
    """How one group's points, lines and areas look besides their colour."""

    shape: str  # a point proposal's marker (ui.map.symbols.SHAPES)
    dash: str  # a line proposal's stroke, and an area's outline (DASH_PATTERNS)
    hatch: str  # an area proposal's fill over its translucent colour (AREA_HATCHES)


def symbol_index(colour: str | None) -> int:
    """The place a colour gives a group among the symbols (see the module contract)."""
    value = (colour or "").strip().upper()
    for index, known in enumerate(GROUP_COLOURS):
        if known.upper() == value:
            return index
    if value in _EARLIER_COLOURS:
        return _EARLIER_COLOURS[value]
    digits = value.lstrip("#")
    try:
        # Stable across runs and machines (unlike hash()): the same file draws the same everywhere.
        return int(digits, 16) % len(MARKER_SHAPES) if digits else 0
    except ValueError:
        return 0


def group_symbol(colour: str | None) -> GroupSymbol:
    """The symbol of the group with this colour (a proposal without a group: its drawn colour)."""
    index = symbol_index(colour)
    return GroupSymbol(MARKER_SHAPES[index % len(MARKER_SHAPES)], LINE_DASHES[index % len(LINE_DASHES)],
                       AREA_HATCHES[index % len(AREA_HATCHES)])


def symbol_description(symbol: GroupSymbol) -> str:
    """The symbol in words in the reader's language, e.g. "star, dashed line, hatched /"."""
    shape, dash, hatch = (translate("GroupSymbols", _WORDS[part]) if part in _WORDS else part
                          for part in (symbol.shape, symbol.dash, symbol.hatch))
    return arg(GroupSymbols.tr("%1, %2, %3", "a group's marker shape, line and area fill"), shape, dash, hatch)
