"""Import a vector file into a project as basemap layers.

Contract: ``import_vector_basemap`` reads everything first, then writes all layers in
one transaction (an OSM extract is read in one pass and written a batch at a time, in
that one transaction, so its features are never all in memory); a failure or a cancel
leaves the project unchanged. OSM files become one layer whose features are classed by
their tags (``osm_classes``, read by ``osm_reader``);
every other file gives one layer per source layer, all of one style class (chosen
by the caller, or suggested by ``suggest_style_class``) — except a source layer of
undeclared type (KML, GML, GeoJSON "Unknown") that holds more than one kind of shape:
it becomes one layer per kind ("Trip — areas", "Trip — lines", "Trip — points", in that
order so points are drawn on top), the main kind (most features) with the chosen or
suggested class, the others with their kind's default class. A layer keeps one style
class, as the layers panel, the map's styles and the QGIS styles expect; a GeometryCollection
holding several kinds gives each kind's layer its parts of that kind. The original file is
never read again after import.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from cosafe.core.i18n import arg, translate
from cosafe.core.records import BasemapLayer
from cosafe.core.vocabulary import BASEMAP_STYLE_CLASSES, keys_of
from cosafe.io.import_errors import PLAIN_DAMAGED, BasemapImportError, ImportCancelled, LayerReadError
from cosafe.io.label_field import guess_label_field
from cosafe.io.vector_source import (
    SAMPLE_ROWS,
    SourceLayer,
    VectorSource,
    dominant_geometry_type,
    open_vector_source,
    read_layer,
    read_together,
    undeclared_type,
)
from cosafe.io.vector_kind import geodatabase_folder
from cosafe.io.words import Import
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

# progress(fraction 0..1, what is happening) -> False to cancel
Progress = Callable[[float, str], bool]

# Whole words in a layer's name that suggest its style class ("buildings", "Rivers_2020",
# "BuildingFootprints"); a word matches itself or its plural, never a word it begins
# ("Parking" is not a park, "Mainland" not a main road).
_NAME_HINTS = (
    (("building", "bldg", "house", "housing", "footprint"), "building"),
    (("rail", "railway", "railroad", "train", "tram", "tramway", "metro", "subway"), "railway"),
    (("river", "stream", "canal", "waterway", "creek"), "waterway"),
    (("water", "waterbody", "waterbodies", "lake", "pond", "reservoir"), "water"),
    (("park", "green", "greenspace", "garden", "tree", "forest", "wood", "woodland"), "green"),
    (("path", "footpath", "footway", "walkway", "walk", "trail", "cycle", "cycleway", "bikeway", "sidewalk"), "path"),
    (("main", "primary", "arterial", "highway", "trunk", "motorway"), "major_road"),
    (("road", "street", "lane"), "minor_road"),
    (("landuse", "zone", "zoning", "parcel", "plot", "block"), "landuse"),
)
_GEOMETRY_DEFAULT = {"point": "poi", "line": "minor_road", "polygon": "landuse"}


IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
GEOREFERENCED_EXTENSIONS = (".tif", ".tiff", ".png", ".jpg", ".jpeg")  # GeoTIFF; PNG/JPEG with a world file and CRS
_SQLITE = b"SQLite format 3\x00"
_GEOPACKAGE_IDS = (b"GPKG", b"GP10", b"GP11")  # application_id, at byte 68 of the header


def source_kind(path: str) -> str:
    """How a file becomes a basemap, by its name and, where the name cannot tell, a look inside:

    - 'tiles': a raster MBTiles file (``mbtiles_import``);
    - 'vector_tiles': an MBTiles file of vector tiles (``vector_tiles_import``);
    - 'georeferenced': a picture that says where it lies, a GeoTIFF (``raster_import``);
    - 'raster_geopackage': a GeoPackage holding map tiles and no features (``raster_import``);
    - 'image': a photo or scan of a paper map, placed by control points (``image_import``);
    - 'vector': everything else (``import_vector_basemap``, which says what is wrong with it).
    """
    lower = path.lower()
    if lower.endswith(".mbtiles"):
        from cosafe.io.mbtiles_import import holds_vector_tiles

        return "vector_tiles" if holds_vector_tiles(path) else "tiles"
    if lower.endswith(IMAGE_EXTENSIONS):
        if lower.endswith(GEOREFERENCED_EXTENSIONS):
            from cosafe.io.raster_import import is_georeferenced

            if is_georeferenced(path):
                return "georeferenced"
        return "image"
    if _is_geopackage(path):
        from cosafe.io.raster_import import raster_only_geopackage

        if raster_only_geopackage(path):
            return "raster_geopackage"
    return "vector"


def _is_geopackage(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(72)
    except OSError:
        return False
    return head.startswith(_SQLITE) and head[68:72] in _GEOPACKAGE_IDS


def geometry_kind(geometry_type: str) -> str:
    """'point', 'line' or 'polygon' for a GDAL/GeoPackage geometry type name."""
    text = geometry_type.lower()
    if "polygon" in text or "surface" in text:
        return "polygon"
    if "line" in text or "curve" in text:
        return "line"
    return "point"


def name_words(name: str) -> list[str]:
    """The words of a layer name, lower case: "BuildingFootprints_2020" -> ["building", "footprints"]."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return [word for word in re.split(r"[\W_\d]+", spaced.lower()) if word]


