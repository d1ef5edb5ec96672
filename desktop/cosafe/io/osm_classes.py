"""Map OpenStreetMap tags to CoSafe basemap style classes.

The classes are those of ``core.vocabulary.BASEMAP_STYLE_CLASSES``. Point features
are kept only when they matter for safety (street lamps, transport stops, toilets,
police, schools, markets, bars, …) or help people find their way (landmarks: murals,
monuments, museums, viewpoints); other tagged points are noise on a workshop map.
Named places (``place=neighbourhood``, ``suburb``, ``village`` …) are kept as
``PLACE_CLASS`` ("place"): the map names them and draws nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MAJOR_ROADS = {"motorway", "trunk", "primary", "secondary", "motorway_link", "trunk_link", "primary_link", "secondary_link"}
MINOR_ROADS = {"tertiary", "tertiary_link", "residential", "unclassified", "living_street", "service", "road", "busway"}
PATHS = {"footway", "path", "pedestrian", "steps", "cycleway", "bridleway", "track", "corridor"}
GREEN_LEISURE = {"park", "garden", "playground", "pitch", "recreation_ground", "nature_reserve", "common"}
GREEN_LANDUSE = {"grass", "forest", "meadow", "recreation_ground", "village_green", "cemetery", "allotments", "orchard"}
GREEN_NATURAL = {"wood", "scrub", "grassland", "heath"}
WATER_NATURAL = {"water", "wetland", "bay"}

# Point features worth showing at a safety workshop: (key, value) pairs; value None = any value.
SAFETY_POINTS: tuple[tuple[str, str | None], ...] = (
    ("highway", "street_lamp"),
    ("highway", "bus_stop"),
    ("highway", "crossing"),
    ("highway", "traffic_signals"),
    ("public_transport", None),
    ("railway", "station"),
    ("railway", "tram_stop"),
    ("amenity", "toilets"),
    ("amenity", "police"),
    ("amenity", "school"),
    ("amenity", "kindergarten"),
    ("amenity", "marketplace"),
    ("amenity", "bar"),
    ("amenity", "pub"),
    ("amenity", "nightclub"),
    ("amenity", "clinic"),
    ("amenity", "hospital"),
    ("amenity", "pharmacy"),
    ("amenity", "bus_station"),
    ("amenity", "place_of_worship"),
    ("amenity", "community_centre"),
    ("man_made", "surveillance"),
    ("emergency", "phone"),
    ("shop", None),
    # Landmarks: what residents give directions by.
    ("tourism", "artwork"),
    ("tourism", "attraction"),
    ("tourism", "museum"),
    ("tourism", "viewpoint"),
    ("historic", None),
    ("amenity", "library"),
    ("amenity", "fountain"),
)
PLACE_CLASS = "place"  # only labelled (``ui.map.label_data.PLACE_CLASS``)
PLACES = {"city", "town", "village", "hamlet", "suburb", "quarter", "neighbourhood", "borough", "locality", "square",
          "isolated_dwelling"}

_HSTORE_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_other_tags(text: str | None) -> dict[str, str]:
    """Parse GDAL's OSM ``other_tags`` field (``"k"=>"v","k2"=>"v2"``)."""
    if not text:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _HSTORE_PAIR.findall(text)}


def classify(tags: Mapping[str, str], geometry_kind: str) -> str | None:
    """Return the style class of an OSM feature, or None to leave it out.

    ``geometry_kind`` is 'point', 'line' or 'polygon'.
    """
    if geometry_kind == "point":
        if tags.get("place") in PLACES and tags.get("name"):
            return PLACE_CLASS
        if tags.get("highway") == "street_lamp":
            return "lamp"
        if (tags.get("highway") == "bus_stop" or "public_transport" in tags
                or tags.get("railway") in {"station", "tram_stop", "halt"} or tags.get("amenity") == "bus_station"):
            return "transport"
        for key, value in SAFETY_POINTS:
            if key in tags and (value is None or tags[key] == value):
                return "poi"
        return None
    highway = tags.get("highway")
    if geometry_kind == "line":
        if highway in MAJOR_ROADS:
            return "major_road"
        if highway in MINOR_ROADS:
            return "minor_road"
        if highway in PATHS:
            return "path"
        if tags.get("railway") in {"rail", "light_rail", "tram", "subway", "narrow_gauge"}:
            return "railway"
        if tags.get("waterway") in {"river", "canal", "stream", "drain", "ditch"}:
            return "waterway"
        return None
    if tags.get("building") not in (None, "no"):
        return "building"
    if tags.get("natural") in WATER_NATURAL or tags.get("waterway") == "riverbank" or tags.get("landuse") in {"reservoir", "basin"}:
        return "water"
    if tags.get("leisure") in GREEN_LEISURE or tags.get("landuse") in GREEN_LANDUSE or tags.get("natural") in GREEN_NATURAL:
        return "green"
    if highway in PATHS or highway == "pedestrian":
        return "path"
    if tags.get("landuse") or tags.get("amenity") in {
        "school", "marketplace", "hospital", "clinic", "police", "parking", "university", "college", "bus_station",
    }:
        return "landuse"
    return None
