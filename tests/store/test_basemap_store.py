"""Basemap feature storage: bulk writes, per-layer reads, bulk reads for drawing."""

from __future__ import annotations

import numpy as np
import shapely
from checks import validate_gpkg

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import BasemapLayer
from cosafe.store import basemap, geometry, geopackage
from cosafe.store.basemap import BasemapFeature


def _layer(store, name, features):
    layer = BasemapLayer(name=name, kind="vector")
    basemap.add_vector_layer(store, layer, features)
    return layer


def test_bulk_read_matches_iteration_and_respects_visibility(store):
    roads = _layer(store, "roads", [BasemapFeature(shapely.LineString([(0, 0), (1, 1)]), "minor_road", "A"),
                                    BasemapFeature(shapely.Point(0.5, 0.5), "poi", "Lamp")])
    parks = _layer(store, "parks", [BasemapFeature(shapely.box(2, 2, 3, 3), "green", "Park"),
                                    BasemapFeature(shapely.GeometryCollection([shapely.Point(5, 5),
                                                   shapely.LineString([(5, 5), (6, 6)])]), "other", "Split")])
    arrays = basemap.read_feature_arrays(store)
    assert len(arrays.geometries) == 5  # the collection became two features
    assert sorted(arrays.style_classes) == ["green", "minor_road", "other", "other", "poi"]
    iterated = list(basemap.iter_features(store))
    assert sorted(g.wkt for g in arrays.geometries) == sorted(f.geometry.wkt for f in iterated)
    assert {g.geom_type for g in arrays.geometries} == {"MultiPolygon", "MultiLineString", "MultiPoint"}
    UpdateRecord(store, BasemapLayer, parks.uuid, {"visible": False}).apply(store)
    visible = basemap.read_feature_arrays(store)
    assert set(visible.layer_uuids) == {roads.uuid}
    assert len(basemap.read_feature_arrays(store, visible_only=False).geometries) == 5
    assert basemap.extent(store) == (0.0, 0.0, 6.0, 6.0)
    assert store.check() == []


def test_a_layer_written_in_parts_is_one_transaction(store):
    def parts(fail: bool):
        yield [BasemapFeature(shapely.Point(i, i), "poi", f"Lamp {i}", {"highway": "street_lamp"}) for i in range(3)]
        yield [BasemapFeature(shapely.LineString([(0, 0), (1, 1)]), "path", "Path", {}),
               BasemapFeature(shapely.Polygon(), "green", "Empty park"),  # empty: not stored
               BasemapFeature(shapely.GeometryCollection([shapely.Point(9, 9), shapely.box(7, 7, 8, 8)]), "other", "Both")]
        if fail:
            raise RuntimeError("the source broke off")
        yield []
    broken = BasemapLayer(name="broken", kind="vector")
    try:
        basemap.add_vector_layer_in_parts(store, broken, parts(fail=True))
    except RuntimeError:
        pass
    assert store.list(BasemapLayer) == [] and list(basemap.iter_features(store)) == []
    layer = BasemapLayer(name="lamps", kind="vector")
    assert basemap.add_vector_layer_in_parts(store, layer, parts(fail=False)) == 6
    stored = {(f.name, f.geometry.geom_type) for f in basemap.iter_features(store)}
    assert stored == {("Lamp 0", "MultiPoint"), ("Lamp 1", "MultiPoint"), ("Lamp 2", "MultiPoint"),
                      ("Path", "MultiLineString"), ("Both", "MultiPoint"), ("Both", "MultiPolygon")}
    assert store.get(BasemapLayer, layer.uuid).feature_count == 6
    assert next(f for f in basemap.iter_features(store) if f.name == "Lamp 1").tags == {"highway": "street_lamp"}
    assert basemap.extent(store) == (0.0, 0.0, 9.0, 9.0)
    assert store.check() == []


def _rtree_ids_in(store, table, window):
    minx, miny, maxx, maxy = window
    return {fid for (fid,) in store.connection.execute(
        f'SELECT id FROM "rtree_{table}_geom" WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?',
        (maxx, minx, maxy, miny))}


def _ids_by_shape(store, table, window):
    box = shapely.box(*window)
    return {fid for fid, blob in store.connection.execute(f"SELECT fid, geom FROM {table}")
            if geometry.decode(blob).intersects(box)}


