"""Which GDAL driver may read a vector file, told by its content before GDAL sees it.

Contract: ``vector_kind(path)`` reads the start of a local file (and a zip archive's list
of members) with Python alone and returns the ``VectorKind``: the GDAL drivers allowed to
read it (a subset of ``safe_gdal.ALLOWED_DRIVERS``) and whether GDAL must be told it is a
CSV file. Anything else raises BasemapImportError with one line naming the file and
saying why — in particular a GDAL virtual layer (VRT) or a GDAL pipeline (GDALG), which
make GDAL open other files or network addresses, whatever the file is called. The name
counts only where the content cannot (CSV has no signature). Nothing here imports GDAL.
"""

from __future__ import annotations

import os
import pathlib
import re
import sqlite3
import zipfile
from dataclasses import dataclass

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.io.import_errors import BasemapImportError, reading_incidents
from cosafe.io.words import Import

SUPPORTED_FORMATS = QT_TRANSLATE_NOOP(
    "Import", "OpenStreetMap (.osm, .osm.pbf), GeoJSON (also TopoJSON and GeoJSON sequences), GeoPackage, "
    "Shapefile (also zipped), File Geodatabase (.gdb folder, also zipped), KML/KMZ, GPX, GML, FlatGeobuf, "
    "MapInfo (.tab, .mif), CSV with longitude/latitude columns")
CSV_EXTENSIONS = (".csv", ".tsv")
_HEAD = 64 * 1024
_SQLITE = b"SQLite format 3\x00"
_GEOPACKAGE_IDS = (b"GPKG", b"GP10", b"GP11")  # application_id, at byte 68 of the header
_SHAPEFILE = b"\x00\x00\x27\x0a"  # file code 9994, big-endian
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a legacy Office file: an Excel 97–2003 workbook (.xls)
_NUMBER = re.compile(r"^[-+]?(\d+[.,]?\d*|[.,]\d+)$")
_XML_PROLOGUE = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>)", re.DOTALL)
_XML_ROOT = re.compile(r"\s*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_TOPOLOGY = re.compile(r'"type"\s*:\s*"Topology"')
_RECORD_SEPARATOR = "\x1e"  # begins each text of a GeoJSON text sequence (RFC 8142)
_GML_NAMESPACE = re.compile(r'xmlns(:\w+)?\s*=\s*["\']http://www\.opengis\.net/gml')
# MapInfo's two formats, by their first lines: a TAB file ("!table", "!version") whose
# table is the file's own ("Type NATIVE"), and a MIF file ("Version" … "Columns" … "Data").
# A TAB of another type (SEAMLESS, a view, LINKED to a server) reads other tables: refused.
_TAB_HEAD = re.compile(r"\A\s*!table\s+!version\s+\d+", re.IGNORECASE)
_TAB_NATIVE = re.compile(r"^\s*Type\s+NATIVE\b", re.IGNORECASE | re.MULTILINE)
_MIF_HEAD = re.compile(r"\A\s*Version\s+\d+\s.*?^\s*Columns\s+\d+.*?^\s*Data\s*$",
                       re.IGNORECASE | re.MULTILINE | re.DOTALL)
_MAPINFO_PARTS = {".tab": (".dat", ".map", ".id"), ".mif": (".mid",)}


@dataclass(frozen=True)
class VectorKind:
    drivers: frozenset[str]  # the GDAL drivers that may read the file
    is_csv: bool = False

    @property
    def is_osm(self) -> bool:
        return self.drivers == {"OSM"}


def _name(path: str) -> str:
    return os.path.basename(path.rstrip("/")) or path


_GEODATABASE_CATALOGUE = "a00000001.gdbtable"  # the system table every File Geodatabase folder holds


def geodatabase_folder(path: str) -> str | None:
    """The File Geodatabase folder ``path`` is or lies in (a file picked inside it, since file
    dialogs pick files, not folders), or None. Told by the catalogue table, not by the name."""
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    if os.path.isfile(os.path.join(folder, _GEODATABASE_CATALOGUE)):
        return folder
    return None


def zipped_geodatabase(path: str) -> str | None:
    """The archive path of the File Geodatabase folder inside the zip archive ``path``, or None."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    for name in names:
        folder, _, table = name.rpartition("/")
        if table.lower() == _GEODATABASE_CATALOGUE and folder.lower().endswith(".gdb"):
            return folder
    return None


def zipped_shapefile_folder(path: str) -> str | None:
    """The one folder inside the zip archive ``path`` that holds its shapefiles, when none lies at
    the archive's top (as zipping a folder makes it), or None. A Mac's resource forks
    (__MACOSX/, ._NAME) are not shapefiles."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    folders = {name.rpartition("/")[0] for name in names
               if name.lower().endswith(".shp") and not name.startswith("__MACOSX/")
               and not name.rpartition("/")[2].startswith("._")}
    if len(folders) != 1 or "" in folders:
        return None
    return folders.pop()


