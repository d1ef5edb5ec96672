"""Read a vector file of a format CoSafe supports into features in EPSG:4326.

Contract: ``open_vector_source(path)`` inspects a file and raises BasemapImportError
with one line for anything it cannot use (missing, not a local file, a format CoSafe
does not read — told by content before GDAL opens it, see ``vector_kind`` — truncated or
corrupt (said in plain words, ``plain_reason``: never GDAL's text or the path twice), an .osm file with XML entity declarations, no features). GDAL is reached only
through ``safe_gdal``, so it opens no network address and only the allowed drivers. ``read_layer``
returns shapely geometries reprojected to lon/lat and each feature's attributes as
text; a file with no CRS must be given one (``source_crs``) — it is never guessed,
except for CSV longitude/latitude columns, which are degrees by definition, and TopoJSON,
which holds longitude/latitude as the GeoJSON it encodes does. A GeoJSON file some of
whose features lack ``"type": "Feature"`` is read through a corrected copy
(``geojson_features``): ``VectorSource.path`` is then the copy (same file name), removed
when the source is garbage-collected.
"""

from __future__ import annotations

import csv
import math
import os
import re
import shutil
import tempfile
import warnings
import weakref
import zipfile
from dataclasses import dataclass, field

import numpy as np
import shapely

from cosafe.core.file_errors import os_reason
from cosafe.core.i18n import arg, translate
from cosafe.io.import_errors import (
    PLAIN_DAMAGED,
    PLAIN_UNSUPPORTED,
    BasemapImportError,
    LayerReadError,
    plain_reason,
    reading_incidents,
)
from cosafe.io.geojson_features import lacks_feature_type, with_feature_types
from cosafe.io.local_files import local_path
from cosafe.io.safe_proj import is_lonlat, proj
from cosafe.io.text_encoding import dbf_encodings
from cosafe.io.vector_kind import (
    VectorKind,
    cannot_read,
    geodatabase_folder,
    headerless_error,
    headerless_example,
    unreadable_variant,
    vector_kind,
    zipped_geodatabase,
    zipped_shapefile_folder,
)
from cosafe.io.wkb_repair import repaired
from cosafe.io.words import Import

GPX_LAYERS = ("waypoints", "routes", "tracks")
KML_DRIVERS = ("LIBKML", "KML")  # the per-vertex point layers repeat them
CSV_X_NAMES = "lon*,lng*,long*,x,easting,*_lon,*_lng,*_long,*_longitude"
CSV_Y_NAMES = "lat*,y,northing,*_lat,*_latitude"


@dataclass
class SourceLayer:
    name: str
    geometry_type: str
    feature_count: int
    crs: str | None
    sql: str | None = None  # read by this SQLite query instead of by name (``_flattened_geopackage_layer``)
    fields: list[str] = field(default_factory=list)  # its attribute columns, in the file's order
    sample: list[dict[str, str]] = field(default_factory=list)  # first features' attributes (``inspect_layers``)


@dataclass
class VectorSource:
    path: str
    driver: str
    layers: list[SourceLayer] = field(default_factory=list)
    open_options: dict[str, str] = field(default_factory=dict)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (layer, plain reason): left out, to report
    # Text encoding of the attributes, for a format that takes one (``takes_encoding``): None reads
    # them as the file declares; ``open_vector_source`` sets the one ``io.text_encoding`` suggests.
    encoding: str | None = None
    declared_encoding: str | None = None  # what the file says (.cpg or the DBF's language byte), None if nothing
    suggested_encoding: str | None = None  # what its bytes show when that differs from the declaration
    # Layers already read whole (``read_together``), taken by ``read_layer`` instead of reading again.
    read_ahead: dict[str, LayerData] = field(default_factory=dict, repr=False)

    @property
    def takes_encoding(self) -> bool:
        """True for a format whose text encoding may be chosen (a Shapefile's DBF: GDAL recodes it)."""
        return self.driver == "ESRI Shapefile"

    def use_encoding(self, encoding: str | None) -> None:
        """Read the attributes as ``encoding`` (a name of ``text_encoding.ENCODINGS``; None: as the
        file declares) — GDAL's Shapefile open option ENCODING, so every read of it recodes alike."""
        self.encoding = encoding
        self.open_options = {key: value for key, value in self.open_options.items() if key != "ENCODING"}
        if encoding:
            self.open_options["ENCODING"] = encoding
        self.read_ahead.clear()

    @property
    def reads_in_one_pass(self) -> bool:
        """True for a KML file of several folders: GDAL parses the whole file at each opening,
        so its layers are read together (``read_together``), not one opening per folder."""
        return self.driver in KML_DRIVERS and len(self.layers) > 1

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


