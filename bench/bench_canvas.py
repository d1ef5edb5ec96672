"""Map canvas benchmark: a ~100k-feature basemap, load time, redraw, pan, rasters, memory.

Input is fixed: the West Oakland OSM extract (/work/shared/data/west-oakland.osm or
the path given), classified roughly into style classes and tiled over a grid of
translated copies until there are about 100k features, stored in a temporary
project. Figures printed:

- store write (not a canvas budget); reading the features one at a time
  (``iter_features``) against the bulk reader (``read_feature_arrays``); the
  whole basemap load (bulk read + projection + batching) and ``set_project``;
- full redraw (median ``viewport().repaint()`` of a 1280x800 canvas) at four views:
  whole extent (with level of detail), whole extent with level of detail forced off
  (every feature drawn: the worst case), a 6 km view (buildings drawn), a street view;
- pan frame (translate + repaint);
- rasters: a synthetic tile layer (textured 256 px JPEG tiles, zooms 13–17) under the
  basemap — tile load for a new view (cold and warm cache) and redraw — and a
  4000x3000 placed photo at 60 % opacity over it (redraw);
- map image export (render_map_image, 3000x2000 at 300 DPI); peak memory (ru_maxrss).
- labels (issue 14): preparing the label data (names merged per street), placing the
  labels for each view (median of 7), and every redraw, pan frame and the export once
  with the labels and once without them in the same run, so the two compare on the
  same machine in the same minute.

Budgets (docs: DESIGN.md): redraw < 50 ms, peak memory < 500 MB.

    QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [--osm FILE] [--screenshots DIR]

Under a real X server (DISPLAY set, e.g. Xvfb) ``--screenshots`` saves window grabs:
the basemap at several zooms, the tile layer under it, the placed photo, the identify
panel beside the map, and the 300 DPI export.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyogrio.raw
import shapely
from timing import median_ms as timed  # noqa: E402  (bench/ is on sys.path when run as a script)

DEFAULT_OSM = "/work/shared/data/west-oakland.osm"
TARGET_FEATURES = 100_000
MAJOR = {"motorway", "trunk", "primary", "secondary", "tertiary"}
MINOR = {"residential", "unclassified", "service", "living_street", "road"}
PATHS = {"footway", "cycleway", "path", "pedestrian", "steps", "track", "bridleway"}
GREEN = {"park", "playground", "garden", "grass", "forest", "meadow", "recreation_ground", "cemetery", "wood",
         "scrub", "grassland", "pitch"}



def median_ms(action, repeats: int = 9) -> float:
    return timed(action, repeats, warm_up=True)  # a first paint builds glyph caches and the like

def _column(fields: dict, name: str, count: int) -> list:
    return list(fields[name]) if name in fields else [None] * count


TAG_KEYS = ("highway", "railway", "waterway", "building", "landuse", "natural", "leisure", "amenity")
Feature = tuple[shapely.Geometry, str, str | None, dict[str, str]]  # geometry, style class, name, tags


def read_osm(path: str) -> list[Feature]:
    """(geometry, style class, name, tags) for every OSM feature the canvas would draw."""
    out: list[Feature] = []
    for layer in ("multipolygons", "lines", "points"):
        meta, _, wkb, values = pyogrio.raw.read(path, layer=layer)
        geometries = shapely.from_wkb(wkb)
        fields = dict(zip(meta["fields"], values))
        n = len(geometries)
        columns = {k: _column(fields, k, n) for k in TAG_KEYS}
        names = _column(fields, "name", n)
        for i, geom in enumerate(geometries):
            tag = {k: columns[k][i] for k in TAG_KEYS}
            tags = {k: str(v) for k, v in tag.items() if v}
            out.append((geom, _classify(layer, tag), names[i] or None, tags))
    return out


def _classify(layer: str, tag: dict) -> str:
    if layer == "points":
        return "poi"
    if layer == "lines":
        highway = (tag["highway"] or "").removesuffix("_link")
        if highway in MAJOR:
            return "major_road"
        if highway in MINOR:
            return "minor_road"
        if highway in PATHS:
            return "path"
        if tag["railway"]:
            return "railway"
        if tag["waterway"]:
            return "waterway"
        return "other"
    if tag["building"]:
        return "building"
    if tag["natural"] == "water" or tag["waterway"]:
        return "water"
    if tag["leisure"] in GREEN or tag["landuse"] in GREEN or tag["natural"] in GREEN:
        return "green"
    if tag["landuse"] or tag["amenity"]:  # school grounds, parking, …
        return "landuse"
    return "other"


def tiled(features: list[Feature], target: int, dense: bool = False) -> tuple[list[Feature], tuple[float, float]]:
    """Copies of ``features`` on a square grid, and the lon/lat of the middle copy's core.

    Copies are offset by the extract's own size, or with ``dense`` by the size of its
    built-up core (the polygons), so long roads of neighbouring copies overlap: about
    ten times the density, closer to a real city centre.
    """
    geometries = np.array([f[0] for f in features], dtype=object)
    polygons = np.array([f[0] for f in features if f[0].geom_type.endswith("Polygon")], dtype=object)
    min_x, min_y, max_x, max_y = shapely.total_bounds(polygons if dense else geometries)
    core_x, core_y = middle_of(features)
    side = math.ceil(math.sqrt(target / len(features)))
    middle = (core_x + side // 2 * (max_x - min_x), core_y + side // 2 * (max_y - min_y))
    out = []
    for row in range(side):
        for col in range(side):
            dx, dy = col * (max_x - min_x), row * (max_y - min_y)
            moved = shapely.transform(geometries, lambda c, dx=dx, dy=dy: c + (dx, dy))
            out.extend((g, *rest) for g, (_, *rest) in zip(moved, features))
            if len(out) >= target:
                return out, middle
    return out, middle


def middle_of(features: list[Feature]) -> tuple[float, float]:
    """Lon/lat of the centre of the extract's polygons (its built-up core)."""
    polygons = np.array([f[0] for f in features if f[0].geom_type.endswith("Polygon")], dtype=object)
    return shapely.centroid(shapely.box(*shapely.total_bounds(polygons))).coords[0]


