"""io.vector_kind: the driver a file may be read with is told by its content, before GDAL opens it."""

from __future__ import annotations

import sqlite3
import zipfile

import map_files
import pytest
from net_listener import gdalg, vrt

from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.import_errors import BasemapImportError
from cosafe.io import vector_source
from cosafe.io.vector_kind import VectorKind, vector_kind
from cosafe.store import basemap


def _kmz(folder):
    kml = map_files.kml(folder)
    path = folder / "lamps.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(kml, "doc.kml")
    return path


def _osm_named_xml(folder):
    path = folder / "export.xml"
    path.write_text(map_files.OSM_XML)
    return path


def _geojson_named_json_with_bom(folder):
    path = folder / "roads.json"
    path.write_bytes(b"\xef\xbb\xbf" + map_files.geojson(folder).read_bytes())
    return path


def _tsv(folder):
    path = folder / "lamps.tsv"
    path.write_text(map_files.csv_points(folder).read_text().replace(",", "\t"))
    return path


@pytest.mark.parametrize("make, drivers", [
    (map_files.geojson, {"GeoJSON", "GeoJSONSeq"}),
    (_geojson_named_json_with_bom, {"GeoJSON", "GeoJSONSeq"}),
    (map_files.geopackage, {"GPKG"}),
    (map_files.shapefile_utm, {"ESRI Shapefile"}),
    (map_files.zipped_shapefile, {"ESRI Shapefile"}),
    (map_files.kml, {"KML", "LIBKML"}),
    (_kmz, {"LIBKML"}),
    (map_files.gpx, {"GPX"}),
    (map_files.flatgeobuf, {"FlatGeobuf"}),
    (map_files.csv_points, {"CSV"}),
    (_tsv, {"CSV"}),
    (map_files.osm_xml, {"OSM"}),
    (_osm_named_xml, {"OSM"}),
], ids=lambda v: getattr(v, "__name__", ""))
def test_every_supported_format_is_known_by_content(tmp_path, make, drivers):
    assert vector_kind(str(make(tmp_path))).drivers == drivers


def test_an_osm_pbf_is_known_by_content(tmp_path):
    path = map_files.osm_pbf(tmp_path)
    if path is None:
        pytest.skip("osmium is not installed to make a PBF file")
    renamed = path.rename(tmp_path / "town.data")
    assert vector_kind(str(renamed)).is_osm


@pytest.mark.parametrize("make", [_kmz, _osm_named_xml, _geojson_named_json_with_bom, _tsv],
                         ids=lambda v: v.__name__)
def test_formats_told_by_content_still_import(store, tmp_path, make):
    import_vector_basemap(store, str(make(tmp_path)))
    names = {feature.name for feature in basemap.iter_features(store)}
    assert names & {"Lamp 12", "Market Street"}


def _sqlite_not_geopackage(folder):
    path = folder / "town.geojson"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    return path


def _svg(folder):
    path = folder / "roads.geojson"
    path.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>')
    return path


def _zip_of_nothing_known(folder):
    path = folder / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("roads.vrt", "<OGRVRTDataSource/>")
    return path


def _dbf_alone(folder):
    return map_files.shapefile_utm(folder).with_suffix(".dbf")


@pytest.mark.parametrize("make, message", [
    (lambda folder: vrt(folder, "roads.geojson", "/vsicurl/http://127.0.0.1:9/x.geojson"),
     "roads.geojson is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other files or network "
     "addresses, so CoSafe does not open it"),
    (lambda folder: vrt(folder, "roads.csv", "roads.shp"), "roads.csv is a GDAL virtual layer (VRT)"),
    (lambda folder: gdalg(folder, "roads.geojson", "roads.shp"), "roads.geojson is a GDAL pipeline (GDALG)"),
    (_sqlite_not_geopackage,
     "town.geojson cannot be read as a map file (it is an SQLite database but not a GeoPackage)"),
    (_svg, "roads.geojson cannot be read as a map file (XML whose root is <svg>, not OSM, GPX, KML or GML)"),
    (_zip_of_nothing_known, "bundle.zip cannot be read as a map file (a zip archive with no shapefile, KML or File Geodatabase inside)"),
    (_dbf_alone, "buildings.dbf cannot be read as a map file (not a format CoSafe reads)"),
], ids=["vrt", "vrt-as-csv", "gdalg", "sqlite", "svg", "zip", "dbf"])
def test_other_content_is_refused_in_one_line_whatever_its_name(tmp_path, make, message):
    with pytest.raises(BasemapImportError) as raised:
        vector_kind(str(make(tmp_path)))
    assert str(raised.value).startswith(message) and "\n" not in str(raised.value)


