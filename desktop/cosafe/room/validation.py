"""Every field a phone sends, checked before anything is stored.

Contract: each function takes what ``json.loads`` gave and returns the value in the form
the project stores, or raises ``Invalid`` with one line in the reader's language naming
the field and what it must be. A body is a JSON object with only the fields its request
knows: an unknown field is refused too, so a typo is not silently dropped. Text is
stripped of surrounding spaces; control characters other than line breaks and tabs are
refused (they hide text on the projector and in exports). Numbers must be finite; a
place must lie in the room's area (``bounds``: min lon, min lat, max lon, max lat).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from shapely.geometry import LineString, Point

from cosafe.core.i18n import arg
from cosafe.room.words import Room

Bounds = tuple[float, float, float, float]
MAX_LINE_POINTS = 50
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class Invalid(ValueError):
    """A request the room refuses as it is (HTTP 400), with the one-line reason."""


def json_object(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Invalid(Room.tr("The request body is not JSON.")) from None
    if not isinstance(data, dict):
        raise Invalid(Room.tr("The request body must be a JSON object."))
    return data


def fields(data: Mapping[str, Any], required: Collection[str], optional: Collection[str] = ()) -> None:
    """Refuse a body with a field not in ``required`` or ``optional``, or without one of ``required``."""
    for key in data:
        if key not in required and key not in optional:
            raise Invalid(arg(Room.tr("Unknown field “%1”."), key))
    for key in required:
        if key not in data:
            raise Invalid(arg(Room.tr("The field “%1” is missing."), key))


def text(data: Mapping[str, Any], key: str, max_length: int, *, required: bool = False) -> str:
    """A text field, stripped; "" when absent or null and not ``required``."""
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value.strip()) > max_length or _CONTROL.search(value):
        raise Invalid(arg(Room.tr("“%1” must be text of at most %Ln characters.", "", max_length), key))
    value = value.strip()
    if required and not value:
        raise Invalid(arg(Room.tr("“%1” must not be empty."), key))
    return value


def choice(data: Mapping[str, Any], key: str, allowed: Iterable[str]) -> str:
    """One of ``allowed`` (stored keys such as "unsafe", "night")."""
    allowed = list(allowed)
    value = data.get(key)
    if not isinstance(value, str) or value not in allowed:
        raise Invalid(arg(Room.tr("“%1” must be one of: %2."), key, ", ".join(allowed)))
    return value


def choices(data: Mapping[str, Any], key: str, allowed: Iterable[str], max_count: int) -> list[str]:
    """A list of distinct values of ``allowed`` (absent or null: none), in the order given."""
    allowed = list(allowed)
    value = data.get(key)
    if value is None:
        return []
    if (not isinstance(value, list) or len(value) > max_count or len(set(map(str, value))) != len(value)
            or not all(isinstance(item, str) and item in allowed for item in value)):
        raise Invalid(arg(Room.tr("“%1” must be a list of different values, at most %Ln, each one of: %2.", "",
                                  max_count), key, ", ".join(allowed)))
    return list(value)


def flag(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise Invalid(arg(Room.tr("“%1” must be true or false."), key))
    return value


def _number(value: Any, key: str) -> float:
    # bool is an int in Python, but true is no longitude.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Invalid(arg(Room.tr("“%1” must be a number."), key))
    return float(value)


def _inside(lon: float, lat: float, bounds: Bounds) -> None:
    west, south, east, north = bounds
    if not (west <= lon <= east and south <= lat <= north):
        raise Invalid(Room.tr("The place is outside the workshop's area."))


def place(data: Mapping[str, Any], bounds: Bounds) -> Point:
    """The point of ``lon`` and ``lat``, inside ``bounds``."""
    lon, lat = _number(data.get("lon"), "lon"), _number(data.get("lat"), "lat")
    _inside(lon, lat, bounds)
    return Point(lon, lat)


def geometry(value: Any, bounds: Bounds) -> Point | LineString:
    """A GeoJSON Point, or a LineString of 2 to ``MAX_LINE_POINTS`` distinct points, inside ``bounds``."""
    wrong = Invalid(arg(Room.tr("“geometry” must be a GeoJSON point or a line of 2 to %Ln points.", "",
                                MAX_LINE_POINTS)))
    if not isinstance(value, dict) or set(value) != {"type", "coordinates"}:
        raise wrong
    kind, coordinates = value["type"], value["coordinates"]
    if kind == "Point":
        positions = [coordinates]
    elif kind == "LineString" and isinstance(coordinates, list) and 2 <= len(coordinates) <= MAX_LINE_POINTS:
        positions = coordinates
    else:
        raise wrong
    points = []
    for position in positions:
        if not isinstance(position, list) or len(position) != 2:
            raise wrong
        lon, lat = _number(position[0], "geometry"), _number(position[1], "geometry")
        _inside(lon, lat, bounds)
        points.append((lon, lat))
    if kind == "Point":
        return Point(points[0])
    line = LineString(points)
    if line.length == 0:
        raise wrong
    return line