def _is_word(word: str, hints: tuple[str, ...]) -> bool:
    """``word`` is one of ``hints`` or its plural ("parks", "buses" -> "bus")."""
    return word in hints or (word.endswith("s") and word[:-1] in hints) or (word.endswith("es") and word[:-2] in hints)


def suggest_style_class(layer: SourceLayer) -> str:
    """A starting style class for a non-OSM layer, from the whole words of its name, else its geometry."""
    words = name_words(layer.name)
    for hints, style_class in _NAME_HINTS:
        if any(_is_word(word, hints) for word in words):
            return style_class
    return _GEOMETRY_DEFAULT[geometry_kind(layer.geometry_type)]


def default_layer_name(path: str) -> str:
    """A layer name from a file name: "west_oakland.osm.pbf" -> "west oakland"; a file picked
    inside a File Geodatabase is named after the geodatabase ("city.gdb/gdb" -> "city")."""
    path = geodatabase_folder(path) or path
    return os.path.basename(path.rstrip("/\\")).split(".")[0].replace("_", " ").replace("-", " ").strip() or "Basemap"


def _name_of(attributes: Mapping[str, str], label_field: str | None) -> str | None:
    """A feature's name: its ``label_field`` value, stripped; None when empty or no field."""
    value = (attributes.get(label_field) or "").strip() if label_field else ""
    return value or None


# How many layer names a message lists before it says how many more there are.
LISTED_NAMES = 12


def layer_names_text(names: Sequence[str]) -> str:
    """Layer names for a one-line message, quoted, the first ``LISTED_NAMES`` and a count of the rest."""
    shown = ", ".join(repr(name) for name in names[:LISTED_NAMES])
    if len(names) <= LISTED_NAMES:
        return shown
    return arg(Import.tr("%1 and %Ln more", "%1: layer names", len(names) - LISTED_NAMES), shown)


def chosen_layers(source: VectorSource, names: Sequence[str] | None) -> list[SourceLayer]:
    """The layers of ``source`` named in ``names`` (all when None), in the file's order;
    BasemapImportError naming the file's layers when a name is not one of them, or when
    ``names`` is empty."""
    if names is None:
        return list(source.layers)
    known = [layer.name for layer in source.layers]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise BasemapImportError(arg(Import.tr("%1 has no layer %2; its layers are %3"),
                                     os.path.basename(source.path), repr(unknown[0]), layer_names_text(known)))
    if not names:
        raise BasemapImportError(arg(Import.tr("No layer of %1 was chosen"), os.path.basename(source.path)))
    return [layer for layer in source.layers if layer.name in set(names)]


def label_field_for(layer: SourceLayer, rows: Sequence[Mapping[str, str]]) -> str | None:
    """The guessed label field of ``layer`` from ``rows`` (its first features' attributes)."""
    return guess_label_field(layer.fields or list(dict.fromkeys(key for row in rows for key in row)), rows)


def _unreadable_osm(name: str) -> LayerReadError:
    reason = translate("Import", PLAIN_DAMAGED)
    return LayerReadError(arg(Import.tr("%1 cannot be read as a map file (%2)"), name, reason), reason)