def _gdal():
    """pyogrio as ``safe_gdal`` configures it, loaded by the first file GDAL reads: an OSM
    extract (read by libosmium) never loads GDAL."""
    from cosafe.io.safe_gdal import pyogrio

    return pyogrio


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
    pyogrio = _gdal()
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
    pyogrio = _gdal()
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
    return SourceLayer(table, geometry_type, int(count), crs, sql=f"SELECT {columns} FROM {_quoted(table)}",
                       fields=fields)


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
    present = geometries[~shapely.is_missing(geometries)]
    collections = shapely.get_type_id(present) == 7
    if collections.any():  # a GeometryCollection counts as the shapes it holds (a GeoPackage's, a KML MultiGeometry)
        present = np.concatenate([present[~collections], shapely.get_parts(present[collections])])
    for type_id in shapely.get_type_id(present):
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

    One more read of each such layer, so only where a person is shown the layers before
    import (``inspect_layers`` does it with the rest of what is shown); the import itself
    decides from the features it reads anyway. A layer that cannot be read keeps its type.
    """
    for layer in source.layers:
        if undeclared_type(layer.geometry_type):
            _resolve_type(source, layer)


def _read_first(source: VectorSource, layer: SourceLayer, count: int, **options) -> tuple:
    """pyogrio's raw read of a layer's first ``count`` features (by its SQLite query when it has one)."""
    pyogrio = _gdal()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if layer.sql is not None:
            return pyogrio.raw.read(source.path, sql=layer.sql, sql_dialect="SQLITE", max_features=count, **options)
        return pyogrio.raw.read(source.path, layer=layer.name, max_features=count, **options,
                                **source.open_options)


def _resolve_type(source: VectorSource, layer: SourceLayer) -> None:
    """``resolve_undeclared_types`` for one layer."""
    pyogrio = _gdal()
    try:
        _, _, wkb, _ = _read_first(source, layer, SAMPLE_FEATURES, columns=[])
        if wkb is not None:
            layer.geometry_type = dominant_geometry_type(shapely.from_wkb(wkb, on_invalid="ignore"),
                                                         layer.geometry_type)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, shapely.errors.ShapelyError, OSError):
        return  # the read proper says what is wrong


# SQLite allows 500 terms in one compound SELECT; a KML of more folders is read in batches.
_UNION_BATCH = 400
# Columns the SQLite dialect shows beside a layer's fields, none of them an attribute.
_NOT_ATTRIBUTES = ("GEOMETRY", "OGR_NATIVE_DATA", "OGR_NATIVE_MEDIA_TYPE")


def _literal(text: str) -> str:
    """An SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _kml_layers(path: str, listed: np.ndarray) -> tuple[str, list[SourceLayer]] | None:
    """The driver and layers of a KML file of several folders from one query over all of them:
    GDAL parses the whole file at each opening, so asking layer by layer parses it once per
    folder (88 folders: 2.4 s instead of 0.1 s). None when the query fails (the caller then
    asks layer by layer, which says what is wrong)."""
    pyogrio = _gdal()
    names = [str(name) for name, _ in listed]
    counts: dict[str, int] = {}
    fields: dict[str, list[str]] = {name: [] for name in names}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            driver = pyogrio.read_info(path, layer=names[0]).get("driver") or ""
            for start in range(0, len(names), _UNION_BATCH):
                sql = " UNION ALL ".join(
                    f"SELECT {index} AS layer_index, (SELECT count(*) FROM {_quoted(name)}) AS features, name "
                    f"FROM pragma_table_info({_literal(name)})"
                    for index, name in enumerate(names[start:start + _UNION_BATCH], start))
                _, _, _, (indexes, features, columns) = pyogrio.raw.read(path, sql=sql, sql_dialect="SQLITE",
                                                                         read_geometry=False)
                for index, count, column in zip(indexes, features, columns):
                    counts[names[int(index)]] = int(count)
                    if str(column) not in _NOT_ATTRIBUTES:
                        fields[names[int(index)]].append(str(column))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError,
            pyogrio.errors.GeometryError, pyogrio.errors.CRSError, ValueError, OSError):
        return None
    if driver not in KML_DRIVERS or set(counts) != set(names):
        return None
    return driver, [SourceLayer(name, str(geometry_type or "Unknown"), counts[name], "EPSG:4326",
                                fields=fields[name]) for name, geometry_type in listed]


