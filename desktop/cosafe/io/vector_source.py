"""Read a vector file of a format CoSafe supports into features in EPSG:4326.

Contract: ``open_vector_source(path)`` inspects a file and raises BasemapImportError
with one line for anything it cannot use (missing, not a local file, a format CoSafe
does not read — told by content before GDAL opens it, see ``vector_kind`` — truncated or
corrupt (said in plain words, ``plain_reason``: never GDAL's text or the path twice), an .osm file with XML entity declarations, no features). GDAL is reached only
through ``safe_gdal``, so it opens no network address and only the allowed drivers. ``read_layer``
returns shapely geometries reprojected to lon/lat and each feature's attributes as
text; a file with no CRS must be given one (``source_crs``) — it is never guessed,
except for CSV longitude/latitude columns, which are degrees by definition.
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from cosafe.core.i18n import arg, translate
from cosafe.io.import_errors import (
    PLAIN_DAMAGED,
    PLAIN_UNSUPPORTED,
    BasemapImportError,
    LayerReadError,
    plain_reason,
    reading_incidents,
)
from cosafe.io.safe_gdal import local_path, pyogrio
from cosafe.io.vector_kind import cannot_read, unreadable_variant, vector_kind
from cosafe.io.wkb_repair import repaired
from cosafe.io.words import Import

GPX_LAYERS = ("waypoints", "routes", "tracks")  # the per-vertex point layers repeat them
CSV_X_NAMES = "lon*,lng*,long*,x,easting"
CSV_Y_NAMES = "lat*,y,northing"


@dataclass
class SourceLayer:
    name: str
    geometry_type: str
    feature_count: int
    crs: str | None
    sql: str | None = None  # read by this SQLite query instead of by name (``_flattened_geopackage_layer``)


@dataclass
class VectorSource:
    path: str
    driver: str
    layers: list[SourceLayer] = field(default_factory=list)
    open_options: dict[str, str] = field(default_factory=dict)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (layer, plain reason): left out, to report

    @property
    def is_osm(self) -> bool:
        return self.driver == "OSM"

    @property
    def needs_crs(self) -> bool:
        """True when some layer has no coordinate reference system."""
        return any(layer.crs is None for layer in self.layers)


@dataclass
class LayerData:
    geometries: np.ndarray  # shapely geometries in EPSG:4326 (None where missing)
    attributes: list[dict[str, str]]
    mended: int = 0  # shapes shapely refused, mended by ``io.wkb_repair`` (a one-point line kept as a point)


def _name(path: str) -> str:
    return os.path.basename(path.rstrip("/")) or path


def _refuse_xml_entities(path: str) -> None:
    """OSM XML never declares entities; a file that does may be an entity bomb."""
    with open(path, "rb") as handle:
        head = handle.read(64 * 1024)
    if not head.lstrip().startswith(b"<"):
        return  # an .osm.pbf: binary, no XML to declare anything
    if b"<!ENTITY" in head or b"<!DOCTYPE" in head:
        raise BasemapImportError(arg(Import.tr("%1 declares XML entities, which OSM files never do; it was not "
                                               "imported"), _name(path)))


def _quoted(identifier: str) -> str:
    """An SQL identifier in double quotes (a table or column name may hold any character)."""
    return '"' + identifier.replace('"', '""') + '"'


def _sql_rows(path: str, sql: str) -> list[tuple]:
    """Rows of an SQLite query on a GeoPackage, through GDAL (no geometry)."""
    _, _, _, columns = pyogrio.raw.read(path, sql=sql, sql_dialect="SQLITE", read_geometry=False)
    return list(zip(*columns)) if columns else []


def _geopackage_tables(path: str) -> list[str]:
    """The feature tables of a GeoPackage, as its gpkg_contents lists them."""
    return [str(row[0]) for row in _sql_rows(path, "SELECT table_name FROM gpkg_contents "
                                                   "WHERE data_type = 'features' ORDER BY table_name")]


def _flattened_geopackage_layer(path: str, table: str) -> SourceLayer:
    """A GeoPackage layer whose declared type pyogrio cannot name (a "GEOMETRY Z" layer of
    mixed 3D shapes): it is read by an SQL query that drops the third coordinate, so it
    imports like the others (as 2D) instead of failing the whole file."""
    quoted = table.replace("'", "''")
    rows = _sql_rows(path, "SELECT g.column_name, g.geometry_type_name, s.organization, s.organization_coordsys_id, "
                           "s.definition FROM gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s "
                           f"ON s.srs_id = g.srs_id WHERE g.table_name = '{quoted}'")
    if not rows:
        raise pyogrio.errors.DataLayerError(table)
    geometry_column, type_name, organization, code, definition = rows[0]
    crs = (f"EPSG:{int(code)}" if str(organization or "").upper() == "EPSG" and code and int(code) > 0
           else known_crs(definition if definition and definition != "undefined" else None))
    fields = [str(name) for name, primary_key in _sql_rows(path, f"SELECT name, pk FROM pragma_table_info('{quoted}')")
              if not primary_key and name != geometry_column]
    columns = ", ".join([_quoted(name) for name in fields] + [f"CastToXY({_quoted(geometry_column)}) AS geom"])
    count = _sql_rows(path, f"SELECT count(*) FROM {_quoted(table)}")[0][0]
    geometry_type = "Unknown" if str(type_name).upper() == "GEOMETRY" else str(type_name).title()
    return SourceLayer(table, geometry_type, int(count), crs, sql=f"SELECT {columns} FROM {_quoted(table)}")


# Enough of a layer's first features to tell what it holds, cheaply.
SAMPLE_FEATURES = 500


def undeclared_type(geometry_type: str) -> bool:
    """True for a layer type that says nothing of its shapes: GDAL's "Unknown" (every KML,
    GML and WKT CSV layer, a GeoJSON mixing Polygon and MultiPolygon) or a collection."""
    text = geometry_type.lower()
    return text.startswith(("unknown", "geometry")) or "collection" in text


def dominant_geometry_type(geometries: np.ndarray, default: str) -> str:
    """The shape most of ``geometries`` have ("Polygon", "LineString", "Point"); ``default`` if none."""
    counts = {"Polygon": 0, "LineString": 0, "Point": 0}
    for type_id in shapely.get_type_id(geometries[~shapely.is_missing(geometries)]):
        if type_id in (3, 6):
            counts["Polygon"] += 1
        elif type_id in (1, 2, 5):
            counts["LineString"] += 1
        elif type_id in (0, 4):
            counts["Point"] += 1
    best = max(counts, key=counts.get)
    return best if counts[best] else default


def resolve_undeclared_types(source: VectorSource) -> None:
    """Give each layer of undeclared type (``undeclared_type``) the shape most of its first
    features have, so it is described and styled by what it holds, not as points.

    One more read of each such layer (a KML with many folders is parsed once more per
    folder), so only where a person is shown the layers before import; the import itself
    decides from the features it reads anyway. A layer that cannot be read keeps its type.
    """
    for layer in source.layers:
        if not undeclared_type(layer.geometry_type):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if layer.sql is not None:
                    _, _, wkb, _ = pyogrio.raw.read(source.path, sql=layer.sql, sql_dialect="SQLITE",
                                                    max_features=SAMPLE_FEATURES, columns=[])
                else:
                    _, _, wkb, _ = pyogrio.raw.read(source.path, layer=layer.name, max_features=SAMPLE_FEATURES,
                                                    columns=[], **source.open_options)
            if wkb is not None:
                layer.geometry_type = dominant_geometry_type(shapely.from_wkb(wkb, on_invalid="ignore"),
                                                             layer.geometry_type)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, shapely.errors.ShapelyError, OSError):
            continue  # the read proper says what is wrong


def open_vector_source(path: str) -> VectorSource:
    """Inspect a vector file; raise BasemapImportError saying why it cannot be used."""
    name = _name(path)
    path = local_path(path, BasemapImportError)
    if not os.path.exists(path):
        raise BasemapImportError(arg(Import.tr("%1: no such file"), name))
    if os.path.isdir(path) or os.path.getsize(path) == 0:
        raise BasemapImportError(arg(Import.tr("%1 is empty or a folder, not an incident file") if reading_incidents()
                                     else Import.tr("%1 is empty or a folder, not a map file"), name))
    if path.lower().endswith(".osm"):
        _refuse_xml_entities(path)
    kind = vector_kind(path)  # refuses a VRT or any format not allowed before GDAL sees the file
    if kind.is_osm:
        _refuse_xml_entities(path)
        # The layers of an OSM file are known; probing them would make GDAL parse the
        # whole file once more per layer. Damage shows up when the layers are read. Route
        # relations and GDAL's other OSM layers are left out.
        return VectorSource(path=path, driver="OSM", layers=[
            SourceLayer("points", "Point", -1, "EPSG:4326"),
            SourceLayer("lines", "LineString", -1, "EPSG:4326"),
            SourceLayer("multipolygons", "MultiPolygon", -1, "EPSG:4326"),
        ])
    open_options = {"X_POSSIBLE_NAMES": CSV_X_NAMES, "Y_POSSIBLE_NAMES": CSV_Y_NAMES} if kind.is_csv else {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = VectorSource(path=path, driver="")
            try:
                listed = pyogrio.list_layers(path)
            except pyogrio.errors.GeometryError:
                # A GeoPackage layer of a type pyogrio cannot name ("GEOMETRY Z"): list them all by SQL.
                if "GPKG" not in kind.drivers:
                    raise
                listed = np.array([(name, "Unknown") for name in _geopackage_tables(path)], dtype=object)
            for layer_name, geometry_type in listed:
                try:
                    try:
                        info = pyogrio.read_info(path, layer=str(layer_name), **open_options)
                    except pyogrio.errors.GeometryError:
                        if "GPKG" not in kind.drivers:
                            raise
                        source.driver = "GPKG"
                        source.layers.append(_flattened_geopackage_layer(path, str(layer_name)))
                        continue
                except pyogrio.errors.CRSError as error:
                    # pyogrio calls any GDAL error logged while it asks for the layer's CRS a CRSError,
                    # also a GeoPackage table SQLite cannot query: that one is a damaged layer.
                    if "sqlite" in str(error).lower():
                        if len(listed) < 2:
                            raise
                        source.unreadable.append((str(layer_name), plain_reason(error)))
                        continue
                    raise BasemapImportError(arg(Import.tr(
                        "%1 declares a coordinate reference system CoSafe cannot understand (its .prj file, or the "
                        "declaration inside the file, is damaged); correct or remove it, then say which system the "
                        "file uses (e.g. EPSG:32737)"), name)) from None
                except pyogrio.errors.DataLayerError as error:
                    if len(listed) < 2:
                        raise
                    source.unreadable.append((str(layer_name), plain_reason(error)))  # the others may be read
                    continue
                source.driver = info.get("driver") or source.driver
                if geometry_type is None and not (kind.is_csv and info.get("geometry_type")):
                    continue
                source.layers.append(SourceLayer(str(layer_name), str(info.get("geometry_type") or geometry_type),
                                                 int(info.get("features", -1)), known_crs(info.get("crs"))))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.GeometryError,
            OSError) as error:
        reason = plain_reason(error)
        if reason == translate("Import", PLAIN_UNSUPPORTED):  # the content showed a format CoSafe reads
            raise unreadable_variant(path, kind) from None
        raise cannot_read(path, reason) from None
    if listed.size and source.driver not in kind.drivers:  # GDAL saw another format than the content showed
        drivers = sorted(kind.drivers)
        expected = arg(Import.tr("%1 or %2", "two GDAL drivers"), *drivers) if len(drivers) == 2 else ", ".join(drivers)
        raise cannot_read(path, arg(Import.tr("its content is %1 but GDAL reads it as %2"), expected, source.driver))
    source.open_options = open_options
    if source.driver == "GPX":
        source.layers = [layer for layer in source.layers if layer.name in GPX_LAYERS]
    if kind.is_csv:
        for layer in source.layers:
            layer.crs = layer.crs or "EPSG:4326"
    if not source.layers and source.unreadable:
        raise cannot_read(path, source.unreadable[0][1])
    if not source.layers:
        if reading_incidents():
            text = (Import.tr("%1 has no coordinates (no longitude/latitude columns found)") if kind.is_csv
                    else Import.tr("%1 has no coordinates"))
        else:
            text = (Import.tr("%1 has no layer with geometry (no longitude/latitude columns found)") if kind.is_csv
                    else Import.tr("%1 has no layer with geometry"))
        raise BasemapImportError(arg(text, name))
    return source


def known_crs(text: str | None) -> str | None:
    """The CRS a layer declares, or None when it declares none CoSafe can place on the earth.

    GeoPackages mark coordinates of no known system with an "Undefined Cartesian SRS"
    (srs_id -1, a local engineering system), an "Undefined geographic SRS" (srs_id 0) or
    a custom system without a usable definition; such a layer is treated as one without a
    CRS, so the person is asked for one instead of the import failing in PROJ.
    """
    if not text:
        return None
    try:
        crs = CRS.from_user_input(text)
    except CRSError:
        return None
    # Only GeoPackage's own names for "no system": tools write real systems named "unknown"
    # (a .prj of PROJCS["unknown", … WGS 84 … Transverse_Mercator …]), which are kept.
    if crs.is_engineering or (crs.name or "").lower().startswith("undefined"):
        return None
    return text


def _read_raw(source: VectorSource, layer: SourceLayer) -> tuple:
    """pyogrio's raw read of one layer (2D); an OSM file whose ids are not sorted (Overpass
    exports, edited extracts) is read again without GDAL's custom node index, which needs
    sorted ids. The retry costs nothing for the usual sorted extract; always reading without
    the index would not be cheap (Liechtenstein's 1.4 MB .osm.pbf, three layers: 0.65 s with
    it, 1.0–1.1 s without)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if layer.sql is not None:
            return pyogrio.raw.read(source.path, sql=layer.sql, sql_dialect="SQLITE", force_2d=True)
        try:
            return pyogrio.raw.read(source.path, layer=layer.name, force_2d=True, **source.open_options)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FeatureError):
            if not source.is_osm or source.open_options.get("USE_CUSTOM_INDEXING") == "NO":
                raise
        source.open_options = {**source.open_options, "USE_CUSTOM_INDEXING": "NO"}  # the other layers too
        return pyogrio.raw.read(source.path, layer=layer.name, force_2d=True, **source.open_options)


