"""Nothing reaches the network, even through a crafted file (issue 13, part 4).

A listener on 127.0.0.1 stands in for a tracker: every test asserts that no connection
reached it, besides the one-line refusal and the project file left byte for byte as it was.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import map_files
import pytest
from net_listener import Listener, gdalg, vrt

from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.incident_import import IncidentImportError, import_incidents
from cosafe.store import basemap
from cosafe.store.project_store import ProjectStore

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "cosafe"


@pytest.fixture
def listener():
    started = Listener()
    yield started
    started.stop()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _crafted(kind: str, folder: Path, name: str, address: str) -> Path:
    url = f"/vsicurl/http://{address}/beacon.geojson"
    return vrt(folder, name, url) if kind == "vrt" else gdalg(folder, name, url)


@pytest.mark.parametrize("kind, name, message", [
    ("vrt", "roads.geojson", "roads.geojson is a GDAL virtual layer (VRT), not a map file"),
    ("vrt", "roads.vrt", "roads.vrt is a GDAL virtual layer (VRT), not a map file"),
    ("vrt", "roads.gpx", "roads.gpx is a GDAL virtual layer (VRT), not a map file"),
    ("gdalg", "roads.geojson", "roads.geojson is a GDAL pipeline (GDALG), not a map file"),
])
def test_a_crafted_basemap_is_refused_before_gdal_reaches_the_network(listener, project_path, tmp_path, kind, name,
                                                                       message):
    source = _crafted(kind, tmp_path, name, listener.address)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError) as raised:
            import_vector_basemap(store, str(source))
    assert str(raised.value).startswith(message) and "\n" not in str(raised.value)
    assert listener.connections() == []
    assert _digest(project_path) == before


@pytest.mark.parametrize("kind, name", [("vrt", "police.csv"), ("vrt", "police.geojson"), ("gdalg", "police.json")])
def test_a_crafted_incident_file_is_refused_before_gdal_reaches_the_network(listener, project_path, tmp_path, kind,
                                                                            name):
    source = _crafted(kind, tmp_path, name, listener.address)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(IncidentImportError, match=rf"^{name} is a GDAL .*, not an incident file: it would make "
                                                      "GDAL read other files or network addresses"):
            import_incidents(store, str(source), "Police")
    assert listener.connections() == []
    assert _digest(project_path) == before


@pytest.mark.parametrize("command, name", [("import-basemap", "roads.geojson"), ("import-incidents", "police.csv")])
def test_the_command_refuses_a_crafted_file_in_one_line(listener, project_path, tmp_path, command, name):
    """The real entry point, in a process of its own: the configuration holds from the start."""
    from checks import cosafe_command

    source = vrt(tmp_path, name, f"/vsicurl/http://{listener.address}/beacon.geojson")
    before = _digest(project_path)
    result = subprocess.run([*cosafe_command(), command, str(project_path), str(source)], capture_output=True,
                            text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"cosafe: {name} is a GDAL virtual layer (VRT)") and result.stdout == ""
    assert listener.connections() == []
    assert _digest(project_path) == before


@pytest.mark.parametrize("path", ["/vsicurl/http://{}/roads.geojson", "/vsis3/bucket/roads.geojson",
                                  "http://{}/roads.geojson", "WFS:http://{}/wfs",
                                  "/vsizip//vsicurl/http://{}/roads.zip"])
def test_a_path_that_is_not_a_local_file_is_refused(listener, store, path):
    with pytest.raises(BasemapImportError, match=r"is not on this computer's disk; CoSafe reads and writes only "
                                                 r"local files"):
        import_vector_basemap(store, path.format(listener.address))
    assert listener.connections() == []
    assert basemap.extent(store) is None


def test_a_geojson_crs_link_is_not_fetched(listener, store, tmp_path):
    """GeoJSON is allowed, yet GDAL fetches a 2008-style "crs" link: the process's GDAL
    has no network to fetch it with, and the coordinates are read as RFC 7946 says (lon/lat).
    Read on a worker thread, as the window imports: GDAL's settings hold for every thread."""
    path = map_files.geojson(tmp_path)
    document = json.loads(path.read_text())
    document["crs"] = {"type": "link", "properties": {"href": f"http://{listener.address}/crs.prj", "type": "proj4"}}
    path.write_text(json.dumps(document))
    imported = []
    worker = threading.Thread(target=lambda: imported.extend(import_vector_basemap(store, str(path))))
    worker.start()
    worker.join(timeout=60)
    assert [layer.feature_count for layer in imported] == [1]
    assert listener.connections() == []


_EVERY_NETWORK_FILE_SYSTEM = r"""
import json, sys
import cosafe.io.safe_gdal as safe_gdal
from cosafe.io.safe_gdal import pyogrio

assert safe_gdal.configured()
reached = []
for path in json.loads(sys.argv[1]):
    try:
        pyogrio.read_info(path)
        reached.append(path)
    except Exception:
        pass
print(json.dumps(reached))
"""


