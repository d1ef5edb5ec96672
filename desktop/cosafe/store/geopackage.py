"""GeoPackage 1.2 structure: the required tables, registering user tables, R-tree
spatial indexes with the 1.2 trigger set, and a conformance check of our own.

All functions take an open sqlite3 connection and run inside the caller's
transaction; none commits.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from cosafe.core.i18n import arg
from cosafe.store.geometry import WGS84_SRS_ID
from cosafe.store.identifiers import columns_of, is_table, quote
from cosafe.store.words import ProjectFile

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2: opened by GDAL 3.6 and QGIS 3.22 without a warning
ACCEPTED_APPLICATION_IDS = (b"GPKG", b"GP10", b"GP11")

WGS84_DEFINITION = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_CORE_TABLES = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
"""


def initialise(connection: sqlite3.Connection) -> None:
    """Turn an empty database into an empty GeoPackage 1.2 with WGS 84 defined."""
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {USER_VERSION}")
    for statement in _CORE_TABLES.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", WGS84_SRS_ID, "EPSG", 4326, WGS84_DEFINITION, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )


def register_attributes(connection: sqlite3.Connection, table: str, description: str = "") -> None:
    """Register an existing non-spatial table in gpkg_contents as 'attributes'."""
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        (table, table, description),
    )


def register_features(connection: sqlite3.Connection, table: str, geometry_type: str, description: str = "", column: str = "geom") -> None:
    """Register an existing spatial table and give it an R-tree index with triggers."""
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, ?, ?)",
        (table, table, description, WGS84_SRS_ID),
    )
    connection.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
        (table, column, geometry_type, WGS84_SRS_ID),
    )
    _create_rtree(connection, table, column)


def rtree_sql(table: str, column: str, pk: str = "fid") -> dict[str, str]:
    """The R-tree virtual table and its GeoPackage 1.2 trigger set for ``table``.``column``.

    Keyed by object name (``rtree_<t>_<c>`` and ``rtree_<t>_<c>_insert``, ``_update1``–
    ``_update4``, ``_delete``); the SQL is the standard's template, which GDAL writes too,
    so ``schema_guard`` can tell these objects from ones planted in a file.
    """
    rtree = f"rtree_{table}_{column}"
    r, t, c, i = quote(rtree), quote(table), quote(column), quote(pk)
    values = f"NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    return {
        rtree: f"CREATE VIRTUAL TABLE {r} USING rtree(id, minx, maxx, miny, maxy)",
        f"{rtree}_insert": f"""CREATE TRIGGER {quote(rtree + "_insert")} AFTER INSERT ON {t}
            WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END""",
        f"{rtree}_update1": f"""CREATE TRIGGER {quote(rtree + "_update1")} AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END""",
        f"{rtree}_update2": f"""CREATE TRIGGER {quote(rtree + "_update2")} AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END""",
        f"{rtree}_update3": f"""CREATE TRIGGER {quote(rtree + "_update3")} AFTER UPDATE ON {t}
            WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {r} WHERE id = OLD.{i};
                  INSERT OR REPLACE INTO {r} VALUES ({values}); END""",
        f"{rtree}_update4": f"""CREATE TRIGGER {quote(rtree + "_update4")} AFTER UPDATE ON {t}
            WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {r} WHERE id IN (OLD.{i}, NEW.{i}); END""",
        f"{rtree}_delete": f"""CREATE TRIGGER {quote(rtree + "_delete")} AFTER DELETE ON {t}
            WHEN old.{c} NOT NULL
            BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END""",
    }


def _create_rtree(connection: sqlite3.Connection, table: str, column: str, pk: str = "fid") -> None:
    """Create the R-tree index and the GeoPackage 1.2 trigger set (insert, update1–4, delete)."""
    for statement in rtree_sql(table, column, pk).values():
        connection.execute(statement)
    connection.execute(
        "INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (table, column),
    )


