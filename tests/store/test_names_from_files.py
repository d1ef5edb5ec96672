"""Names read from a file (tile tables, registered tables and geometry columns) are quoted
and checked against the file's own tables before they go into SQL."""

from __future__ import annotations

import sqlite3

import pytest
import shapely

from cosafe.core.records import PerceptionPin
from cosafe.store import tiles
from cosafe.store.identifiers import quote
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import tile_bounds, tile_zoom_levels, tiles_in_view


def test_quote_doubles_quotes_and_refuses_nul():
    assert quote('odd"name') == '"odd""name"'
    with pytest.raises(ValueError):
        quote("a\x00b")


def test_a_tile_table_whose_name_holds_quotes_is_one_name(store):
    name = 'basemap_tiles_x" WHERE 0 UNION SELECT 1, 2, uuid FROM participants --'
    with store.atomic() as connection:
        tiles.create_tile_table(connection, name, [1], (0.0, 0.0, 10.0, 10.0))
        tiles.insert_tiles(connection, name, [(1, 1, 0, b"\x89PNG\r\n\x1a\n")])
    assert tile_zoom_levels(store, name) == [1]
    assert [column for column, _, _ in tiles_in_view(store, name, 1, (1.0, 1.0, 1e7, 1e7))] == [1]
    with store.atomic() as connection:
        tiles.drop_tile_table(connection, name)
    assert not tiles.is_tile_table(store.connection, name)


def test_a_layer_naming_a_table_that_holds_no_tiles_draws_nothing(store):
    store.insert(PerceptionPin(geom=shapely.Point(36.8, -1.3)))  # gives perception_pins an extent
    assert tile_bounds(store, "perception_pins") is None
    assert tile_bounds(store, 'perception_pins" --') is None


def test_closing_drops_only_real_tile_tables_no_layer_owns(project_path):
    """Closing tidies away tile pyramids no layer owns; a file calling its votes table one keeps it."""
    with ProjectStore.open(str(project_path)) as store, store.atomic() as connection:
        tiles.create_tile_table(connection, "basemap_tiles_0123456789ab", [1], (0.0, 0.0, 10.0, 10.0))
    connection = sqlite3.connect(project_path)
    connection.execute("UPDATE gpkg_contents SET data_type = 'tiles' WHERE table_name = 'votes'")
    connection.commit()
    connection.close()
    ProjectStore.open(str(project_path)).close()
    connection = sqlite3.connect(project_path)
    left = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    connection.close()
    assert "votes" in left and "basemap_tiles_0123456789ab" not in left


def test_check_reads_no_registered_geometry_column_that_is_not_a_column(project_path):
    column = 'geom" IS NOT NULL) --'
    connection = sqlite3.connect(project_path)
    connection.execute("UPDATE gpkg_geometry_columns SET column_name = ? WHERE table_name = 'incidents'", (column,))
    connection.execute(f"CREATE TABLE {quote('rtree_incidents_' + column)} (id)")
    connection.commit()
    connection.close()
    with ProjectStore.open(str(project_path), read_only=True) as store:
        problems = store.check()
    assert "GeoPackage: incidents: its registered geometry column is not a column of a table" in problems
