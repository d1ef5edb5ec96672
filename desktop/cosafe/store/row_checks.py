"""Is a stored row one CoSafe could have written? Checked before a merge takes it, and by ``check``.

A crafted or damaged file can hold rows that no constraint stopped: SQLite leaves out
the CHECK constraints of a database opened read-only (so the read-only ``PRAGMA
quick_check`` of a file to merge never tests them), and JSON text, geometry blobs and
value types are not constraints at all. One such row merged in (``reason_tags =
'NOT-JSON['``) made every later export and the plan fail.

Contract:
- ``row_problems(connection, record_type, rows, table_sql=…)`` returns the problems of
  ``rows`` (tuples in ``mapping.column_names`` order), at most ``limit`` of them, first
  row first. A row must hold, in every column, a value of the type its record field
  declares (text, integer, number, 0/1, BLOB or NULL where the field allows it);
  decode where the record decodes (JSON lists of text and JSON objects; GeoPackage
  geometry blobs whose shape is the table's geometry type; in the columns
  ``table_sql`` declares DATE or DATETIME, a real day in the GeoPackage format — their
  CHECK constraints let any text through that is no date, as strftime() gives NULL);
  and pass the NOT NULL and CHECK constraints of ``table_sql`` (a CREATE TABLE
  statement: the target's, for a merge). The constraints run on a copy of that table in the connection's temporary
  database, which is dropped again: nothing is written to the project, and a
  read-only connection works too. UNIQUE is not this module's business.
- ``feature_problems`` does the same for basemap feature rows (geometry, layer UUID,
  style class, name, tags), ``file_problems`` for every record and feature of a file.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import sqlite3
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import shapely

from cosafe.core.records import Record
from cosafe.store import geometry, mapping
from cosafe.store.identifiers import quote
from cosafe.store.schema_guard import shown

Row = tuple[Any, ...]

# GeoPackage geometry type -> the shapely type ids it allows (None: any).
_SHAPES: dict[str, frozenset[int] | None] = {
    "GEOMETRY": None, "POINT": frozenset({0}), "LINESTRING": frozenset({1}), "POLYGON": frozenset({3}),
    "MULTIPOINT": frozenset({4}), "MULTILINESTRING": frozenset({5}), "MULTIPOLYGON": frozenset({6}),
    "GEOMETRYCOLLECTION": frozenset({7}),
}
FEATURE_COLUMNS = ("geom", "layer_uuid", "style_class", "name", "tags")
_CHECKED_COPY = "cosafe_checked_rows"
_CREATE_TABLE = re.compile(r'\s*CREATE\s+TABLE\s+(?:"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[^\s(]+)\s*\(', re.IGNORECASE)


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one stored row, for a one-line message."""

    table: str
    record: str  # the record's UUID, or "feature N" for a basemap feature
    reason: str

    def __str__(self) -> str:
        if not self.record:
            return f"{self.table}: {self.reason}"
        return f"{self.table} record {shown(self.record, 40)}: {self.reason}"


def row_problems(connection: sqlite3.Connection, record_type: type[Record], rows: Sequence[Row], *,
                 table_sql: str | None, limit: int = 1) -> list[RowProblem]:
    """Problems of ``rows`` of ``record_type`` (see the module contract); empty when all are sound."""
    if not rows:
        return []
    with _checked_copy(connection, table_sql) as (copy, declared):
        return _row_problems(connection, record_type, rows, copy, declared, limit)


