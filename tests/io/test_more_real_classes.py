"""More classes of real GIS files that went wrong (a second corpus of public files, issue 16):
each test makes a small file of that class, as the real one was written."""

from __future__ import annotations

import os

import map_files
import pytest
from map_files import TOWN

from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.vector_kind import vector_kind
from cosafe.io.vector_source import open_vector_source
from cosafe.store import basemap

# What a WFS 1.0 service (GeoServer) answers: GML 2, the CRS as an address, no schema beside it.
WFS_GML = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns="http://www.opengis.net/wfs" xmlns:wfs="http://www.opengis.net/wfs"
  xmlns:topp="http://www.openplans.org/topp" xmlns:gml="http://www.opengis.net/gml"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.openplans.org/topp http://localhost:8080/geoserver/wfs?service=WFS&amp;version=1.0.0&amp;request=DescribeFeatureType&amp;typeName=topp%3Aroads">
 <gml:boundedBy><gml:null>unknown</gml:null></gml:boundedBy>
 <gml:featureMember><topp:roads fid="roads.1">
  <topp:the_geom><gml:LineString srsName="http://www.opengis.net/gml/srs/epsg.xml#4326">
   <gml:coordinates decimal="." cs="," ts=" ">-122.3,37.807 -122.299,37.8075 -122.298,37.8078</gml:coordinates>
  </gml:LineString></topp:the_geom>
  <topp:name>Market Street</topp:name>
 </topp:roads></gml:featureMember>
 <gml:featureMember><topp:roads fid="roads.2">
  <topp:the_geom><gml:LineString srsName="http://www.opengis.net/gml/srs/epsg.xml#4326">
   <gml:coordinates decimal="." cs="," ts=" ">-122.2995,37.808 -122.299,37.8084</gml:coordinates>
  </gml:LineString></topp:the_geom>
  <topp:name>Hall Lane</topp:name>
 </topp:roads></gml:featureMember>
</wfs:FeatureCollection>
"""


def test_gml_from_a_wfs_service_imports_and_writes_nothing_beside_it(store, tmp_path):
    """GML was refused as "XML whose root is <FeatureCollection>", though GDAL reads it; and GDAL's GML
    reader writes a .gfs schema file next to a GML without one, into the person's folder."""
    folder = tmp_path / "from_wfs"
    folder.mkdir()
    path = folder / "roads.gml"
    path.write_text(WFS_GML, encoding="utf-8")
    assert vector_kind(str(path)).drivers == {"GML"}
    layers = import_vector_basemap(store, str(path))
    assert sum(layer.feature_count for layer in layers) == 2
    found = {f.name: f.geometry for f in basemap.iter_features(store)}
    assert set(found) == {"Market Street", "Hall Lane"}
    first = found["Market Street"]
    first = first.geoms[0] if hasattr(first, "geoms") else first
    assert first.coords[0] == pytest.approx((-122.3, 37.807))  # lon/lat, not swapped
    assert sorted(os.listdir(folder)) == ["roads.gml"]  # no .gfs left in the person's folder


def test_gml_of_a_national_agency_with_its_own_root_is_gml(tmp_path):
    path = tmp_path / "parcels.gml"
    path.write_text('<?xml version="1.0"?>\n<ad:Dataset xmlns:ad="urn:example:ad" '
                    'xmlns:gml="http://www.opengis.net/gml/3.2"><gml:boundedBy/></ad:Dataset>', encoding="utf-8")
    assert vector_kind(str(path)).drivers == {"GML"}