def read_together(source: VectorSource, layers: list[SourceLayer]) -> None:
    """Read ``layers`` of a KML file of several folders (``reads_in_one_pass``) in one pass
    and keep them in ``source.read_ahead`` for ``read_layer``: one SQL query over all the
    folders (a UNION of them, each row tagged with its folder), split by folder after.
    A failure leaves nothing read ahead: each layer is then read on its own and its own
    error said (or the layer skipped) as before."""
    pyogrio = _gdal()
    wanted = [layer for layer in layers if layer.name not in source.read_ahead]
    if not source.reads_in_one_pass or len(wanted) < 2:
        return
    columns = list(dict.fromkeys(column for layer in wanted for column in layer.fields))
    read: dict[str, LayerData] = {}
    try:
        for start in range(0, len(wanted), _UNION_BATCH):
            batch = wanted[start:start + _UNION_BATCH]
            sql = " UNION ALL ".join(
                "SELECT " + ", ".join([_quoted(column) if column in layer.fields else f"NULL AS {_quoted(column)}"
                                       for column in columns]
                                      + [_quoted("GEOMETRY"), f"{index} AS {_quoted('cosafe layer')}"])
                + f" FROM {_quoted(layer.name)}"
                for index, layer in enumerate(batch))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                meta, _, wkb, values = pyogrio.raw.read(source.path, sql=sql, sql_dialect="SQLITE", force_2d=True)
            if wkb is None or len(values) != len(columns) + 1:
                return
            which = np.asarray(values[-1]).astype(int)
            names = [str(name) for name in meta["fields"][:-1]]
            for index, layer in enumerate(batch):
                rows = np.flatnonzero(which == index)
                data = _layer_data(wkb[rows], names, [np.asarray(column)[rows] for column in values[:-1]],
                                   layer.crs or "EPSG:4326", _name(source.path))
                # Only its own columns: another folder's field is no attribute of this one.
                own = set(layer.fields)
                data.attributes = [{key: value for key, value in row.items() if key in own} for row in data.attributes]
                read[layer.name] = data
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FeatureError,
            pyogrio.errors.FieldError, pyogrio.errors.GeometryError, pyogrio.errors.CRSError, BasemapImportError,
            OSError, ValueError):
        return
    source.read_ahead.update(read)


# How many of a layer's first features give the sample of its attributes a person is shown.
SAMPLE_ROWS = 50


def without_crs_extent(source: VectorSource) -> str:
    """What the layers without a coordinate reference system hold: "none" when none of them has
    a shape (a CRS would place nothing), "degrees" when every shape lies within longitude
    −180…180 and latitude −90…90 (so EPSG:4326 is the likely answer to ask about), else
    "other" (also when an extent cannot be read). Reads each such layer's extent."""
    pyogrio = _gdal()
    found = False
    for layer in source.layers:
        if layer.crs is not None:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                info = pyogrio.read_info(source.path, layer=layer.name, force_total_bounds=True,
                                         **source.open_options)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, ValueError):
            return "other"
        bounds = info.get("total_bounds")
        if bounds is None or not all(math.isfinite(value) for value in bounds):
            continue  # no shapes: nothing to tell by
        if tuple(bounds) == (0.0, 0.0, 0.0, 0.0) and not _has_shapes(source, layer):
            continue  # a Shapefile of empty shapes: its header says 0, 0, 0, 0
        west, south, east, north = bounds
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            return "other"
        found = True
    return "degrees" if found else "none"