def read_layer(source: VectorSource, layer: SourceLayer, source_crs: str | None = None) -> LayerData:
    """Read one layer, reprojected to EPSG:4326; raise BasemapImportError on failure.

    ``source_crs``, when given, is the layer's CRS whatever the file declares (the
    person knows better than a wrong or undefined declaration).
    """
    name = _name(source.path)
    crs_text = source_crs or layer.crs
    if crs_text is None:
        raise BasemapImportError(arg(Import.tr("%1 has no coordinate reference system; say which one it uses "
                                               "(e.g. EPSG:32737)"), name))
    try:
        meta, _, wkb, columns = _read_raw(source, layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FeatureError,
            pyogrio.errors.GeometryError, OSError) as error:
        text = (Import.tr("%1 cannot be read as an incident file (%2)") if reading_incidents()
                else Import.tr("%1 cannot be read as a map file (%2)"))
        reason = plain_reason(error)
        raise LayerReadError(arg(text, name, reason), reason) from None
    if wkb is None:
        raise BasemapImportError(arg(Import.tr("%1: layer %2 has no geometry"), name, layer.name))
    try:
        geometries = shapely.from_wkb(wkb, on_invalid="ignore")
        refused = [index for index, shape in enumerate(geometries) if shape is None and wkb[index] is not None]
        for index in refused:  # GDAL read them: mend rather than drop (a GPS segment of one fix)
            geometries[index] = repaired(wkb[index])
        mended = sum(geometries[index] is not None for index in refused)
    except shapely.errors.ShapelyError:
        raise LayerReadError(arg(Import.tr("%1 has shapes CoSafe cannot read; the file is damaged or incomplete"),
                                 name), translate("Import", PLAIN_DAMAGED)) from None
    geometries = _to_wgs84(geometries, crs_text, name)
    names = list(meta["fields"])
    attributes = []
    texts = [_as_texts(values) for values in columns]
    for index in range(len(geometries)):
        row = {}
        for column, values in zip(names, texts):
            if values[index] is not None:
                row[str(column)] = values[index]
        attributes.append(row)
    return LayerData(geometries=geometries, attributes=attributes, mended=mended)


