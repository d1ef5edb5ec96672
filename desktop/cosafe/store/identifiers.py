"""Names read from a file, made safe to put into SQL text.

SQLite binds values, never table or column names, so a name a file supplies
(``basemap_layers.data_table``, ``gpkg_contents.table_name``,
``gpkg_geometry_columns.column_name``) ends up in the SQL text itself. Contract:

- ``quote(name)`` makes any name one identifier: it is wrapped in double quotes with
  the double quotes inside it doubled, so no name can close the identifier and add
  SQL of its own. A name holding a NUL character (which SQLite cannot take in SQL
  text) raises ValueError.
- ``is_table(connection, name)`` says whether the file's ``sqlite_master`` holds a
  plain table of that name (not a view, not a virtual table), so a name pointing at
  something else is never read; ``columns_of`` lists a table's columns.
"""

from __future__ import annotations

import sqlite3


def quote(name: str) -> str:
    """``name`` as one SQL identifier (double quotes doubled); ValueError for a NUL or a non-string."""
    if not isinstance(name, str) or "\x00" in name:
        raise ValueError(f"not a usable SQL name: {name!r}")
    return '"' + name.replace('"', '""') + '"'


def is_table(connection: sqlite3.Connection, name: object) -> bool:
    """Is ``name`` a plain table in this database (SQLite compares names without case)?"""
    if not isinstance(name, str) or not name or "\x00" in name:
        return False
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?) "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'", (name,)).fetchone()
    return row is not None


def columns_of(connection: sqlite3.Connection, table: str) -> list[str]:
    """The column names of ``table`` (empty when there is no such table)."""
    return [name for (name,) in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))]
