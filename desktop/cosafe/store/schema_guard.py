"""A project file may carry no code of its own: its triggers, views and indexes must be known ones.

A trigger runs when a row changes, whoever changes it: one planted in a file (``AFTER
DELETE ON basemap_points … UPDATE project_meta SET value = '1' WHERE key =
'suppression_threshold'``) fires when CoSafe tidies the file on close, imports into it
or merges into it. A view runs its query whenever it is read (a recursive one never
ends). So a file is trusted only when every such object is one that CoSafe's schema,
the GeoPackage standard or GDAL (which QGIS uses) makes.

Contract:
- ``untrusted_objects(connection)`` lists every trigger, view, index and virtual table
  that is not such an object, compared by name AND by SQL (``canonical_sql``: spacing,
  comments, case, identifier quoting and a closing semicolon aside), in
  ``sqlite_master`` order, views first. Known objects: CoSafe's own (its schema built in
  memory), the R-tree index and 1.2 trigger set of every registered geometry column
  (the standard's template, which GDAL writes too), GDAL's feature-count triggers when
  ``gpkg_ogr_contents`` exists, GDAL's tile-matrix and tile-table triggers, SQLite's own
  automatic indexes, and R-tree virtual tables. Views are never trusted: CoSafe makes
  none and reads tables, so a view in a table's place is refused, not read.
- ``refuse_untrusted_schema(connection, name)`` raises UntrustedSchemaError naming the
  first one, in one line. Both only read ``sqlite_master`` and the GeoPackage
  registers, and read those only after seeing that they are plain tables.
- ``distrust(connection)`` sets ``PRAGMA trusted_schema = OFF``; ``time_limit`` stops
  any statement that runs too long.

Why ``trusted_schema = OFF`` only on connections that read: with it off, SQLite lets
triggers use only functions and virtual tables marked innocuous. The R-tree triggers
the GeoPackage standard requires call ST_IsEmpty/ST_MinX… (registered from Python,
whose ``create_function`` can set SQLITE_DETERMINISTIC but not SQLITE_INNOCUOUS) and
write into the R-tree virtual table, which SQLite marks innocuous only from 3.44
(opengeospatial/geopackage#668). With SQLite 3.40 here every insert into a spatial
table then fails ("unsafe use of ST_IsEmpty()", "unsafe use of virtual table
rtree_…"). So a writing connection keeps the default, and what protects it is this
allow-list, checked before the file is first written.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from cosafe.core.i18n import arg
from cosafe.store import geopackage
from cosafe.store.errors import ProjectOpenError
from cosafe.store.identifiers import columns_of, is_table, quote
from cosafe.store.schema import migrations
from cosafe.store.words import ProjectFile

READ_SECONDS = 20.0  # far above any honest read of a register or a metadata table
_PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the clock

# SQLite's keywords (sqlite.org/lang_keywords.html): a quoted identifier spelled like one
# stays quoted in the canonical form, so quoting cannot turn a name into syntax.
_KEYWORDS = frozenset("""
abort action add after all alter always analyze and as asc attach autoincrement before begin between by
cascade case cast check collate column commit conflict constraint create cross current current_date
current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop
each else end escape except exclude exclusive exists explain fail filter first following for foreign from
full generated glob group groups having if ignore immediate in index indexed initially inner insert instead
intersect into is isnull join key last left like limit match materialized natural no not nothing notnull
null nulls of offset on or order others outer over partition plan pragma preceding primary query raise
range recursive references regexp reindex release rename replace restrict returning right rollback row
rows savepoint select set table temp temporary then ties to transaction trigger unbounded union unique
update using vacuum values view virtual when where window with without""".split())

_TOKEN = re.compile(r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
  | (?P<word>[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)
  | (?P<operator><>|!=|==|<=|>=|<<|>>|\|\||->>|->|.)
""", re.VERBOSE | re.DOTALL)
_SIMPLE_NAME = re.compile(r"[a-z_][a-z0-9_$]*")
_SAME_MEANING = {"==": "=", "<>": "!=", "notnull": ("not", "null"), "isnull": ("is", "null")}