def supported_formats() -> str:
    """``SUPPORTED_FORMATS`` in the reader's language."""
    return translate("Import", SUPPORTED_FORMATS)


def cannot_read(path: str, why: str) -> BasemapImportError:
    """"NAME cannot be read as a map file (WHY); CoSafe reads …" — an incident file in ``incident_wording``."""
    text = (Import.tr("%1 cannot be read as an incident file (%2); CoSafe reads %3") if reading_incidents()
            else Import.tr("%1 cannot be read as a map file (%2); CoSafe reads %3"))
    return BasemapImportError(arg(text, _name(path), why, supported_formats()))


def _virtual(path: str, pipeline: bool) -> BasemapImportError:
    """A GDAL pipeline or virtual layer refused, as a map file or an incident file."""
    if pipeline:
        text = (Import.tr("%1 is a GDAL pipeline (GDALG), not an incident file: it would make GDAL read other "
                          "files or network addresses, so CoSafe does not open it") if reading_incidents()
                else Import.tr("%1 is a GDAL pipeline (GDALG), not a map file: it would make GDAL read other files "
                               "or network addresses, so CoSafe does not open it"))
    else:
        text = (Import.tr("%1 is a GDAL virtual layer (VRT), not an incident file: it would make GDAL read other "
                          "files or network addresses, so CoSafe does not open it") if reading_incidents()
                else Import.tr("%1 is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other "
                               "files or network addresses, so CoSafe does not open it"))
    return BasemapImportError(arg(text, _name(path)))


def vector_kind(path: str) -> VectorKind:
    """The drivers allowed to read ``path``, by its content; BasemapImportError otherwise."""
    with open(path, "rb") as handle:
        head = handle.read(_HEAD)
    if head.startswith(_SQLITE):
        if head[68:72] in _GEOPACKAGE_IDS:
            kinds = _geopackage_contents(path)
            if kinds is not None and "features" not in kinds:
                if kinds & {"tiles", "2d-gridded-coverage"}:
                    raise _raster_geopackage(path)
                if kinds:  # GDAL opens no GeoPackage without features read-only, and would call it a variant
                    raise BasemapImportError(arg(Import.tr("%1 is a GeoPackage without map layers: its tables hold "
                                                           "values but no shapes to draw"), _name(path)))
            return VectorKind(frozenset({"GPKG"}))
        raise cannot_read(path, Import.tr("it is an SQLite database but not a GeoPackage"))
    if head.startswith(_SHAPEFILE):
        return VectorKind(frozenset({"ESRI Shapefile"}))
    if head[:3] == b"fgb" and head[4:7] == b"fgb":
        return VectorKind(frozenset({"FlatGeobuf"}))
    if b"OSMHeader" in head[:64]:  # the first block of an .osm.pbf file
        return VectorKind(frozenset({"OSM"}))
    if head.startswith(_ZIP):
        return _zip_kind(path)
    if head.startswith(_OLE2):
        raise _workbook(path)
    text = _text(head)
    if text is None:
        raise cannot_read(path, Import.tr("not a format CoSafe reads"))
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return _xml_kind(path, stripped)
    if stripped.startswith(_RECORD_SEPARATOR):
        return VectorKind(frozenset({"GeoJSONSeq"}))
    if stripped.startswith("{"):
        if "gdal_streamed_alg" in stripped:
            raise _virtual(path, pipeline=True)
        return _json_kind(stripped)
    if _TAB_HEAD.match(stripped) or _MIF_HEAD.match(stripped[:_HEAD]):
        return _mapinfo_kind(path, stripped)
    if path.lower().endswith(CSV_EXTENSIONS):
        return VectorKind(frozenset({"CSV"}), is_csv=True)
    raise cannot_read(path, Import.tr("not a format CoSafe reads"))