def _osm_parts(path: str, name: str, report: Progress, notes: ImportNotes) -> Iterator[basemap.FeatureColumns]:
    """The features of an OSM extract CoSafe draws, read in one pass (``osm_reader``) a batch at
    a time, with libosmium's WKB (stored as it is); features libosmium could build no shape
    for, or whose WKB shapely refuses, are counted in ``notes``. Raises LayerReadError for a
    file libosmium cannot read, UnsortedOsm, or ImportCancelled when ``report`` says stop."""
    from cosafe.io import osm_reader  # libosmium: loaded by an OSM import only

    # How far the read is cannot be known before the end: the bar creeps towards 0.9.
    keep = lambda objects: report(0.9 * objects / (objects + 200_000), _reading(name))  # noqa: E731
    try:
        for batch in osm_reader.iter_osm(path, keep=keep):
            if batch.stopped:
                raise ImportCancelled()
            shapes = np.empty(len(batch.geometries), dtype=object)
            shapes[:] = batch.geometries
            columns = basemap.FeatureColumns(shapes, batch.wkbs, batch.style_classes, batch.names, batch.tags)
            missing = shapely.is_missing(shapes)
            if missing.any():  # rare: leave out the shapes shapely refused
                kept = np.flatnonzero(~missing).tolist()
                columns = basemap.FeatureColumns(shapes[kept], [batch.wkbs[i] for i in kept],
                                                 [batch.style_classes[i] for i in kept],
                                                 [batch.names[i] for i in kept], [batch.tags[i] for i in kept])
            notes.dropped_features += batch.without_shape + len(batch.geometries) - len(columns)
            yield columns
    except osm_reader.OsmReadError:
        raise _unreadable_osm(name) from None


def _write_osm(store: ProjectStore, layer: BasemapLayer, path: str, report: Progress, notes: ImportNotes,
               name: str | None = None) -> None:
    """Read an OSM extract and write its features as ``layer``, a batch at a time, in one
    transaction: its features are never all in memory, and a failure or a cancel (raised
    from here) still leaves the project unchanged. A layer with no feature is not written."""
    with store.atomic():
        parts = _osm_parts(path, name or os.path.basename(path), report, notes)
        basemap.add_vector_layer_in_parts(store, layer, parts)
        if not layer.feature_count:
            raise BasemapImportError(arg(Import.tr("%1 has no features CoSafe can draw"), os.path.basename(path)))
        if not report(1.0, Import.tr("Writing to the project")):
            raise ImportCancelled()  # rolls the whole transaction back


# The layers a layer of mixed shapes becomes (``split_by_kind``): its name, then which of its shapes.
def _kind_layer_name(kind: str, layer: str) -> str:
    """"Trip — lines": the layer of one kind of shape made from the file's layer ``layer``."""
    if kind == "point":
        return arg(Import.tr("%1 — points", "a layer holding the points of the file's layer %1"), layer)
    if kind == "line":
        return arg(Import.tr("%1 — lines", "a layer holding the lines of the file's layer %1"), layer)
    return arg(Import.tr("%1 — areas", "a layer holding the polygons of the file's layer %1"), layer)


_KIND_TYPE = {"point": "Point", "line": "LineString", "polygon": "Polygon"}
_KIND_OF_TYPE_ID = {0: "point", 4: "point", 1: "line", 2: "line", 5: "line", 3: "polygon", 6: "polygon"}


def _kinds_of(geometry: BaseGeometry) -> dict[str, BaseGeometry]:
    """A shape by kind: a single shape under its own kind; a GeometryCollection's parts grouped by
    kind, each group one shape (its part, or a collection of its parts)."""
    kind = _KIND_OF_TYPE_ID.get(shapely.get_type_id(geometry))
    if kind is not None:
        return {kind: geometry}
    parts: dict[str, list[BaseGeometry]] = {}
    for part in getattr(geometry, "geoms", ()):
        for part_kind, shape in _kinds_of(part).items():
            if not shapely.is_empty(shape):
                parts.setdefault(part_kind, []).append(shape)
    return {kind: shapes[0] if len(shapes) == 1 else shapely.GeometryCollection(shapes)
            for kind, shapes in parts.items()}


def split_by_kind(shaped: list[tuple[BaseGeometry, dict[str, str]]]) -> dict[str, list[tuple[BaseGeometry, dict[str, str]]]]:
    """The (shape, attributes) pairs of a layer grouped by kind ('point', 'line', 'polygon').

    A GeometryCollection holding several kinds (a KML MultiGeometry of a place and its route)
    goes into each kind's group with the parts of that kind and the same attributes, so every
    part is drawn as what it is; the store keeps a collection as its parts anyway.
    """
    kinds: dict[str, list[tuple[BaseGeometry, dict[str, str]]]] = {}
    for geometry, attributes in shaped:
        for kind, shape in _kinds_of(geometry).items():
            kinds.setdefault(kind, []).append((shape, attributes))
    return kinds