def _has_shapes(source: VectorSource, layer: SourceLayer) -> bool:
    """Whether any feature of ``layer`` has a shape (its geometries read, no attributes)."""
    pyogrio = _gdal()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _, _, wkb, _ = pyogrio.raw.read(source.path, layer=layer.name, columns=[], **source.open_options)
    return wkb is not None and any(shape is not None for shape in wkb)


def without_crs_in_degrees(source: VectorSource) -> bool:
    """True when the layers without a CRS have shapes, all within longitude/latitude's range."""
    return without_crs_extent(source) == "degrees"


def inspect_layers(source: VectorSource) -> None:
    """What a person is shown of each layer before import: the shape most of its first
    features have when its type is undeclared (``resolve_undeclared_types``) and the
    attributes of its first ``SAMPLE_ROWS`` features (``SourceLayer.sample``: label choices
    and previews). A KML of several folders is read whole, once, and kept for the import."""
    read_together(source, source.layers)
    for layer in source.layers:
        if layer.name in source.read_ahead:
            data = source.read_ahead[layer.name]
            if undeclared_type(layer.geometry_type):
                layer.geometry_type = dominant_geometry_type(data.geometries[:SAMPLE_FEATURES], layer.geometry_type)
            layer.sample = data.attributes[:SAMPLE_ROWS]
            continue
        if undeclared_type(layer.geometry_type):
            _resolve_type(source, layer)
        layer.sample = sample_attributes(source, layer)


def sample_attributes(source: VectorSource, layer: SourceLayer) -> list[dict[str, str]]:
    """The attributes of a layer's first ``SAMPLE_ROWS`` features as text, read as the import
    will read them (its encoding too); empty when the layer cannot be read (the import says why)."""
    pyogrio = _gdal()
    try:
        meta, _, _, columns = _read_first(source, layer, SAMPLE_ROWS, read_geometry=False)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FeatureError,
            pyogrio.errors.FieldError, pyogrio.errors.GeometryError, OSError, ValueError):
        return []
    return _rows([str(name) for name in meta["fields"]], [_as_texts(values) for values in columns],
                 len(columns[0]) if len(columns) else 0)


def _rows(names: list[str], texts: list[list[str | None]], count: int) -> list[dict[str, str]]:
    """Per feature, its non-empty attributes by column name."""
    if not texts:
        return [{} for _ in range(count)]
    # Row by row, the columns zipped: one dict per feature, no value looked up by index.
    return [{column: value for column, value in zip(names, row) if value is not None} for row in zip(*texts)]


def open_vector_source(path: str) -> VectorSource:
    """Inspect a vector file; raise BasemapImportError saying why it cannot be used."""
    name = _name(path)
    path = local_path(path, BasemapImportError)
    if not os.path.exists(path):
        raise BasemapImportError(arg(Import.tr("%1: no such file"), name))
    geodatabase = geodatabase_folder(path)
    if geodatabase is not None:  # a File Geodatabase: its folder, or any file picked inside it
        return _gdal_source(geodatabase, _name(geodatabase), VectorKind(frozenset({"OpenFileGDB"})))
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
    if kind.drivers == {"OpenFileGDB"} and not path.lower().endswith(".gdb.zip"):
        # GDAL finds a zipped geodatabase by itself only in an archive named *.gdb.zip.
        return _gdal_source(f"/vsizip/{path}/{zipped_geodatabase(path)}", name, kind)
    if kind.drivers == {"ESRI Shapefile"} and zipfile.is_zipfile(path) and (inside := zipped_shapefile_folder(path)):
        # GDAL looks for shapefiles only at the archive's top, not in the folder that was zipped.
        return _gdal_source(f"/vsizip/{path}/{inside}", name, kind)
    if "GeoJSON" not in kind.drivers or not lacks_feature_type(path):
        return _gdal_source(path, name, kind)
    # Features without "type": "Feature", which GDAL would skip: read a copy that says it.
    folder = tempfile.mkdtemp(prefix="cosafe-geojson-")
    try:
        try:
            copy = with_feature_types(path, folder)
        except OSError as error:
            raise BasemapImportError(arg(Import.tr("%1 could not be read: making a corrected copy of its features "
                                                   "failed (%2)"), name, os_reason(error))) from None
        source = _gdal_source(copy, name, kind)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    weakref.finalize(source, shutil.rmtree, folder, True)  # the copy lives as long as the source
    return source