def test_other_xml_is_still_refused_saying_what_is_read(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text('<?xml version="1.0"?>\n<notes><note>hello</note></notes>', encoding="utf-8")
    with pytest.raises(BasemapImportError, match=r"XML whose root is <notes>, not OSM, GPX, KML or GML"):
        vector_kind(str(path))


MIF = """Version 300
Charset "WindowsLatin1"
Delimiter ","
CoordSys Earth Projection 1, 104
Columns 2
  name Char(40)
  kind Char(20)
Data

Point -122.2992 37.8072
    Symbol (35,0,12)
Line -122.3 37.807 -122.298 37.8078
    Pen (1,2,0)
"""
MID = '"Lamp 12","lamp"\n"Market Street","road"\n'


def test_a_mapinfo_mif_file_imports(store, tmp_path):
    """MapInfo's MIF/MID, as French and West African city GIS offices hand it out, was "not a
    format CoSafe reads" though GDAL reads it."""
    path = tmp_path / "town.mif"
    path.write_text(MIF, encoding="latin-1")
    (tmp_path / "town.mid").write_text(MID, encoding="latin-1")
    assert vector_kind(str(path)).drivers == {"MapInfo File"}
    import_vector_basemap(store, str(path))
    found = {f.name: f.geometry for f in basemap.iter_features(store)}
    assert set(found) == {"Lamp 12", "Market Street"}
    lamp = found["Lamp 12"].centroid
    assert (lamp.x, lamp.y) == pytest.approx((-122.2992, 37.8072))


def test_a_mapinfo_tab_file_imports_and_a_missing_part_is_named(store, tmp_path):
    shapes, names = map_files.by_kind("Polygon")
    path = map_files.write_layer(tmp_path / "halls.tab", "MapInfo File", shapes, names)
    assert vector_kind(str(path)).drivers == {"MapInfo File"}
    assert not open_vector_source(str(path)).needs_crs
    import_vector_basemap(store, str(path))
    assert [f.name for f in basemap.iter_features(store)] == [name for _, name in TOWN if name == "Community hall"]
    (tmp_path / "halls.map").unlink()
    with pytest.raises(BasemapImportError) as raised:
        vector_kind(str(path))
    assert str(raised.value) == ("halls.tab is a MapInfo file without its MAP part beside it: MapInfo keeps a table "
                                 "in several files; copy them all into the same folder")


def test_a_mapinfo_table_that_reads_other_tables_is_refused(tmp_path):
    path = tmp_path / "region.tab"
    path.write_text('!table\n!version 300\n!charset WindowsLatin1\n\nDefinition Table\n  Type SEAMLESS\n'
                    '  Fields 2\n    Table Char(100) ;\n    Description Char(50) ;\n', encoding="latin-1")
    with pytest.raises(BasemapImportError, match="is a MapInfo table that reads other tables"):
        vector_kind(str(path))


# Google's KML samples (and Earth's own exports) put a LinearRing beside a Polygon in one
# MultiGeometry: GDAL writes that feature's WKB with two parts counted and one held.
RING_AND_POLYGON_KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>The Pentagon</name>
<MultiGeometry>
 <LinearRing><coordinates>-77.0579,38.8725,100 -77.0547,38.8729,100 -77.0532,38.8705,100 -77.0555,38.8688,100
  -77.0584,38.8700,100 -77.0579,38.8725,100</coordinates></LinearRing>
 <Polygon><outerBoundaryIs><LinearRing><coordinates>-77.0567,38.8715,100 -77.0554,38.8717,100 -77.0549,38.8708,100
  -77.0558,38.8701,100 -77.0569,38.8705,100 -77.0567,38.8715,100</coordinates></LinearRing></outerBoundaryIs></Polygon>
</MultiGeometry></Placemark></Document></kml>
"""


def test_a_kml_multigeometry_with_a_linear_ring_keeps_its_shape(store, tmp_path):
    """Refused as "its 1 feature has no geometry" though GDAL reads a shape for it."""
    path = tmp_path / "pentagon.kml"
    path.write_text(RING_AND_POLYGON_KML, encoding="utf-8")
    import_vector_basemap(store, str(path))
    [feature] = list(basemap.iter_features(store))
    assert feature.name == "The Pentagon"
    # Kept: the part GDAL's bytes hold (which one depends on GDAL's KML reader), inside the pentagon.
    assert feature.geometry.geom_type in ("Polygon", "MultiPolygon") and feature.geometry.area > 0
    west, south, east, north = feature.geometry.bounds
    assert -77.0585 <= west < east <= -77.0531 and 38.8687 <= south < north <= 38.8730


def test_a_zipped_folder_of_shapefiles_imports(store, tmp_path):
    """A folder zipped whole (the shapefile one level down, with a Mac's __MACOSX/ beside it) was
    "a Shapefile file of a version or variant CoSafe cannot read": GDAL looks only at the top."""
    import zipfile

    parts = map_files.write_layer(tmp_path / "halls.shp", "ESRI Shapefile", *map_files.by_kind("Polygon"))
    archive = tmp_path / "halls.zip"
    with zipfile.ZipFile(archive, "w") as target:
        for suffix in (".shp", ".shx", ".dbf", ".prj"):
            target.write(parts.with_suffix(suffix), f"halls/halls{suffix}")
            target.writestr(f"__MACOSX/halls/._halls{suffix}", b"\x00\x05\x16\x07")
    import_vector_basemap(store, str(archive))
    assert [f.name for f in basemap.iter_features(store)] == ["Community hall"]


def test_a_file_without_crs_says_whether_its_coordinates_look_like_degrees(tmp_path):
    from cosafe.io.vector_source import without_crs_in_degrees

    degrees = map_files.shapefile_without_crs(tmp_path)  # lon/lat near Oakland, no .prj
    assert open_vector_source(str(degrees)).needs_crs
    assert without_crs_in_degrees(open_vector_source(str(degrees)))
    metres = map_files.write_layer(tmp_path / "utm.shp", "ESRI Shapefile", map_files.UTM_POINTS, ["a", "b"], crs=None)
    assert not without_crs_in_degrees(open_vector_source(str(metres)))


def test_a_column_named_for_the_kind_of_place_names_each_one():
    """Cúcuta's neighbourhoods are named in `barrio`, and were imported without a name: 244 of 244."""
    from cosafe.io.label_field import guess_label_field

    barrios = [{"id": str(i), "barrio": name, "ipm_ponder": "0.31"}
               for i, name in enumerate(["La Libertad", "Motilones", "El Salado", "Atalaya", "Cundinamarca"])]
    assert guess_label_field(["id", "barrio", "ipm_ponder"], barrios) == "barrio"
    # A name column still comes first, and a place column repeated over features names none:
    # health facilities listing their district are not all called "WESTLANDS".
    named = [{**row, "F_NAME": f"Clinic {i}"} for i, row in enumerate(barrios)]
    assert guess_label_field(["barrio", "F_NAME"], named) == "F_NAME"
    facilities = [{"DISTRICT": "WESTLANDS" if i % 2 else "KASARANI", "FNO": str(i)} for i in range(10)]
    assert guess_label_field(["DISTRICT", "FNO"], facilities) is None


def test_a_date_column_blank_in_every_row_keeps_the_incidents_undated_and_says_so(store, tmp_path):
    """A GIS file's date column left blank (Brittany's road deaths as MapInfo) was "the file has
    no date column"; a CSV's was refused as "has no dates"."""
    from cosafe.io.incident_import import IncidentImportError, import_incident_file, left_out_notes

    path = tmp_path / "accidents.mif"
    path.write_text(MIF.replace("Columns 2\n  name Char(40)\n  kind Char(20)",
                                "Columns 3\n  name Char(40)\n  kind Char(20)\n  date Date"), encoding="latin-1")
    (tmp_path / "accidents.mid").write_text('"Lamp 12","lamp",\n"Market Street","road",\n', encoding="latin-1")
    result = import_incident_file(store, str(path), "")
    assert result.count == 2 and not result.without_date_column
    assert left_out_notes(result) == ["its date column 'date' is blank in every row, so all 2 incidents were kept "
                                      "without a date"]
    csv = tmp_path / "reports.csv"
    csv.write_text("lon,lat,date,crime\n2.35,48.85,,theft\n2.36,48.86,,assault\n", encoding="utf-8")
    result = import_incident_file(store, str(csv), "")
    assert result.count == 2 and result.empty_date_column == "date"
    with pytest.raises(IncidentImportError, match="has no dates: column 'date' is empty"):
        import_incident_file(store, str(csv), "", date_field="date")  # named by the person: said, not guessed


def test_coordinates_off_the_globe_say_what_they_are(store, tmp_path):
    """France's accident file writes latitude × 100,000 under "lat" and "long": "no row has a
    usable location" told nothing of why."""
    from cosafe.io.incident_import import IncidentImportError, import_incident_file

    csv = tmp_path / "caract.csv"
    csv.write_text('Num_Acc,an,mois,jour,hrmn,adr,lat,long\n201600000001,16,2,1,1445,"46, rue Sonneville",0.0,0.0\n'
                   "201600000022,16,4,2,1045,Rte de Lederzeele,5084579.0,226407.0\n"
                   "201600000051,16,4,29,1545,,5068000.0,279300.0\n", encoding="utf-8")
    with pytest.raises(IncidentImportError) as raised:
        import_incident_file(store, str(csv), "")
    assert str(raised.value) == ("caract.csv: no row has a usable location: the values of 'long' and 'lat' (such as "
                                 "226407.0, 5084579.0) lie outside longitude/latitude's range; if they are projected "
                                 "x/y, say which coordinate reference system they use (e.g. EPSG:32737)")


def test_a_geopackage_of_tables_without_shapes_says_so(tmp_path):
    """A GeoPackage holding only attribute tables was "a GeoPackage file of a version or variant
    CoSafe cannot read; save it again": GDAL opens none without features read-only."""
    import sqlite3

    path = tmp_path / "survey.gpkg"
    map_files.write_layer(path, "GPKG", *map_files.by_kind("Point"), layer="lamps")
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, question TEXT, answer TEXT)")
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) "
                           "VALUES ('answers', 'attributes', 'answers')")
        connection.execute("DELETE FROM gpkg_geometry_columns")
        connection.execute("DELETE FROM gpkg_contents WHERE data_type = 'features'")
        connection.execute("DROP TABLE lamps")
    with pytest.raises(BasemapImportError) as raised:
        open_vector_source(str(path))
    assert str(raised.value) == "survey.gpkg is a GeoPackage without map layers: its tables hold values but no shapes to draw"


