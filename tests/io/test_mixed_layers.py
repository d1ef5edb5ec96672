"""A layer of mixed shapes (KML, GeoJSON or GML, declared type "Unknown") becomes one CoSafe
layer per kind of shape, each styled for its kind: lines in a mostly-point layer are no
longer styled as points of interest."""

from __future__ import annotations

import json

import pytest

from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.safe_gdal import pyogrio
from cosafe.store import basemap


def _placemark(name: str, geometry: str) -> str:
    return f"<Placemark><name>{name}</name>{geometry}</Placemark>"


def _point(x: float) -> str:
    return f"<Point><coordinates>{x},-1.28</coordinates></Point>"


LINE = "<LineString><coordinates>36.80,-1.28 36.81,-1.29 36.82,-1.29</coordinates></LineString>"


def _trip_kml(path):
    """A day's trip as Google My Maps writes it: stops (points), the route walked (a line),
    and a place drawn with its path in one MultiGeometry."""
    placemarks = [_placemark(f"Stop {i}", _point(36.80 + i / 100)) for i in range(3)]
    placemarks.append(_placemark("Route", LINE))
    placemarks.append(_placemark("Market and its path", f"<MultiGeometry>{_point(36.85)}{LINE}</MultiGeometry>"))
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                    f'<name>Trip</name>{"".join(placemarks)}</Document></kml>', encoding="utf-8")
    return path


def test_a_mixed_kml_layer_becomes_a_layer_per_kind_each_styled_for_it(store, tmp_path):
    path = _trip_kml(tmp_path / "trip.kml")
    assert pyogrio.read_info(str(path))["geometry_type"] == "Unknown"
    layers = import_vector_basemap(store, str(path))
    by_name = {layer.name: layer for layer in layers}
    assert set(by_name) == {"trip — points", "trip — lines"}
    assert (by_name["trip — points"].style_class, by_name["trip — points"].feature_count) == ("poi", 4)
    assert (by_name["trip — lines"].style_class, by_name["trip — lines"].feature_count) == ("minor_road", 2)
    assert by_name["trip — points"].sort_order > by_name["trip — lines"].sort_order  # points drawn on top
    stored = {(feature.name, feature.geometry.geom_type, feature.style_class, feature.layer_uuid)
              for feature in basemap.iter_features(store)}
    lines, points = by_name["trip — lines"].uuid, by_name["trip — points"].uuid
    # The MultiGeometry's point and line each go to the layer of their kind, with the placemark's name.
    assert ("Market and its path", "MultiPoint", "poi", points) in stored
    assert ("Market and its path", "MultiLineString", "minor_road", lines) in stored
    assert ("Route", "MultiLineString", "minor_road", lines) in stored
    assert all(kind != "MultiLineString" for _, kind, _, uuid in stored if uuid == points)


def test_the_chosen_style_goes_to_the_layers_main_kind(store, tmp_path):
    path = _trip_kml(tmp_path / "trip.kml")
    layers = import_vector_basemap(store, str(path), style_classes={"Trip": "transport"})
    assert {layer.name: layer.style_class for layer in layers} == {"trip — points": "transport",
                                                                   "trip — lines": "minor_road"}


def test_a_mixed_geojson_with_areas_splits_in_three(store, tmp_path):
    square = {"type": "Polygon", "coordinates": [[[36.8, -1.28], [36.81, -1.28], [36.81, -1.29], [36.8, -1.28]]]}
    shapes = [square, square, {"type": "Point", "coordinates": [36.8, -1.28]},
              {"type": "LineString", "coordinates": [[36.8, -1.28], [36.81, -1.29]]}]
    path = tmp_path / "Parks.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": shape, "properties": {"name": f"n{i}"}} for i, shape in enumerate(shapes)]}))
    layers = import_vector_basemap(store, str(path))
    assert [(layer.name, layer.style_class, layer.feature_count) for layer in layers] == [
        ("Parks — areas", "green", 2), ("Parks — lines", "minor_road", 1), ("Parks — points", "poi", 1)]


@pytest.mark.parametrize("language, expected", [("es", "trip — puntos"), ("pt", "trip — pontos")])
def test_the_split_layers_names_are_translated(store, tmp_path, language, expected):
    from cosafe.catalogues import speaking

    path = _trip_kml(tmp_path / "trip.kml")
    with speaking(language):
        layers = import_vector_basemap(store, str(path))
    assert expected in {layer.name for layer in layers}


def test_a_layer_of_one_kind_is_not_split(store, tmp_path):
    path = tmp_path / "stops.kml"
    path.write_text('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                    + "".join(_placemark(f"Stop {i}", _point(36.80 + i / 100)) for i in range(3))
                    + "</Document></kml>")
    layers = import_vector_basemap(store, str(path))
    assert [(layer.name, layer.style_class, layer.feature_count) for layer in layers] == [("stops", "poi", 3)]