def bulk_insert_features(
    connection: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple], bounds, column: str = "geom",
    *, index: bool = True,
) -> np.ndarray:
    """Insert many feature rows and index them without the per-row R-tree trigger; return their fids.

    ``rows`` hold the values of ``columns`` (which must not include fid);
    ``bounds[i]`` is row i's (min x, min y, max x, max y). The insert trigger is
    dropped for the bulk insert and re-created from its own SQL afterwards, all in
    the caller's transaction, so a rollback restores it; the R-tree is filled from
    ``bounds`` directly (``index_features``) instead of by calling back into Python for
    every row. ``index=False`` leaves the R-tree to the caller, who must then give the
    returned fids and ``bounds`` to ``index_features`` in the same transaction (rows
    written in parts are indexed once, at the end).
    """
    trigger = f"rtree_{table}_{column}_insert"
    (trigger_sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)).fetchone()
    first_fid = connection.execute(f'SELECT coalesce(max(fid), 0) + 1 FROM "{table}"').fetchone()[0]
    sequence = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    first_fid = max(first_fid, (sequence[0] + 1) if sequence else 1)
    connection.execute(f'DROP TRIGGER "{trigger}"')
    placeholders = ", ".join("?" for _ in range(len(columns) + 1))
    connection.executemany(
        f'INSERT INTO "{table}" (fid, {", ".join(columns)}) VALUES ({placeholders})',
        ((first_fid + index, *row) for index, row in enumerate(rows)),
    )
    connection.execute(trigger_sql)
    fids = np.arange(first_fid, first_fid + len(rows), dtype=np.int64)
    if index:
        index_features(connection, table, fids, bounds, column)
    return fids


# Below this many new entries the R-tree takes them one by one; above, it is rebuilt packed.
PACK_FROM = 2000


def index_features(connection: sqlite3.Connection, table: str, fids, bounds, column: str = "geom") -> None:
    """Add rows ``fids`` with ``bounds`` (min x, min y, max x, max y each) to the table's R-tree.

    A few are inserted into the R-tree virtual table; many make the whole R-tree be rebuilt
    packed (``_pack_rtree``: its entries and these, written straight into the R-tree's node,
    rowid and parent tables), as GDAL does for a bulk load: SQLite inserting each entry
    costs more than everything else in writing a large layer.
    """
    bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
    fids = np.asarray(fids, dtype=np.int64)
    if not len(fids):
        return
    rtree = f"rtree_{table}_{column}"
    if len(fids) < PACK_FROM:
        connection.executemany(f'INSERT INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                               zip(fids.tolist(), bounds[:, 0].tolist(), bounds[:, 2].tolist(),
                                   bounds[:, 1].tolist(), bounds[:, 3].tolist()))
        return
    old = connection.execute(f'SELECT id, minx, maxx, miny, maxy FROM "{rtree}"').fetchall()
    boxes = np.column_stack([bounds[:, 0], bounds[:, 2], bounds[:, 1], bounds[:, 3]])  # minx, maxx, miny, maxy
    if old:
        existing = np.array(old, dtype=float)
        fids = np.concatenate([existing[:, 0].astype(np.int64), fids])
        boxes = np.concatenate([existing[:, 1:], boxes])
    _pack_rtree(connection, rtree, fids, boxes)


# A 2D SQLite R-tree cell: rowid (or child node number), then min x, max x, min y, max y,
# all big-endian; coordinates as 32-bit floats.
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def _float32_outward(boxes: np.ndarray) -> np.ndarray:
    """Boxes as 32-bit floats that still contain them: minima rounded down, maxima up (as SQLite does)."""
    rounded = boxes.astype(np.float32)
    for low, high in ((0, 1), (2, 3)):
        too_high = rounded[:, low].astype(float) > boxes[:, low]
        rounded[too_high, low] = np.nextafter(rounded[too_high, low], np.float32(-np.inf))
        too_low = rounded[:, high].astype(float) < boxes[:, high]
        rounded[too_low, high] = np.nextafter(rounded[too_low, high], np.float32(np.inf))
    return rounded