def _planned_layer(name: str, style_class: str, shaped: list[tuple[BaseGeometry, dict[str, str]]],
                   label_field: str | None, source: VectorSource, path: str, sort_order: int,
                   attribution: str) -> tuple[BasemapLayer, list[BasemapFeature]]:
    """A layer record of one style class and its features (named by ``label_field``), not yet stored."""
    layer = BasemapLayer(name=name, kind="vector", source_name=os.path.basename(path), source_format=source.driver,
                         style_class=style_class, sort_order=sort_order, attribution=attribution)
    return layer, [BasemapFeature(geometry, style_class, _name_of(attributes, label_field), attributes,
                                  layer_uuid=layer.uuid) for geometry, attributes in shaped]


@dataclass
class ImportNotes:
    """What an import left out, for the summary: never a smaller count without saying so."""

    skipped_layers: list[tuple[str, str]] = field(default_factory=list)  # (source layer, plain reason)
    dropped_features: int = 0  # features with no shape (empty or missing geometry)
    mended_features: int = 0  # shapes with a broken part, mended (``io.wkb_repair``)


def notes_lines(notes: ImportNotes) -> list[str]:
    """One translated line per thing an import left out (none when it left nothing out)."""
    lines = [arg(Import.tr("Layer %1 was not imported: %2"), repr(layer), reason) for layer, reason in notes.skipped_layers]
    if notes.dropped_features:
        lines.append(Import.tr("%Ln features without a shape were left out", "", notes.dropped_features))
    if notes.mended_features:
        lines.append(Import.tr("%Ln features with a broken part were mended: a line of one point kept as a "
                               "point, parts too short to draw left out", "", notes.mended_features))
    return lines


def _reading(name: str) -> str:
    """The progress text while a file, or one of its layers, is read."""
    return arg(Import.tr("Reading %1", "%1: a file or one of its layers"), name)


