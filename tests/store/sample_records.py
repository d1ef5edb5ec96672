"""One fully populated record of every type, for round-trip tests."""

from __future__ import annotations

import dataclasses
import typing

import shapely

from cosafe.core.records import RECORD_TYPES, Record

_GEOMETRIES = {
    "POINT": shapely.Point(36.8201, -1.2834),
    "LINESTRING": shapely.LineString([(36.82, -1.28), (36.821, -1.281), (36.823, -1.2805)]),
    "GEOMETRY": shapely.Polygon([(36.82, -1.28), (36.821, -1.28), (36.821, -1.281), (36.82, -1.28)]),
}

# Values that satisfy the schema's CHECK constraints.
_OVERRIDES = {
    "kind": "tiles",
    "score": 2,
    "influence": 4,
    "interest": 5,
    "feeling": "safe",
    "scale": 4,
    "time_of_day": "night",
    "day_night": "night",
    "opacity": 0.5,
    "votes_per_participant": 5,
    "dots": 2,
    "table_name": "criteria",
    "field_name": "good_means",
    "language": "sw",
    "occurred_at": "21:45",
    "story_review": "pending",
    "record_table": "proposals",
    "read_at": "2026-03-14T10:15:00.000Z",
}


def populated(record_type: type[Record]) -> Record:
    """A record with a non-default, non-ASCII value in every field it has."""
    hints = typing.get_type_hints(record_type)
    values: dict[str, typing.Any] = {}
    for item in dataclasses.fields(record_type):
        if item.name in ("uuid", "created_at", "updated_at", "device_id"):
            continue
        hint = hints[item.name]
        args = typing.get_args(hint)
        if item.name == "geom":
            values["geom"] = _GEOMETRIES[record_type.GEOMETRY_TYPE]
        elif item.name.endswith("_on"):
            values[item.name] = "2026-03-14"
        elif item.name in _OVERRIDES:
            values[item.name] = _OVERRIDES[item.name]
        elif hint is bool or bool in args:
            values[item.name] = True
        elif hint is int or int in args:
            values[item.name] = 7
        elif hint is float or float in args:
            values[item.name] = 1234.5
        elif hint is bytes:
            values[item.name] = bytes(range(256))
        elif typing.get_origin(hint) is dict:
            values[item.name] = {"points": [[1.5, 2.5]], "note": "ñ"}
        elif typing.get_origin(hint) is list:
            values[item.name] = ["women", "youth", "ñandú"]
        else:
            values[item.name] = f"{item.name} — Ünïcødé 安全"
    return record_type(**values)


ALL_POPULATED = [populated(t) for t in RECORD_TYPES]