def test_a_large_layer_gets_a_packed_r_tree_sqlite_accepts(store, tmp_path):
    """Many features at once are indexed by an R-tree written packed (``geopackage.index_features``),
    merged with the entries already there; SQLite's own ``rtreecheck`` accepts it, every window
    finds what the shapes say, and the triggers keep it right through later edits."""
    rng = np.random.default_rng(16)
    _layer(store, "few", [BasemapFeature(shapely.Point(x, y), "poi") for x, y in rng.uniform(0, 10, (30, 2))])
    many = [BasemapFeature(shapely.Point(x, y), "poi") for x, y in rng.uniform(0, 10, (geopackage.PACK_FROM * 3, 2))]
    many += [BasemapFeature(shapely.box(x, y, x + 0.3, y + 0.2), "green") for x, y in
             rng.uniform(-5, 5, (geopackage.PACK_FROM + 7, 2))]
    basemap.add_vector_layer_in_parts(store, BasemapLayer(name="many", kind="vector"), [many[:2500], many[2500:]])
    connection = store.connection
    for table, rows in ((basemap.POINTS, 30 + geopackage.PACK_FROM * 3), (basemap.POLYGONS, geopackage.PACK_FROM + 7)):
        assert connection.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0] == "ok"
        assert connection.execute(f'SELECT count(*) FROM "rtree_{table}_geom"').fetchone()[0] == rows
        depth = int.from_bytes(connection.execute(f'SELECT data FROM "rtree_{table}_geom_node" WHERE nodeno = 1')
                               .fetchone()[0][:2], "big")
        assert depth >= 1  # really packed into levels, not one root
        for window in ((1, 1, 2, 3), (4.5, 4.5, 4.6, 4.6), (-6, -6, 0.5, 0.5)):
            assert _rtree_ids_in(store, table, window) == _ids_by_shape(store, table, window)
    _layer(store, "after", [BasemapFeature(shapely.Point(1.5, 2.5), "poi")])
    with store.atomic() as edit:
        edit.execute(f"DELETE FROM {basemap.POINTS} WHERE fid % 3 = 0")
        edit.execute(f"UPDATE {basemap.POLYGONS} SET geom = geom WHERE fid % 4 = 0")
    for table in (basemap.POINTS, basemap.POLYGONS):
        assert connection.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0] == "ok"
        assert _rtree_ids_in(store, table, (1, 1, 2, 3)) == _ids_by_shape(store, table, (1, 1, 2, 3))
    assert store.check() == []
    store.close()
    assert validate_gpkg(store.path) == []


def _rows_of(store, layer_uuid):
    return {table: store.connection.execute(f"SELECT geom, style_class, name, tags FROM {table} WHERE layer_uuid = ? "
                                            "ORDER BY fid", (layer_uuid,)).fetchall()
            for table in (basemap.POINTS, basemap.LINES, basemap.POLYGONS)}


def _columns(shapes, wkbs):
    return basemap.FeatureColumns(np.array(shapes, dtype=object), wkbs, [f"class {i}" for i in range(len(shapes))],
                                  [f"name {i}" if i % 2 else None for i in range(len(shapes))],
                                  [{"k": str(i), "é": "ü"} if i % 3 else {} for i in range(len(shapes))])


def test_columns_with_wkb_are_stored_as_the_same_features(store):
    shapes = [shapely.Point(1, 2), shapely.LineString([(0, 0), (1, 1), (2, 0)]), shapely.box(0, 0, 1, 1),
              shapely.MultiPolygon([shapely.box(3, 3, 4, 4), shapely.box(5, 5, 6, 7)]), shapely.Polygon(),
              shapely.MultiPoint([(1, 1), (2, 2)]), shapely.MultiLineString([[(0, 0), (1, 1)], [(2, 2), (3, 3)]])]
    little = list(shapely.to_wkb(shapes, output_dimension=2, byte_order=1, flavor="iso"))
    for wkbs, collection in ((little, False), (list(shapely.to_wkb(shapes, byte_order=0)), False), (little, True)):
        given = shapes + [shapely.GeometryCollection([shapely.Point(9, 9), shapely.box(7, 7, 8, 8)])] * collection
        wkbs = wkbs + list(shapely.to_wkb(given[len(shapes):], byte_order=1))
        columns = _columns(given, wkbs)
        by_columns = BasemapLayer(name="columns", kind="vector")
        by_features = BasemapLayer(name="features", kind="vector")
        assert basemap.add_vector_layer_in_parts(store, by_columns, [columns]) == 6 + 2 * collection
        assert basemap.add_vector_layer(store, by_features, columns.features()) == 6 + 2 * collection
        assert _rows_of(store, by_columns.uuid) == _rows_of(store, by_features.uuid)
    assert store.check() == []