@pytest.mark.parametrize("header, date, time, category", [
    # São Paulo's SSP export: words run together, the report's dates beside the event's
    ([",ANO_BO,BO_INICIADO,DATAOCORRENCIA,HORAOCORRENCIA,DATACOMUNICACAO,LATITUDE,LONGITUDE,ESPECIE,RUBRICA"],
     "DATAOCORRENCIA", "HORAOCORRENCIA", "RUBRICA"),
    (["fecha_denuncia,fecha_hecho,hora_hecho,tipo_delito,latitud,longitud"], "fecha_hecho", "hora_hecho",
     "tipo_delito"),
    (["التاريخ,الوقت,نوع الجريمة,latitude,longitude"], "التاريخ", "الوقت", "نوع الجريمة"),
], ids=["ssp-sao-paulo", "spanish", "arabic"])
def test_date_time_and_category_columns_named_in_other_languages_are_found(header, date, time, category):
    """São Paulo's 6,893 vehicle robberies were imported undated and "unspecified": DATAOCORRENCIA,
    HORAOCORRENCIA and RUBRICA were not recognised."""
    from cosafe.io.incident_columns import guess_roles

    roles = guess_roles(header[0].split(","), [])
    assert (roles.date, roles.time, roles.category) == (date, time, category)


def test_a_layer_of_collections_is_styled_by_the_shapes_they_hold(store, tmp_path):
    """A GeoPackage layer declared GEOMETRY, each feature a collection of two areas (NGA's sample): its
    parts were drawn as points of interest, the collection counting as no shape at all."""
    import numpy as np
    import pyogrio.raw
    import shapely

    from cosafe.core.records import BasemapLayer

    areas = shapely.GeometryCollection([shapely.box(-122.300, 37.807, -122.299, 37.808),
                                        shapely.box(-122.298, 37.807, -122.297, 37.808)])
    path = tmp_path / "sample.gpkg"
    pyogrio.raw.write(str(path), np.array([shapely.to_wkb(areas)], dtype=object), [np.array(["zone"], dtype=object)],
                      ["name"], layer="test", driver="GPKG", geometry_type="Unknown", crs="EPSG:4326")
    import_vector_basemap(store, str(path))
    [layer] = store.list(BasemapLayer)
    assert layer.style_class == "landuse"
    assert {f.geometry.geom_type for f in basemap.iter_features(store)} <= {"Polygon", "MultiPolygon"}