def import_vector_basemap(
    store: ProjectStore,
    path: str,
    *,
    name: str | None = None,
    style_classes: Mapping[str, str] | None = None,
    source_crs: str | None = None,
    progress: Progress | None = None,
    outcome: ImportNotes | None = None,
    source: VectorSource | None = None,
    layers: Sequence[str] | None = None,
    label_fields: Mapping[str, str | None] | None = None,
    encoding: str | None = None,
) -> list[BasemapLayer]:
    """Import a vector file as basemap layer(s); return the layer records written.

    ``layers`` names the source layers to import (all when None; ``chosen_layers``).
    ``label_fields`` maps a source layer name to the attribute that names its features
    (None or "": none); a layer not in it gets ``guess_label_field``'s guess from its features.
    ``encoding``, when given, is the attributes' text encoding (``VectorSource.use_encoding``);
    otherwise the source's (by default the one ``open_vector_source`` suggested).
    ``style_classes`` maps source layer name to style class for non-OSM files.
    ``source_crs`` is the file's CRS, used instead of any the file declares.
    A layer of a several-layer file that cannot be read is skipped, the others imported;
    ``outcome`` (when given) receives the skipped layers and the count of features left
    out for having no shape, for the caller to report.
    Raises BasemapImportError (one line) or ImportCancelled; the project is then unchanged.
    """
    report = progress or (lambda fraction, text: True)
    if not report(0.0, _reading(os.path.basename(path))):
        raise ImportCancelled()
    source = source or open_vector_source(path)
    several = len(source.layers) > 1  # each layer then named after the file and itself, however many are chosen
    listed = len(source.layers)
    source.layers = chosen_layers(source, layers)
    if source.is_osm and len(source.layers) != listed:  # ``osm_reader`` reads an extract whole, in one pass
        raise BasemapImportError(arg(Import.tr("%1 is an OpenStreetMap file: it is imported whole, its points, lines "
                                               "and areas together, so none of its layers can be left out"),
                                     os.path.basename(path)))
    if encoding:
        source.use_encoding(encoding)
    valid_classes = set(keys_of(BASEMAP_STYLE_CLASSES))
    for chosen in (style_classes or {}).values():
        if chosen not in valid_classes:
            raise BasemapImportError(arg(Import.tr("Unknown style class %1; choose one of %2"), repr(chosen),
                                         ", ".join(sorted(valid_classes))))
    title = name or default_layer_name(path)
    next_order = store.connection.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM basemap_layers").fetchone()[0]
    attribution = "© OpenStreetMap contributors" if source.is_osm else ""
    planned: list[tuple[BasemapLayer, list[BasemapFeature]]] = []
    notes = outcome if outcome is not None else ImportNotes()
    failures: list[LayerReadError] = []
    notes.skipped_layers += source.unreadable
    if source.is_osm:
        # Read and written a batch at a time in one transaction: an extract's features are
        # never all in memory, and a failure or a cancel still leaves the project unchanged.
        layer = BasemapLayer(name=title, kind="vector", source_name=os.path.basename(path),
                             source_format="OSM", sort_order=next_order, attribution=attribution)
        from cosafe.io import osm_reader  # libosmium: loaded by an OSM import only

        dropped = notes.dropped_features
        try:
            _write_osm(store, layer, source.path, report, notes)
        except osm_reader.UnsortedOsm:  # rolled back; multipolygons need the objects sorted
            notes.dropped_features = dropped
            try:
                with osm_reader.sorted_copy(source.path) as sorted_path:
                    _write_osm(store, layer, sorted_path, report, notes, name=os.path.basename(path))
            except osm_reader.OsmReadError:
                raise _unreadable_osm(os.path.basename(path)) from None
        if not layer.feature_count:
            raise BasemapImportError(arg(Import.tr("%1 has no features CoSafe can draw"), os.path.basename(path)))
        return [layer]
    else:
        read_together(source, source.layers)  # a KML of many folders: one pass, not one per folder
        for index, source_layer in enumerate(source.layers):
            if not report(0.7 * index / len(source.layers), _reading(source_layer.name)):
                raise ImportCancelled()
            try:
                data = read_layer(source, source_layer, source_crs)
            except LayerReadError as error:
                if len(source.layers) == 1:
                    raise
                notes.skipped_layers.append((source_layer.name, error.reason))  # the others still import
                failures.append(error)
                continue
            layer_title = f"{title} – {source_layer.name}" if several else title
            chosen = (style_classes or {}).get(source_layer.name)
            if label_fields is not None and source_layer.name in label_fields:
                label_field = label_fields[source_layer.name] or None
            else:
                label_field = label_field_for(source_layer, data.attributes[:SAMPLE_ROWS])
            present = ~(shapely.is_missing(data.geometries) | shapely.is_empty(data.geometries))  # all at once
            shaped = [(geometry, attributes) for geometry, attributes, kept
                      in zip(data.geometries, data.attributes, present.tolist()) if kept]
            notes.dropped_features += len(data.geometries) - len(shaped)
            notes.mended_features += data.mended
            kinds = split_by_kind(shaped) if undeclared_type(source_layer.geometry_type) else {}
            if len(kinds) < 2:
                if undeclared_type(source_layer.geometry_type):  # style by the shapes it holds
                    source_layer.geometry_type = dominant_geometry_type(data.geometries, source_layer.geometry_type)
                planned.append(_planned_layer(layer_title, chosen or suggest_style_class(source_layer), shaped,
                                              label_field, source, path, next_order + len(planned), attribution))
                continue
            # Points, lines and areas in one layer (KML, GML, GeoJSON of declared type "Unknown"):
            # one layer per kind, each styled for its shapes, areas lowest and points on top.
            dominant = max(kinds, key=lambda kind: len(kinds[kind]))
            source_layer.geometry_type = _KIND_TYPE[dominant]
            for kind in ("polygon", "line", "point"):
                if kind not in kinds:
                    continue
                style_class = ((chosen or suggest_style_class(source_layer)) if kind == dominant
                               else _GEOMETRY_DEFAULT[kind])
                planned.append(_planned_layer(_kind_layer_name(kind, layer_title), style_class, kinds[kind],
                                              label_field, source, path, next_order + len(planned), attribution))
        if failures and not planned:
            raise failures[0]
    if not any(features for _, features in planned):
        if notes.dropped_features and not source.is_osm:  # features there, but none with a shape
            raise BasemapImportError(arg(Import.tr("%1 has no shapes to draw: none of its %Ln features has a geometry; "
                                                   "export it again with its geometry", "", notes.dropped_features),
                                         os.path.basename(path)))
        raise BasemapImportError(arg(Import.tr("%1 has no features CoSafe can draw"), os.path.basename(path)))
    if not report(0.75, Import.tr("Writing to the project")):
        raise ImportCancelled()
    with store.atomic():
        for index, (layer, features) in enumerate(planned):
            if features:
                basemap.add_vector_layer(store, layer, features)
            if not report(0.75 + 0.25 * (index + 1) / len(planned), Import.tr("Writing to the project")):
                raise ImportCancelled()  # rolls the whole transaction back
    return [layer for layer, features in planned if features]