@functools.lru_cache(maxsize=4096)  # files share most statements: each is taken apart once
def canonical_sql(sql: str) -> tuple[str, ...]:
    """The tokens of ``sql`` with what does not change its meaning taken out.

    Spacing and comments go; keywords and names are lower case (SQLite ignores their
    case); a quoted name that is a plain identifier and no keyword loses its quotes
    (GDAL quotes names, the standard's templates do not); ``==``/``<>``/``NOTNULL``/
    ``ISNULL`` are spelled one way; a final ``;`` goes. Strings and numbers stay as
    written.
    """
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            inner = text[1:-1]
            inner = inner.replace(text[0] * 2, text[0]) if text[0] in "\"`" else inner
            inner = inner.lower()
            text = inner if _SIMPLE_NAME.fullmatch(inner) and inner not in _KEYWORDS else quote(inner)
        elif kind == "word":
            text = text.lower()
        same = _SAME_MEANING.get(text)
        if isinstance(same, tuple):
            tokens.extend(same)
        else:
            tokens.append(same or text)
    while tokens and tokens[-1] == ";":
        tokens.pop()
    return tuple(tokens)


@dataclass(frozen=True)
class SchemaObject:
    """A trigger, view, index or virtual table a file holds and no one trusted made."""

    kind: str  # "trigger", "view", "index" or "virtual table"
    name: str
    table: str
    in_place_of_table: bool = False

    def describe(self) -> str:
        """"a trigger “x” on proposals", in the reader's language."""
        name, table = shown(self.name), shown(self.table)
        if self.in_place_of_table:
            return arg(ProjectFile.tr("a view “%1” where a table belongs"), name)
        if self.kind == "trigger":
            return arg(ProjectFile.tr("a trigger “%1” on %2"), name, table)
        if self.kind == "index":
            return arg(ProjectFile.tr("an index “%1” on %2"), name, table)
        if self.kind == "view":
            return arg(ProjectFile.tr("a view “%1”"), name)
        return arg(ProjectFile.tr("a virtual table “%1”"), name)


class UntrustedSchemaError(ProjectOpenError):
    """The file holds a trigger, view, index or virtual table no trusted program makes."""

    def __init__(self, file_name: str, found: SchemaObject) -> None:
        super().__init__(arg(ProjectFile.tr("%1 was refused: it holds %2, which neither CoSafe nor the GeoPackage "
                                            "standard makes (SQL of a file's own could change records unseen or never "
                                            "finish)", "%2 names what it holds: “a trigger “x” on proposals”"),
                             file_name, found.describe()))
        self.found = found


def shown(name: str, limit: int = 60) -> str:
    """A name read from a file, fit for a one-line message: printable and not too long."""
    text = "".join(c if c.isprintable() else "?" for c in str(name))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def refuse_untrusted_schema(connection: sqlite3.Connection, file_name: str) -> None:
    """Raise UntrustedSchemaError (one line) if the database holds an object ``untrusted_objects`` lists."""
    found = untrusted_objects(connection)
    if found:
        raise UntrustedSchemaError(file_name, found[0])


def untrusted_objects(connection: sqlite3.Connection) -> list[SchemaObject]:
    """Every trigger, view, index and virtual table that no trusted program makes (empty = trusted)."""
    entries = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    reserved = set(_cosafe_schema().tables) | {"gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys",
                                                "gpkg_extensions", "gpkg_tile_matrix", "gpkg_tile_matrix_set"}
    found = [SchemaObject("view", name, name, in_place_of_table=name.lower() in reserved)
             for kind, name, _, _ in entries if kind == "view"]
    found += [SchemaObject("virtual table", name, name) for kind, name, _, sql in entries
              if kind == "table" and _virtual_module(sql) not in (None, "rtree", "rtree_i32")]
    if found:
        return found  # the registers read below could be these very objects: stop before reading them
    allowed = _allowed_objects(connection)
    for kind, name, table, sql in entries:
        if kind not in ("trigger", "index"):
            continue
        if sql is None and kind == "index" and name.startswith("sqlite_autoindex_"):
            continue  # SQLite's own index for a UNIQUE or PRIMARY KEY constraint: it holds no SQL
        if sql is None or canonical_sql(sql) not in allowed.get(name.lower(), ()):
            found.append(SchemaObject(kind, name, table))
    return found