def _mapinfo_kind(path: str, text: str) -> VectorKind:
    """A MapInfo table: a TAB file of its own data, or a MIF file, each with the parts it is read
    with beside it (a TAB's .dat, .map and .id; a MIF's .mid), found whatever their case."""
    is_tab = _TAB_HEAD.match(text) is not None
    if is_tab and not _TAB_NATIVE.search(text):
        raise BasemapImportError(arg(Import.tr("%1 is a MapInfo table that reads other tables (seamless, a view "
                                               "or a link to a database), not one holding its own data: open it "
                                               "in MapInfo or QGIS and save it as a GeoPackage or Shapefile"),
                                     _name(path)))
    folder = os.path.dirname(path) or "."
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    try:
        beside = {name.lower() for name in os.listdir(folder)}
    except OSError:
        beside = set()
    missing = [part for part in _MAPINFO_PARTS[".tab" if is_tab else ".mif"] if stem + part not in beside]
    if missing:
        raise BasemapImportError(arg(Import.tr("%1 is a MapInfo file without its %2 part beside it: MapInfo keeps "
                                               "a table in several files; copy them all into the same folder"),
                                     _name(path), ", ".join(part.upper().lstrip(".") for part in missing)))
    return VectorKind(frozenset({"MapInfo File"}))


def _workbook(path: str) -> BasemapImportError:
    """A spreadsheet workbook (what "Download as Excel" gives, often named .csv): saying so, and how to get a CSV."""
    return BasemapImportError(arg(Import.tr("%1 is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: "
                                            "open it in a spreadsheet program, save it as CSV, and import that"),
                                  _name(path)))


def _web_page(path: str) -> BasemapImportError:
    """A web page saved under a data file's name (a download link that led to a page)."""
    text = (Import.tr("%1 is a web page (HTML), not an incident file: download the data file itself, not the page "
                      "that offers it") if reading_incidents()
            else Import.tr("%1 is a web page (HTML), not a map file: download the data file itself, not the page "
                           "that offers it"))
    return BasemapImportError(arg(text, _name(path)))


def headerless_error(path: str, example: str) -> BasemapImportError:
    """A table whose first line is data: it needs a line naming the columns."""
    return BasemapImportError(arg(Import.tr("%1 has no header line: its first line holds values (such as %2), not "
                                            "column names; add a first line that names the columns"),
                                  _name(path), example))


def headerless_example(cells: list[str]) -> str | None:
    """The first value of a table's first line, quoted, when that line holds data, not column names (a police
    export without its header line); None when it reads as column names.

    Column names are words; a first line of which at least two cells, and a third of all,
    are numbers is a row of data.
    """
    values = [cell.strip() for cell in cells if cell.strip()]
    numbers = [value for value in values if _NUMBER.match(value)]
    if len(numbers) >= 2 and 3 * len(numbers) >= len(values):
        return repr(values[0])
    return None

def _json_kind(text: str) -> VectorKind:
    """TopoJSON by its "Topology" type; else GeoJSON — one object (GDAL's GeoJSON driver)
    or one feature per line (newline-delimited GeoJSON, read by GDAL's GeoJSONSeq driver):
    GDAL tells those two apart by the whole content, so both are allowed."""
    if _TOPOLOGY.search(text[:4096]):
        return VectorKind(frozenset({"TopoJSON"}))
    return VectorKind(frozenset({"GeoJSON", "GeoJSONSeq"}))