def make_project(folder: str, features: list, name: str):
    from cosafe.core.records import BasemapLayer
    from cosafe.store import basemap
    from cosafe.store.basemap import BasemapFeature
    from cosafe.store.project_store import ProjectStore

    store = ProjectStore.create(os.path.join(folder, f"{name}.gpkg"), name=name)
    layer = BasemapLayer(name="OSM", kind="vector", attribution="© OpenStreetMap contributors")
    basemap.add_vector_layer(store, layer, (BasemapFeature(g, c, n, t) for g, c, n, t in features))
    return store


def save_picture(canvas, path: Path) -> None:
    """A real-window capture under X (what is on screen), else the widget's own rendering."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    app.processEvents()
    if app.platformName() == "xcb":
        canvas.window().raise_()
        app.processEvents()
        canvas.screen().grabWindow(canvas.winId()).save(str(path))
    else:
        canvas.grab().save(str(path))


def rss_mb() -> float:
    """Resident memory now (Linux /proc), MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def textured_jpeg(width: int, height: int, seed: int, quality: int = 80) -> bytes:
    """A JPEG with texture (gradients and noise), so decoding costs what a real photo's does.
    Built with PIL's own generators: a numpy version of a 4000x3000 photo peaked at 1 GB."""
    from PIL import Image

    red = Image.linear_gradient("L").resize((width, height))
    green = Image.linear_gradient("L").rotate(90 + seed * 37 % 180).resize((width, height))
    blue = Image.effect_noise((width, height), 40 + seed % 30)
    buffer = io.BytesIO()
    Image.merge("RGB", (red, green, blue)).save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def add_rasters(store, folder: str, middle: tuple[float, float]) -> tuple[str, str]:
    """A tile layer (zooms 13-17 over ~3 km around ``middle``) and a placed photo; their UUIDs."""
    import sqlite3

    from cosafe.core.georef import ControlPoint
    from cosafe.io.image_import import place_image
    from cosafe.io.mbtiles_import import import_mbtiles
    from cosafe.core.projection import point_to_mercator

    path = os.path.join(folder, "aerial.mbtiles")
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    connection.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "Aerial"), ("format", "jpg"),
                                                                  ("attribution", "Synthetic imagery")])
    textures = [textured_jpeg(256, 256, seed) for seed in range(16)]
    count = 0
    for zoom in range(13, 18):
        n = 1 << zoom
        column = int((middle[0] + 180) / 360 * n)
        row = int((1 - math.asinh(math.tan(math.radians(middle[1]))) / math.pi) / 2 * n)
        reach = max(1, math.ceil(3000 * n / 40_075_016))  # tiles covering ~3 km each way
        for dc in range(-reach, reach + 1):
            for dr in range(-reach, reach + 1):
                connection.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                                   (zoom, column + dc, n - 1 - (row + dr), textures[count % len(textures)]))
                count += 1
    connection.commit()
    connection.close()
    tiles = import_mbtiles(store, path)
    photo = os.path.join(folder, "paper-map.jpg")
    with open(photo, "wb") as handle:
        handle.write(textured_jpeg(4000, 3000, 99, quality=85))
    x, y = point_to_mercator(*middle)
    corners = [ControlPoint(0, 0, x - 1200, y + 900), ControlPoint(4000, 0, x + 1200, y + 900),
               ControlPoint(0, 3000, x - 1200, y - 900), ControlPoint(4000, 3000, x + 1200, y - 900)]
    placed = place_image(store, photo, corners, opacity=0.6)
    return tiles.uuid, placed.uuid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--osm", default=DEFAULT_OSM)
    parser.add_argument("--features", type=int, default=TARGET_FEATURES)
    parser.add_argument("--dense", action="store_true", help="overlap the copies: a city-centre density")
    parser.add_argument("--screenshots", type=Path, help="folder for PNG grabs of the canvas")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

    from PySide6.QtWidgets import QApplication

    from cosafe.store import basemap
    from cosafe.ui.map import basemap_data, basemap_items, label_data, style
    from cosafe.ui.map.canvas import MapCanvas
    from cosafe.core.projection import point_to_mercator

    app = QApplication.instance() or QApplication(sys.argv)
    source = read_osm(args.osm)
    features, middle = tiled(source, args.features, args.dense)
    vertices = int(shapely.get_num_coordinates(np.array([f[0] for f in features], dtype=object)).sum())
    print(f"basemap: {len(features)} features ({len(source)} per tile, {'dense' if args.dense else 'sparse'} grid), "
          f"{vertices} vertices")
    shots = args.screenshots
    if shots:
        shots.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        store = make_project(folder, features, "bench")
        print(f"store write            {time.perf_counter() - start:8.2f} s")
        del features

        start = time.perf_counter()
        count = sum(1 for _ in basemap.iter_features(store, visible_only=True))
        print(f"read, one at a time    {time.perf_counter() - start:8.2f} s  (iter_features, {count} features)")
        start = time.perf_counter()
        arrays = basemap.read_feature_arrays(store)
        print(f"read, in bulk          {time.perf_counter() - start:8.2f} s  (read_feature_arrays)")
        del arrays
        start = time.perf_counter()
        data = basemap_data.load_basemap(store, style.max_resolution)
        print(f"read + project + batch {time.perf_counter() - start:8.2f} s  (label data included)")
        arrays = basemap.read_feature_arrays(store)
        start = time.perf_counter()
        labels = label_data.build_label_data(arrays.geometries, arrays.style_classes, arrays.names, data.origin)
        print(f"  of which label data  {time.perf_counter() - start:8.2f} s  ({len(labels.line_names)} merged named "
              f"lines, {len(labels.names)} named points and areas)")
        del arrays, labels
        start = time.perf_counter()
        items = basemap_items.build_items(data)
        print(f"build batched items    {time.perf_counter() - start:8.2f} s  ({len(items)} items)")
        del items, data

        canvas = MapCanvas()
        canvas.resize(1280, 800)
        canvas.show()
        app.processEvents()
        before = rss_mb()
        start = time.perf_counter()
        canvas.set_project(store)
        print(f"set_project (all)      {time.perf_counter() - start:8.2f} s  (was 2.50 s reading one at a time)")
        app.processEvents()
        viewport = canvas.graphics_view.viewport()
        print(f"viewport               {viewport.width()}x{viewport.height()} px")

        cx, cy = point_to_mercator(*middle)
        lat_scale = math.cos(math.radians(middle[1]))

        def view(ground_width: float | None) -> None:
            if ground_width is None:
                canvas.zoom_to_extent()
            else:
                half = ground_width / lat_scale / 2
                canvas.view_box.setRange(xRange=(cx - half, cx + half), yRange=(cy, cy + 1), padding=0)
            canvas.refresh_tiles()
            app.processEvents()

        def redraw() -> None:
            viewport.repaint()

        def set_fine(fine: bool) -> None:
            for item in canvas.basemap_items.values():
                item.fine = fine

        views = [("whole extent, LOD", None), ("6 km view", 6000.0), ("1.5 km street view", 1500.0),
                 ("600 m street view", 600.0)]
        labels = canvas.labels

        def show_labels(shown: bool) -> None:
            labels.set_visible(shown)
            app.processEvents()

        def place() -> None:
            labels.place()

        print("redraw (median repaint)        draft     fine   (draft: while moving; fine: once at rest)")
        print("                               labels on → off; placing the labels once the view rests")
        for label, width in views:
            view(width)
            show_labels(True)
            placing = median_ms(place, 7)
            figures = []
            for shown in (True, False):
                show_labels(shown)
                set_fine(False)
                draft = median_ms(redraw)
                set_fine(True)
                figures.append((draft, median_ms(redraw)))
            show_labels(True)
            (draft_on, fine_on), (draft_off, fine_off) = figures
            print(f"  {label:24s} {draft_on:7.1f}  {fine_on:7.1f} ms → {draft_off:5.1f}  {fine_off:5.1f} ms without labels"
                  f"  ({canvas.ground_metres_per_pixel():.2f} m/px; {len(labels.placed)} labels placed in "
                  f"{placing:.1f} ms)")
            if shots:
                grid = "dense" if args.dense else "sparse"
                save_picture(canvas, shots / f"{grid}-{label.split()[0]}-{int(width or 0)}.png")

        basemap_items.BasemapClassItem.lod = False  # every feature, every vertex
        view(None)
        print(f"  {'whole extent, LOD off':24s} {median_ms(redraw, 3):7.1f} ms (every vertex of every feature)")
        basemap_items.BasemapClassItem.lod = True

        set_fine(False)
        view(1500.0)
        step = [1.0]

        def pan() -> None:
            step[0] = -step[0]
            canvas.view_box.translateBy(x=step[0] * 40 * canvas.view_box.viewPixelSize()[0])
            viewport.repaint()

        for label, width in (("1.5 km", 1500.0), ("6 km", 6000.0)):
            view(width)
            labels.place()
            with_labels = median_ms(pan, 21)
            show_labels(False)
            without = median_ms(pan, 21)
            show_labels(True)
            print(f"pan frame, {label} view (draft)  {with_labels:6.1f} ms with labels, {without:6.1f} ms without")
        print(f"canvas memory (RSS growth with the basemap shown) {rss_mb() - before:6.0f} MB")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory so far (ru_maxrss, bench inputs included) {peak:6.0f} MB")

        bench_rasters(app, canvas, store, folder, middle, view, redraw, set_fine, shots)
        bench_export(store, canvas, middle, shots)
        canvas.set_project(None)
        store.close()
        if shots:
            screenshots_small(app, canvas, folder, source, shots)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss), with rasters and export {peak:6.0f} MB")
    print(f"machine: {os.cpu_count()} cores, Qt platform {app.platformName()}")