def _groups(boxes: np.ndarray, capacity: int) -> list[np.ndarray]:
    """Indices of ``boxes`` in nodes of at most ``capacity``, near ones together (sort-tile-recursive:
    vertical slices by x centre, then runs by y centre within each slice), nodes as evenly filled as can be."""
    count = len(boxes)
    nodes = -(-count // capacity)
    slices = max(1, int(np.ceil(np.sqrt(nodes))))
    order = np.argsort((boxes[:, 0] + boxes[:, 1]) / 2, kind="stable")
    groups = []
    for part in np.array_split(order, slices):
        if not len(part):
            continue
        part = part[np.argsort((boxes[part, 2] + boxes[part, 3]) / 2, kind="stable")]
        groups += np.array_split(part, -(-len(part) // capacity))
    return groups


def _pack_rtree(connection: sqlite3.Connection, rtree: str, fids: np.ndarray, boxes: np.ndarray) -> None:
    """Replace the R-tree ``rtree``'s content by a packed tree of ``fids`` with ``boxes``
    (min x, max x, min y, max y), written into its shadow tables (``rtree_node``, ``_rowid``,
    ``_parent``) in SQLite's own format: node 1 is the root, whose first two bytes say the
    tree's depth; every node has the root's size, as SQLite expects. ``rtreecheck`` accepts it."""
    (node_size,) = connection.execute(f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1').fetchone()
    capacity = (node_size - 4) // _CELL.itemsize
    ids, cells = fids, _float32_outward(boxes)
    levels: list[list[tuple[np.ndarray, np.ndarray]]] = []  # per level, its nodes' (ids, cells), leaves first
    while True:
        groups = _groups(cells.astype(float), capacity) if len(ids) > capacity else [np.arange(len(ids))]
        levels.append([(ids[group], cells[group]) for group in groups])
        if len(groups) == 1:
            break
        ids = np.arange(len(groups), dtype=np.int64)  # numbered for real below
        cells = np.array([[node_cells[:, 0].min(), node_cells[:, 1].max(), node_cells[:, 2].min(),
                           node_cells[:, 3].max()] for _, node_cells in levels[-1]], dtype=np.float32)
    # Node numbers: the root is 1, then level by level from the top.
    numbers: list[np.ndarray] = [np.array([1], dtype=np.int64)]
    next_number = 2
    for level in reversed(levels[:-1]):
        numbers.insert(0, np.arange(next_number, next_number + len(level), dtype=np.int64))
        next_number += len(level)
    node_rows, rowid_rows, parent_rows = [], [], []
    depth = len(levels) - 1
    for height, level in enumerate(levels):
        for position, (child_ids, child_cells) in enumerate(level):
            number = int(numbers[height][position])
            if height > 0:
                child_ids = numbers[height - 1][child_ids]
                parent_rows += [(int(child), number) for child in child_ids]
            else:
                rowid_rows += [(int(rowid), number) for rowid in child_ids]
            records = np.empty(len(child_ids), dtype=_CELL)
            records["id"], records["box"] = child_ids, child_cells
            header = (depth if number == 1 else 0).to_bytes(2, "big") + len(child_ids).to_bytes(2, "big")
            data = header + records.tobytes()
            node_rows.append((number, data + bytes(node_size - len(data))))
    for suffix in ("node", "rowid", "parent"):
        connection.execute(f'DELETE FROM "{rtree}_{suffix}"')
    connection.executemany(f'INSERT INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', node_rows)
    connection.executemany(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)', rowid_rows)
    connection.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)', parent_rows)


def refresh_extent(connection: sqlite3.Connection, table: str, column: str = "geom") -> None:
    """Set a feature table's extent and last_change in gpkg_contents from its R-tree."""
    row = connection.execute(
        f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "rtree_{table}_{column}"'
    ).fetchone()
    connection.execute(
        "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
        "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
        (*row, table),
    )


def touch(connection: sqlite3.Connection, table: str) -> None:
    """Record in gpkg_contents that a table changed now."""
    connection.execute(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
        (table,),
    )


@dataclass(frozen=True)
class ConformanceProblem:
    table: str
    message: str

    def __str__(self) -> str:
        return arg(ProjectFile.tr("%1: %2", "a table, then what is wrong in it"), self.table, self.message) \
            if self.table else self.message


def check_conformance(connection: sqlite3.Connection) -> list[ConformanceProblem]:
    """Return the GeoPackage structure problems of a database (empty list = conformant).

    Checks what CoSafe relies on: header ids, required tables, WGS 84, every
    registered table existing, geometry columns and their R-tree indexes and triggers.
    """
    problems: list[ConformanceProblem] = []
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id.to_bytes(4, "big", signed=False) not in ACCEPTED_APPLICATION_IDS:
        problems.append(ConformanceProblem("", arg(ProjectFile.tr("application_id is %1, not GPKG"),
                                                            f"{application_id:#x}")))
    user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    if user_version < USER_VERSION:
        problems.append(ConformanceProblem("", arg(ProjectFile.tr("user_version is %1, expected %2 or later"),
                                                            user_version, USER_VERSION)))
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    for required in ("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns"):
        if required not in tables:
            problems.append(ConformanceProblem(required, ProjectFile.tr("required table is missing")))
    if problems:
        return problems
    srs_ids = {srs for (srs,) in connection.execute("SELECT srs_id FROM gpkg_spatial_ref_sys")}
    for required_srs in (-1, 0, WGS84_SRS_ID):
        if required_srs not in srs_ids:
            problems.append(ConformanceProblem("gpkg_spatial_ref_sys",
                                                   arg(ProjectFile.tr("SRS %1 is not defined"), required_srs)))
    triggers = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table, data_type in connection.execute("SELECT table_name, data_type FROM gpkg_contents"):
        if table not in tables:
            problems.append(ConformanceProblem(table, ProjectFile.tr("registered in gpkg_contents but missing")))
            continue
        if data_type != "features":
            continue
        geometry = connection.execute(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)
        ).fetchone()
        if geometry is None:
            problems.append(ConformanceProblem(table, ProjectFile.tr("feature table has no geometry column registered")))
            continue
        column, srs_id = geometry
        if srs_id not in srs_ids:
            problems.append(ConformanceProblem(table, arg(ProjectFile.tr("geometry uses undefined SRS %1"), srs_id)))
        # Names read from the file: only a real table and one of its columns are queried.
        if not is_table(connection, table) or column not in columns_of(connection, table):
            problems.append(ConformanceProblem(table, ProjectFile.tr("its registered geometry column is not a column of a "
                                                                    "table")))
            continue
        rtree = f"rtree_{table}_{column}"
        if rtree not in tables:
            problems.append(ConformanceProblem(table, ProjectFile.tr("spatial index (R-tree) is missing")))
            continue
        for suffix in ("insert", "update1", "update2", "update3", "update4", "delete"):
            if f"{rtree}_{suffix}" not in triggers:
                problems.append(ConformanceProblem(table, arg(ProjectFile.tr("R-tree trigger %1 is missing"), suffix)))
        indexed, rows = connection.execute(
            f"SELECT (SELECT count(*) FROM {quote(rtree)}), "
            f"(SELECT count(*) FROM {quote(table)} WHERE {quote(column)} IS NOT NULL)"
        ).fetchone()
        if indexed != rows:
            problems.append(ConformanceProblem(table, arg(ProjectFile.tr("spatial index holds %1 entries for %Ln geometries",
                                                                         "", rows), indexed)))
    return problems