def _as_texts(values: np.ndarray) -> list[str | None]:
    """A column's values as text, None where empty: a missing date (NaT), a NaN number or a
    null is no value, never the text "NaT"/"nan"; a date or time is ISO 8601 text."""
    if values.dtype.kind == "M":  # GDAL Date/DateTime fields come as datetime64
        return [None if np.isnat(value) else str(value) for value in values]
    texts: list[str | None] = []
    for value in values:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            texts.append(None)
        elif isinstance(value, np.datetime64):
            texts.append(None if np.isnat(value) else str(value))
        else:
            texts.append(str(value))
    return texts


# Degrees a lon/lat coordinate may lie past ±180 / ±90 and still be the edge: files such as
# Natural Earth's hold 180.00000000000006 from rounding. About 1 cm; clamped to the edge.
EDGE_TOLERANCE = 1e-7


def _to_wgs84(geometries: np.ndarray, crs_text: str, name: str) -> np.ndarray:
    try:
        source_crs = CRS.from_user_input(crs_text)
        if not source_crs.equals(CRS.from_epsg(4326), ignore_axis_order=True):
            transformer = Transformer.from_crs(source_crs, 4326, always_xy=True)
            geometries = shapely.transform(geometries,
                                           lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
    except CRSError:
        raise BasemapImportError(arg(Import.tr("%1: unknown coordinate reference system %2"), name,
                                     repr(crs_text))) from None
    except ProjError:  # a system PROJ knows but cannot convert to longitude/latitude (an engineering one, say)
        raise BasemapImportError(arg(Import.tr("%1: its coordinates cannot be converted from the coordinate reference "
                                               "system %2 to longitude/latitude; give the one it really uses "
                                               "(e.g. EPSG:32737)"), name, repr(_crs_label(crs_text)))) from None
    present = geometries[~shapely.is_missing(geometries)]
    if len(present):
        minx, miny, maxx, maxy = shapely.total_bounds(present)
        inside = (np.isfinite([minx, miny, maxx, maxy]).all() and -180 - EDGE_TOLERANCE <= minx
                  and maxx <= 180 + EDGE_TOLERANCE and -90 - EDGE_TOLERANCE <= miny and maxy <= 90 + EDGE_TOLERANCE)
        if not inside:
            raise BasemapImportError(arg(
                Import.tr("%1 has coordinates outside longitude −180…180 / latitude −90…90: its coordinate "
                          "reference system is wrong or missing"), name))
        if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
            geometries = shapely.transform(geometries, lambda xy: np.clip(xy, (-180.0, -90.0), (180.0, 90.0)))
    return geometries


def _crs_label(crs_text: str) -> str:
    """A short name for a CRS in a message: its name, not a page of WKT."""
    try:
        return CRS.from_user_input(crs_text).name or crs_text
    except CRSError:
        return crs_text
