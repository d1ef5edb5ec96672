"""Import a vector MBTiles file (Mapbox Vector Tiles, offline map packages) as vector basemap layers.

Contract: ``import_vector_mbtiles(store, path)`` checks the file as ``mbtiles_import`` does
(its own SQL is never run: ``tiles`` a table or a known view, ``metadata`` a table), then
reads it through GDAL's MBTiles driver (``safe_gdal``) and writes one CoSafe layer per
source layer (OpenMapTiles' water, transportation, building, landuse, place…), all in one
transaction; a failure or a cancel leaves the project unchanged, a bad file is one line.

- **Zoom.** The tiles are read at one zoom: the deepest the file has, at most
  ``DEEPEST_ZOOM`` (14, where OpenMapTiles and most packages hold every feature), and
  shallower while more than ``MAX_TILES`` tiles would be read — counting only the tiles
  over the project's area when it has one (then only features there are read).
- **Tile edges.** A feature crossing tiles comes once per tile, cut at the tile's edge.
  Within a source layer, the pieces with the same attributes (and the same feature id,
  when the tiles carry ids) are joined again: polygons unioned, lines merged end to end,
  points kept once. A named group is one feature (a country and its islands, a street in
  several stretches); without ids, an unnamed group is split into its separate parts, so
  two buildings alike in every attribute stay two buildings unless they touch.
  Coordinates are snapped to 1 cm first; the ends of a line cut at an edge, a fraction of
  a tile unit apart on either side, are moved together (within two units: ~1.2 m at zoom 14).
- **Style.** Each feature's class comes from its ``class`` (or ``kind``/``type``) value
  (``motorway`` → major road, ``park`` → green…), else from the layer's name
  (``water``, ``building``…), else from its shape; place and label points are kept as
  names (``place``), drawn as text only. Layers of house numbers are left out and
  reported. The lines of a names layer (OpenMapTiles' ``transportation_name``) are kept,
  styled by their class: OpenMapTiles names its streets only there, and they lie on the
  unnamed lines of ``transportation``, so the map draws each street once to the eye and
  labels it.
- **Order.** Layers of areas are put below layers of lines, and those below points.
- **Names** come from ``name``, else ``name:latin``, ``name_en``, ``name:en``, ``name_int``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import warnings
from collections import defaultdict
from collections.abc import Mapping

import numpy as np
import shapely

from cosafe.core.i18n import arg
from cosafe.core.projection import extent_to_mercator
from cosafe.core.records import BasemapLayer
from cosafe.io import osm_classes
from cosafe.io.basemap_import import ImportNotes, Progress, default_layer_name, geometry_kind, name_words
from cosafe.io.import_errors import BasemapImportError, ImportCancelled
from cosafe.io.mbtiles_import import open_mbtiles
from cosafe.io.words import Import
from cosafe.store import basemap, tiles
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

DEEPEST_ZOOM = 14
MAX_TILES = 4096
SNAP_METRES = 0.01
SNAP_DECIMALS = 2  # 1 cm in metres
TILE_UNITS = 4096  # the usual extent of a vector tile: its coordinates are whole units of 1/4096
NAME_KEYS = ("name", "name:latin", "name_en", "name:en", "name_int", "NAME", "Name")
CLASS_KEYS = ("class", "kind", "type", "subclass")

# Values of a feature's class attribute in the common schemas (OpenMapTiles, Mapbox Streets,
# Shortbread) and the style class each is drawn as, by shape.
_LINE_CLASSES = {
    **{value: "major_road" for value in ("motorway", "trunk", "primary", "secondary", "motorway_link", "trunk_link",
                                         "primary_link", "secondary_link", "major_road", "highway")},
    **{value: "minor_road" for value in ("tertiary", "tertiary_link", "minor", "minor_road", "street", "residential",
                                         "service", "unclassified", "living_street", "street_limited", "road",
                                         "track", "busway", "raceway")},
    **{value: "path" for value in ("path", "footway", "pedestrian", "cycleway", "steps", "bridleway", "corridor",
                                   "sidewalk", "crossing")},
    **{value: "railway" for value in ("rail", "transit", "major_rail", "minor_rail", "light_rail", "subway", "tram",
                                      "narrow_gauge", "monorail", "funicular")},
    **{value: "waterway" for value in ("river", "stream", "canal", "drain", "ditch", "waterway")},
}
_AREA_CLASSES = {
    **{value: "water" for value in ("water", "lake", "ocean", "sea", "basin", "reservoir", "pond", "river", "riverbank",
                                    "wetland", "swimming_pool", "dock")},
    **{value: "green" for value in ("park", "grass", "wood", "forest", "cemetery", "garden", "pitch", "playground",
                                    "scrub", "meadow", "farmland", "recreation_ground", "village_green", "allotments",
                                    "nature_reserve", "national_park", "golf_course", "orchard", "heath", "grassland",
                                    "zoo", "protected_area")},
    **{value: "building" for value in ("building",)},
    **{value: "path" for value in ("pedestrian", "footway")},
}
_TRANSPORT_POINTS = {"bus", "bus_stop", "railway", "rail", "station", "tram_stop", "subway", "halt", "ferry_terminal",
                     "public_transport"}
# Whole words in a layer's name that say how its features are drawn, by shape.
_LAYER_WORDS = (
    (("building", "buildings", "housenumber"), {"polygon": "building"}),
    (("water", "ocean", "lake", "lakes"), {"polygon": "water", "line": "waterway"}),
    (("waterway", "waterways", "river", "rivers"), {"line": "waterway", "polygon": "water"}),
    (("park", "parks", "landcover", "green"), {"polygon": "green"}),
    (("landuse", "land", "sites"), {"polygon": "landuse"}),
    (("transportation", "road", "roads", "street", "streets"), {"line": "minor_road", "polygon": "landuse"}),
    (("rail", "railway", "railways"), {"line": "railway"}),
    (("poi", "pois", "amenity", "amenities"), {"point": "poi"}),
    (("place", "places", "city", "cities", "town", "towns", "label", "labels", "name", "names"),
     {"point": osm_classes.PLACE_CLASS}),
)
_DEFAULT = {"point": "poi", "line": "minor_road", "polygon": "landuse"}
_HTML_TAG = re.compile(r"<[^>]*>")


def is_names_only(layer: str) -> bool:
    """A layer of names of what other layers draw (OpenMapTiles ``transportation_name``, ``water_name``)."""
    words = name_words(layer)
    return len(words) > 1 and words[-1] in ("name", "names", "label", "labels")


def is_house_numbers(layer: str) -> bool:
    return "housenumber" in name_words(layer) or "housenumbers" in name_words(layer)


def style_class_of(layer: str, kind: str, attributes: Mapping[str, str]) -> str:
    """The style class of a feature of source layer ``layer`` with shape ``kind``
    ('point', 'line', 'polygon') and these attributes."""
    words = name_words(layer)
    values = [str(attributes[key]).lower() for key in CLASS_KEYS if attributes.get(key)]
    if kind == "point":
        if any(word in ("place", "places", "city", "cities") for word in words) or is_names_only(layer):
            return osm_classes.PLACE_CLASS
        if any(value in _TRANSPORT_POINTS for value in values):
            return "transport"
    elif kind == "line":
        for value in values:
            if value in _LINE_CLASSES:
                return _LINE_CLASSES[value]
    else:
        if "building" in words or "buildings" in words:
            return "building"
        for value in values:
            if value in _AREA_CLASSES:
                return _AREA_CLASSES[value]
    for hints, by_kind in _LAYER_WORDS:
        if kind in by_kind and any(word in hints for word in words):
            return by_kind[kind]
    return _DEFAULT[kind]


def _name_of(attributes: Mapping[str, str]) -> str | None:
    for key in NAME_KEYS:
        if attributes.get(key):
            return attributes[key]
    return None


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _zoom_and_area(store: ProjectStore, source: sqlite3.Connection, file_name: str) -> tuple[int, tuple[float, float, float, float] | None]:
    """The zoom to read at and the Web Mercator box to read (None: the whole file)."""
    from cosafe.store.queries.map import project_area

    area = project_area(store)
    box = extent_to_mercator(area) if area is not None else None
    zooms = [z for (z,) in source.execute("SELECT DISTINCT zoom_level FROM tiles ORDER BY zoom_level")]
    if not zooms:
        raise BasemapImportError(arg(Import.tr("%1 has no tiles"), file_name))
    usable = [z for z in zooms if z <= DEEPEST_ZOOM] or zooms[:1]
    for zoom in reversed(usable):
        query = "SELECT count(*) FROM tiles WHERE zoom_level = ?"
        parameters: tuple = (zoom,)
        if box is not None:
            first_column, last_column, first_row, last_row = tiles.tile_range(zoom, box)
            query += " AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?"
            parameters += (first_column, last_column, tiles.tms_to_gpkg_row(zoom, last_row),
                           tiles.tms_to_gpkg_row(zoom, first_row))
        count = source.execute(query, parameters).fetchone()[0]
        if count <= MAX_TILES or zoom == usable[0]:
            if box is not None and count == 0:
                return zoom, None  # nothing over the project's area: the whole file, as without an area
            return zoom, box
    return usable[0], box


def _join_ends(lines: list[object], tolerance: float) -> list[object]:
    """Lines with ends closer than ``tolerance`` moved onto one point, then merged end to end.

    A line cut at a tile edge ends, on either side, where that tile's rounded copy of it
    crosses the edge: the two ends lie a fraction of a tile unit apart, never exactly together.
    """
    parts = [part for line in lines for part in shapely.get_parts(line) if not part.is_empty]
    coordinates = [np.array(part.coords) for part in parts]
    cells: dict[tuple[int, int], list[np.ndarray]] = defaultdict(list)
    for points in coordinates:
        for end in (0, -1):
            x, y = points[end]
            cell = (int(x // tolerance), int(y // tolerance))
            found = None
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for other in cells.get((cell[0] + dx, cell[1] + dy), ()):
                        if abs(other[0] - x) <= tolerance and abs(other[1] - y) <= tolerance:
                            found = other
                            break
            if found is None:
                cells[cell].append(points[end].copy())
            else:
                points[end] = found
    rebuilt = [shapely.LineString(points) for points in coordinates if len(points) >= 2]
    return list(shapely.get_parts(shapely.line_merge(shapely.union_all(rebuilt)))) if rebuilt else []


def _merged(geometries: np.ndarray, keys: list[tuple], has_ids: bool, kind: str,
            tolerance: float) -> list[tuple[object, int]]:
    """Join the pieces of features cut at tile edges: (shape, position in ``geometries`` of a
    feature it came from)."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        groups[key].append(index)
    merged: list[tuple[object, int]] = []
    for key, indexes in groups.items():
        shapes = geometries[indexes]
        if kind == "point":
            seen = set()
            for index, shape in zip(indexes, shapes):
                for part in shapely.get_parts(shape):
                    point = (round(part.x / SNAP_METRES), round(part.y / SNAP_METRES))
                    if point not in seen:
                        seen.add(point)
                        merged.append((part, index))
            continue
        # Rounded, not set_precision: as fast as a copy, and the union that follows mends
        # what rounding may bend (a union of ~1,200 country pieces: 1.9 s against 7 s).
        snapped = shapely.transform(shapes, lambda xy: np.round(xy, SNAP_DECIMALS))
        if kind == "polygon":
            try:
                parts = list(shapely.get_parts(shapely.union_all(snapped)))
            except shapely.errors.GEOSException:  # a piece rounding left invalid
                parts = list(shapely.get_parts(shapely.union_all(shapely.make_valid(snapped))))
        else:
            parts = _join_ends(list(snapped), tolerance)
        parts = [part for part in parts if not part.is_empty]
        if not parts:
            continue
        if has_ids or any(field in NAME_KEYS and value for field, value in key[1]):
            merged.append((shapely.union_all(parts) if len(parts) > 1 else parts[0], indexes[0]))
        else:
            merged.extend((part, indexes[0]) for part in parts)
    return merged


