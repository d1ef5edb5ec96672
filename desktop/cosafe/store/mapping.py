"""Convert records to table rows and back.

A record's dataclass fields are its columns: ``geom`` is a GeoPackage geometry
blob, lists and dicts are JSON text, booleans are 0/1. Columns the record does not
know (added by a later schema) are ignored when reading.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from typing import Any

from cosafe.core.records import Record
from cosafe.store import geometry


@functools.cache
def _field_kinds(record_type: type[Record]) -> dict[str, str]:
    """Map each field to how it is stored: 'geom', 'json', 'bool' or 'plain'."""
    hints = typing.get_type_hints(record_type)
    kinds = {}
    for item in dataclasses.fields(record_type):
        hint = hints[item.name]
        origin = typing.get_origin(hint)
        if item.name == "geom":
            kinds[item.name] = "geom"
        elif origin in (list, dict) or hint in (list, dict):
            kinds[item.name] = "json"
        elif hint is bool or _is_optional_bool(hint):
            kinds[item.name] = "bool"
        else:
            kinds[item.name] = "plain"
    return kinds


def _is_optional_bool(hint: Any) -> bool:
    """True for ``bool | None``."""
    return bool in getattr(hint, "__args__", ())


def _empty_json(record_type: type[Record], name: str) -> Any:
    hint = typing.get_type_hints(record_type)[name]
    return {} if dict in (hint, typing.get_origin(hint)) else []


def column_names(record_type: type[Record]) -> list[str]:
    """Return the record's columns in field order."""
    return list(_field_kinds(record_type))


def to_row(record: Record) -> dict[str, Any]:
    """Return the column values of a record, ready for an INSERT."""
    row: dict[str, Any] = {}
    for name, kind in _field_kinds(type(record)).items():
        value = getattr(record, name)
        if kind == "geom":
            value = geometry.encode(value)
        elif kind == "json":
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif kind == "bool" and value is not None:
            value = int(bool(value))
        row[name] = value
    return row


def from_row(record_type: type[Record], row: dict[str, Any]) -> Record:
    """Build a record from a row mapping column name to value."""
    values: dict[str, Any] = {}
    for name, kind in _field_kinds(record_type).items():
        if name not in row:
            continue
        value = row[name]
        if kind == "geom":
            value = geometry.decode(value)
        elif kind == "json":
            value = json.loads(value) if value else _empty_json(record_type, name)
        elif kind == "bool" and value is not None:
            value = bool(value)
        values[name] = value
    return record_type(**values)