def _layers_by_index(pyogrio, path: str, open_options: dict[str, str]) -> np.ndarray:  # type: ignore[no-untyped-def]
    """(name, geometry type) of each layer, asked one index at a time with ``open_options``,
    which ``list_layers`` cannot be given (GML's WRITE_GFS=NO: listing would write a file)."""
    listed = []
    while True:
        try:
            info = pyogrio.read_info(path, layer=len(listed), **open_options)
        except pyogrio.errors.DataLayerError as error:
            if type(error) is not pyogrio.errors.DataLayerError:
                raise  # a layer GDAL cannot describe (its CRS, its shapes): said as for any other format
            break  # past the last layer
        listed.append((info["layer_name"], info["geometry_type"]))
    return np.array(listed, dtype=object).reshape(-1, 2)


def _gdal_source(path: str, name: str, kind: VectorKind) -> VectorSource:
    """The layers GDAL lists in the file at ``path`` (local and absolute), read with a driver of ``kind``."""
    pyogrio = _gdal()
    open_options = {"X_POSSIBLE_NAMES": CSV_X_NAMES, "Y_POSSIBLE_NAMES": CSV_Y_NAMES} if kind.is_csv else {}
    if "GML" in kind.drivers:
        open_options = {"WRITE_GFS": "NO"}  # GDAL would otherwise write a .gfs file into the person's folder
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = VectorSource(path=path, driver="")
            try:
                # A format of one layer (GeoJSON, a .shp, …): its information names the layer too,
                # and listing it first would open the file once more (for GeoJSON, one more parse).
                if _one_layer(path, kind):
                    listed = np.array([(None, None)], dtype=object)
                elif "GML" in kind.drivers:
                    listed = _layers_by_index(pyogrio, path, open_options)
                else:
                    listed = pyogrio.list_layers(path)
            except pyogrio.errors.GeometryError:
                # A GeoPackage layer of a type pyogrio cannot name ("GEOMETRY Z"): list them all by SQL.
                if "GPKG" not in kind.drivers:
                    raise
                listed = np.array([(name, "Unknown") for name in _geopackage_tables(path)], dtype=object)
            together = _kml_layers(path, listed) if kind.drivers & set(KML_DRIVERS) and len(listed) > 1 else None
            if together is not None:
                source.driver, source.layers = together
                listed = listed[:0]  # every layer is known: none to ask GDAL about one by one
            for layer_name, geometry_type in listed:
                try:
                    try:
                        # GPX has no count without reading its layer: small files, counted for the layer list.
                        info = pyogrio.read_info(path, layer=None if layer_name is None else str(layer_name),
                                                 force_feature_count="GPX" in kind.drivers, **open_options)
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
                if layer_name is None:  # the one layer of its format
                    layer_name, geometry_type = info["layer_name"], info["geometry_type"]
                if geometry_type is None and not (kind.is_csv and info.get("geometry_type")):
                    continue
                source.layers.append(SourceLayer(str(layer_name), str(info.get("geometry_type") or geometry_type),
                                                 int(info.get("features", -1)), known_crs(info.get("crs")),
                                                 fields=[str(name) for name in info.get("fields", [])]))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.GeometryError,
            OSError) as error:
        reason = plain_reason(error)
        if reason == translate("Import", PLAIN_UNSUPPORTED):  # the content showed a format CoSafe reads
            raise unreadable_variant(path, kind) from None
        raise cannot_read(path, reason) from None
    if (listed.size or together) and source.driver not in kind.drivers:  # GDAL saw another format than the content showed
        drivers = sorted(kind.drivers)
        expected = arg(Import.tr("%1 or %2", "two GDAL drivers"), *drivers) if len(drivers) == 2 else ", ".join(drivers)
        raise cannot_read(path, arg(Import.tr("its content is %1 but GDAL reads it as %2"), expected, source.driver))
    source.open_options = open_options
    if source.driver == "GPX":
        source.layers = [layer for layer in source.layers if layer.name in GPX_LAYERS]
    if kind.is_csv or source.driver == "TopoJSON":
        # CSV longitude/latitude columns are degrees by definition; TopoJSON, which encodes
        # GeoJSON, declares no CRS and holds longitude/latitude like it (a pre-projected one
        # falls outside −180…180 and is refused, and a given CRS wins).
        for layer in source.layers:
            layer.crs = layer.crs or "EPSG:4326"
    if source.takes_encoding:
        source.declared_encoding, source.suggested_encoding = dbf_encodings(path)
        source.use_encoding(source.suggested_encoding)
    if not source.layers and source.unreadable:
        raise cannot_read(path, source.unreadable[0][1])
    if not source.layers:
        if reading_incidents():
            text = (Import.tr("%1 has no coordinates (no longitude/latitude columns found)") if kind.is_csv
                    else Import.tr("%1 has no coordinates"))
        else:
            text = (Import.tr("%1 has no longitude/latitude columns CoSafe recognises (it looks for names such as "
                              "longitude, lon, lng, latitude, lat, x, y); rename them, or import the file as recorded "
                              "incidents, where the columns can be chosen") if kind.is_csv
                    else Import.tr("%1 has no layer with geometry"))
        if kind.is_csv and (example := _headerless(path)) is not None:
            raise headerless_error(path, example)
        raise BasemapImportError(arg(text, name))
    return source