def bench_rasters(app, canvas, store, folder, middle, view, redraw, set_fine, shots: Path | None) -> None:
    """Tile layer under the basemap, placed photo over it: load and redraw figures."""
    from cosafe.core.records import BasemapLayer

    tiles_uuid, photo_uuid = add_rasters(store, folder, middle)
    photo = store.get(BasemapLayer, photo_uuid)
    photo.visible = False
    store.replace(photo)
    start = time.perf_counter()
    canvas.reload_basemap()
    print(f"reload with a new tile layer   {(time.perf_counter() - start) * 1000:6.1f} ms (no geometry re-read)")
    tiles = canvas.raster_items[tiles_uuid]
    for label, width in (("1.5 km street view", 1500.0), ("6 km view", 6000.0)):
        view(width)
        canvas.layer_items.cache._images.clear()  # cold: every tile read and decoded
        start = time.perf_counter()
        canvas.refresh_tiles()
        cold = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        canvas.refresh_tiles()
        warm = (time.perf_counter() - start) * 1000
        set_fine(True)
        print(f"tiles, {label:22s} load {cold:6.1f} ms cold, {warm:5.1f} ms cached ({tiles.tiles_shown} tiles, "
              f"zoom {tiles.zoom}); redraw with basemap {median_ms(redraw):6.1f} ms")
    view(1500.0)
    if shots:
        save_picture(canvas, shots / "tiles-under-basemap.png")
    photo.visible = True
    store.replace(photo)
    canvas.reload_basemap()
    view(3000.0)
    set_fine(True)
    print(f"placed 4000x3000 photo, 60 %, 3 km view: redraw with tiles + basemap {median_ms(redraw):6.1f} ms")
    if shots:
        save_picture(canvas, shots / "placed-photo-60.png")