def _row_problems(connection: sqlite3.Connection, record_type: type[Record], rows: Sequence[Row], copy: str | None,
                  declared: dict[str, str], limit: int) -> list[RowProblem]:
    names = mapping.column_names(record_type)
    # DATE and DATETIME columns (by the table's declaration) must hold what their names say:
    # their CHECK constraints pass text that is no date at all (strftime gives NULL for it).
    checks = tuple(_with_date_check(check, name, declared.get(name, ""))
                   for check, name in zip(_column_checks(record_type), names))
    at_uuid = names.index("uuid")
    problems: list[RowProblem] = []

    def found(row: Row, reason: str) -> bool:
        uuid = row[at_uuid] if at_uuid < len(row) else None
        problems.append(RowProblem(record_type.TABLE, uuid if isinstance(uuid, str) else repr(uuid), reason))
        return len(problems) >= limit

    sound = list(rows) if _columns_fit(checks, names, rows) else []
    if not sound:  # some value does not fit: find which rows, one by one
        for row in rows:
            reason = _value_problem(names, checks, row)
            if reason:
                if found(row, reason):
                    return problems
            else:
                sound.append(row)
    if record_type.GEOMETRY_TYPE:
        at = names.index("geom")
        bad = _geometry_problems([row[at] for row in sound], record_type.GEOMETRY_TYPE)
        for index, reason in bad:
            if found(sound[index], reason):
                return problems
        failed = {index for index, _ in bad}
        sound = [row for index, row in enumerate(sound) if index not in failed]
    if copy is not None:
        for row, reason in _constraint_problems(connection, copy, names, sound, limit - len(problems)):
            if found(row, reason):
                break
    return problems


def feature_problems(table: str, geometry_type: str, rows: Sequence[tuple[int, Row]],
                     limit: int = 1) -> list[RowProblem]:
    """Problems of basemap feature rows: (fid, (geom, layer_uuid, style_class, name, tags)) pairs."""
    problems: list[RowProblem] = []
    sound: list[tuple[int, Row]] = []
    for fid, (geom, layer_uuid, style_class, name, tags) in rows:
        reason = ""
        if not isinstance(geom, bytes):
            reason = "its geometry is not a GeoPackage geometry"
        elif not isinstance(layer_uuid, str) or not isinstance(style_class, str):
            reason = "its layer or style class is not text"
        elif name is not None and not isinstance(name, str):
            reason = "its name is not text"
        else:
            reason = _json_problem(tags, dict, "tags", str)
        if reason:
            problems.append(RowProblem(table, f"feature {fid}", reason))
            if len(problems) >= limit:
                return problems
        else:
            sound.append((fid, geom))
    for index, reason in _geometry_problems([geom for _, geom in sound], geometry_type):
        problems.append(RowProblem(table, f"feature {sound[index][0]}", reason))
        if len(problems) >= limit:
            break
    return problems


def file_problems(connection: sqlite3.Connection, record_types: Sequence[type[Record]],
                  table_sql: Callable[[str], str | None], feature_tables: dict[str, str],
                  limit: int = 20) -> list[RowProblem]:
    """Problems of every record of ``record_types`` and every feature of ``feature_tables``
    (table -> geometry type) in a file, judged by ``table_sql(table)``'s constraints."""
    problems: list[RowProblem] = []
    unreadable = "its columns are not the ones CoSafe declares, so its records cannot be read"
    for record_type in record_types:
        try:
            rows = connection.execute(f'SELECT {", ".join(mapping.column_names(record_type))} '
                                      f"FROM {quote(record_type.TABLE)} ORDER BY fid").fetchall()
        except sqlite3.OperationalError:
            problems.append(RowProblem(record_type.TABLE, "", unreadable))
            continue
        problems += row_problems(connection, record_type, rows, table_sql=table_sql(record_type.TABLE),
                                 limit=limit - len(problems))
        if len(problems) >= limit:
            return problems
    for table, geometry_type in feature_tables.items():
        try:
            cursor = connection.execute(f"SELECT fid, {', '.join(FEATURE_COLUMNS)} FROM {quote(table)} ORDER BY fid")
        except sqlite3.OperationalError:
            problems.append(RowProblem(table, "", unreadable))
            continue
        while batch := cursor.fetchmany(20000):
            problems += feature_problems(table, geometry_type, [(row[0], row[1:]) for row in batch],
                                         limit - len(problems))
            if len(problems) >= limit:
                return problems
    return problems


# -- values -------------------------------------------------------------------

