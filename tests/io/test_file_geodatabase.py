"""Esri File Geodatabases, as city GIS offices hand them out: a .gdb folder of tables, or that
folder zipped. Each table is a layer the import lists and lets the user choose; a file picked
inside the folder (file dialogs pick files) stands for the geodatabase."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapely
from checks import cosafe_command
from shapely.geometry import LineString, Point

from cosafe.core.records import BasemapLayer
from cosafe.io.basemap_import import default_layer_name, import_vector_basemap
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.safe_gdal import pyogrio
from cosafe.io.vector_source import open_vector_source
from cosafe.store import basemap


def write_geodatabase(folder: Path) -> Path:
    """A File Geodatabase of two layers (police posts named in STATION_NAME, one road), in EPSG:32737."""
    posts = np.array([shapely.to_wkb(Point(258_000 + 100 * i, 9_858_000)) for i in range(3)], dtype=object)
    roads = np.array([shapely.to_wkb(LineString([(258_000, 9_858_000), (258_400, 9_858_300)]))], dtype=object)
    path = folder / "city.gdb"
    pyogrio.raw.write(str(path), posts, [np.array(["Kituo A", "Kituo B", "Kituo C"], dtype=object),
                                         np.array(["1", "2", "3"], dtype=object)],
                      ["STATION_NAME", "POST_ID"], layer="police_posts", driver="OpenFileGDB",
                      geometry_type="Point", crs="EPSG:32737")
    pyogrio.raw.write(str(path), roads, [np.array(["Moi Avenue"], dtype=object)], ["ROAD_NAME"], layer="roads",
                      driver="OpenFileGDB", geometry_type="LineString", crs="EPSG:32737")
    return path


def zipped(folder: Path, archive: Path) -> Path:
    with zipfile.ZipFile(archive, "w") as out:
        for name in sorted(os.listdir(folder)):
            out.write(folder / name, f"{folder.name}/{name}")
    return archive


def _names(store) -> dict[str, list[str]]:
    layers = {layer.uuid: layer.name for layer in store.list(BasemapLayer)}
    names: dict[str, list[str]] = {}
    for feature in basemap.iter_features(store):
        names.setdefault(layers[feature.layer_uuid], []).append(feature.name)
    return {layer: sorted(values) for layer, values in names.items()}


@pytest.fixture
def geodatabase(tmp_path) -> Path:
    return write_geodatabase(tmp_path)


@pytest.mark.parametrize("picked", ["folder", "file inside", "catalogue table", "gdb.zip", "plain zip"])
def test_every_way_a_geodatabase_comes_lists_its_layers(geodatabase, tmp_path, picked):
    path = {"folder": geodatabase, "file inside": geodatabase / "gdb",
            "catalogue table": geodatabase / "a00000001.gdbtable",
            "gdb.zip": zipped(geodatabase, tmp_path / "city.gdb.zip"),
            "plain zip": zipped(geodatabase, tmp_path / "from_the_gis_office.zip")}[picked]
    source = open_vector_source(str(path))
    assert source.driver == "OpenFileGDB"
    assert {(layer.name, layer.feature_count) for layer in source.layers} == {("police_posts", 3), ("roads", 1)}
    assert all(layer.crs for layer in source.layers)


def test_the_chosen_layer_imports_in_place_named_by_its_field(geodatabase, store):
    picked = str(geodatabase / "gdb")
    layers = import_vector_basemap(store, picked, name=default_layer_name(picked), layers=["police_posts"])
    assert [layer.name for layer in layers] == ["city – police_posts"]
    assert _names(store) == {"city – police_posts": ["Kituo A", "Kituo B", "Kituo C"]}
    lon, lat = shapely.get_coordinates(next(iter(basemap.iter_features(store))).geometry)[0]
    assert 36.8 < lon < 36.9 and -1.3 < lat < -1.2  # UTM 37S reprojected: Nairobi, not the Gulf of Guinea


def test_a_folder_that_is_no_geodatabase_and_a_zip_of_nothing_known_are_one_line(tmp_path):
    (tmp_path / "notes.gdb").mkdir()
    with pytest.raises(BasemapImportError, match="is empty or a folder"):
        open_vector_source(str(tmp_path / "notes.gdb"))
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as out:
        out.writestr("readme.txt", "nothing here")
    with pytest.raises(BasemapImportError, match="no shapefile, KML or File Geodatabase inside"):
        open_vector_source(str(tmp_path / "other.zip"))


def test_the_command_lists_and_imports_a_zipped_geodatabase(geodatabase, tmp_path):
    archive = zipped(geodatabase, tmp_path / "city.zip")
    shutil.rmtree(geodatabase)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    project = str(tmp_path / "p.gpkg")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)

    assert run("new", project).returncode == 0
    listed = run("import-basemap", project, str(archive), "--list-layers")
    assert listed.returncode == 0 and listed.stdout.splitlines() == ["police_posts: points, 3 features",
                                                                     "roads: lines, 1 feature"]
    done = run("import-basemap", project, str(archive), "--layer", "roads")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Imported 'city – roads': 1 feature, drawn as minor_road"
