"""The phone page's files: the vendored map library, what the first view weighs, and the drawn basemap's tiles."""

from __future__ import annotations

import gzip
import math
import os
import re
import subprocess
import sys
import threading

import pytest
from starlette.testclient import TestClient

from cosafe.room.app import RENDERED_ZOOMS
from cosafe.room.page import ASSETS, PAGE_FOLDER
from room_support import AREA, make_room_project, open_room

FIRST_VIEW_LIMIT = 300 * 1024  # bytes of script and style, gzipped, for the first view
SCRIPT = PAGE_FOLDER.parents[3] / "scripts" / "vendor_map_library.sh"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "room.gpkg"
    return path, make_room_project(path)


def _loaded_by(page: str) -> list[str]:
    return re.findall(r'<(?:script[^>]*src|link[^>]*href)="([^"]+)"', page)


def test_the_first_view_is_under_300_kb_of_script_and_style_gzipped(project):
    path, _ = project
    with open_room(path) as (room, _store):
        client = TestClient(room.asgi)
        page = client.get("/").text
        loaded = _loaded_by(page)
        assert loaded == ["/leaflet/leaflet.css", "/room.css", "/leaflet/leaflet.js", "/room.js"]
        total = 0
        for address in loaded:
            answer = client.get(address, headers={"Accept-Encoding": "gzip"})
            assert answer.status_code == 200 and answer.headers["content-encoding"] == "gzip"
            assert answer.headers["vary"] == "Accept-Encoding"
            sent = int(answer.headers["content-length"])  # the gzipped bytes on the wire
            assert answer.content == (PAGE_FOLDER / address.lstrip("/")).read_bytes()  # what it unpacks to
            assert sent == len(gzip.compress(answer.content, compresslevel=9, mtime=0))
            total += sent
        assert 0 < total < FIRST_VIEW_LIMIT
        # A client that takes no gzip gets the file as it is.
        plain = client.get("/leaflet/leaflet.js", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers
        assert plain.content == (PAGE_FOLDER / "leaflet" / "leaflet.js").read_bytes()


def test_the_map_library_is_vendored_at_the_pinned_version_with_its_licence():
    script = SCRIPT.read_text(encoding="utf-8")
    version = re.search(r'^VERSION="([0-9.]+)"$', script, re.M).group(1)
    assert re.search(r'^SHA256="[0-9a-f]{64}"$', script, re.M)
    folder = PAGE_FOLDER / "leaflet"
    assert (folder / "VERSION").read_text(encoding="utf-8").startswith(f"leaflet {version} ")
    assert f"Leaflet {version}" in (folder / "leaflet.js").read_text(encoding="utf-8")[:300]
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "BSD 2-Clause" in licence and "Volodymyr Agafonkin" in licence
    assert set(ASSETS) == {"room.js", "room.css", "leaflet/leaflet.js", "leaflet/leaflet.css"}
    for name in ("room.js", "room.css"):
        assert "url(" not in (PAGE_FOLDER / name).read_text(encoding="utf-8")
    # Leaflet's style names only the images of its layer switcher and default marker, which the page never
    # uses (it draws its own markers); they are not vendored, so nothing could be asked of another host.
    named = set(re.findall(r"url\(([^)]*)\)", (folder / "leaflet.css").read_text(encoding="utf-8")))
    assert named == {"#default#VML", "images/layers.png", "images/layers-2x.png", "images/marker-icon.png"}
    assert not (folder / "images").exists()
    page_script = (PAGE_FOLDER / "room.js").read_text(encoding="utf-8")
    assert "control.layers" not in page_script and "Icon.Default" not in page_script
    assert all("icon" in call for call in re.findall(r"L\.marker\([^;]*", page_script))


def test_the_page_script_is_es2017():
    """Old phones' Safari: nothing newer than ES2017 in the page's own script."""
    text = (PAGE_FOLDER / "room.js").read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*", "", text)
    for newer in ("?.", "??", "#private", "static {", ".at(", ".flat(", "replaceAll(", "Object.fromEntries",
                  "matchAll(", "structuredClone", "import("):
        assert newer not in code, newer


def _tile_near(z: int) -> tuple[int, int, int]:
    lon, lat = (AREA[0] + AREA[2]) / 2, (AREA[1] + AREA[3]) / 2
    n = 1 << z
    sin = math.sin(math.radians(lat))
    return z, int((lon + 180) / 360 * n), int((0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * n)


class Drawn:
    """A tile source as the room is given one: a callable (z, x, y) -> PNG bytes or None."""

    def __init__(self, answer: bytes | None) -> None:
        self.answer, self.asked, self.threads = answer, [], set()

    def __call__(self, z: int, x: int, y: int) -> bytes | None:
        self.asked.append((z, x, y))
        self.threads.add(threading.get_ident())
        return self.answer


def test_a_tile_source_serves_every_zoom_near_the_area_off_the_event_loop(project):
    path, _ = project
    source = Drawn(b"\x89PNG\r\n\x1a\nrest")
    with open_room(path, tiles=source) as (room, _store):
        client = TestClient(room.asgi)
        code = room.code
        assert client.get(f"/api/form?code={code}").json()["tile_zooms"] == list(RENDERED_ZOOMS)
        z, x, y = _tile_near(17)
        answer = client.get(f"/tiles/{z}/{x}/{y}.png?code={code}")
        assert answer.status_code == 200 and answer.content == source.answer
        assert answer.headers["content-type"] == "image/png" and answer.headers["cache-control"] == "no-store"
        assert source.asked == [(z, x, y)]
        assert threading.get_ident() not in source.threads
        # Far from the area, past the zooms, off the grid, or without the code: never asked.
        far = _tile_near(17)[0], _tile_near(17)[1] + 40, _tile_near(17)[2]
        for tile in (far, _tile_near(9), _tile_near(20), (3, 9, 0)):
            assert client.get("/tiles/%d/%d/%d.png?code=%s" % (*tile, code)).status_code == 404
        assert client.get(f"/tiles/{z}/{x}/{y}.png?code=AAAAAA").status_code == 403
        assert source.asked == [(z, x, y)]
    nothing = Drawn(None)
    with open_room(path, tiles=nothing) as (room, _store):
        answer = TestClient(room.asgi).get("/tiles/%d/%d/%d.png?code=%s" % (*_tile_near(16), room.code))
        assert answer.status_code == 404 and answer.json() == {"error": "The basemap has no tile here."}


def test_a_tile_source_that_fails_gives_404_not_a_traceback(project):
    path, _ = project

    def broken(z: int, x: int, y: int) -> bytes | None:
        raise OSError("the disk went away")

    with open_room(path, tiles=broken) as (room, _store):
        answer = TestClient(room.asgi).get("/tiles/%d/%d/%d.png?code=%s" % (*_tile_near(16), room.code))
        assert answer.status_code == 404 and answer.json() == {"error": "The basemap has no tile here."}


DRAW = r'''
import sys, threading
from PySide6.QtGui import QGuiApplication, QImage
application = QGuiApplication([])
from cosafe.ui.map.basemap_tiles import BasemapTiles
from cosafe.ui.map.style import BACKGROUND
from PySide6.QtGui import QColor

path, z, x, y = sys.argv[1], *map(int, sys.argv[2:5])
tiles = BasemapTiles(path, capacity=4)
answers = [None] * 6
def ask(index):
    answers[index] = tiles(z, x, y)
threads = [threading.Thread(target=ask, args=(i,)) for i in range(6)]
for thread in threads: thread.start()
for thread in threads: thread.join()
first = answers[0]
assert first is not None and all(answer == first for answer in answers), "one tile, the same to everyone"
image = QImage.fromData(first, "PNG")
assert (image.width(), image.height()) == (256, 256)
ground = QColor(BACKGROUND).rgb()
colours = {image.pixel(i, j) for i in range(0, 256, 8) for j in range(0, 256, 8)}
assert len(colours) > 5 and ground in colours, "the basemap is drawn on its own ground"
assert tiles(z, x + 1, y) != first, "a neighbour is another tile"
assert tiles(40, 0, 0) is None and tiles(3, 8, 0) is None and tiles(3, -1, 0) is None
tiles.invalidate()
assert tiles(z, x, y) == first, "drawn again the same from the file"
tiles.close()
assert tiles(z, x, y) is None
print("ok")
'''


def test_basemap_tiles_draw_a_vector_basemap_once_for_many_threads(tmp_path):
    """The sample's basemap is vector only: every tile is drawn by Qt (in a process of its own:
    a QGuiApplication in pytest's would break later widget tests)."""
    from cosafe.io.samples.project import write_sample_project
    from cosafe.room.contributions import room_bounds
    from cosafe.store.project_store import ProjectStore

    path = tmp_path / "sample.gpkg"
    write_sample_project(str(path))
    with ProjectStore.open(str(path), read_only=True) as store:
        west, south, east, north = room_bounds(store)
    z, n = 16, 1 << 16
    lat = math.radians((south + north) / 2)
    x = int(((west + east) / 2 + 180) / 360 * n)
    y = int((0.5 - math.log((1 + math.sin(lat)) / (1 - math.sin(lat))) / (4 * math.pi)) * n)
    done = subprocess.run([sys.executable, "-c", DRAW, str(path), str(z), str(x), str(y)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


RASTER = r'''
import sys
from PySide6.QtGui import QColor, QGuiApplication, QImage
application = QGuiApplication([])
from cosafe.ui.map.basemap_tiles import BasemapTiles

path, z, x, y, colour = sys.argv[1], *map(int, sys.argv[2:5]), sys.argv[5]
tiles = BasemapTiles(path)
for tile in [(z, x, y), (z + 1, 2 * x + 1, 2 * y), (z + 2, 4 * x + 2, 4 * y + 3)]:
    image = QImage.fromData(tiles(*tile), "PNG")
    seen = {QColor(image.pixel(i, j)).name() for i in (8, 128, 247) for j in (8, 128, 247)}
    assert seen == {colour}, (tile, seen)
tiles.close()
print("ok")
'''


def test_basemap_tiles_draw_a_stored_raster_basemap_at_its_zoom_and_finer(tmp_path):
    """An imported MBTiles basemap is drawn too, at its own zoom and at finer ones (enlarged)."""
    import sqlite3

    from cosafe.io.mbtiles_import import import_mbtiles
    from cosafe.store.project_store import ProjectStore
    from map_files import TILE_TMS_YS, TILE_XS, make_mbtiles
    from room_support import TILE

    mbtiles = make_mbtiles(tmp_path / "aerial.mbtiles")
    with sqlite3.connect(mbtiles) as connection:  # the file's stated bounds where its tiles are
        connection.execute("UPDATE metadata SET value = ? WHERE name = 'bounds'", (",".join(map(str, AREA)),))
    path = tmp_path / "raster.gpkg"
    with ProjectStore.create(str(path), name="Raster", place="Oakland") as store:
        import_mbtiles(store, str(mbtiles))
    colour = "#%02x%02x%02x" % (TILE_XS[0] % 256, TILE_TMS_YS[0] % 256, 100)  # map_files' tile colours
    done = subprocess.run([sys.executable, "-c", RASTER, str(path), *map(str, TILE), colour], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
