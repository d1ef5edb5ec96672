"""Export a project's records as GIS and spreadsheet files others can open.

Contract: ``export_project(store, folder, fmt)`` writes every non-empty record
table — spatial ones as map layers in EPSG:4326, the others as attribute tables —
and returns the paths written:
- ``gpkg``: one GeoPackage with a layer per table;
- ``geojson``: a ``.geojson`` per spatial table, a ``.csv`` per other table;
- ``csv``: a ``.csv`` per table; spatial ones carry ``wkt`` (and ``lon``/``lat`` for points).
Privacy: contact columns (participants' contacts, stakeholders' contact persons) are
left out unless ``include_contacts`` is set; attachments are listed without their
bytes. Files are written under temporary names and renamed at the end, so a
failure leaves no half-written export behind.

``public=True`` is the variant for sharing with anyone (``include_contacts`` is then
refused): perception pins and recorded incidents are snapped to the centre of their
cell of a grid of ``grid_m`` true ground metres (``core.privacy.snap_to_grid``, the
rule the map export uses too); pin stories, audit point comments, walk and workshop
notes and the facilitator's name are emptied; tables that describe individual people
(participants, walk participants), attachments (photos may show faces) and the
paper sheets read (which name their photo) are left out, and pins and votes lose their
participant reference, so nothing links a place to one person's demographics. No record keeps the laptop that made it (``device_id``),
and every date keeps its day but not its time (``created_at``, ``updated_at``, an
incident's ``occurred_on``).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import os
import re
import typing
from collections.abc import Callable
from typing import Any

import numpy as np
import shapely

from cosafe.core.i18n import arg
from cosafe.core.privacy import snap_to_grid
from cosafe.core.records import RECORD_TYPES, Attachment, Record
from cosafe.core.file_errors import os_reason
from cosafe.io.export_formats import EXPORT_FORMATS  # noqa: F401 - part of this module's interface
from cosafe.io.words import Export
from cosafe.store.errors import ProjectError
from cosafe.store.private_files import keep_private
from cosafe.store.project_store import ProjectStore

PRIVATE_COLUMNS: dict[str, frozenset[str]] = {
    "participants": frozenset({"contact"}),
    "stakeholders": frozenset({"contact_person"}),
}
# The public variant: text that may tell a personal story, emptied; references to a person, cleared.
PUBLIC_EMPTIED: dict[str, frozenset[str]] = {
    "perception_pins": frozenset({"story"}),
    "audit_points": frozenset({"comment"}),
    "audit_walks": frozenset({"notes"}),
    "workshops": frozenset({"notes", "facilitator"}),
    "incidents": frozenset({"description"}),  # a police narrative may name a street, a shop or a person
}
PUBLIC_CLEARED: dict[str, frozenset[str]] = {
    "perception_pins": frozenset({"participant_uuid", "story_review"}),  # no story, so nothing to review
    "votes": frozenset({"participant_uuid"}),
    "proposals": frozenset({"participant_uuid"}),  # an idea sent from a phone (schema v6)
    "incidents": frozenset({"occurred_at"}),  # the day but not the time, as for every date (PUBLIC_DAY_ONLY)
}
# Paper sheets read (schema v8) name their photo (its attachment and its SHA-256, which would
# confirm a copy of the photo), so they and their links go too.
PUBLIC_LEFT_OUT = frozenset({"participants", "walk_participants", "attachments", "paper_sheets",
                             "paper_sheet_records"})
SNAPPED_TABLES = frozenset({"perception_pins", "incidents"})
PUBLIC_DAY_ONLY = ("created_at", "updated_at", "occurred_on")  # the day, not the time: times tell who was where
DEFAULT_GRID_M = 100.0
_GEOMETRY_TYPES = {"POINT": "Point", "LINESTRING": "LineString", "GEOMETRY": "Unknown"}


class ExportError(ProjectError):
    """The export could not be written; nothing was left behind."""


@dataclasses.dataclass
class TableData:
    table: str
    geometry_type: str | None
    columns: dict[str, list[Any]]
    kinds: dict[str, type]
    geometries: list[Any] | None


def table_data(store: ProjectStore, record_type: type[Record], include_contacts: bool = False) -> TableData | None:
    """The exportable columns of one record table, or None when it is empty."""
    records = store.list(record_type)
    if not records:
        return None
    hints = typing.get_type_hints(record_type)
    hidden = set() if include_contacts else set(PRIVATE_COLUMNS.get(record_type.TABLE, ()))
    columns: dict[str, list[Any]] = {}
    kinds: dict[str, type] = {}
    for item in dataclasses.fields(record_type):
        if item.name in hidden or item.name == "geom":
            continue
        values = [getattr(record, item.name) for record in records]
        kind = _kind(hints[item.name])
        if record_type is Attachment and item.name == "data":
            columns["size_bytes"], kinds["size_bytes"] = [len(v) for v in values], int
            continue
        if kind in (list, dict):
            values, kind = [json.dumps(v, ensure_ascii=False) for v in values], str
        columns[item.name], kinds[item.name] = values, kind
    geometries = [record.geom for record in records] if record_type.GEOMETRY_TYPE else None  # type: ignore[attr-defined]
    return TableData(record_type.TABLE, record_type.GEOMETRY_TYPE, columns, kinds, geometries)


def make_public(data: TableData, grid_m: float) -> TableData | None:
    """``data`` as the public variant shows it (None for a table left out); see the module contract."""
    if data.table in PUBLIC_LEFT_OUT:
        return None
    columns = dict(data.columns)
    for name in PUBLIC_EMPTIED.get(data.table, ()):
        columns[name] = ["" for _ in columns[name]]
    for name in PUBLIC_CLEARED.get(data.table, ()):
        columns[name] = [None for _ in columns[name]]
    if "device_id" in columns:
        columns["device_id"] = [None for _ in columns["device_id"]]
    for name in PUBLIC_DAY_ONLY:
        if name in columns:
            columns[name] = [value[:10] if isinstance(value, str) else value for value in columns[name]]
    geometries = data.geometries
    if data.table in SNAPPED_TABLES and geometries is not None:
        placed = [i for i, g in enumerate(geometries) if g is not None and not g.is_empty]
        lons, lats = snap_to_grid([geometries[i].x for i in placed], [geometries[i].y for i in placed], grid_m)
        geometries = list(geometries)
        for i, lon, lat in zip(placed, lons, lats):
            geometries[i] = shapely.Point(float(lon), float(lat))
    return dataclasses.replace(data, columns=columns, geometries=geometries)


def _kind(hint: Any) -> type:
    options = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    base = typing.get_origin(options[0]) or options[0]
    return base if base in (str, int, float, bool, list, dict, bytes) else str


def _field_arrays(data: TableData) -> tuple[list[np.ndarray], list[np.ndarray]]:
    arrays, masks = [], []
    for name, values in data.columns.items():
        kind = data.kinds[name]
        mask = np.array([v is None for v in values])
        if kind is bool:
            array = np.array([bool(v) for v in values], dtype=bool)
        elif kind is int:
            array = np.array([0 if v is None else int(v) for v in values], dtype=np.int64)
        elif kind is float:
            array = np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
        else:
            array = np.array(["" if v is None else str(v) for v in values], dtype=object)
        arrays.append(array)
        masks.append(mask)
    return arrays, masks


def _write_layer(path: str, data: TableData, driver: str, append: bool) -> None:
    from cosafe.io.safe_gdal import pyogrio

    arrays, masks = _field_arrays(data)
    geometry = None
    geometry_type = None
    crs = None
    if data.geometries is not None:
        geometry = np.array([None if g is None else shapely.to_wkb(g, output_dimension=2) for g in data.geometries],
                            dtype=object)
        geometry_type, crs = _GEOMETRY_TYPES[data.geometry_type or "GEOMETRY"], "EPSG:4326"
    # GeoPackage 1.2, so Debian's GDAL 3.6 and QGIS 3.22 open the export without a warning.
    options = {"VERSION": "1.2"} if driver == "GPKG" and not append else None
    pyogrio.raw.write(path, geometry, arrays, list(data.columns), field_mask=masks, layer=data.table, driver=driver,
                      geometry_type=geometry_type, crs=crs, append=append, dataset_options=options)


def _write_csv(path: str, data: TableData) -> None:
    names = list(data.columns)
    point_table = data.geometry_type == "POINT"
    if data.geometries is not None:
        names += ["lon", "lat", "wkt"] if point_table else ["wkt"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for index in range(len(next(iter(data.columns.values())))):
            row = ["" if data.columns[n][index] is None else data.columns[n][index] for n in data.columns]
            if data.geometries is not None:
                shape = data.geometries[index]
                if point_table:
                    row += ["", ""] if shape is None else [f"{shape.x:.7f}", f"{shape.y:.7f}"]
                row.append("" if shape is None else shapely.to_wkt(shape, rounding_precision=7))
            writer.writerow(row)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "project"


def export_project(
    store: ProjectStore, folder: str, fmt: str, *, include_contacts: bool = False,
    progress: Callable[[float, str], bool] | None = None, public: bool = False, grid_m: float = DEFAULT_GRID_M,
) -> list[str]:
    """Write the export into ``folder`` (created if missing); return the files written."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(arg(Export.tr("Unknown export format %1; choose one of %2"), repr(fmt),
                              ", ".join(EXPORT_FORMATS)))
    if public and include_contacts:
        raise ExportError(Export.tr("A public export never includes contacts"))
    if public and not (grid_m > 0 and np.isfinite(grid_m)):
        raise ExportError(arg(Export.tr("The blur grid must be more than 0 m, not %1"), grid_m))
    from cosafe.io.safe_gdal import local_path, pyogrio  # GDAL loads with the first export, not when the app starts

    local_path(folder, ExportError)  # GDAL would write into a /vsis3/… folder over the network
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        raise ExportError(arg(Export.tr("Cannot create the folder %1: %2"), folder, os_reason(error))) from None
    tables = [d for t in RECORD_TYPES if (d := table_data(store, t, include_contacts)) is not None]
    if public:
        tables = [p for d in tables if (p := make_public(d, grid_m)) is not None]
    if not tables:
        return []
    planned: list[tuple[str, str]] = []  # (temporary path, final path)
    try:
        if fmt == "gpkg":
            final = os.path.join(folder, f"{_slug(store.name)}{'-public' if public else ''}.gpkg")
            temporary = final + ".part.gpkg"
            for index, data in enumerate(tables):
                _write_layer(temporary, data, "GPKG", append=index > 0)
                _report(progress, (index + 1) / len(tables), data.table)
            planned.append((temporary, final))
        else:
            for index, data in enumerate(tables):
                as_geojson = fmt == "geojson" and data.geometries is not None
                final = os.path.join(folder, f"{data.table}.{'geojson' if as_geojson else 'csv'}")
                temporary = final + ".part"
                planned.append((temporary, final))
                if as_geojson:
                    _write_layer(temporary, data, "GeoJSON", append=False)
                else:
                    _write_csv(temporary, data)
                _report(progress, (index + 1) / len(tables), data.table)
        for temporary, final in planned:
            keep_private(temporary)
            os.replace(temporary, final)
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError,
            pyogrio.errors.GeometryError) as error:
        for temporary, _ in planned:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        reason = os_reason(error)
        raise ExportError(arg(Export.tr("The export was not written: %1"), reason)) from None
    return [final for _, final in planned]


def _report(progress: Callable[[float, str], bool] | None, fraction: float, table: str) -> None:
    if progress is not None and not progress(fraction, arg(Export.tr("Writing %1", "%1: a table of the project, as its file calls it"), table)):
        raise ExportError(Export.tr("Export cancelled"))