def test_gdal_must_read_a_file_with_the_driver_its_content_called_for(tmp_path, monkeypatch):
    """Should GDAL ever pick another driver than the content showed, the file is refused."""
    path = map_files.geojson(tmp_path)
    monkeypatch.setattr(vector_source, "vector_kind", lambda _path: VectorKind(frozenset({"FlatGeobuf"})))
    with pytest.raises(BasemapImportError, match=r"^roads.geojson cannot be read as a map file \(its content is "
                                                 r"FlatGeobuf but GDAL reads it as GeoJSON\)"):
        vector_source.open_vector_source(str(path))


def test_a_kmz_that_also_holds_a_shapefile_is_read(store, tmp_path):
    folder = tmp_path / "parts"
    folder.mkdir()
    map_files.shapefile_utm(folder)
    map_files.kml(folder)
    path = tmp_path / "both.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        for part in folder.iterdir():
            archive.write(part, "doc.kml" if part.suffix == ".kml" else part.name)
    assert vector_kind(str(path)).drivers == {"ESRI Shapefile", "LIBKML"}
    import_vector_basemap(store, str(path))
    assert "Lamp 12" in {feature.name for feature in basemap.iter_features(store)}


def _workbook(folder):
    path = folder / "crimes.csv"  # "Download as Excel", saved under the name of a CSV
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return path


def _legacy_workbook(folder):
    path = folder / "crimes.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path


def _opendocument(folder):
    path = folder / "crimes.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def _web_page(folder):
    path = folder / "incidents.csv"
    path.write_text("<!DOCTYPE html>\n<html><head><title>Open data</title></head><body>Download</body></html>")
    return path


def _lower_case_web_page(folder):
    path = folder / "parks.geojson"
    path.write_text("<!doctype html><html lang='en'><body>Sign in</body></html>")
    return path


@pytest.mark.parametrize("make, message", [
    (_workbook, "crimes.csv is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: open it in a "
                "spreadsheet program, save it as CSV, and import that"),
    (_legacy_workbook, "crimes.csv is a spreadsheet workbook"),
    (_opendocument, "crimes.csv is a spreadsheet workbook"),
    (_web_page, "incidents.csv is a web page (HTML), not a map file: download the data file itself, not the page "
                "that offers it"),
    (_lower_case_web_page, "parks.geojson is a web page (HTML), not a map file"),
], ids=["xlsx", "xls", "ods", "html", "html5"])
def test_files_that_are_not_data_say_what_they_are_and_what_to_do(tmp_path, make, message):
    """Never "a zip archive with no shapefile inside" for a workbook, nor "XML whose root is <html>"."""
    with pytest.raises(BasemapImportError) as raised:
        vector_kind(str(make(tmp_path)))
    assert str(raised.value).startswith(message) and "CoSafe reads" not in str(raised.value)


def test_a_csv_without_its_header_line_says_so(store, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("1/1/06 0:00,3108 OCCIDENTAL DR,3,1115,38.55042047,-121.3914158\r"
                    "1/1/06 0:00,2082 EXPEDITION WAY,5,1512,38.47350069,-121.4901858\r")
    with pytest.raises(BasemapImportError, match=r"^log.csv has no header line: its first line holds values \(such "
                                                 r"as '1/1/06 0:00'\), not column names; add a first line that "
                                                 r"names the columns$"):
        import_vector_basemap(store, str(path))


def test_a_csv_whose_columns_are_not_found_says_what_to_do(store, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,street,offence\n2015-01-01,Vine St,theft\n")
    with pytest.raises(BasemapImportError, match=r"^log.csv has no longitude/latitude columns CoSafe recognises .* "
                                                 r"rename them, or import the file as recorded incidents"):
        import_vector_basemap(store, str(path))


def test_a_csv_with_prefixed_coordinate_columns_imports(store, tmp_path):
    path = tmp_path / "crime.csv"  # Denver's police export
    path.write_text("OFFENSE_ID,GEO_X,GEO_Y,GEO_LON,GEO_LAT\n1,3193983,1707251,-104.809881,39.773188\n")
    import_vector_basemap(store, str(path))
    point = next(basemap.iter_features(store)).geometry.geoms[0]
    assert (point.x, point.y) == pytest.approx((-104.809881, 39.773188))