@functools.cache
def _column_checks(record_type: type[Record]) -> tuple[Callable[[Any], str], ...]:
    """Per column, a function giving why a stored value does not fit the record field ("" if it fits)."""
    hints = typing.get_type_hints(record_type)
    kinds = mapping._field_kinds(record_type)  # how mapping stores each field: the one source of truth
    return tuple(_value_check(name, kind, hints[name]) for name, kind in kinds.items())


def _value_check(name: str, kind: str, hint: Any) -> Callable[[Any], str]:
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    optional = type(None) in options
    if kind == "geom":
        return lambda value: "" if value is None or isinstance(value, bytes) else "its geometry is not a GeoPackage geometry"
    if kind == "json":
        container = dict if dict in (hint, typing.get_origin(hint)) else list
        item = typing.get_args(hint)[0] if container is list and typing.get_args(hint) else None
        return lambda value: "" if value is None else _json_problem(value, container, name, item)
    allowed: tuple[type, ...] = ()
    for option in options:
        allowed += {bool: (int,), int: (int,), float: (int, float), str: (str,), bytes: (bytes,)}.get(option, ())
    if not allowed:
        return lambda value: ""  # a field of a type this module does not know: nothing to hold it to
    if optional:
        allowed += (type(None),)
    words = {int: "a whole number", float: "a number", str: "text", bytes: "binary data"}
    wanted = " or ".join(dict.fromkeys(words[t] for t in allowed if t in words))

    def check(value: Any) -> str:
        if isinstance(value, allowed) and not (kind == "bool" and value not in (0, 1, None)):
            return ""
        return f"{name} is {_described(value)}, not {'0 or 1' if kind == 'bool' else wanted}"

    return check


def _columns_fit(checks: tuple[Callable[[Any], str], ...], names: list[str], rows: Sequence[Row]) -> bool:
    """Do all values fit, asked column by column of distinct values (a merge brings tens of
    thousands of rows, whose JSON lists and 0/1 flags repeat)?"""
    if any(len(row) != len(names) for row in rows):
        return False
    return all(not check(value) for check, column in zip(checks, zip(*rows)) for value in set(column))


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


def _with_date_check(check: Callable[[Any], str], name: str, declared: str) -> Callable[[Any], str]:
    """``check``, and for a DATE or DATETIME column: text in the GeoPackage format of a real day (and time)."""
    if declared not in ("DATE", "DATETIME"):
        return check
    pattern, words = (_DATE, "a date (YYYY-MM-DD)") if declared == "DATE" else (
        _DATETIME, "a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)")

    def dated(value: Any) -> str:
        reason = check(value)
        if reason or not isinstance(value, str):
            return reason
        try:
            if pattern.fullmatch(value):
                datetime.fromisoformat(value[:-1] if declared == "DATETIME" else value)
                return ""
        except ValueError:
            pass
        return f"{name} is {_described(value)}, not {words}"

    return dated


def _value_problem(names: list[str], checks: tuple[Callable[[Any], str], ...], row: Row) -> str:
    if len(row) != len(names):
        return "it does not have the columns of its table"
    for check, value in zip(checks, row):
        reason = check(value)
        if reason:
            return reason
    return ""


def _json_problem(value: Any, container: type, name: str, item: type | None) -> str:
    """Why ``value`` is not JSON text of a ``container`` (of ``item`` values), or ""."""
    if value == "":
        return ""  # read as empty, as mapping does
    if not isinstance(value, str):
        return f"{name} is {_described(value)}, not JSON text"
    try:
        decoded = json.loads(value)
    except (ValueError, RecursionError):
        return f"{name} is not valid JSON"
    if not isinstance(decoded, container):
        return f"{name} is not a JSON {'object' if container is dict else 'list'}"
    if item is not None:
        values = decoded.values() if isinstance(decoded, dict) else decoded
        if not all(isinstance(v, item) for v in values):
            return f"{name} holds something other than text"
    return ""


def _described(value: Any) -> str:
    if value is None:
        return "empty (NULL)"
    if isinstance(value, bytes):
        return "binary data"
    return f"{shown(repr(value), 30)}"


