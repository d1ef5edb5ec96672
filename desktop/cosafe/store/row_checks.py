"""Is a stored row one CoSafe could have written? Checked before a merge takes it, and by ``check``.

A crafted or damaged file can hold rows that no constraint stopped: SQLite leaves out
the CHECK constraints of a database opened read-only (so the read-only ``PRAGMA
quick_check`` of a file to merge never tests them), and JSON text, geometry blobs and
value types are not constraints at all. One such row merged in (``reason_tags =
'NOT-JSON['``) made every later export and the plan fail.

Contract:
- ``row_problems(record_type, rows, table_sql=…)`` returns the problems of
  ``rows`` (tuples in ``mapping.column_names`` order), at most ``limit`` of them, first
  row first. A row must hold, in every column, a value of the type its record field
  declares (text, integer, number, 0/1, BLOB or NULL where the field allows it);
  decode where the record decodes (JSON lists of text and JSON objects; GeoPackage
  geometry blobs whose shape is the table's geometry type; in the columns
  ``table_sql`` declares DATE or DATETIME, a real day in the GeoPackage format — their
  CHECK constraints let any text through that is no date, as strftime() gives NULL);
  and pass the NOT NULL and CHECK constraints of ``table_sql`` (a CREATE TABLE
  statement: the target's, for a merge) unless ``constraints=False`` (the caller's
  insert runs them). The constraints run on a copy of that table in a private
  in-memory database made for the call (with the project's SQL functions) and closed
  after it: nothing is written to the project, and nothing else can use that
  database meanwhile (see below). UNIQUE is not this module's business.
  Not every row need go into the copy: a CHECK's result depends only on the values
  of the columns it names, so for each CHECK one row of every distinct combination
  of those values (compared with their types: 1 is not 1.0) stands for the rest, as
  does every row with a NULL in a NOT NULL column. Only if one of these fails are
  all rows tried, one by one, to list the failing ones (first row first). A table whose
  CHECKs cannot be read so (one naming ``rowid`` or a column the rows do not give, a
  STRICT table, a CHECK calling ``random()``) has every row tried.
- ``feature_problems`` does the same for basemap feature rows (geometry, layer UUID,
  style class, name, tags), ``file_problems(connection, …)`` for every record and
  feature of a file, which it reads through ``connection``.

Why a private database, not the project connection's temporary one: SQLite refuses to
drop a table ("database table is locked") while any other statement of the same
connection is unfinished, and the project connection is not this module's alone. The
window's thread read it during a merge running in a worker (a panel refreshing behind
the progress dialog), and under load that read, mid-statement, met the drop of the copy:
the merge was refused as a damaged file now and then. The private database costs
a connection per call (tens of microseconds; see ``_private_database``).
"""

from __future__ import annotations

import contextlib
import functools
import json
import operator
import re
import sqlite3
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import shapely

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Record
from cosafe.store import geometry, mapping
from cosafe.store.identifiers import quote
from cosafe.store.schema_guard import shown
from cosafe.store.words import ProjectFile

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
    feature: int | None = None  # a basemap feature's fid (``record`` is then "feature N")

    def __str__(self) -> str:
        if not self.record:
            return arg(ProjectFile.tr("%1: %2", "a table, then what is wrong in it"), self.table, self.reason)
        if self.feature is not None:
            return arg(ProjectFile.tr("%1 record feature %2: %3",
                                      "a table, a basemap feature's number, what is wrong in it"),
                       self.table, self.feature, self.reason)
        return arg(ProjectFile.tr("%1 record %2: %3", "a table, a record's UUID, what is wrong in it"), self.table,
                   shown(self.record, 40), self.reason)


def row_problems(record_type: type[Record], rows: Sequence[Row], *, table_sql: str | None, limit: int = 1,
                 constraints: bool = True) -> list[RowProblem]:
    """Problems of ``rows`` of ``record_type`` (see the module contract); empty when all are sound.
    ``constraints=False`` leaves out the NOT NULL and CHECK constraints (still reading
    ``table_sql`` for its DATE and DATETIME columns)."""
    if not rows:
        return []
    with _checked_copy(table_sql) as copy:
        return _row_problems(record_type, rows, copy, limit, constraints)