def _to_lonlat(shapes: list[object]) -> np.ndarray:
    from pyproj import Transformer

    transformer = Transformer.from_crs(3857, 4326, always_xy=True)
    array = np.empty(len(shapes), dtype=object)
    array[:] = shapes
    return shapely.transform(array, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))


def import_vector_mbtiles(store: ProjectStore, path: str, *, name: str | None = None,
                          progress: Progress | None = None, outcome: ImportNotes | None = None) -> list[BasemapLayer]:
    """Import a vector MBTiles file as one basemap layer per source layer; return the records written."""
    from cosafe.io.safe_gdal import local_path, pyogrio
    from cosafe.store import schema_guard

    report = progress or (lambda fraction, text: True)
    notes = outcome if outcome is not None else ImportNotes()
    file_name = os.path.basename(path)
    source, metadata = open_mbtiles(path, vector=True)
    try:
        with schema_guard.time_limit(source):
            zoom, box = _zoom_and_area(store, source, file_name)
    except sqlite3.DatabaseError as error:
        if schema_guard.was_interrupted(error):
            raise BasemapImportError(arg(Import.tr("%1 took too long to read, so it was refused"), file_name)) from None
        raise BasemapImportError(arg(Import.tr("%1 is damaged: its tiles cannot be read"), file_name)) from None
    finally:
        source.close()
    absolute = local_path(path, BasemapImportError)
    options = {"ZOOM_LEVEL": str(zoom), "CLIP": "YES"}
    tolerance = 2 * tiles.tile_span(zoom) / TILE_UNITS  # two units of the tiles' own grid
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            listed = [str(layer) for layer, _ in pyogrio.list_layers(absolute)]
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError):
        raise BasemapImportError(arg(Import.tr("%1 is damaged: its vector tiles cannot be read"), file_name)) from None
    if not listed:
        raise BasemapImportError(arg(Import.tr("%1 lists no layers of vector tiles"), file_name))
    title = name or metadata.get("name") or default_layer_name(path)
    attribution = " ".join(_HTML_TAG.sub(" ", metadata.get("attribution", "")).split())
    next_order = store.connection.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM basemap_layers").fetchone()[0]
    planned: list[tuple[BasemapLayer, list[BasemapFeature]]] = []
    for position, layer_name in enumerate(listed):
        if not report(0.8 * position / len(listed), arg(Import.tr("Reading %1", "%1: a file or one of its layers"),
                                                         layer_name)):
            raise ImportCancelled()
        if is_house_numbers(layer_name):
            notes.skipped_layers.append((layer_name, Import.tr("house numbers are not drawn on CoSafe's map")))
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                meta, _, wkb, columns = pyogrio.raw.read(absolute, layer=layer_name, force_2d=True, bbox=box,
                                                         **options)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FeatureError,
                pyogrio.errors.GeometryError, OSError):
            raise BasemapImportError(arg(Import.tr("%1 is damaged: its vector tiles cannot be read"),
                                         file_name)) from None
        if wkb is None or len(wkb) == 0:
            continue
        geometries = shapely.from_wkb(wkb, on_invalid="ignore")
        fields = [str(field) for field in meta["fields"]]
        texts = [[_text(value) for value in values] for values in columns]
        ids = texts[fields.index("mvt_id")] if "mvt_id" in fields else [None] * len(geometries)
        has_ids = any(value is not None for value in ids)
        attributes = [{field: values[index] for field, values in zip(fields, texts)
                       if field != "mvt_id" and values[index] is not None} for index in range(len(geometries))]
        by_kind: dict[str, list[int]] = defaultdict(list)
        for index, shape in enumerate(geometries):
            if shape is None or shape.is_empty:
                notes.dropped_features += 1
                continue
            by_kind[geometry_kind(shape.geom_type)].append(index)
        layer = BasemapLayer(name=f"{title} – {layer_name}", kind="vector", source_name=file_name,
                             source_format="MBTiles", sort_order=next_order + len(planned), attribution=attribution)
        features: list[BasemapFeature] = []
        for kind, indexes in by_kind.items():
            keys = [(ids[i], tuple(sorted(attributes[i].items()))) for i in indexes]
            joined = _merged(geometries[indexes], keys, has_ids, kind, tolerance)
            shapes = _to_lonlat([shape for shape, _ in joined])
            for shape, (_, first) in zip(shapes, joined):
                row = attributes[indexes[first]]
                features.append(BasemapFeature(shape, style_class_of(layer_name, kind, row), _name_of(row), row,
                                               layer_uuid=layer.uuid))
        if features:
            planned.append((layer, features))
    if not planned:
        raise BasemapImportError(arg(Import.tr("%1 has no features CoSafe can draw"), file_name))
    # Areas below lines below points, whatever order the file lists its layers in: a park
    # listed after the roads must not hide them.
    rank = {"Polygon": 0, "MultiPolygon": 0, "LineString": 1, "MultiLineString": 1}
    planned.sort(key=lambda item: min(rank.get(f.geometry.geom_type, 2) for f in item[1]))
    for index, (layer, _) in enumerate(planned):
        layer.sort_order = next_order + index
    if not report(0.85, Import.tr("Writing to the project")):
        raise ImportCancelled()
    with store.atomic():
        for index, (layer, features) in enumerate(planned):
            basemap.add_vector_layer(store, layer, features)
            if not report(0.85 + 0.15 * (index + 1) / len(planned), Import.tr("Writing to the project")):
                raise ImportCancelled()  # rolls the whole transaction back
    return [layer for layer, _ in planned]