def _geometry_problems(blobs: Sequence[Any], geometry_type: str) -> list[tuple[int, str]]:
    """(index, reason) for each blob that does not decode to a shape of ``geometry_type`` (None passes)."""
    present = [(index, blob) for index, blob in enumerate(blobs) if blob is not None]
    if not present:
        return []
    try:
        shapes = geometry.decode_many([blob for _, blob in present])
    except (geometry.GeometryBlobError, shapely.errors.ShapelyError, TypeError):
        shapes = None  # at least one is unreadable: find which, one by one
    problems = []
    if shapes is None:
        decoded = []
        for index, blob in present:
            try:
                decoded.append(geometry.decode_many([blob])[0])
            except (geometry.GeometryBlobError, shapely.errors.ShapelyError, TypeError):
                problems.append((index, "its geometry cannot be read"))
                decoded.append(None)
        shapes = np.array(decoded, dtype=object)
    allowed = _SHAPES.get(geometry_type.upper())
    if allowed is not None:
        kinds = shapely.get_type_id(shapes)
        for (index, _), kind in zip(present, kinds.tolist()):
            if kind != -1 and kind not in allowed:  # -1: unreadable, already reported
                problems.append((index, f"its geometry is not a {geometry_type.lower()}"))
    return sorted(problems)


# -- constraints ------------------------------------------------------------------

@contextlib.contextmanager
def _checked_copy(connection: sqlite3.Connection, table_sql: str | None) -> Iterator[tuple[str | None, dict[str, str]]]:
    """A copy of the table ``table_sql`` declares, in the temporary database, and its declared
    column types (upper case); dropped on leaving. (None, {}) without ``table_sql``."""
    if table_sql is None:
        yield None, {}
        return
    match = _CREATE_TABLE.match(table_sql)
    if match is None:
        raise ValueError("not a CREATE TABLE statement")
    copy = f"temp.{quote(_CHECKED_COPY)}"
    # One savepoint around it all: outside a transaction (a dry run, a check) every insert
    # would otherwise be a transaction of its own, ten times slower.
    connection.execute(f"SAVEPOINT {_CHECKED_COPY}")
    try:
        connection.execute(f"DROP TABLE IF EXISTS {copy}")
        connection.execute(f"CREATE TEMP TABLE {quote(_CHECKED_COPY)} (" + table_sql[match.end():])
        declared = {name: str(kind).upper() for name, kind in connection.execute(
            "SELECT name, type FROM pragma_table_info(?, 'temp')", (_CHECKED_COPY,))}
        yield copy, declared
    finally:
        connection.execute(f"DROP TABLE IF EXISTS {copy}")
        connection.execute(f"RELEASE {_CHECKED_COPY}")


def _constraint_problems(connection: sqlite3.Connection, copy: str, names: list[str], rows: Sequence[Row],
                         limit: int) -> list[tuple[Row, str]]:
    """(row, reason) for rows that break the NOT NULL or CHECK constraints of the table ``copy`` copies."""
    if not rows or limit <= 0:
        return []
    insert = f"INSERT INTO {copy} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})"
    try:
        connection.executemany(insert, rows)  # the honest case: every row at once
        return []
    except sqlite3.IntegrityError:
        connection.execute(f"DELETE FROM {copy}")
    problems = []
    for row in rows:  # some row broke a constraint: find which, one by one
        try:
            connection.execute(insert, row)
        except sqlite3.IntegrityError as error:
            text = str(error)
            if text.startswith("UNIQUE"):
                continue  # whether a record is new is the merge's question, not this row's
            problems.append((row, _constraint_reason(text)))
            if len(problems) >= limit:
                break
    return problems


def _constraint_reason(text: str) -> str:
    """SQLite's "CHECK constraint failed: feeling IN ('safe', 'unsafe')" in a person's words."""
    kind, _, detail = text.partition(":")
    detail = detail.strip().replace(f"{_CHECKED_COPY}.", "")
    if kind.startswith("NOT NULL"):
        return f"{detail or 'a value'} is empty (NULL) where a value is needed"
    return f"a value breaks the rule {shown(detail, 80)}" if detail else "a value breaks a rule of its table"
