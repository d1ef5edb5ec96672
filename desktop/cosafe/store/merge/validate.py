"""A merge takes no row from a source that this project could not have written itself.

Contract: ``refuse_bad_rows(target, source, plan)`` runs after a source is planned and
before anything of it is written (and in a dry run). It raises BadRowError — one line
naming the source file, the table and the record — for the first row it finds that the
plan would take and the target's rules refuse (``row_checks``: value types, JSON,
geometry, and the target's own NOT NULL and CHECK constraints, run on a temporary copy
of each table): rows it inserts, rows it updates to, and conflicts (theirs is stored,
and Keep Theirs writes it later). The features and tile pyramids of basemap layers it
adds are checked too: features like rows, a tile pyramid by its name (one CoSafe makes,
naming a tile table of the source) and its tiles' value types. The target is read,
never written.
``written_with_constraints=True`` is for a caller about to write the plan with the
target's constraints in force (``merge_files``): the rows it inserts and updates to are
then held to everything but their NOT NULL and CHECK constraints, which the insert runs
itself at no extra cost; conflicts, stored as text, are held to everything. When the
insert refuses a row, the caller rolls back and calls ``refuse_bad_rows`` again without
it, which names the row (the same one a dry run names).

Why the source's own integrity check is not enough: SQLite leaves out CHECK constraints
on a database opened read-only, which is how sources are opened, and JSON, geometry and
value types are no constraints at all.
"""

from __future__ import annotations

import re
import sqlite3

from cosafe.core.i18n import arg
from cosafe.core.records import BasemapLayer
from cosafe.store import row_checks, tiles
from cosafe.store.errors import ProjectOpenError
from cosafe.store.identifiers import quote
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.plan import MergePlan
from cosafe.store.merge.rows import MERGED_TYPES
from cosafe.store.schema.v1 import BASEMAP_FEATURE_TABLES
from cosafe.store.schema_guard import shown
from cosafe.store.words import Merge

TILE_TABLE = re.compile(r"basemap_tiles_[0-9a-f]{12}")  # the names the MBTiles import gives pyramids
_CHUNK = 20000


class BadRowError(ProjectOpenError):
    """A source holds a row the target's rules refuse; nothing was merged."""


def refuse_bad_rows(target: sqlite3.Connection, source: sqlite3.Connection, plan: MergePlan, *,
                    written_with_constraints: bool = False) -> None:
    """Raise BadRowError for the first row found that ``plan`` would take and the target's
    rules refuse (with ``written_with_constraints``, see the module contract)."""
    work = plan.work
    for record_type in MERGED_TYPES:
        table = record_type.TABLE
        written = [*work.inserts.get(table, ()), *work.updates.get(table, ())]
        kept = [row for conflict_table, _, row, _ in work.conflicts if conflict_table == table]
        if not (written or kept):
            continue
        declared = target.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        table_sql = declared[0] if declared else None
        if written_with_constraints:
            found = (row_checks.row_problems(record_type, written, table_sql=table_sql, constraints=False)
                     or row_checks.row_problems(record_type, kept, table_sql=table_sql))
        else:
            found = row_checks.row_problems(record_type, [*written, *kept], table_sql=table_sql)
        if found:
            _refuse(plan, str(found[0]))
    layers = [merge_rows.row_to_record(BasemapLayer, row) for row in work.inserts.get(BasemapLayer.TABLE, ())]
    _check_features(source, plan, [layer.uuid for layer in layers if layer.kind == "vector"])
    for layer in layers:
        if layer.kind == "tiles" and layer.data_table:
            _check_tiles(source, plan, layer)


def _refuse(plan: MergePlan, problem: str) -> None:
    raise BadRowError(arg(Merge.tr("%1: %2; nothing was merged", "a file, then what is wrong in it"), plan.source_name,
                          problem))


def _check_features(source: sqlite3.Connection, plan: MergePlan, layer_uuids: list[str]) -> None:
    """The features the merge copies with added vector layers must be sound rows too."""
    if not layer_uuids:
        return
    marks = ", ".join("?" for _ in layer_uuids)
    columns = ", ".join(row_checks.FEATURE_COLUMNS)
    for table, geometry_type in BASEMAP_FEATURE_TABLES.items():
        cursor = source.execute(f"SELECT fid, {columns} FROM {quote(table)} WHERE layer_uuid IN ({marks}) "
                                "AND geom IS NOT NULL ORDER BY fid", layer_uuids)
        while batch := cursor.fetchmany(_CHUNK):
            found = row_checks.feature_problems(table, geometry_type, [(row[0], row[1:]) for row in batch])
            if found:
                _refuse(plan, str(found[0]))


def _check_tiles(source: sqlite3.Connection, plan: MergePlan, layer: BasemapLayer) -> None:
    """A tile layer's pyramid is copied under its own name: it must be one CoSafe makes, and a tile table."""
    name = layer.data_table or ""
    if not TILE_TABLE.fullmatch(name):
        _refuse(plan, f"basemap_layers record {shown(layer.uuid, 40)}: its tile table “{shown(name)}” "
                      "is not a name CoSafe gives one")
    if not tiles.is_tile_table(source, name):
        return  # the source lost its tiles: the merge copies the record alone, as before
    odd = source.execute(
        f"SELECT rowid FROM {quote(name)} WHERE typeof(zoom_level) != 'integer' OR typeof(tile_column) != 'integer' "
        "OR typeof(tile_row) != 'integer' OR typeof(tile_data) != 'blob' LIMIT 1").fetchone()
    if odd is not None:
        _refuse(plan, f"{name} record tile {odd[0]}: it is not a tile (whole-number position and an image)")
