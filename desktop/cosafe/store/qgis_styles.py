"""Default QGIS styles for the project's layers, written to QGIS's ``layer_styles``
table so QGIS shows a project in CoSafe's colours when it opens the file.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

from cosafe.core.palette import AUDIT_COLOUR, BASEMAP_STYLES, FEELING_COLOURS, INCIDENT_COLOUR, PROPOSAL_COLOUR
from cosafe.core.vocabulary import BASEMAP_STYLE_CLASSES, FEELINGS, choices
from cosafe.store.words import Map

_SYMBOL_KIND = {"basemap_points": "marker", "basemap_lines": "line", "basemap_polygons": "fill"}


def _rgba(colour: str, alpha: int = 255) -> str:
    colour = colour.lstrip("#")
    return ",".join(str(int(colour[i : i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _symbol(parent: ET.Element, name: str, kind: str, colour: str, outline: str, width: float) -> None:
    symbol = ET.SubElement(parent, "symbol", type=kind, name=name, alpha="1", clip_to_extent="1", force_rhr="0")
    layer_class = {"marker": "SimpleMarker", "line": "SimpleLine", "fill": "SimpleFill"}[kind]
    layer = ET.SubElement(symbol, "layer", {"class": layer_class, "enabled": "1", "locked": "0", "pass": "0"})
    options = ET.SubElement(layer, "Option", type="Map")
    values = {
        "marker": {"name": "circle", "color": _rgba(colour), "outline_color": _rgba(outline), "size": str(max(width, 1.6)), "size_unit": "MM", "outline_width": "0.3"},
        "line": {"line_color": _rgba(colour), "line_width": str(width), "line_width_unit": "MM", "capstyle": "round", "joinstyle": "round"},
        "fill": {"color": _rgba(colour, 200), "outline_color": _rgba(outline), "outline_width": str(width), "outline_width_unit": "MM", "style": "solid"},
    }[kind]
    for key, value in values.items():
        ET.SubElement(options, "Option", type="QString", name=key, value=value)


def _document(renderer: ET.Element) -> str:
    root = ET.Element("qgis", version="3.22.0", styleCategories="Symbology")
    root.append(renderer)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode")


def _categorized(attribute: str, kind: str, categories: list[tuple[str, str, str, str, float]]) -> str:
    """categories: (value, label, colour, outline, width)."""
    renderer = ET.Element("renderer-v2", type="categorizedSymbol", attr=attribute, symbollevels="0", forceraster="0", enableorderby="0")
    category_list = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for index, (value, label, colour, outline, width) in enumerate(categories):
        ET.SubElement(category_list, "category", render="true", symbol=str(index), value=value, label=label)
        _symbol(symbols, str(index), kind, colour, outline, width)
    return _document(renderer)


def _single(kind: str, colour: str, outline: str, width: float) -> str:
    renderer = ET.Element("renderer-v2", type="singleSymbol", symbollevels="0", forceraster="0", enableorderby="0")
    symbols = ET.SubElement(renderer, "symbols")
    _symbol(symbols, "0", kind, colour, outline, width)
    return _document(renderer)


def _by_geometry_type(colour: str) -> str:
    """A rule-based style for a table of mixed geometry: one rule per geometry kind."""
    renderer = ET.Element("renderer-v2", type="RuleRenderer", symbollevels="0", forceraster="0", enableorderby="0")
    rules = ET.SubElement(renderer, "rules", key="root")
    symbols = ET.SubElement(renderer, "symbols")
    kinds = (("Polygon", Map.tr("Polygon proposals"), "fill", 0.6), ("Line", Map.tr("Line proposals"), "line", 1.2),
             ("Point", Map.tr("Point proposals"), "marker", 2.6))
    for index, (geometry, label, kind, width) in enumerate(kinds):
        ET.SubElement(rules, "rule", key=str(index + 1), symbol=str(index), label=label,
                      filter=f"geometry_type($geometry) = '{geometry}'")
        _symbol(symbols, str(index), kind, colour, "#ffffff" if kind == "marker" else colour, width)
    return _document(renderer)


def default_styles() -> dict[str, str]:
    """QML style document per table (its legend in the reader's language: QGIS shows the words stored)."""
    styles = {}
    for table, kind in _SYMBOL_KIND.items():
        categories = [(key, label, *BASEMAP_STYLES[key]) for key, label in choices(BASEMAP_STYLE_CLASSES)]
        styles[table] = _categorized("style_class", kind, categories)
    styles["proposals"] = _by_geometry_type(PROPOSAL_COLOUR)
    styles["perception_pins"] = _categorized(
        "feeling", "marker", [(key, label, FEELING_COLOURS[key], "#ffffff", 2.6) for key, label in choices(FEELINGS)]
    )
    styles["audit_walks"] = _single("line", AUDIT_COLOUR, AUDIT_COLOUR, 0.8)
    styles["audit_points"] = _single("marker", AUDIT_COLOUR, "#ffffff", 2.4)
    styles["incidents"] = _single("marker", INCIDENT_COLOUR, "#ffffff", 1.8)
    return styles


def write_default_styles(connection: sqlite3.Connection) -> None:
    """Insert (or replace) the default style of every styled table."""
    for table, qml in default_styles().items():
        connection.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = 'CoSafe'", (table,))
        connection.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
            "styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', ?, 'geom', 'CoSafe', ?, '', 1, "
            "'CoSafe default style', '', '')",
            (table, qml),
        )