# Drivers whose files hold one layer; a zipped Shapefile may hold several.
_ONE_LAYER_DRIVERS = frozenset({"GeoJSON", "GeoJSONSeq", "FlatGeobuf", "CSV", "ESRI Shapefile"})


def _one_layer(path: str, kind: VectorKind) -> bool:
    """True when the file at ``path`` can hold one layer only."""
    return kind.drivers <= _ONE_LAYER_DRIVERS and not (os.path.isfile(path) and zipfile.is_zipfile(path))


def _headerless(path: str) -> str | None:
    """A value of a CSV's first line when that line is data, not column names (``headerless_example``)."""
    with open(path, "rb") as handle:
        first = handle.read(64 * 1024).removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    first = re.split(r"\r\n|\r|\n", first, maxsplit=1)[0]
    delimiter = max(",;\t|", key=first.count)
    return headerless_example(next(csv.reader([first], delimiter=delimiter), []))


def known_crs(text: str | None) -> str | None:
    """The CRS a layer declares, or None when it declares none CoSafe can place on the earth.

    GeoPackages mark coordinates of no known system with an "Undefined Cartesian SRS"
    (srs_id -1, a local engineering system), an "Undefined geographic SRS" (srs_id 0) or
    a custom system without a usable definition; such a layer is treated as one without a
    CRS, so the person is asked for one instead of the import failing in PROJ.
    """
    if not text:
        return None
    if is_lonlat(text):
        return text
    pyproj = proj()
    try:
        crs = pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError:
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
    pyogrio = _gdal()
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
    person knows better than a wrong or undefined declaration). A layer read ahead
    (``read_together``) is taken from there, once, unless another CRS is given for it.
    """
    pyogrio = _gdal()
    name = _name(source.path)
    crs_text = source_crs or layer.crs
    ahead = source.read_ahead.pop(layer.name, None)
    if ahead is not None and crs_text == layer.crs:
        return ahead
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
    except UnicodeDecodeError:  # the encoding chosen for a Shapefile's text does not fit its bytes
        raise BasemapImportError(_wrong_encoding(source)) from None
    if wkb is None:
        raise BasemapImportError(arg(Import.tr("%1: layer %2 has no geometry"), name, layer.name))
    return _layer_data(wkb, [str(column) for column in meta["fields"]], list(columns), crs_text, name)


def _wrong_encoding(source: VectorSource) -> str:
    """One line for text that cannot be read in the encoding chosen for it."""
    name = _name(source.path)
    encoding = source.encoding or source.declared_encoding or "UTF-8"
    if source.declared_encoding and source.declared_encoding != encoding:
        return arg(Import.tr("%1: its text cannot be read as %2; choose another encoding (this file declares %3)"),
                   name, encoding, source.declared_encoding)
    return arg(Import.tr("%1: its text cannot be read as %2; choose another encoding"), name, encoding)


def _layer_data(wkb: np.ndarray, names: list[str], columns: list[np.ndarray], crs_text: str, name: str) -> LayerData:
    """Features from GDAL's raw read: shapes (mended where shapely refuses what GDAL read)
    in EPSG:4326, attributes as text."""
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
    attributes = _rows(names, [_as_texts(values) for values in columns], len(geometries))
    return LayerData(geometries=geometries, attributes=attributes, mended=mended)


def _as_texts(values: np.ndarray) -> list[str | None]:
    """A column's values as text, None where empty: a missing date (NaT), a NaN number or a
    null is no value, never the text "NaT"/"nan"; a date or time is ISO 8601 text."""
    if values.dtype.kind == "M":  # GDAL Date/DateTime fields come as datetime64
        return [None if np.isnat(value) else str(value) for value in values]
    if values.dtype.kind in "iub" or values.dtype == np.float64:
        # Python's own numbers write as numpy's do (not float32: 0.1 would become 0.10000000149011612),
        # and tolist() makes them all in C instead of a numpy scalar each.
        if values.dtype.kind == "f":
            return [None if value != value else str(value) for value in values.tolist()]  # NaN: no value
        return [str(value) for value in values.tolist()]
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
    if not is_lonlat(crs_text):  # else in degrees already: PROJ is not loaded (``safe_proj``)
        geometries = _converted(geometries, crs_text, name)
    return _within_globe(geometries, name)


def _converted(geometries: np.ndarray, crs_text: str, name: str) -> np.ndarray:
    """``geometries`` converted from ``crs_text`` to longitude/latitude (unchanged when it is that)."""
    pyproj = proj()
    try:
        source_crs = pyproj.CRS.from_user_input(crs_text)
        if not source_crs.equals(pyproj.CRS.from_epsg(4326), ignore_axis_order=True):
            transformer = pyproj.Transformer.from_crs(source_crs, 4326, always_xy=True)
            geometries = shapely.transform(geometries,
                                           lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
    except pyproj.exceptions.CRSError:
        raise BasemapImportError(arg(Import.tr("%1: unknown coordinate reference system %2"), name,
                                     repr(crs_text))) from None
    except pyproj.exceptions.ProjError:  # a system PROJ knows but cannot convert to longitude/latitude (an engineering one, say)
        raise BasemapImportError(arg(Import.tr("%1: its coordinates cannot be converted from the coordinate reference "
                                               "system %2 to longitude/latitude; give the one it really uses "
                                               "(e.g. EPSG:32737)"), name, repr(_crs_label(crs_text)))) from None
    return geometries


def _within_globe(geometries: np.ndarray, name: str) -> np.ndarray:
    """``geometries`` if they lie on the globe in degrees (those past an edge by rounding
    clamped to it); raise BasemapImportError if they do not (a wrong or missing CRS)."""
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
    pyproj = proj()
    try:
        return pyproj.CRS.from_user_input(crs_text).name or crs_text
    except pyproj.exceptions.CRSError:
        return crs_text