def _virtual_module(sql: str | None) -> str | None:
    """The module of a CREATE VIRTUAL TABLE statement (None for any other statement)."""
    tokens = canonical_sql(sql or "")
    if tokens[:3] != ("create", "virtual", "table"):
        return None
    return tokens[tokens.index("using") + 1] if "using" in tokens[:-1] else ""


@dataclass(frozen=True)
class _Schema:
    objects: dict[str, frozenset[tuple[str, ...]]]  # lower-case name -> canonical SQL forms
    tables: dict[str, str]  # table -> its CREATE TABLE statement


@functools.cache
def _cosafe_schema() -> _Schema:
    """CoSafe's own schema, built in memory by the same migrations that build a project."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.execute("BEGIN")
        geopackage.initialise(memory)
        memory.execute("COMMIT")
        migrations.upgrade(memory, 0)
        objects: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        tables = {}
        for kind, name, sql in memory.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"):
            if kind == "table":
                tables[name] = sql
            else:
                objects[name.lower()].add(canonical_sql(sql))
    finally:
        memory.close()
    return _Schema({name: frozenset(forms) for name, forms in objects.items()}, tables)


def cosafe_table_sql(table: str) -> str | None:
    """The CREATE TABLE statement CoSafe's current schema has for ``table`` (None if none)."""
    return _cosafe_schema().tables.get(table)


def _allowed_objects(connection: sqlite3.Connection) -> dict[str, set[tuple[str, ...]]]:
    """Name -> canonical SQL of every object a trusted program makes for the tables this file holds."""
    allowed: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for name, forms in _cosafe_schema().objects.items():
        allowed[name] |= forms

    def add(statements: dict[str, str]) -> None:
        for name, sql in statements.items():
            allowed[name.lower()].add(canonical_sql(sql))

    # Registers are read only for tables that exist, so a file cannot make this loop long.
    existing = "lower(table_name) IN (SELECT lower(name) FROM sqlite_master WHERE type = 'table')"
    if is_table(connection, "gpkg_geometry_columns"):
        for table, column in connection.execute(
                f"SELECT table_name, column_name FROM gpkg_geometry_columns WHERE {existing}"):
            if is_table(connection, table) and isinstance(column, str) and column in columns_of(connection, table):
                pk = _integer_primary_key(connection, table)
                if pk:
                    add(geopackage.rtree_sql(table, column, pk))
    user_tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    if is_table(connection, "gpkg_ogr_contents"):
        for table in user_tables:
            add(_gdal_feature_count_triggers(table))
    if is_table(connection, "gpkg_tile_matrix"):
        add(_GDAL_TILE_MATRIX_TRIGGERS)
    if is_table(connection, "gpkg_contents"):
        for (table,) in connection.execute(
                f"SELECT table_name FROM gpkg_contents WHERE data_type IN ('tiles', '2d-gridded-coverage') AND {existing}"):
            if is_table(connection, table):
                add(_gdal_tile_table_triggers(table))
    return allowed


def _integer_primary_key(connection: sqlite3.Connection, table: str) -> str | None:
    keys = connection.execute("SELECT name, upper(type) FROM pragma_table_info(?) WHERE pk > 0", (table,)).fetchall()
    return keys[0][0] if len(keys) == 1 and keys[0][1] == "INTEGER" else None


def _literal(name: str) -> str:
    """``name`` inside an SQL string literal (single quotes doubled), as GDAL's ``%q`` writes it."""
    return name.replace("'", "''")


def _gdal_feature_count_triggers(table: str) -> dict[str, str]:
    """The triggers GDAL adds to keep ``gpkg_ogr_contents.feature_count`` of ``table`` current."""
    statements = {}
    for event, sign in (("insert", "+"), ("delete", "-")):
        name = f"trigger_{event}_feature_count_{table}"
        statements[name] = (
            f"CREATE TRIGGER {quote(name)} AFTER {event.upper()} ON {quote(table)} BEGIN UPDATE gpkg_ogr_contents "
            f"SET feature_count = feature_count {sign} 1 WHERE lower(table_name) = lower('{_literal(table)}'); END")
    return statements