def _geopackage_contents(path: str) -> set[str] | None:
    """The kinds of table a GeoPackage lists (features, tiles, attributes…), lower case; None
    when its table of contents cannot be read (GDAL then says what is wrong).

    Read with Python's sqlite3, read-only: GDAL's vector drivers cannot open a GeoPackage
    without features and would only call it an unknown format.
    """
    try:
        connection = sqlite3.connect(f"{pathlib.Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            kinds = {str(row[0]).lower() for row in connection.execute("SELECT DISTINCT data_type FROM gpkg_contents")}
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return kinds


def _raster_geopackage(path: str) -> BasemapImportError:
    """A raster GeoPackage refused as vector layers or incidents, saying how it is imported."""
    text = (Import.tr("%1 is a raster GeoPackage (map tiles or an image), not an incident file") if reading_incidents()
            else Import.tr("%1 is a raster GeoPackage (map tiles or an image), not vector layers: import it "
                           "as a tile basemap (File › Import Basemap, or cosafe import-basemap)"))
    return BasemapImportError(arg(text, _name(path)))


def unreadable_variant(path: str, kind: VectorKind) -> BasemapImportError:
    """A file whose content is a format CoSafe reads, but a version or variant GDAL cannot open
    (a FlatGeobuf of another version, say): said without the list of formats, which names it."""
    names = {"GPKG": "GeoPackage", "ESRI Shapefile": "Shapefile", "LIBKML": "KML"}
    format_name = " / ".join(sorted({names.get(driver, driver) for driver in kind.drivers}))
    return BasemapImportError(arg(Import.tr("%1 is a %2 file of a version or variant CoSafe cannot read; save it "
                                            "again as %2 with current GIS software (e.g. QGIS)"),
                                  _name(path), format_name))


def _text(head: bytes) -> str | None:
    """The start of a text file, or None for binary content."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[:len(head) // 2 * 2].decode("utf-16", errors="replace")
    if b"\x00" in head:
        return None
    return head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")


def _xml_kind(path: str, text: str) -> VectorKind:
    """OSM, GPX or KML by the root element; a VRT or any other XML is refused."""
    position = 0
    while match := _XML_PROLOGUE.match(text, position):
        position = match.end()
    root = _XML_ROOT.match(text, position)
    element = root.group(2) if root else ""
    if element.lower() == "html" or (not element and re.match(r"(?i)\s*<!doctype\s+html", text)):
        raise _web_page(path)
    if element == "osm":
        return VectorKind(frozenset({"OSM"}))
    if element == "gpx":
        return VectorKind(frozenset({"GPX"}))
    if element == "kml":
        return VectorKind(frozenset({"KML", "LIBKML"}))
    if element in ("OGRVRTDataSource", "VRTDataset"):
        raise _virtual(path, pipeline=False)
    if element == "FeatureCollection" or (element and _GML_NAMESPACE.search(text[:_HEAD])):
        # GML: what a WFS service, GeoServer, ArcGIS or ogr2ogr writes (<wfs:FeatureCollection>,
        # <ogr:FeatureCollection>, a national agency's own root in the GML namespace).
        return VectorKind(frozenset({"GML"}))
    why = (arg(Import.tr("XML whose root is <%1>, not OSM, GPX, KML or GML"), element) if element
           else Import.tr("not a format CoSafe reads"))
    raise cannot_read(path, why)


def _zip_kind(path: str) -> VectorKind:
    """A zipped shapefile or a KMZ, by the files inside."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [name.lower() for name in archive.namelist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        raise cannot_read(path, Import.tr("a damaged zip archive")) from None
    if "[content_types].xml" in members or "mimetype" in members:  # Office Open XML, OpenDocument
        if any(name.startswith(("xl/", "content.xml")) for name in members):
            raise _workbook(path)
    drivers = set()
    if any(name.endswith(".shp") for name in members):
        drivers.add("ESRI Shapefile")
    if any(name.endswith(".kml") for name in members):
        drivers.add("LIBKML")  # a KMZ; GDAL picks by the archive's name (.kmz) which of the two reads it
    if not drivers and zipped_geodatabase(path) is not None:
        drivers.add("OpenFileGDB")
    if not drivers:
        raise cannot_read(path, Import.tr("a zip archive with no shapefile, KML or File Geodatabase inside"))
    return VectorKind(frozenset(drivers))