def test_gdal_has_no_network_in_the_whole_process(listener, tmp_path):
    """GDAL itself, asked directly for every network file system it has — with their
    endpoints pointed at the listener, a no_proxy that exempts every host and a user's
    CPL_VSIL_CURL_ALLOWED_FILENAME that would allow the first URL — reaches nothing."""
    host = listener.address
    endpoints = {
        "AWS_S3_ENDPOINT": host, "AWS_HTTPS": "NO", "AWS_NO_SIGN_REQUEST": "YES", "AWS_VIRTUAL_HOSTING": "FALSE",
        "CPL_GS_ENDPOINT": f"http://{host}/", "GS_NO_SIGN_REQUEST": "YES",
        "AZURE_STORAGE_CONNECTION_STRING": f"DefaultEndpointsProtocol=http;AccountName=a;AccountKey=YQ==;"
                                           f"BlobEndpoint=http://{host}/a;",
        "OSS_ENDPOINT": host, "OSS_HTTPS": "NO", "OSS_SECRET_ACCESS_KEY": "x", "OSS_ACCESS_KEY_ID": "x",
        "SWIFT_STORAGE_URL": f"http://{host}/v1", "SWIFT_AUTH_TOKEN": "x",
        "no_proxy": "*", "NO_PROXY": "*",
        "CPL_VSIL_CURL_ALLOWED_FILENAME": f"/vsicurl/http://{host}/a.geojson", "GDAL_SKIP": "",
    }
    paths = [f"/vsicurl/http://{host}/a.geojson", f"/vsicurl?url=http://{host}/b.geojson",
             f"/vsicurl_streaming/http://{host}/c.geojson", "/vsis3/bucket/d.geojson",
             "/vsis3_streaming/bucket/e.geojson", "/vsigs/bucket/f.geojson", "/vsiaz/box/g.geojson",
             "/vsiadls/box/h.geojson", "/vsioss/bucket/i.geojson", "/vsiswift/box/j.geojson",
             f"/vsiwebhdfs/http://{host}/webhdfs/v1/k.geojson", f"/vsizip//vsicurl/http://{host}/l.zip",
             f"/vsigzip//vsicurl/http://{host}/m.gz", f"http://{host}/n.geojson", f"/vsicurl/https://{host}/o.geojson",
             f"/vsicurl/ftp://{host}/p.geojson", f"WFS:http://{host}/wfs", f"OAPIF:http://{host}/oapif",
             str(vrt(tmp_path, "direct.vrt", f"/vsicurl/http://{host}/q.geojson"))]
    result = subprocess.run([sys.executable, "-c", _EVERY_NETWORK_FILE_SYSTEM, json.dumps(paths)],
                            capture_output=True, text=True, timeout=300, env=dict(os.environ, **endpoints))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert listener.connections() == []


def test_only_the_supported_drivers_are_left_and_proj_stays_offline():
    import pyproj.network

    from cosafe.io import safe_gdal

    assert safe_gdal.configured()
    assert set(safe_gdal.pyogrio.list_drivers()) == safe_gdal.ALLOWED_DRIVERS
    assert not pyproj.network.is_network_enabled()
    assert safe_gdal.pyogrio.get_gdal_config_option("PROJ_NETWORK") is False  # pyogrio reads "OFF" as False


def test_cosafe_reaches_pyogrio_only_through_safe_gdal():
    """Importing pyogrio elsewhere could run GDAL before its network is off."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name.split(".")[0] in ("pyogrio", "osgeo", "fiona") for name in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert set(offenders) == {"io/safe_gdal.py"}


def test_cosafe_reaches_rasterio_only_through_safe_raster():
    """rasterio carries a GDAL of its own: reached any other way, its network would be on."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name.split(".")[0] == "rasterio" for name in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert set(offenders) == {"io/safe_raster.py"}


def test_a_geotiff_reaches_no_network_through_rasterio(listener, project_path, tmp_path):
    """GDAL's raster side is configured as its vector side: a /vsicurl/ path is refused before
    GDAL sees it, and reading through rasterio's GDAL opens no connection."""
    from cosafe.io import safe_raster
    from cosafe.io.raster_import import import_georeferenced_raster

    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError, match="is not on this computer's disk"):
            import_georeferenced_raster(store, f"/vsicurl/http://{listener.address}/aerial.tif")
    with safe_raster.raster_env():
        assert safe_raster.rasterio.env.getenv()["GDAL_HTTP_PROXY"].startswith("cosafe-network-disabled")
        with pytest.raises(safe_raster.rasterio.errors.RasterioError):
            safe_raster.rasterio.open(f"/vsicurl/http://{listener.address}/aerial.tif")
    assert listener.connections() == []
    assert _digest(project_path) == before


def test_an_export_to_a_network_address_is_refused(store, tmp_path, monkeypatch):
    """GDAL would write a /vsis3/… folder to a server; a URL is no folder either (a new
    project exports its criteria, so something would be written)."""
    from cosafe.io.export import ExportError, export_project

    monkeypatch.chdir(tmp_path)
    for folder in ("http://127.0.0.1:9/out", "/vsis3/bucket/out"):
        with pytest.raises(ExportError, match="is not on this computer's disk"):
            export_project(store, folder, "gpkg")
    assert [p.name for p in tmp_path.iterdir()] == ["project.gpkg"]  # the project itself; no export folder