def _row_problems(record_type: type[Record], rows: Sequence[Row], copy: _Copy | None, limit: int,
                  constraints: bool) -> list[RowProblem]:
    names = mapping.column_names(record_type)
    declared = copy.declared if copy is not None else {}
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
    if copy is not None and constraints:
        nullable = frozenset(index for index, check in enumerate(checks) if not check(None))
        for row, reason in _constraint_problems(copy, names, sound, limit - len(problems), nullable):
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
            reason = ProjectFile.tr("its geometry is not a GeoPackage geometry")
        elif not isinstance(layer_uuid, str) or not isinstance(style_class, str):
            reason = ProjectFile.tr("its layer or style class is not text")
        elif name is not None and not isinstance(name, str):
            reason = ProjectFile.tr("its name is not text")
        else:
            reason = _json_problem(tags, dict, "tags", str)
        if reason:
            problems.append(RowProblem(table, f"feature {fid}", reason, fid))
            if len(problems) >= limit:
                return problems
        else:
            sound.append((fid, geom))
    for index, reason in _geometry_problems([geom for _, geom in sound], geometry_type):
        problems.append(RowProblem(table, f"feature {sound[index][0]}", reason, sound[index][0]))
        if len(problems) >= limit:
            break
    return problems


def file_problems(connection: sqlite3.Connection, record_types: Sequence[type[Record]],
                  table_sql: Callable[[str], str | None], feature_tables: dict[str, str],
                  limit: int = 20) -> list[RowProblem]:
    """Problems of every record of ``record_types`` and every feature of ``feature_tables``
    (table -> geometry type) in a file, judged by ``table_sql(table)``'s constraints."""
    problems: list[RowProblem] = []
    unreadable = ProjectFile.tr("its columns are not the ones CoSafe declares, so its records cannot be read")
    for record_type in record_types:
        try:
            rows = connection.execute(f'SELECT {", ".join(mapping.column_names(record_type))} '
                                      f"FROM {quote(record_type.TABLE)} ORDER BY fid").fetchall()
        except sqlite3.OperationalError:
            problems.append(RowProblem(record_type.TABLE, "", unreadable))
            continue
        problems += row_problems(record_type, rows, table_sql=table_sql(record_type.TABLE),
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
        return _by_type(lambda value: "" if value is None or isinstance(value, bytes)
                        else ProjectFile.tr("its geometry is not a GeoPackage geometry"), (type(None), bytes))
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
    kinds = tuple(dict.fromkeys(t for t in allowed if t in _KIND_WORDS))

    def check(value: Any) -> str:
        if isinstance(value, allowed) and not (kind == "bool" and value not in (0, 1, None)):
            return ""
        wanted = ProjectFile.tr("0 or 1") if kind == "bool" else _either(
            [translate("ProjectFile", _KIND_WORDS[t]) for t in kinds])
        return _not(name, value, wanted)

    return check if kind == "bool" else _by_type(check, allowed)


# What a value of each type is called in "x is 'abc', not a whole number".
_KIND_WORDS = {int: QT_TRANSLATE_NOOP("ProjectFile", "a whole number"),
               float: QT_TRANSLATE_NOOP("ProjectFile", "a number"),
               str: QT_TRANSLATE_NOOP("ProjectFile", "text"),
               bytes: QT_TRANSLATE_NOOP("ProjectFile", "binary data")}


def _either(words: list[str]) -> str:
    """ "a whole number or text" in the reader's language."""
    return words[0] if len(words) == 1 else arg(ProjectFile.tr("%1 or %2", "the last two kinds of value a column "
                                                                           "takes: “a whole number or text”"),
                                                ProjectFile.tr(", ", "between kinds of value").join(words[:-1]),
                                                words[-1])


def _not(name: str, value: Any, wanted: str) -> str:
    """ "priority is 'high', not a whole number": a column, the value it holds, what it should hold."""
    return arg(ProjectFile.tr("%1 is %2, not %3", "a column, the value it holds, what it should hold"), name,
               _described(value), wanted)


# Checks that a value's type alone decides, and the types they let through (a subclass,
# bool for int say, is not listed: such a value is asked of the check itself).
_BY_TYPE: dict[Callable[[Any], str], frozenset[type]] = {}


def _by_type(check: Callable[[Any], str], allowed: tuple[type, ...]) -> Callable[[Any], str]:
    _BY_TYPE[check] = frozenset(allowed)
    return check


def _columns_fit(checks: tuple[Callable[[Any], str], ...], names: list[str], rows: Sequence[Row]) -> bool:
    """Do all values fit, asked column by column: of the types of its values where the type
    decides, else of its distinct values (a merge brings tens of thousands of rows, whose
    JSON lists and timestamps repeat; their UUIDs and geometries do not)? False sends the
    caller to ask row by row."""
    if set(map(len, rows)) != {len(names)}:
        return False
    for check, column in zip(checks, zip(*rows)):
        check, pattern = _DATED.get(check, (check, None))
        by_type = _BY_TYPE.get(check)
        if by_type is not None:
            if not by_type.issuperset(map(type, column)):
                return False
        elif any(check(value) for value in set(column)):
            return False
        if pattern is not None:  # as the date check asks each value, without a call for each
            texts = [value for value in set(column) if isinstance(value, str)]
            if not all(map(pattern.fullmatch, texts)) or not all(map(_real_day, {text[:10] for text in texts})):
                return False
    return True


# The GeoPackage formats, times in range (what datetime.fromisoformat takes; it takes
# ASCII digits only); whether the day is real is asked of the day alone, once per day:
# a merge brings tens of thousands of times, most of them distinct, of a few days.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{3}Z")


@functools.lru_cache(maxsize=4096)
def _real_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@functools.cache  # one per column and declared type: _DATED keeps what it makes
def _with_date_check(check: Callable[[Any], str], name: str, declared: str) -> Callable[[Any], str]:
    """``check``, and for a DATE or DATETIME column: text in the GeoPackage format of a real day (and time)."""
    if declared not in ("DATE", "DATETIME"):
        return check
    pattern, words = (_DATE, QT_TRANSLATE_NOOP("ProjectFile", "a date (YYYY-MM-DD)")) if declared == "DATE" else (
        _DATETIME, QT_TRANSLATE_NOOP("ProjectFile", "a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)"))

    def dated(value: Any) -> str:
        reason = check(value)
        if reason or not isinstance(value, str):
            return reason
        if pattern.fullmatch(value) and _real_day(value[:10]):
            return ""
        return _not(name, value, translate("ProjectFile", words))

    _DATED[dated] = (check, pattern)
    return dated


# Date checks: the field's own check and the pattern, so that a column of them is asked at once.
_DATED: dict[Callable[[Any], str], tuple[Callable[[Any], str], re.Pattern[str]]] = {}


def _value_problem(names: list[str], checks: tuple[Callable[[Any], str], ...], row: Row) -> str:
    if len(row) != len(names):
        return ProjectFile.tr("it does not have the columns of its table")
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
        return _not(name, value, ProjectFile.tr("JSON text"))
    try:
        decoded = json.loads(value)
    except (ValueError, RecursionError):
        return arg(ProjectFile.tr("%1 is not valid JSON", "%1 is a column"), name)
    if not isinstance(decoded, container):
        return arg(ProjectFile.tr("%1 is not a JSON object", "%1 is a column") if container is dict
                   else ProjectFile.tr("%1 is not a JSON list", "%1 is a column"), name)
    if item is not None:
        values = decoded.values() if isinstance(decoded, dict) else decoded
        if not all(isinstance(v, item) for v in values):
            return arg(ProjectFile.tr("%1 holds something other than text", "%1 is a column"), name)
    return ""


def _described(value: Any) -> str:
    if value is None:
        return ProjectFile.tr("empty (NULL)")
    if isinstance(value, bytes):
        return ProjectFile.tr("binary data")
    return shown(repr(value), 30)


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
                problems.append((index, ProjectFile.tr("its geometry cannot be read")))
                decoded.append(None)
        shapes = np.array(decoded, dtype=object)
    allowed = _SHAPES.get(geometry_type.upper())
    if allowed is not None:
        kinds = shapely.get_type_id(shapes)
        for (index, _), kind in zip(present, kinds.tolist()):
            if kind != -1 and kind not in allowed:  # -1: unreadable, already reported
                problems.append((index, arg(ProjectFile.tr("its geometry is not a %1", "%1 is a GeoPackage geometry "
                                                           "type: “multipolygon”"), geometry_type.lower())))
    return sorted(problems)


# -- constraints ------------------------------------------------------------------

@dataclass(frozen=True)
class _Copy:
    """The temporary copy of a table: the private connection holding it, its quoted name, its
    declared column types (upper case), its NOT NULL columns (lower case), and what its
    CHECKs read (``_check_reads``)."""

    connection: sqlite3.Connection
    name: str
    declared: dict[str, str]
    not_null: frozenset[str]
    check_reads: tuple[frozenset[str], ...] | None


@contextlib.contextmanager
def _checked_copy(table_sql: str | None) -> Iterator[_Copy | None]:
    """A copy of the table ``table_sql`` declares, in the temporary database of a private
    in-memory connection (``_private_database``); gone with it on leaving. None without
    ``table_sql``."""
    if table_sql is None:
        yield None
        return
    match = _CREATE_TABLE.match(table_sql)
    if match is None:
        raise ValueError("not a CREATE TABLE statement")
    with _private_database() as connection:
        # TEMP, as on the project connection before: SQLite trusts the temporary schema
        # whatever ``trusted_schema`` is (a build may turn it off), so a CHECK may call the
        # functions registered here; and, as before, a big copy (photos) spills from SQLite's
        # cache to a temporary file instead of filling memory (``temp_store`` stays as it is).
        connection.execute(f"CREATE TEMP TABLE {quote(_CHECKED_COPY)} (" + table_sql[match.end():])
        # table_xinfo, not table_info: it lists generated columns too, which a CHECK may read.
        columns = connection.execute("SELECT name, type, \"notnull\", hidden FROM pragma_table_xinfo(?, 'temp')",
                                     (_CHECKED_COPY,)).fetchall()
        yield _Copy(connection, f"temp.{quote(_CHECKED_COPY)}",
                    {name: str(kind).upper() for name, kind, _, hidden in columns if not hidden},
                    frozenset(name.lower() for name, _, not_null, _ in columns if not_null),
                    _check_reads(table_sql, tuple(name for name, *_ in columns)))


@contextlib.contextmanager
def _private_database() -> Iterator[sqlite3.Connection]:
    """A new in-memory SQLite connection that only the caller uses, with the SQL functions
    every project connection has (``geometry.register_sql_functions``, the only ones the
    stores register), inside one transaction; closed, and everything in it gone, on leaving.

    Made for each call: connecting, registering and closing cost about 40 µs, against
    milliseconds for the inserts of even a small table's rows, so a connection kept
    per thread would save nothing worth the state it keeps.
    """
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        geometry.register_sql_functions(connection)
        # One transaction around it all: every insert would otherwise be a transaction of its own.
        connection.execute("BEGIN")
        yield connection
    finally:
        connection.close()  # rolls the transaction back: nothing of it is kept


def _constraint_problems(copy: _Copy, names: list[str], rows: Sequence[Row], limit: int,
                         nullable: frozenset[int]) -> list[tuple[Row, str]]:
    """(row, reason) for rows that break the NOT NULL or CHECK constraints of the table ``copy``
    copies; ``nullable`` as for ``_standing_rows``."""
    if not rows or limit <= 0:
        return []
    connection = copy.connection
    insert = (f"INSERT INTO {copy.name} ({', '.join(quote(n) for n in names)}) "
              f"VALUES ({', '.join('?' * len(names))})")
    try:
        # The honest case: the rows that stand for all the others (or every row) at once.
        connection.executemany(insert, _standing_rows(copy, names, rows, nullable))
        return []
    except sqlite3.IntegrityError:
        connection.execute(f"DELETE FROM {copy.name}")
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


def _standing_rows(copy: _Copy, names: list[str], rows: Sequence[Row], nullable: frozenset[int]) -> Sequence[Row]:
    """The rows whose NOT NULL and CHECK constraints decide those of all ``rows`` (see the
    module contract), in their order; all of them when the CHECKs cannot be read so.
    ``nullable``: the positions where a row may hold NULL (the value checks refuse it elsewhere)."""
    at = {name.lower(): index for index, name in enumerate(names)}
    reads = copy.check_reads
    if reads is None or any(name not in at for columns in (*reads, copy.not_null) for name in columns):
        # A constraint on what the rows do not give (the fid the copy counts, a generated
        # column, a column left to its default): try them all.
        return rows
    by_position: dict[int, list[Any]] = {}

    def get(position: int) -> list[Any]:
        if position not in by_position:
            by_position[position] = list(map(operator.itemgetter(position), rows))
        return by_position[position]

    def keys(position: int) -> list[Any]:
        # Python holds 1 == 1.0 == True, which SQLite tells apart (stored as text, say): a
        # column holding real numbers or flags is compared by repr, which tells them apart.
        column = get(position)
        return column if _PLAIN_KEYS.issuperset(map(type, column)) else list(map(repr, column))

    chosen: set[int] = set()
    for columns in set(reads):
        if not columns:
            chosen.add(0)  # a CHECK reading no column: any row tells
            continue
        # Built by C iterators alone: tens of thousands of rows.
        combined = zip(*(keys(at[name]) for name in sorted(columns)))
        chosen.update(dict(zip(combined, range(len(rows)))).values())  # one row (the last) of each
        if 2 * len(chosen) > len(rows):
            return rows  # values hardly repeat (times entered one by one): no use looking further
    for name in copy.not_null:
        position = at[name]
        if position in nullable and None in get(position):
            chosen.update(index for index, value in enumerate(get(position)) if value is None)
    return [rows[index] for index in sorted(chosen)]


# Types whose values Python's == tells apart as SQLite does.
_PLAIN_KEYS = frozenset({int, str, bytes, type(None)})
# SQLite's tokens, enough to find CHECK (...) and the names in it: blanks and comments,
# strings (and blob literals), quoted names, words, anything else one character.
_TOKEN = re.compile(r"""
    (?P<blank>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>[xX]?'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
  | (?P<word>[^\W\d][\w$]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
# Names that make a CHECK read more than a row's own values.
_NOT_ROW_VALUES = frozenset({"rowid", "oid", "_rowid_", "random", "randomblob", "changes", "total_changes",
                             "last_insert_rowid"})


@functools.lru_cache(maxsize=64)
def _check_reads(table_sql: str, columns: tuple[str, ...]) -> tuple[frozenset[str], ...] | None:
    """The columns (lower case) each CHECK of ``table_sql`` names, or None when that cannot be
    told for sure: a CHECK naming ``rowid`` or calling ``random()``, a STRICT table (its
    types are constraints of every column), anything this reading does not follow.

    A name counts whether it is a column or not (a function, a keyword): naming too many
    columns only makes more rows stand for the rest, naming too few would miss one.
    """
    tokens = []
    for token in _TOKEN.finditer(table_sql):
        kind, text = token.lastgroup, token.group()
        if kind == "blank":
            continue
        if kind == "other" and text in "'\"`[":
            return None  # an unclosed quote: not SQL this reading follows
        if kind == "quoted":
            text = text[1:-1].replace(text[0] * 2, text[0]) if text[0] != "[" else text[1:-1]
        tokens.append((kind, text))
    if any(kind == "word" and text.upper() == "STRICT" for kind, text in tokens):
        return None
    known = {name.lower() for name in columns}
    reads = []
    index = 0
    while index < len(tokens):
        kind, text = tokens[index]
        index += 1
        if kind != "word" or text.upper() != "CHECK":
            continue
        if index >= len(tokens) or tokens[index] != ("other", "("):
            return None
        depth, names = 0, set()
        while index < len(tokens):
            kind, text = tokens[index]
            index += 1
            if (kind, text) == ("other", "("):
                depth += 1
            elif (kind, text) == ("other", ")"):
                depth -= 1
                if depth == 0:
                    break
            elif kind in ("word", "quoted"):
                if text.lower() in _NOT_ROW_VALUES:
                    return None
                if text.lower() in known:
                    names.add(text.lower())
        else:
            return None  # the CHECK never closed
        reads.append(frozenset(names))
    return tuple(reads)


def _constraint_reason(text: str) -> str:
    """SQLite's "CHECK constraint failed: feeling IN ('safe', 'unsafe')" in a person's words."""
    kind, _, detail = text.partition(":")
    detail = detail.strip().replace(f"{_CHECKED_COPY}.", "")
    if kind.startswith("NOT NULL"):
        if detail:
            return arg(ProjectFile.tr("%1 is empty (NULL) where a value is needed", "%1 is a column"), detail)
        return ProjectFile.tr("a value is empty (NULL) where a value is needed")
    if detail:
        return arg(ProjectFile.tr("a value breaks the rule %1", "%1 is an SQL rule of the table"), shown(detail, 80))
    return ProjectFile.tr("a value breaks a rule of its table")