def bench_export(store, canvas, middle: tuple[float, float], shots: Path | None) -> None:
    from cosafe.ui.map.export import render_map_image

    for labels in (False, True):
        start = time.perf_counter()
        image = render_map_image(store, 3000, 2000, dpi=300, data=canvas.basemap, labels=labels)
        print(f"export 3000x2000 px at 300 DPI (project extent) {time.perf_counter() - start:6.2f} s "
              f"({'with' if labels else 'without'} labels)")
    lon, lat = middle
    half = 750 / 111_320  # degrees: a 1.5 km square around the middle
    street = (lon - half / math.cos(math.radians(lat)), lat - half, lon + half / math.cos(math.radians(lat)), lat + half)
    for labels in (False, True):
        start = time.perf_counter()
        render_map_image(store, 3000, 2000, bbox=street, dpi=300, data=canvas.basemap, labels=labels)
        print(f"export 3000x2000 px at 300 DPI, 1.5 km street view {time.perf_counter() - start:6.2f} s "
              f"({'with' if labels else 'without'} labels)")
    if shots:
        image.save(str(shots / "export-300dpi.png"))


def screenshots_small(app, canvas, folder: str, source: list, shots: Path) -> None:
    """The single Oakland extract: whole, a street view, and the identify panel beside it."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from cosafe.ui.shell.identify_panel import IdentifyPanel
    from cosafe.core.projection import point_to_mercator

    small = make_project(folder, source, "oakland")
    canvas.set_project(small)
    app.processEvents()
    for item in canvas.basemap_items.values():
        item.fine = True
    save_picture(canvas, shots / "oakland.png")
    x, y = point_to_mercator(*middle_of(source))
    canvas.view_box.setRange(xRange=(x - 400, x + 400), yRange=(y, y + 1), padding=0)
    for item in canvas.basemap_items.values():
        item.fine = True
    save_picture(canvas, shots / "oakland-street.png")

    window = QWidget()
    layout = QHBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    canvas.setParent(window)
    panel = IdentifyPanel(window)
    panel.setFixedWidth(300)
    layout.addWidget(canvas, 1)
    layout.addWidget(panel)
    canvas.feature_identified.connect(panel.show_feature)
    window.resize(1280, 800)
    window.show()
    named = [f for f in source if f[1] == "major_road" and f[2]]
    road = named[len(named) // 2][0] if named else source[0][0]
    lon, lat = road.interpolate(0.5, normalized=True).coords[0]
    canvas.zoom_to_bounds(lon - 0.003, lat - 0.002, lon + 0.003, lat + 0.002)
    app.processEvents()
    canvas.identify_at(lon, lat)
    save_picture(window, shots / "identify-panel.png")
    canvas.set_project(None)
    small.close()


if __name__ == "__main__":
    main()