def _tile_matrix_trigger(column: str, event: str, condition: str, rule: str) -> tuple[str, str]:
    name = f"gpkg_tile_matrix_{column}_{event}"
    when = "INSERT" if event == "insert" else f"UPDATE OF {column}"
    return name, (f"CREATE TRIGGER '{name}' BEFORE {when} ON 'gpkg_tile_matrix' FOR EACH ROW BEGIN "
                  f"SELECT RAISE(ABORT, '{event} on table ''gpkg_tile_matrix'' violates constraint: {column} {rule}') "
                  f"WHERE {condition}; END")


# The checks GDAL adds to gpkg_tile_matrix when it creates it (GeoPackage 1.2 Annex, as GDAL 3.6 writes them).
_GDAL_TILE_MATRIX_TRIGGERS = dict(
    _tile_matrix_trigger(column, event, condition, rule)
    for column, condition, rule in (
        ("zoom_level", "(NEW.zoom_level < 0)", "cannot be less than 0"),
        ("matrix_width", "(NEW.matrix_width < 1)", "cannot be less than 1"),
        ("matrix_height", "(NEW.matrix_height < 1)", "cannot be less than 1"),
        ("pixel_x_size", "NOT (NEW.pixel_x_size > 0)", "must be greater than 0"),
        ("pixel_y_size", "NOT (NEW.pixel_y_size > 0)", "must be greater than 0"),
    )
    for event in ("insert", "update")
)


def _gdal_tile_table_triggers(table: str) -> dict[str, str]:
    """The checks GDAL adds to a tile table it creates (``<t>_zoom_insert`` … ``<t>_tile_row_update``)."""
    t, text = quote(table), _literal(table)
    matrix = f"FROM gpkg_tile_matrix WHERE lower(table_name) = lower('{text}')"
    statements = {}
    for event in ("insert", "update"):
        def header(suffix: str, column: str) -> str:
            when = "INSERT" if event == "insert" else f"UPDATE OF {column}"
            return f"CREATE TRIGGER {quote(f'{table}_{suffix}_{event}')} BEFORE {when} ON {t} FOR EACH ROW BEGIN "

        violates = f"'{event} on table ''{text}'' violates constraint:"
        statements[f"{table}_zoom_{event}"] = (
            header("zoom", "zoom_level")
            + f"SELECT RAISE(ABORT, {violates} zoom_level not specified for table in gpkg_tile_matrix') "
            f"WHERE NOT (NEW.zoom_level IN (SELECT zoom_level {matrix})) ; END")
        for column, size in (("tile_column", "matrix_width"), ("tile_row", "matrix_height")):
            statements[f"{table}_{column}_{event}"] = (
                header(column, column)
                + f"SELECT RAISE(ABORT, {violates} {column} cannot be < 0') WHERE (NEW.{column} < 0) ; "
                f"SELECT RAISE(ABORT, {violates} {column} must by < {size} specified for table and zoom level "
                f"in gpkg_tile_matrix') WHERE NOT (NEW.{column} < (SELECT {size} {matrix} "
                f"AND zoom_level = NEW.zoom_level)); END")
    return statements


def distrust(connection: sqlite3.Connection) -> sqlite3.Connection:
    """Let the file's schema use only innocuous functions and tables (for connections that only read)."""
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


@contextlib.contextmanager
def time_limit(connection: sqlite3.Connection, seconds: float | None = None) -> Iterator[None]:
    """Interrupt any statement of ``connection`` still running ``seconds`` (``READ_SECONDS``)
    after entering.

    The statement raises sqlite3.OperationalError ("interrupted"; see ``was_interrupted``),
    which the caller turns into a one-line refusal, so a crafted file cannot hang CoSafe.
    """
    deadline = time.monotonic() + (READ_SECONDS if seconds is None else seconds)
    connection.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)


def was_interrupted(error: sqlite3.Error) -> bool:
    return "interrupted" in str(error)
